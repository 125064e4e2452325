"""The verification stages of a registration, followed as one stream of `StageEvent`s.

`submit_and_follow` is a generator (the GUI runs it in a worker and turns each `yield` into a
signal; the CLI prints each one): it follows the server's live event stream when the server offers
one (202 + job) and otherwise maps the synchronous answer — or refusal — onto the same stage ids,
so both front ends show one list of stages whatever the server is.

It never submits twice. Every submission carries an `Idempotency-Key`; when the PUT's outcome is
unknown (a timeout or a dropped connection after the request went out) the retry repeats the key,
and a server that has seen it answers with the job the first PUT started. A dropped event stream
is resumed on the same job with `Last-Event-ID`.

The last event is always the `result` pseudo-stage: `passed` with the new entity's public ids
(`legal_entity_id`, `client_id`, `employee_request_id`), or `failed` with the failing stage and its
problems. The facility's client secret travels only in `StageEvent.result` (never in `details`,
never in `repr`), for the caller to put into the OS keyring.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ehealth_wizard.core.ehealth.client import EHealthClient, Job, JobEvent, is_success_body
from ehealth_wizard.core.ehealth.errors import (
    ApiError,
    BadResponse,
    ConnectionDropped,
    EHealthError,
    NetworkTimeout,
    NetworkUnreachable,
    OutcomeUnknown,
    ServerError,
    StreamLost,
    problems_from_error,
    stage_of_error,
)
from ehealth_wizard.core.ehealth.stage_ids import LATER_STAGES as LATER_STAGES
from ehealth_wizard.core.ehealth.stage_ids import STAGES as STAGES
from ehealth_wizard.core.ehealth.stage_ids import SUBMIT_STAGES as SUBMIT_STAGES
from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.core.problems import Problem

# SUBMIT_STAGES, LATER_STAGES and STAGES (core/ehealth/stage_ids.py) are re-exported here.
# The pseudo-stage of the final event of `submit_and_follow`.
RESULT_STAGE = "result"

RUNNING, PASSED, FAILED, SKIPPED, PENDING = "running", "passed", "failed", "skipped", "pending"
TERMINAL = frozenset({PASSED, FAILED, SKIPPED})

_SECRET_KEYS = frozenset({"client_secret", "secret_key", "secret", "password"})

# Following one submission ends, whatever the server does, after this long overall and after this
# many connections to its event stream (a server closing after every event must not be asked
# hundreds of times; one dripping a byte at a time must not hold the window open for ever).
FOLLOW_DEADLINE = 600.0
MAX_STREAM_CONNECTIONS = 30


def stage_title_code(stage: str) -> str:
    """The texts code of a stage's title (`stage_signature`, ...; see core/texts/ehealth.py)."""
    return f"stage_{stage}"


@dataclass(frozen=True)
class RegistrationResult:
    """What a successful registration hands back. `client_secret` is for the keyring only."""

    legal_entity_id: str
    client_id: str
    employee_request_id: str
    redirect_uri: str = ""
    status: str = ""
    client_secret: str = field(default="", repr=False)

    def public(self) -> dict[str, str]:
        """The ids, fit to print, log or show: never the secret."""
        return {
            "legal_entity_id": self.legal_entity_id,
            "client_id": self.client_id,
            "employee_request_id": self.employee_request_id,
            "redirect_uri": self.redirect_uri,
            "status": self.status,
        }

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> RegistrationResult | None:
        """From the 200 body of a v2 registration answer; None when it is not one."""
        if not is_success_body(body):
            return None
        data, urgent = body["data"], body["urgent"]
        security = urgent["security"]
        secret = security.get("client_secret") or security.get("secret_key") or ""
        return cls(
            legal_entity_id=str(data["id"]),
            client_id=str(security.get("client_id") or data["id"]),
            employee_request_id=str(urgent.get("employee_request_id") or ""),
            redirect_uri=str(security.get("redirect_uri") or ""),
            status=str(data.get("status") or ""),
            client_secret=str(secret),
        )


