"""A real sandbox on 127.0.0.1 (zero stage delay) and helpers to sign requests for it."""

from __future__ import annotations

import base64
import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ehealth_wizard.core.payload import canonical_bytes
from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades
from ehealth_wizard.core.signing.keys import Signer, open_key
from ehealth_wizard.sandbox import demo
from ehealth_wizard.sandbox.runner import RunningSandbox, start_sandbox

# ЄДР seed records the tests rely on (resources/sandbox/edr.json).
COMPANY = "22743189"  # ТОВ, 86.21, head Коваленко Олена Петрівна
COMPANY_2 = "33391451"  # ТОВ, 86.21, head Бондаренко Андрій Іванович
FOP = "3127781333"  # ФОП Іваненко Петро Миколайович, 86.21
NO_KVED = "23278399"  # стоматологія: 86.23 only
TERMINATED = "41531343"  # state 3
TWO_ACTIVE = "39873751"  # two active records
PHARMACY = "41166468"  # 47.73


class Client:
    """httpx against one running sandbox, with the few calls the tests repeat."""

    def __init__(self, running: RunningSandbox) -> None:
        self.running = running
        self.url = running.url
        self.http = httpx.Client(base_url=running.url, timeout=30.0)

    def close(self) -> None:
        self.http.close()

    def demo_key(
        self, edrpou: str, variant: str = "valid", **kw: Any
    ) -> tuple[Signer, dict[str, Any]]:
        """A signer and a registration payload from the sandbox's demo-key machinery (an ECDSA
        key unless `key_format` says otherwise: these tests are not about DSTU, whose default
        demo key costs seconds of KDF; tests/signing/test_dstu_sandbox.py covers that one)."""
        kw.setdefault("key_format", "pkcs12-ecdsa")
        key = demo.issue_demo_key(self.running.sandbox, edrpou, variant, **kw)
        folder = self.running.data_dir.parent / f"key-{edrpou}-{variant}-{id(key)}"
        paths = demo.write_demo_key(key, folder)
        signer = open_key(paths[0], key.password)
        return signer, copy.deepcopy(key.registration)

    def sign(self, payload: dict[str, Any], signer: Signer, *, tsp: bool = True) -> bytes:
        tsp_url = default_tsp_url(signer) if tsp else None
        return sign_cades(canonical_bytes(payload), signer, tsp_url=tsp_url)

    def put(self, der: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.http.put("/api/v2/legal_entities", json=envelope(der), headers=headers or {})

    def register(self, edrpou: str = COMPANY) -> httpx.Response:
        signer, payload = self.demo_key(edrpou)
        return self.put(self.sign(payload, signer))

    def mails(self, to: str) -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = self.http.get("/api/mailbox", params={"to": to}).json()["data"]
        return data

    def stages(self, entity_id: str) -> dict[str, dict[str, Any]]:
        r = self.http.get(f"/api/v2/legal_entities/{entity_id}/stages")
        assert r.status_code == 200, r.text
        return {s["stage"]: s for s in r.json()["data"]["stages"]}


def envelope(der: bytes) -> dict[str, str]:
    return {
        "signed_legal_entity_request": base64.b64encode(der).decode("ascii"),
        "signed_content_encoding": "base64",
    }


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """One sandbox per test module: zero stage delay, public listing right after acceptance."""
    base = tmp_path_factory.mktemp("sandbox")
    with start_sandbox(base / "data", stage_delay=0, registry_delay=0) as running:
        client = Client(running)
        yield client
        client.close()


@pytest.fixture
def fresh_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def read_events(
    http: httpx.Client, job_id: str, last_id: str | None = None, limit: int | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """(id, event) pairs of a job's stream; stop after `limit` events (a dropped stream)."""
    import httpx_sse

    headers = {"Last-Event-ID": last_id} if last_id else {}
    out: list[tuple[str, dict[str, Any]]] = []
    with httpx_sse.connect_sse(http, "GET", f"/api/jobs/{job_id}/events", headers=headers) as src:
        assert src.response.headers["content-type"].startswith("text/event-stream")
        for sse in src.iter_sse():
            out.append((sse.id, sse.json()))
            if limit is not None and len(out) >= limit:
                break
    return out


def submit_async(client: Client, der: bytes, key: str | None = None) -> dict[str, Any]:
    headers = {"Prefer": "respond-async"}
    if key:
        headers["Idempotency-Key"] = key
    r = client.put(der, headers)
    assert r.status_code == 202, r.text
    body: dict[str, Any] = r.json()
    assert r.headers["Location"] == f"/api/jobs/{body['job_id']}"
    return body


def run_stages(client: Client, der: bytes) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Submit with live stages; the events and the final `details.response`."""
    job = submit_async(client, der)
    events = [e for _, e in read_events(client.http, job["job_id"])]
    final = events[-1]["details"]["response"]
    return events, final


def failed_stage(events: list[dict[str, Any]]) -> str:
    """The one stage that failed; every stage before it passed and every one after skipped."""
    from ehealth_wizard.sandbox.pipeline import STAGES

    outcomes = [(e["stage"], e["status"]) for e in events if e["status"] != "running"]
    failed = [s for s, st in outcomes if st == "failed"]
    assert len(failed) == 1, outcomes
    i = STAGES.index(failed[0])
    assert outcomes == (
        [(s, "passed") for s in STAGES[:i]]
        + [(failed[0], "failed")]
        + [(s, "skipped") for s in STAGES[i + 1 :]]
    )
    assert sum("response" in e["details"] for e in events) == 1
    return failed[0]


def only_rule(body: dict[str, Any]) -> tuple[str, str, str]:
    """(entry, rule, description) of a 422 validation_failed body with a single entry."""
    error = body["error"]
    assert error["type"] == "validation_failed"
    assert error["message"].startswith("Validation failed.")
    assert len(error["invalid"]) == 1, error["invalid"]
    item = error["invalid"][0]
    assert item["entry_type"] == "json_data_property"
    rule = item["rules"][0]
    assert set(rule) == {"rule", "params", "description"}
    return item["entry"], rule["rule"], rule["description"]
