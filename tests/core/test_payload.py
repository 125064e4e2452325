"""Registration -> eHealth v2 request JSON, canonical bytes, the v2 schema, reading files."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from ehealth_wizard.core.model import Registration, set_path
from ehealth_wizard.core.payload import (
    LoadedFile,
    RegistrationFileUnknown,
    RegistrationFileUnreadable,
    build_payload,
    canonical_bytes,
    load_registration_file,
    read_registration_file,
    registration_from_payload,
    schema,
    schema_problems,
)
from ehealth_wizard.core.problems import errors
from ehealth_wizard.core.validation import file_problems, validate
from tests.fixtures import VALID_NAMES, fixture_path, load_json, load_registration
from tests.fixtures.strategies import TODAY, registrations

# The reference schema (/work/shared/reference/schemas/v2/...) as committed with the tests, so the
# comparison runs in every checkout instead of skipping where that folder is absent.
REFERENCE_SCHEMA = Path(__file__).parents[1] / "fixtures/reference/legal_entity_create_request.json"


def _walk(node: Any) -> list[Any]:
    out = [node]
    if isinstance(node, dict):
        for v in node.values():
            out += _walk(v)
    elif isinstance(node, list):
        for v in node:
            out += _walk(v)
    return out


@pytest.mark.parametrize("name", VALID_NAMES)
def test_fixture_payloads_match_their_drafts_and_the_schema(name: str) -> None:
    payload = load_json(fixture_path(name, "payload"))
    assert build_payload(load_registration(name)) == payload
    assert schema_problems(payload) == []
    # also with jsonschema used directly on the schema file, enums injected by hand
    raw = json.loads(
        (
            Path(__file__).parents[2] / "resources/schemas/v2/legal_entity_create_request.json"
        ).read_text()
    )
    validator = jsonschema.Draft4Validator(
        raw, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    assert list(validator.iter_errors(payload)) == []
    # nothing blank is sent
    assert "" not in [v for v in _walk(payload) if isinstance(v, str)]
    # v2 carries no name / legal form / KVEDs
    assert not {"name", "legal_form", "kveds", "short_name"} & set(payload)


def test_shipped_schema_is_the_reference_copy() -> None:
    here = Path(__file__).parents[2] / "resources/schemas/v2/legal_entity_create_request.json"
    assert here.read_bytes() == REFERENCE_SCHEMA.read_bytes()


@pytest.mark.parametrize("name", VALID_NAMES)
def test_payload_round_trip(name: str) -> None:
    payload = load_json(fixture_path(name, "payload"))
    reg = registration_from_payload(payload)
    assert build_payload(reg) == payload
    assert validate(reg, TODAY, payload_only=True) == []


def test_payload_normalises_what_was_typed() -> None:
    reg = load_registration("llc_outpatient_clinic")
    reg = set_path(reg, "$.owner.last_name", " Дем’яненко ")
    reg = set_path(reg, "$.owner.email", "A.Bondarenko@Zdorova-Rodyna.COM.UA ")
    reg = set_path(reg, "$.website", "HTTPS://Zdorova-Rodyna.com.ua/")
    reg = set_path(reg, "$.owner.tax_id", f" {reg.director.tax_id} ")
    reg = set_path(reg, "$.owner.phones[1].number", "")  # a blank row is not sent
    reg = set_path(reg, "$.residence_address.street", "  Берестейський   проспект ")
    payload = build_payload(reg)
    assert payload["owner"]["last_name"] == "Дем'яненко"
    assert payload["owner"]["email"] == "a.bondarenko@zdorova-rodyna.com.ua"
    assert payload["website"] == "https://zdorova-rodyna.com.ua"
    assert payload["owner"]["tax_id"] == reg.director.tax_id.strip()
    assert payload["phones"] == [
        {"type": "LAND_LINE", "number": "+380442345678"},
        {"type": "MOBILE", "number": "+380503410870"},
    ]
    assert payload["owner"]["phones"] == [{"type": "MOBILE", "number": "+380931184027"}]
    assert payload["residence_address"]["street"] == "Берестейський проспект"
    assert validate(reg, TODAY) == []


def test_optional_parts_are_left_out() -> None:
    reg = load_registration("pharmacy")
    payload = build_payload(reg)
    assert "accreditation" not in payload  # none given
    assert "phones" not in payload["owner"]
    assert "archive" not in payload
    assert "second_name" in payload["owner"]
    payload = build_payload(set_path(reg, "$.owner.second_name", ""))
    assert "second_name" not in payload["owner"]


def test_existing_license_is_sent_by_id_alone() -> None:
    reg = set_path(
        load_registration("pharmacy"), "$.license.id", "9E4B5A1C-2F3D-4E5F-8A9B-0C1D2E3F4A5B"
    )
    assert build_payload(reg)["license"] == {"id": "9e4b5a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b"}


def test_empty_registration_builds_a_payload_the_schema_rejects() -> None:
    payload = build_payload(Registration.empty())
    assert payload["owner"]["documents"] == [{"type": "PASSPORT"}]
    found = {(p.path, p.code) for p in schema_problems(payload)}
    assert ("$.edrpou", "schema_required") in found
    assert ("$.owner.tax_id", "schema_required") in found
    assert ("$.phones", "schema_min_items") in found
    assert ("$.public_offer.consent", "schema_enum") in found


# -- canonical bytes


def test_canonical_bytes_format() -> None:
    data = {"b": 1, "a": "Київ", "c": [{"y": True, "x": None}]}
    expected = '{"a":"Київ","b":1,"c":[{"x":null,"y":true}]}'.encode()
    assert canonical_bytes(data) == expected


@pytest.mark.parametrize("name", VALID_NAMES)
def test_canonical_bytes_are_stable(name: str) -> None:
    payload = load_json(fixture_path(name, "payload"))
    first = canonical_bytes(payload)
    assert first == canonical_bytes(build_payload(load_registration(name)))
    assert json.loads(first) == payload
    assert b'": ' not in first  # compact separators
    assert b', "' not in first
    assert first.decode("utf-8")  # valid UTF-8, no escapes of Cyrillic
    assert b"\\u04" not in first

    def shuffled(node: Any, rng: random.Random) -> Any:
        if isinstance(node, dict):
            items = list(node.items())
            rng.shuffle(items)
            return {k: shuffled(v, rng) for k, v in items}
        if isinstance(node, list):
            return [shuffled(v, rng) for v in node]
        return node

    for seed in range(5):
        assert canonical_bytes(shuffled(payload, random.Random(seed))) == first
    assert canonical_bytes(json.loads(first)) == first


def test_canonical_bytes_refuse_nan() -> None:
    with pytest.raises(ValueError, match="JSON compliant"):
        canonical_bytes({"x": float("nan")})


# -- the schema with dictionary enums


def test_dictionary_enums_are_injected() -> None:
    s = schema()
    assert s["properties"]["type"]["enum"] == ["PHARMACY", "PRIMARY_CARE", "OUTPATIENT"]
    assert set(s["definitions"]["gender"]["enum"]) == {"MALE", "FEMALE"}
    assert "P26" in s["properties"]["owner"]["properties"]["position"]["enum"]
    assert "STREET" in s["definitions"]["address"]["properties"]["street_type"]["enum"]
    for node in _walk(dict(s)):
        if isinstance(node, dict) and "Dictionary:" in str(node.get("description", "")):
            assert node.get("enum"), node


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        (lambda p: p.pop("email"), "$.email", "schema_required"),
        (lambda p: p["owner"].pop("documents"), "$.owner.documents", "schema_required"),
        (
            lambda p: p["owner"].update(no_tax_id=False),
            "$.owner.no_tax_id",
            "schema_additional_property",
        ),
        (lambda p: p.update(name="ТОВ"), "$.name", "schema_additional_property"),
        (lambda p: p["owner"].update(gender="M"), "$.owner.gender", "schema_enum"),
        (lambda p: p.update(type="MSP"), "$.type", "schema_enum"),
        (lambda p: p["owner"].update(position="P7x"), "$.owner.position", "schema_enum"),
        (
            lambda p: p["phones"][0].update(number="0503410870"),
            "$.phones[0].number",
            "schema_format",
        ),
        (lambda p: p["owner"].update(email="nobody"), "$.owner.email", "schema_format"),
        (lambda p: p["owner"].update(first_name="Ivan"), "$.owner.first_name", "schema_format"),
        (
            lambda p: p["license"].update(issued_date="01.02.2020"),
            "$.license.issued_date",
            "schema_format",
        ),
        (lambda p: p.update(edrpou=43127656), "$.edrpou", "schema_type"),
        (lambda p: p.update(phones=[]), "$.phones", "schema_min_items"),
        (
            lambda p: p["owner"]["documents"][0].update(number=""),
            "$.owner.documents[0].number",
            "schema_min_length",
        ),
        (
            lambda p: p["public_offer"].update(consent=False),
            "$.public_offer.consent",
            "schema_enum",
        ),
        (
            lambda p: p["security"].update(redirect_uri="http://x.ua"),
            "$.security.redirect_uri",
            "schema_format",
        ),
    ],
)
def test_schema_errors_become_problems(change: Any, path: str, code: str) -> None:
    payload = load_json(fixture_path("llc_outpatient_clinic", "payload"))
    change(payload)
    problems = schema_problems(payload)
    assert (path, code) in {(p.path, p.code) for p in problems}, problems


def test_schema_problems_of_a_non_object() -> None:
    assert [(p.path, p.code) for p in schema_problems([])] == [("$", "schema_type")]


# -- generated registrations


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registrations())
def test_generated_registrations_are_valid_and_their_payloads_pass_the_schema(
    reg: Registration,
) -> None:
    payload = build_payload(reg)
    assert schema_problems(payload) == []
    assert errors(validate(reg, TODAY)) == []
    again = build_payload(registration_from_payload(json.loads(canonical_bytes(payload))))
    assert again == payload


# -- files


def test_read_each_kind(tmp_path: Path) -> None:
    loaded = read_registration_file(fixture_path("pharmacy"))
    assert loaded.kind == "draft"
    assert loaded.registration == load_registration("pharmacy")
    loaded = read_registration_file(fixture_path("pharmacy", "payload"))
    assert loaded.kind == "payload"
    assert build_payload(loaded.registration) == loaded.data
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(load_registration("pharmacy").to_dict()), encoding="utf-8")
    assert read_registration_file(bare).kind == "registration"
    assert load_registration_file(bare) == load_registration("pharmacy")
    old = tmp_path / "v1.json"
    old.write_text(
        json.dumps(
            {"version": 1, "id": "x", "saved": 0, "data": load_registration("pharmacy").to_dict()}
        )
    )
    assert read_registration_file(old).registration == load_registration("pharmacy")
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + fixture_path("pharmacy", "payload").read_bytes())
    assert read_registration_file(bom).kind == "payload"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, RegistrationFileUnreadable),
        (b"{not json", RegistrationFileUnreadable),
        (b"\xff\xfe{}", RegistrationFileUnreadable),
        (b"[1, 2]", RegistrationFileUnknown),
        (b'{"hello": "world"}', RegistrationFileUnknown),
        (b'{"schema_version": 2, "registration": {"facility": []}}', Exception),
        (b'{"edrpou": "1", "owner": []}', Exception),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes | None, error: type[Exception]) -> None:
    from ehealth_wizard.core.errors import UserFacingError

    path = tmp_path / "f.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_registration_file(path)
    assert isinstance(caught.value, UserFacingError)
    assert "path" in caught.value.params or caught.value.code == "registration_malformed"


def test_file_problems_of_a_payload_include_its_schema() -> None:
    payload = load_json(fixture_path("pharmacy", "payload"))
    payload["owner"]["employee_id"] = "x"
    loaded = LoadedFile("payload", registration_from_payload(payload), payload)
    assert [(p.path, p.code) for p in file_problems(loaded, TODAY)] == [
        ("$.owner.employee_id", "schema_additional_property")
    ]


@pytest.mark.parametrize("name", VALID_NAMES)
def test_fixture_drafts_are_real_drafts(name: str, tmp_path: Path) -> None:
    from ehealth_wizard.core.drafts import DraftStore

    store = DraftStore(tmp_path)
    draft = store.import_(fixture_path(name))
    assert draft.registration == load_registration(name)
    imported = store.import_(fixture_path(name, "payload"))
    assert build_payload(imported.registration) == load_json(fixture_path(name, "payload"))


def test_license_id_with_other_fields_is_refused_like_the_server_does() -> None:
    payload = load_json(fixture_path("pharmacy", "payload"))
    payload["license"]["id"] = "9e4b5a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b"
    loaded = LoadedFile("payload", registration_from_payload(payload), payload)
    found = {(p.path, p.code) for p in file_problems(loaded, TODAY)}
    assert ("$.license.type", "schema_additional_property") in found
    assert ("$.license.id", "schema_additional_property") not in found
    payload["license"] = {"id": "9e4b5a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b"}
    loaded = LoadedFile("payload", registration_from_payload(payload), payload)
    assert file_problems(loaded, TODAY) == []
