"""Vendor profile parsing and discovery, and the keyring-only secrets."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from ehealth_wizard.core import settings
from ehealth_wizard.core.profile import ProfileError, load_profile, parse_profile
from ehealth_wizard.core.settings import Secrets, SecureStoreMissing, find_profile
from tests.fixtures.keyrings import MemoryKeyring, using_keyring

SAMPLE = Path(__file__).parents[2] / "packaging" / "vendor-profile.sample.toml"


def test_sample_profile_loads_with_every_field() -> None:
    profile = load_profile(SAMPLE)
    assert profile.vendor_id == "medsoft"
    assert profile.vendor_name == "МедСофт"
    assert profile.support.email == "support@medsoft.example.ua"
    assert profile.default_language == "uk"
    assert profile.environment is not None
    assert profile.environment.api_base_url == "https://api-preprod.ehealth.gov.ua"
    assert profile.environment.redirect_uri.startswith("https://")
    assert profile.logo == SAMPLE.parent / "linux/ehealth-wizard.svg"
    assert profile.allow_sandbox is True
    assert profile.keyring_service == "ehealth-wizard/medsoft/PREPROD"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[environment]\napi_base_url = 'https://x'\nmis_client_secret = 's'\n", "keyring"),
        ("[vendor]\napi_key = 'k'\n", "keyring"),
        ("[environment]\napi_base_url = 'http://plain.example'\n", "https"),
        ("[environment]\nname = 'X'\n", "api_base_url"),
        ("[ui]\ndefault_language = 'ru'\n", "default_language"),
        ("[vendor\nname = 1\n", ""),
        ("vendor = 3\n", "table"),
        ("[vendor]\nname = 3\n", "string"),
    ],
)
def test_bad_profiles_are_refused_with_a_reason(tmp_path: Path, text: str, reason: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, tmp_path / "vendor.toml")
    assert reason in str(caught.value.params["reason"])
    assert str(tmp_path) in str(caught.value)


def test_no_environment_means_sandbox(tmp_path: Path) -> None:
    profile = parse_profile("[vendor]\nname = 'Клініка'\n", tmp_path / "vendor.toml")
    assert profile.environment is None
    assert profile.keyring_service.endswith("/sandbox")


def test_discovery_order_explicit_then_env_then_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    explicit = tmp_path / "a.toml"
    explicit.write_text("[vendor]\nname = 'A'\n", encoding="utf-8")
    from_env = tmp_path / "b.toml"
    from_env.write_text("[vendor]\nname = 'B'\n", encoding="utf-8")
    system = tmp_path / "etc"
    system.mkdir()
    (system / "vendor.toml").write_text("[vendor]\nname = 'C'\n", encoding="utf-8")
    monkeypatch.setattr(settings.platformdirs, "site_config_dir", lambda *a, **k: str(system))
    monkeypatch.setenv(settings.ENV_PROFILE, str(from_env))
    profile = find_profile(explicit)
    assert profile is not None and profile.vendor_name == "A"
    profile = find_profile()
    assert profile is not None and profile.vendor_name == "B"
    monkeypatch.delenv(settings.ENV_PROFILE)
    profile = find_profile()
    assert profile is not None and profile.vendor_name == "C"
    (system / "vendor.toml").unlink()
    assert find_profile() is None
    with pytest.raises(ProfileError):
        find_profile(tmp_path / "missing.toml")


def test_secrets_live_in_the_keyring_only(tmp_path: Path) -> None:
    store = MemoryKeyring()
    with using_keyring(store):
        secrets = Secrets("ehealth-wizard/medsoft/PREPROD")
        assert secrets.missing() == ["mis_client_secret", "api_key"]
        secrets.set("mis_client_secret", "s3cr3t")
        assert secrets.get("mis_client_secret") == "s3cr3t"
        assert secrets.missing() == ["api_key"]
        assert store.entries == {("ehealth-wizard/medsoft/PREPROD", "mis_client_secret"): "s3cr3t"}
        with pytest.raises(ValueError):
            secrets.set("password", "x")


def test_no_secure_store_is_reported_not_worked_around() -> None:
    with using_keyring(fail.Keyring()), pytest.raises(SecureStoreMissing):
        Secrets("svc").set("api_key", "k")
