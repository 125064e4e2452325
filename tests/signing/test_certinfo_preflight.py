"""Certificate facts (certinfo) and the pre-flight rules, each refused with its own code."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.normalize import name_key
from ehealth_wizard.core.payload import load_registration_file
from ehealth_wizard.core.problems import Severity
from ehealth_wizard.core.signing.certinfo import cert_info
from ehealth_wizard.core.signing.certparse import parse_certificates
from ehealth_wizard.core.signing.ocsp import OcspResult, OcspStatus
from ehealth_wizard.core.signing.preflight import preflight
from ehealth_wizard.core.texts import TEXTS
from ehealth_wizard.sandbox.qtsp import TestQTSP
from tests.signing.conftest import FOP, PHARMACY, Keys

VECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "vectors"  # committed copies


def test_director_facts(keys: Keys, qtsp: TestQTSP, llc: Registration) -> None:
    info = cert_info(keys.director.certificate)
    d = llc.director
    assert info.surname == d.last_name
    assert info.given_names == f"{d.first_name} {d.second_name}".strip()
    assert info.full_name == f"{d.last_name} {info.given_names}"
    assert info.rnokpp == d.tax_id and info.edrpou == llc.facility.edrpou
    assert info.organization == "ТОВ «Клініка»" and info.title == "Директор"
    assert not info.is_seal and info.can_sign and info.is_qualified
    assert info.key_usage == ("digital_signature", "non_repudiation")
    assert info.ocsp_url == qtsp.ocsp_url and info.tsp_url == qtsp.tsp_url
    assert info.ca_issuers_url == qtsp.ca_issuers_url
    assert info.algorithm == "ECDSA P-256"
    assert info.serial == format(keys.director.certificate.serial_number, "X")
    assert info.issuer == "Тестовий КНЕДП: центр сертифікації"
    data = info.to_json()
    for key in (
        "surname",
        "given_names",
        "full_name",
        "rnokpp",
        "edrpou",
        "organization",
        "is_seal",
        "key_usage",
        "not_before",
        "not_after",
        "issuer",
        "serial",
        "algorithm",
        "ocsp_url",
        "tsp_url",
    ):
        assert key in data
    assert datetime.fromisoformat(data["not_after"]) == info.not_after


def test_identifiers_from_the_dn_seal_and_others(keys: Keys) -> None:
    dn = cert_info(keys.director_dn.certificate)
    assert dn.rnokpp == cert_info(keys.director.certificate).rnokpp  # TINUA-
    assert dn.edrpou == cert_info(keys.director.certificate).edrpou  # NTRUA-
    assert dn.algorithm == "ECDSA P-384"
    assert cert_info(keys.director_rsa.certificate).algorithm == "RSA 2048"
    seal = cert_info(keys.seal.certificate)
    assert seal.is_seal and seal.surname == "" and seal.edrpou
    assert "0.4.0.1862.1.6.2" in seal.qc_types
    fop = cert_info(keys.fop.certificate)
    assert fop.rnokpp and not fop.edrpou
    ka = cert_info(keys.key_agreement.certificate)
    assert ka.key_usage == ("key_agreement",) and not ka.can_sign


def test_real_ukrainian_certificates_never_break_it() -> None:
    seen = 0
    for path in sorted((VECTORS / "jkurwa").glob("*.cer")):
        for cert in parse_certificates(path.read_bytes()):
            info = cert_info(cert)
            assert info.not_after is not None and info.serial
            seen += 1
    assert seen >= 3


def _codes(problems: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(p.code for p in problems)


def test_preflight_accepts_the_right_director(keys: Keys, llc: Registration) -> None:
    for which in ("director", "director_rsa", "director_dn"):
        assert preflight(llc, cert_info(getattr(keys, which).certificate)) == []
    fop = load_registration_file(FOP)
    assert preflight(fop, cert_info(keys.fop.certificate)) == []
    pharmacy = load_registration_file(PHARMACY)  # Дем'яненко vs ДЕМ’ЯНЕНКО in the certificate
    assert preflight(pharmacy, cert_info(keys.pharmacy.certificate)) == []


def test_each_rule_has_its_own_code_and_path(keys: Keys, llc: Registration) -> None:
    cases = {
        "expired": ("signer_cert_expired", "$.signature"),
        "key_agreement": ("signer_cert_not_for_signing", "$.signature"),
        "seal": ("signer_is_seal", "$.signature"),
        "other_edrpou": ("signer_edrpou_mismatch", "$.edrpou"),
    }
    for which, (code, path) in cases.items():
        problems = preflight(llc, cert_info(getattr(keys, which).certificate))
        assert [(p.code, p.path) for p in problems] == [(code, path)], which
    director = cert_info(keys.director.certificate)
    early = preflight(llc, director, now=datetime(2000, 1, 1, tzinfo=UTC))
    assert _codes(early) == ["signer_cert_not_yet_valid"]

    renamed = dataclasses.replace(
        llc, director=dataclasses.replace(llc.director, last_name="Петренко")
    )
    (p,) = preflight(renamed, director)
    assert (p.code, p.path) == ("signer_last_name_mismatch", "$.owner.last_name")
    retaxed = dataclasses.replace(
        llc, director=dataclasses.replace(llc.director, tax_id="1234567899")
    )
    (p,) = preflight(retaxed, director)
    assert (p.code, p.path) == ("signer_tax_id_mismatch", "$.owner.tax_id")

    # a personal key (РНОКПП only) against a company's ЄДРПОУ: it must be the entity's key
    fop_cert = cert_info(keys.fop.certificate)
    fop = load_registration_file(FOP)
    company = dataclasses.replace(
        fop, facility=dataclasses.replace(fop.facility, edrpou="43127656")
    )
    (p,) = preflight(company, fop_cert)
    assert (p.code, p.path) == ("signer_personal_key_for_entity", "$.edrpou")
    # ... and against another ФОП's РНОКПП
    other_fop = dataclasses.replace(
        fop, facility=dataclasses.replace(fop.facility, edrpou="1234567899")
    )
    (p,) = preflight(other_fop, fop_cert)
    assert (p.code, p.path) == ("signer_drfo_mismatch", "$.edrpou")
    nothing = dataclasses.replace(fop_cert, rnokpp="", edrpou="")
    assert "signer_no_edrpou_or_drfo" in _codes(preflight(fop, nothing))

    revoked = OcspResult(OcspStatus.REVOKED, "http://x", revoked_at=datetime.now(UTC))
    assert _codes(preflight(llc, director, ocsp=revoked)) == ["signer_cert_revoked"]
    down = preflight(
        llc, director, ocsp=OcspResult(OcspStatus.UNREACHABLE, detail="ocsp_network_error")
    )
    assert [(p.code, p.severity) for p in down] == [("signer_ocsp_unreachable", Severity.WARNING)]
    for problem in early + down:
        assert problem.code in TEXTS


def test_name_normalisation() -> None:
    assert name_key("Дем’яненко") == name_key("ДЕМ'ЯНЕНКО") == name_key("демʼяненко")
    assert name_key("  Іваненко ") == name_key("іваненко")
    assert name_key("Іваненко") != name_key("Іваненков")


def test_the_whole_name_is_compared_and_the_differing_part_named(
    keys: Keys, llc: Registration
) -> None:
    """ "Ирина" (Russian И) in the form against "Ірина" in the key passed when only the surname
    was compared, and failed at ЄДР later. Compared as the sandbox's ЄДР check compares."""
    director = cert_info(keys.director.certificate)
    first, _, second = director.given_names.partition(" ")
    assert first and second
    russian_i = first.replace("І", "И").replace("і", "и")
    if russian_i == first:
        russian_i = "Ирина"
    renamed = dataclasses.replace(
        llc, director=dataclasses.replace(llc.director, first_name=russian_i)
    )
    (p,) = preflight(renamed, director)
    assert (p.code, p.path) == ("signer_first_name_mismatch", "$.owner.first_name")
    assert p.params == {"cert_value": first, "value": russian_i}
    assert russian_i in TEXTS[p.code].format(**p.params)
    repatronymed = dataclasses.replace(
        llc, director=dataclasses.replace(llc.director, second_name="Іванівна")
    )
    (p,) = preflight(repatronymed, director)
    assert (p.code, p.path) == ("signer_second_name_mismatch", "$.owner.second_name")
    # spelling that ЄДР treats as the same name passes: case, spaces, apostrophes
    same = dataclasses.replace(
        llc,
        director=dataclasses.replace(
            llc.director, first_name=f"  {first.upper()} ", second_name=second.lower()
        ),
    )
    assert preflight(same, director) == []
