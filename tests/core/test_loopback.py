"""One answer to "is this server this computer itself?" for the client (plain http and keys
allowed), the MIS hand-off check and the CLI's sandbox detection: they disagreed on 127.0.0.2
and on `[::1]`-style hosts."""

from __future__ import annotations

import pytest

from ehealth_wizard.commands.ehealth import _is_local
from ehealth_wizard.core.ehealth.client import EHealthClient, InsecureServer
from ehealth_wizard.core.ehealth.urls import (
    HandoffUrlInvalid,
    check_handoff_url,
    is_loopback_host,
)

LOCAL = ["127.0.0.1", "127.0.0.2", "localhost", "LOCALHOST", "::1", "[::1]"]
REMOTE = ["", None, "10.0.0.1", "example.org", "127.example.org", "localhost.evil.org", "::2"]


@pytest.mark.parametrize("host", LOCAL)
def test_this_computer(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", REMOTE)
def test_elsewhere(host: str | None) -> None:
    assert not is_loopback_host(host)


@pytest.mark.parametrize("url", ["http://127.0.0.2:8080/mis", "http://[::1]:9/mis"])
def test_every_part_agrees_on_a_loopback_address(url: str) -> None:
    assert check_handoff_url(url) == url
    assert _is_local(url)
    base = url.rsplit("/", 1)[0]
    with EHealthClient(base, api_key="k") as client:  # keys over http only to this computer
        assert client.base_url == base


@pytest.mark.parametrize("url", ["http://10.0.0.1/mis", "http://example.org/mis"])
def test_every_part_agrees_on_a_remote_address(url: str) -> None:
    with pytest.raises(HandoffUrlInvalid):
        check_handoff_url(url)
    assert not _is_local(url)
    with pytest.raises(InsecureServer):
        EHealthClient(url.rsplit("/", 1)[0], api_key="k")