@dataclass(frozen=True)
class StageEvent:
    """One step of the verification as the director sees it."""

    stage: str
    status: str
    message: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    problems: tuple[Problem, ...] = ()
    result: RegistrationResult | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The CLI's JSON line: `{"stage", "status", "message", "details"}` (no secret in it)."""
        details = scrub(dict(self.details))
        if self.problems:
            details["problems"] = [p.to_dict() for p in self.problems]
        return {
            "stage": self.stage,
            "status": self.status,
            "message": self.message,
            "details": details,
        }


def scrub(value: Any) -> Any:
    """A copy of `value` with every secret-looking key dropped (client secret, password)."""
    if isinstance(value, Mapping):
        return {str(k): scrub(v) for k, v in value.items() if str(k).lower() not in _SECRET_KEYS}
    if isinstance(value, list | tuple):
        return [scrub(v) for v in value]
    return value


# --- submitting ----------------------------------------------------------------------------------


def submit_and_follow(
    client: EHealthClient,
    signed_der: bytes,
    *,
    idempotency_key: str | None = None,
    cancel: threading.Event | None = None,
    live: bool = True,
    attempts: int = 3,
    reconnects: int = 5,
    retry_pause: float = 0.5,
    deadline: float = FOLLOW_DEADLINE,
    max_connections: int = MAX_STREAM_CONNECTIONS,
) -> Iterator[StageEvent]:
    """Submit the signed registration once and yield its stages as they happen.

    `live=False` makes the plain synchronous call (as a real eHealth server would answer it).
    Raises `Cancelled` when `cancel` is set between events (the server keeps going: a
    registration cannot be taken back), and the client's coded errors when the server cannot be
    reached at all or refuses the caller (401/403/404). Following the stream ends with
    `StreamLost` after `deadline` seconds or `max_connections` connections to it.
    """
    key = idempotency_key or uuid.uuid4().hex
    until = time.monotonic() + deadline
    _check(cancel)
    answer = _put_once(client, signed_der, key, live, cancel, attempts, retry_pause)
    if isinstance(answer, ApiError | ServerError):
        yield from _events_from_refusal(answer)
    elif isinstance(answer, Job):
        limits = _Limits(reconnects, retry_pause, until, max_connections)
        yield from _follow_job(client, answer, cancel, limits)
    else:
        yield from _events_from_success(answer)


@dataclass(frozen=True)
class _Limits:
    """How long and how hard a job's stream is followed."""

    reconnects: int  # failures in a row
    retry_pause: float
    until: float  # time.monotonic() deadline
    max_connections: int


def follow_submission(
    client: EHealthClient,
    idempotency_key: str,
    *,
    cancel: threading.Event | None = None,
    reconnects: int = 5,
    retry_pause: float = 0.5,
    deadline: float = FOLLOW_DEADLINE,
    max_connections: int = MAX_STREAM_CONNECTIONS,
) -> Iterator[StageEvent] | None:
    """The stages of an earlier submission (say, before the program was closed) found by its
    idempotency key; None when the server never received it (submitting again is then safe)."""
    until = time.monotonic() + deadline
    status = client.job_by_key(idempotency_key)
    if status is None:
        return None
    job = client.job_from_status(status)
    limits = _Limits(reconnects, retry_pause, until, max_connections)
    return _follow_job(client, job, cancel, limits)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _pause(cancel: threading.Event | None, seconds: float) -> None:
    if cancel is None:
        time.sleep(seconds)
    elif cancel.wait(seconds):
        raise Cancelled()


