"""Which server a command talks to, and how a signed file is read."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from ehealth_wizard.commands.ehealth import SignedFileEmpty, SignedFileUnreadable, read_signed
from ehealth_wizard.core.ehealth.environments import ENV_SERVER, configured_server, server_url
from ehealth_wizard.core.ehealth.errors import BadServerUrl


def test_explicit_beats_environment_beats_configuration() -> None:
    env = {ENV_SERVER: "https://from-env.example"}
    assert configured_server("https://explicit.example/", environ=env) == "https://explicit.example"
    assert configured_server(None, environ=env, configured="preprod") == "https://from-env.example"
    assert configured_server(None, environ={}, configured="preprod") == (
        "https://api-preprod.ehealth.gov.ua"
    )
    assert configured_server(None, environ={}) is None  # → the embedded sandbox


def test_names_and_the_sandbox() -> None:
    assert server_url("prod") == "https://api.ehealth.gov.ua"
    assert server_url("sandbox") is None
    assert server_url("  ") is None
    assert configured_server("sandbox", environ={ENV_SERVER: "prod"}) is None
    with pytest.raises(BadServerUrl):
        server_url("api.ehealth.gov.ua")


def test_a_signed_file_is_read_as_der_pem_or_base64(tmp_path: Path) -> None:
    der = bytes.fromhex("3003020101")
    (tmp_path / "a.p7s").write_bytes(der)
    encoded = base64.b64encode(der)
    (tmp_path / "b.p7s").write_bytes(encoded + b"\n")
    (tmp_path / "c.pem").write_bytes(
        b"-----BEGIN PKCS7-----\n" + encoded + b"\n-----END PKCS7-----\n"
    )
    for name in ("a.p7s", "b.p7s", "c.pem"):
        assert read_signed(tmp_path / name) == der
    (tmp_path / "empty.p7s").write_bytes(b"")
    with pytest.raises(SignedFileEmpty):
        read_signed(tmp_path / "empty.p7s")
    with pytest.raises(SignedFileUnreadable) as caught:
        read_signed(tmp_path / "missing.p7s")
    assert "missing.p7s" in str(caught.value)
