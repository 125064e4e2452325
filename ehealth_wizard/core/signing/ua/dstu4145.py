"""DSTU 4145-2002 digital signatures on binary elliptic curves (polynomial basis).

Byte for byte as Ukrainian CAs and libraries (dstu-engine, jkurwa) do it: public key Q = −d·P,
the hash reversed into a field element, r truncated to bitlen(n) − 1 bits, the LE / BE signature
encodings, compressed points with the trace bit.  Pure Python; speed comes from López–Dahab
projective coordinates (no inversion per step), a per-curve fixed-base table (signed radix-32
digits, built once per process and curve, on the third use) for the signing nonce e·P, and for
verification one doubling chain computing s·P + r·Q with width-7 / width-5 NAF (Shamir).
Measured (m = 257, 2-core CI machine): sign ~4 ms, verify ~20 ms of CPU.  Not constant-time (no
pure-Python code is); the nonce comes from ``secrets`` and is never reused.

Private keys: Python ints are immutable and CPython never zeroes freed memory, so "wiping"
can only mean dropping every reference as early as possible: :class:`PrivateKey` keeps d in
one attribute, ``sign`` deletes its temporaries (the nonce, d·r) before returning, and
``destroy()`` (or leaving a ``with`` block) drops d itself.  The freed objects' bytes stay in
the heap until reused - that is as far as pure Python goes.
"""

from __future__ import annotations

import secrets
from functools import cache
from types import TracebackType
from typing import NamedTuple

from ehealth_wizard.core.signing.ua.dstu_curves import CURVE_OID_PREFIX, NAMED_CURVES
from ehealth_wizard.core.signing.ua.gf2m import Field

__all__ = [
    "Curve",
    "InvalidPoint",
    "InvalidSignatureEncoding",
    "Point",
    "PrivateKey",
    "compress",
    "compress_point",
    "curve_from_params",
    "curve_from_params_compressed",
    "decode_signature_be",
    "decode_signature_le",
    "decompress",
    "decompress_point",
    "encode_signature_be",
    "encode_signature_le",
    "hash_to_field",
    "named_curve",
    "named_curve_by_oid",
    "public_key_bytes_le",
    "public_key_from_bytes_le",
    "verify",
]


class InvalidPoint(ValueError):
    """Bytes or coordinates that are not a usable point of the curve."""


class InvalidSignatureEncoding(ValueError):
    """A signature value that cannot be split into (r, s)."""


class Point(NamedTuple):
    """An affine curve point; the point at infinity is represented by ``None``."""

    x: int
    y: int


_LD = tuple[int, int, int]  # López–Dahab (X, Y, Z): x = X/Z, y = Y/Z²; Z = 0 is infinity
_LD_INFINITY: _LD = (1, 0, 0)
_FIXED_W = 5  # fixed-base digit width (signed radix 2^5, 16 points per window)
_WNAF_W = 5  # variable-base NAF width (8 odd multiples)
_BASE_WNAF_W = 7  # NAF width for P inside mul_add (32 cached odd multiples)
_FIXED_AFTER_USES = 3  # build the fixed-base table on the third k·P of a curve