def _put_once(
    client: EHealthClient,
    signed_der: bytes,
    key: str,
    live: bool,
    cancel: threading.Event | None,
    attempts: int,
    retry_pause: float,
) -> Job | dict[str, Any] | ApiError | ServerError:
    """The PUT, repeated (with the same key) only while its outcome is unknown. Nothing
    answering at all (`NetworkUnreachable`) is raised at once: nothing was sent."""
    unknown = False
    last: EHealthError | None = None
    for attempt in range(max(1, attempts)):
        if attempt:
            _pause(cancel, retry_pause * attempt)
            if unknown:
                # First ask whether the lost PUT arrived; then the retry repeats the same key,
                # which a server that has seen it answers with the existing job.
                existing = _job_for_key(client, key)
                if existing is not None:
                    return existing
        try:
            if live:
                return client.submit_async(signed_der, idempotency_key=key)
            return client.submit(signed_der, idempotency_key=key)
        except ApiError as exc:
            return exc
        except ServerError as exc:
            if stage_of_error(exc.status, exc.body) is not None and exc.body:
                return exc
            last = exc
            if exc.status not in (502, 503, 504):
                raise
            unknown = True  # a gateway may have passed the request on before failing
        except NetworkTimeout as exc:
            unknown = unknown or exc.sent
            last = exc
        except ConnectionDropped as exc:
            unknown = True
            last = exc
    if unknown:
        raise OutcomeUnknown(
            reason=last.reason if last is not None else "other",
            url=str(last.params.get("url", "")) if last is not None else "",
        ) from last
    assert last is not None
    raise last


def _job_for_key(client: EHealthClient, key: str) -> Job | None:
    try:
        status = client.job_by_key(key)
    except (ApiError, ServerError, BadResponse, NetworkTimeout, ConnectionDropped):
        return None
    except NetworkUnreachable:
        return None
    return None if status is None else client.job_from_status(status)


def _events_from_success(body: Mapping[str, Any]) -> Iterator[StageEvent]:
    result = RegistrationResult.from_body(body)
    if result is None:
        raise BadResponse(url="", status=200)
    for stage in SUBMIT_STAGES:
        yield StageEvent(stage, PASSED)
    yield _result_event(result)


def _result_event(result: RegistrationResult) -> StageEvent:
    return StageEvent(RESULT_STAGE, PASSED, details=result.public(), result=result)


def _failure_event(stage: str, message: str, problems: Sequence[Problem]) -> StageEvent:
    return StageEvent(
        RESULT_STAGE, FAILED, message=message, details={"stage": stage}, problems=tuple(problems)
    )


def _events_from_refusal(error: ApiError | ServerError) -> Iterator[StageEvent]:
    """A refusal of the synchronous call laid over the stage list: the stages before the failing
    one passed (the server stops at the first failing step), the ones after it never ran."""
    stage = stage_of_error(error.status, error.body)
    if stage is None:
        raise error
    problems = problems_from_error(error.status, error.body)
    message = _refusal_message(error, problems)
    failed_at = SUBMIT_STAGES.index(stage)
    for index, name in enumerate(SUBMIT_STAGES):
        if index < failed_at:
            yield StageEvent(name, PASSED)
        elif index == failed_at:
            yield StageEvent(
                name,
                FAILED,
                message=message,
                details={"http_status": error.status},
                problems=tuple(problems),
            )
        else:
            yield StageEvent(name, SKIPPED)
    yield _failure_event(stage, message, problems)


def _refusal_message(error: ApiError | ServerError, problems: Sequence[Problem]) -> str:
    descriptions = [str(p.params.get("description") or "") for p in problems]
    text = "; ".join(d for d in descriptions if d)
    return text or str(getattr(error, "message", "") or "")


# --- following a job -----------------------------------------------------------------------------


