"""GOST 34.311-95 hash (the GOST R 34.11-94 construction) and the KDFs built on it.

Pure Python.  Speed matters because every key container runs 10 000-iteration KDFs over 32-byte
inputs: the state is kept as 256-bit ints; one compression step is a single function, written by
tools/gen_gost34311_compress.py, with the four 32-round GOST 28147 encryptions unrolled over the
table-driven round (S-boxes and the rotation folded into three lookup tables); the key schedule
runs on byte-transposed ints, where the P permutation costs nothing; the linear ψ^12 / ψ^61
mixes are precomputed XORs of 16-bit words.  HMAC keeps its inner/outer states after the pad
block, so one PBKDF2 iteration costs 6 compression steps and one Key-6.dat iteration 3.
Measured on the 2-core CI machine: ~40 µs per compression step.

This is the reference and the fallback: when the compiled module is in use (`accel.py`,
`_gostc.c`) `_NativeEngine` runs the compression and the whole KDF loops in C instead.

Byte conventions follow the gost89 / dstu-engine code: a 32-byte block
is read little-endian, the control sum Σ is addition mod 2**256 of those ints, the length
block is the message length in bits, and the digest is H written little-endian.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter

from ehealth_wizard.core.signing.ua import accel
from ehealth_wizard.core.signing.ua.gost28147 import (
    DEFAULT_DKE,
    SBoxLike,
    pack_sbox,
    round_tables,
)

__all__ = [
    "BLOCK_SIZE",
    "DIGEST_SIZE",
    "Gost34311",
    "HmacGost34311",
    "Progress",
    "gost34311",
    "hash_32_bytes",
    "hmac_gost34311",
    "iterated_hash",
    "pbkdf2_gost34311",
    "pkcs12_kdf_gost34311",
]

DIGEST_SIZE = 32
BLOCK_SIZE = 32

#: ``progress(done, total)`` is called now and then during long KDF loops; it may raise
#: (e.g. ``Cancelled``) to abort.
Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 250

_M256 = (1 << 256) - 1
# The C3 constant of the key schedule: bytes 1,3,5,7,8,10,12,14,17,18,20,23,24,28,29,31 = FF.
_C3 = sum(0xFF << (8 * i) for i in (1, 3, 5, 7, 8, 10, 12, 14, 17, 18, 20, 23, 24, 28, 29, 31))


def _psi(x: int) -> int:
    """One ψ step: shift the 16 16-bit words down, feed back w0^w1^w2^w3^w12^w15."""
    acc = (x ^ (x >> 16) ^ (x >> 32) ^ (x >> 48) ^ (x >> 192) ^ (x >> 240)) & 0xFFFF
    return (x >> 16) | (acc << 240)


def _psi_power(x: int, n: int) -> int:
    """ψ^n the slow way (the generated code in _compress hard-wires ψ^12 and ψ^61)."""
    for _ in range(n):
        x = _psi(x)
    return x


_UNPACK8 = struct.Struct("<8I").unpack
_UNPACK16 = struct.Struct("<16H").unpack
_PACK16 = struct.Struct("<16H").pack
# Byte transpose P of the key schedule: Key[i + 4j] = W[8i + j].
_P_ORDER = itemgetter(*[8 * i + j for j in range(8) for i in range(4)])
# In the transposed domain A moves bytes inside each 32-bit word: masks for that.
_T012 = int.from_bytes(b"\xff\xff\xff\x00" * 8, "little")
_T0 = int.from_bytes(b"\xff\x00\x00\x00" * 8, "little")


def _transpose(x: int) -> int:
    """P(x) as an int: the key-schedule byte permutation."""
    return int.from_bytes(bytes(_P_ORDER(x.to_bytes(32, "little"))), "little")


_C3T = _transpose(_C3)
_T256 = _transpose(256)
_T512 = _transpose(512)


def _compress(
    h: int,
    m: int,
    ht: int,
    mt: int,
    lo: list[int],
    mid: list[int],
    hi: list[int],
    t012: int = _T012,
    t0: int = _T0,
    c3t: int = _C3T,
    unpack8: Callable[[bytes], tuple[int, ...]] = _UNPACK8,
    unpack16: Callable[[bytes], tuple[int, ...]] = _UNPACK16,
    pack16: Callable[..., bytes] = _PACK16,
) -> int:
    """χ(M, H) = ψ^61(H ⊕ ψ(M ⊕ ψ^12(S))); ``ht`` / ``mt`` are H and M byte-transposed.

    (The trailing parameters only bind module constants as fast locals.)

    The body is written by tools/gen_gost34311_compress.py (four unrolled 32-round
    encryptions, then ψ^12 and ψ^61 as XORs of 16-bit words); do not edit it by hand.  The
    key schedule runs in the transposed domain, where the P permutation is the identity and A
    is five int operations, so the eight key words are one ``unpack`` away.
    """
    h0, h1, h2, h3, h4, h5, h6, h7 = unpack8(h.to_bytes(32, "little"))
    # key 1: P(H ⊕ M)
    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((ht ^ mt).to_bytes(32, "little"))
    a = h0
    b = h1
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k7
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k6
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k5
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k4
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k3
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k2
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k1
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k0
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    s0, s1 = b, a
    # key 2: U = A(H), V = A²(M)
    u = ((ht >> 8) & t012) | ((ht ^ (ht >> 8)) & t0) << 24
    v = ((mt >> 8) & t012) | ((mt ^ (mt >> 8)) & t0) << 24
    v = ((v >> 8) & t012) | ((v ^ (v >> 8)) & t0) << 24
    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((u ^ v).to_bytes(32, "little"))
    a = h2
    b = h3
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k7
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k6
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k5
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k4
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k3
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k2
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k1
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k0
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    s2, s3 = b, a
    # key 3: U = A(U) ⊕ C3, V = A²(V)
    u = (((u >> 8) & t012) | ((u ^ (u >> 8)) & t0) << 24) ^ c3t
    v = ((v >> 8) & t012) | ((v ^ (v >> 8)) & t0) << 24
    v = ((v >> 8) & t012) | ((v ^ (v >> 8)) & t0) << 24
    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((u ^ v).to_bytes(32, "little"))
    a = h4
    b = h5
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k7
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k6
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k5
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k4
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k3
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k2
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k1
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k0
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    s4, s5 = b, a
    # key 4: U = A(U), V = A²(V)
    u = ((u >> 8) & t012) | ((u ^ (u >> 8)) & t0) << 24
    v = ((v >> 8) & t012) | ((v ^ (v >> 8)) & t0) << 24
    v = ((v >> 8) & t012) | ((v ^ (v >> 8)) & t0) << 24
    k0, k1, k2, k3, k4, k5, k6, k7 = unpack8((u ^ v).to_bytes(32, "little"))
    a = h6
    b = h7
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k0
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k1
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k2
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k3
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k4
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k5
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k6
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k7
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k7
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k6
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k5
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k4
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k3
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k2
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = a + k1
    b ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    t = b + k0
    a ^= lo[t & 0xFFF] ^ mid[t >> 12 & 0xFFF] ^ hi[t >> 24]
    s6, s7 = b, a
    # ψ^12, ψ and ψ^61 on the sixteen 16-bit words (w0 lowest): each output word of ψ^n is
    # the XOR of a fixed set of input words (precomputed from ψ's feedback taps).
    w0 = s0 & 0xFFFF
    w1 = s0 >> 16
    w2 = s1 & 0xFFFF
    w3 = s1 >> 16
    w4 = s2 & 0xFFFF
    w5 = s2 >> 16
    w6 = s3 & 0xFFFF
    w7 = s3 >> 16
    w8 = s4 & 0xFFFF
    w9 = s4 >> 16
    w10 = s5 & 0xFFFF
    w11 = s5 >> 16
    w12 = s6 & 0xFFFF
    w13 = s6 >> 16
    w14 = s7 & 0xFFFF
    w15 = s7 >> 16
    mw = unpack16(m.to_bytes(32, "little"))
    hw = unpack16(h.to_bytes(32, "little"))
    x0 = w12 ^ mw[0]
    x1 = w13 ^ mw[1]
    x2 = w14 ^ mw[2]
    x3 = w15 ^ mw[3]
    x4 = w0 ^ w1 ^ w2 ^ w3 ^ w12 ^ w15 ^ mw[4]
    x5 = w0 ^ w4 ^ w12 ^ w13 ^ w15 ^ mw[5]
    x6 = w0 ^ w2 ^ w3 ^ w5 ^ w12 ^ w13 ^ w14 ^ w15 ^ mw[6]
    x7 = w0 ^ w2 ^ w4 ^ w6 ^ w12 ^ w13 ^ w14 ^ mw[7]
    x8 = w1 ^ w3 ^ w5 ^ w7 ^ w13 ^ w14 ^ w15 ^ mw[8]
    x9 = w0 ^ w1 ^ w3 ^ w4 ^ w6 ^ w8 ^ w12 ^ w14 ^ mw[9]
    x10 = w1 ^ w2 ^ w4 ^ w5 ^ w7 ^ w9 ^ w13 ^ w15 ^ mw[10]
    x11 = w0 ^ w1 ^ w5 ^ w6 ^ w8 ^ w10 ^ w12 ^ w14 ^ w15 ^ mw[11]
    x12 = w0 ^ w3 ^ w6 ^ w7 ^ w9 ^ w11 ^ w12 ^ w13 ^ mw[12]
    x13 = w1 ^ w4 ^ w7 ^ w8 ^ w10 ^ w12 ^ w13 ^ w14 ^ mw[13]
    x14 = w2 ^ w5 ^ w8 ^ w9 ^ w11 ^ w13 ^ w14 ^ w15 ^ mw[14]
    x15 = w0 ^ w1 ^ w2 ^ w6 ^ w9 ^ w10 ^ w14 ^ mw[15]
    y0 = x1 ^ hw[0]
    y1 = x2 ^ hw[1]
    y2 = x3 ^ hw[2]
    y3 = x4 ^ hw[3]
    y4 = x5 ^ hw[4]
    y5 = x6 ^ hw[5]
    y6 = x7 ^ hw[6]
    y7 = x8 ^ hw[7]
    y8 = x9 ^ hw[8]
    y9 = x10 ^ hw[9]
    y10 = x11 ^ hw[10]
    y11 = x12 ^ hw[11]
    y12 = x13 ^ hw[12]
    y13 = x14 ^ hw[13]
    y14 = x15 ^ hw[14]
    y15 = x0 ^ x1 ^ x2 ^ x3 ^ x12 ^ x15 ^ hw[15]
    return int.from_bytes(
        pack16(
            y1 ^ y3 ^ y7 ^ y10 ^ y11 ^ y13 ^ y14 ^ y15,
            y0 ^ y1 ^ y3 ^ y4 ^ y8 ^ y11 ^ y14,
            y1 ^ y2 ^ y4 ^ y5 ^ y9 ^ y12 ^ y15,
            y0 ^ y1 ^ y5 ^ y6 ^ y10 ^ y12 ^ y13 ^ y15,
            y0 ^ y3 ^ y6 ^ y7 ^ y11 ^ y12 ^ y13 ^ y14 ^ y15,
            y0 ^ y2 ^ y3 ^ y4 ^ y7 ^ y8 ^ y13 ^ y14,
            y1 ^ y3 ^ y4 ^ y5 ^ y8 ^ y9 ^ y14 ^ y15,
            y0 ^ y1 ^ y3 ^ y4 ^ y5 ^ y6 ^ y9 ^ y10 ^ y12,
            y1 ^ y2 ^ y4 ^ y5 ^ y6 ^ y7 ^ y10 ^ y11 ^ y13,
            y2 ^ y3 ^ y5 ^ y6 ^ y7 ^ y8 ^ y11 ^ y12 ^ y14,
            y3 ^ y4 ^ y6 ^ y7 ^ y8 ^ y9 ^ y12 ^ y13 ^ y15,
            y0 ^ y1 ^ y2 ^ y3 ^ y4 ^ y5 ^ y7 ^ y8 ^ y9 ^ y10 ^ y12 ^ y13 ^ y14 ^ y15,
            y0 ^ y4 ^ y5 ^ y6 ^ y8 ^ y9 ^ y10 ^ y11 ^ y12 ^ y13 ^ y14,
            y1 ^ y5 ^ y6 ^ y7 ^ y9 ^ y10 ^ y11 ^ y12 ^ y13 ^ y14 ^ y15,
            y0 ^ y1 ^ y3 ^ y6 ^ y7 ^ y8 ^ y10 ^ y11 ^ y13 ^ y14,
            y1 ^ y2 ^ y4 ^ y7 ^ y8 ^ y9 ^ y11 ^ y12 ^ y14 ^ y15,
        ),
        "little",
    )


class _Engine:
    """The compression function χ(M, H) for one S-box, plus its lookup tables (pure Python,
    the reference); `_NativeEngine` runs the same steps in the compiled module."""

    __slots__ = ("hi", "lo", "mid")

    def __init__(self, sbox: SBoxLike) -> None:
        self.lo, self.mid, self.hi = round_tables(sbox)

    def compress(self, h: int, m: int) -> int:
        """H' = χ(M, H) for one 32-byte block (both as little-endian ints)."""
        return _compress(h, m, _transpose(h), _transpose(m), self.lo, self.mid, self.hi)

    def absorb(self, h: int, sigma: int, blocks: bytes) -> tuple[int, int]:
        """(H, Σ) after whole 32-byte blocks (Σ not yet reduced mod 2**256)."""
        compress = self.compress
        from_bytes = int.from_bytes
        for off in range(0, len(blocks), BLOCK_SIZE):
            m = from_bytes(blocks[off : off + BLOCK_SIZE], "little")
            h = compress(h, m)
            sigma += m
        return h, sigma

    def finish(self, h: int, sigma: int, length: int, tail: bytes) -> int:
        """Pad and process the tail, then the length block and Σ (the standard's stage 3)."""
        if tail or length == 0:
            block = int.from_bytes(tail, "little")
            h = self.compress(h, block)
            sigma = (sigma + block) & _M256
            length += len(tail)
        h = self.compress(h, (length * 8) & _M256)
        return self.compress(h, sigma)

    def hash32(self, m: int) -> int:
        """Digest (as int) of exactly one 32-byte message: three compression steps."""
        return self.iterate32(m, 1, None)

    def iterate32(self, m: int, count: int, progress: Progress | None) -> int:
        """Apply ``hash32`` ``count`` times (the Key-6.dat and PKCS#12 KDF loops)."""
        lo, mid, hi = self.lo, self.mid, self.hi
        tr = _transpose
        for i in range(count):
            mt = tr(m)
            h = _compress(0, m, 0, mt, lo, mid, hi)
            h = _compress(h, 256, tr(h), _T256, lo, mid, hi)
            m = _compress(h, m, tr(h), mt, lo, mid, hi)
            if progress is not None and i % _PROGRESS_EVERY == 0:
                progress(i, count)
        if progress is not None:
            progress(count, count)
        return m

    def hmac32(self, hi0: int, si: int, ho0: int, so: int, m: int) -> int:
        """HMAC of a 32-byte message given the states after the ipad / opad blocks."""
        lo, mid, hi = self.lo, self.mid, self.hi
        tr = _transpose
        h = _compress(hi0, m, tr(hi0), tr(m), lo, mid, hi)
        h = _compress(h, 512, tr(h), _T512, lo, mid, hi)
        sigma = (si + m) & _M256
        inner = _compress(h, sigma, tr(h), tr(sigma), lo, mid, hi)
        h = _compress(ho0, inner, tr(ho0), tr(inner), lo, mid, hi)
        h = _compress(h, 512, tr(h), _T512, lo, mid, hi)
        sigma = (so + inner) & _M256
        return _compress(h, sigma, tr(h), tr(sigma), lo, mid, hi)

    def pbkdf2_run(
        self, states: tuple[int, int, int, int], u: int, acc: int, count: int
    ) -> tuple[int, int]:
        """``count`` PBKDF2 iterations: u = HMAC(u), acc ^= u; states = (hi0, si, ho0, so)."""
        hi0, si, ho0, so = states
        hmac32 = self.hmac32
        for _ in range(count):
            u = hmac32(hi0, si, ho0, so, u)
            acc ^= u
        return u, acc