class Curve:
    """y² + xy = x³ + a·x² + b over GF(2^m) with base point ``base`` of prime order ``n``."""

    __slots__ = (
        "_base_odd",
        "_base_uses",
        "_fixed",
        "a",
        "b",
        "base",
        "field",
        "index",
        "ks",
        "m",
        "n",
    )

    def __init__(
        self,
        m: int,
        ks: tuple[int, ...],
        a: int,
        b: int,
        n: int,
        base: Point,
        index: int | None = None,
    ) -> None:
        self.field = Field(m, ks)
        self.m = m
        self.ks = self.field.ks
        self.a = a
        self.b = b
        self.n = n
        self.base = base
        self.index = index
        self._fixed: list[list[Point]] | None = None
        self._base_uses = 0
        self._base_odd: tuple[list[Point], list[Point]] | None = None

    # --- facts ---------------------------------------------------------------------------
    @property
    def oid(self) -> str | None:
        """The named-curve OID, or None for a curve that is not one of the ten."""
        return None if self.index is None else CURVE_OID_PREFIX + str(self.index)

    @property
    def exponents(self) -> tuple[int, ...]:
        """All exponents of the field polynomial, highest first: (m, k, ..., 0)."""
        return (self.m, *self.ks)

    @property
    def field_bytes(self) -> int:
        """⌈m/8⌉: the length of a compressed point and of a field element."""
        return (self.m + 7) // 8

    @property
    def signature_half_bytes(self) -> int:
        """L = byte length of n: each of r and s in the encodings."""
        return (self.n.bit_length() + 7) // 8

    def params(self) -> tuple[int, tuple[int, ...], int, int, int, int, int]:
        """(m, ks, a, b, n, base x, base y): equal params mean the same curve."""
        return (self.m, self.ks, self.a, self.b, self.n, self.base.x, self.base.y)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Curve) and other.params() == self.params()

    def __hash__(self) -> int:
        return hash(self.params())

    def __repr__(self) -> str:
        name = f"index={self.index}" if self.index is not None else "explicit"
        return f"Curve(m={self.m}, {name})"

    def is_on_curve(self, p: Point | None) -> bool:
        """True for affine points satisfying the equation (infinity is not "on" it here)."""
        if p is None:
            return False
        f = self.field
        x, y = p
        if x >> self.m or y >> self.m or x < 0 or y < 0:
            return False
        x2 = f.sqr(x)
        lhs = f.sqr(y) ^ f.mul(x, y)
        rhs = f.mul(x2, x) ^ f.mul(self.a, x2) ^ self.b
        return lhs == rhs

    # --- affine group law (reference and table building) --------------------------------
    @staticmethod
    def negate(p: Point | None) -> Point | None:
        """−(x, y) = (x, x + y)."""
        return None if p is None else Point(p.x, p.x ^ p.y)

    def add(self, p: Point | None, q: Point | None) -> Point | None:
        """Affine addition (one inversion)."""
        if p is None:
            return q
        if q is None:
            return p
        if p.x == q.x:
            return self.double(p) if p.y == q.y else None
        f = self.field
        lam = f.mul(p.y ^ q.y, f.inv(p.x ^ q.x))
        x3 = f.sqr(lam) ^ lam ^ p.x ^ q.x ^ self.a
        return Point(x3, f.mul(lam, p.x ^ x3) ^ x3 ^ p.y)

    def double(self, p: Point | None) -> Point | None:
        """Affine doubling (one inversion)."""
        if p is None or p.x == 0:
            return None
        f = self.field
        lam = p.x ^ f.mul(p.y, f.inv(p.x))
        x3 = f.sqr(lam) ^ lam ^ self.a
        return Point(x3, f.sqr(p.x) ^ f.mul(lam ^ 1, x3))

    # --- López–Dahab core ------------------------------------------------------------------
    def _ld_double(self, p: _LD) -> _LD:
        x1, y1, z1 = p
        if z1 == 0 or x1 == 0:
            return _LD_INFINITY
        f = self.field
        mul, sqr = f.mul, f.sqr
        x1s = sqr(x1)
        z1s = sqr(z1)
        z3 = mul(x1s, z1s)
        bz4 = mul(self.b, sqr(z1s))
        x3 = sqr(x1s) ^ bz4
        t = sqr(y1) ^ bz4
        a = self.a
        if a == 1:
            t ^= z3
        elif a:
            t ^= mul(a, z3)
        return (x3, mul(bz4, z3) ^ mul(x3, t), z3)

    def _ld_add_affine(self, p: _LD, q: Point) -> _LD:
        """P (López–Dahab) + Q (affine), Guide to ECC alg. 3.25."""
        x1, y1, z1 = p
        x2, y2 = q
        if z1 == 0:
            return (x2, y2, 1)
        f = self.field
        mul, sqr = f.mul, f.sqr
        t1 = mul(z1, x2)
        t2 = sqr(z1)
        x3 = x1 ^ t1
        t1 = mul(z1, x3)
        t3 = mul(t2, y2)
        y3 = y1 ^ t3
        if x3 == 0:
            if y3 == 0:
                return self._ld_double((x2, y2, 1))
            return _LD_INFINITY
        z3 = sqr(t1)
        t3 = mul(t1, y3)
        a = self.a
        if a == 1:
            t1 ^= t2
        elif a:
            t1 ^= mul(a, t2)
        x3 = mul(sqr(x3), t1) ^ sqr(y3) ^ t3
        t2 = mul(x2, z3) ^ x3
        t1 = sqr(z3)
        t3 ^= z3
        y3 = mul(t3, t2) ^ mul(x2 ^ y2, t1)
        return (x3, y3, z3)

    def _to_affine(self, p: _LD) -> Point | None:
        x, y, z = p
        if z == 0:
            return None
        f = self.field
        zi = f.inv(z)
        return Point(f.mul(x, zi), f.mul(y, f.sqr(zi)))

    # --- scalar multiplication -------------------------------------------------------------
    def mul(self, k: int, p: Point | None) -> Point | None:
        """k·P for any point (width-5 NAF, López–Dahab); k is taken as is (not mod n)."""
        if p is None or k == 0:
            return None
        if k < 0:
            return self.mul(-k, self.negate(p))
        return self._to_affine(self._mul_ld(k, p))

    def _mul_ld(self, k: int, p: Point) -> _LD:
        odd = self._odd_multiples(p)
        acc = _LD_INFINITY
        double, add = self._ld_double, self._ld_add_affine
        if len(odd) < 1 << (_WNAF_W - 2):  # a point of tiny order: plain double-and-add
            for bit in bin(k)[2:]:
                acc = double(acc)
                if bit == "1":
                    acc = add(acc, p)
            return acc
        neg = [Point(q.x, q.x ^ q.y) for q in odd]
        for d in reversed(_wnaf(k, _WNAF_W)):
            acc = double(acc)
            if d > 0:
                acc = add(acc, odd[d >> 1])
            elif d < 0:
                acc = add(acc, neg[(-d) >> 1])
        return acc

    def _odd_multiples(self, p: Point) -> list[Point]:
        """P, 3P, 5P, …, (2^(w-1) - 1)P in affine form (fewer if P has tiny order)."""
        odd = [p]
        twice = self.double(p)
        for _ in range((1 << (_WNAF_W - 2)) - 1):
            nxt = self.add(odd[-1], twice)
            if twice is None or nxt is None:  # order < 16: never in a curve's prime subgroup
                break
            odd.append(nxt)
        return odd

    def _fixed_table(self) -> list[list[Point]]:
        table = self._fixed
        if table is None:
            table = _fixed_base_table(self)
            self._fixed = table
        return table

    def mul_base(self, k: int) -> Point | None:
        """k·P for the base point; from the third call on via the cached fixed-base table."""
        return self._to_affine(self._mul_base_ld(k % self.n))

    def _mul_base_ld(self, k: int) -> _LD:
        if self._fixed is None:
            # The table costs ~30 plain multiplications to build: a process that signs or
            # verifies once (the CLI) is faster without it; from the third use on, build it.
            self._base_uses += 1
            if self._base_uses < _FIXED_AFTER_USES:
                return self._mul_ld(k, self.base) if k else _LD_INFINITY
        table = self._fixed_table()
        acc = _LD_INFINITY
        add = self._ld_add_affine
        for i, d in enumerate(_signed_digits(k, _FIXED_W)):
            if d > 0:
                acc = add(acc, table[i][d - 1])
            elif d < 0:
                q = table[i][-d - 1]
                acc = add(acc, Point(q.x, q.x ^ q.y))
        return acc

    def mul_add(self, k1: int, k2: int, q: Point) -> Point | None:
        """k1·P + k2·Q (P the base point) - the verification equation.

        One shared doubling chain (Shamir's trick): width-7 NAF over 32 cached odd multiples
        of P, width-5 NAF over 8 odd multiples of Q.
        """
        k1 %= self.n
        odd_q = self._odd_multiples(q)
        if len(odd_q) < 1 << (_WNAF_W - 2):  # Q of tiny order: no shortcuts
            s = self.mul_base(k1)
            r = self._mul_ld(k2, q) if k2 else _LD_INFINITY
            return self._to_affine(r if s is None else self._ld_add_affine(r, s))
        neg_q = [Point(p.x, p.x ^ p.y) for p in odd_q]
        odd_p, neg_p = self._base_odd_multiples()
        dp = _wnaf(k1, _BASE_WNAF_W) if k1 else []
        dq = _wnaf(k2, _WNAF_W) if k2 else []
        dp += [0] * (len(dq) - len(dp))
        dq += [0] * (len(dp) - len(dq))
        acc = _LD_INFINITY
        double, add = self._ld_double, self._ld_add_affine
        for i in range(len(dp) - 1, -1, -1):
            acc = double(acc)
            d = dp[i]
            if d > 0:
                acc = add(acc, odd_p[d >> 1])
            elif d < 0:
                acc = add(acc, neg_p[(-d) >> 1])
            d = dq[i]
            if d > 0:
                acc = add(acc, odd_q[d >> 1])
            elif d < 0:
                acc = add(acc, neg_q[(-d) >> 1])
        return self._to_affine(acc)

    def _base_odd_multiples(self) -> tuple[list[Point], list[Point]]:
        cached = self._base_odd
        if cached is None:
            odd = [self.base]
            twice = self.double(self.base)
            for _ in range((1 << (_BASE_WNAF_W - 2)) - 1):
                nxt = self.add(odd[-1], twice)
                if nxt is None:  # pragma: no cover - the base point has a large prime order
                    raise InvalidPoint("base point of tiny order")
                odd.append(nxt)
            cached = (odd, [Point(p.x, p.x ^ p.y) for p in odd])
            self._base_odd = cached
        return cached