def _follow_job(
    client: EHealthClient,
    job: Job,
    cancel: threading.Event | None,
    limits: _Limits,
) -> Iterator[StageEvent]:
    last_id: str | None = None
    failures = 0
    connections = 0
    failed_stage = ""
    reconnects, retry_pause = limits.reconnects, limits.retry_pause
    while True:
        _check(cancel)
        if time.monotonic() >= limits.until:
            raise StreamLost(job=job.id, reason="follow_deadline")
        if connections >= limits.max_connections:
            raise StreamLost(job=job.id, reason="too_many_reconnects")
        connections += 1
        progressed = False
        try:
            events = client.job_events(job, last_event_id=last_id, deadline=limits.until)
            try:
                for raw in events:
                    _check(cancel)
                    if raw.id:
                        last_id = raw.id
                    failures, progressed = 0, True
                    for event in _events_from_job_event(raw, failed_stage):
                        if event.stage in SUBMIT_STAGES and event.status == FAILED:
                            failed_stage = event.stage
                        yield event
                        if event.stage == RESULT_STAGE:
                            return
            finally:
                events.close()
        except (ConnectionDropped, NetworkTimeout, NetworkUnreachable) as exc:
            failures += 1
            if failures > reconnects:
                raise StreamLost(
                    job=job.id, reason=exc.reason, url=exc.params.get("url", "")
                ) from exc
            _pause(cancel, retry_pause * failures)
            continue
        if progressed:
            continue  # closed early after some events: resume right after the last one
        # A stream with nothing more to say and no final event: ask the job itself.
        final = _final_from_job(client, job, failed_stage)
        if final is not None:
            yield final
            return
        failures += 1
        if failures > reconnects:
            raise StreamLost(job=job.id, reason="stream_ended")
        _pause(cancel, retry_pause * failures)


def _body_of(data: Mapping[str, Any]) -> tuple[Mapping[str, Any] | None, int | None]:
    """The synchronous-call body an event (or a job) carries, and its HTTP status.

    The sandbox puts `{"status_code": N, "body": {...}}` under `details.response` of the last
    event (and `result` of the job); a bare body under `response`/`body`/`result` is accepted too.
    """
    details = data.get("details")
    for holder in (data, details if isinstance(details, Mapping) else {}):
        for key in ("response", "result", "body"):
            value = holder.get(key)
            if not isinstance(value, Mapping):
                continue
            status: Any = None
            body: Any = value
            if isinstance(value.get("body"), Mapping):
                body, status = value["body"], value.get("status_code")
            if not ("data" in body or "error" in body):
                continue
            if status is None:
                status = holder.get("http_status") or holder.get("status_code")
            meta = body.get("meta")
            if status is None and isinstance(meta, Mapping):
                status = meta.get("code")
            try:
                code = int(status) if status is not None else None
            except (TypeError, ValueError):
                code = None
            return body, code
    return None, None


def _events_from_job_event(raw: JobEvent, failed_stage: str) -> Iterator[StageEvent]:
    data = raw.data
    body, status = _body_of(data)
    stage = str(data.get("stage") or "")
    if stage and stage != RESULT_STAGE:
        details = data.get("details")
        details = scrub(dict(details)) if isinstance(details, Mapping) else {}
        for key in ("response", "body", "result"):
            details.pop(key, None)
        problems: tuple[Problem, ...] = ()
        invalid_body = _error_body_in(data)
        if data.get("status") == FAILED and invalid_body is not None:
            code = status or _int(details.get("status_code")) or 422
            problems = tuple(problems_from_error(code, invalid_body))
        yield StageEvent(
            stage=stage,
            status=str(data.get("status") or ""),
            message=str(data.get("message") or ""),
            details=details,
            at=_when(data.get("at")),
            problems=problems,
        )
    if body is not None:
        yield _final_from_body(body, status, failed_stage or stage)


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _error_body_in(data: Mapping[str, Any]) -> Mapping[str, Any] | None:
    body, _ = _body_of(data)
    if body is not None and isinstance(body.get("error"), Mapping):
        return body
    details = data.get("details")
    if isinstance(details, Mapping) and isinstance(details.get("error"), Mapping):
        return details
    return None