_ZERO = bytes(DIGEST_SIZE)


def _b(x: int) -> bytes:
    return x.to_bytes(DIGEST_SIZE, "little")


def _i(b: bytes) -> int:
    return int.from_bytes(b, "little")


class _NativeEngine(_Engine):
    """The same engine with every step in the compiled module (`accel`): whole KDF loops run
    in C, returning to Python only every `_PROGRESS_EVERY` iterations for progress/cancel."""

    __slots__ = ("_n", "_sb")

    def __init__(self, sbox: SBoxLike, native: accel.Native) -> None:
        super().__init__(sbox)
        self._n = native
        self._sb = accel.sbox(pack_sbox(sbox))

    def compress(self, h: int, m: int) -> int:
        return _i(self._n.absorb(self._sb, _b(h), _ZERO, _b(m))[0])

    def absorb(self, h: int, sigma: int, blocks: bytes) -> tuple[int, int]:
        hb, sb = self._n.absorb(self._sb, _b(h), _b(sigma & _M256), blocks)
        return _i(hb), _i(sb)

    def iterate32(self, m: int, count: int, progress: Progress | None) -> int:
        if progress is None:
            return _i(self._n.iterate32(self._sb, _b(m), count))
        mb = _b(m)
        for done in range(0, count, _PROGRESS_EVERY):
            progress(done, count)
            mb = self._n.iterate32(self._sb, mb, min(_PROGRESS_EVERY, count - done))
        progress(count, count)
        return _i(mb)

    def hmac32(self, hi0: int, si: int, ho0: int, so: int, m: int) -> int:
        return self.pbkdf2_run((hi0, si, ho0, so), m, 0, 1)[0]

    def pbkdf2_run(
        self, states: tuple[int, int, int, int], u: int, acc: int, count: int
    ) -> tuple[int, int]:
        hi0, si, ho0, so = (_b(x) for x in states)
        ub, accb = self._n.pbkdf2(self._sb, hi0, si, ho0, so, _b(u), _b(acc), count)
        return _i(ub), _i(accb)


