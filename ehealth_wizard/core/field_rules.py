"""Which fields must be filled, and how long a field may be: said once, for the rules and the form.

The validation rules ask `required_paths` whether an empty value is an error; the form pages ask
it which labels get a "*" (when a page is built and whenever the registration changes, because
the answer depends on it: a ФОП has no legal form, a pharmacy needs its license number, an
accreditation once started needs its category and order). Light on purpose (model only): the
pages are built before any validation runs.

Length caps: the eHealth v2 legal-entity schema has no `maxLength` (only `minLength: 1` on a
document's number and issuer, i.e. required). The caps below are the ones a documented format
fixes; each names its source. Other fields have none: the server does not cap them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ehealth_wizard.core.model import Accreditation, Director, Facility, License, Registration

ADDRESS = "$.residence_address"

# Fields a row must have once the row is in use (a phone with a number, an archive row with
# anything in it, every identity document).
ITEM_REQUIRED: dict[str, tuple[str, ...]] = {
    "$.phones": ("type",),
    "$.archive": ("date", "place"),
    "$.owner.documents": ("type", "number"),
    "$.owner.phones": ("type",),
}

# field path -> (characters, where the cap comes from); the digits-only fields take it as their
# number of digits.
MAX_LENGTH: dict[str, tuple[int, str]] = {
    "$.edrpou": (10, "schema `edrpou`: 8 digits (ЄДРПОУ) or 10 (a ФОП's РНОКПП)"),
    "$.owner.tax_id": (10, "schema owner `tax_id`: at most 10; a РНОКПП has 10 digits"),
    f"{ADDRESS}.zip": (5, "schema `zip`: ^[0-9]{5}$"),
    f"{ADDRESS}.settlement_id": (36, "schema `settlement_id`: a UUID, 36 characters"),
    f"{ADDRESS}.building": (21, "schema `building`: a digit and at most 20 more characters"),
    "$.email": (254, "RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its <>"),
    "$.owner.email": (254, "RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its <>"),
}


def max_length(path: str) -> int:
    """The cap for `path`, 0 when no documented format bounds it."""
    return MAX_LENGTH.get(path, (0, ""))[0]


def _under(prefix: str, names: Iterable[str]) -> set[str]:
    return {f"{prefix}.{name}" for name in names}


def facility_required(f: Facility) -> set[str]:
    out = {"$.edrpou", "$.type", "$.name", "$.kveds", "$.email", "$.phones", "$.phones[0].number"}
    if not f.is_fop:  # a ФОП is its owner: no legal form of its own
        out.add("$.legal_form")
    out |= _under(ADDRESS, ("country", "area", "settlement", "settlement_type", "settlement_id"))
    out |= _rows("$.phones", len(f.phones))
    out |= _rows("$.archive", len(f.archive))
    return out


def director_required(d: Director) -> set[str]:
    names = ("first_name", "last_name", "tax_id", "birth_date", "gender", "position", "email")
    out = _under("$.owner", names) | {"$.owner.documents"}
    out |= _rows("$.owner.documents", len(d.documents))
    out |= _rows("$.owner.phones", len(d.phones))
    return out


def license_required(lic: License, facility_type: str) -> set[str]:
    if lic.id.strip():  # an existing license: only its id is sent
        return {"$.license.id"}
    names = ("type", "issued_by", "order_no", "issued_date", "active_from_date", "expiry_date")
    out = _under("$.license", names)
    if facility_type.strip() == "PHARMACY":
        out.add("$.license.license_number")
    return out


def accreditation_required(acc: Accreditation) -> set[str]:
    """Optional; once started, its category, order number and order date."""
    if acc.is_empty():
        return set()
    return _under("$.accreditation", ("category", "order_no", "order_date"))


FIXED_REQUIRED = frozenset(
    {"$.public_offer.consent", "$.public_offer.consent_text", "$.security.redirect_uri"}
)


def required_paths(reg: Registration) -> frozenset[str]:
    """Every JSON path that must be filled in this registration's state (list rows by index; the
    first row of each list is always counted, as the form shows it)."""
    return frozenset(
        facility_required(reg.facility)
        | director_required(reg.director)
        | license_required(reg.license, reg.facility.type)
        | accreditation_required(reg.accreditation)
        | FIXED_REQUIRED
    )


def _rows(list_path: str, count: int) -> set[str]:
    out: set[str] = set()
    for i in range(max(1, count)):
        out |= _under(f"{list_path}[{i}]", ITEM_REQUIRED[list_path])
    return out
