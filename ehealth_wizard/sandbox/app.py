"""The sandbox's HTTP face: the eHealth legal-entity API plus what a self-contained world needs.

Routes (all JSON unless noted; error bodies use the eHealth envelope `{meta, error}`):

eHealth API
  PUT  /api/v2/legal_entities              envelope `{signed_legal_entity_request,
                                           signed_content_encoding: "base64"}`. Synchronous:
                                           200 `{meta, data, urgent: {security: {client_id,
                                           client_secret, redirect_uri}, employee_request_id}}`,
                                           422 `validation_failed` (`error.invalid[]`), 409
                                           `request_conflict`, 422/400 message-only errors.
  GET  /api/v2/legal_entities?edrpou=      public registry: only entities whose director accepted
                                           the invitation, after the registry delay.
  GET  /api/v2/legal_entities/{id}         the entity (`data`), 404 `not_found`.
  GET  /api/v2/legal_entities/{id}/stages  every stage of the entity's latest submission plus the
                                           later ones: `{meta, data: {legal_entity_id, stages:
                                           [event, ...]}}` in STAGE order; `account` and
                                           `registry` are `running` while waited for, `passed`
                                           when done, `failed` (account: invitation expired),
                                           `skipped` (registry after a failed account).
  GET  /api/dictionaries[?name=NAME]       `{meta, data: [{name, values, labels, is_active}]}`.
  GET  /api/global_parameters              `{meta, data: {employee_request_expiration,
                                           employee_request_term_unit}}`: the invitation's life.
  GET  /api/employee_requests/{id}         the owner request: `status` NEW / APPROVED / EXPIRED,
                                           `inserted_at` (docs/later-stages.md).

Live stages (sandbox extension; the client engineer's protocol)
  PUT /api/v2/legal_entities with header `Prefer: respond-async`
      → 202, header `Location: /api/jobs/{job_id}`, body
        `{"job_id", "status": "running", "events_url": "/api/jobs/{job_id}/events",
          "status_url": "/api/jobs/{job_id}"}` (URLs relative to the server root).
  Optional header `Idempotency-Key: <any string ≤ 200 chars>` on the PUT (sync or async): a
      PUT whose key was seen before starts nothing; async → 202 naming the existing job
      (`"existing": true`), sync → waits for that job and returns its answer.
  GET /api/jobs/{job_id}/events            `text/event-stream`. Each event: `id: <n>` (1, 2, ...)
      and `data: {"stage", "status": "running"|"passed"|"failed"|"skipped", "message",
      "details": {}}`. Stages come in STAGE order, each `running` then `passed`/`failed`;
      after a failure the remaining stages come as `skipped`. The LAST event of a job — and
      only it — carries `details.response = {"status_code": int, "body": <what the
      synchronous PUT answers>}`; the stream closes after it. The failed event also carries
      `details.status_code` and `details.error` (the `error` object). Reconnect with header
      `Last-Event-ID: <n>` (or `?after=<n>`) to get only events after n; jobs run in the server
      regardless of watchers. Success ends with `invitation` `passed`; a failure with the last
      stage `skipped` (or the failed stage itself when it is the last). A job cut by a sandbox
      restart ends with a `failed` event whose response is 503 `service_unavailable` (nothing
      after the last reported stage happened); an internal error with a 500 `internal_error`.
      Stage ids: signature, signer, content, kved, edr, license, registration, invitation
      (stream) then account, registry (`/stages` endpoint only). One exception to "running
      then passed/failed": `kved` is `skipped` when ЄДР has no record with that code at all
      (the `edr` stage then fails with "Provided EDRPOU is not active in EDR").
  GET /api/jobs/{job_id}                   `{"job_id", "status": "running"|"finished"|
      "interrupted", "idempotency_key", "legal_entity_id", "events_url", "status_url",
      "response": {"status_code", "body"} | null}`; 404 unknown.
  GET /api/jobs?idempotency_key=KEY        (or header `Idempotency-Key: KEY`) the same object
                                           for the job with that key, or 404 —
      ask this before retrying a PUT whose outcome is unknown.

Local world
  GET /1.0/subjects?code=CODE, GET /1.0/subjects/{id}   the ЄДР (state-register API shape).
  POST /mis/handoff                        a stand-in MIS hand-off endpoint (sandbox/handoff.py):
      takes `{client_id, client_secret, legal_entity_id, redirect_uri}` → 201 receipt (200
      for a repeated Idempotency-Key); GET lists arrivals (secret as SHA-256); PUT
      /sandbox/handoff `{"fail_next": N, "status": 503}` fails the next N calls.
  PUT /sandbox/edr `{"reachable": bool}`   an ЄДР outage on or off: while off, the `kved` stage
      is skipped and `edr` fails with the server's 409 "Legal Entity not found in EDR".
  GET /mailbox (HTML), GET /api/mailbox[?to=ADDR] → `{"data": [{"to", "subject", "body", "link",
      "legal_entity_id", "employee_request_id", "sent_at", "expires_at", "accepted",
      "expired"}]}` newest first.
  GET /invite/{token} (HTML; 410 when expired, 404 unknown), POST /invite/{token} accepts →
      the `account` stage passes (HTML; `Accept: application/json` gets `{"accepted": true,
      "legal_entity_id"}`).
  POST /qtsp/tsp (RFC 3161), POST /qtsp/ocsp (RFC 6960), GET /qtsp/ca.cer, GET /qtsp/ca.crl
      (RFC 5280): the test QTSP; the certificates it issues name these addresses.
  POST /qtsp/demo-keys `{"edrpou", "variant": "valid"|"expired"|"revoked"|"seal", "format"?}`
      → DemoKey.to_json() (see demo.py); 422 `request_malformed` when refused.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Mount, Route

from ehealth_wizard.core import dictionaries
from ehealth_wizard.core.bounded import JsonTooDeep, loads_bounded
from ehealth_wizard.core.paths import ensure_dir
from ehealth_wizard.sandbox import mailbox as mail_pages
from ehealth_wizard.sandbox import settlements
from ehealth_wizard.sandbox.ds import SandboxQtsp, SandboxSignatureService, open_qtsp
from ehealth_wizard.sandbox.edr import Edr
from ehealth_wizard.sandbox.handoff import HandoffInbox
from ehealth_wizard.sandbox.hosts import LocalHostOnly
from ehealth_wizard.sandbox.jobs import Jobs
from ehealth_wizard.sandbox.mailbox import InvitationExpired, InvitationUnknown, Mailbox
from ehealth_wizard.sandbox.pipeline import (
    ALL_STAGES,
    STAGES,
    Pipeline,
    Settings,
    SignatureService,
    event,
    meta,
)
from ehealth_wizard.sandbox.qtsp_app import qtsp_routes
from ehealth_wizard.sandbox.store import Store

POLL_SECONDS = 0.02
KEEPALIVE_SECONDS = 15.0


@dataclass
class Sandbox:
    """Everything one sandbox instance holds; the app's routes reach it via `app.state`."""

    data_dir: Path
    settings: Settings
    store: Store
    edr: Edr
    mailbox: Mailbox
    pipeline: Pipeline
    jobs: Jobs
    qtsp: SandboxQtsp

    def close(self) -> None:
        self.settings.stopping.set()
        self.jobs.join_all(timeout=5.0)
        self.store.close()


