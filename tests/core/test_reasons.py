"""Reason codes (core/reasons.py) and how the texts word them (QA #8)."""

from __future__ import annotations

import errno
import socket
import ssl
from pathlib import Path

import pytest

from ehealth_wizard.core.drafts import DraftImportUnreadable, DraftStore
from ehealth_wizard.core.payload import RegistrationFileUnreadable, read_registration_file
from ehealth_wizard.core.reasons import file_reason, host_of, network_reason
from ehealth_wizard.core.texts import TEXTS, describe, expand_params


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "not_found"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission_denied"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "is_a_directory"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (OSError("something odd"), "other"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "not_text"),
    ],
)
def test_file_reasons(exc: BaseException, reason: str) -> None:
    assert file_reason(exc) == reason
    assert f"reason.{reason}" in TEXTS


def _wrapped(inner: BaseException) -> Exception:
    """Like httpx: the library's error raised `from` the socket's own."""
    try:
        try:
            raise inner
        except BaseException as exc:
            raise RuntimeError("All connection attempts failed") from exc
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize(
    ("inner", "reason"),
    [
        (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "refused"),
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "dns"),
        (TimeoutError("timed out"), "timeout"),
        (ssl.SSLCertVerificationError(1, "CERTIFICATE_VERIFY_FAILED"), "tls"),
        (ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"), "reset"),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "network_down"),
        (OSError(errno.EADDRINUSE, "Address already in use"), "address_in_use"),
        (ValueError("[Errno -3] Temporary failure in name resolution"), "dns"),
        (ValueError("weird"), "other"),
    ],
)
def test_network_reasons_look_through_wrapped_causes(inner: BaseException, reason: str) -> None:
    assert network_reason(_wrapped(inner)) == reason
    assert f"reason.{reason}" in TEXTS


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://127.0.0.1:9/api/v2/legal_entities", "127.0.0.1:9"),
        ("https://api.ehealth.gov.ua/api/v2/legal_entities?x=1", "api.ehealth.gov.ua"),
        ("https://user:pw@example.org:8443/p", "example.org:8443"),
        ("http://[::1]:8080/x", "[::1]:8080"),
        ("not a url", "not a url"),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host


def test_describe_words_reason_codes_and_leaves_other_values() -> None:
    text = describe("key_file_unreadable", {"path": "/k.dat", "reason": "not_found"})
    assert text == "The key file /k.dat cannot be read: the file or folder does not exist."
    # a free-text reason (e.g. a server's message) is left as it is
    assert expand_params({"reason": "because"})["reason"] == "because"
    # the GUI passes its translator; the reason's own placeholders are filled too
    out = expand_params(
        {"reason": "not_json", "line": 3, "column": 7},
        lambda english: english.replace("it is not", "IT IS NOT"),
    )
    assert out["reason"].startswith("IT IS NOT") and "line 3, column 7" in out["reason"]


def test_describe_leaves_no_trailing_space_when_the_last_parameter_is_empty() -> None:
    text = describe("server_not_found", {"message": ""})
    assert text == text.strip() and text.endswith("wrong.")


def test_registration_file_reasons(tmp_path: Path) -> None:
    with pytest.raises(RegistrationFileUnreadable) as missing:
        read_registration_file(tmp_path / "nope.json")
    assert missing.value.params["reason"] == "not_found"
    assert "No such file" not in str(missing.value)
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "facility": {\n    "edrpou": \n}', encoding="utf-8")
    with pytest.raises(RegistrationFileUnreadable) as bad:
        read_registration_file(broken)
    assert bad.value.params == {"path": str(broken), "reason": "not_json", "line": 4, "column": 1}
    assert "(the text is broken at line 4, column 1)" in str(bad.value)
    assert "Expecting value" not in str(bad.value)
    binary = tmp_path / "image.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(RegistrationFileUnreadable) as not_text:
        read_registration_file(binary)
    assert not_text.value.params["reason"] == "not_text"


def test_draft_import_and_export_reasons(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    with pytest.raises(DraftImportUnreadable) as missing:
        store.import_(tmp_path / "missing.json")
    assert missing.value.params["error"] == "not_found"
    assert str(missing.value).endswith("cannot be read: the file or folder does not exist.")
    draft = store.new_draft()
    store.save(draft)
    with pytest.raises(Exception) as folder:
        store.export(draft.draft_id, tmp_path)  # a folder, not a file
    assert getattr(folder.value, "code", "") == "drafts.write_failed"
    assert folder.value.params["error"] in ("is_a_directory", "other")  # type: ignore[attr-defined]
    assert "Errno" not in str(folder.value)


def test_every_reason_code_has_words() -> None:
    from ehealth_wizard.core import reasons

    produced = set(reasons._ERRNO_REASONS.values()) | set(reasons._WINERROR_REASONS.values())
    produced |= {"other", "not_text", "not_json", "not_a_certificate", "tls", "dns"}
    produced |= {"no_secure_store", "secure_store_failed", "server_failed", "stream_ended"}
    assert sorted(c for c in produced if f"reason.{c}" not in TEXTS) == []
