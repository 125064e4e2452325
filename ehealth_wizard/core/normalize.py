"""How typed text becomes what eHealth accepts: one place, shared by validation and payload.

Validation checks the normalised value, and the payload sends the same normalised value, so
what passes the form is exactly what gets signed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import phonenumbers

# Apostrophes people type in Ukrainian names (’ ʼ ‘ `) -> the ASCII one the schema allows.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})


def text(value: str) -> str:
    """Trim surrounding whitespace and squeeze inner runs of spaces."""
    return " ".join(value.split())


def person_name(value: str) -> str:
    """A name with typographic apostrophes replaced by the one the server's pattern knows."""
    return text(value).translate(_APOSTROPHES)


def name_key(value: str) -> str:
    """The form two spellings of one name share: NFC, one apostrophe, single spaces, no case.

    The key check on the director's machine and the sandbox's ЄДР check both compare names
    through this one function, so the form never passes a name the register would refuse.
    """
    folded = unicodedata.normalize("NFC", value).translate(_APOSTROPHES)
    return " ".join(folded.split()).casefold()


def email(value: str) -> str:
    """The server lower-cases e-mails before saving; sign what it will store."""
    return value.strip().lower()


def website(value: str) -> str:
    """The schema's website pattern is lower-case host names without a trailing slash."""
    return value.strip().lower().rstrip("/")


def digits(value: str) -> str:
    """Codes (ЄДРПОУ, РНОКПП, zip) with spaces removed."""
    return "".join(value.split())


def parse_phone(raw: str) -> phonenumbers.PhoneNumber | None:
    """Parse a phone as a Ukrainian director types it; None when it is not a number at all."""
    value = raw.strip()
    if not value:
        return None
    compact = "".join(ch for ch in value if ch.isdigit() or ch == "+")
    if not compact.startswith("+") and compact.startswith("380") and len(compact) == 12:
        value = "+" + compact  # "380503410870" without the plus
    try:
        return phonenumbers.parse(value, "UA")
    except phonenumbers.NumberParseException:
        return None


@lru_cache(maxsize=512)
def phone(raw: str) -> str:
    """E.164 (`+380503410870`) when the text is a valid number, else the trimmed text."""
    number = parse_phone(raw)
    if number is None or not phonenumbers.is_valid_number(number):
        return raw.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
