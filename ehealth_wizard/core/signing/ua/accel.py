"""Which build of the GOST 28147 / GOST 34.311 hot loops runs: compiled C or pure Python.

`_gostc` (a C extension built at install time, optional) runs the cipher modes and the KDF
inner loops at native speed; gost28147.py / gost34311.py stay the reference and the
fallback. ``EHEALTH_WIZARD_PURE=1`` forces the pure-Python build (the tests run both).
`native` is read at call time, so a test may switch it off for one comparison.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Protocol, cast

PURE_ENV = "EHEALTH_WIZARD_PURE"


class SBoxTables(Protocol):
    """A compiled S-box: the packed ДКЕ with its four lookup tables."""

    @property
    def dke(self) -> bytes: ...


B = bytes | bytearray


class Native(Protocol):
    """The functions `_gostc.c` exports (byte strings are little-endian states/blocks)."""

    def SBox(self, dke: bytes) -> SBoxTables: ...
    def crypt(self, sbox: SBoxTables, key: B, iv: B, data: B, mode: int) -> bytes: ...
    def absorb(self, sbox: SBoxTables, h: B, sigma: B, blocks: B) -> tuple[bytes, bytes]: ...
    def iterate32(self, sbox: SBoxTables, m: B, count: int) -> bytes: ...
    def pbkdf2(
        self, sbox: SBoxTables, hi0: bytes, si: bytes, ho0: bytes, so: bytes, u: bytes, acc: bytes,
        count: int,
    ) -> tuple[bytes, bytes]: ...  # fmt: skip


# crypt()'s modes: the enum in _gostc.c (the module exports the same names).
ECB_ENCRYPT, ECB_DECRYPT, CFB_ENCRYPT, CFB_DECRYPT, CTR, MAC = range(6)


def _load() -> tuple[Native | None, str]:
    if os.environ.get(PURE_ENV, "").strip() not in ("", "0"):
        return None, f"pure Python ({PURE_ENV} is set)"
    try:
        from ehealth_wizard.core.signing.ua import _gostc  # type: ignore[attr-defined]
    except ImportError:
        return None, "pure Python (the compiled module is not built)"
    return cast(Native, _gostc), "compiled (C)"


#: The compiled module, or None when the pure-Python code runs.
native: Native | None
#: Which build was loaded, for `ehealth-wizard --version`.
BUILD: str
native, BUILD = _load()


@lru_cache(maxsize=8)
def sbox(dke: bytes) -> SBoxTables:
    """The compiled S-box (its lookup tables built once per ДКЕ)."""
    if native is None:
        raise RuntimeError("the compiled GOST module is not in use")
    return native.SBox(dke)
