"""Whole-registration rules: each part of the form checked, and the cross-field agreements."""

from __future__ import annotations

import re
from collections.abc import Set
from datetime import date

from ehealth_wizard.core import normalize
from ehealth_wizard.core.dictionaries import LEGAL_FORM_FOP, LICENSE_TYPE_FOR, dictionary, values
from ehealth_wizard.core.field_rules import (
    accreditation_required,
    director_required,
    facility_required,
    license_required,
)
from ehealth_wizard.core.model import (
    Accreditation,
    Address,
    Director,
    Facility,
    License,
    PublicOffer,
    Registration,
)
from ehealth_wizard.core.problems import Problem, Severity
from ehealth_wizard.core.validation.checkdigits import (
    edrpou_problems,
    rnokpp_birth_date,
    rnokpp_gender,
    rnokpp_problems,
)
from ehealth_wizard.core.validation.contacts import (
    email_problems,
    phones_problems,
    redirect_uri_problems,
    website_problems,
)
from ehealth_wizard.core.validation.dates import birth_date_problems, date_problems, parse_date
from ehealth_wizard.core.validation.kved import kved_problems
from ehealth_wizard.core.validation.names import person_name_problems, text_problems

UUID_PATTERN = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
)
LICENSE_ID_PATTERN = re.compile(
    r"^[0-9a-f]{8}(-?)[0-9a-f]{4}(-?)[0-9a-f]{4}(-?)[0-9a-f]{4}(-?)[0-9a-f]{12}$"
)
BUILDING_PATTERN = re.compile(r"^[1-9]((?![ЫЪЭЁыъэё])()([А-ЯҐЇІЄа-яґїіє \/\'\-0-9])){0,20}$")
ZIP_PATTERN = re.compile(r"^[0-9]{5}$")
LATIN_LETTERS = re.compile(r"[A-Za-z]")
# Document numbers as issued today; older books may differ, hence warnings only.
DOCUMENT_NUMBER_FORMATS = {
    "PASSPORT": (re.compile(r"^[А-ЯҐЄІЇ]{2}\d{6}$"), "АБ123456"),
    "NATIONAL_ID": (re.compile(r"^\d{9}$"), "123456789"),
}


def dictionary_problems(
    value: str, path: str, name: str, *, required: bool = True
) -> list[Problem]:
    """A value picked from an eHealth dictionary."""
    code = value.strip()
    if not code:
        return [Problem(path, "required")] if required else []
    if code not in dictionary(name):
        return [Problem(path, "dictionary_value_unknown", {"dictionary": name, "value": code})]
    return []


def address_problems(
    a: Address, path: str = "$.residence_address", required: Set[str] | None = None
) -> list[Problem]:
    req = facility_required(Facility()) if required is None else required

    def needed(name: str) -> bool:
        return f"{path}.{name}" in req

    out: list[Problem] = []
    country = a.country.strip()
    if not country:
        out += [Problem(f"{path}.country", "required")] if needed("country") else []
    elif country != "UA":
        out.append(Problem(f"{path}.country", "address_country_not_ua", {"value": country}))
    out += text_problems(a.area, f"{path}.area", required=needed("area"))
    out += text_problems(a.region, f"{path}.region", required=needed("region"))
    out += text_problems(a.settlement, f"{path}.settlement", required=needed("settlement"))
    out += dictionary_problems(
        a.settlement_type,
        f"{path}.settlement_type",
        "SETTLEMENT_TYPE",
        required=needed("settlement_type"),
    )
    sid = a.settlement_id.strip().lower()
    if not sid:
        out += [Problem(f"{path}.settlement_id", "required")] if needed("settlement_id") else []
    elif not UUID_PATTERN.match(sid):
        out.append(Problem(f"{path}.settlement_id", "settlement_id_format"))
    out += dictionary_problems(
        a.street_type, f"{path}.street_type", "STREET_TYPE", required=needed("street_type")
    )
    out += text_problems(a.street, f"{path}.street", required=needed("street"))
    building = normalize.text(a.building)
    if building and not BUILDING_PATTERN.match(building):
        out.append(Problem(f"{path}.building", "building_format"))
    zip_code = normalize.digits(a.zip)
    if zip_code and not ZIP_PATTERN.match(zip_code):
        out.append(Problem(f"{path}.zip", "zip_format"))
    return out


