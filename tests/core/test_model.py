"""The Registration model: defaults, to_dict/from_dict, JSON paths."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings

from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.model import (
    FIELD_PATHS,
    LIST_ITEM_FIELDS,
    SCHEMA_VERSION,
    Document,
    Phone,
    Registration,
    RegistrationMalformed,
    RegistrationTooNew,
    UnknownPath,
    append_item,
    field_paths,
    get_path,
    parse_path,
    remove_item,
    set_path,
)
from tests.fixtures import VALID_NAMES, load_registration
from tests.fixtures.strategies import registrations


def test_empty_registration_is_all_blank_text() -> None:
    reg = Registration.empty()
    assert reg.facility.edrpou == ""
    assert reg.director.gender == ""
    assert reg.facility.kveds == ()
    assert reg.facility.phones == (Phone(type="MOBILE", number=""),)
    assert reg.director.documents == (Document(type="PASSPORT"),)
    assert reg.public_offer.consent is False
    assert reg.security_redirect_uri.startswith("https://")
    with pytest.raises(dataclasses.FrozenInstanceError):
        reg.facility.edrpou = "1"  # type: ignore[misc]


def test_fop_is_derived_from_the_code() -> None:
    reg = load_registration("fop_family_doctor")
    assert reg.facility.is_fop
    assert not load_registration("pharmacy").facility.is_fop


@pytest.mark.parametrize("name", VALID_NAMES)
def test_to_dict_round_trip_through_json(name: str) -> None:
    reg = load_registration(name)
    data = reg.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert Registration.from_dict(json.loads(json.dumps(data))) == reg


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registrations())
def test_round_trip_of_generated_registrations(reg: Registration) -> None:
    assert Registration.from_dict(json.loads(json.dumps(reg.to_dict()))) == reg


def test_missing_keys_take_defaults() -> None:
    assert Registration.from_dict({}) == Registration()
    reg = Registration.from_dict({"facility": {"edrpou": "14360570"}, "director": {"phones": None}})
    assert reg.facility.edrpou == "14360570"
    assert reg.facility.residence_address.country == "UA"
    assert reg.director.phones == ()
    # numbers where text is expected are read as text (hand-edited files); None is blank
    reg = Registration.from_dict({"facility": {"edrpou": 14360570, "email": None}})
    assert (reg.facility.edrpou, reg.facility.email) == ("14360570", "")


def test_unknown_keys_are_ignored() -> None:
    assert Registration.from_dict({"facility": {"colour": "red"}, "future": 1}) == Registration()


@pytest.mark.parametrize(
    "garbage",
    [
        [],
        "text",
        None,
        {"facility": []},
        {"facility": {"phones": "050"}},
        {"facility": {"phones": [1]}},
        {"facility": {"kveds": [{"code": "86.21"}]}},
        {"director": {"first_name": ["a"]}},
        {"director": {"first_name": True}},
        {"public_offer": {"consent": "yes"}},
        {"schema_version": "1"},
        {"schema_version": 0},
    ],
)
def test_garbage_is_malformed(garbage: object) -> None:
    with pytest.raises(RegistrationMalformed) as caught:
        Registration.from_dict(garbage)
    assert isinstance(caught.value, UserFacingError)
    assert caught.value.code == "registration_malformed"


def test_newer_format_is_refused() -> None:
    with pytest.raises(RegistrationTooNew) as caught:
        Registration.from_dict({"schema_version": SCHEMA_VERSION + 1})
    assert caught.value.code == "registration_too_new"
    assert dict(caught.value.params) == {"version": SCHEMA_VERSION + 1, "supported": SCHEMA_VERSION}


# -- JSON paths


def test_paths_reach_the_model() -> None:
    reg = load_registration("llc_outpatient_clinic")
    assert get_path(reg, "$.edrpou") == reg.facility.edrpou
    assert get_path(reg, "$.owner.tax_id") == reg.director.tax_id
    assert get_path(reg, "$.owner.phones[0].number") == reg.director.phones[0].number
    assert get_path(reg, "$.phones[1].type") == "MOBILE"
    assert get_path(reg, "$.license.expiry_date") == "2099-12-31"
    assert get_path(reg, "$.accreditation.category") == "FIRST"
    assert get_path(reg, "$.residence_address.zip") == "03113"
    assert get_path(reg, "$.kveds") == ("86.22", "86.10", "86.90")
    assert get_path(reg, "$.kveds[1]") == "86.10"
    assert get_path(reg, "$.security.redirect_uri") == reg.security_redirect_uri
    assert get_path(reg, "$.public_offer.consent") is True
    assert get_path(reg, "$.archive[0].place").startswith("Київ")


def test_reading_past_the_end_gives_blanks() -> None:
    reg = Registration.empty()
    assert get_path(reg, "$.owner.phones[3].number") == ""
    assert get_path(reg, "$.kveds[0]") == ""
    assert get_path(reg, "$.archive[0]").place == ""


def test_set_path_replaces_one_field() -> None:
    reg = Registration.empty()
    new = set_path(reg, "$.owner.tax_id", "3067305998")
    assert new.director.tax_id == "3067305998"
    assert reg.director.tax_id == ""  # the original is untouched
    assert dataclasses.replace(new, director=reg.director) == reg


def test_set_path_appends_at_the_end_of_a_list() -> None:
    reg = set_path(Registration.empty(), "$.owner.phones[1].number", "0442345678")
    assert reg.director.phones == (Phone("MOBILE", ""), Phone("", "0442345678"))
    reg = set_path(reg, "$.owner.documents[1].type", "NATIONAL_ID")
    assert reg.director.documents[1] == Document(type="NATIONAL_ID")
    with pytest.raises(IndexError):
        set_path(reg, "$.owner.phones[5].number", "1")


def test_kveds_accept_text_or_sequences() -> None:
    reg = set_path(Registration.empty(), "$.kveds", "86.21, 86.10;86.90  86.22")
    assert reg.facility.kveds == ("86.21", "86.10", "86.90", "86.22")
    reg = set_path(reg, "$.kveds", ["47.73"])
    assert reg.facility.kveds == ("47.73",)
    reg = set_path(reg, "$.kveds[1]", "47.74")
    assert reg.facility.kveds == ("47.73", "47.74")
    reg = set_path(reg, "$.kveds[0]", "86.21")
    assert reg.facility.kveds == ("86.21", "47.74")


def test_set_path_checks_types() -> None:
    reg = Registration.empty()
    with pytest.raises(TypeError):
        set_path(reg, "$.edrpou", 14360570)
    with pytest.raises(TypeError):
        set_path(reg, "$.public_offer.consent", "yes")
    with pytest.raises(TypeError):
        set_path(reg, "$.owner.phones", ("0501234567",))
    assert set_path(reg, "$.public_offer.consent", True).public_offer.consent is True
    phones = (Phone("MOBILE", "0501234567"),)
    assert set_path(reg, "$.owner.phones", phones).director.phones == phones
    assert (
        set_path(reg, "$.owner.phones[0]", Phone("LAND_LINE", "1")).director.phones[0].type
        == "LAND_LINE"
    )


@pytest.mark.parametrize(
    "path",
    [
        "",
        "edrpou",
        "$",
        "$.nope",
        "$.owner.nope",
        "$.owner.phones[0].nope",
        "$.owner.phones.number",
        "$.edrpou[0]",
        "$.kveds[0].code",
        "$.residence_address.zip.x",
        "$.security",
        "$.security.client_id",
        "$.owner[0]",
        "$.owner.phones[0][1]",
        "$.owner..tax_id",
    ],
)
def test_unknown_paths(path: str) -> None:
    with pytest.raises(UnknownPath):
        parse_path(path)
    with pytest.raises(UnknownPath):
        get_path(Registration.empty(), path)
    with pytest.raises(UnknownPath):
        set_path(Registration.empty(), path, "x")


def test_field_paths_cover_every_field_and_resolve() -> None:
    reg = load_registration("llc_outpatient_clinic")
    for path in FIELD_PATHS:
        value = get_path(reg, path)
        if path in LIST_ITEM_FIELDS:
            assert isinstance(value, tuple)
        elif path == "$.kveds":
            assert value == reg.facility.kveds
        else:
            assert isinstance(value, str | bool), path
    concrete = field_paths(reg)
    assert "$.owner.documents[0].issued_at" in concrete
    assert "$.phones[1].number" in concrete
    assert "$.archive[0].date" in concrete
    for path in concrete:
        value = get_path(reg, path)
        assert set_path(reg, path, value) == reg, path

    # every scalar of the model is reachable: count them by walking the dataclasses
    def scalars(obj: object) -> int:
        total = 0
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            if dataclasses.is_dataclass(value):
                total += scalars(value)
            elif not (isinstance(value, tuple) and f.name != "kveds"):
                total += 1
        return total

    leaves = {p for p in concrete if "[" not in p}
    assert len(leaves) == scalars(reg) == 46


def test_append_and_remove_items() -> None:
    reg = append_item(Registration.empty(), "$.owner.phones")
    assert len(reg.director.phones) == 2
    reg = set_path(reg, "$.owner.phones[1].number", "0442345678")
    reg = remove_item(reg, "$.owner.phones[0]")
    assert reg.director.phones == (Phone("", "0442345678"),)
    reg = append_item(reg, "$.kveds", "86.21")
    assert reg.facility.kveds == ("86.21",)
    with pytest.raises(IndexError):
        remove_item(reg, "$.owner.phones[4]")
    with pytest.raises(UnknownPath):
        remove_item(reg, "$.owner.tax_id")
    with pytest.raises(UnknownPath):
        append_item(reg, "$.owner.tax_id")
