"""Ukrainian containers and DSTU CAdES costs (issue targets: Key-6.dat unlock <= 3 s, PKCS#12
unlock <= 6 s): unlock the public vectors (KDF included) through the reader chain, sign a 4 KB
registration as DSTU CAdES-BES, verify it.
Run: .venv/bin/python -m pytest tests/bench/bench_ua_containers.py"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.containers import load_container
from ehealth_wizard.core.signing.containers.dstu_key import DstuPrivateKey
from ehealth_wizard.core.signing.dstu_signer import DstuSigner
from tests.signing import ua_keys as V

V_TIME = datetime(2018, 10, 23, tzinfo=UTC)  # inside SELF_SIGNED1.cer's validity


@pytest.fixture(scope="module")
def content() -> bytes:
    """A registration-sized JSON document of exactly 4096 bytes."""
    doc = {"edrpou": "43127656", "owner": {"last_name": "Бондаренко"}, "note": ""}
    base = len(json.dumps(doc, ensure_ascii=False).encode())
    doc["note"] = "x" * (4096 - base)
    data = json.dumps(doc, ensure_ascii=False).encode()
    assert len(data) == 4096
    return data


def _unlock(path_bytes: bytes, password: bytes) -> int:
    entries = load_container(path_bytes, password)
    return len(entries)


def test_unlock_key6dat(benchmark) -> None:  # type: ignore[no-untyped-def]
    data = V.KEY6.read_bytes()
    assert benchmark.pedantic(_unlock, (data, V.KEY6_PASSWORD), rounds=3, iterations=1) == 2


def test_unlock_pkcs12_gost(benchmark) -> None:  # type: ignore[no-untyped-def]
    data = V.PFX.read_bytes()
    assert benchmark.pedantic(_unlock, (data, V.PFX_PASSWORD), rounds=3, iterations=1) == 1


def test_unlock_jks(benchmark) -> None:  # type: ignore[no-untyped-def]
    data = V.JKS.read_bytes()
    assert benchmark.pedantic(_unlock, (data, V.JKS_KEY_PASSWORD), rounds=5, iterations=1) == 2


def test_unlock_pkcs8_gost(benchmark) -> None:  # type: ignore[no-untyped-def]
    data = V.STORE_A040.read_bytes()
    assert benchmark.pedantic(_unlock, (data, V.STORE_PASSWORD), rounds=3, iterations=1) == 1


@pytest.fixture(scope="module")
def signer() -> DstuSigner:
    entry = load_container((V.JK / "PRIV1.cer").read_bytes(), b"")[0]
    key = entry.private_key
    assert isinstance(key, DstuPrivateKey)
    return DstuSigner(key, V.certificate(V.JK / "SELF_SIGNED1.cer"))


def test_dstu_cades_sign_4k(benchmark, signer: DstuSigner, content: bytes) -> None:  # type: ignore[no-untyped-def]
    der = benchmark(sign_cades, content, signer, tsp_url=None, signing_time=V_TIME)
    assert verify_cades(der, at=V_TIME).valid


def test_dstu_cades_verify_4k(benchmark, signer: DstuSigner, content: bytes) -> None:  # type: ignore[no-untyped-def]
    der = sign_cades(content, signer, tsp_url=None, signing_time=V_TIME)
    result = benchmark(verify_cades, der, at=V_TIME)
    assert result.valid
