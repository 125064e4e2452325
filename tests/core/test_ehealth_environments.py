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


def test_the_window_environment_is_chosen_in_the_core_without_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same order as the commands: explicit > EHEALTH_WIZARD_SERVER > vendor profile >
    sandbox; the vendor's API key comes from the keyring service of its profile."""
    import subprocess
    import sys

    from ehealth_wizard.core.ehealth.environments import (
        Environment,
        api_key_for,
        resolve_environment,
    )
    from ehealth_wizard.core.settings import Secrets
    from tests.fixtures.keyrings import MemoryKeyring, using_keyring

    monkeypatch.delenv(ENV_SERVER, raising=False)
    monkeypatch.delenv("EHEALTH_WIZARD_PROFILE", raising=False)
    sample = Path(__file__).resolve().parents[2] / "packaging" / "vendor-profile.sample.toml"
    profile = tmp_path / "vendor.toml"
    profile.write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")

    vendor = resolve_environment(None, str(profile))
    assert vendor.kind == "real" and vendor.url == "https://api-preprod.ehealth.gov.ua"
    assert vendor.keyring_service == "ehealth-wizard/medsoft/PREPROD"
    assert vendor.profile is not None and vendor.name

    named = resolve_environment("prod", str(profile))  # explicit beats the profile
    assert (named.url, named.name, named.keyring_service) == (
        "https://api.ehealth.gov.ua",
        "prod",
        "",
    )
    monkeypatch.setenv(ENV_SERVER, "https://from-env.example/")
    assert resolve_environment(None, str(profile)).url == "https://from-env.example"
    monkeypatch.delenv(ENV_SERVER)
    assert resolve_environment("sandbox", str(profile)).is_sandbox
    assert resolve_environment(None, str(tmp_path / "missing.toml")).is_sandbox

    with using_keyring(MemoryKeyring()):
        assert api_key_for(vendor) is None
        Secrets(vendor.keyring_service).set("api_key", "k-1")
        assert api_key_for(vendor) == "k-1"
        assert api_key_for(Environment("sandbox", "http://127.0.0.1:1")) is None

    code = (
        "import sys; import ehealth_wizard.core.ehealth.environments as e; "
        "e.resolve_environment(); print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
