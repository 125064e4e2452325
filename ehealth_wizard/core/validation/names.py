"""Names and free text under the schema's two patterns.

person_name: `^(?!.*[ЫЪЭЁыъэё@%&$^#])[А-ЯҐЇІЄа-яґїіє\\'\\- ]+$` (Ukrainian letters, apostrophe,
hyphen, space). name (organisation names, license fields, streets): first character from
`[a-zA-ZА-ЯҐЇІЄа-яґїіє0-9№"!^*)\\][(._-]`, nothing of `ЫЪЭЁыъэё@%&$^#` anywhere.
Each way to break them gets its own code so the message can say what to change.
"""

from __future__ import annotations

import re

from ehealth_wizard.core import normalize
from ehealth_wizard.core.problems import Problem

RUSSIAN_ONLY = frozenset("ЫЪЭЁыъэё")
FORBIDDEN_IN_TEXT = frozenset("@%&$^#")
UKRAINIAN_LETTERS = frozenset("АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя")
_PERSON_EXTRA = frozenset("'- ")
PERSON_NAME_PATTERN = re.compile(r"^(?!.*[ЫЪЭЁыъэё@%&$^#])[А-ЯҐЇІЄа-яґїіє\'\- ]+$")
TEXT_PATTERN = re.compile(r"^(?!.*[ЫЪЭЁыъэё@%&$^#])[a-zA-ZА-ЯҐЇІЄа-яґїіє0-9№\"!\^\*)\]\[(._-].*$")
_TEXT_FIRST = re.compile(r"[a-zA-ZА-ЯҐЇІЄа-яґїіє0-9№\"!\^\*)\]\[(._-]")


def _listed(chars: set[str]) -> str:
    return " ".join(sorted(chars))


def person_name_problems(value: str, path: str, *, required: bool = True) -> list[Problem]:
    """A first, last or patronymic name (and a beneficiary) in Ukrainian letters."""
    name = normalize.person_name(value)
    if not name:
        return [Problem(path, "required")] if required else []
    russian = {c for c in name if c in RUSSIAN_ONLY}
    if russian:
        return [Problem(path, "name_russian_letters", {"letters": _listed(russian)})]
    latin = {c for c in name if c.isascii() and c.isalpha()}
    if latin:
        return [Problem(path, "name_latin_letters", {"letters": _listed(latin)})]
    other = {c for c in name if c not in UKRAINIAN_LETTERS and c not in _PERSON_EXTRA}
    if other:
        return [Problem(path, "name_invalid_chars", {"chars": _listed(other)})]
    if not any(c in UKRAINIAN_LETTERS for c in name):
        return [Problem(path, "name_no_letters")]
    return []


def text_problems(value: str, path: str, *, required: bool = True) -> list[Problem]:
    """Organisation names, license fields, address parts: the schema's `name` pattern."""
    text = normalize.text(value)
    if not text:
        return [Problem(path, "required")] if required else []
    russian = {c for c in text if c in RUSSIAN_ONLY}
    if russian:
        return [Problem(path, "name_russian_letters", {"letters": _listed(russian)})]
    forbidden = {c for c in text if c in FORBIDDEN_IN_TEXT}
    if forbidden:
        return [Problem(path, "name_invalid_chars", {"chars": _listed(forbidden)})]
    if not _TEXT_FIRST.match(text[0]):
        return [Problem(path, "text_bad_start", {"char": text[0]})]
    return []
