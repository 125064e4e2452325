"""Check digits of Ukrainian identification codes: ЄДРПОУ (companies) and РНОКПП (people).

ЄДРПОУ: 8 digits, the last one a mod-11 check over the first seven with weights 1..7 (codes
below 30000000 or above 60000000) or 7,1,2,3,4,5,6 (between); a remainder of 10 repeats the sum
with every weight +2; a second 10 gives 0.

РНОКПП: 10 digits; the last is (sum of the first nine times -1,5,7,9,4,6,10,5,7) mod 11 mod 10.
The first five digits count days since 1899-12-31 (the birth date), the ninth is odd for men.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ehealth_wizard.core.problems import Problem

_EDRPOU_LOW = (1, 2, 3, 4, 5, 6, 7)
_EDRPOU_MID = (7, 1, 2, 3, 4, 5, 6)
_RNOKPP_WEIGHTS = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
_RNOKPP_EPOCH = date(1899, 12, 31)
# A tax-id in passport form (people who refused a РНОКПП): two letters and six digits.
_PASSPORT_FORM = re.compile(r"^[А-ЯЁЇIЄҐ]{2}\d{6}$")


def _edrpou_expected(code: str) -> int:
    """The check digit the rules demand for this 8-digit code (its range picks the weights)."""
    value = int(code)
    weights = _EDRPOU_LOW if value < 30_000_000 or value > 60_000_000 else _EDRPOU_MID
    digits = [int(c) for c in code[:7]]
    remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
    if remainder == 10:
        remainder = sum(d * (w + 2) for d, w in zip(digits, weights, strict=True)) % 11
        if remainder == 10:
            remainder = 0
    return remainder


def edrpou_valid(code: str) -> bool:
    """True for an 8-digit ЄДРПОУ whose last digit checks."""
    return (
        len(code) == 8
        and code.isascii()
        and code.isdigit()
        and _edrpou_expected(code) == int(code[7])
    )


def edrpou_check_digit(first7: str) -> int:
    """The digit that completes seven digits into a valid ЄДРПОУ."""
    if len(first7) != 7 or not (first7.isascii() and first7.isdigit()):
        raise ValueError("seven digits expected")
    for digit in range(10):
        if edrpou_valid(first7 + str(digit)):
            return digit
    raise ValueError(f"no check digit completes {first7}")  # pragma: no cover - never happens


def rnokpp_check_digit(first9: str) -> int:
    """The tenth digit of a РНОКПП from its first nine."""
    if len(first9) != 9 or not (first9.isascii() and first9.isdigit()):
        raise ValueError("nine digits expected")
    total = sum(int(c) * w for c, w in zip(first9, _RNOKPP_WEIGHTS, strict=True))
    return total % 11 % 10


def rnokpp_valid(code: str) -> bool:
    """True for a 10-digit РНОКПП (not all zeros) whose last digit checks."""
    return (
        len(code) == 10
        and code.isascii()
        and code.isdigit()
        and code != "0000000000"
        and rnokpp_check_digit(code[:9]) == int(code[9])
    )


def rnokpp_birth_date(code: str) -> date | None:
    """The birth date a РНОКПП encodes (None when the code cannot carry one)."""
    if len(code) < 5 or not code[:5].isdigit() or int(code[:5]) == 0:
        return None
    return _RNOKPP_EPOCH + timedelta(days=int(code[:5]))


def rnokpp_gender(code: str) -> str | None:
    """ "MALE" when the ninth digit is odd, "FEMALE" when even; None for a short code."""
    if len(code) < 9 or not code[8].isdigit():
        return None
    return "MALE" if int(code[8]) % 2 else "FEMALE"


def rnokpp_first_five(birth: date) -> str:
    """The first five digits of a РНОКПП for someone born on `birth`."""
    return f"{(birth - _RNOKPP_EPOCH).days:05d}"


def rnokpp_problems(value: str, path: str, *, required: bool = True) -> list[Problem]:
    """Format and check digit of a РНОКПП as the server's tax_id validator sees it."""
    code = "".join(value.split())
    if not code:
        return [Problem(path, "required")] if required else []
    if _PASSPORT_FORM.match(code):
        return [Problem(path, "rnokpp_passport_form")]
    if len(code) != 10 or not (code.isascii() and code.isdigit()):
        return [Problem(path, "rnokpp_format")]
    if code == "0000000000":
        return [Problem(path, "rnokpp_format")]
    if not rnokpp_valid(code):
        return [Problem(path, "rnokpp_checksum")]
    return []


def edrpou_problems(value: str, path: str = "$.edrpou", *, required: bool = True) -> list[Problem]:
    """An 8-digit ЄДРПОУ, or a ФОП's 10-digit РНОКПП checked as such."""
    code = "".join(value.split())
    if not code:
        return [Problem(path, "required")] if required else []
    if not (code.isascii() and code.isdigit()) or len(code) not in (8, 10):
        return [Problem(path, "edrpou_format")]
    if len(code) == 10:
        return rnokpp_problems(code, path)
    if not edrpou_valid(code):
        return [Problem(path, "edrpou_checksum")]
    return []