def _final_from_body(body: Mapping[str, Any], status: int | None, stage: str) -> StageEvent:
    result = RegistrationResult.from_body(body)
    if result is not None and not isinstance(body.get("error"), Mapping):
        return _result_event(result)
    code = status or 422
    problems = problems_from_error(code, body)
    failing = stage or stage_of_error(code, body) or ""
    error = body.get("error")
    message = "; ".join(str(p.params.get("description") or "") for p in problems if p.params)
    if not message and isinstance(error, Mapping):
        message = str(error.get("message") or "")
    return _failure_event(failing, message, problems)


def _final_from_job(client: EHealthClient, job: Job, failed_stage: str) -> StageEvent | None:
    try:
        state = client.job(job.id)
    except (ConnectionDropped, NetworkTimeout, NetworkUnreachable):
        return None
    if str(state.get("state") or state.get("status") or "") in ("running", "queued", ""):
        return None
    body, status = _body_of(state)
    if body is None:
        return None
    return _final_from_body(body, status, failed_stage)


def _when(value: Any) -> datetime:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return datetime.now(UTC)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return datetime.now(UTC)


# --- later stages --------------------------------------------------------------------------------


TERM_UNITS = {"SECONDS": 1, "MINUTES": 60, "HOURS": 3600, "DAYS": 86400}


def invitation_deadline(client: EHealthClient, employee_request_id: str) -> datetime | None:
    """When the owner's invitation expires, from the server's own answers: the request's
    `inserted_at` plus the global parameters `employee_request_expiration` ×
    `employee_request_term_unit` (how eHealth's scheduler expires NEW requests; nothing
    assumed here). None when the server does not say (or uses months/years, which have no
    fixed length)."""
    request = client.employee_request(employee_request_id)
    params = client.global_parameters()
    unit = TERM_UNITS.get(str(params.get("employee_request_term_unit") or "").upper())
    try:
        amount = float(params.get("employee_request_expiration") or "")
        start = datetime.fromisoformat(str(request.get("inserted_at") or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    if unit is None:
        return None
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    return start + timedelta(seconds=amount * unit)


def later_stage_events(payload: Mapping[str, Any] | Sequence[Any]) -> list[StageEvent]:
    """`account` and `registry` from the stage-status endpoint's answer, in that order."""
    items: list[Mapping[str, Any]] = []
    source: Any = payload
    if isinstance(source, Mapping) and "stages" in source:
        source = source["stages"]
    if isinstance(source, Mapping):
        for name, value in source.items():
            if isinstance(value, Mapping):
                items.append({"stage": name, **value})
            elif isinstance(value, str):
                items.append({"stage": name, "status": value})
    elif isinstance(source, Sequence):
        items = [i for i in source if isinstance(i, Mapping)]
    by_stage = {str(i.get("stage")): i for i in items}
    events: list[StageEvent] = []
    for name in LATER_STAGES:
        item = by_stage.get(name, {"status": PENDING})
        details = item.get("details")
        events.append(
            StageEvent(
                stage=name,
                status=str(item.get("status") or PENDING),
                message=str(item.get("message") or ""),
                details=scrub(dict(details)) if isinstance(details, Mapping) else {},
                at=_when(item.get("at")),
            )
        )
    return events


def follow_later_stages(
    client: EHealthClient,
    legal_entity_id: str,
    *,
    wait: bool = False,
    poll_interval: float = 1.0,
    timeout: float | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[StageEvent]:
    """Yield `account` and `registry` as they stand; with `wait`, poll and yield each change
    until both are settled (passed/failed/skipped) or `timeout` seconds pass."""
    deadline = None if timeout is None else time.monotonic() + timeout
    shown: dict[str, tuple[str, str]] = {}
    while True:
        _check(cancel)
        events = later_stage_events(client.stages(legal_entity_id))
        for event in events:
            if shown.get(event.stage) != (event.status, event.message):
                shown[event.stage] = (event.status, event.message)
                yield event
        settled = all(e.status in TERMINAL for e in events)
        if not wait or settled:
            return
        if deadline is not None and time.monotonic() >= deadline:
            return
        _pause(cancel, poll_interval)
