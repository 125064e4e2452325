"""Phones, e-mail, web addresses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from ehealth_wizard.core import normalize
from ehealth_wizard.core.dictionaries import dictionary
from ehealth_wizard.core.model import Phone
from ehealth_wizard.core.problems import Problem

WEBSITE_PATTERN = re.compile(r"^(http://|https://)?([a-z0-9][a-z0-9\-]*\.)+[a-z0-9][a-z0-9\-]*$")
_MOBILE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)


UA_NATIONAL_DIGITS = 10  # 0XX XXX XX XX; with +380 it is 12


def normalize_phone(raw: str) -> str | None:
    """`+380XXXXXXXXX` for a valid Ukrainian number typed any usual way, else None.

    Accepts "050 341 08 70", "+38 (050) 341-08-70", "0503410870", "380503410870".
    """
    number = normalize.parse_phone(raw)
    if number is None or not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.region_code_for_number(number) != "UA":
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_number_problems(number: str, path: str, phone_type: str = "") -> list[Problem]:
    """One phone number; `phone_type` MOBILE also demands a mobile number."""
    return [Problem(path, code, dict(params)) for code, params in _phone_check(number, phone_type)]


@lru_cache(maxsize=512)
def _phone_check(
    number: str, phone_type: str
) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """(code, params) pairs for a number; cached because the form re-checks it on every edit."""
    if not number.strip():
        return (("required", ()),)
    digits = sum(ch.isdigit() for ch in number)
    if 0 < digits < UA_NATIONAL_DIGITS:  # "12345" is short, not a number "from +1"
        return (("phone_too_short", (("digits", str(digits)),)),)
    parsed = normalize.parse_phone(number)
    if parsed is None:
        return (("phone_invalid", ()),)
    region = phonenumbers.region_code_for_number(parsed)
    if region is not None and region != "UA" and phonenumbers.is_valid_number(parsed):
        return (("phone_not_ukrainian", (("country", region),)),)
    if not phonenumbers.is_valid_number(parsed):
        if parsed.country_code != 380:
            return (("phone_not_ukrainian", (("country", f"+{parsed.country_code}"),)),)
        return (("phone_invalid", ()),)
    if phone_type == "MOBILE" and phonenumbers.number_type(parsed) not in _MOBILE_TYPES:
        return (("phone_not_mobile", ()),)
    return ()


def phones_problems(phones: Sequence[Phone], list_path: str, *, required: bool) -> list[Problem]:
    """A list of phones: rows with no number are ignored (and not sent), one phone per type."""
    out: list[Problem] = []
    filled = [(i, p) for i, p in enumerate(phones) if p.number.strip()]
    if required and not filled:
        out.append(Problem(f"{list_path}[0].number" if phones else list_path, "required"))
    seen: set[str] = set()
    types = dictionary("PHONE_TYPE")
    for i, phone in filled:
        here = f"{list_path}[{i}]"
        kind = phone.type.strip()
        if not kind:
            out.append(Problem(f"{here}.type", "required"))
        elif kind not in types:
            out.append(
                Problem(
                    f"{here}.type",
                    "dictionary_value_unknown",
                    {"dictionary": "PHONE_TYPE", "value": kind},
                )
            )
        elif kind in seen:
            out.append(Problem(f"{here}.type", "phone_type_duplicate", {"type": kind}))
        seen.add(kind)
        out.extend(phone_number_problems(phone.number, f"{here}.number", kind))
    return out


def email_problems(value: str, path: str, *, required: bool = True) -> list[Problem]:
    """Syntax only (no DNS): the invitation goes to this address, a typo loses it."""
    address = normalize.email(value)
    if not address:
        return [Problem(path, "required")] if required else []
    try:
        validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return [Problem(path, "email_invalid")]
    return []


def website_problems(value: str, path: str) -> list[Problem]:
    """Optional; the schema allows a bare host name with an optional http(s):// prefix."""
    site = normalize.website(value)
    if not site:
        return []
    if not WEBSITE_PATTERN.match(site):
        return [Problem(path, "website_invalid")]
    return []


def redirect_uri_problems(value: str, path: str) -> list[Problem]:
    """The facility's OAuth redirect: an absolute https:// URI."""
    uri = value.strip()
    if not uri:
        return [Problem(path, "required")]
    parts = urlsplit(uri)
    if parts.scheme != "https":
        return [Problem(path, "redirect_uri_not_https")]
    if not parts.netloc or any(c.isspace() for c in uri):
        return [Problem(path, "redirect_uri_invalid")]
    return []