def build_sandbox(
    data_dir: Path,
    settings: Settings,
    edr_file: Path | None = None,
    ds: SignatureService | None = None,
) -> Sandbox:
    ensure_dir(data_dir)  # owner-only: it holds the test CA's keys and client secrets
    store = Store(data_dir)
    edr = Edr.load(edr_file)
    mailbox = Mailbox(store, settings.base_url, settings.invite_ttl)
    qtsp = open_qtsp(data_dir / "qtsp", f"{settings.base_url}/qtsp")
    service = ds if ds is not None else SandboxSignatureService(qtsp)
    pipeline = Pipeline(store=store, edr=edr, ds=service, mailbox=mailbox, settings=settings)
    jobs = Jobs(store, pipeline)
    return Sandbox(data_dir, settings, store, edr, mailbox, pipeline, jobs, qtsp)


def create_app(sandbox: Sandbox) -> Starlette:
    routes: list[BaseRoute] = [
        Route("/api/v2/legal_entities", put_legal_entity, methods=["PUT"]),
        Route("/api/v2/legal_entities", list_legal_entities, methods=["GET"]),
        Route("/api/v2/legal_entities/{id}", get_legal_entity, methods=["GET"]),
        Route("/api/v2/legal_entities/{id}/stages", get_stages, methods=["GET"]),
        Route("/api/dictionaries", get_dictionaries, methods=["GET"]),
        Route("/api/global_parameters", get_global_parameters, methods=["GET"]),
        Route("/api/employee_requests/{id}", get_employee_request, methods=["GET"]),
        Route("/api/uaddresses/settlements", get_settlements, methods=["GET"]),
        Route("/api/jobs", find_job, methods=["GET"]),
        Route("/api/jobs/{id}", get_job, methods=["GET"]),
        Route("/api/jobs/{id}/events", job_events, methods=["GET"]),
        Route("/1.0/subjects", edr_search, methods=["GET"]),
        Route("/1.0/subjects/{id}", edr_details, methods=["GET"]),
        Route("/mailbox", mailbox_html, methods=["GET"]),
        Route("/api/mailbox", mailbox_json, methods=["GET"]),
        Route("/invite/{token}", invite_page, methods=["GET"]),
        Route("/invite/{token}", invite_accept, methods=["POST"]),
        Route("/qtsp/demo-keys", demo_keys, methods=["POST"]),
        Route("/sandbox/edr", edr_availability, methods=["PUT"]),
        Route("/mis/handoff", handoff_take, methods=["POST"]),
        Route("/mis/handoff", handoff_list, methods=["GET"]),
        Route("/sandbox/handoff", handoff_failures, methods=["PUT"]),
        Route("/", home, methods=["GET"]),
    ]
    routes.append(Mount("/qtsp", routes=qtsp_routes(lambda: sandbox.qtsp.qtsp)))
    app = Starlette(routes=routes, middleware=[Middleware(LocalHostOnly)])
    app.state.sandbox = sandbox
    app.state.handoff = HandoffInbox()
    return app


