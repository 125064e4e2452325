"""Shared pieces of the parser fuzz tests.

Hypothesis draws one 64-bit seed per example (derandomized, so CI sees the same inputs every
run); `Mutator` turns it into 1–3 mutations of a vector: bit flips, truncations, byte
insertions/deletions/overwrites and DER length-field changes. One example feeds one mutated
input to each parser of a test, so every parser gets `EXAMPLES` inputs while hypothesis's
own per-example cost is paid once. Each input runs under a SIGALRM time guard.
"""

from __future__ import annotations

import random
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from types import FrameType

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from ehealth_wizard.core.signing.containers import der

EXAMPLES = 10_000
PER_INPUT_SECONDS = 5.0

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    # per example (several inputs); each input has its own PER_INPUT_SECONDS guard
    deadline=timedelta(seconds=4 * PER_INPUT_SECONDS),
    suppress_health_check=list(HealthCheck),
    # the input is a seed: shrinking it means nothing, the failing input is printed instead
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
SEEDS = st.integers(min_value=0, max_value=(1 << 64) - 1)


def length_offsets(data: bytes) -> list[int]:
    """Offsets of the first length byte of every TLV, recursing into constructed ones and into
    OCTET/BIT STRINGs that hold DER (containers nest it)."""
    out: list[int] = []

    def walk(base: int, blob: bytes, depth: int) -> None:
        pos = 0
        while pos < len(blob) and depth < 12:
            try:
                tlv, end = der.read_tlv(blob, pos)
            except der.DerError:
                return
            out.append(base + pos + 1)
            inner = base + pos + len(tlv.raw) - len(tlv.value)
            if tlv.constructed or (
                tlv.tag in (der.OCTET_STRING, der.BIT_STRING) and tlv.value[:1] in (b"0", b"\0")
            ):
                walk(inner, tlv.value, depth + 1)
            pos = end

    walk(0, data, 0)
    return out or [1]


class Seed:
    """A vector to mutate, with its length-field offsets computed once."""

    def __init__(self, data: bytes, offsets: list[int] | None = None) -> None:
        self.data = data
        self.offsets = offsets if offsets is not None else length_offsets(data)


def mutate(seed: Seed, rng: random.Random) -> bytes:
    data = bytearray(seed.data)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        n = len(data)
        if n == 0:
            return bytes([rng.randrange(256)])
        kind = rng.randrange(6)
        at = rng.randrange(n)
        if kind == 0:
            data[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del data[at:]
        elif kind == 2:
            data.insert(at, rng.randrange(256))
        elif kind == 3:
            off = rng.choice(seed.offsets)
            if off < n:
                step = rng.choice((-2, -1, 1, 2, 0x80, None))
                data[off] = rng.randrange(256) if step is None else (data[off] + step) % 256
        elif kind == 4:
            del data[at]
        else:
            data[at] = rng.randrange(256)
    return bytes(data)


class InputTimeout(BaseException):
    """One fuzz input took too long (BaseException: no `except Exception` may swallow it)."""


@contextmanager
def time_guard(seconds: float = PER_INPUT_SECONDS) -> Iterator[None]:
    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise InputTimeout(f"one input ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def feed(
    name: str,
    target: Callable[[bytes], object],
    data: bytes,
    documented: tuple[type[BaseException], ...],
) -> None:
    """Run one input; documented errors are fine, anything else fails naming the parser."""
    try:
        with time_guard():
            target(data)
    except documented:
        pass
    except BaseException as exc:
        exc.add_note(f"fuzz target {name!r}, input ({len(data)} bytes): {data.hex()}")
        raise