@lru_cache(maxsize=16)
def _engine_for(dke: bytes, compiled: bool) -> _Engine:
    native = accel.native
    return _NativeEngine(dke, native) if compiled and native is not None else _Engine(dke)


def _engine(sbox: SBoxLike) -> _Engine:
    return _engine_for(pack_sbox(sbox), accel.native is not None)


class Gost34311:
    """hashlib-style GOST 34.311-95 hash object (``update`` / ``digest`` / ``copy``)."""

    name = "gost34311"
    digest_size = DIGEST_SIZE
    block_size = BLOCK_SIZE

    __slots__ = ("_buf", "_engine", "_h", "_len", "_sigma")

    def __init__(self, data: bytes | bytearray = b"", sbox: SBoxLike = DEFAULT_DKE) -> None:
        self._engine = _engine(sbox)
        self._h = 0
        self._sigma = 0
        self._len = 0
        self._buf = b""
        if data:
            self.update(data)

    def update(self, data: bytes | bytearray | memoryview) -> None:
        """Absorb more data; whole 32-byte blocks are compressed at once."""
        buf = self._buf + bytes(data)
        full = len(buf) - len(buf) % BLOCK_SIZE
        if full:
            h, sigma = self._engine.absorb(self._h, self._sigma, buf[:full])
            self._h, self._sigma = h, sigma & _M256
            self._len += full
        self._buf = buf[full:]

    def _absorbed_blocks(self, h: int, sigma: int, length: int) -> Gost34311:
        """A copy at a known state (used by HMAC to reuse the pad-block state)."""
        c = self.copy()
        c._h, c._sigma, c._len, c._buf = h, sigma, length, b""
        return c

    def digest(self) -> bytes:
        """The 32-byte digest of everything absorbed so far (the object stays usable)."""
        h = self._engine.finish(self._h, self._sigma, self._len, self._buf)
        return h.to_bytes(DIGEST_SIZE, "little")

    def hexdigest(self) -> str:
        return self.digest().hex()

    def copy(self) -> Gost34311:
        c = Gost34311.__new__(Gost34311)
        c._engine, c._h, c._sigma, c._len, c._buf = (
            self._engine,
            self._h,
            self._sigma,
            self._len,
            self._buf,
        )
        return c


