"""GOST 28147-89 (DSTU GOST 28147:2009) block cipher with the Ukrainian DKE S-boxes.

Pure Python and table-driven: for each S-box three lookup tables (12 + 12 + 8 bits of the
round word) fold the eight 4-bit substitutions *and* the rotate-left-11 of the round
function, so a round is one addition and three table lookups.  The 32
rounds are unrolled because CPython spends most of its time on loop and call overhead.
About 10 µs per block on the 2-core CI machine. The reference and the fallback: with the
compiled module in use (`accel.py`, `_gostc.c`) the modes run in C.

Conventions: bytes <-> 32-bit words are little-endian; an 8-byte block is two words
(n1 = bytes 0..3, n2 = bytes 4..7); as an int a block is ``n1 | n2 << 32`` (i.e. the block
read little-endian).  An S-box is accepted packed (64-byte ДКЕ) or unpacked (8 rows of 16).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from functools import lru_cache

from ehealth_wizard.core.signing.ua import accel

__all__ = [
    "BLOCK_SIZE",
    "DEFAULT_DKE",
    "DEFAULT_SBOX",
    "KEY_SIZE",
    "Gost28147",
    "SBox",
    "SBoxLike",
    "cfb_decrypt",
    "cfb_encrypt",
    "ctr_crypt",
    "ecb_decrypt",
    "ecb_encrypt",
    "key_words",
    "mac",
    "pack_sbox",
    "round_tables",
    "unpack_sbox",
]

BLOCK_SIZE = 8
KEY_SIZE = 32

#: ДКЕ №1, the S-box every Ukrainian certificate and container carries.
DEFAULT_DKE = bytes.fromhex(
    "a9d6eb45f13c708280c4967b231f5eadf658eba4c037291d38d96bf025ca4e17"
    "f8e9720dc615b43a28975f0bc1dea36438b564ea2c179fd0123e6db8fac57904"
)

#: Unpacked S-box: 8 rows of 16 nibbles, in the order of the packed form.  Row 0 substitutes
#: the *least* significant nibble of the round word (OpenSSL's ``k1``), row 7 the most
#: (checked against the gost89 / dstu-engine known answers).
SBox = tuple[tuple[int, ...], ...]
#: What every function taking an S-box accepts: the 64-byte packed ДКЕ or 8 rows of 16.
SBoxLike = bytes | bytearray | Sequence[Sequence[int]]

_M32 = 0xFFFFFFFF
_MAC_SIZE = 4


def unpack_sbox(dke: bytes | bytearray) -> SBox:
    """Expand a packed 64-byte ДКЕ into 8 rows of 16 (high nibble of each byte first)."""
    if len(dke) != 64:
        raise ValueError("a packed DKE S-box is 64 bytes")
    rows = []
    for r in range(8):
        row: list[int] = []
        for byte in dke[8 * r : 8 * r + 8]:
            row.append(byte >> 4)
            row.append(byte & 0x0F)
        rows.append(tuple(row))
    return tuple(rows)


def pack_sbox(sbox: SBoxLike) -> bytes:
    """Pack an S-box into the 64-byte ДКЕ form stored in certificates and containers."""
    if isinstance(sbox, bytes | bytearray):
        if len(sbox) != 64:
            raise ValueError("a packed DKE S-box is 64 bytes")
        return bytes(sbox)
    rows = [tuple(row) for row in sbox]
    if len(rows) != 8 or any(len(row) != 16 for row in rows):
        raise ValueError("an unpacked S-box is 8 rows of 16 values")
    if any(not 0 <= v <= 15 for row in rows for v in row):
        raise ValueError("S-box values are 4-bit")
    return bytes((row[2 * i] << 4) | row[2 * i + 1] for row in rows for i in range(8))


DEFAULT_SBOX: SBox = unpack_sbox(DEFAULT_DKE)

_Tables = tuple[list[int], list[int], list[int]]


@lru_cache(maxsize=8)
def _tables_for(dke: bytes) -> _Tables:
    k = unpack_sbox(dke)  # k[0] substitutes the lowest nibble (see SBox)

    def rot11(x: int) -> int:
        return ((x << 11) | (x >> 21)) & _M32

    # Rotation distributes over OR of disjoint bit groups, so each nibble group's
    # contribution is rotated separately.  Tables are 12 + 12 + 8(+carry) bits wide: small
    # enough to stay in the CPU cache (16-bit tables are slower on real, random data).
    def nibble(j: int) -> list[int]:
        """Row j's outputs in place (shifted to nibble j), indexed by the input nibble."""
        return [v << (4 * j) for v in k[j]]

    def table(first: int, count: int) -> list[int]:
        # index = nibble(first+count-1) ... nibble(first), highest first: built by products
        # of the per-nibble outputs (a fresh S-box - e.g. from a certificate - costs ~1 ms)
        values = [0]
        for j in range(first + count - 1, first - 1, -1):
            values = [upper | low for upper in values for low in nibble(j)]
        return [rot11(v) for v in values]

    lo = table(0, 3)
    mid = table(3, 3)
    top = table(6, 2)
    # ``t = n + k`` may carry into bit 32: index top with t >> 24 < 2**9 and skip the mask.
    hi = top + top
    return lo, mid, hi


