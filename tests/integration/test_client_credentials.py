"""The facility's client credentials are never dropped (issue 14, item 7), over real HTTP.

Hand-off to the MIS endpoint a vendor profile names (the sandbox's stand-in at /mis/handoff),
with safe retries; the keyring; `submit --secret-out FILE` (0600); and the refusal BEFORE
sending on a real environment with nowhere to keep the secret.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest

from ehealth_wizard import cli
from ehealth_wizard.core.ehealth.credentials import (
    Credentials,
    HandoffFailed,
    SecretDestinationMissing,
    handoff,
    plan_destinations,
)
from ehealth_wizard.core.ehealth.urls import HandoffUrlInvalid
from ehealth_wizard.core.profile import ProfileError, parse_profile
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.core.test_ehealth_client import serve as serve
from tests.fixtures.keyrings import MemoryKeyring, using_keyring
from tests.integration.conftest import SignDemo
from tests.integration.test_ehealth_cli import lines

CREDS = Credentials("c-1", "s3cret-value", "le-1", "https://mis.example/cb")


def _sha(secret: str) -> str:
    import hashlib

    return hashlib.sha256(secret.encode()).hexdigest()


def test_handoff_retries_safely_and_shows_the_receipt(shared_sandbox: RunningSandbox) -> None:
    url = f"{shared_sandbox.url}/mis/handoff"
    http = httpx.Client(timeout=10)
    before = http.get(url).json()["calls"]
    http.put(f"{shared_sandbox.url}/sandbox/handoff", json={"fail_next": 2, "status": 503})
    waits: list[float] = []
    receipt = handoff(url, CREDS, "mis-api-key", sleep=waits.append)
    assert (receipt.status_code, receipt.attempts) == (201, 3)
    assert receipt.answer["received"] is True and receipt.answer["legal_entity_id"] == "le-1"
    assert waits == [0.5, 1.0]  # backed off twice, then it went through
    # A retry of a hand-off whose answer was lost: the MIS recognises it, nothing doubles.
    again = handoff(url, CREDS, "mis-api-key", sleep=waits.append)
    assert again.status_code == 200 and again.answer["reference"] == receipt.answer["reference"]
    listing = http.get(url).json()
    assert listing["calls"] == before + 4
    arrived = [r for r in listing["data"] if r["client_id"] == "c-1"]
    assert len(arrived) == 1
    assert arrived[0]["secret_sha256"] == _sha("s3cret-value")
    assert arrived[0]["api_key"] is True
    assert arrived[0]["idempotency_key"] == CREDS.idempotency_key
    assert "s3cret-value" not in CREDS.idempotency_key


def test_handoff_gives_up_on_a_refusal_and_says_so(shared_sandbox: RunningSandbox) -> None:
    url = f"{shared_sandbox.url}/mis/handoff"
    httpx.put(f"{shared_sandbox.url}/sandbox/handoff", json={"fail_next": 1, "status": 401})
    with pytest.raises(HandoffFailed) as caught:
        handoff(url, CREDS, None, sleep=lambda _s: None)
    assert caught.value.params == {"url": url, "reason": "HTTP 401"}  # no retry of a 4xx


def test_handoff_url_must_be_https() -> None:
    with pytest.raises(HandoffUrlInvalid):
        handoff("http://mis.example/h", CREDS, None)
    with pytest.raises(ProfileError, match="https"):
        parse_profile('[handoff]\nurl = "http://mis.example/h"\n', Path("v.toml"))
    profile = parse_profile('[handoff]\nurl = "https://mis.example/h"\n', Path("v.toml"))
    assert profile.handoff_url == "https://mis.example/h"


def test_real_environment_with_nowhere_to_keep_the_secret_refuses_before_sending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign_shared: SignDemo
) -> None:
    with pytest.raises(SecretDestinationMissing):
        plan_destinations(is_sandbox=False, keyring=False)
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_shared().der)
    # No keyring (the suite's null backend), no profile, no --secret-out. Had anything been
    # sent, the answer would be "cannot reach" (the .invalid domain never resolves).
    code = cli.main(["submit", str(signed), "--server", "https://api.ehealth.invalid"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Not sent: eHealth gives the facility's client secret only once" in err
    assert "Cannot reach" not in err


def test_secret_out_writes_an_owner_only_file(
    sandbox: RunningSandbox, sign_demo: SignDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    out = tmp_path / "facility-secret.json"
    assert cli.main(["submit", str(signed), "--server", sandbox.url, "--secret-out", str(out)]) == 0
    captured = capsys.readouterr()
    entity_id = lines(captured.out)[-1]["details"]["client_id"]
    secret = sandbox.sandbox.store.get_entity(entity_id)["secret"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved == {
        "client_id": entity_id,
        "client_secret": secret,
        "legal_entity_id": entity_id,
        "redirect_uri": saved["redirect_uri"],
    }
    assert saved["redirect_uri"].startswith("https://")
    assert f"saved to {out}" in captured.err
    assert secret not in captured.out + captured.err


def test_sandbox_without_a_destination_only_warns(
    sandbox: RunningSandbox, sign_demo: SignDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    assert cli.main(["submit", str(signed), "--server", sandbox.url]) == 0
    err = capsys.readouterr().err
    assert "on a real environment this submission would be refused before sending" in err


def test_profile_handoff_takes_precedence_over_the_keyring(
    sandbox: RunningSandbox, sign_demo: SignDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "vendor.toml"
    profile.write_text(
        f'[vendor]\nid = "acme"\n\n[handoff]\nurl = "{sandbox.url}/mis/handoff"\n',
        encoding="utf-8",
    )
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    store = MemoryKeyring()
    with using_keyring(store):
        code = cli.main(["--profile", str(profile), "submit", str(signed), "--server", sandbox.url])
    assert code == 0
    captured = capsys.readouterr()
    entity_id = lines(captured.out)[-1]["details"]["client_id"]
    secret = sandbox.sandbox.store.get_entity(entity_id)["secret"]
    arrived = httpx.get(f"{sandbox.url}/mis/handoff").json()["data"]
    assert [(a["legal_entity_id"], a["secret_sha256"]) for a in arrived] == [
        (entity_id, _sha(secret))
    ]
    assert "handed to your MIS" in captured.err and '"received": true' in captured.err
    assert store.entries == {}  # handed off: not also left in the keyring
    assert secret not in captured.out + captured.err


def test_a_mis_answer_past_the_limit_is_not_read_whole(serve: Any) -> None:
    """A MIS that answers a hand-off with megabytes: refused after 64 KiB, said plainly, and
    not retried (no acknowledgement is that long)."""
    from ehealth_wizard.core.ehealth.credentials import MAX_ANSWER_BYTES
    from tests.core.test_ehealth_client import answer

    calls: list[int] = []
    huge = answer("200 OK", b'{"text": "' + b"x" * (8 * MAX_ANSWER_BYTES) + b'"}')

    def counted(conn: Any) -> None:
        calls.append(1)
        huge(conn)

    server = serve(counted)
    url = f"{server.url}/mis/handoff"  # http to this computer: allowed, as for the sandbox
    with pytest.raises(HandoffFailed) as caught:
        handoff(url, CREDS, None, sleep=lambda _s: None)
    assert caught.value.params["reason"] == "answer_too_large"
    assert "longer than an acknowledgement" in str(caught.value)
    assert len(calls) == 1
