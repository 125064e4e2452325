"""Token failures the director must be told about; each code has English text in texts/tokens."""

from __future__ import annotations

from ehealth_wizard.core.signing.errors import SigningError


class TokenError(SigningError):
    """Base of every expected token failure (`token_failed` with the module's own reason)."""

    code = "token_failed"


class TokenModuleMissing(TokenError):
    """The PKCS#11 module file named by the director (or settings) is not there."""

    code = "token_module_missing"


class TokenModuleUnloadable(TokenError):
    """The file exists but is not a PKCS#11 module this process can load (wrong bitness, ...)."""

    code = "token_module_unloadable"


class NoTokenModule(TokenError):
    """No known PKCS#11 module was found in the usual library folders."""

    code = "token_no_module"


class TokenNotFound(TokenError):
    """No token (with the asked label) is plugged in: `token_absent` or `token_not_found`."""

    code = "token_not_found"


class TokenRemoved(TokenError):
    """The token disappeared while a session was open on it (pulled out mid-signing)."""

    code = "token_removed"


class WrongPin(TokenError):
    """The token refused the PIN; the code says what the token reports about tries left:
    `token_pin_wrong`, `token_pin_wrong_few`, `token_pin_wrong_last`."""

    code = "token_pin_wrong"


class PinLocked(TokenError):
    """The user PIN is blocked (CKR_PIN_LOCKED or the token's CKF_USER_PIN_LOCKED flag)."""

    code = "token_pin_locked"


class PinInvalid(TokenError):
    """The PIN has a length or characters the token does not accept at all."""

    code = "token_pin_invalid"


class TokenKeyMissing(TokenError):
    """No usable certificate + private key pair: `token_no_certificate`,
    `token_certificate_not_found`, `token_key_missing`."""

    code = "token_no_certificate"


class TokenMechanismUnsupported(TokenError):
    """The module does not offer the signature mechanism the key needs."""

    code = "token_mechanism_unsupported"


class TokenSignatureInvalid(TokenError):
    """The token returned a value that does not verify against its own certificate."""

    code = "token_signature_invalid"
