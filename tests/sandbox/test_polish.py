"""QA findings around the sandbox: the certificate beside a Key-6.dat (QA #13), owner-only
files (QA #20) and the `demo-key` command's words (QA #20)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ehealth_wizard import cli
from ehealth_wizard.core.signing.keys import open_key
from ehealth_wizard.sandbox import demo
from ehealth_wizard.sandbox.runner import start_sandbox
from tests.sandbox.conftest import COMPANY, Client, run_stages


def test_key6_dat_opens_with_the_certificate_the_demo_wrote_beside_it(
    sandbox: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issued = demo.issue_demo_key(sandbox.running.sandbox, COMPANY, key_format="key6-dstu")
    key_path, password_path, _, cert_path = demo.write_demo_key(issued, tmp_path / "demo")
    assert key_path.name == "Key-6.dat" and cert_path.name == "certificate.cer"
    signer = open_key(key_path, issued.password)  # no certificate named: found beside the key
    assert signer.certificate.dump() == issued.certificate_der
    signer.close()
    # the CLI gets it for free
    argv = ["key-info", "--key", str(key_path), "--password-file", str(password_path)]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "Коваленко" in out
    # without the certificate beside it, the old, plain advice
    cert_path.unlink()
    assert cli.main(argv) == 2
    assert "certificate was not found" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_file_of_a_fresh_sandbox_is_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with start_sandbox(data, stage_delay=0, registry_delay=0) as running:
        client = Client(running)
        try:
            signer, payload = client.demo_key(COMPANY)
            events, _ = run_stages(client, client.sign(payload, signer))
            assert events[-1]["status"] == "passed", events
            # while it runs: SQLite's -wal and -shm files exist only as long as it is open
            seen = {
                p.relative_to(data).as_posix(): stat.S_IMODE(p.stat().st_mode)
                for p in data.rglob("*")
            }
        finally:
            client.close()
    seen["."] = stat.S_IMODE(data.stat().st_mode)
    assert {"sandbox.sqlite3", "sandbox.sqlite3-wal", "sandbox.sqlite3-shm"} <= set(seen)
    loose = {
        name: oct(mode)
        for name, mode in seen.items()
        if mode != (0o700 if (data / name).is_dir() else 0o600)
    }
    assert loose == {}


def test_an_old_sandbox_database_is_tightened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with start_sandbox(data, stage_delay=0):
        pass
    for suffix in ("", "-wal", "-shm"):
        path = data / f"sandbox.sqlite3{suffix}"
        path.touch()
        path.chmod(0o644)
    with start_sandbox(data, stage_delay=0):
        if os.name == "posix":
            for suffix in ("", "-wal", "-shm"):
                path = data / f"sandbox.sqlite3{suffix}"
                if path.exists():
                    assert stat.S_IMODE(path.stat().st_mode) == 0o600, suffix


def test_demo_key_with_an_unknown_format_says_so_once_and_lists_the_formats(
    sandbox: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["demo-key", "--server", sandbox.url, "--edrpou", COMPANY, "--out", str(tmp_path)]
    assert cli.main([*argv, "--format", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("The sandbox did not issue a demo key") == 1, err
    for name in ("pkcs12-dstu", "key6-dstu", "pkcs12-ecdsa"):
        assert name in err
    assert list(tmp_path.iterdir()) == []


def test_demo_key_help_explains_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["demo-key", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--expired a certificate that has already expired" in out
    assert "--revoked a certificate the test CA has revoked" in out
    assert "--seal an electronic seal of the organisation" in out
    assert "key6-dstu (Key-6.dat" in out


def test_demo_key_from_a_sandbox_that_is_not_there_says_so_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    argv = ["demo-key", "--server", f"http://127.0.0.1:{port}", "--edrpou", COMPANY]
    assert cli.main([*argv, "--out", str(tmp_path / "demo")]) == 2
    err = capsys.readouterr().err
    assert err == (
        "error: The sandbox did not issue a demo key: the server is not accepting connections.\n"
    )
