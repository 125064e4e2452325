"""Validation of a Registration: pure functions returning Problems (path, code, params).

`validate` runs every rule; `validate_field` gives what concerns one field (for the GUI to show
under it as the director leaves it). The single-field checkers are re-exported for reuse.
An ERROR blocks signing; a WARNING is shown and never blocks.

Choices where the server is silent or looser (each documented at its rule):
- a director must be 18..150 years old (the server only demands 0..150);
- a license expiring today is still valid; one that expired before today is an ERROR;
- an expired accreditation is a WARNING (optional data the server does not check);
- PRIMARY_CARE without KVED 86.21 is a WARNING (no public server rule; the procedure expects it);
- a passport or ID-card number that does not look like today's format is a WARNING;
- a ФОП whose owner's РНОКПП differs from the facility code is a WARNING.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.problems import Problem, Severity, belongs
from ehealth_wizard.core.validation.checkdigits import (
    edrpou_check_digit,
    edrpou_problems,
    edrpou_valid,
    rnokpp_birth_date,
    rnokpp_check_digit,
    rnokpp_first_five,
    rnokpp_gender,
    rnokpp_problems,
    rnokpp_valid,
)
from ehealth_wizard.core.validation.contacts import (
    email_problems,
    normalize_phone,
    phone_number_problems,
    phones_problems,
    redirect_uri_problems,
    website_problems,
)
from ehealth_wizard.core.validation.dates import (
    DIRECTOR_MAX_AGE,
    DIRECTOR_MIN_AGE,
    birth_date_problems,
    date_problems,
    parse_date,
)
from ehealth_wizard.core.validation.kved import kved_problems
from ehealth_wizard.core.validation.names import person_name_problems, text_problems
from ehealth_wizard.core.validation.rules import (
    address_problems,
    dictionary_problems,
    license_problems,
    registration_problems,
)

__all__ = [
    "DIRECTOR_MAX_AGE",
    "DIRECTOR_MIN_AGE",
    "address_problems",
    "birth_date_problems",
    "date_problems",
    "dictionary_problems",
    "edrpou_check_digit",
    "edrpou_problems",
    "edrpou_valid",
    "email_problems",
    "kved_problems",
    "license_problems",
    "merge_problems",
    "normalize_phone",
    "parse_date",
    "person_name_problems",
    "phone_number_problems",
    "phones_problems",
    "redirect_uri_problems",
    "rnokpp_birth_date",
    "rnokpp_check_digit",
    "rnokpp_first_five",
    "rnokpp_gender",
    "rnokpp_problems",
    "rnokpp_valid",
    "text_problems",
    "validate",
    "validate_field",
    "website_problems",
]

if TYPE_CHECKING:  # payload loads with the first validation, not with this module
    from ehealth_wizard.core.payload import LoadedFile


def _sorted(problems: Iterable[Problem]) -> list[Problem]:
    unique: dict[tuple[str, str, str], Problem] = {}
    for p in problems:  # drop exact repeats
        unique.setdefault((p.path, p.code, repr(sorted(p.params.items()))), p)
    return sorted(unique.values(), key=lambda p: (p.severity is Severity.WARNING, p.path, p.code))


def validate(
    reg: Registration, today: date | None = None, *, payload_only: bool = False
) -> list[Problem]:
    """Every problem of the registration: errors first, then warnings, each by path.

    `payload_only` skips what the v2 request does not carry (name, legal form, KVEDs), for
    checking a v2 JSON file. The v2 schema runs last as a safety net: anything it finds on a
    path no rule has spoken about is reported too, so "no errors" means "the server's schema
    stage passes".
    """
    from ehealth_wizard.core.payload import build_payload, schema_problems

    day = today or date.today()
    problems = registration_problems(reg, day, payload_only=payload_only)
    return merge_problems(problems, schema_problems(build_payload(reg)))


def merge_problems(problems: Iterable[Problem], extra: Iterable[Problem]) -> list[Problem]:
    """`problems` plus those of `extra` on paths no ERROR of `problems` covers, sorted."""
    out = list(problems)
    error_paths = [p.path for p in out if p.severity is Severity.ERROR]
    for more in extra:
        if not any(belongs(more.path, seen) or belongs(seen, more.path) for seen in error_paths):
            out.append(more)
    return _sorted(out)


def validate_field(reg: Registration, path: str, today: date | None = None) -> list[Problem]:
    """The problems at `path` or inside it (e.g. `$.owner.phones` covers each phone)."""
    return [p for p in validate(reg, today) if belongs(p.path, path)]


def file_problems(loaded: LoadedFile, today: date | None = None) -> list[Problem]:
    """Everything wrong with a loaded file: the rules, and for a v2 request also its schema.

    A v2 request is checked as found (extra or mistyped keys count), minus what v2 does not
    carry (name, legal form, KVEDs).
    """
    from ehealth_wizard.core.payload import schema_problems

    if loaded.kind != "payload":
        return validate(loaded.registration, today)
    problems = validate(loaded.registration, today, payload_only=True)
    return merge_problems(
        problems, [*schema_problems(loaded.data), *_license_id_extras(loaded.data)]
    )


def _license_id_extras(data: Mapping[str, Any]) -> list[Problem]:
    """The server refuses `license.id` sent with anything else (v2 licenses.ex), key by key."""
    lic = data.get("license")
    if not isinstance(lic, Mapping) or "id" not in lic:
        return []
    return [
        Problem(f"$.license.{key}", "schema_additional_property")
        for key in sorted(lic)
        if key != "id"
    ]
