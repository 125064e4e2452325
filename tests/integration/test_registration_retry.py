"""One registration, however often it is retried: the line dies right after eHealth received the
PUT, then the director retries — after a restart of the program, or by running `submit` again.

A TCP proxy between the client and a real sandbox serves the first PUT, throws its answer away and
drops every connection after it until it is healed; the sandbox counts entities and invitations.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ehealth_wizard import cli
from ehealth_wizard.core.drafts import DraftStore
from ehealth_wizard.core.ehealth.environments import Environment
from ehealth_wizard.core.ehealth.errors import OutcomeUnknown
from ehealth_wizard.core.ehealth.stages import PASSED, RESULT_STAGE
from ehealth_wizard.core.registration import (
    REFUSED,
    SENDING,
    SUBMITTED,
    FileKey,
    RegistrationSession,
    open_and_check,
)
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.integration.conftest import GOOD_EDRPOU, SignDemo
from tests.integration.proxy import CuttingProxy, Rules


@pytest.fixture
def proxy(sandbox: RunningSandbox) -> Iterator[CuttingProxy]:
    running = CuttingProxy(sandbox.port, Rules(kill_after_put=True))
    yield running
    running.close()


def _one_registration(sandbox: RunningSandbox) -> None:
    store = sandbox.sandbox.store
    assert len(store.list_entities(GOOD_EDRPOU)) == 1
    assert len(store.list_mail()) == 1  # one invitation: the server registered once


def _keys_sent(proxy: CuttingProxy) -> list[str]:
    """The Idempotency-Key of every PUT that reached the server."""
    keys = []
    for head in proxy.seen.requests("PUT"):
        for line in head.split("\r\n"):
            if line.lower().startswith("idempotency-key:"):
                keys.append(line.split(":", 1)[1].strip())
    return keys


def _demo_session(sandbox: RunningSandbox, folder: Path) -> tuple[RegistrationSession, FileKey]:
    from ehealth_wizard.sandbox.demo import issue_demo_key, registration_for, write_demo_key
    from ehealth_wizard.sandbox.edr import sandbox_persons

    record = sandbox.sandbox.edr.active(GOOD_EDRPOU)[0]
    person = sandbox_persons(record)[0]
    key = issue_demo_key(sandbox.sandbox, GOOD_EDRPOU, key_format="pkcs12-ecdsa", person=person)
    path = write_demo_key(key, folder / "key")[0]
    session = RegistrationSession(DraftStore(folder / "drafts"))
    session.set_registration(registration_for(record, person, date.today()))
    return session, FileKey(str(path), key.password)


def _open(session: RegistrationSession, key: FileKey, *, checks: bool = True) -> None:
    check = open_and_check(FileKey(key.path, key.password), session.registration, checks=checks)
    assert check.ok, check.problems
    session.take_key(check)


def test_a_lost_answer_then_a_restart_sends_the_registration_once(
    sandbox: RunningSandbox, proxy: CuttingProxy, tmp_path: Path
) -> None:
    session, key = _demo_session(sandbox, tmp_path)
    _open(session, key)
    with pytest.raises(OutcomeUnknown):
        list(session.sign_and_submit(Environment("real", proxy.url)))
    assert proxy.killed, "the line died after the PUT"
    draft_id = session.draft.draft_id
    session.close()  # the program is closed (or crashes) here

    # on disk, before anything else: the key the lost PUT carried, waiting to be reused
    on_disk = DraftStore(tmp_path / "drafts").load(draft_id).draft.meta.submission
    assert on_disk is not None and on_disk.status == SENDING
    assert on_disk.idempotency_key == _keys_sent(proxy)[0]

    proxy.heal()
    restarted = RegistrationSession(DraftStore(tmp_path / "drafts"))
    restarted.open_draft(draft_id)
    _open(restarted, key)
    events = list(restarted.sign_and_submit(Environment("real", proxy.url)))
    assert (events[-1].stage, events[-1].status) == (RESULT_STAGE, PASSED)
    _one_registration(sandbox)
    keys = _keys_sent(proxy)
    assert len(keys) >= 2 and len(set(keys)) == 1, keys  # every PUT repeated the first key
    record = restarted.submission
    assert record is not None and record.status == SUBMITTED and record.legal_entity_id
    restarted.close()


def test_a_refused_registration_gets_a_new_key_when_sent_again(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    session, key = _demo_session(sandbox, tmp_path)
    good = session.registration
    from dataclasses import replace

    session.set_registration(
        replace(good, director=replace(good.director, second_name="Іванівна"))
    )  # ЄДР knows another patronymic: the server refuses (sent unchecked, as `sign
    _open(session, key, checks=False)  # --no-preflight` would)
    events = list(session.sign_and_submit(Environment("sandbox", sandbox.url)))
    assert events[-1].status != PASSED
    refused = session.submission
    assert refused is not None and refused.status == REFUSED and not refused.idempotency_key
    session.set_registration(good)
    _open(session, key)
    events = list(session.sign_and_submit(Environment("sandbox", sandbox.url)))
    assert (events[-1].stage, events[-1].status) == (RESULT_STAGE, PASSED)
    _one_registration(sandbox)
    session.close()


@pytest.mark.parametrize("follow", [False, True], ids=["sync", "follow"])
def test_submit_run_again_after_a_lost_answer_sends_once(
    sandbox: RunningSandbox,
    proxy: CuttingProxy,
    sign_demo: SignDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    follow: bool,
) -> None:
    signed = tmp_path / "signed.p7s"
    signed.write_bytes(sign_demo().der)
    data = tmp_path / "data"
    argv = ["--data-dir", str(data), "submit", str(signed), "--server", proxy.url]
    argv += ["--follow"] if follow else []
    assert cli.main(argv) == 2  # the answer was lost: the outcome is unknown
    assert proxy.killed
    proxy.heal()
    capsys.readouterr()
    # signed again (a new signature over the same registration): still the same request
    signed.write_bytes(sign_demo().der)
    assert cli.main(argv) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (lines[-1]["stage"], lines[-1]["status"]) == (RESULT_STAGE, PASSED)
    _one_registration(sandbox)
    keys = _keys_sent(proxy)
    assert len(keys) >= 2 and len(set(keys)) == 1, keys
