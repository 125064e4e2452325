"""Validation outcomes as ETSI EN 319 102-1 words them: TOTAL-PASSED, INDETERMINATE or
TOTAL-FAILED, each non-passed one with a sub-indication.

The verifier keeps its own failure codes (`cades_*`, `tsp_*`: they carry the wording and the
sandbox's eHealth messages); this is the one map from those codes to the standard outcome, so a
missing CA or TSA certificate reads "cannot tell" (INDETERMINATE), never "invalid".
"""

from __future__ import annotations

from enum import StrEnum


class Indication(StrEnum):
    TOTAL_PASSED = "TOTAL-PASSED"
    INDETERMINATE = "INDETERMINATE"
    TOTAL_FAILED = "TOTAL-FAILED"


# ETSI EN 319 102-1 §5.1.3 sub-indications used here.
FORMAT_FAILURE = "FORMAT_FAILURE"
HASH_FAILURE = "HASH_FAILURE"
SIG_CRYPTO_FAILURE = "SIG_CRYPTO_FAILURE"
REVOKED = "REVOKED"
EXPIRED = "EXPIRED"
NOT_YET_VALID = "NOT_YET_VALID"
NO_SIGNING_CERTIFICATE_FOUND = "NO_SIGNING_CERTIFICATE_FOUND"
NO_CERTIFICATE_CHAIN_FOUND = "NO_CERTIFICATE_CHAIN_FOUND"
CRYPTO_CONSTRAINTS_FAILURE = "CRYPTO_CONSTRAINTS_FAILURE"
OUT_OF_BOUNDS_NO_POE = "OUT_OF_BOUNDS_NO_POE"
SIGNED_DATA_NOT_FOUND = "SIGNED_DATA_NOT_FOUND"
TRY_LATER = "TRY_LATER"
REVOKED_NO_POE = "REVOKED_NO_POE"
GENERIC = "GENERIC"

_I = Indication.INDETERMINATE
_F = Indication.TOTAL_FAILED

# failure code -> (indication, sub-indication)
_BY_CODE: dict[str, tuple[Indication, str]] = {
    "cades_malformed": (_F, FORMAT_FAILURE),
    "cades_content_mismatch": (_F, HASH_FAILURE),
    "cades_signature_invalid": (_F, SIG_CRYPTO_FAILURE),
    "cades_signer_cert_missing": (_I, NO_SIGNING_CERTIFICATE_FOUND),
    "cades_signing_cert_mismatch": (_I, NO_SIGNING_CERTIFICATE_FOUND),
    "cades_algorithm_unsupported": (_I, CRYPTO_CONSTRAINTS_FAILURE),
    "cades_cert_untrusted": (_I, NO_CERTIFICATE_CHAIN_FOUND),
    "cades_cert_expired": (_I, OUT_OF_BOUNDS_NO_POE),
    "cades_cert_not_yet_valid": (_I, OUT_OF_BOUNDS_NO_POE),
    "cades_timestamp_outside_validity": (_F, EXPIRED),
    "cades_signed_before_certificate": (_F, NOT_YET_VALID),
    "cades_cert_revoked": (_F, REVOKED),
    # revoked, and no time-stamp proves the signature was made before that
    "cades_cert_revoked_no_poe": (_I, REVOKED_NO_POE),
    # the responder / CRL could not be reached or gave no answer that can be believed
    "cades_revocation_unknown": (_I, TRY_LATER),
    "cades_no_content": (_I, SIGNED_DATA_NOT_FOUND),
    # time-stamps (the token's own outcome)
    "tsp_bad_response": (_F, FORMAT_FAILURE),
    "tsp_signature_invalid": (_F, SIG_CRYPTO_FAILURE),
    "tsp_imprint_mismatch": (_F, HASH_FAILURE),
    "tsp_cert_missing": (_I, NO_SIGNING_CERTIFICATE_FOUND),
    "tsp_untrusted": (_I, NO_CERTIFICATE_CHAIN_FOUND),
    "tsp_not_a_tsa": (_I, CRYPTO_CONSTRAINTS_FAILURE),
    "tsp_algorithm_unsupported": (_I, CRYPTO_CONSTRAINTS_FAILURE),
}


def outcome(code: str | None) -> tuple[Indication, str | None]:
    """(indication, sub-indication) for a verifier failure code; None = passed."""
    if code is None:
        return Indication.TOTAL_PASSED, None
    return _BY_CODE.get(code, (Indication.INDETERMINATE, GENERIC))


# The plain words a director reads (core.texts codes; the GUI translates them).
VERDICT_CODES = {
    Indication.TOTAL_PASSED: "verdict_total_passed",
    Indication.INDETERMINATE: "verdict_indeterminate",
    Indication.TOTAL_FAILED: "verdict_total_failed",
}
