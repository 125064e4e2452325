"""`ehealth-wizard sandbox` as a director's helper would start it: a real process on 127.0.0.1."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx


def test_sandbox_command_serves_until_interrupted(tmp_path: Path) -> None:
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
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=15)
    assert proc.returncode == 0
