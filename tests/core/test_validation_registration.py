"""Whole-registration validation: fixtures, cross-field rules, license, per-field API."""

from __future__ import annotations

import ast
import dataclasses
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ehealth_wizard
from ehealth_wizard.core.model import Document, Registration, field_paths, get_path, set_path
from ehealth_wizard.core.payload import build_payload, schema_problems
from ehealth_wizard.core.problems import Problem, Severity, errors
from ehealth_wizard.core.texts import TEXTS
from ehealth_wizard.core.validation import merge_problems, validate, validate_field
from tests.fixtures import VALID_NAMES, load_registration

TODAY = date(2026, 6, 15)


def found(reg: Registration, today: date = TODAY) -> set[tuple[str, str]]:
    return {(p.path, p.code) for p in validate(reg, today)}


@pytest.fixture(params=VALID_NAMES)
def valid(request: pytest.FixtureRequest) -> Registration:
    reg: Registration = load_registration(request.param)
    return reg


@pytest.fixture
def clinic() -> Registration:
    reg: Registration = load_registration("llc_outpatient_clinic")
    return reg


@pytest.fixture
def doctor() -> Registration:
    reg: Registration = load_registration("fop_family_doctor")
    return reg


@pytest.fixture
def pharmacy() -> Registration:
    reg: Registration = load_registration("pharmacy")
    return reg


def test_valid_fixtures_have_no_problems(valid: Registration) -> None:
    assert validate(valid, TODAY) == []


def test_empty_form_lists_what_is_missing() -> None:
    problems = validate(Registration.empty(), TODAY)
    assert all(p.severity is Severity.ERROR for p in problems)
    paths = {p.path for p in problems if p.code == "required"}
    assert {
        "$.edrpou",
        "$.type",
        "$.owner.tax_id",
        "$.owner.first_name",
        "$.phones[0].number",
        "$.license.type",
        "$.residence_address.settlement_id",
        "$.kveds",
    } <= paths
    assert ("$.public_offer.consent", "public_offer_consent_required") in found(
        Registration.empty()
    )
    # A blank owner phone row is no problem: owner phones are optional and blank rows not sent.
    assert not any(p.path.startswith("$.owner.phones") for p in problems)


def test_problems_are_sorted_errors_first() -> None:
    reg = set_path(load_registration("llc_outpatient_clinic"), "$.kveds", ("86.10",))
    reg = set_path(reg, "$.type", "PRIMARY_CARE")
    reg = set_path(reg, "$.owner.email", "bad")
    problems = validate(reg, TODAY)
    assert [p.severity for p in problems] == [Severity.ERROR, Severity.WARNING]
    assert problems[1].code == "kved_primary_care_without_86_21"


# -- director and the РНОКПП


def test_birth_date_and_gender_must_agree_with_rnokpp(clinic: Registration) -> None:
    reg = set_path(clinic, "$.owner.birth_date", "1976-09-03")
    [p] = validate(reg, TODAY)
    assert (p.path, p.code, dict(p.params)) == (
        "$.owner.birth_date",
        "rnokpp_birth_date_mismatch",
        {"rnokpp_birth_date": "1976-09-02"},
    )
    reg = set_path(clinic, "$.owner.gender", "FEMALE")
    [p] = validate(reg, TODAY)
    assert (p.path, p.code, dict(p.params)) == (
        "$.owner.gender",
        "rnokpp_gender_mismatch",
        {"rnokpp_gender": "MALE"},
    )


def test_no_agreement_check_on_a_broken_rnokpp(clinic: Registration) -> None:
    tax_id = clinic.director.tax_id
    reg = set_path(clinic, "$.owner.tax_id", tax_id[:-1] + str((int(tax_id[-1]) + 1) % 10))
    assert found(reg) == {("$.owner.tax_id", "rnokpp_checksum")}


def test_fop_owner_should_be_the_fop(doctor: Registration) -> None:
    reg = set_path(doctor, "$.owner.tax_id", "3067305998")
    reg = set_path(reg, "$.owner.birth_date", "1983-12-24")
    reg = set_path(reg, "$.owner.gender", "MALE")
    [p] = validate(reg, TODAY)
    assert (p.path, p.code, p.severity) == (
        "$.owner.tax_id",
        "fop_owner_tax_id_differs",
        Severity.WARNING,
    )


