"""English texts for importing a signature made elsewhere (core.signing.external)."""

TEXTS: dict[str, str] = {
    "external_signature_refused": (
        "The signed file cannot be sent: {count} problem(s) found. Nothing was sent."
    ),
    "external_content_differs": (
        "The signed document differs from this registration in “{field}”. Sign the file the "
        "program saved for you, unchanged."
    ),
    "external_content_not_registration": (
        "The signed document is not this registration. Sign the file the program saved for you."
    ),
    "external_signer_count": (
        "The file must hold exactly one signature and no seal, but it holds {signatures} "
        "signature(s) and {seals} seal(s). Sign the saved file once, with the director's key only."
    ),
    "external_no_tsa": (
        "The signature has no time-stamp and the certificate names no time-stamp service to add "
        "one. Sign again and choose a signature with a time-stamp."
    ),
    "external_signed_bytes_changed": (
        "The signature could not be completed without changing it. Sign again and choose "
        "“data and signature in one file” with a time-stamp."
    ),
    "signer_personal_key_for_entity": (
        "This is a personal key: it names only the РНОКПП {cert_rnokpp} and no ЄДРПОУ (Дія.Підпис "
        "and many cloud keys are like this). For a legal entity eHealth accepts only a key issued "
        "to the head of the entity, with its ЄДРПОУ {edrpou}. Ask your key provider for such a key."
    ),
    "external_content_embedded": "The signed document was put inside the signature file.",
    "external_timestamp_added": "A time-stamp was added to the signature by {url}.",
    "signed_file_too_large": (
        "The file {path} is too large to be a signed registration (over {limit} bytes)."
    ),
}
