"""Which eHealth the program talks to: a named environment, an explicit URL, or the sandbox.

The choice, first match wins: `--server` (a URL or a name below) > `EHEALTH_WIZARD_SERVER` >
the configured environment (the vendor profile, when present) > the embedded sandbox.
`configured_server` answers with a URL (None: the sandbox); `resolve_environment` with the
window's `Environment`, which also carries the vendor's name, keyring service and profile.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ehealth_wizard.core.ehealth.urls import check_server_url
from ehealth_wizard.core.settings import Secrets, SecureStoreMissing, find_profile

if TYPE_CHECKING:
    from ehealth_wizard.core.profile import VendorProfile

ENV_SERVER = "EHEALTH_WIZARD_SERVER"
SANDBOX = "sandbox"

# The API hosts (the auth hosts, for a later OAuth login, are not needed yet).
ENVIRONMENTS: Mapping[str, str] = {
    "preprod": "https://api-preprod.ehealth.gov.ua",
    "prod": "https://api.ehealth.gov.ua",
}


def server_url(value: str | None) -> str | None:
    """A URL for `value` (a URL or an environment name); None for the embedded sandbox."""
    if value is None:
        return None
    text = value.strip()
    if not text or text.lower() == SANDBOX:
        return None
    named = ENVIRONMENTS.get(text.lower())
    return named if named is not None else check_server_url(text)


def configured_server(
    explicit: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    configured: str | None = None,
) -> str | None:
    """The server URL to use, by the order in the module docstring; None = embedded sandbox."""
    env = os.environ if environ is None else environ
    for candidate in (explicit, env.get(ENV_SERVER), configured):
        if candidate is not None and candidate.strip():
            return server_url(candidate)
    return None


@dataclass(frozen=True)
class Environment:
    """`url` is "" for the sandbox until it has started (it listens on a free port)."""

    kind: str  # "sandbox" | "real"
    url: str = ""
    name: str = ""  # e.g. the vendor's name for the environment
    keyring_service: str = ""  # where the vendor profile keeps its API key (never the key)
    profile: VendorProfile | None = None  # the active vendor profile (branding), or None

    @property
    def is_sandbox(self) -> bool:
        return self.kind == SANDBOX


def resolve_environment(explicit: str | None = None, profile: str | None = None) -> Environment:
    """`explicit` (--server URL or name) > EHEALTH_WIZARD_SERVER > the vendor profile (`profile`
    names its file, else the one found) > the sandbox; a named environment becomes its URL."""
    vendor = _profile(profile)
    configured = vendor.environment.api_base_url if vendor and vendor.environment else None
    url = configured_server(explicit, configured=configured)
    if url is None:
        return Environment(kind=SANDBOX, profile=vendor)
    name = ""
    service = ""
    if vendor is not None and vendor.environment is not None and url == configured:
        name = vendor.environment.name or vendor.vendor_name
        service = vendor.keyring_service
    elif explicit and not explicit.startswith(("http://", "https://")):
        name = explicit
    return Environment(
        kind="real", url=url.rstrip("/"), name=name, keyring_service=service, profile=vendor
    )


def api_key_for(environment: Environment) -> str | None:
    """The vendor's API key for this environment from the OS keyring; call it in a worker, a
    keyring may be slow."""
    return vendor_api_key(environment.keyring_service)


def vendor_api_key(keyring_service: str) -> str | None:
    """The API key a vendor profile keeps in the OS keyring under `keyring_service`, or None."""
    if not keyring_service:
        return None
    try:
        return Secrets(keyring_service).get("api_key") or None
    except SecureStoreMissing:
        return None


def _profile(explicit: str | None) -> VendorProfile | None:
    """The vendor profile, or None; a broken one is reported by the CLI, the window still opens
    on the sandbox."""
    try:
        return find_profile(explicit)
    except Exception:
        return None