def gost34311(data: bytes | bytearray, sbox: SBoxLike = DEFAULT_DKE) -> bytes:
    """GOST 34.311-95 digest (32 bytes) of ``data`` under ``sbox`` (ДКЕ №1 by default)."""
    if len(data) == DIGEST_SIZE:
        return hash_32_bytes(data, sbox)
    return Gost34311(data, sbox).digest()


def hash_32_bytes(block: bytes | bytearray, sbox: SBoxLike = DEFAULT_DKE) -> bytes:
    """Fast path for a message of exactly 32 bytes (KDF inner loops): no buffering."""
    if len(block) != DIGEST_SIZE:
        raise ValueError("hash_32_bytes takes exactly 32 bytes")
    e = _engine(sbox)
    return e.hash32(int.from_bytes(block, "little")).to_bytes(DIGEST_SIZE, "little")


def iterated_hash(
    password: bytes | bytearray,
    count: int = 10000,
    sbox: SBoxLike = DEFAULT_DKE,
    progress: Progress | None = None,
) -> bytes:
    """IIT Key-6.dat key: K = H(password), then ``count - 1`` more times K = H(K)."""
    if count < 1:
        raise ValueError("count must be at least 1")
    e = _engine(sbox)
    k = int.from_bytes(gost34311(password, sbox), "little")
    k = e.iterate32(k, count - 1, progress)
    return k.to_bytes(DIGEST_SIZE, "little")