def _sb(request: Request) -> Sandbox:
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox


def _error(request: Request, status: int, kind: str, message: str | None = None) -> JSONResponse:
    error: dict[str, Any] = {"type": kind}
    if message is not None:
        error["message"] = message
    return JSONResponse({"meta": meta(status, str(request.url)), "error": error}, status)


def _job_json(request: Request, job: dict[str, Any]) -> dict[str, Any]:
    status = job["state"]
    return {
        "job_id": job["id"],
        "status": status,
        "idempotency_key": job["idempotency_key"],
        "legal_entity_id": job["legal_entity_id"],
        "events_url": f"/api/jobs/{job['id']}/events",
        "status_url": f"/api/jobs/{job['id']}",
        "response": job["result"],
    }


# --- eHealth API ------------------------------------------------------------------------------


async def _json_body(request: Request) -> tuple[Any, Response | None]:
    """The request's JSON body, or the refusal to send back (malformed: 400, too deep: 422)."""
    try:
        return loads_bounded(await request.body(), strip=False), None
    except JsonTooDeep:
        return None, _error(request, 422, "request_malformed", "JSON body nested too deep")
    except ValueError:
        return None, _error(request, 400, "request_malformed", "Malformed JSON body")


async def put_legal_entity(request: Request) -> Response:
    sb = _sb(request)
    body, refused = await _json_body(request)
    if refused is not None:
        return refused
    key = request.headers.get("idempotency-key")
    if key is not None and (not key or len(key) > 200):
        return _error(request, 422, "request_malformed", "Invalid Idempotency-Key header")
    job_id, created = sb.jobs.submit(body, key)
    if "respond-async" in request.headers.get("prefer", "").lower():
        job = sb.store.get_job(job_id)
        assert job is not None
        payload = _job_json(request, job)
        payload["existing"] = not created
        return JSONResponse(
            payload,
            202,
            headers={"Location": payload["status_url"], "Preference-Applied": "respond-async"},
        )
    job = await run_in_threadpool(sb.jobs.wait, job_id, None)
    assert job is not None
    result = job["result"] or {"status_code": 503, "body": {}}
    return JSONResponse(result["body"], result["status_code"])


