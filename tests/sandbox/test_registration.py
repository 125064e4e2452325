"""A registration that passes: the real answer's shape, the invitation, the later stages,
resubmission, an expired invitation link, and state that survives a restart."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import httpx

from ehealth_wizard.sandbox.pipeline import ALL_STAGES
from ehealth_wizard.sandbox.runner import start_sandbox
from tests.sandbox.conftest import COMPANY, FOP, PHARMACY, Client, envelope

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_success_answer_has_the_real_shape(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(FOP)
    r = sandbox.put(sandbox.sign(payload, signer))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["meta"]["code"] == 200
    assert body["meta"]["url"].endswith("/api/v2/legal_entities")
    data = body["data"]
    assert UUID.match(data["id"])
    assert (data["status"], data["is_active"], data["nhs_verified"]) == ("ACTIVE", True, False)
    assert data["edrpou"] == FOP and data["type"] == "PRIMARY_CARE"
    assert data["edr"]["legal_form"] == "910" and data["edr"]["state"] == 1
    assert "86.21" in [k["code"] for k in data["edr"]["kveds"]]
    assert data["license"]["type"] == "MSP" and UUID.match(data["license"]["id"])
    security = body["urgent"]["security"]
    assert security["client_id"] == data["id"]
    assert len(security["client_secret"]) >= 32
    assert security["redirect_uri"] == payload["security"]["redirect_uri"]
    assert UUID.match(body["urgent"]["employee_request_id"])
    again = sandbox.http.get(f"/api/v2/legal_entities/{data['id']}")
    assert again.status_code == 200 and again.json()["data"] == data
    assert sandbox.http.get("/api/v2/legal_entities/nope").json()["error"]["type"] == "not_found"


def test_invitation_account_and_registry(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(PHARMACY)
    assert payload["type"] == "PHARMACY" and payload["license"]["type"] == "PHARMACY"
    r = sandbox.put(sandbox.sign(payload, signer))
    assert r.status_code == 200, r.text
    entity_id = r.json()["data"]["id"]
    stages = sandbox.stages(entity_id)
    assert list(stages) == list(ALL_STAGES)
    assert all(stages[s]["status"] == "passed" for s in ALL_STAGES[:-2])
    assert stages["account"]["status"] == "running"
    assert stages["registry"]["status"] == "running"
    listed = sandbox.http.get("/api/v2/legal_entities", params={"edrpou": PHARMACY}).json()
    assert listed["data"] == []

    (mail,) = sandbox.mails(payload["owner"]["email"])
    assert mail["legal_entity_id"] == entity_id
    assert mail["link"].startswith(f"{sandbox.url}/invite/")
    assert mail["link"] in mail["body"]
    html = sandbox.http.get("/mailbox").text
    assert mail["link"] in html and "Поштова скринька" in html
    page = sandbox.http.get(mail["link"])
    assert page.status_code == 200 and '<form method="post">' in page.text
    accepted = sandbox.http.post(mail["link"], headers={"Accept": "application/json"})
    assert accepted.json() == {"accepted": True, "legal_entity_id": entity_id}

    stages = sandbox.stages(entity_id)
    assert stages["account"]["status"] == "passed"
    assert stages["registry"]["status"] == "passed"  # registry delay 0 in this sandbox
    listed = sandbox.http.get("/api/v2/legal_entities", params={"edrpou": PHARMACY}).json()
    assert [d["id"] for d in listed["data"]] == [entity_id]
    assert listed["paging"]["total_entries"] == 1


def test_resubmission_updates_the_same_entity_and_invites_again(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    first = sandbox.put(sandbox.sign(payload, signer)).json()
    payload["phones"][0]["number"] = "+380449998877"
    second = sandbox.put(sandbox.sign(payload, signer)).json()
    assert second["data"]["id"] == first["data"]["id"]
    assert second["urgent"]["security"]["client_id"] == first["urgent"]["security"]["client_id"]
    assert second["urgent"]["employee_request_id"] != first["urgent"]["employee_request_id"]
    assert second["data"]["phones"][0]["number"] == "+380449998877"
    assert second["data"]["inserted_at"] == first["data"]["inserted_at"]
    mails = sandbox.mails(payload["owner"]["email"])
    assert len(mails) == 2 and mails[0]["link"] != mails[1]["link"]
    assert {m["employee_request_id"] for m in mails} == {
        first["urgent"]["employee_request_id"],
        second["urgent"]["employee_request_id"],
    }
    assert len(sandbox.running.sandbox.store.list_entities(COMPANY)) == 1


def test_simultaneous_submissions_of_one_facility_make_one_entity(sandbox: Client) -> None:
    from concurrent.futures import ThreadPoolExecutor

    signer, payload = sandbox.demo_key("2915705915")
    ders = [sandbox.sign(payload, signer) for _ in range(4)]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda der: sandbox.put(der).json(), ders))
    assert len({a["data"]["id"] for a in answers}) == 1
    assert len(sandbox.running.sandbox.store.list_entities("2915705915")) == 1
    assert len(sandbox.mails(payload["owner"]["email"])) == 4


def test_expired_invitation_link(tmp_path: Path) -> None:
    with start_sandbox(tmp_path / "data", stage_delay=0, invite_ttl=0) as running:
        client = Client(running)
        signer, payload = client.demo_key(COMPANY)
        r = client.put(client.sign(payload, signer))
        assert r.status_code == 200
        entity_id = r.json()["data"]["id"]
        (mail,) = client.mails(payload["owner"]["email"])
        assert mail["expired"] is True
        page = client.http.get(mail["link"])
        assert page.status_code == 410
        assert "Термін дії запрошення минув" in page.text
        post = client.http.post(mail["link"], headers={"Accept": "application/json"})
        assert post.status_code == 410 and post.json()["error"] == "invitation_expired"
        stages = client.stages(entity_id)
        assert stages["account"]["status"] == "failed"
        assert stages["registry"]["status"] == "skipped"
        assert client.http.get(f"{running.url}/invite/unknown-token").status_code == 404
        client.close()


def test_restart_keeps_registrations_and_trust(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with start_sandbox(data, stage_delay=0) as running:
        client = Client(running)
        signer, payload = client.demo_key(COMPANY)
        first = client.put(client.sign(payload, signer)).json()
        first_url = running.url
        client.close()
    with start_sandbox(data, stage_delay=0) as running:
        assert running.url == first_url  # the port is kept, so the key's TSP address works
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        http = httpx.Client(base_url=running.url, timeout=30)
        got = http.get(f"/api/v2/legal_entities/{first['data']['id']}")
        assert got.status_code == 200 and got.json()["data"]["edrpou"] == COMPANY
        # The key from before the restart is still trusted: the QTSP state is kept too.
        again = http.put(
            "/api/v2/legal_entities", json=envelope(Client(running).sign(payload, signer))
        )
        assert again.status_code == 200, again.text
        assert again.json()["data"]["id"] == first["data"]["id"]
        http.close()


def test_dstu4145_signed_request_is_accepted(sandbox: Client) -> None:
    """The key type real directors have: DSTU 4145 over GOST 34.311, from the sandbox QTSP."""
    from ehealth_wizard.sandbox import qtsp_dstu
    from ehealth_wizard.sandbox.edr import sandbox_persons

    _, payload = sandbox.demo_key("3417626989")
    record = sandbox.running.sandbox.edr.search("3417626989")[0]
    person = sandbox_persons(record)[0]
    issued = sandbox.running.sandbox.qtsp.issue(
        key_type=qtsp_dstu.KEY_TYPE,
        surname=person["last_name"],
        given_names=f"{person['first_name']} {person['second_name']}",
        rnokpp=person["tax_id"],
    )
    signer = issued.signer()
    assert signer.digest_name != "sha256"
    r = sandbox.put(sandbox.sign(payload, signer))
    assert r.status_code == 200, r.text
    assert r.json()["data"]["edrpou"] == "3417626989"