def round_tables(sbox: SBoxLike = DEFAULT_DKE) -> _Tables:
    """The three lookup tables of the round function for ``sbox`` (cached per S-box).

    ``lo`` is indexed by bits 0..11 of ``t = n + k``, ``mid`` by bits 12..23, ``hi`` by
    ``t >> 24`` (9 bits, the carry included); their XOR is the substitution rotated left 11.
    """
    return _tables_for(pack_sbox(sbox))


def key_words(key: bytes | bytearray) -> tuple[int, int, int, int, int, int, int, int]:
    """The eight little-endian 32-bit key words K0..K7."""
    if len(key) != KEY_SIZE:
        raise ValueError("a GOST 28147 key is 32 bytes")
    k = struct.unpack("<8I", key)
    return (k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7])


# --- the unrolled cores ------------------------------------------------------------------
# Each takes the two block words and the eight key words and returns (low, high) words of the
# output block; generated mechanically (32 or 16 rounds), do not edit by hand.


def encrypt_words(
    n1: int,
    n2: int,
    k0: int,
    k1: int,
    k2: int,
    k3: int,
    k4: int,
    k5: int,
    k6: int,
    k7: int,
    lo: list[int],
    mid: list[int],
    hi: list[int],
) -> tuple[int, int]:
    """Encrypt one block given as words; returns the (low, high) output words."""
    t = n1 + k0
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k1
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k2
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k3
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k4
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k5
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k6
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k7
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k0
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k1
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k2
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k3
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k4
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k5
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k6
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k7
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k0
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k1
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k2
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k3
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k4
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k5
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k6
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k7
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k7
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k6
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k5
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k4
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k3
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k2
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k1
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k0
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    return n2, n1


def decrypt_words(
    n1: int,
    n2: int,
    k0: int,
    k1: int,
    k2: int,
    k3: int,
    k4: int,
    k5: int,
    k6: int,
    k7: int,
    lo: list[int],
    mid: list[int],
    hi: list[int],
) -> tuple[int, int]:
    """Decrypt one block given as words; returns the (low, high) output words."""
    t = n1 + k0
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k1
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k2
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k3
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k4
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k5
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k6
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k7
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k7
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k6
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k5
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k4
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k3
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k2
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k1
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k0
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k7
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k6
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k5
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k4
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k3
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k2
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k1
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k0
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k7
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k6
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k5
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k4
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k3
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k2
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k1
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k0
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    return n2, n1


def mac_words(
    n1: int,
    n2: int,
    k0: int,
    k1: int,
    k2: int,
    k3: int,
    k4: int,
    k5: int,
    k6: int,
    k7: int,
    lo: list[int],
    mid: list[int],
    hi: list[int],
) -> tuple[int, int]:
    """The 16-round MAC transform of one state block; returns the (low, high) words."""
    t = n1 + k0
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k1
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k2
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k3
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k4
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k5
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k6
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k7
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k0
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k1
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k2
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k3
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k4
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k5
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n1 + k6
    n2 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = n2 + k7
    n1 ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    return n1, n2


_Core = Callable[
    [int, int, int, int, int, int, int, int, int, int, list[int], list[int], list[int]],
    tuple[int, int],
]


