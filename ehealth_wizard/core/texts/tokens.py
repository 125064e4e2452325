"""English texts for the tokens codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {
    # modules
    "token_module_missing": "The token program (PKCS#11 module) {path} was not found.",
    "token_module_unloadable": (
        "The token program {path} could not be loaded ({reason}). Make sure it is the module "
        "your token's supplier provides for this computer (64-bit)."
    ),
    "token_no_module": (
        "No token program (PKCS#11 module) was found on this computer. Install the program "
        "that came with your token, or choose its module file."
    ),
    # tokens
    "token_absent": "No token is connected. Plug in your key (token) and try again.",
    "token_not_found": (
        "The token “{label}” is not connected. Plug it in and try again. Connected: {available}."
    ),
    "token_several": "Several tokens are connected ({labels}). Choose one of them.",
    "token_removed": (
        "The token “{label}” was removed while it was in use. Plug it back in and open it again."
    ),
    "token_closed": "The token is no longer open. Open it again.",
    "token_failed": "The token reported an error: {reason}.",
    # PIN
    "token_pin_wrong": "Wrong PIN for the token “{label}”. Check it and try again.",
    "token_pin_wrong_few": (
        "Wrong PIN for the token “{label}”. The token reports that only a few tries are left "
        "before it locks."
    ),
    "token_pin_wrong_last": (
        "Wrong PIN for the token “{label}”. Only one try is left: one more wrong PIN locks "
        "the token."
    ),
    "token_pin_locked": (
        "The PIN of the token “{label}” is locked after too many wrong tries. Unlock it with "
        "the PUK or your key provider's tool; the program cannot do it."
    ),
    "token_pin_invalid": "This PIN has a length or characters the token “{label}” does not accept.",
    "token_pin_expired": (
        "The PIN of the token “{label}” has expired. Change it with the token's tool."
    ),
    # keys and signatures
    "token_no_certificate": (
        "The token “{label}” holds no certificate together with its signing key."
    ),
    "token_certificate_not_found": (
        "There is no certificate with id {cert_id} on the token “{label}”."
    ),
    "token_key_missing": (
        "The token “{label}” holds the certificate {cert_id} but not its private key."
    ),
    "token_mechanism_unsupported": (
        "The token “{label}” cannot make this kind of signature ({mechanism})."
    ),
    "token_signature_invalid": (
        "The token “{label}” returned a signature that does not match its certificate. "
        "Choose another certificate or contact your key provider."
    ),
}
