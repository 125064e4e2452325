"""Arithmetic in GF(2^m), polynomial basis, elements as Python ints (bit i = coefficient of x^i).

DSTU 4145 curves are over such fields with a trinomial or pentanomial modulus.  Pure Python:
multiplication is a 4-bit window over the hex digits of one operand, squaring spreads bits with
two ``bytes.translate`` calls (it is linear in char 2), reduction folds the high half back with
the few modulus terms.  All DSTU field sizes are odd, where half-trace solves z² + z = u
directly; an even m falls back to the general solution.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["Field", "clmul"]


def _spread4(x: int) -> int:
    r = 0
    for i in range(4):
        if x >> i & 1:
            r |= 1 << (2 * i)
    return r


# Squaring doubles every exponent: byte b becomes the two bytes spread(b & 15), spread(b >> 4).
_SQ_LO = bytes(_spread4(i & 15) for i in range(256))
_SQ_HI = bytes(_spread4(i >> 4) for i in range(256))


def _clsquare(a: int) -> int:
    """Carry-less square (no reduction)."""
    n = (a.bit_length() + 7) // 8
    b = a.to_bytes(n, "little")
    out = bytearray(2 * n)
    out[0::2] = b.translate(_SQ_LO)
    out[1::2] = b.translate(_SQ_HI)
    return int.from_bytes(out, "little")


def clmul(a: int, b: int) -> int:
    """Carry-less product of two polynomials (no reduction)."""
    if a.bit_length() < b.bit_length():
        a, b = b, a
    a2 = a << 1
    a4 = a << 2
    a8 = a << 3
    a6 = a4 ^ a2
    a12 = a8 ^ a4
    # Table indexed by ASCII codes of hex digits '0'..'9' (48..57), 'a'..'f' (97..102).
    t = [0] * 103
    t[49] = a
    t[50] = a2
    t[51] = a2 ^ a
    t[52] = a4
    t[53] = a4 ^ a
    t[54] = a6
    t[55] = a6 ^ a
    t[56] = a8
    t[57] = a8 ^ a
    t[97] = a8 ^ a2
    t[98] = a8 ^ a2 ^ a
    t[99] = a12
    t[100] = a12 ^ a
    t[101] = a12 ^ a2
    t[102] = a12 ^ a2 ^ a
    r = 0
    for d in format(b, "x").encode():
        r = (r << 4) ^ t[d]
    return r


def _poly_gcd(a: int, b: int) -> int:
    """gcd of two GF(2)[x] polynomials given as ints."""
    while b:
        while a and a.bit_length() >= b.bit_length():
            a ^= b << (a.bit_length() - b.bit_length())
        a, b = b, a
    return a


def _prime_factors(n: int) -> list[int]:
    out: list[int] = []
    p = 2
    while p * p <= n:
        if n % p == 0:
            out.append(p)
            while n % p == 0:
                n //= p
        p += 1
    if n > 1:
        out.append(n)
    return out


def _make_reduce(m: int, ks: tuple[int, ...]) -> Callable[[int], int]:
    """a mod f specialised for f's shape: the high part is folded back at each x^k."""
    mask = (1 << m) - 1
    if len(ks) == 2:  # trinomial x^m + x^k + 1
        k = ks[0]

        def reduce_tri(a: int) -> int:
            hi = a >> m
            while hi:
                a = (a & mask) ^ hi ^ (hi << k)
                hi = a >> m
            return a

        return reduce_tri
    if len(ks) == 4:  # pentanomial x^m + x^k1 + x^k2 + x^k3 + 1
        k1, k2, k3 = ks[0], ks[1], ks[2]

        def reduce_penta(a: int) -> int:
            hi = a >> m
            while hi:
                a = (a & mask) ^ hi ^ (hi << k1) ^ (hi << k2) ^ (hi << k3)
                hi = a >> m
            return a

        return reduce_penta

    def reduce_any(a: int) -> int:
        hi = a >> m
        while hi:
            a &= mask
            for k in ks:
                a ^= hi << k
            hi = a >> m
        return a

    return reduce_any


