"""The shapes of the addresses a profile or a user gives: checked before anything is sent.

Apart from the client, the environments and the credentials hand-off so that the settings
(which read vendor profiles) can check them without importing any of those."""

from __future__ import annotations

from urllib.parse import urlsplit

from ehealth_wizard.core.errors import UserFacingError


def is_loopback_host(host: str | None) -> bool:
    """This computer itself (localhost, 127.0.0.0/8, ::1): where the sandbox listens, and the
    one place plain http may go."""
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    import ipaddress  # (here: the window's start reads URLs without it)

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class HandoffUrlInvalid(UserFacingError):
    code = "handoff_url_invalid"


def check_server_url(url: str) -> str:
    """`url` without a trailing slash, or `BadServerUrl` when it is not an http(s) address."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        # (imported here: its module loads the problems model, which the window's start,
        # reading the profile's URL, does without)
        from ehealth_wizard.core.ehealth.errors import BadServerUrl

        raise BadServerUrl(url=url)
    return text.rstrip("/")


def check_handoff_url(url: str) -> str:
    """The hand-off address as given when it is https (http only to this computer itself, for
    the sandbox's test endpoint); else HandoffUrlInvalid."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip()
    if parts.scheme == "http" and is_loopback_host(parts.hostname):
        return url.strip()
    raise HandoffUrlInvalid(url=url)
