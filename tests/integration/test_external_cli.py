"""`submit` with a signature made outside the wizard (a cloud key, the state signing page), over
real HTTP against the sandbox: completed and registered, or refused before anything is sent.

"Outside" is played by the sandbox's test QTSP keys: `sign --no-tsp` (a CAdES-BES, what a signing
page gives without a time-stamp) and a detached signature built here. A proxy in front of the
sandbox's eHealth API records every request, so "nothing was sent" is seen on the wire.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import cms

from ehealth_wizard import cli
from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.cms import build_signed_data_der
from ehealth_wizard.core.signing.keys import FileKeySource
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.demo import issue_demo_key, write_demo_key
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.integration.conftest import GOOD_EDRPOU, SignDemo
from tests.integration.proxy import CuttingProxy, Rules
from tests.integration.test_ehealth_cli import lines, run


@pytest.fixture
def proxy(sandbox: RunningSandbox) -> Iterator[CuttingProxy]:
    """The sandbox's eHealth API behind a recording proxy (its QTSP stays reachable directly)."""
    recording = CuttingProxy(sandbox.port, Rules())
    try:
        yield recording
    finally:
        recording.close()


def _submit(*args: str) -> int:
    return cli.main(["submit", *args])


def _nothing_sent(proxy: CuttingProxy, sandbox: RunningSandbox) -> None:
    assert proxy.seen.heads == []
    assert sandbox.sandbox.store.list_entities() == []


def test_a_bes_signed_without_a_time_stamp_is_completed_and_registers(
    sandbox: RunningSandbox,
    proxy: CuttingProxy,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the default demo key (ДСТУ 4145, GOST PKCS#12), with fewer KDF rounds for the test
    monkeypatch.setattr(qtsp_dstu, "DEMO_PKCS12_ITERATIONS", 500)
    demo = tmp_path / "demo"
    made = run(
        "demo-key",
        "--server",
        sandbox.url,
        "--edrpou",
        GOOD_EDRPOU,
        "--out",
        str(demo),
        cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    bes = tmp_path / "bes.p7s"
    signed = run(
        "sign",
        str(demo / "registration.json"),
        "--key",
        str(demo / "key.p12"),
        "--password-file",
        str(demo / "password.txt"),
        "--no-tsp",
        "-o",
        str(bes),
        cwd=tmp_path,
    )
    assert signed.returncode == 0, signed.stdout + signed.stderr
    assert "CAdES-BES" in signed.stdout
    assert verify_cades(bes.read_bytes()).signer.timestamp is None

    assert _submit(str(bes), "--server", proxy.url) == 0
    captured = capsys.readouterr()
    assert "A time-stamp was added to the signature by http://127.0.0.1:" in captured.err
    events = lines(captured.out)
    assert (events[-1]["stage"], events[-1]["status"]) == ("result", "passed")
    [entity] = sandbox.sandbox.store.list_entities(GOOD_EDRPOU)
    assert entity["data"]["id"] == events[-1]["details"]["legal_entity_id"]
    assert len(proxy.seen.requests("PUT", "/api/v2/legal_entities")) == 1


def test_a_detached_signature_with_content_registers(
    sandbox: RunningSandbox,
    proxy: CuttingProxy,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo = issue_demo_key(sandbox.sandbox, GOOD_EDRPOU, key_format="pkcs12-ecdsa")
    folder = tmp_path / "demo"
    write_demo_key(demo, folder)
    content = tmp_path / "to-sign.json"
    assert cli.main(["payload", str(folder / "registration.json"), "-o", str(content)]) == 0
    signer = FileKeySource(folder / demo.file_name).open(demo.password)
    try:  # what a signing page gives for "signature in a separate file", no time-stamp
        detached = sign_cades(content.read_bytes(), signer, tsp_url=None, detached=True)
    finally:
        signer.close()
    p7s = tmp_path / "to-sign.json.p7s"
    p7s.write_bytes(detached)

    # without the content it cannot be checked: refused, nothing sent
    assert _submit(str(p7s), "--server", proxy.url) == 1
    refused = lines(capsys.readouterr().out)[-1]
    assert refused["details"]["problems"][0]["code"] == "cades_no_content"
    _nothing_sent(proxy, sandbox)

    assert _submit(str(p7s), "--content", str(content), "--server", proxy.url, "--follow") == 0
    captured = capsys.readouterr()
    assert "The signed document was put inside the signature file." in captured.err
    assert lines(captured.out)[-1]["status"] == "passed"
    assert len(sandbox.sandbox.store.list_entities(GOOD_EDRPOU)) == 1


def test_a_payload_of_another_edrpou_is_refused_before_sending(
    sandbox: RunningSandbox,
    proxy: CuttingProxy,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed = sign_demo(edit=lambda p: p.update(edrpou="33391451"))  # a valid code, not the key's
    p7s = tmp_path / "other.p7s"
    p7s.write_bytes(signed.der)
    assert _submit(str(p7s), "--server", proxy.url, "--follow") == 1
    captured = capsys.readouterr()
    [event] = lines(captured.out)
    assert (event["stage"], event["status"]) == ("result", "failed")
    assert event["details"]["sent"] is False
    problems = [(p["path"], p["code"]) for p in event["details"]["problems"]]
    assert ("$.edrpou", "signer_edrpou_mismatch") in problems
    assert f"The key belongs to ЄДРПОУ {GOOD_EDRPOU}, but the form says 33391451" in captured.err
    _nothing_sent(proxy, sandbox)


def test_a_seal_or_two_signers_are_refused_before_sending(
    sandbox: RunningSandbox,
    proxy: CuttingProxy,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seal = tmp_path / "seal.p7s"
    seal.write_bytes(sign_demo(variant="seal").der)
    assert _submit(str(seal), "--server", proxy.url) == 1
    event = lines(capsys.readouterr().out)[-1]
    assert "signer_is_seal" in [p["code"] for p in event["details"]["problems"]]

    first = sign_demo()
    second_key = tmp_path / "second"
    other = issue_demo_key(sandbox.sandbox, GOOD_EDRPOU, key_format="pkcs12-ecdsa")
    write_demo_key(other, second_key)
    content = verify_cades(first.der).content
    signer = FileKeySource(second_key / other.file_name).open(other.password)
    try:
        extra = cms.ContentInfo.load(
            build_signed_data_der(content, signer, signing_time=datetime.now(UTC))
        )["content"]
    finally:
        signer.close()
    signed = cms.ContentInfo.load(first.der)["content"]
    both = cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": {
                "version": signed["version"],
                "digest_algorithms": signed["digest_algorithms"],
                "encap_content_info": signed["encap_content_info"],
                "certificates": [*signed["certificates"], *extra["certificates"]],
                "signer_infos": [signed["signer_infos"][0], extra["signer_infos"][0]],
            },
        }
    )
    two = tmp_path / "two.p7s"
    two.write_bytes(both.dump())
    assert _submit(str(two), "--server", proxy.url) == 1
    event = lines(capsys.readouterr().out)[-1]
    assert [(p["code"], p["params"]) for p in event["details"]["problems"]] == [
        ("external_signer_count", {"signatures": 2, "seals": 0})
    ]
    _nothing_sent(proxy, sandbox)
