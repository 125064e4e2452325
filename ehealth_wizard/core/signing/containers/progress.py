"""Progress of the slow key derivations (seconds in pure Python), for the Key page.

The reader chain's `load(data, password)` has no callback parameter, so a caller that wants
progress wraps the call: ``with reporting(callback): open_key(...)``; `callback(done, total)`
then receives the overall progress (per-mille) of every KDF the readers run in that thread.
Readers ask `stage(i, n)` for the callback of their i-th of n slow steps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Progress = Callable[[int, int], None]
SCALE = 1000

_CALLBACK: ContextVar[Progress | None] = ContextVar("ehealth_kdf_progress", default=None)


@contextmanager
def reporting(callback: Progress) -> Iterator[None]:
    """Send KDF progress in this context (thread / task) to `callback(done, SCALE)`."""
    token = _CALLBACK.set(callback)
    try:
        yield
    finally:
        _CALLBACK.reset(token)


def stage(index: int, count: int) -> Progress | None:
    """The callback for slow step `index` of `count`, mapped onto the overall range."""
    callback = _CALLBACK.get()
    if callback is None:
        return None

    def report(done: int, total: int) -> None:
        part = done / total if total else 1.0
        callback(int(SCALE * (index + part) / count), SCALE)

    return report
