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

    @property
    def is_sandbox(self) -> bool:
        return self.kind == "sandbox"

    def title(self) -> str:
        if self.is_sandbox:
            return translate("environment", "Sandbox (practice, nothing is really registered)")
        return self.name or self.url


def resolve_environment(args: Any) -> Environment:
    """--server URL > EHEALTH_WIZARD_SERVER > (later: vendor profile/settings) > sandbox."""
    server = getattr(args, "server", None) or os.environ.get("EHEALTH_WIZARD_SERVER", "")
    if server:
        return Environment(kind="real", url=str(server).rstrip("/"))
    profile = _profile_environment(getattr(args, "profile", None))
    if profile is not None:
        return profile
    return Environment(kind="sandbox")


def _profile_environment(profile: str | None) -> Environment | None:
    """Ask core.settings (packaging issue) for a vendor environment, when it exists."""
    try:
        from ehealth_wizard.core import settings
    except ImportError:
        return None
    loader = getattr(settings, "environment_from_profile", None)
    if loader is None:
        return None
    try:
        result = loader(profile)
    except Exception:  # a broken profile must not stop the window; the sandbox still works
        return None
    if not result:
        return None
    url = getattr(result, "url", None) or (result.get("url") if isinstance(result, dict) else None)
    name = getattr(result, "name", "") or (
        result.get("name", "") if isinstance(result, dict) else ""
    )
    if not url:
        return None
    return Environment(kind="real", url=str(url).rstrip("/"), name=str(name))
