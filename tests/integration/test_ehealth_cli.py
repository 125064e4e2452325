"""`submit` and `status` on the command line, against a real sandbox on 127.0.0.1.

The issue's end-to-end path runs every command as a real subprocess: demo key → sign (with the
sandbox TSP the certificate names) → submit --follow → the mailbox link → accept → status.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from asn1crypto import x509

from ehealth_wizard import cli
from ehealth_wizard.core.ehealth.credentials import FACILITY_SECRET_SERVICE
from ehealth_wizard.core.ehealth.stages import SUBMIT_STAGES
from ehealth_wizard.core.signing import dstu_spki
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.fixtures.keyrings import MemoryKeyring, using_keyring
from tests.integration.conftest import GOOD_EDRPOU, SignDemo

GARBAGE = b"\x30\x03\x02\x01\x01"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("EHEALTH_WIZARD_SERVER", None)
    return subprocess.run(
        [sys.executable, "-m", "ehealth_wizard", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def lines(stdout: str) -> list[dict[str, Any]]:
    out = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    for item in out:
        assert set(item) == {"stage", "status", "message", "details"}
    return out


def test_end_to_end_demo_key_sign_submit_accept_status(
    sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The default demo key: DSTU 4145 in a GOST PKCS#12. The in-process sandbox writes it with
    # fewer KDF rounds (the product's 10 000 cost seconds twice; the smoke test runs those).
    monkeypatch.setattr(qtsp_dstu, "DEMO_PKCS12_ITERATIONS", 500)
    url = sandbox.url
    demo = tmp_path / "demo"
    made = run(
        "demo-key", "--server", url, "--edrpou", GOOD_EDRPOU, "--out", str(demo), cwd=tmp_path
    )
    assert made.returncode == 0, made.stderr
    spki = x509.Certificate.load((demo / "certificate.cer").read_bytes()).public_key
    assert spki["algorithm"]["algorithm"].dotted in dstu_spki.KEY_OIDS
    signed = tmp_path / "x.p7s"
    sign = run(
        "sign",
        str(demo / "registration.json"),
        "--key",
        str(demo / "key.p12"),
        "--password-file",
        str(demo / "password.txt"),
        "-o",
        str(signed),
        cwd=tmp_path,
    )
    assert sign.returncode == 0, sign.stdout + sign.stderr
    # the signature carries the sandbox TSP's time-stamp, or the signature stage would refuse it

    submit = run("submit", str(signed), "--server", url, "--follow", cwd=tmp_path)
    assert submit.returncode == 0, submit.stdout + submit.stderr
    events = lines(submit.stdout)
    passed = [e["stage"] for e in events if e["status"] == "passed"]
    assert passed == [*SUBMIT_STAGES, "result"]  # every stage, in the order
    assert [e["stage"] for e in events if e["status"] == "running"] == list(SUBMIT_STAGES)
    result = events[-1]["details"]
    entity_id = result["legal_entity_id"]
    secret = sandbox.sandbox.store.get_entity(entity_id)["secret"]
    assert secret not in submit.stdout and secret not in submit.stderr

    registration = json.loads((demo / "registration.json").read_text(encoding="utf-8"))
    email = registration["owner"]["email"]
    mails = httpx.get(f"{url}/api/mailbox", params={"to": email}).json()["data"]
    assert [m["legal_entity_id"] for m in mails] == [entity_id]
    assert mails[0]["employee_request_id"] == result["employee_request_id"]

    waiting = run("status", entity_id, "--server", url, cwd=tmp_path)
    assert waiting.returncode == 0, waiting.stderr
    assert [(e["stage"], e["status"]) for e in lines(waiting.stdout)] == [
        ("account", "running"),
        ("registry", "running"),
    ]

    accepted = httpx.post(mails[0]["link"], headers={"Accept": "application/json"})
    assert accepted.json() == {"accepted": True, "legal_entity_id": entity_id}

    status = run("status", entity_id, "--server", url, cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    assert [(e["stage"], e["status"]) for e in lines(status.stdout)] == [
        ("account", "passed"),
        ("registry", "passed"),
    ]
    assert len(sandbox.sandbox.store.list_entities(GOOD_EDRPOU)) == 1


def test_a_failed_stage_exits_1_and_says_which(
    sandbox: RunningSandbox,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed = tmp_path / "kved.p7s"
    signed.write_bytes(sign_demo("32093096").der)  # a ЄДР record without an allowed KVED
    # --server given globally, before the command, works as well
    assert cli.main(["--server", sandbox.url, "submit", str(signed)]) == 1
    events = lines(capsys.readouterr().out)
    failed = [e for e in events if e["status"] == "failed" and e["stage"] != "result"]
    assert [e["stage"] for e in failed] == ["kved"]
    assert failed[0]["details"]["problems"][0]["path"] == "$.kveds"
    assert (events[-1]["stage"], events[-1]["status"]) == ("result", "failed")


def test_a_file_that_is_no_signature_is_refused_before_sending(
    sandbox: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = tmp_path / "broken.p7s"
    signed.write_bytes(GARBAGE)
    assert cli.main(["submit", str(signed), "--server", sandbox.url]) == 1
    captured = capsys.readouterr()
    [event] = lines(captured.out)
    assert (event["stage"], event["status"]) == ("result", "failed")
    assert event["details"]["sent"] is False
    assert event["details"]["problems"][0]["code"] == "cades_malformed"
    assert "[cades_malformed]" in captured.err
    assert sandbox.sandbox.store.list_entities() == []


def test_an_unreadable_file_or_an_unreachable_server_exits_2(
    sandbox: RunningSandbox,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        cli.main(["submit", str(tmp_path / "missing.p7s"), "--server", "http://127.0.0.1:1"]) == 2
    )
    assert "Cannot read the signed file" in capsys.readouterr().err
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    with socket_closed_port() as port:
        assert cli.main(["submit", str(signed), "--server", f"http://127.0.0.1:{port}"]) == 2
    assert "Cannot reach the eHealth server" in capsys.readouterr().err


def test_status_of_an_unknown_entity_exits_2(
    sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["status", "no-such-id", "--server", sandbox.url]) == 2
    assert "eHealth has no such record" in capsys.readouterr().err


def test_the_server_comes_from_the_environment(
    sandbox: RunningSandbox,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EHEALTH_WIZARD_SERVER", sandbox.url)
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    assert cli.main(["--data-dir", str(tmp_path / "data"), "submit", str(signed)]) == 0
    assert lines(capsys.readouterr().out)[-1]["status"] == "passed"
    assert len(sandbox.sandbox.store.list_entities(GOOD_EDRPOU)) == 1
    assert not (tmp_path / "data" / "sandbox").exists()  # no embedded sandbox was started


def test_without_a_server_the_embedded_sandbox_keeps_its_state_in_the_data_dir(
    sign_demo: SignDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)  # by another sandbox's CA: this one does not trust it
    assert cli.main(["--data-dir", str(data), "submit", str(signed), "--follow"]) == 1
    events = lines(capsys.readouterr().out)
    assert events[0]["stage"] == "signature"
    assert (data / "sandbox" / "sandbox.sqlite3").is_file()


def test_submit_in_process_stores_the_client_secret_in_the_keyring(
    sandbox: RunningSandbox,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = MemoryKeyring()
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    with using_keyring(store):
        assert cli.main(["submit", str(signed), "--server", sandbox.url]) == 0
    captured = capsys.readouterr()
    entity_id = lines(captured.out)[-1]["details"]["client_id"]
    secret = sandbox.sandbox.store.get_entity(entity_id)["secret"]
    assert store.entries == {(FACILITY_SECRET_SERVICE, entity_id): secret}
    assert "kept in the system's secure store" in captured.err
    assert secret not in captured.out + captured.err


class socket_closed_port:
    """A port on 127.0.0.1 where nothing listens."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        return self.port

    def __exit__(self, *exc: object) -> None:
        return None


