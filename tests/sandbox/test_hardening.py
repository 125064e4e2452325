"""The sandbox against a hostile neighbour (issue 11, item 10): a page that rebinds its own name
to 127.0.0.1, a body nested 200,000 levels deep, and a long life of finished jobs."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.sandbox.conftest import COMPANY, Client


def _port(sandbox: Client) -> int:
    port = urlsplit(sandbox.url).port
    assert port is not None
    return port


@pytest.mark.parametrize(
    "host",
    ["evil.example:{port}", "evil.example", "127.0.0.1:{other}", "127.0.0.1.evil.example:{port}"],
)
def test_a_foreign_host_header_is_refused(sandbox: Client, host: str) -> None:
    port = _port(sandbox)
    header = host.format(port=port, other=port + 1)
    for path in ("/api/mailbox?to=x@example.com", "/mailbox", "/qtsp/ca.cer"):
        r = sandbox.http.get(path, headers={"Host": header})
        assert r.status_code == 421, (path, header, r.status_code)
        assert "Коваленко".encode() not in r.content and r.content[:1] != b"\x30"
    r = sandbox.http.post("/qtsp/demo-keys", json={"edrpou": "22743189"}, headers={"Host": header})
    assert r.status_code == 421


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "LOCALHOST"])
def test_this_computer_by_name_and_port_is_served(sandbox: Client, name: str) -> None:
    r = sandbox.http.get("/api/dictionaries", headers={"Host": f"{name}:{_port(sandbox)}"})
    assert r.status_code == 200


@pytest.mark.parametrize(
    ("path", "method"),
    [("/api/v2/legal_entities", "PUT"), ("/qtsp/demo-keys", "POST"), ("/sandbox/edr", "PUT")],
)
@pytest.mark.parametrize(
    "body", [b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 100 + b"1" + b"}" * 100]
)
def test_deep_json_bodies_get_422_not_500(
    sandbox: Client, path: str, method: str, body: bytes
) -> None:
    r = sandbox.http.request(
        method, path, content=body, headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["type"] == "request_malformed"


def test_finished_job_threads_are_pruned(sandbox: Client) -> None:
    jobs = sandbox.running.sandbox.jobs
    for _ in range(3):
        r = sandbox.http.put(
            "/api/v2/legal_entities",
            json={"signed_legal_entity_request": "AAAA", "signed_content_encoding": "base64"},
        )
        assert r.status_code in (400, 422)
    deadline = time.monotonic() + 10
    while jobs.running_threads and time.monotonic() < deadline:
        time.sleep(0.05)
    assert jobs.running_threads == 0


def test_the_default_client_still_reaches_it(sandbox: Client) -> None:
    assert httpx.get(f"{sandbox.url}/api/dictionaries", timeout=10).status_code == 200


def test_demo_key_out_creates_missing_parents_owner_only(sandbox: Client, tmp_path: Path) -> None:
    from ehealth_wizard.sandbox import demo

    old = os.umask(0o022)
    try:
        key = demo.issue_demo_key(
            sandbox.running.sandbox, COMPANY, "valid", key_format="pkcs12-ecdsa"
        )
        out = tmp_path / "a" / "b" / "keys"
        demo.write_demo_key(key, out)
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", out):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
