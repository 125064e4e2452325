"""Registration <-> the eHealth v2 legal-entity request JSON, its canonical bytes and its schema.

The director signs `canonical_bytes(build_payload(reg))`; the same data always yields the same
bytes. `schema_problems` checks a payload the way the server's first content stage does: the
v2 JSON schema with every "Dictionary: NAME" field turned into an enum of that dictionary.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jsonschema
from jsonschema.exceptions import ValidationError

from ehealth_wizard.core import normalize
from ehealth_wizard.core.bounded import MAX_REGISTRATION_FILE, read_regular_file
from ehealth_wizard.core.dictionaries import values
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.model import (
    Accreditation,
    Address,
    ArchiveEntry,
    Director,
    Document,
    Facility,
    License,
    Phone,
    PublicOffer,
    Registration,
    RegistrationMalformed,
    coerce_text,
)
from ehealth_wizard.core.problems import Problem
from ehealth_wizard.core.reasons import file_reason
from ehealth_wizard.resources import resource

SCHEMA_PARTS = ("schemas", "v2", "legal_entity_create_request.json")


class RegistrationFileUnreadable(UserFacingError):
    """The file cannot be read or is not JSON."""

    code = "registration_file_unreadable"


class RegistrationFileUnknown(UserFacingError):
    """JSON, but neither a draft, a saved registration nor an eHealth v2 request."""

    code = "registration_file_unknown"


# -- Registration -> payload ----------------------------------------------------------------


def _put(out: dict[str, Any], key: str, value: str) -> None:
    """Optional text: sent only when filled in."""
    if value:
        out[key] = value


def _phones(phones: tuple[Phone, ...]) -> list[dict[str, Any]]:
    """Rows without a number are blank rows of the form, not phones: they are not sent."""
    out = []
    for p in phones:
        if not p.number.strip():
            continue
        item: dict[str, Any] = {}
        _put(item, "type", p.type.strip())
        _put(item, "number", normalize.phone(p.number))
        out.append(item)
    return out


def _address(a: Address) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "RESIDENCE"}
    _put(out, "country", a.country.strip())
    _put(out, "area", normalize.text(a.area))
    _put(out, "region", normalize.text(a.region))
    _put(out, "settlement", normalize.text(a.settlement))
    _put(out, "settlement_type", a.settlement_type.strip())
    _put(out, "settlement_id", a.settlement_id.strip().lower())
    _put(out, "street_type", a.street_type.strip())
    _put(out, "street", normalize.text(a.street))
    _put(out, "building", normalize.text(a.building))
    _put(out, "apartment", normalize.text(a.apartment))
    _put(out, "zip", normalize.digits(a.zip))
    return out


def _owner(d: Director) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _put(out, "first_name", normalize.person_name(d.first_name))
    _put(out, "last_name", normalize.person_name(d.last_name))
    _put(out, "second_name", normalize.person_name(d.second_name))
    _put(out, "position", d.position.strip())
    _put(out, "tax_id", normalize.digits(d.tax_id))
    _put(out, "birth_date", d.birth_date.strip())
    _put(out, "gender", d.gender.strip())
    _put(out, "email", normalize.email(d.email))
    docs = []
    for doc in d.documents:
        item: dict[str, Any] = {}
        _put(item, "type", doc.type.strip())
        _put(item, "number", normalize.text(doc.number))
        _put(item, "issued_by", normalize.text(doc.issued_by))
        _put(item, "issued_at", doc.issued_at.strip())
        docs.append(item)
    out["documents"] = docs
    phones = _phones(d.phones)
    if phones:
        out["phones"] = phones
    return out


def _license(lic: License) -> dict[str, Any]:
    if lic.id.strip():
        return {"id": lic.id.strip().lower()}
    out: dict[str, Any] = {}
    _put(out, "type", lic.type.strip())
    _put(out, "license_number", normalize.text(lic.license_number))
    _put(out, "issued_by", normalize.text(lic.issued_by))
    _put(out, "issued_date", lic.issued_date.strip())
    _put(out, "expiry_date", lic.expiry_date.strip())
    _put(out, "active_from_date", lic.active_from_date.strip())
    _put(out, "what_licensed", normalize.text(lic.what_licensed))
    _put(out, "order_no", normalize.text(lic.order_no))
    return out


def _accreditation(acc: Accreditation) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _put(out, "category", acc.category.strip())
    _put(out, "order_no", normalize.text(acc.order_no))
    _put(out, "order_date", acc.order_date.strip())
    _put(out, "issued_date", acc.issued_date.strip())
    _put(out, "expiry_date", acc.expiry_date.strip())
    return out


def build_payload(reg: Registration) -> dict[str, Any]:
    """The v2 request body (before signing): only keys the schema allows, blanks left out.

    Built from any Registration, complete or not; `validate` says whether it is fit to sign.
    """
    f = reg.facility
    out: dict[str, Any] = {}
    _put(out, "edrpou", normalize.digits(f.edrpou))
    _put(out, "type", f.type.strip())
    out["residence_address"] = _address(f.residence_address)
    out["phones"] = _phones(f.phones)
    _put(out, "email", normalize.email(f.email))
    _put(out, "website", normalize.website(f.website))
    _put(out, "receiver_funds_code", normalize.digits(f.receiver_funds_code))
    _put(out, "beneficiary", normalize.person_name(f.beneficiary))
    out["owner"] = _owner(reg.director)
    if not reg.accreditation.is_empty():
        out["accreditation"] = _accreditation(reg.accreditation)
    if not reg.license.is_empty():
        out["license"] = _license(reg.license)
    archive = []
    for entry in f.archive:
        item: dict[str, Any] = {}
        _put(item, "date", entry.date.strip())
        _put(item, "place", normalize.text(entry.place))
        if item:
            archive.append(item)
    if archive:
        out["archive"] = archive
    out["security"] = {"redirect_uri": reg.security_redirect_uri.strip()}
    out["public_offer"] = {
        "consent": reg.public_offer.consent,
        "consent_text": reg.public_offer.consent_text.strip(),
    }
    return out


def canonical_bytes(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes that get signed: UTF-8, sorted keys, no whitespace, no \\u escapes."""
    return json.dumps(
        payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


# -- payload -> Registration ----------------------------------------------------------------


def _s(obj: Mapping[str, Any], key: str) -> str:
    return coerce_text(obj.get(key), key)


def _obj(obj: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = obj.get(key)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise RegistrationMalformed(reason=f"{key} is not an object")
    return value


def _items(obj: Mapping[str, Any], key: str) -> Iterator[Mapping[str, Any]]:
    value = obj.get(key)
    if value is None:
        return
    if not isinstance(value, list):
        raise RegistrationMalformed(reason=f"{key} is not a list")
    for item in value:
        if not isinstance(item, Mapping):
            raise RegistrationMalformed(reason=f"{key} holds a non-object")
        yield item


def _phones_from(obj: Mapping[str, Any], key: str) -> tuple[Phone, ...]:
    return tuple(Phone(type=_s(p, "type"), number=_s(p, "number")) for p in _items(obj, key))


def registration_from_payload(data: Any) -> Registration:
    """A Registration holding what a v2 request carries (name, legal form, KVEDs stay blank)."""
    if not isinstance(data, Mapping):
        raise RegistrationMalformed(reason="not an object")
    a = _obj(data, "residence_address")
    address = Address(
        **{
            name: _s(a, name)
            for name in (
                "area",
                "region",
                "settlement",
                "settlement_type",
                "settlement_id",
                "street_type",
                "street",
                "building",
                "apartment",
                "zip",
            )
        },
        country=_s(a, "country"),
    )
    facility = Facility(
        edrpou=_s(data, "edrpou"),
        type=_s(data, "type"),
        residence_address=address,
        phones=_phones_from(data, "phones"),
        email=_s(data, "email"),
        website=_s(data, "website"),
        receiver_funds_code=_s(data, "receiver_funds_code"),
        beneficiary=_s(data, "beneficiary"),
        archive=tuple(
            ArchiveEntry(date=_s(e, "date"), place=_s(e, "place")) for e in _items(data, "archive")
        ),
    )
    o = _obj(data, "owner")
    director = Director(
        first_name=_s(o, "first_name"),
        last_name=_s(o, "last_name"),
        second_name=_s(o, "second_name"),
        tax_id=_s(o, "tax_id"),
        birth_date=_s(o, "birth_date"),
        gender=_s(o, "gender"),
        position=_s(o, "position"),
        email=_s(o, "email"),
        documents=tuple(
            Document(
                type=_s(d, "type"),
                number=_s(d, "number"),
                issued_by=_s(d, "issued_by"),
                issued_at=_s(d, "issued_at"),
            )
            for d in _items(o, "documents")
        ),
        phones=_phones_from(o, "phones"),
    )
    lic = _obj(data, "license")
    license_ = License(
        **{
            name: _s(lic, name)
            for name in (
                "id",
                "type",
                "license_number",
                "issued_by",
                "issued_date",
                "expiry_date",
                "active_from_date",
                "what_licensed",
                "order_no",
            )
        }
    )
    acc = _obj(data, "accreditation")
    accreditation = Accreditation(
        **{
            name: _s(acc, name)
            for name in ("category", "order_no", "order_date", "issued_date", "expiry_date")
        }
    )
    offer = _obj(data, "public_offer")
    public_offer = PublicOffer(
        consent=offer.get("consent") is True, consent_text=_s(offer, "consent_text")
    )
    return Registration(
        facility=facility,
        license=license_,
        accreditation=accreditation,
        director=director,
        public_offer=public_offer,
        security_redirect_uri=_s(_obj(data, "security"), "redirect_uri"),
    )


# -- the v2 JSON schema ---------------------------------------------------------------------

_DICTIONARY_REF = re.compile(r"Dictionary:\s*([A-Z0-9_]+)")


def _inject_enums(node: Any) -> None:
    """What the server's schema_mapper does: "Dictionary: NAME" -> enum of NAME's codes."""
    if isinstance(node, dict):
        description = node.get("description")
        if isinstance(description, str):
            m = _DICTIONARY_REF.search(description)
            if m:
                node["enum"] = list(values(m.group(1)))
        for child in node.values():
            _inject_enums(child)
    elif isinstance(node, list):
        for child in node:
            _inject_enums(child)


@cache
def schema() -> Mapping[str, Any]:
    """The v2 request schema with dictionary enums injected (a fresh deep copy is not needed:
    callers must not modify it)."""
    raw = json.loads(resource(*SCHEMA_PARTS).read_text(encoding="utf-8"))
    _inject_enums(raw)
    result: Mapping[str, Any] = raw
    return result


def _inline_refs(node: Any, definitions: Mapping[str, Any]) -> Any:
    """Replace local `#/definitions/x` refs by their targets (the schema is not recursive).

    Draft 4 ignores the siblings of a `$ref`, so dropping them keeps the meaning; resolving
    refs once here makes each validation several times faster.
    """
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/definitions/"):
            return _inline_refs(copy.deepcopy(definitions[ref.rsplit("/", 1)[1]]), definitions)
        return {k: _inline_refs(v, definitions) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, definitions) for v in node]
    return node


@cache
def _validator() -> jsonschema.protocols.Validator:
    raw = _inline_refs(copy.deepcopy(dict(schema())), schema().get("definitions", {}))
    cls = jsonschema.validators.validator_for(raw)
    cls.check_schema(raw)
    validator: jsonschema.protocols.Validator = cls(raw, format_checker=cls.FORMAT_CHECKER)
    return validator


def json_path(parts: Any) -> str:
    """deque(['owner', 'phones', 0, 'number']) -> `$.owner.phones[0].number`."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


_REQUIRED_MSG = re.compile(r"^'(.+)' is a required property$")


def _error_problems(error: ValidationError) -> Iterator[Problem]:
    path = json_path(error.absolute_path)
    kind = error.validator
    if kind == "required":
        m = _REQUIRED_MSG.match(error.message)
        missing = [m.group(1)] if m else [str(error.validator_value)]
        for name in missing:
            yield Problem(f"{path}.{name}", "schema_required")
    elif kind == "additionalProperties":
        node = error.schema if isinstance(error.schema, Mapping) else {}
        known = set(node.get("properties") or {})
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        for key in sorted(k for k in instance if k not in known):
            yield Problem(f"{path}.{key}", "schema_additional_property")
    elif kind == "pattern":
        yield Problem(path, "schema_format", {"pattern": error.validator_value})
    elif kind == "format":
        yield Problem(path, "schema_format", {"format": error.validator_value})
    elif kind == "enum":
        choices = error.validator_value if isinstance(error.validator_value, list) else []
        listed = ", ".join(json.dumps(v, ensure_ascii=False) for v in choices)
        yield Problem(path, "schema_enum", {"allowed": listed})
    elif kind == "type":
        expected = error.validator_value
        if isinstance(expected, list):
            expected = "|".join(expected)
        yield Problem(path, "schema_type", {"expected": expected})
    elif kind == "minItems":
        yield Problem(path, "schema_min_items", {"min": error.validator_value})
    elif kind == "minLength":
        yield Problem(path, "schema_min_length", {"min": error.validator_value})
    else:
        yield Problem(path, "schema_invalid", {"rule": str(kind)})


def schema_problems(payload: Any) -> list[Problem]:
    """Every way `payload` breaks the v2 schema, as Problems with server-style paths.

    Pure and cheap after the first call (the validator is compiled once).
    """
    errors = sorted(
        _validator().iter_errors(payload), key=lambda e: (json_path(e.absolute_path), e.validator)
    )
    out: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for error in errors:
        for problem in _error_problems(error):
            if (problem.path, problem.code) not in seen:
                seen.add((problem.path, problem.code))
                out.append(problem)
    out.sort(key=lambda p: (p.path, p.code))
    return out


# -- files: draft, saved registration or v2 request -----------------------------------------

FileKind = Literal["draft", "registration", "payload"]


@dataclass(frozen=True)
class LoadedFile:
    """A file the `check`, `payload` and `sign` commands were given."""

    kind: FileKind
    registration: Registration
    data: Mapping[str, Any]  # the parsed JSON, as found


def classify(data: Any) -> FileKind:
    """Tell the three shapes apart: a draft wraps `registration`; a saved Registration has
    `facility`/`director`; a v2 request has `edrpou`/`owner`."""
    if not isinstance(data, Mapping):
        raise RegistrationFileUnknown()
    if isinstance(data.get("registration"), Mapping):
        return "draft"
    if "version" in data and isinstance(data.get("data"), Mapping):
        return "draft"  # the first prototype's draft layout keeps the registration in "data"
    if "facility" in data or "director" in data:
        return "registration"
    if "edrpou" in data or "owner" in data:
        return "payload"
    raise RegistrationFileUnknown()


def parse_registration_data(data: Any) -> LoadedFile:
    kind = classify(data)
    if kind == "draft":
        inner = data["registration"] if "registration" in data else data["data"]
        reg = Registration.from_dict(inner)
    elif kind == "registration":
        reg = Registration.from_dict(data)
    else:
        reg = registration_from_payload(data)
    return LoadedFile(kind=kind, registration=reg, data=data)


def read_registration_file(path: str | Path) -> LoadedFile:
    """Read a draft, a saved registration or a v2 request JSON file.

    Raises RegistrationFileUnreadable (I/O, encoding, JSON), RegistrationFileUnknown (shape) or
    RegistrationMalformed (a recognised shape with wrong contents).
    """
    try:
        raw = read_regular_file(path, MAX_REGISTRATION_FILE)
    except OSError as exc:
        raise RegistrationFileUnreadable(path=str(path), reason=file_reason(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise RegistrationFileUnreadable(path=str(path), reason="not_text") from exc
    except json.JSONDecodeError as exc:
        raise RegistrationFileUnreadable(
            path=str(path), reason="not_json", line=exc.lineno, column=exc.colno
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise RegistrationFileUnreadable(
            path=str(path), reason="not_json", line="?", column="?"
        ) from exc
    try:
        return parse_registration_data(data)
    except RegistrationFileUnknown as exc:
        raise RegistrationFileUnknown(path=str(path)) from exc


def load_registration_file(path: str | Path) -> Registration:
    """The Registration in a draft, a saved registration or a v2 request JSON file."""
    return read_registration_file(path).registration
