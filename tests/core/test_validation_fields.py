"""Single-field rules: names, phones, e-mail, web addresses, dates, KVEDs, address parts."""

from __future__ import annotations

from datetime import date

import pytest

from ehealth_wizard.core.model import Address, Phone
from ehealth_wizard.core.problems import Severity
from ehealth_wizard.core.validation import (
    address_problems,
    birth_date_problems,
    date_problems,
    email_problems,
    kved_problems,
    normalize_phone,
    parse_date,
    person_name_problems,
    phone_number_problems,
    phones_problems,
    redirect_uri_problems,
    text_problems,
    website_problems,
)

P = "$.x"


def codes(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [p.code for p in problems]


# -- person names


@pytest.mark.parametrize(
    "name",
    [
        "Олена",
        "Дем'яненко",
        "Дем’яненко",
        "Дем`яненко",
        "Кос-Анатольський",
        "Ґудзь",
        "Їжакевич",
        "Іван Петро",
    ],
)
def test_valid_person_names(name: str) -> None:
    assert person_name_problems(name, P) == []


@pytest.mark.parametrize(
    ("name", "code", "params"),
    [
        ("", "required", {}),
        ("   ", "required", {}),
        ("Бондарэнко", "name_russian_letters", {"letters": "э"}),
        ("Фёдор", "name_russian_letters", {"letters": "ё"}),
        ("Объедков", "name_russian_letters", {"letters": "ъ"}),
        ("Рыбак", "name_russian_letters", {"letters": "ы"}),
        ("ЭЛЛА", "name_russian_letters", {"letters": "Э"}),
        ("Olena", "name_latin_letters", {"letters": "O a e l n"}),
        ("Iван", "name_latin_letters", {"letters": "I"}),  # Latin I typed for Cyrillic І
        ("Іван2", "name_invalid_chars", {"chars": "2"}),
        ("Іван@", "name_invalid_chars", {"chars": "@"}),
        ("Іван.", "name_invalid_chars", {"chars": "."}),
        ("--", "name_no_letters", {}),
    ],
)
def test_invalid_person_names(name: str, code: str, params: dict[str, str]) -> None:
    problems = person_name_problems(name, P)
    assert [(p.path, p.code, dict(p.params)) for p in problems] == [(P, code, params)]


def test_optional_person_name() -> None:
    assert person_name_problems("", P, required=False) == []
    assert codes(person_name_problems("Ёж", P, required=False)) == ["name_russian_letters"]


# -- organisation texts (schema `name` pattern)


@pytest.mark.parametrize(
    "text",
    [
        'ТОВ "Аптека"',
        "№ 12/3",
        "Міністерство охорони здоров'я України",
        "1284",
        "(Київ)",
        "fd123443",
    ],
)
def test_valid_texts(text: str) -> None:
    assert text_problems(text, P) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "required"),
        ("Аптека Подольская №1 ъ", "name_russian_letters"),
        ("Аптека & Ко", "name_invalid_chars"),
        ("50%", "name_invalid_chars"),
        ("«Здоров'я»", "text_bad_start"),
        ("+наказ", "text_bad_start"),
    ],
)
def test_invalid_texts(text: str, code: str) -> None:
    assert codes(text_problems(text, P)) == [code]


# -- phones


@pytest.mark.parametrize(
    "raw", ["050 341 08 70", "+38 (050) 341-08-70", "0503410870", "+380503410870", "380503410870"]
)
def test_phone_spellings_normalise_to_e164(raw: str) -> None:
    assert normalize_phone(raw) == "+380503410870"
    assert phone_number_problems(raw, P, "MOBILE") == []


@pytest.mark.parametrize(
    ("raw", "code", "params"),
    [
        ("", "required", {}),
        ("+48 601 234 567", "phone_not_ukrainian", {"country": "PL"}),
        ("+1 202 555 0143", "phone_not_ukrainian", {"country": "US"}),
        ("+7 912 345 67 89", "phone_not_ukrainian", {"country": "RU"}),
        ("12", "phone_too_short", {"digits": "2"}),
        ("12345", "phone_too_short", {"digits": "5"}),
        ("+12345", "phone_too_short", {"digits": "5"}),
        ("телефон", "phone_invalid", {}),
        ("+380 00 123 45 67", "phone_invalid", {}),
    ],
)
def test_invalid_phones(raw: str, code: str, params: dict[str, str]) -> None:
    assert [(p.code, dict(p.params)) for p in phone_number_problems(raw, P)] == [(code, params)]
    assert normalize_phone(raw) is None


