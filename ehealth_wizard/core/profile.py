"""What a vendor profile says: the file an MIS vendor ships with its installer, read and checked.

A profile is a TOML file (commented sample: packaging/vendor-profile.sample.toml). It names the
vendor and its support, the default language, the eHealth environment (API, auth, MIS client id)
and TSP/OCSP overrides; never a secret (core/settings.py keeps those in the keyring). Where a
profile is looked for is core/settings.py's `find_profile`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ehealth_wizard import APP_NAME, LANGUAGES
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.reasons import file_reason

# What a profile must never hold: the MIS secrets are asked for once and kept in the keyring
# (core/settings.py, `Secrets`).
SECRET_NAMES = ("mis_client_secret", "api_key")


class ProfileError(UserFacingError):
    """The vendor profile cannot be used; `params` say which file and what is wrong."""

    code = "profile_invalid"


@dataclass(frozen=True)
class Support:
    phone: str = ""
    email: str = ""
    url: str = ""
    hours: str = ""


@dataclass(frozen=True)
class EnvironmentConfig:
    """The eHealth environment a vendor's installer points at."""

    name: str = ""
    api_base_url: str = ""
    auth_url: str = ""
    mis_client_id: str = ""
    redirect_uri: str = ""


@dataclass(frozen=True)
class VendorProfile:
    vendor_id: str = ""
    vendor_name: str = ""
    website: str = ""
    logo: Path | None = None
    icon: Path | None = None
    support: Support = field(default_factory=Support)
    default_language: str = "uk"
    environment: EnvironmentConfig | None = None
    allow_sandbox: bool = True
    tsp_url: str = ""
    ocsp_url: str = ""
    trust_list: str = ""  # the vendor's trust list: a file (resolved) or an http(s) URL
    handoff_url: str = ""  # the MIS endpoint that takes the facility's client credentials
    source: Path | None = None

    @property
    def keyring_service(self) -> str:
        env = self.environment.name if self.environment else "sandbox"
        return f"{APP_NAME}/{self.vendor_id or 'default'}/{env or 'default'}"


def _section(data: Mapping[str, Any], name: str, path: Path) -> Mapping[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, Mapping):
        raise ProfileError(file=str(path), reason=f"[{name}] must be a table")
    return value


def _text(table: Mapping[str, Any], key: str, path: Path) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ProfileError(file=str(path), reason=f"{key} must be a string")
    if key in SECRET_NAMES or "secret" in key:
        raise ProfileError(file=str(path), reason=f"{key} must not be in the file (keyring only)")
    return value.strip()


def _https(url: str, key: str, path: Path) -> str:
    if url and not url.startswith("https://"):
        raise ProfileError(file=str(path), reason=f"{key} must start with https://")
    return url


def _handoff_url(url: str, path: Path) -> str:
    if not url:
        return ""
    from ehealth_wizard.core.ehealth.urls import HandoffUrlInvalid, check_handoff_url

    try:
        return check_handoff_url(url)
    except HandoffUrlInvalid:
        raise ProfileError(
            file=str(path), reason="[handoff] url must start with https://"
        ) from None


def parse_profile(text: str, path: Path) -> VendorProfile:
    """A VendorProfile from TOML text; relative logo/icon paths are taken from `path`'s folder."""
    import tomllib  # only with a vendor profile: not at the first window's start

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(file=str(path), reason=str(exc)) from None
    for table in data.values():
        if isinstance(table, Mapping):
            for secret in SECRET_NAMES:
                if secret in table:
                    raise ProfileError(
                        file=str(path), reason=f"{secret} must not be in the file (keyring only)"
                    )
    vendor = _section(data, "vendor", path)
    support = _section(data, "support", path)
    ui = _section(data, "ui", path)
    env = _section(data, "environment", path)
    signing = _section(data, "signing", path)
    handoff = _section(data, "handoff", path)

    def asset(key: str) -> Path | None:
        name = _text(vendor, key, path)
        return (path.parent / name).resolve() if name else None

    language = _text(ui, "default_language", path) or "uk"
    if language not in LANGUAGES:
        raise ProfileError(file=str(path), reason=f"default_language must be one of {LANGUAGES}")
    environment = None
    if env:
        api = _https(_text(env, "api_base_url", path), "api_base_url", path)
        if not api:
            raise ProfileError(file=str(path), reason="[environment] needs api_base_url")
        environment = EnvironmentConfig(
            name=_text(env, "name", path),
            api_base_url=api.rstrip("/"),
            auth_url=_https(_text(env, "auth_url", path), "auth_url", path),
            mis_client_id=_text(env, "mis_client_id", path),
            redirect_uri=_https(_text(env, "redirect_uri", path), "redirect_uri", path),
        )
    allow = env.get("allow_sandbox", ui.get("allow_sandbox", True))
    if not isinstance(allow, bool):
        raise ProfileError(file=str(path), reason="allow_sandbox must be true or false")
    return VendorProfile(
        vendor_id=_text(vendor, "id", path),
        vendor_name=_text(vendor, "name", path),
        website=_text(vendor, "website", path),
        logo=asset("logo"),
        icon=asset("icon"),
        support=Support(**{k: _text(support, k, path) for k in ("phone", "email", "url", "hours")}),
        default_language=language,
        environment=environment,
        allow_sandbox=allow,
        tsp_url=_text(signing, "tsp_url", path),
        ocsp_url=_text(signing, "ocsp_url", path),
        trust_list=_trust_list(_text(signing, "trust_list", path), path),
        handoff_url=_handoff_url(_text(handoff, "url", path), path),
        source=path,
    )


def _trust_list(value: str, path: Path) -> str:
    """A trust-list URL as written; a file relative to the profile's folder."""
    if not value or value.startswith(("http://", "https://")):
        return value
    return str((path.parent / value).resolve())


def load_profile(path: Path | str) -> VendorProfile:
    target = Path(path)
    try:
        text = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(file=str(target), reason=file_reason(exc)) from None
    return parse_profile(text, target)
