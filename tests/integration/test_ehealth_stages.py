"""submit_and_follow and follow_later_stages against a real sandbox over HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ehealth_wizard.core.ehealth.client import EHealthClient
from ehealth_wizard.core.ehealth.errors import ApiError
from ehealth_wizard.core.ehealth.stages import (
    FAILED,
    PASSED,
    RESULT_STAGE,
    RUNNING,
    SKIPPED,
    SUBMIT_STAGES,
    StageEvent,
    follow_later_stages,
    follow_submission,
    submit_and_follow,
)
from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.integration.conftest import GOOD_EDRPOU, SignDemo


def accept_invitation(url: str, email: str) -> str:
    """Open the director's mailbox at the sandbox and accept the newest invitation; its link."""
    mails = httpx.get(f"{url}/api/mailbox", params={"to": email}).json()["data"]
    link = mails[0]["link"]
    answer = httpx.post(link, headers={"Accept": "application/json"})
    assert answer.status_code == 200 and answer.json()["accepted"] is True
    return str(link)


def test_live_submission_streams_every_stage_in_order_and_hands_back_the_ids(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    with EHealthClient(sandbox.url) as client:
        events = list(submit_and_follow(client, signed.der))
        expected = [(s, status) for s in SUBMIT_STAGES for status in (RUNNING, PASSED)]
        assert [(e.stage, e.status) for e in events[:-1]] == expected
        assert all(e.message for e in events[:-1])  # the server's own words for each step
        final = events[-1]
        assert (final.stage, final.status) == (RESULT_STAGE, PASSED)
        result = final.result
        assert result is not None and result.client_secret
        assert final.details["legal_entity_id"] == result.legal_entity_id
        assert final.details["employee_request_id"] == result.employee_request_id
        assert client.legal_entity(result.legal_entity_id)["edrpou"] == GOOD_EDRPOU
    # the secret is for the keyring only: never in an event's JSON nor its repr
    for event in events:
        assert result.client_secret not in json.dumps(event.to_dict(), ensure_ascii=False)
        assert result.client_secret not in repr(event)
    stored = sandbox.sandbox.store.get_entity(result.legal_entity_id)
    assert stored is not None and stored["secret"] == result.client_secret


def test_the_synchronous_call_lands_on_the_same_stages(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    with EHealthClient(sandbox.url) as client:
        events = list(submit_and_follow(client, signed.der, live=False))
    assert [(e.stage, e.status) for e in events] == [
        *((s, PASSED) for s in SUBMIT_STAGES),
        (RESULT_STAGE, PASSED),
    ]
    assert events[-1].result is not None
    assert sandbox.sandbox.store.get_entity(events[-1].result.legal_entity_id) is not None


def _edit(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(payload: dict[str, Any]) -> None:
        node = payload
        *parents, last = path.split(".")
        for key in parents:
            node = node[key]
        node[last] = value

    return edit


# (edrpou, demo-key variant, payload edit, failing stage, a problem path that must be reported)
FAILURES = {
    "broken signature": (None, None, None, "signature", "$.signed_legal_entity_request"),
    "a seal": (GOOD_EDRPOU, "seal", None, "signature", "$.signed_legal_entity_request"),
    "expired certificate": (
        GOOD_EDRPOU,
        "expired",
        None,
        "signature",
        "$.signed_legal_entity_request",
    ),
    "revoked certificate": (
        GOOD_EDRPOU,
        "revoked",
        None,
        "signature",
        "$.signed_legal_entity_request",
    ),
    "another edrpou": (GOOD_EDRPOU, "valid", _edit("edrpou", "33391451"), "signer", "$.edrpou"),
    "another surname": (
        GOOD_EDRPOU,
        "valid",
        _edit("owner.last_name", "Петренко"),
        "signer",
        "$.owner.last_name",
    ),
    "bad tax id": (
        GOOD_EDRPOU,
        "valid",
        _edit("owner.tax_id", "1234567890"),
        "content",
        "$.owner.tax_id",
    ),
    "no allowed kved": ("32093096", "valid", None, "kved", "$.kveds"),
    "terminated record": ("41531343", "valid", None, "edr", "$.edrpou"),
    "two active records": ("39873751", "valid", None, "edr", "$.edrpou"),
    "director is not a head": (
        GOOD_EDRPOU,
        "valid",
        _edit("owner.first_name", "Марія"),
        "edr",
        "$.owner.first_name",
    ),
    "expired license": (
        GOOD_EDRPOU,
        "valid",
        _edit("license.expiry_date", "2020-01-01"),
        "license",
        "$.license.expiry_date",
    ),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_a_refusal_is_the_same_stage_live_and_synchronously(
    case: str, shared_sandbox: RunningSandbox, sign_shared: SignDemo
) -> None:
    edrpou, variant, edit, stage, path = FAILURES[case]
    der = b"\x30\x03\x02\x01\x01" if edrpou is None else sign_shared(edrpou, variant, edit).der
    with EHealthClient(shared_sandbox.url) as client:
        live = list(submit_and_follow(client, der))
        sync = list(submit_and_follow(client, der, live=False))
    for events in (live, sync):
        final = events[-1]
        assert (final.stage, final.status) == (RESULT_STAGE, FAILED)
        assert final.details["stage"] == stage
        assert final.result is None
        assert path in [p.path for p in final.problems]
        failed = [e for e in events if e.status == FAILED and e.stage != RESULT_STAGE]
        assert [e.stage for e in failed] == [stage]
        assert path in [p.path for p in failed[0].problems]
        index = SUBMIT_STAGES.index(stage)
        terminal = [(e.stage, e.status) for e in events[:-1] if e.status != RUNNING]
        assert terminal == [
            (s, PASSED if i < index else FAILED if i == index else SKIPPED)
            for i, s in enumerate(SUBMIT_STAGES)
        ]
    # both report the server's own text
    assert live[-1].problems[0].params["description"] == sync[-1].problems[0].params["description"]


def test_the_same_idempotency_key_never_registers_twice(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    with EHealthClient(sandbox.url) as client:
        first = list(submit_and_follow(client, signed.der, idempotency_key="same-key"))
        again = list(submit_and_follow(client, signed.der, idempotency_key="same-key"))
        sync = list(submit_and_follow(client, signed.der, idempotency_key="same-key", live=False))
    ids = {e[-1].details["employee_request_id"] for e in (first, again, sync)}
    assert len(ids) == 1  # one owner request: one registration, one invitation
    assert len(sandbox.sandbox.store.list_entities(GOOD_EDRPOU)) == 1
    assert len(sandbox.sandbox.store.list_mail()) == 1


def test_cancel_between_events_stops_following(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    sandbox.sandbox.settings.stage_delay = 0.05
    cancel = threading.Event()
    seen: list[StageEvent] = []

    def watch(client: EHealthClient) -> None:
        for event in submit_and_follow(client, signed.der, cancel=cancel):
            seen.append(event)
            cancel.set()

    with EHealthClient(sandbox.url) as client, pytest.raises(Cancelled):
        watch(client)
    assert len(seen) == 1 and seen[0].stage == "signature"


def test_cancel_before_submitting_sends_nothing(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    cancel = threading.Event()
    cancel.set()
    with EHealthClient(sandbox.url) as client, pytest.raises(Cancelled):
        list(submit_and_follow(client, b"\x30\x00", cancel=cancel))
    assert sandbox.sandbox.store.list_mail() == []
    assert sandbox.sandbox.store.job_by_key("x") is None


def test_later_stages_follow_the_director_and_the_registry(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    # Long enough for the first poll after accepting to see the registry still waiting, even on
    # a busy machine.
    sandbox.sandbox.settings.registry_delay = 1.0
    with EHealthClient(sandbox.url) as client:
        result = list(submit_and_follow(client, signed.der))[-1].result
        assert result is not None
        before = list(follow_later_stages(client, result.legal_entity_id))
        assert [(e.stage, e.status) for e in before] == [
            ("account", RUNNING),
            ("registry", RUNNING),
        ]
        accept_invitation(sandbox.url, signed.payload["owner"]["email"])
        waited = list(
            follow_later_stages(
                client, result.legal_entity_id, wait=True, poll_interval=0.1, timeout=10
            )
        )
    pairs = [(e.stage, e.status) for e in waited]
    assert pairs[0] == ("account", PASSED)
    assert pairs[-1] == ("registry", PASSED)
    assert ("registry", RUNNING) in pairs  # seen waiting for the registry delay first


def test_status_of_an_unknown_entity_is_not_found(sandbox: RunningSandbox) -> None:
    with EHealthClient(sandbox.url) as client, pytest.raises(ApiError) as caught:
        list(follow_later_stages(client, "00000000-0000-4000-8000-000000000000"))
    assert caught.value.status == 404


def test_an_earlier_submission_is_found_again_by_its_key(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    with EHealthClient(sandbox.url) as client:
        first = list(submit_and_follow(client, signed.der, idempotency_key="kept-in-draft"))
        again = follow_submission(client, "kept-in-draft")
        assert again is not None
        replay = list(again)
        assert follow_submission(client, "never-sent") is None
    assert [(e.stage, e.status, e.message) for e in replay] == [
        (e.stage, e.status, e.message) for e in first
    ]
    assert replay[-1].result == first[-1].result
    assert len(sandbox.sandbox.store.list_mail()) == 1
