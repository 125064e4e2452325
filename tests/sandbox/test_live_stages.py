"""The live-stage extension: event stream content, resuming a cut stream, idempotent retries."""

from __future__ import annotations

from pathlib import Path

import httpx

from ehealth_wizard.sandbox.pipeline import STAGES
from ehealth_wizard.sandbox.runner import start_sandbox
from tests.sandbox.conftest import COMPANY, COMPANY_2, Client, read_events, submit_async


def test_stream_reports_every_stage_in_order_and_ends_with_the_answer(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY_2)
    der = sandbox.sign(payload, signer)
    job = submit_async(sandbox, der)
    assert job["events_url"] == f"/api/jobs/{job['job_id']}/events"
    pairs = read_events(sandbox.http, job["job_id"])
    assert [int(i) for i, _ in pairs] == list(range(1, len(pairs) + 1))
    events = [e for _, e in pairs]
    expected = [(s, st) for s in STAGES for st in ("running", "passed")]
    assert [(e["stage"], e["status"]) for e in events] == expected
    for e in events:
        assert set(e) == {"stage", "status", "message", "details"}
        assert isinstance(e["message"], str) and e["message"]
    final = events[-1]["details"]["response"]
    assert final["status_code"] == 200
    body = final["body"]
    assert set(body) == {"meta", "data", "urgent"}
    state = sandbox.http.get(f"/api/jobs/{job['job_id']}").json()
    assert state["status"] == "finished"
    assert state["response"] == final
    assert state["legal_entity_id"] == body["data"]["id"]


def test_cut_stream_resumes_after_last_event_id_without_registering_twice(tmp_path: Path) -> None:
    with start_sandbox(tmp_path / "data", stage_delay=0.05) as running:
        client = Client(running)
        signer, payload = client.demo_key(COMPANY)
        job = submit_async(client, client.sign(payload, signer), key="retry-me-1")
        head = read_events(client.http, job["job_id"], limit=3)  # the connection drops here
        assert [e["stage"] for _, e in head] == ["signature", "signature", "signer"]
        # A retried PUT with the same key joins the job instead of starting another.
        retry = submit_async(client, client.sign(payload, signer), key="retry-me-1")
        assert retry["job_id"] == job["job_id"] and retry["existing"] is True
        found = client.http.get("/api/jobs", params={"idempotency_key": "retry-me-1"}).json()
        assert found["job_id"] == job["job_id"]
        by_header = client.http.get("/api/jobs", headers={"Idempotency-Key": "retry-me-1"})
        assert by_header.json()["job_id"] == job["job_id"]
        tail = read_events(client.http, job["job_id"], last_id=head[-1][0])
        assert int(tail[0][0]) == int(head[-1][0]) + 1
        events = [e for _, e in head + tail]
        assert [(e["stage"], e["status"]) for e in events] == [
            (s, st) for s in STAGES for st in ("running", "passed")
        ]
        # Reading again after the end replays nothing new but the final answer stays readable.
        assert read_events(client.http, job["job_id"], last_id=tail[-1][0]) == []
        assert len(running.sandbox.store.list_entities(COMPANY)) == 1
        assert len(client.mails(payload["owner"]["email"])) == 1
        # The synchronous PUT with the same key answers the job's result, again without a rerun.
        sync = client.put(client.sign(payload, signer), {"Idempotency-Key": "retry-me-1"})
        assert sync.status_code == 200
        assert sync.json() == events[-1]["details"]["response"]["body"]
        assert len(client.mails(payload["owner"]["email"])) == 1
        client.close()


def test_unknown_jobs_are_404(sandbox: Client) -> None:
    assert sandbox.http.get("/api/jobs/nope").status_code == 404
    assert sandbox.http.get("/api/jobs/nope/events").status_code == 404
    missing = sandbox.http.get("/api/jobs", params={"idempotency_key": "never-used"})
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "not_found"


def test_envelope_errors_use_the_real_texts(sandbox: Client) -> None:
    r = sandbox.http.put("/api/v2/legal_entities", json={"signed_legal_entity_request": "x"})
    assert r.status_code == 422
    assert r.json()["error"]["invalid"] == [
        {
            "entry_type": "json_data_property",
            "entry": "$",
            "rules": [
                {
                    "rule": "required",
                    "params": [],
                    "description": "required property signed_content_encoding was not present",
                }
            ],
        }
    ]
    r = sandbox.http.put(
        "/api/v2/legal_entities",
        json={"signed_legal_entity_request": "%%%", "signed_content_encoding": "base64"},
    )
    assert r.json()["error"]["invalid"][0]["rules"][0]["description"] == "Not a base64 string"
    r = sandbox.http.put("/api/v2/legal_entities", content=b"{not json")
    assert r.status_code == 400 and r.json()["error"]["type"] == "request_malformed"


def test_stage_delay_paces_the_stream(tmp_path: Path) -> None:
    with start_sandbox(tmp_path / "data", stage_delay=0.1) as running:
        client = Client(running)
        signer, payload = client.demo_key(COMPANY)
        job = submit_async(client, client.sign(payload, signer))
        state = httpx.get(f"{running.url}/api/jobs/{job['job_id']}").json()
        assert state["status"] == "running" and state["response"] is None
        events = read_events(client.http, job["job_id"])
        assert events[-1][1]["details"]["response"]["status_code"] == 200
        client.close()


def test_job_cut_by_a_restart_ends_visibly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with start_sandbox(data, stage_delay=0.3) as running:
        client = Client(running)
        signer, payload = client.demo_key(COMPANY)
        job = submit_async(client, client.sign(payload, signer), key="cut-by-restart")
        head = read_events(client.http, job["job_id"], limit=1)
        client.close()
    with start_sandbox(data, stage_delay=0) as running:
        http = httpx.Client(base_url=running.url, timeout=30)
        state = http.get("/api/jobs", params={"idempotency_key": "cut-by-restart"}).json()
        assert state["status"] == "interrupted"
        assert state["response"]["status_code"] == 503
        tail = read_events(http, job["job_id"], last_id=head[-1][0])
        assert tail[-1][1]["status"] == "failed"
        assert tail[-1][1]["details"]["response"] == state["response"]
        assert running.sandbox.store.list_entities(COMPANY) == []
        http.close()


def test_a_client_that_saw_the_answer_finds_the_job_finished(tmp_path: Path) -> None:
    """The event carrying the answer and the job's end are one step: the stream used to end on
    that event while the job still said "running" (a slow moment between the two shows it)."""
    import time

    with start_sandbox(tmp_path / "data", stage_delay=0) as running:
        store = running.sandbox.store
        original = store.finish_job

        def slow_finish(*args: object, **kwargs: object) -> None:
            time.sleep(0.5)  # a busy machine between publishing the answer and ending the job
            original(*args, **kwargs)  # type: ignore[arg-type]

        store.finish_job = slow_finish  # type: ignore[method-assign]
        client = Client(running)
        signer, payload = client.demo_key(COMPANY)
        job = submit_async(client, client.sign(payload, signer))
        events = [e for _, e in read_events(client.http, job["job_id"])]
        assert "response" in events[-1]["details"]
        state = client.http.get(f"/api/jobs/{job['job_id']}").json()
        assert state["status"] == "finished"
