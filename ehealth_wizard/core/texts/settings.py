"""English texts for the vendor profile and keyring codes."""

TEXTS: dict[str, str] = {
    "profile_invalid": "The vendor profile {file} cannot be used: {reason}.",
    "secure_store_missing": (
        "This computer has no secure password store (keyring) for the secrets of your medical "
        "software (MIS): {reason}. Ask your MIS vendor's support how to set one up."
    ),
}
