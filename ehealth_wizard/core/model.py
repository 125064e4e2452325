"""What the director fills in: a facility registration, half-filled or complete.

Every user-typed field is a `str` ("" when unset; dates as ISO "YYYY-MM-DD") so a draft can
hold any state of the form and validation, not the type system, says what is missing. Lists
are tuples so the whole tree stays frozen and hashable.

Fields are reached by the same JSON paths the eHealth server writes in its errors
(`$.owner.tax_id`, `$.phones[0].number`, `$.license.expiry_date`); facility fields that v2 does
not send but the director still states (`$.name`, `$.legal_form`, `$.kveds`) use their v1 paths.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from ehealth_wizard.core.errors import UserFacingError

SCHEMA_VERSION = 1

DEFAULT_REDIRECT_URI = "https://ehealth-wizard.localhost/oauth/callback"
DEFAULT_CONSENT_TEXT = (
    "Ознайомлений та погоджуюсь з умовами публічної оферти "
    "щодо приєднання до електронної системи охорони здоров'я"
)

FACILITY_TYPES = ("PRIMARY_CARE", "OUTPATIENT", "PHARMACY")


class RegistrationMalformed(UserFacingError):
    """A saved registration (draft or file) is not something this program wrote."""

    code = "registration_malformed"


class RegistrationTooNew(RegistrationMalformed):
    """Written by a newer version of the program."""

    code = "registration_too_new"


class UnknownPath(KeyError):
    """A JSON path that names no field of a Registration (a programming error)."""


@dataclass(frozen=True)
class Phone:
    type: str = ""  # PHONE_TYPE: MOBILE | LAND_LINE
    number: str = ""


@dataclass(frozen=True)
class Address:
    country: str = "UA"
    area: str = ""  # область
    region: str = ""  # район
    settlement: str = ""
    settlement_type: str = ""  # SETTLEMENT_TYPE
    settlement_id: str = ""  # UUID from the uaddresses register
    street_type: str = ""  # STREET_TYPE
    street: str = ""
    building: str = ""
    apartment: str = ""
    zip: str = ""


@dataclass(frozen=True)
class ArchiveEntry:
    date: str = ""
    place: str = ""


@dataclass(frozen=True)
class Document:
    type: str = ""  # DOCUMENT_TYPE
    number: str = ""
    issued_by: str = ""
    issued_at: str = ""


@dataclass(frozen=True)
class Facility:
    edrpou: str = ""  # 8-digit ЄДРПОУ, or the 10-digit РНОКПП of a ФОП
    type: str = ""  # PRIMARY_CARE | OUTPATIENT | PHARMACY
    name: str = ""  # as in ЄДР (not sent in v2; compared with the register)
    short_name: str = ""
    legal_form: str = ""  # LEGAL_FORM code, e.g. "240" ТОВ, "910" ФОП
    kveds: tuple[str, ...] = ()
    residence_address: Address = field(default_factory=Address)
    phones: tuple[Phone, ...] = ()
    email: str = ""
    website: str = ""
    receiver_funds_code: str = ""
    beneficiary: str = ""
    archive: tuple[ArchiveEntry, ...] = ()

    @property
    def is_fop(self) -> bool:
        """A ФОП registers under the owner's 10-digit РНОКПП instead of an 8-digit ЄДРПОУ."""
        return len(self.edrpou.strip()) == 10 and self.edrpou.strip().isdigit()


# eHealth refuses a license without an end date as "License is expired" (v2/licenses.ex checks
# `expiry_date && expiry_date >= today`), yet most Ukrainian medical licenses are indefinite. An
# indefinite license is therefore sent with the last representable day; the form offers it as
# the "indefinite" tick box, the CLI user writes this date.
INDEFINITE_LICENSE_EXPIRY = "9999-12-31"


@dataclass(frozen=True)
class License:
    id: str = ""  # uuid of a license eHealth already knows; then nothing else is sent
    type: str = ""  # LICENSE_TYPE: MSP | PHARMACY
    license_number: str = ""
    issued_by: str = ""
    issued_date: str = ""
    expiry_date: str = ""
    active_from_date: str = ""
    what_licensed: str = ""
    order_no: str = ""

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) == "" for f in fields(self))


@dataclass(frozen=True)
class Accreditation:
    category: str = ""  # ACCREDITATION_CATEGORY
    order_no: str = ""
    order_date: str = ""
    issued_date: str = ""
    expiry_date: str = ""

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) == "" for f in fields(self))