@pytest.mark.parametrize(
    ("edrpou_of", "legal_form", "ok"),
    [
        ("fop", "910", True),
        ("fop", "", True),
        ("fop", "240", False),
        ("llc", "910", False),
        ("llc", "240", True),
        ("llc", "", None),
    ],
)
def test_legal_form_fits_the_code(
    doctor: Registration, clinic: Registration, edrpou_of: str, legal_form: str, ok: bool | None
) -> None:
    reg = set_path(doctor if edrpou_of == "fop" else clinic, "$.legal_form", legal_form)
    problems = found(reg)
    if ok:
        assert problems == set()
    elif ok is None:
        assert problems == {("$.legal_form", "required")}
    else:
        assert problems == {("$.legal_form", "legal_form_fop_mismatch")}


def test_owner_position(clinic: Registration) -> None:
    assert found(set_path(clinic, "$.owner.position", "P7")) == {
        ("$.owner.position", "owner_position_not_allowed")
    }
    assert found(set_path(clinic, "$.owner.position", "P999")) == {
        ("$.owner.position", "dictionary_value_unknown")
    }
    assert found(set_path(clinic, "$.owner.position", "P3")) == set()


def test_documents(clinic: Registration) -> None:
    two = (Document("PASSPORT", "АБ123456"), Document("PASSPORT", "ВГ654321"))
    reg = dataclasses.replace(clinic, director=dataclasses.replace(clinic.director, documents=two))
    assert found(reg) == {("$.owner.documents[1].type", "document_type_duplicate")}
    reg = dataclasses.replace(clinic, director=dataclasses.replace(clinic.director, documents=()))
    assert ("$.owner.documents", "required") in found(reg)
    reg = set_path(clinic, "$.owner.documents[0].number", "")
    assert found(reg) == {("$.owner.documents[0].number", "required")}
    reg = set_path(clinic, "$.owner.documents[0].issued_at", "2030-01-01")
    assert found(reg) == {("$.owner.documents[0].issued_at", "date_in_future")}
    reg = set_path(clinic, "$.owner.documents[0].type", "DRIVER_LICENSE")
    assert found(reg) == {("$.owner.documents[0].type", "dictionary_value_unknown")}
    [p] = validate(set_path(clinic, "$.owner.documents[0].number", "12345"), TODAY)
    assert (p.code, p.severity) == ("document_number_format", Severity.WARNING)
    # A Latin series ("AB" from the English keyboard) is an error with its own sentence.
    passport = set_path(clinic, "$.owner.documents[0].type", "PASSPORT")
    [p] = validate(set_path(passport, "$.owner.documents[0].number", "AБ123456"), TODAY)
    assert (p.code, p.severity, p.params) == (
        "passport_latin_letters",
        Severity.ERROR,
        {"letters": "A"},
    )
    from ehealth_wizard.core.texts import TEXTS

    assert "Latin" in TEXTS[p.code].format(**p.params)


def test_a_license_without_an_end_date_says_how_to_send_an_indefinite_one(
    clinic: Registration,
) -> None:
    """The server refuses a missing expiry_date as "License is expired" (v2/licenses.ex)."""
    from ehealth_wizard.core.model import INDEFINITE_LICENSE_EXPIRY

    [p] = validate(set_path(clinic, "$.license.expiry_date", ""), TODAY)
    assert (p.path, p.code) == ("$.license.expiry_date", "license_expiry_required")
    assert (
        validate(set_path(clinic, "$.license.expiry_date", INDEFINITE_LICENSE_EXPIRY), TODAY) == []
    )


# -- license


def test_license_expired_is_an_error(clinic: Registration) -> None:
    reg = set_path(clinic, "$.license.expiry_date", "2026-06-14")
    [p] = validate(reg, TODAY)
    assert (p.path, p.code, p.severity) == (
        "$.license.expiry_date",
        "license_expired",
        Severity.ERROR,
    )
    assert dict(p.params) == {"expiry_date": "2026-06-14"}
    assert validate(set_path(clinic, "$.license.expiry_date", "2026-06-15"), TODAY) == []
    # The same license is fine if checked on an earlier day: `today` is injectable.
    assert validate(reg, date(2026, 6, 1)) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"$.license.active_from_date": "2019-02-10"},
            {("$.license.active_from_date", "license_active_before_issued")},
        ),
        (
            {"$.license.expiry_date": "2019-02-11"},
            {("$.license.expiry_date", "license_expiry_before_issue")},
        ),
        (
            {"$.license.issued_date": "2027-01-01", "$.license.active_from_date": "2027-01-01"},
            {("$.license.issued_date", "date_in_future")},
        ),
        ({"$.license.issued_date": "2019-02-30"}, {("$.license.issued_date", "date_invalid")}),
        ({"$.license.type": "PHARMACY"}, {("$.license.type", "license_type_mismatch")}),
        ({"$.license.type": ""}, {("$.license.type", "required")}),
        ({"$.license.issued_by": ""}, {("$.license.issued_by", "required")}),
        ({"$.license.order_no": ""}, {("$.license.order_no", "required")}),
        ({"$.license.expiry_date": ""}, {("$.license.expiry_date", "license_expiry_required")}),
        ({"$.license.active_from_date": ""}, {("$.license.active_from_date", "required")}),
        ({"$.license.license_number": ""}, set()),  # only pharmacies must give it
        ({"$.license.what_licensed": ""}, set()),
        ({"$.license.issued_by": "Минздрав ы"}, {("$.license.issued_by", "name_russian_letters")}),
    ],
)
def test_license_rules(
    clinic: Registration, changes: dict[str, str], expected: set[tuple[str, str]]
) -> None:
    reg = clinic
    for path, value in changes.items():
        reg = set_path(reg, path, value)
    assert found(reg) == expected