def test_mobile_type_needs_a_mobile_number() -> None:
    assert codes(phone_number_problems("044 234 56 78", P, "MOBILE")) == ["phone_not_mobile"]
    assert phone_number_problems("044 234 56 78", P, "LAND_LINE") == []
    assert phone_number_problems("067 123 45 67", P, "MOBILE") == []


def test_phone_lists() -> None:
    ok = (Phone("MOBILE", "0671234567"), Phone("LAND_LINE", "0442345678"))
    assert phones_problems(ok, "$.phones", required=True) == []
    dup = (Phone("MOBILE", "0671234567"), Phone("MOBILE", "0501234567"))
    assert [(p.path, p.code) for p in phones_problems(dup, "$.phones", required=True)] == [
        ("$.phones[1].type", "phone_type_duplicate")
    ]
    assert [(p.path, p.code) for p in phones_problems((), "$.phones", required=True)] == [
        ("$.phones", "required")
    ]
    blank = (Phone("MOBILE", ""),)
    assert [(p.path, p.code) for p in phones_problems(blank, "$.phones", required=True)] == [
        ("$.phones[0].number", "required")
    ]
    assert phones_problems(blank, "$.owner.phones", required=False) == []
    odd = (Phone("FAX", "0671234567"), Phone("", "0442345678"))
    assert [(p.path, p.code) for p in phones_problems(odd, "$.phones", required=True)] == [
        ("$.phones[0].type", "dictionary_value_unknown"),
        ("$.phones[1].type", "required"),
    ]


# -- e-mail, website, redirect


@pytest.mark.parametrize("value", ["info@clinic.com.ua", "Ivan.Petrenko@UKR.NET", " a@i.ua "])
def test_valid_emails(value: str) -> None:
    assert email_problems(value, P) == []


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "required"),
        ("kovalenko@ukr", "email_invalid"),
        ("a..b@ukr.net", "email_invalid"),
        ("Олена@ukr.net", "email_invalid"),
        ("no-at-sign", "email_invalid"),
    ],
)
def test_invalid_emails(value: str, code: str) -> None:
    assert codes(email_problems(value, P)) == [code]


@pytest.mark.parametrize(
    "value", ["", "clinic.com.ua", "https://clinic.com.ua", "http://Clinic.COM.UA/", "a-b.ua"]
)
def test_valid_websites(value: str) -> None:
    assert website_problems(value, P) == []


@pytest.mark.parametrize(
    "value", ["https://clinic.com.ua/about", "clinic", "ftp://clinic.ua", "-a.ua"]
)
def test_invalid_websites(value: str) -> None:
    assert codes(website_problems(value, P)) == ["website_invalid"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://mis.example.com/cb", []),
        ("", ["required"]),
        ("http://mis.example.com/cb", ["redirect_uri_not_https"]),
        ("mis.example.com", ["redirect_uri_not_https"]),
        ("https://", ["redirect_uri_invalid"]),
        ("https://a b.com", ["redirect_uri_invalid"]),
    ],
)
def test_redirect_uri(value: str, expected: list[str]) -> None:
    assert codes(redirect_uri_problems(value, P)) == expected


# -- dates

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-29", []),
        ("", ["required"]),
        ("2021-02-29", ["date_invalid"]),
        ("15.06.2020", ["date_invalid"]),
        ("2020-6-1", ["date_invalid"]),
        ("2026-06-16", ["date_in_future"]),
        ("2026-06-15", []),
    ],
)
def test_dates(value: str, expected: list[str]) -> None:
    assert codes(date_problems(value, P, today=TODAY)) == expected