class HmacGost34311:
    """HMAC-GOST34311 (RFC 2104, 32-byte block) with the pad-block states computed once.

    Keys longer than the block are hashed first, as RFC 2104 requires.
    """

    digest_size = DIGEST_SIZE
    block_size = BLOCK_SIZE

    __slots__ = ("_engine", "_hi", "_ho", "_inner", "_outer", "_si", "_so")

    def __init__(
        self, key: bytes | bytearray, msg: bytes | bytearray = b"", sbox: SBoxLike = DEFAULT_DKE
    ) -> None:
        e = _engine(sbox)
        if len(key) > BLOCK_SIZE:
            key = gost34311(key, sbox)
        k = int.from_bytes(bytes(key).ljust(BLOCK_SIZE, b"\0"), "little")
        ipad = k ^ int.from_bytes(b"\x36" * BLOCK_SIZE, "little")
        opad = k ^ int.from_bytes(b"\x5c" * BLOCK_SIZE, "little")
        self._engine = e
        self._hi, self._si = e.compress(0, ipad), ipad
        self._ho, self._so = e.compress(0, opad), opad
        base = Gost34311(b"", sbox)
        self._inner = base._absorbed_blocks(self._hi, self._si, BLOCK_SIZE)
        self._outer = base._absorbed_blocks(self._ho, self._so, BLOCK_SIZE)
        if msg:
            self.update(msg)

    def update(self, data: bytes | bytearray | memoryview) -> None:
        self._inner.update(data)

    def digest(self) -> bytes:
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()

    def copy(self) -> HmacGost34311:
        c = HmacGost34311.__new__(HmacGost34311)
        c._engine, c._hi, c._si, c._ho, c._so = self._engine, self._hi, self._si, self._ho, self._so
        c._inner, c._outer = self._inner.copy(), self._outer
        return c

    def mac32(self, m: int) -> int:
        """HMAC of a 32-byte message given as int (little-endian), result as int.

        Six compression steps: message, length (512 bits), Σ for the inner and outer hash.
        """
        return self._engine.hmac32(self._hi, self._si, self._ho, self._so, m)

    def iterate(self, u: int, acc: int, count: int) -> tuple[int, int]:
        """``count`` PBKDF2 iterations from ``u``: u = HMAC(u), acc ^= u; (u, acc)."""
        return self._engine.pbkdf2_run((self._hi, self._si, self._ho, self._so), u, acc, count)


