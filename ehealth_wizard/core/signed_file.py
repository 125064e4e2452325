"""Reading a signed file as people get one: DER, PEM or base64 text, of a bounded size.

Light on purpose (no signing stack): the command line's parser imports its errors.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from ehealth_wizard.core.bounded import MAX_SIGNED_FILE, FileRefused, read_regular_file
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.reasons import file_reason

MAX_SIGNATURE_FILE = MAX_SIGNED_FILE  # a signed registration is tens of KB; -X-Long a few more


class SignedFileUnreadable(UserFacingError):
    code = "signed_file_unreadable"


class SignedFileEmpty(UserFacingError):
    code = "signed_file_empty"


class SignedFileTooLarge(UserFacingError):
    code = "signed_file_too_large"


def decode_signature(raw: bytes) -> bytes:
    """The DER of a signature saved as DER, PEM ("-----BEGIN PKCS7-----", CMS, ...) or base64
    text (what signing pages offer to download). Anything else comes back as it is, for the
    parser to refuse."""
    if raw[:1] == b"\x30":  # DER already (never strip it: its last byte may be a space)
        return raw
    text = raw.strip()
    if text.startswith(b"\xef\xbb\xbf"):  # a BOM from a text editor
        text = text[3:].strip()
    if text.startswith(b"-----BEGIN"):
        text = b"".join(line for line in text.splitlines() if not line.startswith(b"-----"))
    try:
        return base64.b64decode(b"".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return raw


def read_bounded(path: str | Path, limit: int = MAX_SIGNATURE_FILE) -> bytes:
    """A file's bytes, refusing one larger than `limit` before reading it all (and a FIFO or
    a device such as /dev/zero at once)."""
    file = Path(path)
    try:
        return read_regular_file(file, limit)
    except FileRefused as exc:
        if exc.reason_code == "too_large":
            raise SignedFileTooLarge(path=str(file), limit=limit) from None
        raise SignedFileUnreadable(path=str(file), reason=exc.reason_code) from None
    except OSError as exc:
        raise SignedFileUnreadable(path=str(file), reason=file_reason(exc)) from None


def read_signature_file(path: str | Path) -> bytes:
    """The DER of a signature file (DER, PEM or base64), read with a size cap."""
    raw = read_bounded(path)
    if not raw.strip():
        raise SignedFileEmpty(path=str(path))
    return decode_signature(raw)