def _public_data(doc: dict[str, Any], verified: bool = False) -> dict[str, Any]:
    """The entity as eHealth shows it; once listed, the NHS has reviewed and verified it."""
    data: dict[str, Any] = dict(doc["data"])
    if verified:
        data["nhs_reviewed"] = data["nhs_verified"] = True
    return data


def _listed(sb: Sandbox, doc: dict[str, Any], now: float) -> bool:
    accepted = doc.get("accepted_at")
    return accepted is not None and now >= accepted + sb.settings.registry_delay


async def list_legal_entities(request: Request) -> Response:
    sb = _sb(request)
    edrpou = request.query_params.get("edrpou")
    now = time.time()
    docs = [d for d in sb.store.list_entities(edrpou) if _listed(sb, d, now)]
    data = [_public_data(d, verified=True) for d in docs]
    return JSONResponse(
        {
            "meta": meta(200, str(request.url)) | {"type": "list"},
            "data": data,
            "paging": {
                "page_number": 1,
                "page_size": 50,
                "total_entries": len(data),
                "total_pages": 1,
            },
        }
    )


async def get_legal_entity(request: Request) -> Response:
    doc = _sb(request).store.get_entity(request.path_params["id"])
    if doc is None:
        return _error(request, 404, "not_found")
    listed = _listed(_sb(request), doc, time.time())
    return JSONResponse(
        {"meta": meta(200, str(request.url)), "data": _public_data(doc, verified=listed)}
    )


def later_stages(sb: Sandbox, doc: dict[str, Any], now: float) -> list[dict[str, Any]]:
    """`account` and `registry` as they stand now."""
    accepted = doc.get("accepted_at")
    entity_id = doc["data"]["id"]
    if accepted is not None:
        account = event(
            "account",
            "passed",
            f"the director accepted the invitation; account {doc.get('account_email')} created",
            {"accepted_at": accepted, "employee_request_status": "APPROVED"},
        )
        listed_at = accepted + sb.settings.registry_delay
        if now >= listed_at:
            registry = event(
                "registry",
                "passed",
                f"NHS verified; listed publicly: GET /api/v2/legal_entities?edrpou="
                f"{doc['data']['edrpou']}",
                {"listed_at": listed_at, "nhs_reviewed": True, "nhs_verified": True},
            )
        else:
            registry = event(
                "registry",
                "running",
                f"NHS verification; publishing in the public registry in {listed_at - now:.0f} s",
                {"listed_at": listed_at, "nhs_reviewed": False, "nhs_verified": False},
            )
        return [account, registry]
    mail = sb.store.latest_mail_for_entity(entity_id)
    if mail is not None and now >= mail["expires_at"]:
        return [
            event(
                "account",
                "failed",
                "the invitation has expired; submit the registration again for a new one",
                {
                    "to": mail["to"],
                    "expires_at": mail["expires_at"],
                    "employee_request_status": "EXPIRED",
                },
            ),
            event("registry", "skipped", "Not checked: stage account failed"),
        ]
    to = mail["to"] if mail else ""
    return [
        event(
            "account",
            "running",
            f"waiting for the director to accept the invitation sent to {to}",
            {
                "to": to,
                "expires_at": mail["expires_at"] if mail else None,
                "employee_request_status": "NEW",
            },
        ),
        event("registry", "running", "listed after the director accepts the invitation"),
    ]