def test_pharmacy_license(pharmacy: Registration) -> None:
    assert found(set_path(pharmacy, "$.license.license_number", "")) == {
        ("$.license.license_number", "license_number_required_for_pharmacy")
    }
    assert found(set_path(pharmacy, "$.license.type", "MSP")) == {
        ("$.license.type", "license_type_mismatch")
    }


def test_existing_license_by_id(clinic: Registration) -> None:
    from ehealth_wizard.core.model import License

    reg = dataclasses.replace(clinic, license=License(id="9e4b5a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b"))
    assert validate(reg, TODAY) == []
    reg = dataclasses.replace(clinic, license=License(id="not-a-uuid"))
    assert found(reg) == {("$.license.id", "license_id_format")}


def test_missing_license() -> None:
    reg = load_registration("pharmacy")
    from ehealth_wizard.core.model import License

    reg = dataclasses.replace(reg, license=License())
    assert {
        p
        for p, c in found(reg)
        if c in ("required", "license_number_required_for_pharmacy", "license_expiry_required")
    } == {
        "$.license.type",
        "$.license.issued_by",
        "$.license.issued_date",
        "$.license.active_from_date",
        "$.license.expiry_date",
        "$.license.order_no",
        "$.license.license_number",
    }


# -- accreditation (optional)


def test_accreditation(clinic: Registration) -> None:
    from ehealth_wizard.core.model import Accreditation

    assert validate(dataclasses.replace(clinic, accreditation=Accreditation()), TODAY) == []
    reg = dataclasses.replace(clinic, accreditation=Accreditation(category="FIRST"))
    assert found(reg) == {
        ("$.accreditation.order_no", "required"),
        ("$.accreditation.order_date", "required"),
    }
    reg = set_path(clinic, "$.accreditation.category", "PLATINUM")
    assert found(reg) == {("$.accreditation.category", "dictionary_value_unknown")}
    reg = set_path(clinic, "$.accreditation.expiry_date", "2020-01-01")
    assert found(reg) == {("$.accreditation.expiry_date", "accreditation_expiry_before_issue")}
    reg = set_path(clinic, "$.accreditation.expiry_date", "2026-01-01")
    [p] = validate(reg, TODAY)
    assert (p.code, p.severity) == ("accreditation_expired", Severity.WARNING)
    reg = set_path(clinic, "$.accreditation.order_date", "2027-01-01")
    assert found(reg) == {("$.accreditation.order_date", "date_in_future")}


# -- facility


def test_facility_rules(clinic: Registration) -> None:
    assert found(set_path(clinic, "$.type", "HOSPITAL")) >= {("$.type", "dictionary_value_unknown")}
    assert found(set_path(clinic, "$.name", "")) == {("$.name", "required")}
    assert found(set_path(clinic, "$.receiver_funds_code", "12A")) == {
        ("$.receiver_funds_code", "digits_only")
    }
    assert found(set_path(clinic, "$.beneficiary", "Ivan")) == {
        ("$.beneficiary", "name_latin_letters")
    }
    assert found(set_path(clinic, "$.archive[0].date", "")) == {("$.archive[0].date", "required")}
    assert found(set_path(clinic, "$.archive[1].place", "")) == set()  # a blank new row
    assert found(set_path(clinic, "$.website", "https://clinic.ua/x")) == {
        ("$.website", "website_invalid")
    }
    assert found(set_path(clinic, "$.phones[1].type", "LAND_LINE")) == {
        ("$.phones[1].type", "phone_type_duplicate")
    }
    assert found(set_path(clinic, "$.public_offer.consent_text", " ")) == {
        ("$.public_offer.consent_text", "required")
    }


