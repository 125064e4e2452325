"""`ehealth-wizard sandbox` as a director's helper would start it: a real process on 127.0.0.1."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest


def _ignore_sigint() -> None:
    """As a shell starts a background job: SIGINT ignored before the program runs."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_sandbox_command_serves_until_interrupted(tmp_path: Path, stop: signal.Signals) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ehealth_wizard",
            "sandbox",
            "--data",
            str(tmp_path / "d"),
            "--stage-delay",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ignore_sigint,  # the test must not depend on the inherited disposition
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("eHealth sandbox: http://127.0.0.1:"), first
        url = first.split(": ", 1)[1].strip()
        r = httpx.get(f"{url}/api/dictionaries", params={"name": "GENDER"}, timeout=10)
        assert r.status_code == 200 and r.json()["data"][0]["name"] == "GENDER"
        assert httpx.get(f"{url}/mailbox", timeout=10).status_code == 200
        assert httpx.get(f"{url}/qtsp/ca.cer", timeout=10).content[:1] == b"\x30"
        assert (tmp_path / "d" / "sandbox.sqlite3").exists()
    finally:
        proc.send_signal(stop)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
