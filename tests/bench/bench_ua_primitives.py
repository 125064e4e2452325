"""Benchmarks of the Ukrainian primitives (pytest-benchmark; medians, never timed assertions).

Run: .venv/bin/python -m pytest tests/bench/bench_ua_primitives.py -p no:xdist
Each benchmark also checks its result, so a broken primitive cannot look fast.  When
benchmarking is disabled (the suite runs under xdist, or --benchmark-disable) the bodies run
once on reduced sizes (``_size``), so the suite stays fast while still exercising the code.
"""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from ehealth_wizard.core.signing.ua import dstu4145, gost34311
from ehealth_wizard.core.signing.ua.gost28147 import Gost28147

pytest.importorskip("pytest_benchmark")

ITERATIONS = 10_000


def _size(benchmark: Any, full: int, reduced: int) -> int:
    return reduced if benchmark.disabled else full


@pytest.fixture(scope="module")
def key257() -> tuple[dstu4145.PrivateKey, dstu4145.Point]:
    curve = dstu4145.named_curve(6)
    key = dstu4145.PrivateKey(curve, 1 + secrets.randbelow(curve.n - 1))
    curve._fixed_table()  # build the fixed-base table outside the measurement
    return key, key.public_key()


def test_bench_dstu4145_sign_257(
    benchmark: Any, key257: tuple[dstu4145.PrivateKey, dstu4145.Point]
) -> None:
    key, q = key257
    h = secrets.token_bytes(32)
    r, s = benchmark(key.sign, h)
    assert dstu4145.verify(key.curve, q, h, r, s)


def test_bench_dstu4145_verify_257(
    benchmark: Any, key257: tuple[dstu4145.PrivateKey, dstu4145.Point]
) -> None:
    key, q = key257
    h = secrets.token_bytes(32)
    r, s = key.sign(h)
    assert benchmark(dstu4145.verify, key.curve, q, h, r, s)


def test_bench_dstu4145_fixed_base_table_257(benchmark: Any) -> None:
    """One-time cost per process and curve (first signature / verification)."""
    curve = dstu4145.named_curve(6)
    table = benchmark.pedantic(dstu4145._fixed_base_table, args=(curve,), rounds=3)
    assert table[0][0] == curve.base


def test_bench_gost34311_1mb(benchmark: Any) -> None:
    data = secrets.token_bytes(_size(benchmark, 1 << 20, 1 << 12))
    digest = benchmark.pedantic(gost34311.gost34311, args=(data,), rounds=3)
    assert len(digest) == 32


def test_bench_gost28147_ecb_64kb(benchmark: Any) -> None:
    cipher = Gost28147(secrets.token_bytes(32))
    data = secrets.token_bytes(1 << 16)
    out = benchmark.pedantic(cipher.ecb_encrypt, args=(data,), rounds=3)
    assert cipher.ecb_decrypt(out) == data


def test_bench_key6_kdf_10000(benchmark: Any) -> None:
    """The Key-6.dat password step: 10 000 GOST 34.311 hashes."""
    count = _size(benchmark, ITERATIONS, 50)
    key = benchmark.pedantic(gost34311.iterated_hash, args=(b"tect4", count), rounds=3)
    assert len(key) == 32


def test_bench_pbkdf2_gost_10000(benchmark: Any) -> None:
    salt = secrets.token_bytes(32)
    count = _size(benchmark, ITERATIONS, 50)
    key = benchmark.pedantic(
        gost34311.pbkdf2_gost34311, args=(b"testplat2021", salt, count), rounds=3
    )
    assert len(key) == 32


def test_bench_pkcs12_kdf_gost_10000(benchmark: Any) -> None:
    salt = secrets.token_bytes(32)
    password = "testplat2021".encode("utf-16-be") + b"\0\0"
    count = _size(benchmark, ITERATIONS, 50)
    key = benchmark.pedantic(
        gost34311.pkcs12_kdf_gost34311, args=(password, salt, count, 3, 32), rounds=3
    )
    assert len(key) == 32
