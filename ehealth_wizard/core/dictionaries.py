"""eHealth dictionaries (KVED, positions, document types, ...) shipped in resources/dictionaries.

The server turns every schema field described as "Dictionary: NAME" into an enum of that
dictionary; the program carries a snapshot so forms and validation work offline. Files are
read once per process.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from ehealth_wizard.resources import resource

# Server dictionary name -> file under resources/dictionaries/.
_FILES: dict[str, str] = {
    "LEGAL_ENTITY_TYPE_V2": "legal_entity_type_v2.json",
    "LEGAL_FORM": "legal_form.json",
    "PHONE_TYPE": "phone_type.json",
    "SETTLEMENT_TYPE": "settlement_type.json",
    "STREET_TYPE": "street_type.json",
    "GENDER": "gender.json",
    "ACCREDITATION_CATEGORY": "accreditation_category.json",
    "KVEDS": "kveds.json",
    "KVED_SECTION_Q": "kved_section_q.json",
    "KVEDS_ALLOWED_MSP": "kveds_allowed_msp.json",
    "KVEDS_ALLOWED_PHARMACY": "kveds_allowed_pharmacy.json",
    "DOCUMENT_TYPE": "document_type.json",
    "POSITION": "position.json",
    "OWNER_POSITIONS": "owner_positions.json",
    "LICENSE_TYPE": "license_type.json",
    "EDR_STATE": "edr_state.json",
    "ADDRESS_TYPE": "address_type.json",
    "OWNER_PROPERTY_TYPE": "owner_property_type.json",
    "COUNTRY": "country.json",
}

DICTIONARY_NAMES: tuple[str, ...] = tuple(_FILES)

# Facility type -> the license type the server demands for it (v2 licenses.ex).
LICENSE_TYPE_FOR: Mapping[str, str] = MappingProxyType(
    {"PRIMARY_CARE": "MSP", "OUTPATIENT": "MSP", "PHARMACY": "PHARMACY"}
)
# The legal form code of a ФОП (natural-person entrepreneur).
LEGAL_FORM_FOP = "910"


@cache
def dictionary(name: str) -> Mapping[str, str]:
    """Code -> Ukrainian name of one dictionary, in file order; KeyError for an unknown name."""
    file_name = _FILES[name]
    raw = json.loads(resource("dictionaries", file_name).read_text(encoding="utf-8"))
    values = raw["values"]
    if not isinstance(values, dict):  # pragma: no cover - shipped data is checked by tests
        raise TypeError(f"{file_name}: 'values' is not an object")
    return MappingProxyType({str(k): str(v) for k, v in values.items()})


def dictionary_source(name: str) -> str:
    """Where a dictionary snapshot came from (shown in 'about' and kept in SOURCES.md)."""
    raw = json.loads(resource("dictionaries", _FILES[name]).read_text(encoding="utf-8"))
    return str(raw.get("source", ""))


def values(name: str) -> tuple[str, ...]:
    """The codes of a dictionary (what the server's injected enum allows)."""
    return tuple(dictionary(name))


def kved_name(code: str) -> str:
    """Ukrainian name of a KVED class, "" when the code is unknown."""
    return dictionary("KVEDS").get(code, "")


def allowed_kveds(facility_type: str) -> tuple[str, ...]:
    """KVED codes of which a facility of this type needs at least one (empty: no rule).

    The rule is for primary care (PRIMARY_CARE: 86.21 or 86.10, the v1 server's
    KVEDS_ALLOWED_MSP) and pharmacies (47.73); an OUTPATIENT clinic with only specialised
    practice (86.22) or other health care (86.90) has none — v2 has no KVED check at all.
    """
    if facility_type == "PRIMARY_CARE":
        return values("KVEDS_ALLOWED_MSP")
    if facility_type == "PHARMACY":
        return values("KVEDS_ALLOWED_PHARMACY")
    return ()


def __getattr__(name: str) -> tuple[str, ...]:
    """Module-level constants (OWNER_POSITIONS, KVEDS_ALLOWED_MSP, ...) loaded lazily."""
    if name in _CONSTANTS:
        return values(_CONSTANTS[name])
    raise AttributeError(name)


_CONSTANTS: dict[str, str] = {
    "OWNER_POSITIONS": "OWNER_POSITIONS",
    "KVEDS_ALLOWED_MSP": "KVEDS_ALLOWED_MSP",
    "KVEDS_ALLOWED_PHARMACY": "KVEDS_ALLOWED_PHARMACY",
    "FACILITY_TYPES": "LEGAL_ENTITY_TYPE_V2",
    "KVED_SECTION_Q": "KVED_SECTION_Q",
}

OWNER_POSITIONS: tuple[str, ...]
KVEDS_ALLOWED_MSP: tuple[str, ...]
KVEDS_ALLOWED_PHARMACY: tuple[str, ...]
FACILITY_TYPES: tuple[str, ...]
KVED_SECTION_Q: tuple[str, ...]
