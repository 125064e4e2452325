"""Which eHealth the program talks to: a named environment, an explicit URL, or the sandbox.

The choice, first match wins: `--server` (a URL or a name below) > `EHEALTH_WIZARD_SERVER` >
the configured environment (settings, when present) > the embedded sandbox (returned as None:
the caller starts it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from ehealth_wizard.core.ehealth.client import check_server_url

ENV_SERVER = "EHEALTH_WIZARD_SERVER"
SANDBOX = "sandbox"

# Reference §6. The API hosts; the auth hosts are for the later OAuth login.
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
