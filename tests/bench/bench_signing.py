"""Signing costs: open a PKCS#12, sign a 4 KB registration (CAdES-BES, and CAdES-T with a local
TSP on 127.0.0.1), verify. Run: .venv/bin/python -m pytest tests/bench/bench_signing.py"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.keys import Signer, open_key
from ehealth_wizard.sandbox.qtsp import IssuedKey, TestQTSP
from ehealth_wizard.sandbox.qtsp_app import serve_qtsp

PASSWORD = "bench-password"


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[TestQTSP, IssuedKey]]:
    qtsp = TestQTSP.create()
    with serve_qtsp(qtsp):
        issued = qtsp.issue(
            surname="Бондаренко", given_names="Андрій", rnokpp="2800411372", edrpou="43127656"
        )
        yield qtsp, issued


@pytest.fixture(scope="module")
def content() -> bytes:
    """A registration-sized JSON document of exactly 4096 bytes."""
    doc = {"edrpou": "43127656", "owner": {"last_name": "Бондаренко"}, "note": ""}
    base = len(json.dumps(doc, ensure_ascii=False).encode())
    doc["note"] = "x" * (4096 - base)
    data = json.dumps(doc, ensure_ascii=False).encode()
    assert len(data) == 4096
    return data


@pytest.fixture(scope="module")
def signer(world: tuple[TestQTSP, IssuedKey]) -> Signer:
    return world[1].signer()


def test_open_pkcs12(benchmark, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "key.pfx"
    path.write_bytes(world[1].pkcs12(PASSWORD))
    signer = benchmark(open_key, path, PASSWORD)
    assert signer.certificate.dump() == world[1].certificate.dump()


def test_sign_bes_4k(benchmark, signer: Signer, content: bytes) -> None:  # type: ignore[no-untyped-def]
    der = benchmark(sign_cades, content, signer, tsp_url=None)
    assert verify_cades(der).valid


def test_sign_t_4k_local_tsp(benchmark, world, signer: Signer, content: bytes) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client() as http:
        der = benchmark(sign_cades, content, signer, tsp_url=world[0].tsp_url, http=http)
    assert verify_cades(der).signer.timestamp is not None


def test_verify_t_4k(benchmark, world, signer: Signer, content: bytes) -> None:  # type: ignore[no-untyped-def]
    der = sign_cades(content, signer, tsp_url=world[0].tsp_url)
    result = benchmark(verify_cades, der, trusted=[world[0].ca_cert])
    assert result.valid


def test_verify_t_4k_large_trust_list(benchmark, world, signer: Signer, content: bytes) -> None:  # type: ignore[no-untyped-def]
    """A trust list's size: 300 CA certificates, 30 of them under the issuer's own name."""
    from tests.fixtures.decoys import decoys

    der = sign_cades(content, signer, tsp_url=world[0].tsp_url)
    trusted = [*decoys(300, same_name=world[0].ca_cert), world[0].ca_cert]
    result = benchmark(verify_cades, der, trusted=trusted)
    assert result.valid and result.signer.trusted