def _wnaf(k: int, w: int) -> list[int]:
    """Width-w NAF digits of k > 0, least significant first."""
    digits: list[int] = []
    full = 1 << w
    half = 1 << (w - 1)
    while k:
        if k & 1:
            d = k & (full - 1)
            if d >= half:
                d -= full
            k -= d
        else:
            d = 0
        digits.append(d)
        k >>= 1
    return digits


def _signed_digits(k: int, w: int) -> list[int]:
    """k = Σ d_i·2^(w·i) with d_i in [−2^(w−1), 2^(w−1)], least significant first."""
    digits: list[int] = []
    full = 1 << w
    half = 1 << (w - 1)
    mask = full - 1
    while k:
        d = k & mask
        k >>= w
        if d > half:
            d -= full
            k += 1
        digits.append(d)
    return digits


def _fixed_base_table(curve: Curve) -> list[list[Point]]:
    """table[i][j − 1] = j·2^(5i)·P for j = 1..16 (affine), enough windows for any k < n."""
    windows = (curve.n.bit_length() + 1) // _FIXED_W + 2
    half = 1 << (_FIXED_W - 1)
    table: list[list[Point]] = []
    b: Point | None = curve.base
    for _ in range(windows):
        if b is None:  # pragma: no cover - only for a base point of tiny order
            break
        row = [b]
        b2 = curve.double(b)
        acc: Point | None = b2
        for _ in range(half - 1):
            if acc is None:  # pragma: no cover
                break
            row.append(acc)
            acc = curve.add(acc, b)
        if len(row) < half:  # pragma: no cover - tiny-order points only
            break
        table.append(row)
        b = curve.double(row[-1])
    return table