class Gost28147:
    """One GOST 28147 key bound to one S-box: the schedule and tables are prepared once.

    The modes (ECB, CFB, CTR, MAC) run in the compiled module when it is in use
    (``accel.native``); the pure-Python code below is the reference and the fallback.
    """

    __slots__ = ("_hi", "_k", "_key", "_lo", "_mid", "_native", "_nsbox")

    def __init__(self, key: bytes | bytearray, sbox: SBoxLike = DEFAULT_DKE) -> None:
        self._k = key_words(key)
        self._key = bytes(key)
        dke = pack_sbox(sbox)
        self._lo, self._mid, self._hi = _tables_for(dke)
        self._native = accel.native
        self._nsbox = accel.sbox(dke) if self._native is not None else None

    def _run(self, core: _Core, n1: int, n2: int) -> tuple[int, int]:
        k = self._k
        return core(
            n1, n2, k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7], self._lo, self._mid, self._hi
        )

    def encrypt_int(self, block: int) -> int:
        """Encrypt a block given as a 64-bit int (the 8 bytes read little-endian)."""
        a, b = self._run(encrypt_words, block & _M32, block >> 32)
        return a | b << 32

    def decrypt_int(self, block: int) -> int:
        """Decrypt a block given as a 64-bit int (the 8 bytes read little-endian)."""
        a, b = self._run(decrypt_words, block & _M32, block >> 32)
        return a | b << 32

    def encrypt_block(self, block: bytes | bytearray) -> bytes:
        """Encrypt one 8-byte block."""
        n1, n2 = _unpack_block(block)
        return _PACK2(*self._run(encrypt_words, n1, n2))

    def decrypt_block(self, block: bytes | bytearray) -> bytes:
        """Decrypt one 8-byte block."""
        n1, n2 = _unpack_block(block)
        return _PACK2(*self._run(decrypt_words, n1, n2))

    def ecb_encrypt(self, data: bytes | bytearray) -> bytes:
        """ECB over whole blocks (Key-6.dat body)."""
        if self._native is not None and self._nsbox is not None:
            return self._native.crypt(self._nsbox, self._key, b"", data, accel.ECB_ENCRYPT)
        return self._ecb(encrypt_words, data)

    def ecb_decrypt(self, data: bytes | bytearray) -> bytes:
        """ECB over whole blocks."""
        if self._native is not None and self._nsbox is not None:
            return self._native.crypt(self._nsbox, self._key, b"", data, accel.ECB_DECRYPT)
        return self._ecb(decrypt_words, data)

    def _ecb(self, core: _Core, data: bytes | bytearray) -> bytes:
        if len(data) % BLOCK_SIZE:
            raise ValueError("ECB data must be a whole number of 8-byte blocks")
        k0, k1, k2, k3, k4, k5, k6, k7 = self._k
        lo, mid, hi = self._lo, self._mid, self._hi
        words = struct.unpack(f"<{len(data) // 4}I", data)
        out: list[int] = []
        for i in range(0, len(words), 2):
            out.extend(core(words[i], words[i + 1], k0, k1, k2, k3, k4, k5, k6, k7, lo, mid, hi))
        return struct.pack(f"<{len(out)}I", *out)

    def cfb_encrypt(self, iv: bytes | bytearray, data: bytes | bytearray) -> bytes:
        """CFB-64 encryption; the last block may be partial."""
        return self._cfb(iv, data, decrypting=False)

    def cfb_decrypt(self, iv: bytes | bytearray, data: bytes | bytearray) -> bytes:
        """CFB-64 decryption; the last block may be partial."""
        return self._cfb(iv, data, decrypting=True)

    def _cfb(self, iv: bytes | bytearray, data: bytes | bytearray, *, decrypting: bool) -> bytes:
        n1, n2 = _unpack_block(iv)
        if self._native is not None and self._nsbox is not None:
            mode = accel.CFB_DECRYPT if decrypting else accel.CFB_ENCRYPT
            return self._native.crypt(self._nsbox, self._key, iv, data, mode)
        k0, k1, k2, k3, k4, k5, k6, k7 = self._k
        lo, mid, hi = self._lo, self._mid, self._hi
        full = len(data) - len(data) % BLOCK_SIZE
        words = struct.unpack(f"<{full // 4}I", data[:full])
        out: list[int] = []
        for i in range(0, len(words), 2):
            g1, g2 = encrypt_words(n1, n2, k0, k1, k2, k3, k4, k5, k6, k7, lo, mid, hi)
            c1, c2 = words[i] ^ g1, words[i + 1] ^ g2
            out.append(c1)
            out.append(c2)
            n1, n2 = (words[i], words[i + 1]) if decrypting else (c1, c2)
        result = struct.pack(f"<{len(out)}I", *out)
        if full < len(data):
            gamma = _PACK2(*encrypt_words(n1, n2, k0, k1, k2, k3, k4, k5, k6, k7, lo, mid, hi))
            result += bytes(a ^ b for a, b in zip(data[full:], gamma, strict=False))
        return result

    def ctr_crypt(self, iv: bytes | bytearray, data: bytes | bytearray) -> bytes:
        """The counter ("gamma", гамування) mode of GOST 28147 §3: its own inverse.

        The IV is encrypted once to seed the counter; per block N3 += C2 (mod 2**32) and
        N4 += C1 (mod 2**32 - 1, never 0), and the encrypted counter is the keystream.  No
        CryptoPro key meshing (that is a Russian addition).
        """
        if self._native is not None and self._nsbox is not None:
            _unpack_block(iv)  # the same error for a bad IV
            return self._native.crypt(self._nsbox, self._key, iv, data, accel.CTR)
        k0, k1, k2, k3, k4, k5, k6, k7 = self._k
        lo, mid, hi = self._lo, self._mid, self._hi
        n3, n4 = encrypt_words(*_unpack_block(iv), k0, k1, k2, k3, k4, k5, k6, k7, lo, mid, hi)
        stream: list[int] = []
        for _ in range((len(data) + BLOCK_SIZE - 1) // BLOCK_SIZE):
            n3 = (n3 + 0x01010101) & _M32
            n4 = n4 + 0x01010104
            if n4 > _M32:
                n4 -= _M32
            stream.extend(encrypt_words(n3, n4, k0, k1, k2, k3, k4, k5, k6, k7, lo, mid, hi))
        gamma = struct.pack(f"<{len(stream)}I", *stream)
        n = len(data)
        return (int.from_bytes(data, "little") ^ int.from_bytes(gamma[:n], "little")).to_bytes(
            n, "little"
        )

    def mac(self, data: bytes | bytearray, size: int = _MAC_SIZE) -> bytes:
        """The 16-round imitovstavka over ``data``, ``size`` bytes of the final state.

        Padding: a partial last block is zero-filled; empty data gives the MAC of nothing
        (zero state, no rounds), and - like the OpenSSL/dstu-engine code - a message of at
        most one block gets one extra all-zero block.
        """
        if not 1 <= size <= BLOCK_SIZE:
            raise ValueError("MAC size is 1..8 bytes")
        if self._native is not None and self._nsbox is not None:
            return self._native.crypt(self._nsbox, self._key, b"", data, accel.MAC)[:size]
        k0, k1, k2, k3, k4, k5, k6, k7 = self._k
        lo, mid, hi = self._lo, self._mid, self._hi
        rem = len(data) % BLOCK_SIZE
        padded = bytes(data) + bytes(BLOCK_SIZE - rem) if rem else bytes(data)
        words = struct.unpack(f"<{len(padded) // 4}I", padded)
        n1 = n2 = 0
        for i in range(0, len(words), 2):
            n1, n2 = mac_words(
                n1 ^ words[i], n2 ^ words[i + 1], k0, k1, k2, k3, k4, k5, k6, k7, lo, mid, hi
            )
        if len(padded) == BLOCK_SIZE:
            n1, n2 = mac_words(n1, n2, k0, k1, k2, k3, k4, k5, k6, k7, lo, mid, hi)
        return _PACK2(n1, n2)[:size]


_PACK2 = struct.Struct("<2I").pack
_UNPACK2 = struct.Struct("<2I").unpack


def _unpack_block(block: bytes | bytearray) -> tuple[int, int]:
    if len(block) != BLOCK_SIZE:
        raise ValueError("a GOST 28147 block (and IV) is 8 bytes")
    n1, n2 = _UNPACK2(block)
    return n1, n2


def ecb_encrypt(
    key: bytes | bytearray, data: bytes | bytearray, sbox: SBoxLike = DEFAULT_DKE
) -> bytes:
    """ECB encryption of whole 8-byte blocks."""
    return Gost28147(key, sbox).ecb_encrypt(data)


def ecb_decrypt(
    key: bytes | bytearray, data: bytes | bytearray, sbox: SBoxLike = DEFAULT_DKE
) -> bytes:
    """ECB decryption of whole 8-byte blocks."""
    return Gost28147(key, sbox).ecb_decrypt(data)


def cfb_encrypt(
    key: bytes | bytearray,
    iv: bytes | bytearray,
    data: bytes | bytearray,
    sbox: SBoxLike = DEFAULT_DKE,
) -> bytes:
    """CFB-64 encryption (OID 1.2.804.2.1.1.1.1.1.1.3); partial last block allowed."""
    return Gost28147(key, sbox).cfb_encrypt(iv, data)


def cfb_decrypt(
    key: bytes | bytearray,
    iv: bytes | bytearray,
    data: bytes | bytearray,
    sbox: SBoxLike = DEFAULT_DKE,
) -> bytes:
    """CFB-64 decryption (PBES2 bags of PKCS#12 / PKCS#8)."""
    return Gost28147(key, sbox).cfb_decrypt(iv, data)


def ctr_crypt(
    key: bytes | bytearray,
    iv: bytes | bytearray,
    data: bytes | bytearray,
    sbox: SBoxLike = DEFAULT_DKE,
) -> bytes:
    """Counter ("gamma") mode (OID 1.2.804.2.1.1.1.1.1.1.2); encrypts and decrypts."""
    return Gost28147(key, sbox).ctr_crypt(iv, data)


def mac(
    key: bytes | bytearray,
    data: bytes | bytearray,
    sbox: SBoxLike = DEFAULT_DKE,
    size: int = _MAC_SIZE,
) -> bytes:
    """GOST 28147 MAC (imitovstavka), 4 bytes by default (Key-6.dat password check)."""
    return Gost28147(key, sbox).mac(data, size)