def hmac_gost34311(
    key: bytes | bytearray, msg: bytes | bytearray, sbox: SBoxLike = DEFAULT_DKE
) -> bytes:
    """HMAC-GOST34311 (OID 1.2.804.2.1.1.1.1.1.2) of ``msg`` under ``key``."""
    return HmacGost34311(key, msg, sbox).digest()


def pbkdf2_gost34311(
    password: bytes | bytearray,
    salt: bytes | bytearray,
    iterations: int,
    dklen: int = 32,
    sbox: SBoxLike = DEFAULT_DKE,
    progress: Progress | None = None,
) -> bytes:
    """PBKDF2 (RFC 8018) with HMAC-GOST34311 as PRF, as in GOST PBES2."""
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    if dklen < 1:
        raise ValueError("dklen must be at least 1")
    prf = HmacGost34311(password, b"", sbox)
    blocks = (dklen + DIGEST_SIZE - 1) // DIGEST_SIZE
    total = blocks * iterations
    out = b""
    for index in range(1, blocks + 1):
        first = prf.copy()
        first.update(bytes(salt) + index.to_bytes(4, "big"))
        u = int.from_bytes(first.digest(), "little")
        acc = u
        done = 1
        while done < iterations:  # in C when compiled; back here for progress / cancel
            step = min(_PROGRESS_EVERY, iterations - done)
            u, acc = prf.iterate(u, acc, step)
            done += step
            if progress is not None:
                progress((index - 1) * iterations + done, total)
        out += acc.to_bytes(DIGEST_SIZE, "little")
    if progress is not None:
        progress(total, total)
    return out[:dklen]


