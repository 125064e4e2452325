"""`verify` asks the running sandbox's QTSP (its OCSP answers signed with ДСТУ 4145) about a
demo key's certificate: the sandbox's revoked demo key, and a valid one revoked there later."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import pem, x509

from ehealth_wizard.cli import main
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.integration.conftest import SignDemo


def _verify(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, dict[str, Any]]:
    code = main(["verify", "--json", *map(str, argv)])
    return code, json.loads(capsys.readouterr().out)


def test_verify_asks_the_sandbox_responder(
    shared_sandbox: RunningSandbox,
    sign_shared: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    qtsp = shared_sandbox.sandbox.qtsp.qtsp
    ca = tmp_path / "ca.pem"
    ca.write_bytes(pem.armor("CERTIFICATE", qtsp.ca_cert.dump()))

    revoked = sign_shared(variant="revoked")
    p7s = tmp_path / "revoked.p7s"
    p7s.write_bytes(revoked.der)
    code, data = _verify(capsys, "--trusted", ca, p7s)
    signer = data["signers"][0]
    assert code == 1 and (signer["indication"], signer["sub_indication"]) == (
        "TOTAL-FAILED",
        "REVOKED",
    )
    assert signer["revocation"]["url"] == f"{shared_sandbox.url}/qtsp/ocsp"

    good = sign_shared()
    p7s = tmp_path / "good.p7s"
    p7s.write_bytes(good.der)
    code, data = _verify(capsys, "--trusted", ca, p7s)
    signer = data["signers"][0]
    assert code == 0 and signer["revocation"]["status"] == "good"
    assert signer["revocation"]["source"] == "ocsp"

    # revoked at the sandbox now, after its time-stamp: the signature stands
    cert = x509.Certificate.load(good.demo.certificate_der)
    poe = signer["timestamp"]["time"]
    shared_sandbox.sandbox.qtsp.qtsp.revoke(
        cert, when=datetime.fromisoformat(poe) + timedelta(seconds=1)
    )
    code, data = _verify(capsys, "--trusted", ca, p7s)
    signer = data["signers"][0]
    assert code == 0 and signer["revocation"]["status"] == "revoked"
    assert signer["revocation"]["revoked_after_poe"] and signer["poe_time"] == poe