# --- curves ------------------------------------------------------------------------------


@cache
def named_curve(index: int) -> Curve:
    """One of the ten standard curves (OID 1.2.804.2.1.1.1.1.3.1.1.2.<index>)."""
    if not 0 <= index < len(NAMED_CURVES):
        raise ValueError(f"no DSTU 4145 named curve {index}")
    idx, m, ks, a, b, n, px, py = NAMED_CURVES[index]
    return Curve(m, ks, a, b, n, Point(px, py), index=idx)


def named_curve_by_oid(oid: str) -> Curve:
    """The named curve for its dotted OID; ValueError if it is not one of the ten."""
    if not oid.startswith(CURVE_OID_PREFIX) or not oid[len(CURVE_OID_PREFIX) :].isdigit():
        raise ValueError(f"not a DSTU 4145 named-curve OID: {oid}")
    return named_curve(int(oid[len(CURVE_OID_PREFIX) :]))


def _named_index(params: tuple[int, tuple[int, ...], int, int, int, int, int]) -> int | None:
    for i in range(len(NAMED_CURVES)):
        if named_curve(i).params() == params:
            return i
    return None


_MAX_M = 571  # DSTU 4145 field sizes stop at 509; bounds the work for hostile parameters


def _probably_prime(n: int) -> bool:
    """Miller–Rabin with fixed bases (enough to reject garbage orders in parameters)."""
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)
    for p in small:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


_explicit_cache: dict[tuple[int, tuple[int, ...], int, int, int, int, int], Curve] = {}


