"""The sandbox's checks answer as the real eHealth does (issue 14, items 1 and 3–5), over HTTP."""

from __future__ import annotations

import time
from typing import Any

import pytest

from ehealth_wizard.core.validation.kved import kved_problems
from ehealth_wizard.sandbox.edr import sandbox_persons
from ehealth_wizard.sandbox.pipeline import STAGES
from tests.sandbox.conftest import (
    COMPANY,
    NO_KVED,
    Client,
    failed_stage,
    run_stages,
)

OUTPATIENT_8622 = "35814624"  # ТОВ "КЦ "ЛЕВАДА"": 86.22 only; head Гриценко, signatory Яценко
WITH_SIGNATORY = "41483845"  # ТОВ "СІМЕЙНИЙ ЛІКАР ПЛЮС": head Шевчук, signatory Гнатюк


def _person(sandbox: Client, edrpou: str, index: int) -> dict[str, Any]:
    record = sandbox.running.sandbox.edr.active(edrpou)[0]
    return dict(sandbox_persons(record)[index])


def _entries(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    assert body["error"]["type"] == "validation_failed"
    return {e["entry"]: e["rules"][0] for e in body["error"]["invalid"]}


def _passes_every_stage(sandbox: Client, payload: dict[str, Any], signer: Any) -> dict[str, Any]:
    events, final = run_stages(sandbox, sandbox.sign(payload, signer))
    outcomes = [(e["stage"], e["status"]) for e in events if e["status"] != "running"]
    assert outcomes == [(s, "passed") for s in STAGES], events
    assert final["status_code"] == 200
    return {e["stage"]: e for e in events if e["status"] == "passed"} | {"final": final}


# --- item 1: codes and shapes -------------------------------------------------------------------


def test_edr_unreachable_is_409_request_conflict(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    der = sandbox.sign(payload, signer)
    r = sandbox.http.put("/sandbox/edr", json={"reachable": False})
    assert r.status_code == 200 and r.json() == {"reachable": False}
    try:
        events, final = run_stages(sandbox, der)
        sync = sandbox.put(der)
    finally:
        assert sandbox.http.put("/sandbox/edr", json={"reachable": True}).status_code == 200
    outcomes = [(e["stage"], e["status"]) for e in events if e["status"] != "running"]
    assert outcomes[3:5] == [("kved", "skipped"), ("edr", "failed")]
    assert final["status_code"] == 409 == sync.status_code
    assert final["body"]["error"] == {
        "type": "request_conflict",
        "message": "Legal Entity not found in EDR",
    }
    assert sync.json()["error"] == final["body"]["error"]
    assert final["body"]["meta"]["code"] == 409
    # The register back, the same request registers.
    assert sandbox.put(der).status_code == 200


# --- item 2: the signature stage as the real signature service --------------------------------


def test_a_key_revoked_after_it_signed_leaves_the_signature_valid(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    der = sandbox.sign(payload, signer)  # time-stamped now
    qtsp = sandbox.running.sandbox.qtsp
    time.sleep(1.1)  # times here have whole seconds: revoke clearly after the time-stamp
    with qtsp._lock:
        qtsp.qtsp.revoke(signer.certificate)  # revoked after the time-stamp
    events, final = run_stages(sandbox, der)
    signature = next(e for e in events if e["stage"] == "signature" and e["status"] != "running")
    assert signature["status"] == "passed", signature
    # Signed again now, after the revocation: the same key fails as the DS says.
    events, final = run_stages(sandbox, sandbox.sign(payload, signer))
    assert failed_stage(events) == "signature"
    assert _entries(final["body"]) == {
        "$.signed_legal_entity_request": {
            "rule": "invalid",
            "params": [],
            "description": "OCSP certificate verificaton failed",
        }
    }


# --- item 3: the owner vs the register's head or signatory -------------------------------------


def test_director_listed_only_as_signatory_passes(sandbox: Client) -> None:
    for edrpou in (WITH_SIGNATORY, OUTPATIENT_8622):
        signatory = _person(sandbox, edrpou, 1)
        record = sandbox.running.sandbox.edr.active(edrpou)[0]
        roles = {h["last_name"]: h["role_text"] for h in record["heads"]}
        assert roles[signatory["last_name"]] == "підписант"  # not the head
        signer, payload = sandbox.demo_key(edrpou, person=signatory)
        passed = _passes_every_stage(sandbox, payload, signer)
        assert passed["edr"]["details"]["role"] == "підписант"
        assert passed["edr"]["message"].endswith("is its підписант")


def test_full_name_is_compared_after_normalising_case_and_spaces(sandbox: Client) -> None:
    head = _person(sandbox, OUTPATIENT_8622, 0)
    signer, payload = sandbox.demo_key(OUTPATIENT_8622, person=head)
    payload["owner"]["first_name"] = "ВОЛОДИМИР"
    payload["owner"]["second_name"] = "петрович  "
    passed = _passes_every_stage(sandbox, payload, signer)
    assert passed["edr"]["details"]["role"] == "керівник"


def test_full_name_mismatch_fails_edr_naming_the_field_and_the_register(sandbox: Client) -> None:
    person = _person(sandbox, OUTPATIENT_8622, 0) | {"second_name": "Павлович"}
    signer, payload = sandbox.demo_key(OUTPATIENT_8622, person=person)
    events, final = run_stages(sandbox, sandbox.sign(payload, signer))
    assert failed_stage(events) == "edr"
    assert final["status_code"] == 422
    entries = _entries(final["body"])
    assert list(entries) == ["$.owner.second_name"]  # only the patronymic differs
    rule = entries["$.owner.second_name"]
    assert rule["rule"] == "invalid"
    assert rule["description"] == (
        'owner.second_name "Павлович" does not match EDR; the register holds: '
        "ГРИЦЕНКО ВОЛОДИМИР ПЕТРОВИЧ (керівник), ЯЦЕНКО ОКСАНА ІГОРІВНА (підписант)"
    )
    assert rule["params"] == ["ГРИЦЕНКО ВОЛОДИМИР ПЕТРОВИЧ", "ЯЦЕНКО ОКСАНА ІГОРІВНА"]
    failed = next(e for e in events if e["status"] == "failed")
    assert "ГРИЦЕНКО ВОЛОДИМИР ПЕТРОВИЧ" in failed["message"]


# --- item 4: KVED for primary care, one rule with the form --------------------------------------


def test_outpatient_with_only_86_22_passes_every_stage_to_the_registry(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(OUTPATIENT_8622)
    assert payload["type"] == "OUTPATIENT"
    passed = _passes_every_stage(sandbox, payload, signer)
    assert passed["kved"]["details"]["kveds"] == ["86.22"]
    entity_id = passed["final"]["body"]["data"]["id"]
    mail = sandbox.mails(payload["owner"]["email"])[0]  # newest first
    assert mail["legal_entity_id"] == entity_id
    accepted = sandbox.http.post(mail["link"], headers={"Accept": "application/json"})
    assert accepted.json() == {"accepted": True, "legal_entity_id": entity_id}
    stages = sandbox.stages(entity_id)
    assert [stages[s]["status"] for s in ("account", "registry")] == ["passed", "passed"]
    listed = sandbox.http.get("/api/v2/legal_entities", params={"edrpou": OUTPATIENT_8622})
    assert [d["id"] for d in listed.json()["data"]] == [entity_id]
    assert listed.json()["data"][0]["nhs_verified"] is True  # the NHS verified it (docs/)
    assert stages["registry"]["details"]["nhs_verified"] is True


@pytest.mark.parametrize(
    ("edrpou", "facility_type", "passes"),
    [
        (OUTPATIENT_8622, "OUTPATIENT", True),
        (OUTPATIENT_8622, "PRIMARY_CARE", False),
        (NO_KVED, "OUTPATIENT", True),  # 86.23 only: an outpatient dentist
        (NO_KVED, "PRIMARY_CARE", False),
        (COMPANY, "PRIMARY_CARE", True),  # 86.21
    ],
)
def test_kved_stage_and_form_rule_agree(
    sandbox: Client, edrpou: str, facility_type: str, passes: bool
) -> None:
    signer, payload = sandbox.demo_key(edrpou)
    payload["type"] = facility_type
    events, final = run_stages(sandbox, sandbox.sign(payload, signer))
    kved = next(e for e in events if e["stage"] == "kved" and e["status"] != "running")
    record = sandbox.running.sandbox.edr.active(edrpou)[0]
    codes = [k["code"] for k in record["activity_kinds"]]
    form = [p for p in kved_problems(facility_type, codes) if p.severity.name == "ERROR"]
    assert (kved["status"] == "passed") is passes is (form == [])
    if not passes:
        assert final["status_code"] == 422
        assert _entries(final["body"])["$.kveds"]["description"] == (
            'At least one KVED code must be from list ["86.10", "86.21"]'
        )
        assert form[0].code == "kved_not_allowed_for_type"


# --- item 5: the residence address against the settlements register ---------------------------


@pytest.mark.parametrize(
    ("change", "entry", "description"),
    [
        (
            {"settlement_id": "0b7c2a3e-1d4f-4a5b-8c6d-7e8f9a0b1c2d"},
            "$.residence_address.settlement_id",
            "settlement with id = 0b7c2a3e-1d4f-4a5b-8c6d-7e8f9a0b1c2d does not exist",
        ),
        ({"settlement": "Житомир"}, "$.residence_address.settlement", "invalid settlement value"),
        ({"area": "Волинська"}, "$.residence_address.area", "invalid area value"),
        ({"region": "Стрийський"}, "$.residence_address.region", "invalid region value"),
        (
            {"settlement_type": "VILLAGE"},
            "$.residence_address.settlement_type",
            "invalid settlement_type value",
        ),
    ],
)
def test_residence_address_is_checked_like_uaddresses(
    sandbox: Client, change: dict[str, str], entry: str, description: str
) -> None:
    signer, payload = sandbox.demo_key(OUTPATIENT_8622)  # Львів, Львівська, Львівський
    payload["residence_address"].update(change)
    events, final = run_stages(sandbox, sandbox.sign(payload, signer))
    assert failed_stage(events) == "content"
    assert final["status_code"] == 422
    entries = _entries(final["body"])
    assert entries == {entry: {"rule": "invalid", "params": [], "description": description}}


def test_matching_region_passes_the_address_check(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(OUTPATIENT_8622)
    payload["residence_address"]["region"] = "ЛЬВІВСЬКИЙ"
    _passes_every_stage(sandbox, payload, signer)


# --- item 6: the later stages under eHealth's own names; the deadline from the server ---------


def test_invitation_deadline_comes_from_the_servers_answers(tmp_path: Any) -> None:
    from datetime import datetime

    from ehealth_wizard.core.ehealth.client import EHealthClient
    from ehealth_wizard.core.ehealth.stages import invitation_deadline
    from ehealth_wizard.sandbox.runner import start_sandbox
    from tests.sandbox.conftest import Client as SandboxClient

    three_days = 3 * 86400.0
    with start_sandbox(tmp_path / "d", stage_delay=0, invite_ttl=three_days) as running:
        sandbox = SandboxClient(running)
        signer, payload = sandbox.demo_key(OUTPATIENT_8622)
        body = sandbox.put(sandbox.sign(payload, signer)).json()
        request_id = body["urgent"]["employee_request_id"]
        params = sandbox.http.get("/api/global_parameters").json()["data"]
        assert params == {"employee_request_expiration": "3", "employee_request_term_unit": "DAYS"}
        request = sandbox.http.get(f"/api/employee_requests/{request_id}").json()["data"]
        assert request["status"] == "NEW" and request["employee_type"] == "OWNER"
        with EHealthClient(running.url) as client:
            deadline = invitation_deadline(client, request_id)
        mail = sandbox.mails(payload["owner"]["email"])[0]
        expires = datetime.fromisoformat(mail["expires_at"].replace("Z", "+00:00"))
        assert deadline is not None and abs((deadline - expires).total_seconds()) < 2
        account = sandbox.stages(body["data"]["id"])["account"]
        assert account["status"] == "running"
        assert account["details"]["employee_request_status"] == "NEW"
        sandbox.http.post(mail["link"], headers={"Accept": "application/json"})
        request = sandbox.http.get(f"/api/employee_requests/{request_id}").json()["data"]
        assert request["status"] == "APPROVED"
        stages = sandbox.stages(body["data"]["id"])
        assert stages["account"]["details"]["employee_request_status"] == "APPROVED"
        sandbox.close()


def test_an_unanswered_invitation_expires_under_the_servers_name(tmp_path: Any) -> None:
    from ehealth_wizard.sandbox.runner import start_sandbox
    from tests.sandbox.conftest import Client as SandboxClient

    with start_sandbox(tmp_path / "d", stage_delay=0, invite_ttl=0) as running:
        sandbox = SandboxClient(running)
        signer, payload = sandbox.demo_key(OUTPATIENT_8622)
        body = sandbox.put(sandbox.sign(payload, signer)).json()
        request_id = body["urgent"]["employee_request_id"]
        request = sandbox.http.get(f"/api/employee_requests/{request_id}").json()["data"]
        assert request["status"] == "EXPIRED"
        stages = sandbox.stages(body["data"]["id"])
        assert stages["account"]["status"] == "failed"
        assert stages["account"]["details"]["employee_request_status"] == "EXPIRED"
        assert stages["registry"]["status"] == "skipped"
        sandbox.close()


@pytest.mark.parametrize("mode", ["content", "signature", "both"])
def test_a_time_stamp_of_either_kind_passes_the_signature_stage(sandbox: Client, mode: str) -> None:
    """The real DS takes whichever time-stamp the envelope has (`UAC_SignedDataGetTs`): a
    signature with only a content time-stamp passes, as one with a signature time-stamp."""
    from ehealth_wizard.core.payload import canonical_bytes
    from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades

    signer, payload = sandbox.demo_key(COMPANY)
    der = sign_cades(
        canonical_bytes(payload), signer, tsp_url=default_tsp_url(signer), tsp_mode=mode
    )
    events, final = run_stages(sandbox, der)
    signature = next(e for e in events if e["stage"] == "signature" and e["status"] != "running")
    assert signature["status"] == "passed", signature
    assert signature["details"]["timestamp"]
    assert final["status_code"] == 200