def facility_problems(f: Facility, today: date, *, payload_only: bool = False) -> list[Problem]:
    req = facility_required(f)
    out = edrpou_problems(f.edrpou, required="$.edrpou" in req)
    out += dictionary_problems(f.type, "$.type", "LEGAL_ENTITY_TYPE_V2", required="$.type" in req)
    if not payload_only:
        # Not sent in v2, compared with the state register (ЄДР) by the procedure.
        out += text_problems(f.name, "$.name", required="$.name" in req)
        out += text_problems(f.short_name, "$.short_name", required="$.short_name" in req)
        out += dictionary_problems(
            f.legal_form, "$.legal_form", "LEGAL_FORM", required="$.legal_form" in req
        )
        form = f.legal_form.strip()
        edrpou = normalize.digits(f.edrpou)
        if (
            form
            and edrpou.isdigit()
            and (
                (len(edrpou) == 10 and form != LEGAL_FORM_FOP)
                or (len(edrpou) == 8 and form == LEGAL_FORM_FOP)
            )
        ):
            out.append(Problem("$.legal_form", "legal_form_fop_mismatch", {"value": form}))
        out += kved_problems(f.type.strip(), f.kveds, required="$.kveds" in req)
    out += address_problems(f.residence_address, required=req)
    out += phones_problems(f.phones, "$.phones", required="$.phones" in req)
    out += email_problems(f.email, "$.email", required="$.email" in req)
    out += website_problems(f.website, "$.website")
    funds = normalize.digits(f.receiver_funds_code)
    if funds and not (funds.isascii() and funds.isdigit()):
        out.append(Problem("$.receiver_funds_code", "digits_only"))
    out += person_name_problems(f.beneficiary, "$.beneficiary", required="$.beneficiary" in req)
    for i, entry in enumerate(f.archive):
        if not entry.date.strip() and not entry.place.strip():
            continue  # a blank row the form added
        here = f"$.archive[{i}]"
        out += date_problems(
            entry.date, f"{here}.date", required=f"{here}.date" in req, today=today
        )
        out += text_problems(entry.place, f"{here}.place", required=f"{here}.place" in req)
    return out


def director_problems(d: Director, f: Facility, today: date) -> list[Problem]:
    req = director_required(d)
    out: list[Problem] = []
    for name in ("first_name", "last_name", "second_name"):
        path = f"$.owner.{name}"
        out += person_name_problems(getattr(d, name), path, required=path in req)
    tax_problems = rnokpp_problems(d.tax_id, "$.owner.tax_id", required="$.owner.tax_id" in req)
    out += tax_problems
    birth_problems = birth_date_problems(d.birth_date, "$.owner.birth_date", today)
    out += birth_problems
    gender_problems = dictionary_problems(
        d.gender, "$.owner.gender", "GENDER", required="$.owner.gender" in req
    )
    out += gender_problems
    tax_id = normalize.digits(d.tax_id)
    if not tax_problems:
        birth = parse_date(d.birth_date)
        encoded = rnokpp_birth_date(tax_id)
        if birth is not None and encoded is not None and birth != encoded:
            out.append(
                Problem(
                    "$.owner.birth_date",
                    "rnokpp_birth_date_mismatch",
                    {"rnokpp_birth_date": encoded.isoformat()},
                )
            )
        encoded_gender = rnokpp_gender(tax_id)
        if not gender_problems and encoded_gender != d.gender.strip():
            out.append(
                Problem(
                    "$.owner.gender", "rnokpp_gender_mismatch", {"rnokpp_gender": encoded_gender}
                )
            )
        edrpou = normalize.digits(f.edrpou)
        if f.is_fop and edrpou != tax_id:
            out.append(Problem("$.owner.tax_id", "fop_owner_tax_id_differs", {}, Severity.WARNING))
    position_problems = dictionary_problems(
        d.position, "$.owner.position", "POSITION", required="$.owner.position" in req
    )
    out += position_problems
    if not position_problems and d.position.strip() not in values("OWNER_POSITIONS"):
        out.append(
            Problem("$.owner.position", "owner_position_not_allowed", {"value": d.position.strip()})
        )
    out += email_problems(d.email, "$.owner.email", required="$.owner.email" in req)
    if not d.documents and "$.owner.documents" in req:
        out.append(Problem("$.owner.documents", "required"))
    seen: set[str] = set()
    for i, doc in enumerate(d.documents):
        here = f"$.owner.documents[{i}]"
        kind_problems = dictionary_problems(
            doc.type, f"{here}.type", "DOCUMENT_TYPE", required=f"{here}.type" in req
        )
        out += kind_problems
        kind = doc.type.strip()
        if not kind_problems:
            if kind in seen:
                out.append(Problem(f"{here}.type", "document_type_duplicate", {"type": kind}))
            seen.add(kind)
        number = normalize.text(doc.number)
        latin = "".join(dict.fromkeys(LATIN_LETTERS.findall(number)))
        if not number:
            out += [Problem(f"{here}.number", "required")] if f"{here}.number" in req else []
        elif kind == "PASSPORT" and latin:  # the series is Cyrillic: "AB" typed in Latin is wrong
            out.append(Problem(f"{here}.number", "passport_latin_letters", {"letters": latin}))
        elif kind in DOCUMENT_NUMBER_FORMATS:
            pattern, example = DOCUMENT_NUMBER_FORMATS[kind]
            if not pattern.match(number):
                out.append(
                    Problem(
                        f"{here}.number",
                        "document_number_format",
                        {"type": kind, "example": example},
                        Severity.WARNING,
                    )
                )
        out += date_problems(
            doc.issued_at, f"{here}.issued_at", required=f"{here}.issued_at" in req, today=today
        )
    out += phones_problems(d.phones, "$.owner.phones", required="$.owner.phones" in req)
    return out