async def get_stages(request: Request) -> Response:
    sb = _sb(request)
    doc = sb.store.get_entity(request.path_params["id"])
    if doc is None:
        return _error(request, 404, "not_found")
    stages: dict[str, dict[str, Any]] = {}
    job = sb.store.last_job_for_entity(doc["data"]["id"])
    if job is not None:
        for _, ev in sb.store.job_events(job["id"]):
            if ev["status"] != "running":
                details = {k: v for k, v in ev["details"].items() if k != "response"}
                stages[ev["stage"]] = {**ev, "details": details}
    for ev in later_stages(sb, doc, time.time()):
        stages[ev["stage"]] = ev
    ordered = [stages[s] for s in ALL_STAGES if s in stages]
    return JSONResponse(
        {
            "meta": meta(200, str(request.url)),
            "data": {
                "legal_entity_id": doc["data"]["id"],
                "job_id": job["id"] if job else None,
                "stages": ordered,
            },
        }
    )


def term(seconds: float) -> tuple[str, str]:
    """The invitation lifetime as eHealth's global parameters spell it (whole days as DAYS;
    the short lifetimes of test setups in SECONDS, a sandbox-only unit)."""
    if seconds >= 86400 and seconds % 86400 == 0:
        return str(int(seconds // 86400)), "DAYS"
    return str(int(seconds)), "SECONDS"


async def get_global_parameters(request: Request) -> Response:
    """`GET /api/global_parameters`: how long an owner's invitation (employee request) lives."""
    amount, unit = term(_sb(request).settings.invite_ttl)
    data = {"employee_request_expiration": amount, "employee_request_term_unit": unit}
    return JSONResponse({"meta": meta(200, str(request.url)), "data": data})


def request_status(sb: Sandbox, employee_request: dict[str, Any], now: float) -> str:
    """NEW / APPROVED / EXPIRED, as eHealth's scheduler would have set it by now."""
    status = str(employee_request.get("status") or "NEW")
    if status == "NEW":
        mail = sb.store.latest_mail_for_entity(employee_request["legal_entity_id"])
        if (
            mail is not None
            and mail["employee_request_id"] == employee_request["id"]
            and mail["accepted_at"] is None
            and now >= mail["expires_at"]
        ):
            return "EXPIRED"
    return status


async def get_employee_request(request: Request) -> Response:
    """`GET /api/employee_requests/{id}`: the owner request, with eHealth's status names."""
    sb = _sb(request)
    found = sb.store.get_employee_request(request.path_params["id"])
    if found is None:
        return _error(request, 404, "not_found")
    data = {k: v for k, v in found.items() if k != "party"}
    data["status"] = request_status(sb, found, time.time())
    party = found.get("party") or {}
    data["party"] = {k: party.get(k) for k in ("first_name", "last_name", "second_name", "email")}
    return JSONResponse({"meta": meta(200, str(request.url)), "data": data})


async def get_dictionaries(request: Request) -> Response:
    name = request.query_params.get("name")
    names = [n for n in dictionaries.DICTIONARY_NAMES if name is None or n == name]
    data = [
        {
            "name": n,
            "values": dict(dictionaries.dictionary(n)),
            "labels": ["SYSTEM", "EXTERNAL"],
            "is_active": True,
        }
        for n in names
    ]
    return JSONResponse({"meta": meta(200, str(request.url)) | {"type": "list"}, "data": data})


async def get_settlements(request: Request) -> Response:
    """uaddresses' settlement search: a name prefix, optionally within an area (oblast)."""
    name = request.query_params.get("name", "")
    area = request.query_params.get("area") or None
    data = settlements.search(name, area)
    page = {"page_number": 1, "page_size": settlements.MAX_RESULTS, "total_entries": len(data)}
    return JSONResponse(
        {"meta": meta(200, str(request.url)) | {"type": "list"}, "data": data, "paging": page}
    )


# --- jobs -------------------------------------------------------------------------------------


async def find_job(request: Request) -> Response:
    key = request.query_params.get("idempotency_key") or request.headers.get("idempotency-key")
    job = _sb(request).store.job_by_key(key) if key else None
    if job is None:
        return _error(request, 404, "not_found")
    return JSONResponse(_job_json(request, job))


async def get_job(request: Request) -> Response:
    job = _sb(request).store.get_job(request.path_params["id"])
    if job is None:
        return _error(request, 404, "not_found")
    return JSONResponse(_job_json(request, job))


async def job_events(request: Request) -> Response:
    sb = _sb(request)
    job_id = request.path_params["id"]
    if sb.store.get_job(job_id) is None:
        return _error(request, 404, "not_found")
    raw = request.headers.get("last-event-id") or request.query_params.get("after") or "0"
    try:
        after = max(0, int(raw))
    except ValueError:
        after = 0

    async def stream() -> AsyncIterator[str]:
        last = after
        quiet_since = time.monotonic()
        while True:
            for seq, ev in sb.store.job_events(job_id, last):
                last = seq
                quiet_since = time.monotonic()
                yield f"id: {seq}\ndata: {json.dumps(ev, ensure_ascii=False)}\n\n"
                if "response" in ev["details"]:
                    return
            job = sb.store.get_job(job_id)
            if job is None:
                return
            if job["state"] != "running" and not sb.store.job_events(job_id, last):
                return
            if time.monotonic() - quiet_since > KEEPALIVE_SECONDS:
                quiet_since = time.monotonic()
                yield ": keep-alive\n\n"
            await asyncio.sleep(POLL_SECONDS)

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


# --- ЄДР --------------------------------------------------------------------------------------


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def edr_search(request: Request) -> Response:
    sb = _sb(request)
    code = request.query_params.get("code")
    passport = request.query_params.get("passport")
    value = code or passport
    if not value:
        return JSONResponse(
            {"errors": [{"code": 1, "message": "code or passport is required"}]}, 400
        )
    return JSONResponse([sb.edr.search_item(r, _base(request)) for r in sb.edr.search(value)])


async def edr_details(request: Request) -> Response:
    sb = _sb(request)
    try:
        record = sb.edr.get(int(request.path_params["id"]))
    except ValueError:
        record = None
    if record is None:
        return JSONResponse({"errors": [{"code": 404, "message": "Not found."}]}, 404)
    return JSONResponse(sb.edr.details(record))


async def edr_availability(request: Request) -> Response:
    """Sandbox control: `{"reachable": false}` makes every ЄДР call fail (the server's 409)."""
    try:
        spec = loads_bounded(await request.body(), strip=False)
    except ValueError:  # nested too deep included: 422 below
        spec = None
    if not isinstance(spec, dict) or not isinstance(spec.get("reachable"), bool):
        return _error(request, 422, "request_malformed", 'Expected {"reachable": true|false}')
    _sb(request).settings.edr_reachable = spec["reachable"]
    return JSONResponse({"reachable": spec["reachable"]})


async def handoff_take(request: Request) -> Response:
    """A stand-in MIS hand-off endpoint (sandbox/handoff.py): takes a facility's credentials."""
    inbox: HandoffInbox = request.app.state.handoff
    raw = await request.body()
    try:
        body = json.loads(raw) if len(raw) <= 64 * 1024 else None
    except ValueError:
        body = None
    status, answer = inbox.take(
        body, request.headers.get("idempotency-key"), request.headers.get("api-key")
    )
    return JSONResponse(answer, status)


async def handoff_list(request: Request) -> Response:
    inbox: HandoffInbox = request.app.state.handoff
    return JSONResponse(inbox.listing())


async def handoff_failures(request: Request) -> Response:
    """Sandbox control: `{"fail_next": N, "status": 503}` fails the next N hand-offs."""
    try:
        spec = json.loads(await request.body())
    except ValueError:
        spec = None
    if not isinstance(spec, dict) or not isinstance(spec.get("fail_next"), int):
        return _error(request, 422, "request_malformed", 'Expected {"fail_next": N}')
    status = spec.get("status", 503)
    if not isinstance(status, int) or not 400 <= status <= 599:
        return _error(request, 422, "request_malformed", "status must be 400..599")
    request.app.state.handoff.fail(spec["fail_next"], status)
    return JSONResponse({"fail_next": spec["fail_next"], "status": status})


# --- mailbox and invitations ------------------------------------------------------------------


async def mailbox_html(request: Request) -> Response:
    return HTMLResponse(mail_pages.mailbox_page(_sb(request).store.list_mail()))


async def mailbox_json(request: Request) -> Response:
    to = request.query_params.get("to")
    mails = _sb(request).store.list_mail(to)
    return JSONResponse({"data": [mail_pages.public_mail(m) for m in mails]})


def _facility_name(sb: Sandbox, entity_id: str) -> str:
    doc = sb.store.get_entity(entity_id)
    if doc is None:
        return ""
    return str(doc["data"]["edr"].get("public_name") or doc["data"]["edr"].get("name") or "")


async def invite_page(request: Request) -> Response:
    sb = _sb(request)
    try:
        mail = sb.mailbox.open(request.path_params["token"])
    except InvitationExpired:
        return HTMLResponse(mail_pages.expired_page(), 410)
    except InvitationUnknown:
        return HTMLResponse(mail_pages.unknown_page(), 404)
    return HTMLResponse(
        mail_pages.invitation_page(mail, _facility_name(sb, mail["legal_entity_id"]))
    )


async def invite_accept(request: Request) -> Response:
    sb = _sb(request)
    wants_json = "application/json" in request.headers.get("accept", "")
    try:
        mail = sb.mailbox.accept(request.path_params["token"])
    except InvitationExpired:
        if wants_json:
            return JSONResponse({"accepted": False, "error": "invitation_expired"}, 410)
        return HTMLResponse(mail_pages.expired_page(), 410)
    except InvitationUnknown:
        if wants_json:
            return JSONResponse({"accepted": False, "error": "invitation_unknown"}, 404)
        return HTMLResponse(mail_pages.unknown_page(), 404)
    if wants_json:
        return JSONResponse({"accepted": True, "legal_entity_id": mail["legal_entity_id"]})
    return HTMLResponse(
        mail_pages.invitation_page(mail, _facility_name(sb, mail["legal_entity_id"]))
    )


async def demo_keys(request: Request) -> Response:
    from ehealth_wizard.sandbox import demo

    sb = _sb(request)
    spec, refused = await _json_body(request)
    if refused is not None:
        return refused
    if not isinstance(spec, dict):
        return _error(request, 400, "request_malformed", "Expected an object")
    try:
        issued = await run_in_threadpool(
            demo.issue_demo_key,
            sb,
            str(spec.get("edrpou", "")),
            str(spec.get("variant", "valid")),
            str(spec.get("format", demo.DEFAULT_FORMAT)),
        )
    except demo.DemoKeyRefused as exc:  # the reason only: the client words the rest
        return _error(request, 422, "request_malformed", str(exc.params.get("reason") or exc))
    return JSONResponse(issued.to_json())


async def home(request: Request) -> Response:
    body = (
        "<p>Це локальна пісочниця ЕСОЗ для ehealth-wizard.</p><ul>"
        '<li><a href="/mailbox">Поштова скринька</a></li>'
        '<li><a href="/api/v2/legal_entities">Публічний реєстр закладів</a></li>'
        '<li><a href="/api/dictionaries">Довідники</a></li></ul>'
        f"<p>Етапи перевірки: {', '.join(STAGES)}, account, registry.</p>"
    )
    return HTMLResponse(mail_pages.page("Пісочниця ЕСОЗ", body))