def curve_from_params(
    m: int,
    ks: tuple[int, ...] | list[int],
    a: int,
    b: int,
    n: int,
    base_x: int,
    base_y: int | None = None,
) -> Curve:
    """A curve from explicit parameters (certificates, Key-6.dat), checked before use.

    With ``base_y`` omitted, ``base_x`` is the *compressed* base point (ECBinary ``bp`` read
    little-endian), as in :func:`curve_from_params_compressed`.

    ``ks`` are the lower exponents of the field polynomial (trinomial: one, pentanomial:
    three; a trailing 0 is optional).  A curve equal to a named one is that named curve (so
    its fixed-base table is shared).  Raises ValueError / InvalidPoint for parameters that
    cannot be a DSTU 4145 curve: bad polynomial, a ∉ {0, 1}, b = 0, base point not on the
    curve, n·P ≠ O.
    """
    if not 3 <= m <= _MAX_M:
        raise ValueError("unsupported field size")
    field = Field(m, tuple(ks))
    if len(field.ks) not in (2, 4):
        raise ValueError("DSTU 4145 field polynomials are trinomials or pentanomials")
    if a not in (0, 1):
        raise ValueError("DSTU 4145 curves have A = 0 or 1")
    if not 0 < b < (1 << m):
        raise ValueError("invalid curve coefficient B")
    if n < 3 or n.bit_length() > m + 1:
        raise ValueError("invalid base point order")
    if base_y is None:
        if not field.is_irreducible():
            raise ValueError("field polynomial is reducible")
        probe = Curve(m, field.ks, a, b, n, Point(0, 0))
        base_x, base_y = decompress_point(probe, base_x)
    key = (m, field.ks, a, b, n, base_x, base_y)
    index = _named_index(key)
    if index is not None:
        return named_curve(index)
    cached = _explicit_cache.get(key)
    if cached is not None:
        return cached
    if not field.is_irreducible():
        raise ValueError("field polynomial is reducible")
    if not _probably_prime(n):
        raise ValueError("base point order is not prime")
    curve = Curve(m, field.ks, a, b, n, Point(base_x, base_y))
    if not curve.is_on_curve(curve.base):
        raise InvalidPoint("base point is not on the curve")
    if curve.mul(n, curve.base) is not None:
        raise InvalidPoint("base point order is not n")
    if len(_explicit_cache) > 16:
        _explicit_cache.clear()
    _explicit_cache[key] = curve
    return curve


def curve_from_params_compressed(
    m: int, ks: tuple[int, ...] | list[int], a: int, b: int, n: int, base_compressed: int
) -> Curve:
    """As :func:`curve_from_params` with the base point compressed (ECBinary ``bp``)."""
    return curve_from_params(m, ks, a, b, n, base_compressed, None)


# --- point compression (DSTU 4145 §6.9) ----------------------------------


def compress_point(curve: Curve, p: Point) -> int:
    """x with its lowest bit replaced by Tr(y/x); 0 for x = 0."""
    f = curve.field
    if p.x == 0:
        return 0
    t = f.trace(f.mul(p.y, f.inv(p.x)))
    return (p.x & ~1) | t


def decompress_point(curve: Curve, value: int) -> Point:
    """Inverse of :func:`compress_point`; InvalidPoint if no such point exists."""
    f = curve.field
    if value < 0 or value >> curve.m:
        raise InvalidPoint("compressed point out of range")
    if value == 0:
        return Point(0, f.sqrt(curve.b))
    k = value & 1
    x = value & ~1
    if f.trace(x) != f.trace(curve.a):
        x |= 1
    if x == 0:
        raise InvalidPoint("compressed point decodes to x = 0")
    x2 = f.sqr(x)
    w = x ^ curve.a ^ f.mul(curve.b, f.inv(x2))
    z = f.solve_quadratic(w)
    if z is None:
        raise InvalidPoint("compressed point is not on the curve")
    if f.trace(z) != k:
        z ^= 1
    return Point(x, f.mul(z, x))


def compress(curve: Curve, p: Point) -> bytes:
    """Alias of :func:`public_key_bytes_le` (compressed point, LE, ⌈m/8⌉ bytes)."""
    return public_key_bytes_le(curve, p)


def decompress(curve: Curve, data: bytes | bytearray) -> Point:
    """Alias of :func:`public_key_from_bytes_le`; InvalidPoint (a ValueError) if invalid."""
    return public_key_from_bytes_le(curve, data)


def public_key_bytes_le(curve: Curve, q: Point) -> bytes:
    """The compressed public key as stored in SPKI: little-endian, ⌈m/8⌉ bytes."""
    return compress_point(curve, q).to_bytes(curve.field_bytes, "little")


def public_key_from_bytes_le(curve: Curve, data: bytes | bytearray) -> Point:
    """Parse (and validate) a compressed little-endian public key."""
    if len(data) != curve.field_bytes:
        raise InvalidPoint("public key length does not match the curve")
    q = decompress_point(curve, int.from_bytes(data, "little"))
    if not curve.is_on_curve(q):  # pragma: no cover - decompression already guarantees it
        raise InvalidPoint("public key is not on the curve")
    return q


