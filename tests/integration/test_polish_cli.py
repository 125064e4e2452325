"""The CLI's last words, as QA read them (QA #9, #20): calm, plain, no stray characters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backends import fail

from ehealth_wizard import cli
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.fixtures.keyrings import using_keyring
from tests.integration.conftest import SignDemo


def test_status_of_an_unknown_id_ends_cleanly(
    shared_sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["status", "no-such-id", "--server", shared_sandbox.url]) == 2
    err = capsys.readouterr().err
    assert err == "error: eHealth has no such record, or the server address is wrong.\n"


def test_without_a_keyring_the_registration_is_still_reported_calmly(
    sandbox: RunningSandbox,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed = tmp_path / "x.p7s"
    signed.write_bytes(sign_demo().der)
    with using_keyring(fail.Keyring()):  # type: ignore[no-untyped-call]
        assert cli.main(["submit", str(signed), "--server", sandbox.url]) == 0
    captured = capsys.readouterr()
    # The sandbox goes on without a keyring, saying plainly (no traceback) what a real
    # environment would do (issue 14: there the CLI refuses before sending).
    assert captured.err == (
        "Warning: no keyring, no hand-off address and no --secret-out: on a real environment "
        "this submission would be refused before sending (the sandbox goes on).\n"
        "Sandbox: the facility's client secret was not kept (no keyring, no --secret-out); on a "
        "real environment the program would refuse to submit.\n"
    )
    # README: `status` takes the legal_entity_id shown in the last `result` line
    last = json.loads(captured.out.splitlines()[-1])
    assert last["stage"] == "result" and last["status"] == "passed"
    entity_id = last["details"]["legal_entity_id"]
    assert cli.main(["status", entity_id, "--server", sandbox.url]) == 0
    stages = [json.loads(line)["stage"] for line in capsys.readouterr().out.splitlines()]
    assert stages == ["account", "registry"]
