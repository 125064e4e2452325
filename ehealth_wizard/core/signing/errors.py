"""Signing failures the director must be told about; each code has English text in core.texts."""

from __future__ import annotations

from ehealth_wizard.core.errors import UserFacingError


class SigningError(UserFacingError):
    """Base of every expected signing failure."""

    code = "signing_failed"


class WrongPassword(SigningError):
    """The container opened but the password does not unlock it."""

    code = "key_wrong_password"


class KeyFileError(SigningError):
    """The key file cannot be used: `key_file_unreadable`, `key_file_truncated`,
    `key_file_unknown_format`, `key_file_unsupported_algorithm`, `key_file_empty`,
    `key_cert_missing`, `key_cert_mismatch`, `key_cert_unreadable`."""

    code = "key_file_unknown_format"


class UnsupportedAlgorithm(SigningError):
    """A digest, key or signature algorithm this program does not implement."""

    code = "signature_algorithm_unsupported"


class CadesError(SigningError):
    """A CAdES signature that cannot be built or does not verify; `code` names the reason."""

    code = "cades_invalid"


class TspError(SigningError):
    """The time-stamp service failed or answered something that does not check out."""

    code = "tsp_failed"