# --- signatures -----------------------------------------------------------------------------


def hash_to_field(curve: Curve, hash32: bytes | bytearray) -> int:
    """The hash read little-endian, cut to m bits; 0 becomes 1 (dstu-engine hash_to_field)."""
    h = int.from_bytes(hash32, "little")
    if h.bit_length() > curve.m:
        h &= (1 << curve.m) - 1
    return h or 1


def _truncate(curve: Curve, y: int) -> int:
    return y & ((1 << (curve.n.bit_length() - 1)) - 1)


class PrivateKey:
    """A DSTU 4145 signing key d on ``curve``; drop it with ``destroy()`` or a ``with`` block."""

    __slots__ = ("_d", "curve")

    def __init__(self, curve: Curve, d: int) -> None:
        if not 0 < d < curve.n:
            raise ValueError("private key out of range")
        self.curve = curve
        self._d: int | None = d

    def __enter__(self) -> PrivateKey:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.destroy()

    def __repr__(self) -> str:
        return f"PrivateKey({self.curve!r}, <{'destroyed' if self._d is None else 'hidden'}>)"

    def destroy(self) -> None:
        """Drop the reference to d (see the module docstring for what Python can and cannot do)."""
        self._d = None

    def _require(self) -> int:
        if self._d is None:
            raise ValueError("private key was destroyed")
        return self._d

    def public_key(self) -> Point:
        """Q = −d·P."""
        q = self.curve.mul_base(self._require())
        if q is None:  # pragma: no cover - d in [1, n-1] never gives infinity
            raise ValueError("degenerate key")
        return Point(q.x, q.x ^ q.y)

    def sign(self, hash32: bytes | bytearray) -> tuple[int, int]:
        """(r, s) over a 32-byte GOST 34.311 hash; a fresh nonce each time."""
        curve = self.curve
        f = curve.field
        n = curve.n
        h = hash_to_field(curve, hash32)
        while True:
            e = 1 + secrets.randbelow(n - 1)
            rp = curve.mul_base(e)
            if rp is None or rp.x == 0:
                continue
            r = _truncate(curve, f.mul(h, rp.x))
            if r == 0:
                continue
            dr = self._require() * r
            s = (e + dr) % n
            del dr, e
            if s:
                return r, s

    def sign_le(self, hash32: bytes | bytearray) -> bytes:
        """The signature in the LE form CMS carries (r_LE ‖ s_LE)."""
        r, s = self.sign(hash32)
        return encode_signature_le(self.curve, r, s)


def verify(curve: Curve, q: Point, hash32: bytes | bytearray, r: int, s: int) -> bool:
    """Check (r, s) over a 32-byte hash against public key Q; False for anything invalid."""
    n = curve.n
    if not (0 < r < n and 0 < s < n):
        return False
    if not curve.is_on_curve(q):
        return False
    rp = curve.mul_add(s, r, q)
    if rp is None:
        return False
    y = curve.field.mul(hash_to_field(curve, hash32), rp.x)
    return _truncate(curve, y) == r


def encode_signature_be(curve: Curve, r: int, s: int) -> bytes:
    """The "BE" form: s ‖ r, each L bytes big-endian (L = byte length of n)."""
    size = curve.signature_half_bytes
    return s.to_bytes(size, "big") + r.to_bytes(size, "big")


def encode_signature_le(curve: Curve, r: int, s: int) -> bytes:
    """The "LE" form (algorithm 1.2.804.2.1.1.1.1.3.1.1): reversed BE = r_LE ‖ s_LE."""
    return encode_signature_be(curve, r, s)[::-1]


def decode_signature_be(curve: Curve, data: bytes | bytearray) -> tuple[int, int]:
    """(r, s) from the BE form; any even length is split in halves, as dstu-engine does."""
    if not data or len(data) % 2:
        raise InvalidSignatureEncoding("signature length must be even")
    half = len(data) // 2
    return int.from_bytes(data[half:], "big"), int.from_bytes(data[:half], "big")


def decode_signature_le(curve: Curve, data: bytes | bytearray) -> tuple[int, int]:
    """(r, s) from the LE form (the 2L raw bytes of a CMS SignerInfo.signature)."""
    return decode_signature_be(curve, bytes(data)[::-1])