@dataclass(frozen=True)
class Director:
    first_name: str = ""
    last_name: str = ""
    second_name: str = ""  # по батькові
    tax_id: str = ""  # РНОКПП
    birth_date: str = ""
    gender: str = ""  # MALE | FEMALE | ""
    position: str = ""  # POSITION, one of OWNER_POSITIONS
    email: str = ""
    documents: tuple[Document, ...] = ()
    phones: tuple[Phone, ...] = ()


@dataclass(frozen=True)
class PublicOffer:
    consent: bool = False
    consent_text: str = DEFAULT_CONSENT_TEXT


@dataclass(frozen=True)
class Registration:
    facility: Facility = field(default_factory=Facility)
    license: License = field(default_factory=License)
    accreditation: Accreditation = field(default_factory=Accreditation)
    director: Director = field(default_factory=Director)
    public_offer: PublicOffer = field(default_factory=PublicOffer)
    security_redirect_uri: str = DEFAULT_REDIRECT_URI

    @classmethod
    def empty(cls) -> Registration:
        """A fresh form: one facility phone, one director document and phone to fill in."""
        return cls(
            facility=Facility(phones=(Phone(type="MOBILE"),)),
            director=Director(
                documents=(Document(type="PASSPORT"),), phones=(Phone(type="MOBILE"),)
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (lists, not tuples) with `schema_version`."""
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        data.update(_to_plain(self))
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Registration:
        """Inverse of to_dict; missing keys take defaults, unknown keys are ignored.

        Raises RegistrationMalformed when the data has the wrong shape and RegistrationTooNew
        when a newer program wrote it.
        """
        if not isinstance(data, Mapping):
            raise RegistrationMalformed(reason="not an object")
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise RegistrationMalformed(reason="bad schema_version")
        if version > SCHEMA_VERSION:
            raise RegistrationTooNew(version=version, supported=SCHEMA_VERSION)
        return _from_plain(cls, data, "$")


# -- plain data <-> dataclasses -------------------------------------------------------------

_D = TypeVar("_D")

# Element class of every tuple field that holds dataclasses (others hold str).
_ITEM_TYPES: dict[tuple[type, str], type] = {
    (Facility, "phones"): Phone,
    (Facility, "archive"): ArchiveEntry,
    (Director, "documents"): Document,
    (Director, "phones"): Phone,
}
_NESTED_TYPES: dict[tuple[type, str], type] = {
    (Registration, "facility"): Facility,
    (Registration, "license"): License,
    (Registration, "accreditation"): Accreditation,
    (Registration, "director"): Director,
    (Registration, "public_offer"): PublicOffer,
    (Facility, "residence_address"): Address,
}
_BOOL_FIELDS = {(PublicOffer, "consent")}
_STR_TUPLE_FIELDS = {(Facility, "kveds")}


def _to_plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _to_plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple):
        return [_to_plain(x) for x in obj]
    return obj


def coerce_text(value: Any, where: str) -> str:
    """A user-typed field read from JSON: None is "", a number becomes its text (hand-edited
    files), anything else is `RegistrationMalformed` naming `where`."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise RegistrationMalformed(reason=f"{where} is not text")


def _from_plain(cls: type[_D], data: Any, where: str) -> _D:
    if not isinstance(data, Mapping):
        raise RegistrationMalformed(reason=f"{where} is not an object")
    kwargs: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in data:
            continue
        value = data[f.name]
        here = f"{where}.{f.name}"
        key = (cls, f.name)
        if key in _NESTED_TYPES:
            kwargs[f.name] = _from_plain(
                _NESTED_TYPES[key], value if value is not None else {}, here
            )
        elif key in _ITEM_TYPES:
            kwargs[f.name] = tuple(
                _from_plain(_ITEM_TYPES[key], item, f"{here}[{i}]")
                for i, item in enumerate(_as_list(value, here))
            )
        elif key in _STR_TUPLE_FIELDS:
            kwargs[f.name] = tuple(
                coerce_text(item, f"{here}[{i}]") for i, item in enumerate(_as_list(value, here))
            )
        elif key in _BOOL_FIELDS:
            if not isinstance(value, bool):
                raise RegistrationMalformed(reason=f"{here} is not true/false")
            kwargs[f.name] = value
        else:
            kwargs[f.name] = coerce_text(value, here)
    return cls(**kwargs)


def _as_list(value: Any, where: str) -> Sequence[Any]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise RegistrationMalformed(reason=f"{where} is not a list")
    return value


# -- JSON paths -----------------------------------------------------------------------------

# First path segment -> attribute chain from the Registration.
_ROOTS: dict[str, tuple[str, ...]] = {
    "edrpou": ("facility", "edrpou"),
    "type": ("facility", "type"),
    "name": ("facility", "name"),
    "short_name": ("facility", "short_name"),
    "legal_form": ("facility", "legal_form"),
    "kveds": ("facility", "kveds"),
    "residence_address": ("facility", "residence_address"),
    "phones": ("facility", "phones"),
    "email": ("facility", "email"),
    "website": ("facility", "website"),
    "receiver_funds_code": ("facility", "receiver_funds_code"),
    "beneficiary": ("facility", "beneficiary"),
    "archive": ("facility", "archive"),
    "owner": ("director",),
    "license": ("license",),
    "accreditation": ("accreditation",),
    "public_offer": ("public_offer",),
    "security": (),  # only security.redirect_uri, special-cased
}

_TOKEN = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")

PathStep = str | int


def parse_path(path: str) -> tuple[PathStep, ...]:
    """`$.owner.phones[0].number` -> ("director", "phones", 0, "number") (model attributes)."""
    if not path.startswith("$"):
        raise UnknownPath(path)
    raw: list[PathStep] = []
    pos = 1
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if not m:
            raise UnknownPath(path)
        raw.append(m.group(1) if m.group(1) is not None else int(m.group(2)))
        pos = m.end()
    if not raw or not isinstance(raw[0], str) or raw[0] not in _ROOTS:
        raise UnknownPath(path)
    if raw[0] == "security":
        if raw[1:] != ["redirect_uri"]:
            raise UnknownPath(path)
        return ("security_redirect_uri",)
    steps: tuple[PathStep, ...] = _ROOTS[raw[0]] + tuple(raw[1:])
    _check_steps(path, steps)
    return steps


def _check_steps(path: str, steps: tuple[PathStep, ...]) -> None:
    """Every step must name a field of the class reached so far; an index must follow a list."""
    cls: type | None = Registration
    i = 0
    while i < len(steps):
        step = steps[i]
        if cls is None or not isinstance(step, str) or step not in _field_names(cls):
            raise UnknownPath(path)
        key = (cls, step)
        if key in _NESTED_TYPES:
            cls = _NESTED_TYPES[key]
        elif (key in _ITEM_TYPES or key in _STR_TUPLE_FIELDS) and (
            i + 1 < len(steps) and isinstance(steps[i + 1], int)
        ):
            cls = _ITEM_TYPES.get(key)  # None for a list of codes: nothing may follow
            i += 1
        else:
            cls = None
        i += 1


def _field_names(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


def get_path(reg: Registration, path: str) -> Any:
    """The value at a JSON path: str for text fields, bool for consent, tuples for lists.

    An index past the end of a list reads as the default ("" for a text field), so a form can
    bind `$.owner.phones[1].number` before the second phone exists.
    """
    node: Any = reg
    steps = parse_path(path)
    for i, step in enumerate(steps):
        if isinstance(step, int):
            if step >= len(node):
                return _default_at(steps[: i + 1], steps[i + 1 :])
            node = node[step]
        else:
            node = getattr(node, step)
    return node


def _default_at(list_steps: tuple[PathStep, ...], rest: tuple[PathStep, ...]) -> Any:
    item = _new_item(_list_key(list_steps))
    node: Any = item
    for step in rest:
        node = getattr(node, str(step))
    return node


def _list_key(list_steps: tuple[PathStep, ...]) -> tuple[type, str]:
    """(owner class, field) of the tuple that the last index in list_steps indexes."""
    cls: type = Registration
    owner: type = Registration
    name = ""
    for step in list_steps[:-1]:
        if isinstance(step, int):
            cls = _ITEM_TYPES[(owner, name)]
            continue
        owner, name = cls, step
        nested = _NESTED_TYPES.get((cls, step))
        if nested is not None:
            cls = nested
    return (owner, name)


def _new_item(key: tuple[type, str]) -> Any:
    if key in _STR_TUPLE_FIELDS:
        return ""
    return _ITEM_TYPES[key]()


def set_path(reg: Registration, path: str, value: Any) -> Registration:
    """A copy of `reg` with the field at `path` replaced.

    Indexing one past the end of a list appends a new item (so typing into an empty "second
    phone" row creates it). `$.kveds` takes a sequence of codes or a text of codes separated by
    commas or spaces.
    """
    result: Registration = _set(reg, parse_path(path), value, path)
    return result


def _set(node: Any, steps: tuple[PathStep, ...], value: Any, path: str) -> Any:
    step = str(steps[0])
    rest = steps[1:]
    current = getattr(node, step)
    key = (type(node), step)
    if not rest:
        return dataclasses.replace(node, **{step: _coerce_value(key, current, value, path)})
    if isinstance(rest[0], int):
        index, after = rest[0], rest[1:]
        items = tuple(current)
        if index > len(items):
            raise IndexError(path)
        if index == len(items):
            items = (*items, _new_item(key))
        new_item = (
            _set(items[index], after, value, path)
            if after
            else _check_value(items[index], value, path)
        )
        return dataclasses.replace(node, **{step: (*items[:index], new_item, *items[index + 1 :])})
    return dataclasses.replace(node, **{step: _set(current, rest, value, path)})


def _check_value(current: Any, value: Any, path: str) -> Any:
    if type(value) is not type(current):
        raise TypeError(f"{path}: expected {type(current).__name__}, got {type(value).__name__}")
    return value


_SPLIT_CODES = re.compile(r"[\s,;]+")


def _coerce_value(key: tuple[type, str], current: Any, value: Any, path: str) -> Any:
    if key in _STR_TUPLE_FIELDS:
        if isinstance(value, str):
            return tuple(code for code in _SPLIT_CODES.split(value) if code)
        if isinstance(value, Sequence) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise TypeError(f"{path}: expected codes")
    if key in _ITEM_TYPES:
        item_cls = _ITEM_TYPES[key]
        if isinstance(value, Sequence) and all(isinstance(v, item_cls) for v in value):
            return tuple(value)
        raise TypeError(f"{path}: expected a sequence of {item_cls.__name__}")
    return _check_value(current, value, path)


def append_item(reg: Registration, list_path: str, item: Any = None) -> Registration:
    """Add an item (a blank one by default) at the end of the list at `list_path`."""
    items = get_path(reg, list_path)
    if not isinstance(items, tuple):
        raise UnknownPath(list_path)
    steps = parse_path(list_path)
    if item is None:
        item = _new_item(_list_key((*steps, 0)))
    return set_path(reg, f"{list_path}[{len(items)}]", item)


def remove_item(reg: Registration, item_path: str) -> Registration:
    """Drop the list item at `item_path` (e.g. `$.owner.phones[1]`)."""
    m = re.fullmatch(r"(.*)\[(\d+)\]", item_path)
    if not m:
        raise UnknownPath(item_path)
    list_path, index = m.group(1), int(m.group(2))
    items = get_path(reg, list_path)
    if not isinstance(items, tuple):
        raise UnknownPath(item_path)
    if index >= len(items):
        raise IndexError(item_path)
    result: Registration = _replace_list(
        reg, parse_path(list_path), items[:index] + items[index + 1 :]
    )
    return result


def _replace_list(node: Any, steps: tuple[PathStep, ...], new: tuple[Any, ...]) -> Any:
    step = steps[0]
    if isinstance(step, int):  # pragma: no cover - lists are never nested in lists
        raise UnknownPath(str(steps))
    if len(steps) == 1:
        return dataclasses.replace(node, **{step: new})
    return dataclasses.replace(node, **{step: _replace_list(getattr(node, step), steps[1:], new)})


# Item fields of each list, by list path.
LIST_ITEM_FIELDS: Mapping[str, tuple[str, ...]] = {
    "$.phones": ("type", "number"),
    "$.archive": ("date", "place"),
    "$.owner.documents": ("type", "number", "issued_by", "issued_at"),
    "$.owner.phones": ("type", "number"),
}


def _scalar_paths() -> tuple[str, ...]:
    out: list[str] = []
    for root in _ROOTS:
        if root == "security":
            out.append("$.security.redirect_uri")
            continue
        path = f"$.{root}"
        if path in LIST_ITEM_FIELDS:
            out.append(path)
            continue
        target: Any = Registration()
        for step in _ROOTS[root]:
            target = getattr(target, step)
        if dataclasses.is_dataclass(target):
            out.extend(f"{path}.{f.name}" for f in fields(target))
            for sub in LIST_ITEM_FIELDS:
                if sub.startswith(path + "."):
                    out.remove(sub)
                    out.append(sub)
        else:
            out.append(path)
    return tuple(out)


# Every editable path: scalars, plus each list path (whose items are `<list>[i].<field>`).
FIELD_PATHS: tuple[str, ...] = _scalar_paths()


def field_paths(reg: Registration) -> tuple[str, ...]:
    """Every concrete leaf path of this registration, list items expanded."""
    out: list[str] = []
    for path in FIELD_PATHS:
        item_fields = LIST_ITEM_FIELDS.get(path)
        if item_fields is None:
            out.append(path)
            continue
        items = get_path(reg, path)
        for i in range(len(items)):
            if item_fields:
                out.extend(f"{path}[{i}].{name}" for name in item_fields)
            else:
                out.append(f"{path}[{i}]")
    return tuple(out)
