"""Which eHealth the window talks to: the embedded sandbox (default) or a real server.

A small seam for the packaging work: `resolve_environment(args)` is the only place that decides;
a vendor profile / settings file can plug in here later without touching the pages.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Environment:
    """`url` is "" for the sandbox until it has started (it listens on a free port)."""

    kind: str  # "sandbox" | "real"
    url: str = ""
    name: str = ""  # e.g. the vendor's name for the environment
    keyring_service: str = ""  # where the vendor profile keeps its API key (never the key)
    profile: Any = None  # vendor-ui: the active core.settings.VendorProfile (branding), or None

    @property
    def is_sandbox(self) -> bool:
        return self.kind == "sandbox"

    def title(self) -> str:
        if self.is_sandbox:
            return translate("environment", "Sandbox (practice, nothing is really registered)")
        return self.name or self.url


def resolve_environment(args: Any) -> Environment:
    """--server URL|name > EHEALTH_WIZARD_SERVER > vendor profile (--profile or found) > sandbox.

    The order is core.ehealth.environments.configured_server's; a named environment
    ("preprod", "prod") becomes its URL; "sandbox" keeps the embedded sandbox.
    """
    profile = _profile(getattr(args, "profile", None))
    configured = profile.environment.api_base_url if profile and profile.environment else None
    explicit = getattr(args, "server", None)
    if not (explicit or configured or os.environ.get("EHEALTH_WIZARD_SERVER")):
        return Environment(kind="sandbox", profile=profile)  # the common case, no HTTP client
    from ehealth_wizard.core.ehealth.environments import configured_server

    url = configured_server(explicit, configured=configured)
    if url is None:
        return Environment(kind="sandbox", profile=profile)
    name = ""
    service = ""
    if profile is not None and profile.environment is not None and url == configured:
        name = profile.environment.name or profile.vendor_name
        service = profile.keyring_service
    elif explicit and not str(explicit).startswith(("http://", "https://")):
        name = str(explicit)
    return Environment(
        kind="real", url=url.rstrip("/"), name=name, keyring_service=service, profile=profile
    )


def api_key_for(environment: Environment) -> str | None:
    """The vendor's API key from the OS keyring (as `ehealth-wizard submit` does); worker-side."""
    if not environment.keyring_service:
        return None
    from ehealth_wizard.core.settings import Secrets, SecureStoreMissing

    try:
        return Secrets(environment.keyring_service).get("api_key") or None
    except SecureStoreMissing:
        return None


def _profile(explicit: str | None) -> Any:
    """The vendor profile (packaging issue), or None; a broken one is reported by the CLI."""
    from ehealth_wizard.core.settings import find_profile

    try:
        return find_profile(explicit)
    except Exception:  # the window still opens on the sandbox; `--profile` errors show in CLI
        return None