def test_payload_only_skips_what_v2_does_not_carry(clinic: Registration) -> None:
    reg = set_path(set_path(clinic, "$.kveds", ()), "$.name", "")
    reg = set_path(reg, "$.legal_form", "")
    assert {p for p, _ in found(reg)} == {"$.kveds", "$.name", "$.legal_form"}
    assert validate(reg, TODAY, payload_only=True) == []


def test_schema_safety_net_reports_only_what_no_rule_covers(clinic: Registration) -> None:
    reg = set_path(clinic, "$.owner.tax_id", "12")
    codes = [p.code for p in validate(reg, TODAY) if p.path == "$.owner.tax_id"]
    assert codes == ["rnokpp_format"]  # the schema's pattern error on the same path is dropped
    rule = [Problem("$.owner.tax_id", "rnokpp_format")]
    schema = [
        Problem("$.owner.tax_id", "schema_format"),
        Problem("$.owner", "schema_additional_property"),  # a parent of a reported path
        Problem("$.license.extra", "schema_additional_property"),
    ]
    merged = merge_problems(rule, schema)
    assert [(p.path, p.code) for p in merged] == [
        ("$.license.extra", "schema_additional_property"),
        ("$.owner.tax_id", "rnokpp_format"),
    ]
    warning = [Problem("$.owner.tax_id", "x", {}, Severity.WARNING)]
    assert len(merge_problems(warning, schema[:1])) == 2  # a warning does not hide an error


# -- per-field API


def test_validate_field(clinic: Registration) -> None:
    reg = set_path(clinic, "$.owner.phones[0].number", "+48 601 234 567")
    reg = set_path(reg, "$.owner.email", "x")
    assert [p.code for p in validate_field(reg, "$.owner.phones[0].number", TODAY)] == [
        "phone_not_ukrainian"
    ]
    assert [p.code for p in validate_field(reg, "$.owner.phones", TODAY)] == ["phone_not_ukrainian"]
    assert {p.code for p in validate_field(reg, "$.owner", TODAY)} == {
        "phone_not_ukrainian",
        "email_invalid",
    }
    assert validate_field(reg, "$.edrpou", TODAY) == []
    reg = set_path(reg, "$.kveds", ("86.10", "86.10"))
    assert [p.path for p in validate_field(reg, "$.kveds", TODAY)] == ["$.kveds[1]"]


def test_default_today_is_the_real_date(clinic: Registration) -> None:
    reg = set_path(clinic, "$.license.expiry_date", "2020-01-01")
    assert "license_expired" in {p.code for p in errors(validate(reg))}


# -- every code has an English text


def _emitted_codes() -> set[str]:
    root = Path(ehealth_wizard.__file__).parent / "core"
    files = [*sorted((root / "validation").glob("*.py")), root / "payload.py", root / "model.py"]
    out: set[str] = set()
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem":
                arg = node.args[1] if len(node.args) > 1 else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    out.add(arg.value)
            # (code, params) tuples of the cached phone check, and error classes' `code = "..."`
            if isinstance(node, ast.Tuple) and node.elts and isinstance(node.elts[0], ast.Constant):
                value = node.elts[0].value
                if isinstance(value, str) and value.startswith(("phone_", "required")):
                    out.add(value)
            targets = [getattr(t, "id", "") for t in getattr(node, "targets", [])]
            if isinstance(node, ast.Assign) and targets == ["code"]:
                value = getattr(node.value, "value", None)
                if isinstance(value, str):
                    out.add(value)
    return out


def test_every_code_has_an_english_text() -> None:
    codes = _emitted_codes()
    assert len(codes) > 50
    assert {
        "rnokpp_checksum",
        "phone_not_ukrainian",
        "schema_enum",
        "registration_malformed",
    } <= codes
    missing = sorted(c for c in codes if c not in TEXTS)
    assert missing == []


# -- any typing: validation never crashes, and "no errors" means the schema passes

_TYPED = st.one_of(
    st.text(max_size=12),
    st.text("0123456789 +-.АБВабвыЁ'’@ a-z:/", max_size=14),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(VALID_NAMES), st.data())
def test_random_edits_never_slip_past_the_rules(name: str, data: st.DataObject) -> None:
    reg = load_registration(name)
    text_paths = [p for p in field_paths(reg) if isinstance(get_path(reg, p), str)]
    for _ in range(data.draw(st.integers(1, 3))):
        reg = set_path(reg, data.draw(st.sampled_from(text_paths)), data.draw(_TYPED))
    problems = validate(reg, TODAY)
    # every way to break the schema is caught by a rule with its own code
    assert not [p for p in problems if p.code.startswith("schema_")]
    if not errors(problems):
        assert schema_problems(build_payload(reg)) == []