class Field:
    """GF(2^m) with modulus x^m + Σ x^k (k in ``ks``); elements are ints below 2^m.

    ``mul(a, b)``, ``sqr(a)`` and ``reduce(a)`` (a mod f for any a ≥ 0) are attributes bound
    to closures specialised for this modulus; the rest are ordinary methods.
    """

    __slots__ = ("_trace_mask", "ks", "m", "mask", "mul", "poly", "reduce", "sqr")

    def __init__(self, m: int, ks: Sequence[int]) -> None:
        """``ks``: the lower exponents of the modulus, e.g. (12, 0) or (7, 6, 3, 0) (0 optional)."""
        terms = sorted({int(k) for k in ks if int(k) != m} | {0}, reverse=True)
        if m < 2 or any(not 0 <= k < m for k in terms):
            raise ValueError("invalid field polynomial")
        self.m = m
        self.ks: tuple[int, ...] = tuple(terms)
        self.poly = (1 << m) | sum(1 << k for k in terms)
        self.mask = (1 << m) - 1
        # Hot operations are plain closures (no method dispatch, reduction inlined).
        reduce = _make_reduce(m, self.ks)
        self.reduce: Callable[[int], int] = reduce
        self.mul: Callable[[int, int], int] = lambda a, b: reduce(clmul(a, b)) if a and b else 0
        self.sqr: Callable[[int], int] = lambda a: reduce(_clsquare(a))
        self._trace_mask = self._compute_trace_mask()

    def __repr__(self) -> str:
        return f"Field(m={self.m}, ks={self.ks})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Field) and other.poly == self.poly

    def __hash__(self) -> int:
        return hash(self.poly)

    # --- basic operations (reduce, mul and sqr are set per field in __init__) ----------
    @staticmethod
    def add(a: int, b: int) -> int:
        """Addition is XOR."""
        return a ^ b

    def sqr_n(self, a: int, n: int) -> int:
        """a^(2^n): n repeated squarings."""
        reduce = self.reduce
        for _ in range(n):
            a = reduce(_clsquare(a))
        return a

    def inv(self, a: int) -> int:
        """a⁻¹ by the extended Euclidean algorithm on polynomials; ZeroDivisionError for 0."""
        a = self.reduce(a)
        if a == 0:
            raise ZeroDivisionError("inverse of zero in GF(2^m)")
        u, v = a, self.poly
        g1, g2 = 1, 0
        while u != 1:
            j = u.bit_length() - v.bit_length()
            if j < 0:
                u, v = v, u
                g1, g2 = g2, g1
                j = -j
            u ^= v << j
            g1 ^= g2 << j
            if u == 0:  # gcd(a, f) ≠ 1: only possible with a reducible modulus
                raise ZeroDivisionError("element not invertible (modulus is reducible)")
        return self.reduce(g1)

    def div(self, a: int, b: int) -> int:
        """a / b."""
        return self.mul(a, self.inv(b))

    def sqrt(self, a: int) -> int:
        """The unique square root: a^(2^(m-1))."""
        return self.sqr_n(self.reduce(a), self.m - 1)

    def is_irreducible(self) -> bool:
        """Rabin's test: x^(2^m) ≡ x mod f and gcd(x^(2^(m/p)) − x, f) = 1 for primes p | m.

        Untrusted explicit curve parameters must pass it: over a reducible modulus the
        "field" has zero divisors.
        """
        m = self.m

        def x_pow_2_pow(e: int) -> int:
            return self.sqr_n(2, e)  # the element x is the int 2

        if x_pow_2_pow(m) != 2:
            return False
        return all(_poly_gcd(x_pow_2_pow(m // p) ^ 2, self.poly) == 1 for p in _prime_factors(m))

    # --- trace and quadratic equations -------------------------------------------------
    def _compute_trace_mask(self) -> int:
        # Tr is GF(2)-linear: Tr(a) = parity(a & mask) with bit i of mask = Tr(x^i), the i-th
        # power sum of the roots of f.  Newton's identities give them from f's coefficients:
        # s_k = Σ_{j=1}^{k-1} c_{m-j}·s_{k-j} + k·c_{m-k}  (mod 2), s_0 = m mod 2.
        m = self.m
        coef = set(self.ks)
        sums = [m & 1]
        for k in range(1, m):
            v = (k & 1) if (m - k) in coef else 0
            for e in coef:
                j = m - e
                if 1 <= j < k:
                    v ^= sums[k - j]
            sums.append(v)
        return sum(1 << i for i, v in enumerate(sums) if v)

    def _trace_slow(self, a: int) -> int:
        t = a
        x = a
        for _ in range(self.m - 1):
            x = self.sqr(x)
            t ^= x
        return t

    def trace(self, a: int) -> int:
        """Tr(a) = a + a² + … + a^(2^(m-1)) ∈ {0, 1}."""
        return (a & self._trace_mask).bit_count() & 1

    def half_trace(self, a: int) -> int:
        """H(a) = Σ a^(2^(2i)), i = 0..(m-1)/2 (odd m only); solves z² + z = a if Tr(a) = 0."""
        if self.m % 2 == 0:
            raise ValueError("half-trace needs an odd m")
        a = self.reduce(a)
        h = a
        x = a
        for _ in range((self.m - 1) // 2):
            x = self.sqr(self.sqr(x))
            h ^= x
        return h

    def solve_quadratic(self, u: int) -> int | None:
        """A root z of z² + z = u, or None if there is none (Tr(u) = 1).

        The other root is z + 1.
        """
        u = self.reduce(u)
        if u == 0:
            return 0
        if self.trace(u):
            return None
        z = self.half_trace(u) if self.m % 2 else self._solve_even(u)
        if self.sqr(z) ^ z != u:  # pragma: no cover - would be an arithmetic bug
            return None
        return z

    def _solve_even(self, u: int) -> int:
        # IEEE P1363 A.4.7 (even m): τ of trace 1; z = 0, w = u;
        # m - 1 times: z = z² + w²·τ, w = w² + u.
        tau = next(1 << i for i in range(self.m) if self.trace(1 << i))
        z = 0
        w = u
        for _ in range(1, self.m):
            w_sq = self.sqr(w)
            z = self.sqr(z) ^ self.mul(w_sq, tau)
            w = w_sq ^ u
        return z
