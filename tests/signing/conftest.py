"""Shared fixtures for the signing tests: one test QTSP per session, served on 127.0.0.1, and
the certificates the issue lists (director ECDSA/RSA, ФОП, seal, expired, other ЄДРПОУ,
key-agreement-only), all made at test time."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import pem

from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.payload import load_registration_file
from ehealth_wizard.sandbox.qtsp import IssuedKey, TestQTSP
from ehealth_wizard.sandbox.qtsp_app import RunningServer, serve_qtsp

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "registrations" / "valid"
LLC = FIXTURES / "llc_outpatient_clinic.draft.json"
LLC_PAYLOAD = FIXTURES / "llc_outpatient_clinic.payload.json"
FOP = FIXTURES / "fop_family_doctor.payload.json"
PHARMACY = FIXTURES / "pharmacy.draft.json"
PASSWORD = "Пароль-1234"

OPENSSL = shutil.which("openssl")


@dataclass
class Keys:
    director: IssuedKey  # ECDSA P-256, the LLC's director (EDRPOU + DRFO in SDA)
    director_rsa: IssuedKey
    director_dn: IssuedKey  # TINUA-/NTRUA- in the DN only, P-384
    fop: IssuedKey  # only РНОКПП
    pharmacy: IssuedKey  # surname with a typographic apostrophe
    seal: IssuedKey
    expired: IssuedKey
    other_edrpou: IssuedKey
    key_agreement: IssuedKey
    revoked: IssuedKey


@pytest.fixture(scope="session")
def qtsp_server() -> Iterator[tuple[TestQTSP, RunningServer]]:
    qtsp = TestQTSP.create()
    server = serve_qtsp(qtsp)
    try:
        yield qtsp, server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def qtsp(qtsp_server: tuple[TestQTSP, RunningServer]) -> TestQTSP:
    return qtsp_server[0]


@pytest.fixture(scope="session")
def llc() -> Registration:
    return load_registration_file(LLC)


@pytest.fixture(scope="session")
def keys(qtsp: TestQTSP, llc: Registration) -> Keys:
    d = llc.director
    edrpou = llc.facility.edrpou
    person = {
        "surname": d.last_name,
        "given_names": f"{d.first_name} {d.second_name}".strip(),
        "rnokpp": d.tax_id,
        "edrpou": edrpou,
        "organization": "ТОВ «Клініка»",
        "title": "Директор",
    }
    fop = load_registration_file(FOP)
    pharmacy = load_registration_file(PHARMACY)
    now = datetime.now(UTC)
    revoked = qtsp.issue(**person)
    qtsp.revoke(revoked.certificate)
    return Keys(
        director=qtsp.issue(**person),
        director_rsa=qtsp.issue(**person, key_type="rsa2048"),
        director_dn=qtsp.issue(**person, key_type="ecdsa-p384", drfo_in="dn", edrpou_in="dn"),
        fop=qtsp.issue(
            surname=fop.director.last_name,
            given_names=fop.director.first_name,
            rnokpp=fop.director.tax_id,
        ),
        pharmacy=qtsp.issue(
            surname=pharmacy.director.last_name.replace("'", "\u2019").upper(),
            given_names=pharmacy.director.first_name,
            rnokpp=pharmacy.director.tax_id,
            edrpou=pharmacy.facility.edrpou,
        ),
        seal=qtsp.issue(organization="ТОВ «Клініка»", edrpou=edrpou, seal=True),
        expired=qtsp.issue(
            **person, not_before=now - timedelta(days=800), not_after=now - timedelta(days=70)
        ),
        other_edrpou=qtsp.issue(**{**person, "edrpou": "12345678"}),
        key_agreement=qtsp.issue(**person, key_usage=("key_agreement",)),
        revoked=revoked,
    )


@pytest.fixture(scope="session")
def ca_pem(qtsp: TestQTSP, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    path.write_bytes(pem.armor("CERTIFICATE", qtsp.ca_cert.dump()))
    return path


def openssl(*args: str | Path, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    assert OPENSSL, "openssl is installed by .ci/setup"
    return subprocess.run(
        [OPENSSL, *map(str, args)], input=input, capture_output=True, timeout=30, check=False
    )


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