def test_parse_date() -> None:
    assert parse_date(" 2020-01-31 ") == date(2020, 1, 31)
    assert parse_date("20200131") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1985-03-14", []),
        ("2008-06-15", []),  # 18 today
        ("2008-06-16", ["director_too_young"]),  # 18 tomorrow
        ("1875-06-16", []),  # 150, the day before the 151st birthday
        ("1875-06-15", ["director_too_old"]),  # 151 today
        ("2027-01-01", ["birth_date_in_future"]),
        ("", ["required"]),
        ("1985-13-01", ["date_invalid"]),
    ],
)
def test_director_birth_dates(value: str, expected: list[str]) -> None:
    assert codes(birth_date_problems(value, "$.owner.birth_date", TODAY)) == expected


# -- KVED


@pytest.mark.parametrize(
    ("facility_type", "kveds"),
    [
        ("PRIMARY_CARE", ["86.21"]),
        ("PRIMARY_CARE", ["86.21", "86.10", "86.90"]),
        ("OUTPATIENT", ["86.10"]),
        ("OUTPATIENT", ["86.22", "86.21"]),
        ("OUTPATIENT", ["86.22"]),  # the KVED rule is for primary care (issue 14)
        ("OUTPATIENT", ["86.22", "86.90"]),
        ("PHARMACY", ["47.73"]),
        ("PHARMACY", ["47.74", "47.73"]),
    ],
)
def test_kveds_valid(facility_type: str, kveds: list[str]) -> None:
    assert kved_problems(facility_type, kveds) == []


def test_kved_type_rules() -> None:
    [p] = kved_problems("PRIMARY_CARE", ["86.22", "86.90"])
    assert (p.path, p.code, p.severity) == ("$.kveds", "kved_not_allowed_for_type", Severity.ERROR)
    assert dict(p.params) == {"type": "PRIMARY_CARE", "allowed": "86.10, 86.21"}
    [p] = kved_problems("PHARMACY", ["86.21"])
    assert (p.code, p.params["allowed"]) == ("kved_not_allowed_for_type", "47.73")
    [p] = kved_problems("PRIMARY_CARE", ["86.22"])
    assert p.code == "kved_not_allowed_for_type"
    [p] = kved_problems("PRIMARY_CARE", ["86.10"])
    assert (p.code, p.severity) == ("kved_primary_care_without_86_21", Severity.WARNING)


def test_kved_codes() -> None:
    problems = kved_problems("OUTPATIENT", ["86.10", "8610", "99.99", "86.10"])
    assert [(p.path, p.code) for p in problems] == [
        ("$.kveds[1]", "kved_format"),
        ("$.kveds[2]", "kved_unknown"),
        ("$.kveds[3]", "kved_duplicate"),
    ]
    assert codes(kved_problems("PHARMACY", [])) == ["required"]
    assert codes(kved_problems("PHARMACY", [" "])) == ["required"]


# -- address

GOOD_ADDRESS = Address(
    country="UA",
    area="Київ",
    settlement="Київ",
    settlement_type="CITY",
    settlement_id="adcf2bd2-8c4d-4f6e-b1a3-5d9e0f7c2b41",
    street_type="AVENUE",
    street="Берестейський",
    building="67-А",
    zip="03113",
)


def test_valid_address() -> None:
    assert address_problems(GOOD_ADDRESS) == []


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("country", "PL", "address_country_not_ua"),
        ("country", "", "required"),
        ("area", "", "required"),
        ("settlement", "Подольск ы", "name_russian_letters"),
        ("settlement_type", "METROPOLIS", "dictionary_value_unknown"),
        ("settlement_id", "", "required"),
        ("settlement_id", "12345", "settlement_id_format"),
        ("settlement_id", "adcf2bd2-8c4d-7f6e-b1a3-5d9e0f7c2b41", "settlement_id_format"),
        ("street_type", "ROAD66", "dictionary_value_unknown"),
        ("building", "0", "building_format"),
        ("building", "15-Ы", "building_format"),
        ("building", "15B", "building_format"),
        ("zip", "0311", "zip_format"),
        ("zip", "031134", "zip_format"),
    ],
)
def test_invalid_address(field: str, value: str, code: str) -> None:
    import dataclasses

    bad = dataclasses.replace(GOOD_ADDRESS, **{field: value})
    problems = address_problems(bad)
    assert [(p.path, p.code) for p in problems] == [(f"$.residence_address.{field}", code)]