def pkcs12_kdf_gost34311(
    password_bmp: bytes | bytearray,
    salt: bytes | bytearray,
    iterations: int,
    id_byte: int,
    n: int,
    sbox: SBoxLike = DEFAULT_DKE,
    progress: Progress | None = None,
) -> bytes:
    """RFC 7292 appendix B.2 key derivation with GOST 34.311 (u = v = 32 bytes).

    ``password_bmp`` is the password already encoded as the RFC wants it (UTF-16BE plus the
    two-byte zero terminator; empty for no password); ``id_byte`` 1 = key, 2 = IV, 3 = MAC.
    """
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    if not 0 <= id_byte <= 255:
        raise ValueError("id_byte is one byte")
    v = BLOCK_SIZE
    e = _engine(sbox)
    d = bytes([id_byte]) * v

    def stretch(data: bytes) -> bytes:
        if not data:
            return b""
        size = v * ((len(data) + v - 1) // v)
        return (data * (size // len(data) + 1))[:size]

    i_blocks = bytearray(stretch(bytes(salt)) + stretch(bytes(password_bmp)))
    out = b""
    chunks = (n + DIGEST_SIZE - 1) // DIGEST_SIZE
    for c in range(chunks):
        a = int.from_bytes(gost34311(d + bytes(i_blocks), sbox), "little")

        def report(done: int, total: int, c: int = c) -> None:
            if progress is not None:
                progress(c * iterations + done, chunks * iterations)

        a = e.iterate32(a, iterations - 1, report if progress is not None else None)
        a_bytes = a.to_bytes(DIGEST_SIZE, "little")
        out += a_bytes
        if c + 1 < chunks:
            b = int.from_bytes(a_bytes, "big") + 1
            for off in range(0, len(i_blocks), v):
                block = (int.from_bytes(i_blocks[off : off + v], "big") + b) % (1 << (8 * v))
                i_blocks[off : off + v] = block.to_bytes(v, "big")
    return out[:n]
