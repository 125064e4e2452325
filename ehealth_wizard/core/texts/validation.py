"""English texts for the validation codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {
    # -- any field
    "required": "This field is required.",
    "date_invalid": "Enter a real date as YYYY-MM-DD, for example 2026-03-01.",
    "date_in_future": "This date is in the future.",
    "dictionary_value_unknown": (
        "'{value}' is not one of the values eHealth accepts here (list {dictionary}). Choose a "
        "value from the list."
    ),
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
    "edrpou_checksum": (
        "This ЄДРПОУ code has a mistake in it: its last (check) digit does not fit the other "
        "digits. Compare it with your registration documents."
    ),
    "rnokpp_format": "The РНОКПП (individual tax number) must be 10 digits.",
    "rnokpp_passport_form": (
        "eHealth does not accept a passport number instead of a РНОКПП; enter the 10-digit РНОКПП."
    ),
    "rnokpp_checksum": (
        "This РНОКПП has a mistake in it: its last (check) digit does not fit the other digits. "
        "Compare it with the director's tax number card."
    ),
    "rnokpp_birth_date_mismatch": (
        "The birth date does not agree with the РНОКПП, which belongs to a person born on "
        "{rnokpp_birth_date}. Check both."
    ),
    "rnokpp_gender_mismatch": (
        "The gender does not agree with the РНОКПП, which indicates {rnokpp_gender}. Check both."
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
    "owner_position_not_allowed": (
        "The position {value} cannot be registered as the head of a facility in eHealth. Choose "
        "the head's position from the list."
    ),
    "document_type_duplicate": "Only one document of type {type} may be given.",
    "passport_latin_letters": (
        "The passport series is written in Ukrainian (Cyrillic) letters; {letters} here are "
        "Latin. Retype the two letters with the Ukrainian keyboard, e.g. АБ123456."
    ),
    "document_number_format": "A {type} number usually looks like {example}; please check it.",
    # -- contacts
    "phone_invalid": "This is not a valid phone number.",
    "phone_too_short": (
        "The number is too short ({digits} digits). A Ukrainian phone number has 10 digits "
        "starting with 0, e.g. 067 123 45 67."
    ),
    "phone_not_ukrainian": (
        "Only Ukrainian phone numbers (+380...) are accepted; this one is from {country}."
    ),
    "phone_not_mobile": "A phone of type mobile must be a mobile number.",
    "phone_type_duplicate": "Only one phone of type {type} may be given.",
    "email_invalid": "This is not a valid e-mail address.",
    "website_invalid": (
        'Enter just the site\'s address, like clinic.com.ua (nothing after it, no "/page").'
    ),
    "redirect_uri_not_https": (
        "The return address after signing in to eHealth (redirect URI) must start with https://. "
        "Your medical software (MIS) vendor gives you this address."
    ),
    "redirect_uri_invalid": (
        "The return address after signing in to eHealth (redirect URI) is not a valid web address. "
        "Copy it again from your medical software (MIS) vendor."
    ),
    # -- address
    "address_country_not_ua": "Only addresses in Ukraine (UA) are accepted, not {value}.",
    "settlement_id_format": (
        "The settlement code is not written the way eHealth's address register writes it. Choose "
        "the settlement from the list instead of typing its code."
    ),
    "building_format": "Enter the building number like 15 or 15-В.",
    "zip_format": "The postal code must be 5 digits.",
    # -- KVED
    "kved_format": "'{code}' is not a KVED code (like 86.21).",
    "kved_unknown": (
        "KVED {code} is not in the list of activity codes eHealth knows. Check the code."
    ),
    "kved_duplicate": "KVED {code} is listed twice.",
    "kved_not_allowed_for_type": (
        "A facility of type {type} needs at least one of the KVED codes {allowed}."
    ),
    "kved_primary_care_without_86_21": (
        "Primary care facilities normally have KVED {code} (general medical practice)."
    ),
    # -- license and accreditation
    "license_id_format": (
        "If the license is already in eHealth, enter the identifier eHealth gave it (a long code "
        "like 3fa85f64-5717-4562-b3fc-2c963f66afa6); otherwise leave this field empty."
    ),
    "license_type_mismatch": "This facility type needs a license of type {expected}.",
    "license_number_required_for_pharmacy": "A pharmacy license needs its license number.",
    "license_active_before_issued": "The license cannot be active before it was issued.",
    "license_expiry_before_issue": "The license expiry date must be after its issue date.",
    "license_expired": "The license expired on {expiry_date}.",
    "license_expiry_required": (
        "eHealth needs the date the license is valid until. If the license is indefinite, "
        "mark it as indefinite (it is sent as valid until 31.12.9999)."
    ),
    "accreditation_expiry_before_issue": (
        "The accreditation expiry date must be after its issue date."
    ),
    "accreditation_expired": "The accreditation expired on {expiry_date}.",
    # -- public offer
    "public_offer_consent_required": "You must accept the public offer to register.",
    # -- the v2 JSON schema (server content stage)
    "schema_required": "eHealth requires this field.",
    "schema_additional_property": (
        "eHealth does not accept this field in a registration; remove it."
    ),
    "schema_format": "The value is not written the way eHealth expects.",
    "schema_enum": "The value must be one of: {allowed}.",
    "schema_type": "The value is of the wrong kind (eHealth expects {expected}).",
    "schema_min_items": "At least {min} item(s) are required.",
    "schema_min_length": "At least {min} character(s) are required.",
    "schema_invalid": "eHealth would not accept this value (rule {rule}).",
    # -- files with registrations
    "registration_malformed": "The saved registration is damaged and cannot be opened ({reason}).",
    "registration_too_new": (
        "The registration was saved by a newer version of the program (format {version}, "
        "this one reads up to {supported})."
    ),
    "registration_file_unreadable": "Cannot read {path}: {reason}.",
    "registration_file_unknown": (
        "{path} is neither a draft nor an eHealth registration request file."
    ),
}
