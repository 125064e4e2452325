"""GF(2^m) polynomial-basis arithmetic: field laws (hypothesis) and a bit-by-bit reference."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ehealth_wizard.core.signing.ua.dstu_curves import NAMED_CURVES
from ehealth_wizard.core.signing.ua.gf2m import Field, clmul

FIELDS = [Field(c[1], c[2]) for c in NAMED_CURVES]
F257 = Field(257, (12, 0))
F163 = Field(163, (7, 6, 3))  # pentanomial, trailing 0 optional
F8 = Field(8, (4, 3, 1, 0))  # AES field: an even m exercises the general quadratic solver

elements = st.integers(min_value=0, max_value=(1 << 257) - 1)
nonzero = st.integers(min_value=1, max_value=(1 << 257) - 1)
small = settings(max_examples=60, deadline=None)


def ref_clmul(a: int, b: int) -> int:
    r = 0
    while b:
        if b & 1:
            r ^= a
        a <<= 1
        b >>= 1
    return r


def ref_mod(a: int, poly: int) -> int:
    d = poly.bit_length() - 1
    while a.bit_length() - 1 >= d:
        a ^= poly << (a.bit_length() - 1 - d)
    return a


def test_field_construction() -> None:
    assert F257.poly == (1 << 257) | (1 << 12) | 1
    assert F163.poly == (1 << 163) | (1 << 7) | (1 << 6) | (1 << 3) | 1
    assert F163.ks == (7, 6, 3, 0)
    assert Field(257, (12,)) == F257
    assert hash(Field(257, (12,))) == hash(F257)
    with pytest.raises(ValueError):
        Field(10, (12,))


@small
@given(elements, elements)
def test_clmul_and_mul_against_reference(a: int, b: int) -> None:
    assert clmul(a, b) == ref_clmul(a, b)
    for f in (F257, FIELDS[9]):
        x, y = f.reduce(a), f.reduce(b)
        assert x == ref_mod(a, f.poly)
        assert f.mul(x, y) == ref_mod(ref_clmul(x, y), f.poly)
        assert f.sqr(x) == f.mul(x, x)


@small
@given(elements, elements, elements)
def test_ring_laws(a: int, b: int, c: int) -> None:
    f = F257
    a, b, c = f.reduce(a), f.reduce(b), f.reduce(c)
    assert f.mul(f.mul(a, b), c) == f.mul(a, f.mul(b, c))
    assert f.mul(a, b) == f.mul(b, a)
    assert f.mul(a, b ^ c) == f.mul(a, b) ^ f.mul(a, c)
    assert f.mul(a, 1) == a
    assert f.add(a, a) == 0


@small
@given(nonzero)
def test_inverse_and_division(a: int) -> None:
    for f in (F257, F163, FIELDS[7]):
        x = f.reduce(a) or 1
        assert f.mul(x, f.inv(x)) == 1
        assert f.div(x, x) == 1
    with pytest.raises(ZeroDivisionError):
        F257.inv(0)


@small
@given(elements)
def test_sqrt_trace_half_trace(a: int) -> None:
    for f in (F257, F163):
        x = f.reduce(a)
        r = f.sqrt(x)
        assert f.sqr(r) == x
        assert f.trace(x) == f._trace_slow(x)
        assert f.trace(x) in (0, 1)
        # trace is additive and Tr(a²) = Tr(a)
        assert f.trace(f.sqr(x)) == f.trace(x)
        z = f.solve_quadratic(x)
        if f.trace(x) == 0:
            assert z is not None
            assert f.sqr(z) ^ z == x
            assert f.sqr(z ^ 1) ^ (z ^ 1) == x  # the other root
        else:
            assert z is None


def test_trace_is_linear_and_balanced_small_field() -> None:
    f = F8
    traces = [f.trace(a) for a in range(256)]
    assert sum(traces) == 128  # half the elements have trace 1
    for a in range(0, 256, 7):
        for b in range(0, 256, 11):
            assert f.trace(a ^ b) == traces[a] ^ traces[b]


def test_quadratic_solver_even_m_exhaustive() -> None:
    f = F8
    for u in range(256):
        z = f.solve_quadratic(u)
        if f.trace(u):
            assert z is None
        else:
            assert z is not None
            assert f.sqr(z) ^ z == u
    with pytest.raises(ValueError):
        f.half_trace(3)


def test_all_named_fields_basic_identities() -> None:
    for f in FIELDS:
        x = (1 << (f.m - 1)) | 0x5A5A5
        assert f.mul(x, f.inv(x)) == 1
        assert f.sqr(f.sqrt(x)) == x
        assert f.trace(1) == f.m % 2
        h = f.half_trace(x ^ f.trace(x))  # u with trace 0 (odd m: Tr(1) = 1)
        u = x ^ f.trace(x)
        assert f.sqr(h) ^ h == u


def test_irreducibility_check() -> None:
    for f in [*FIELDS, F8]:
        assert f.is_irreducible()
    reducible = Field(8, (0,))  # x^8 + 1 = (x + 1)^8
    assert not reducible.is_irreducible()
    with pytest.raises(ZeroDivisionError):
        reducible.inv(0b11)  # x + 1 divides the modulus
    # against trial division for every trinomial and pentanomial of small degree
    for n in range(3, 13):
        for ks in [(k,) for k in range(1, n)] + [
            (k, j, i) for k in range(3, n) for j in range(2, k) for i in range(1, j)
        ]:
            f = Field(n, ks)
            divisible = any(ref_mod(f.poly, d) == 0 for d in range(2, 1 << (n // 2 + 1)))
            assert f.is_irreducible() == (not divisible), (n, ks)
