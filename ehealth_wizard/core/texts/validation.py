"""English texts for the validation codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {
    # -- any field
    "required": "This field is required.",
    "date_invalid": "Enter a real date as YYYY-MM-DD.",
    "date_in_future": "This date is in the future.",
    "dictionary_value_unknown": "'{value}' is not a value of the eHealth dictionary {dictionary}.",
    "digits_only": "Only digits are allowed here.",
    # -- names and texts
    "name_russian_letters": (
        "Russian-only letters ({letters}) are not allowed; use Ukrainian spelling."
    ),
    "name_latin_letters": (
        "Latin letters ({letters}) are not allowed; type the name in Ukrainian Cyrillic."
    ),
    "name_invalid_chars": "These characters are not allowed here: {chars}.",
    "name_no_letters": "A name needs at least one letter.",
    "text_bad_start": "The text cannot start with '{char}'; start with a letter or a digit.",
    # -- ЄДРПОУ / РНОКПП
    "edrpou_format": (
        "The code must be an 8-digit ЄДРПОУ, or the 10-digit РНОКПП of a sole proprietor (ФОП)."
    ),
    "edrpou_checksum": "This ЄДРПОУ code is not valid: its check digit does not match.",
    "rnokpp_format": "The РНОКПП (individual tax number) must be 10 digits.",
    "rnokpp_passport_form": (
        "eHealth does not accept a passport number instead of a РНОКПП; enter the 10-digit РНОКПП."
    ),
    "rnokpp_checksum": "This РНОКПП is not valid: its check digit does not match.",
    "rnokpp_birth_date_mismatch": (
        "The birth date does not agree with the РНОКПП, which encodes {rnokpp_birth_date}."
    ),
    "rnokpp_gender_mismatch": (
        "The gender does not agree with the РНОКПП, which encodes {rnokpp_gender}."
    ),
    "fop_owner_tax_id_differs": (
        "For a sole proprietor (ФОП) the director's РНОКПП is normally the facility's code."
    ),
    "legal_form_fop_mismatch": (
        "Legal form {value} does not fit the code: a 10-digit code is a ФОП (legal form 910), "
        "an 8-digit ЄДРПОУ is not."
    ),
    # -- director
    "birth_date_in_future": "The birth date is in the future.",
    "director_too_young": "The director must be at least {min_age} years old.",
    "director_too_old": "The birth date gives an age over {max_age} years.",
    "owner_position_not_allowed": "Position {value} cannot be the head of a facility in eHealth.",
    "document_type_duplicate": "Only one document of type {type} may be given.",
    "document_number_format": "A {type} number usually looks like {example}; please check it.",
    # -- contacts
    "phone_invalid": "This is not a valid phone number.",
    "phone_not_ukrainian": (
        "Only Ukrainian phone numbers (+380...) are accepted; this one is from {country}."
    ),
    "phone_not_mobile": "A phone of type mobile must be a mobile number.",
    "phone_type_duplicate": "Only one phone of type {type} may be given.",
    "email_invalid": "This is not a valid e-mail address.",
    "website_invalid": "Enter the site address like clinic.com.ua (lower case, no path).",
    "redirect_uri_not_https": "The redirect address must start with https://.",
    "redirect_uri_invalid": "The redirect address is not a valid web address.",
    # -- address
    "address_country_not_ua": "Only addresses in Ukraine (UA) are accepted, not {value}.",
    "settlement_id_format": "The settlement id must be a UUID from the eHealth address register.",
    "building_format": "Enter the building number like 15 or 15-В.",
    "zip_format": "The postal code must be 5 digits.",
    # -- KVED
    "kved_format": "'{code}' is not a KVED code (like 86.21).",
    "kved_unknown": "KVED {code} is not in the classifier.",
    "kved_duplicate": "KVED {code} is listed twice.",
    "kved_not_allowed_for_type": (
        "A facility of type {type} needs at least one of the KVED codes {allowed}."
    ),
    "kved_primary_care_without_86_21": (
        "Primary care facilities normally have KVED {code} (general medical practice)."
    ),
    # -- license and accreditation
    "license_id_format": "The license id must be the UUID eHealth gave the license.",
    "license_type_mismatch": "This facility type needs a license of type {expected}.",
    "license_number_required_for_pharmacy": "A pharmacy license needs its license number.",
    "license_active_before_issued": "The license cannot be active before it was issued.",
    "license_expiry_before_issue": "The license expiry date must be after its issue date.",
    "license_expired": "The license expired on {expiry_date}.",
    "accreditation_expiry_before_issue": (
        "The accreditation expiry date must be after its issue date."
    ),
    "accreditation_expired": "The accreditation expired on {expiry_date}.",
    # -- public offer
    "public_offer_consent_required": "You must accept the public offer to register.",
    # -- the v2 JSON schema (server content stage)
    "schema_required": "Required by the eHealth request schema.",
    "schema_additional_property": "The eHealth request schema does not allow this field.",
    "schema_format": "The value does not have the format the eHealth request schema demands.",
    "schema_enum": "The value must be one of: {allowed}.",
    "schema_type": "The value must be of type {expected}.",
    "schema_min_items": "At least {min} item(s) are required.",
    "schema_min_length": "At least {min} character(s) are required.",
    "schema_invalid": "The value breaks the eHealth request schema (rule {rule}).",
    # -- files with registrations
    "registration_malformed": "The saved registration data is damaged ({reason}).",
    "registration_too_new": (
        "The registration was saved by a newer version of the program (format {version}, "
        "this one reads up to {supported})."
    ),
    "registration_file_unreadable": "Cannot read {path}: {reason}",
    "registration_file_unknown": (
        "{path} is neither a draft nor an eHealth legal-entity request (JSON)."
    ),
}
