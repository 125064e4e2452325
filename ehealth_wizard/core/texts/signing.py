"""English texts for the signing codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {
    # --- opening a key ------------------------------------------------------------------------
    "signing_failed": (
        "The signature could not be made. Try again; if it fails again, contact support."
    ),
    "key_wrong_password": "The password does not fit this key. Check the keyboard layout and "
    "Caps Lock and try again.",
    "key_file_unreadable": "The key file {path} cannot be read: {reason}.",
    "key_file_empty": "The key file is empty.",
    "key_file_truncated": "The key file is incomplete (cut short). Copy it again from the "
    "original medium.",
    "key_file_unknown_format": (
        "This file is not a key container this program knows. Choose the key file your provider "
        "gave you (usually Key-6.dat, or a .pfx, .p12, .jks or .pk8 file)."
    ),
    "key_file_damaged": "The {format} key file is damaged and cannot be read.",
    "key_file_kdf_too_costly": "The key file asks for {iterations} password-hashing rounds; "
    "real key files use at most {limit}, so it was not opened (it is damaged or made to hang "
    "the program).",
    "key_file_no_key": (
        "The {format} file holds no signing key. Choose the key file itself, not the certificate."
    ),
    "key_file_unsupported_algorithm": (
        "The key is of a kind this program does not support ({algorithm}). Ask your key "
        "provider for a key of a common kind (ДСТУ 4145, ECDSA or RSA)."
    ),
    "key_cert_missing": "The key's certificate was not found. Choose the certificate file "
    "(.cer, .crt, .pem, .p7b) or the folder that holds it.",
    "key_cert_mismatch": "None of the certificates belongs to this key. Choose the certificate "
    "issued for this key.",
    "key_cert_unreadable": "The certificate {path} cannot be read: {reason}.",
    "key_closed": "The key has been closed; open it again to sign.",
    "key_password_file_unreadable": "The password file {path} cannot be read: {reason}.",
    "signature_algorithm_unsupported": "The signing method {algorithm} is not supported.",
    "digest_unsupported": "The checksum method {algorithm} is not supported.",
    # --- CAdES --------------------------------------------------------------------------------
    "cades_invalid": "The signature is not valid.",
    "cades_malformed": (
        "The file is not a signature file this program can read (a .p7s signature was expected)."
    ),
    "cades_not_signed_data": "The file holds no signed document: it is not a signature.",
    "cades_not_data": "The signature holds content of an unexpected kind ({content_type}).",
    "cades_no_content": (
        "The signature file does not contain the signed document, and the document itself was not "
        "given."
    ),
    "cades_content_mismatch": "The content does not match the signature: it was changed "
    "after signing.",
    "cades_no_signers": "The file contains no signature.",
    "cades_signer_cert_missing": "The signer's certificate is not inside the signature.",
    "cades_algorithm_unsupported": (
        "The signature uses a signing method this program does not support."
    ),
    "cades_signature_invalid": (
        "The signature does not match the signer's certificate: it was damaged or made with "
        "another key."
    ),
    "cades_signing_cert_mismatch": (
        "The signature names a different signer's certificate than the one it carries."
    ),
    "cades_timestamp_invalid": "The signature's time-stamp does not verify.",
    "cades_timestamp_untrusted": "The signature's time-stamp comes from an untrusted service.",
    "cades_timestamp_outside_validity": "The time-stamp lies outside the certificate's validity.",
    "cades_cert_not_yet_valid": "The signer's certificate was not yet valid at that time.",
    "cades_cert_expired": "The signer's certificate had expired at that time.",
    "cades_cert_untrusted": "The signer's certificate was not issued by a trusted provider.",
    # --- time-stamps --------------------------------------------------------------------------
    "tsp_failed": "The time-stamp could not be obtained.",
    "tsp_url_missing": "The certificate names no time-stamp service: give one with --tsp URL, "
    "or sign without a time-stamp (--no-tsp).",
    "tsp_unreachable": "The time-stamp service {host} cannot be reached: {reason}. Check the "
    "Internet connection and try again.",
    "tsp_http_error": (
        "The time-stamp service {host} answered with an error (HTTP {status}). Try again later."
    ),
    "tsp_bad_response": "The time-stamp service answered something that is not a time-stamp.",
    "tsp_rejected": "The time-stamp service refused the request ({status}). {reason}",
    "tsp_imprint_mismatch": "The time-stamp was made for different data. Try again.",
    "tsp_nonce_mismatch": "The time-stamp service answered a different request. Try again.",
    "tsp_signature_invalid": "The time-stamp's signature does not verify ({reason}).",
    "tsp_cert_missing": (
        "The time-stamp service's certificate is missing, so the time-stamp cannot be checked."
    ),
    "tsp_not_a_tsa": "The time-stamp is signed by a certificate not meant for time-stamping.",
    "tsp_untrusted": "The time-stamp service is not trusted.",
    # --- OCSP ---------------------------------------------------------------------------------
    "ocsp_no_url": (
        "The certificate names no service for checking whether it is still valid (OCSP)."
    ),
    "ocsp_issuer_unknown": (
        "The certificate of the provider that issued your key could not be found, so the key's "
        "status could not be checked."
    ),
    "ocsp_network_error": (
        "The certificate status service (OCSP) cannot be reached. Check the Internet connection."
    ),
    "ocsp_http_error": (
        "The certificate status service (OCSP) answered with an error. Try again later."
    ),
    "ocsp_bad_response": (
        "The certificate status service (OCSP) gave an answer that cannot be read."
    ),
    "ocsp_refused": "The certificate status service (OCSP) refused the request.",
    "ocsp_signature_invalid": (
        "The answer of the certificate status service (OCSP) is not genuine: its signature does "
        "not check out."
    ),
    "ocsp_nonce_mismatch": (
        "The certificate status service (OCSP) answered a different request. Try again."
    ),
    "ocsp_reply_too_large": (
        "The certificate status service (OCSP) sent too much, too slowly; its answer was not read."
    ),
    "ocsp_status_unknown": "The certificate status service (OCSP) does not know this certificate.",
    # --- revocation in verify -----------------------------------------------------------------
    "no_revocation_source": (
        "The certificate names neither a status service (OCSP) nor a revocation list (CRL)."
    ),
    "issuer_unknown": (
        "The certificate of the provider that issued the signer's certificate was not found."
    ),
    "crl_network_error": "The revocation list (CRL) cannot be downloaded.",
    "crl_http_error": "The revocation list (CRL) address answered with an error.",
    "crl_too_large": "The revocation list (CRL) is too large or too slow; it was not read.",
    "crl_bad": "The revocation list (CRL) cannot be read.",
    "crl_signature_invalid": "The revocation list (CRL) is not signed by the certificate's issuer.",
    "crl_stale": "The revocation list (CRL) is out of date.",
    # --- pre-flight (Problems) ---------------------------------------------------------------
    "signer_cert_not_yet_valid": (
        "The key's certificate is not valid yet (it starts on {not_before}). Wait until then or "
        "check the computer's date."
    ),
    "signer_cert_expired": "The key's certificate has expired ({not_after}). Get a new key "
    "from your provider.",
    "signer_cert_not_for_signing": "This certificate is for encryption (key agreement), not "
    "for signing. Choose the signing key.",
    "signer_is_seal": "This is an electronic seal of {organization}; eHealth needs the "
    "director's personal signature.",
    "signer_edrpou_mismatch": (
        "The key belongs to ЄДРПОУ {cert_edrpou}, but the form says {edrpou}. Use the key issued "
        "for this facility, or correct the code in the form."
    ),
    "signer_drfo_mismatch": "The key's РНОКПП {cert_rnokpp} differs from the ЄДРПОУ/РНОКПП "
    "in the form ({edrpou}). A ФОП signs with the key issued for their own РНОКПП.",
    "signer_no_edrpou_or_drfo": (
        "The key's certificate has neither an ЄДРПОУ nor a РНОКПП, so eHealth cannot tie it to the "
        "facility. Ask your key provider for a qualified key with these details."
    ),
    "signer_last_name_mismatch": (
        "The key belongs to {cert_surname}, but the director's last name is {last_name}. The "
        "director must sign with their own key."
    ),
    "signer_first_name_mismatch": (
        "The first name differs: the key says {cert_value}, the form says {value}. ЄДР compares "
        "the whole name letter by letter; write it exactly as in the key."
    ),
    "signer_second_name_mismatch": (
        "The patronymic differs: the key says {cert_value}, the form says {value}. ЄДР compares "
        "the whole name letter by letter; write it exactly as in the key."
    ),
    "signer_tax_id_mismatch": (
        "The key's РНОКПП {cert_rnokpp} differs from the director's РНОКПП {tax_id}. The director "
        "must sign with their own key."
    ),
    "signer_cert_revoked": (
        "The key's certificate has been revoked ({revoked_at}). Get a new key from your provider."
    ),
    "signer_cert_status_unknown": (
        "Your key provider's status service does not know this certificate. Check that you chose "
        "the right key, or ask your provider."
    ),
    "signer_ocsp_unreachable": "The certificate status could not be checked ({detail}); "
    "eHealth will check it when the registration is sent.",
    # --- verify (CLI) -------------------------------------------------------------------------
    "signature_file_unreadable": "The signature file {path} cannot be read: {reason}.",
    "content_file_unreadable": "The signed file {path} cannot be read: {reason}.",
    "trust_list_unreadable": "The trust list {path} cannot be read: {reason}.",
    "trust_list_unreachable": "The trust list cannot be downloaded from {host}: {reason}.",
    "trust_list_invalid": "{path} holds no certificates: it is not a trust list.",
    "tsp_algorithm_unsupported": "The time-stamp uses an algorithm this program does not know.",
    "cades_signed_before_certificate": "The signature was made before its certificate was issued.",
    "cades_cert_revoked": "The signer's certificate was revoked before the signature was made.",
    "cades_cert_revoked_no_poe": (
        "The signer's certificate has been revoked, and no time-stamp proves the signature was "
        "made before that."
    ),
    "cades_revocation_unknown": (
        "Whether the signer's certificate was revoked cannot be checked now. Try again later."
    ),
    # ETSI EN 319 102-1 outcomes in plain words
    "verdict_total_passed": "The signature is valid.",
    "verdict_indeterminate": (
        "The signature cannot be confirmed: a certificate or a check needed for it is missing. "
        "It is not proven invalid."
    ),
    "verdict_total_failed": (
        "The signature is not valid: the document or signature was changed, or the certificate "
        "was revoked before the signature was made."
    ),
    "cli_time_invalid": "{value} is not a date and time like 2026-11-20T10:00:00+02:00 (ISO 8601).",
}
