"""The dictionary snapshots in resources/dictionaries and their loader."""

from __future__ import annotations

import json
import re

import pytest

from ehealth_wizard.core import dictionaries
from ehealth_wizard.core.dictionaries import (
    DICTIONARY_NAMES,
    allowed_kveds,
    dictionary,
    dictionary_source,
    kved_name,
    values,
)
from ehealth_wizard.resources import resource


@pytest.mark.parametrize("name", DICTIONARY_NAMES)
def test_every_dictionary_loads_with_a_source(name: str) -> None:
    entries = dictionary(name)
    assert entries
    assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in entries.items())
    assert dictionary_source(name)
    assert dictionary(name) is dictionary(name)  # loaded once


def test_reference_values() -> None:
    assert values("LEGAL_ENTITY_TYPE_V2") == ("PHARMACY", "PRIMARY_CARE", "OUTPATIENT")
    assert set(values("GENDER")) == {"MALE", "FEMALE"}
    assert set(values("PHONE_TYPE")) == {"MOBILE", "LAND_LINE"}
    assert set(values("ACCREDITATION_CATEGORY")) == {
        "HIGHEST",
        "FIRST",
        "SECOND",
        "NO_ACCREDITATION",
    }
    assert set(values("LICENSE_TYPE")) == {"MSP", "PHARMACY"}
    assert len(values("DOCUMENT_TYPE")) == 8
    assert dictionary("LEGAL_FORM")["910"] == "ПІДПРИЄМЕЦЬ-ФІЗИЧНА ОСОБА"
    assert dictionary("LEGAL_FORM")["240"] == "ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ"


def test_kveds() -> None:
    assert kved_name("86.21") == "Загальна медична практика"
    assert kved_name("47.73").startswith("Роздрібна торгівля фармацевтичними товарами")
    assert kved_name("00.00") == ""
    assert all(re.fullmatch(r"\d\d\.\d\d", code) for code in values("KVEDS"))
    section_q = values("KVED_SECTION_Q")
    assert "47.73" in section_q
    assert all(code.startswith(("86", "87", "88")) for code in section_q if code != "47.73")
    assert set(section_q) <= set(values("KVEDS"))
    assert allowed_kveds("PRIMARY_CARE") == ("86.10", "86.21") == dictionaries.KVEDS_ALLOWED_MSP
    assert allowed_kveds("OUTPATIENT") == ()  # the rule is for primary care (issue 14)
    assert allowed_kveds("PHARMACY") == ("47.73",) == dictionaries.KVEDS_ALLOWED_PHARMACY
    assert allowed_kveds("MIS") == ()


def test_owner_positions_are_positions() -> None:
    owners = dictionaries.OWNER_POSITIONS
    assert {"P1", "P2", "P3", "P26"} <= set(owners)
    assert "P7" not in owners  # a family doctor's position is not a head's
    assert set(owners) <= set(values("POSITION"))


def test_module_constants() -> None:
    assert values("LEGAL_ENTITY_TYPE_V2") == dictionaries.FACILITY_TYPES
    with pytest.raises(AttributeError):
        dictionaries.NOT_A_CONSTANT  # noqa: B018


def test_unknown_dictionary() -> None:
    with pytest.raises(KeyError):
        dictionary("NOPE")


def test_files_are_small_and_documented() -> None:
    folder = resource("dictionaries")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    assert len(names) == len(DICTIONARY_NAMES)
    for name in names:
        raw = json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        assert set(raw) == {"name", "source", "values"}
    sources = folder.joinpath("SOURCES.md").read_text(encoding="utf-8")
    for name in names:
        assert name in sources
