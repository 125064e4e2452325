"""KVED codes of the facility and the type rules (v1 server kveds.ex, kept by the procedure)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ehealth_wizard.core.dictionaries import allowed_kveds, dictionary
from ehealth_wizard.core.problems import Problem, Severity

KVED_PATTERN = re.compile(r"^\d{2}\.\d{2}$")
GENERAL_PRACTICE = "86.21"


def kveds_lacking(facility_type: str, codes: Iterable[str]) -> tuple[str, ...]:
    """The type rule alone: the codes of which the type needs one when `codes` has none of them
    (empty when the rule holds). The form checks typed codes with it, the sandbox ЄДР's."""
    allowed = allowed_kveds(facility_type)
    return allowed if allowed and not set(codes).intersection(allowed) else ()


def kved_problems(
    facility_type: str, kveds: Sequence[str], path: str = "$.kveds", *, required: bool = True
) -> list[Problem]:
    """Codes from the KVEDS dictionary, no repeats, and what the facility type demands.

    PRIMARY_CARE needs one of KVEDS_ALLOWED_MSP (86.10, 86.21), PHARMACY needs 47.73, an
    OUTPATIENT clinic needs none (86.22 or 86.90 alone pass); the sandbox's `kved` stage checks
    the ЄДР codes with the same `kveds_lacking`. PRIMARY_CARE without 86.21 (general practice)
    gets a warning.
    """
    codes = [code.strip() for code in kveds]
    if not any(codes):
        return [Problem(path, "required")] if required else []
    out: list[Problem] = []
    known = dictionary("KVEDS")
    seen: set[str] = set()
    for i, code in enumerate(codes):
        here = f"{path}[{i}]"
        if not KVED_PATTERN.match(code):
            out.append(Problem(here, "kved_format", {"code": code}))
        elif code not in known:
            out.append(Problem(here, "kved_unknown", {"code": code}))
        elif code in seen:
            out.append(Problem(here, "kved_duplicate", {"code": code}))
        seen.add(code)
    lacking = kveds_lacking(facility_type, seen)
    if lacking:
        out.append(
            Problem(
                path,
                "kved_not_allowed_for_type",
                {"type": facility_type, "allowed": ", ".join(lacking)},
            )
        )
    elif facility_type == "PRIMARY_CARE" and GENERAL_PRACTICE not in seen:
        out.append(
            Problem(
                path,
                "kved_primary_care_without_86_21",
                {"code": GENERAL_PRACTICE},
                Severity.WARNING,
            )
        )
    return out
