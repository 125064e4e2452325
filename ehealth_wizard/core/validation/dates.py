"""Dates as the form holds them: ISO "YYYY-MM-DD" strings."""

from __future__ import annotations

import re
from datetime import date

from ehealth_wizard.core.problems import Problem

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# A director is an adult (Civil Code: full legal capacity at 18); the server itself only demands
# 0..150 years, so 18 is this program's stricter choice.
DIRECTOR_MIN_AGE = 18
DIRECTOR_MAX_AGE = 150


def parse_date(value: str) -> date | None:
    """The date in a strict "YYYY-MM-DD" string, None when it is not one."""
    text = value.strip()
    if not _ISO.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def age_on(birth: date, today: date) -> int:
    """Full years between birth and today."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def date_problems(
    value: str, path: str, *, required: bool = True, today: date | None = None
) -> list[Problem]:
    """Required-ness and shape; with `today`, also "not in the future"."""
    if not value.strip():
        return [Problem(path, "required")] if required else []
    parsed = parse_date(value)
    if parsed is None:
        return [Problem(path, "date_invalid")]
    if today is not None and parsed > today:
        return [Problem(path, "date_in_future")]
    return []


def birth_date_problems(value: str, path: str, today: date) -> list[Problem]:
    """A director's birth date: a real date, not in the future, age 18..150."""
    if not value.strip():
        return [Problem(path, "required")]
    birth = parse_date(value)
    if birth is None:
        return [Problem(path, "date_invalid")]
    if birth > today:
        return [Problem(path, "birth_date_in_future")]
    age = age_on(birth, today)
    if age < DIRECTOR_MIN_AGE:
        return [Problem(path, "director_too_young", {"min_age": DIRECTOR_MIN_AGE})]
    if age > DIRECTOR_MAX_AGE:
        return [Problem(path, "director_too_old", {"max_age": DIRECTOR_MAX_AGE})]
    return []