def license_problems(lic: License, facility_type: str, today: date) -> list[Problem]:
    """Required by the server for every current facility type ([EA] v2/licenses.ex)."""
    path = "$.license"
    lid = lic.id.strip().lower()
    if lid:  # an existing license: only its id is sent
        if not LICENSE_ID_PATTERN.match(lid):
            return [Problem(f"{path}.id", "license_id_format")]
        return []
    req = license_required(lic, facility_type)

    def needed(name: str) -> bool:
        return f"{path}.{name}" in req

    out = dictionary_problems(lic.type, f"{path}.type", "LICENSE_TYPE", required=needed("type"))
    expected = LICENSE_TYPE_FOR.get(facility_type.strip())
    if not out and expected and lic.type.strip() != expected:
        out.append(Problem(f"{path}.type", "license_type_mismatch", {"expected": expected}))
    if needed("license_number") and not normalize.text(lic.license_number):  # a pharmacy
        out.append(Problem(f"{path}.license_number", "license_number_required_for_pharmacy"))
    else:
        out += text_problems(lic.license_number, f"{path}.license_number", required=False)
    for name in ("issued_by", "order_no", "what_licensed"):
        out += text_problems(getattr(lic, name), f"{path}.{name}", required=needed(name))
    issued_problems = date_problems(
        lic.issued_date, f"{path}.issued_date", required=needed("issued_date"), today=today
    )
    out += issued_problems
    active_problems = date_problems(
        lic.active_from_date, f"{path}.active_from_date", required=needed("active_from_date")
    )
    out += active_problems
    if not lic.expiry_date.strip() and needed("expiry_date"):
        # the server calls a license without an end date expired
        expiry_problems = [Problem(f"{path}.expiry_date", "license_expiry_required")]
    else:
        expiry_problems = date_problems(lic.expiry_date, f"{path}.expiry_date")
    out += expiry_problems
    issued = parse_date(lic.issued_date)
    active = parse_date(lic.active_from_date)
    expiry = parse_date(lic.expiry_date)
    if issued and active and not issued_problems and not active_problems and active < issued:
        out.append(Problem(f"{path}.active_from_date", "license_active_before_issued"))
    if expiry and not expiry_problems:
        if issued and not issued_problems and expiry <= issued:
            out.append(Problem(f"{path}.expiry_date", "license_expiry_before_issue"))
        elif expiry < today:
            out.append(
                Problem(
                    f"{path}.expiry_date", "license_expired", {"expiry_date": expiry.isoformat()}
                )
            )
    return out


def accreditation_problems(acc: Accreditation, today: date) -> list[Problem]:
    """Optional; once started, category, order number and order date are needed.

    An accreditation past its expiry date is a warning: the server does not check these dates
    and the facility can still register (it just should not claim an expired category).
    """
    if acc.is_empty():
        return []
    path = "$.accreditation"
    req = accreditation_required(acc)

    def needed(name: str) -> bool:
        return f"{path}.{name}" in req

    out = dictionary_problems(
        acc.category, f"{path}.category", "ACCREDITATION_CATEGORY", required=needed("category")
    )
    out += text_problems(acc.order_no, f"{path}.order_no", required=needed("order_no"))
    out += date_problems(
        acc.order_date, f"{path}.order_date", required=needed("order_date"), today=today
    )
    issued_problems = date_problems(
        acc.issued_date, f"{path}.issued_date", required=needed("issued_date"), today=today
    )
    out += issued_problems
    expiry_problems = date_problems(
        acc.expiry_date, f"{path}.expiry_date", required=needed("expiry_date")
    )
    out += expiry_problems
    issued = parse_date(acc.issued_date)
    expiry = parse_date(acc.expiry_date)
    if expiry and not expiry_problems:
        if issued and not issued_problems and expiry <= issued:
            out.append(Problem(f"{path}.expiry_date", "accreditation_expiry_before_issue"))
        elif expiry < today:
            out.append(
                Problem(
                    f"{path}.expiry_date",
                    "accreditation_expired",
                    {"expiry_date": expiry.isoformat()},
                    Severity.WARNING,
                )
            )
    return out


def public_offer_problems(offer: PublicOffer) -> list[Problem]:
    out: list[Problem] = []
    if offer.consent is not True:  # both always required (FIXED_REQUIRED)
        out.append(Problem("$.public_offer.consent", "public_offer_consent_required"))
    if not offer.consent_text.strip():
        out.append(Problem("$.public_offer.consent_text", "required"))
    return out


def registration_problems(
    reg: Registration, today: date, *, payload_only: bool = False
) -> list[Problem]:
    out = facility_problems(reg.facility, today, payload_only=payload_only)
    out += license_problems(reg.license, reg.facility.type, today)
    out += accreditation_problems(reg.accreditation, today)
    out += director_problems(reg.director, reg.facility, today)
    out += public_offer_problems(reg.public_offer)
    out += redirect_uri_problems(reg.security_redirect_uri, "$.security.redirect_uri")
    return out
