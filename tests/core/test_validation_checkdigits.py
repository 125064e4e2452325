"""ЄДРПОУ and РНОКПП check digits, against a reference written here and real published codes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ehealth_wizard.core.validation import (
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
from tests.fixtures import VALID_NAMES, fixture_path, load_json


def reference_edrpou_digit(code: str) -> int:
    """The published rule, spelled out: weights by range, a second pass with weights +2."""
    value = int(code)
    if value < 30000000 or value > 60000000:
        first, second = [1, 2, 3, 4, 5, 6, 7], [3, 4, 5, 6, 7, 8, 9]
    else:
        first, second = [7, 1, 2, 3, 4, 5, 6], [9, 3, 4, 5, 6, 7, 8]
    digits = [int(ch) for ch in code[:7]]
    r = sum(a * b for a, b in zip(digits, first, strict=True)) % 11
    if r == 10:
        r = sum(a * b for a, b in zip(digits, second, strict=True)) % 11
    return 0 if r == 10 else r


def reference_rnokpp_digit(code: str) -> int:
    d = [int(ch) for ch in code]
    total = (
        -1 * d[0]
        + 5 * d[1]
        + 7 * d[2]
        + 9 * d[3]
        + 4 * d[4]
        + 6 * d[5]
        + 10 * d[6]
        + 5 * d[7]
        + 7 * d[8]
    )
    return (total % 11) % 10


# Codes of real, well-known companies (public registry data) and what makes each interesting.
REAL_EDRPOU = [
    "00032129",  # Ощадбанк: low range, first pass
    "14360570",  # ПриватБанк: low range, remainder 0
    "21133352",  # Універсал Банк: first pass gives 10, second pass decides
    "31316718",  # Нова Пошта: middle range (30..60 mln) weights 7,1,2,...
]


@pytest.mark.parametrize("code", REAL_EDRPOU)
def test_real_edrpou_codes_are_valid(code: str) -> None:
    assert reference_edrpou_digit(code) == int(code[7])
    assert edrpou_valid(code)
    assert edrpou_problems(code) == []


@pytest.mark.parametrize("code", REAL_EDRPOU)
def test_every_other_last_digit_is_a_checksum_error(code: str) -> None:
    for digit in "0123456789":
        other = code[:7] + digit
        if digit != code[7]:
            assert not edrpou_valid(other)
            assert [p.code for p in edrpou_problems(other)] == ["edrpou_checksum"]


def test_second_pass_and_double_ten_cases_exist_and_agree() -> None:
    second_pass = double_ten = high = 0
    for n in range(0, 10_000_000, 997):
        first7 = f"{n:07d}"
        code = first7 + str(reference_edrpou_digit(first7 + "0"))
        if int(code) in range(60_000_000, 60_000_010):
            continue  # the range boundary, where the check digit decides the weights
        assert edrpou_check_digit(first7) == int(code[7]), code
        value = int(code)
        weights = [1, 2, 3, 4, 5, 6, 7] if value < 30e6 or value > 60e6 else [7, 1, 2, 3, 4, 5, 6]
        r1 = sum(int(c) * w for c, w in zip(first7, weights, strict=True)) % 11
        r2 = sum(int(c) * (w + 2) for c, w in zip(first7, weights, strict=True)) % 11
        second_pass += r1 == 10
        double_ten += r1 == 10 and r2 == 10
        high += value > 60e6
    assert second_pass and double_ten and high


@settings(max_examples=100, deadline=None)
@given(st.text("0123456789", min_size=8, max_size=8))
def test_edrpou_valid_matches_reference(code: str) -> None:
    assert edrpou_valid(code) == (reference_edrpou_digit(code) == int(code[7]))


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "required"),
        ("1234567", "edrpou_format"),
        ("123456789", "edrpou_format"),
        ("1234567A", "edrpou_format"),
        ("12345678901", "edrpou_format"),
        ("１４３６０５７０", "edrpou_format"),  # full-width digits are not ASCII digits
    ],
)
def test_edrpou_format_problems(value: str, code: str) -> None:
    assert [p.code for p in edrpou_problems(value)] == [code]


def test_edrpou_spaces_are_ignored() -> None:
    assert edrpou_problems(" 1436 0570 ") == []


def test_ten_digit_edrpou_is_checked_as_rnokpp() -> None:
    assert edrpou_problems("3067305998") == []
    assert [p.code for p in edrpou_problems("3067305997")] == ["rnokpp_checksum"]


# -- РНОКПП


def test_published_rnokpp_example() -> None:
    # The tax_id of the eHealth v2 test payload.
    assert reference_rnokpp_digit("3067305998") == 8
    assert rnokpp_check_digit("306730599") == 8
    assert rnokpp_valid("3067305998")
    assert rnokpp_birth_date("3067305998") == date(1983, 12, 24)
    assert rnokpp_gender("3067305998") == "MALE"


@settings(max_examples=100, deadline=None)
@given(st.text("0123456789", min_size=9, max_size=9))
def test_rnokpp_digit_matches_reference(first9: str) -> None:
    expected = reference_rnokpp_digit(first9)
    assert rnokpp_check_digit(first9) == expected
    code = first9 + str(expected)
    if code != "0000000000":
        assert rnokpp_valid(code)
        assert rnokpp_problems(code, "$.owner.tax_id") == []
    wrong = first9 + str((expected + 1) % 10)
    assert [p.code for p in rnokpp_problems(wrong, "$.owner.tax_id")] == ["rnokpp_checksum"]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2173, 10, 13)))
def test_birth_date_is_days_since_1899_12_31(born: date) -> None:
    days = born.toordinal() - date(1899, 12, 31).toordinal()
    first9 = f"{days:05d}" + "0123"
    code = first9 + str(reference_rnokpp_digit(first9))
    assert rnokpp_first_five(born) == f"{days:05d}"
    assert rnokpp_birth_date(code) == born


def test_first_days_of_the_epoch() -> None:
    assert rnokpp_birth_date("0000100000") == date(1900, 1, 1)
    assert rnokpp_birth_date("0003100000") == date(1900, 1, 31)
    assert rnokpp_birth_date("0000000000") is None


@pytest.mark.parametrize(
    ("ninth", "gender"), [(d, "MALE" if d % 2 else "FEMALE") for d in range(10)]
)
def test_gender_from_ninth_digit(ninth: int, gender: str) -> None:
    assert rnokpp_gender(f"30673059{ninth}8") == gender


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "required"),
        ("306730599", "rnokpp_format"),
        ("30673059981", "rnokpp_format"),
        ("306730599X", "rnokpp_format"),
        ("0000000000", "rnokpp_format"),
        ("АБ123456", "rnokpp_passport_form"),
    ],
)
def test_rnokpp_format_problems(value: str, code: str) -> None:
    problems = rnokpp_problems(value, "$.owner.tax_id")
    assert [(p.path, p.code) for p in problems] == [("$.owner.tax_id", code)]


def test_optional_rnokpp_may_be_blank() -> None:
    assert rnokpp_problems("", "$.x", required=False) == []


def test_bad_arguments_to_generators() -> None:
    with pytest.raises(ValueError, match="seven"):
        edrpou_check_digit("123")
    with pytest.raises(ValueError, match="nine"):
        rnokpp_check_digit("12345678a")


@pytest.mark.parametrize("name", VALID_NAMES)
def test_fixture_codes_check_out_independently(name: str) -> None:
    for kind in ("draft", "payload"):
        data = load_json(fixture_path(name, kind))
        facility = data["registration"]["facility"] if kind == "draft" else data
        owner = data["registration"]["director"] if kind == "draft" else data["owner"]
        code = facility["edrpou"]
        if len(code) == 8:
            assert reference_edrpou_digit(code) == int(code[7])
        else:  # a ФОП registers under the owner's РНОКПП
            assert code == owner["tax_id"]
        tax_id = owner["tax_id"]
        assert reference_rnokpp_digit(tax_id[:9]) == int(tax_id[9])
        born = date.fromisoformat(owner["birth_date"])
        assert int(tax_id[:5]) == (born - date(1899, 12, 31)).days
        assert owner["gender"] == ("MALE" if int(tax_id[8]) % 2 else "FEMALE")