def test_the_vendor_profile_names_the_server_when_nothing_else_does(
    sandbox: RunningSandbox,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket_closed_port() as port:
        api = f"https://127.0.0.1:{port}"
    profile = tmp_path / "vendor.toml"
    profile.write_text(
        f'[vendor]\nid = "acme"\nname = "Acme MIS"\n\n[environment]\nname = "preprod"\n'
        f'api_base_url = "{api}"\n',
        encoding="utf-8",
    )
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    assert cli.main(["--profile", str(profile), "submit", str(signed)]) == 2
    err = capsys.readouterr().err
    assert f"Cannot reach the eHealth server 127.0.0.1:{port}: " in err
    assert "/api/v2/legal_entities" not in err  # the host only, in plain words
    # an explicit --server wins over the profile
    assert (
        cli.main(["--profile", str(profile), "submit", str(signed), "--server", sandbox.url]) == 0
    )
    assert lines(capsys.readouterr().out)[-1]["status"] == "passed"


def test_submit_refuses_plain_http_to_another_host_unless_told(
    sign_shared: SignDemo, tmp_path: Path
) -> None:
    """Issue 11, item 4: signed personal data never goes to a non-loopback http:// server
    unless `--insecure-http` says so (the refusal comes before any connection)."""
    signed = tmp_path / "signed.p7s"
    signed.write_bytes(sign_shared().der)
    refused = run(
        "--data-dir",
        str(tmp_path),
        "submit",
        str(signed),
        "--server",
        "http://192.0.2.10:9",
        "--secret-out",
        str(tmp_path / "secret.json"),
        cwd=tmp_path,
    )
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "http://" in refused.stderr and "--insecure-http" in refused.stderr
    assert "Traceback" not in refused.stderr and refused.stdout == ""
