"""The HTTP client for eHealth (the real one or the embedded sandbox): one `httpx.Client`.

Every network failure leaves here as a `UserFacingError` subclass with a stable code
(`network_unreachable`, `network_timeout`, `connection_dropped`, `tls_error`, `server_error`, ...);
every refusal in the server's error envelope as `ApiError` (see errors.py). TLS verification is
always on; the transport is injectable so tests can put odd network behaviour between the client
and a real server.

Besides the real API the client speaks the sandbox's live-stage extension:
`PUT` with `Prefer: respond-async` → 202 and a job; `GET /api/jobs/{id}/events` streams the
verification stages as server-sent events, resumable with `Last-Event-ID`; the `Idempotency-Key`
header makes a repeated PUT return the job the first one started instead of registering again.

Bounds (a hostile or broken server must not hold the program): every answer body is read up to
`MAX_BODY_BYTES` (4 MiB) and within `ANSWER_DEADLINE` seconds; one event of the stream up to
`MAX_EVENT_BYTES` (1 MiB); JSON at most `MAX_JSON_DEPTH` levels deep, with control characters
removed from every string. URLs the server hands back (`Location`, a job's status/events URLs) are
followed only on the configured server's own origin, so the credentials never go anywhere else.
A signed registration goes to a plain `http://` server that is not this computer only when the
caller allows it (`insecure_http`).
"""

from __future__ import annotations

import base64
import ssl
import time
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpx

from ehealth_wizard import __version__
from ehealth_wizard.core.bounded import ReplyTooLarge, ReplyTooSlow, loads_bounded, read_limited
from ehealth_wizard.core.ehealth.errors import (
    AnswerTooLarge,
    ApiError,
    BadResponse,
    BadServerUrl,
    ConnectionDropped,
    EHealthError,
    ForeignUrl,
    InsecureServer,
    NetworkTimeout,
    NetworkUnreachable,
    ServerError,
    TlsError,
)
from ehealth_wizard.core.ehealth.urls import check_server_url, is_loopback_host
from ehealth_wizard.core.reasons import network_reason

LEGAL_ENTITIES_PATH = "/api/v2/legal_entities"
DICTIONARIES_PATH = "/api/dictionaries"
SETTLEMENTS_PATH = "/api/uaddresses/settlements"
JOBS_PATH = "/api/jobs"
IDEMPOTENCY_HEADER = "Idempotency-Key"

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=30.0, pool=10.0)
# Between two events the sandbox may spend a few seconds on a stage (and the real QTSP/ЄДР
# lookups behind it); a silent stream longer than this is treated as broken and resumed.
STREAM_READ_TIMEOUT = 30.0
# The largest answer body read (a JSON answer or an error page); the largest single event of the
# stream (the last one carries the whole registration answer); the longest one answer may take
# to arrive, however slowly it drips.
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_EVENT_BYTES = 1024 * 1024
ANSWER_DEADLINE = 120.0


@dataclass(frozen=True)
class Job:
    """A submission the server is working on in the background (202 answer)."""

    id: str
    url: str
    events_url: str
    body: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class JobEvent:
    """One server-sent event of a job's stream, its JSON data already decoded."""

    id: str
    event: str
    data: Mapping[str, Any]


def _ssl_in_chain(exc: BaseException) -> bool:
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        if isinstance(node, ssl.SSLError | ssl.CertificateError):
            return True
        text = str(node)
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL:" in text or "[SSL" in text:
            return True
        node = node.__cause__ or node.__context__
    return False


class EHealthClient:
    """eHealth API calls; use as a context manager or call `close()`."""

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float | None = None,
        verify: bool | str | ssl.SSLContext = True,
        bearer_token: str | None = None,
        api_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        stream_read_timeout: float = STREAM_READ_TIMEOUT,
        insecure_http: bool = False,
        answer_deadline: float = ANSWER_DEADLINE,
    ) -> None:
        self.base_url = check_server_url(base_url)
        parts = urlsplit(self.base_url)
        local = is_loopback_host(parts.hostname)
        self._origin = _origin(self.base_url)
        # Personal data signed by the director crosses the network in clear only when asked.
        self._plain_remote = parts.scheme == "http" and not local and not insecure_http
        self.answer_deadline = answer_deadline
        if (bearer_token or api_key) and parts.scheme != "https" and not local:
            raise InsecureServer(url=self.base_url)
        headers = {"User-Agent": f"ehealth-wizard/{__version__}", "Accept": "application/json"}
        headers.update(extra_headers or {})
        if bearer_token:
            headers["Authorization"] = f"Bearer {bearer_token}"
        if api_key:
            headers["API-key"] = api_key
        if isinstance(verify, str):
            # A CA bundle (a corporate proxy's root): still verified, never switched off.
            verify = ssl.create_default_context(cafile=verify)
        elif verify is True:
            # The bundled trust store, whatever SSL_CERT_FILE / SSL_CERT_DIR say: an environment
            # variable must not silently replace the roots the registration is sent under.
            verify = httpx.create_ssl_context(verify=True, trust_env=False)
        if verify is False and not local:
            raise InsecureServer(url=self.base_url)
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.stream_read_timeout = stream_read_timeout
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=self.timeout,
            verify=verify,
            headers=headers,
            follow_redirects=False,
        )

    # --- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EHealthClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the real API ----------------------------------------------------------------------------

    def submit(self, signed_der: bytes, *, idempotency_key: str | None = None) -> dict[str, Any]:
        """The synchronous registration call: the 200 body (`data`, `urgent`), or `ApiError`."""
        response = self._put_legal_entity(signed_der, idempotency_key, prefer_async=False)
        if response.status == 202:
            raise BadResponse(url=response.url, status=202, got=response.got())
        return self._success(response)

    def submit_async(
        self, signed_der: bytes, *, idempotency_key: str | None = None
    ) -> Job | dict[str, Any]:
        """Ask the server to register in the background. A `Job` when it agrees (202); the
        synchronous body when it ignores `Prefer: respond-async` (the real eHealth does)."""
        response = self._put_legal_entity(signed_der, idempotency_key, prefer_async=True)
        if response.status != 202:
            return self._success(response)
        body = self._json(response)
        return self._job_from(response, body)

    def legal_entity(self, legal_entity_id: str) -> dict[str, Any]:
        """`GET /api/v2/legal_entities/{id}`: the entity's `data`."""
        body = self._json(self._send("GET", f"{LEGAL_ENTITIES_PATH}/{_seg(legal_entity_id)}"))
        return _data_of(body)

    def dictionaries(self, name: str | None = None) -> Any:
        """`GET /api/dictionaries[?name=]`: the `data` list of dictionaries."""
        params = {"name": name} if name else None
        body = self._json(self._send("GET", DICTIONARIES_PATH, params=params))
        return body.get("data", body)

    def settlements(self, name: str, area: str | None = None) -> list[dict[str, Any]]:
        """`GET /api/uaddresses/settlements?name=[&area=]`: settlements whose name starts so."""
        params = {"name": name}
        if area:
            params["area"] = area
        body = self._json(self._send("GET", SETTLEMENTS_PATH, params=params))
        data = body.get("data", [])
        if not isinstance(data, list):
            raise BadResponse()
        return [row for row in data if isinstance(row, dict)]

    def employee_request(self, request_id: str) -> dict[str, Any]:
        """`GET /api/employee_requests/{id}`: the owner request (`status` NEW, APPROVED,
        REJECTED, EXPIRED; `inserted_at`), as eHealth answers it."""
        path = f"/api/employee_requests/{_seg(request_id)}"
        return _data_of(self._json(self._send("GET", path)))

    def global_parameters(self) -> dict[str, Any]:
        """`GET /api/global_parameters`: e.g. `employee_request_expiration` and its unit."""
        return _data_of(self._json(self._send("GET", "/api/global_parameters")))

    def stages(self, legal_entity_id: str) -> dict[str, Any]:
        """The later stages (`account`, `registry`) of a registered entity (sandbox extension)."""
        path = f"{LEGAL_ENTITIES_PATH}/{_seg(legal_entity_id)}/stages"
        return _data_of(self._json(self._send("GET", path)))

    # --- jobs (sandbox extension) ----------------------------------------------------------------

    def job(self, job_id: str) -> dict[str, Any]:
        """`GET /api/jobs/{id}`: where a background submission stands."""
        return _data_of(self._json(self._send("GET", f"{JOBS_PATH}/{_seg(job_id)}")))

    def job_by_key(self, idempotency_key: str) -> dict[str, Any] | None:
        """`GET /api/jobs?idempotency_key=`: the job a PUT with this key started, if the server
        has seen it (None on 404: the PUT never arrived, or the server keeps no jobs)."""
        try:
            body = self._json(
                self._send("GET", JOBS_PATH, params={"idempotency_key": idempotency_key})
            )
        except ApiError as exc:
            if exc.status == 404:
                return None
            raise
        return _data_of(body)

    def job_from_status(self, status: Mapping[str, Any]) -> Job:
        """A `Job` from a job's status object (`job_by_key`, `job`)."""
        job_id = str(status.get("job_id") or status.get("id") or "")
        if not job_id:
            raise BadResponse(url=self.base_url + JOBS_PATH, status=200)
        url = str(status.get("status_url") or f"{JOBS_PATH}/{_seg(job_id)}")
        events_url = str(status.get("events_url") or f"{JOBS_PATH}/{_seg(job_id)}/events")
        self.same_origin(url)
        self.same_origin(events_url)
        return Job(id=job_id, url=url, events_url=events_url, body=dict(status))

    def same_origin(self, url: str) -> str:
        """`url` (absolute or relative to the server) made absolute, or `ForeignUrl` when it
        points anywhere but the configured server (scheme, host and port): the bearer token and
        the API key travel with every request, so a server's answer must not redirect them."""
        absolute = urljoin(self.base_url + "/", url.strip())
        if _origin(absolute) != self._origin:
            raise ForeignUrl(url=self.base_url, foreign=host_port(absolute))
        return absolute

    def job_events(
        self,
        job: Job | str,
        last_event_id: str | None = None,
        *,
        deadline: float | None = None,
    ) -> Generator[JobEvent, None, None]:
        """The job's events as they happen; with `last_event_id`, only those after it.

        Transport failures mid-stream raise `ConnectionDropped` / `NetworkTimeout` (also when the
        `deadline`, a `time.monotonic()` value, passes); the caller resumes by calling again
        with the last id it saw. An event larger than `MAX_EVENT_BYTES` is `AnswerTooLarge`.
        """
        url = job.events_url if isinstance(job, Job) else f"{JOBS_PATH}/{_seg(job)}/events"
        url = self.same_origin(url)
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        t = self.timeout
        read = self.stream_read_timeout
        if deadline is not None:
            read = max(0.05, min(read, deadline - time.monotonic()))
        timeout = httpx.Timeout(connect=t.connect, read=read, write=t.write, pool=t.pool)
        with (
            self._translated(url, sent=True),
            self._http.stream("GET", url, headers=headers, timeout=timeout) as response,
        ):
            if response.status_code != 200:
                answer = self._read(response, url, sent=True)
                self._json(answer)  # raises the matching error
                raise BadResponse(url=url, status=answer.status, got=answer.got())
            content_type = response.headers.get("Content-Type", "")
            if "text/event-stream" not in content_type:
                raise BadResponse(url=url, status=200, got=content_type or "no content type")
            yield from _sse_events(response.iter_bytes(), url, deadline)

    # --- plumbing --------------------------------------------------------------------------------

    def _put_legal_entity(
        self, signed_der: bytes, idempotency_key: str | None, *, prefer_async: bool
    ) -> _Answer:
        if self._plain_remote:
            raise InsecureServer("insecure_http_submit", url=self.base_url)
        envelope = {
            "signed_legal_entity_request": base64.b64encode(signed_der).decode("ascii"),
            "signed_content_encoding": "base64",
        }
        headers = {"Content-Type": "application/json"}
        if idempotency_key:
            headers[IDEMPOTENCY_HEADER] = idempotency_key
        if prefer_async:
            headers["Prefer"] = "respond-async"
        return self._send("PUT", LEGAL_ENTITIES_PATH, json=envelope, headers=headers)

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> _Answer:
        url = urljoin(self.base_url + "/", path.lstrip("/"))
        sent = method != "GET"
        with (
            self._translated(url, sent=sent),
            self._http.stream(method, path, json=json, headers=headers, params=params) as response,
        ):
            return self._read(response, url, sent=sent)

    def _read(self, response: httpx.Response, url: str, *, sent: bool) -> _Answer:
        """The whole answer, at most `MAX_BODY_BYTES` and `answer_deadline` seconds of it."""
        declared = _int_or_none(response.headers.get("Content-Length"))
        if declared is not None and declared > MAX_BODY_BYTES:
            raise AnswerTooLarge(url=url, limit_mb=MAX_BODY_BYTES // (1024 * 1024))
        try:
            body = read_limited(
                response.iter_bytes(),
                MAX_BODY_BYTES,
                deadline=time.monotonic() + self.answer_deadline,
            )
        except ReplyTooSlow:
            raise NetworkTimeout(url=url, phase="read", sent=sent) from None
        except ReplyTooLarge:
            raise AnswerTooLarge(url=url, limit_mb=MAX_BODY_BYTES // (1024 * 1024)) from None
        return _Answer(
            status=response.status_code,
            url=str(response.url),
            content_type=response.headers.get("Content-Type", ""),
            location=response.headers.get("Location", ""),
            body=body,
        )

    @staticmethod
    def _translated(url: str, *, sent: bool) -> _Translate:
        return _Translate(url, sent)

    def _json(self, answer: _Answer) -> dict[str, Any]:
        """The decoded body of a 2xx answer; the matching error for anything else."""
        url, status = answer.url, answer.status
        try:
            body = loads_bounded(answer.body) if answer.body else None
        except ValueError:
            body = None
        if 200 <= status < 300:
            if not isinstance(body, dict):
                raise BadResponse(url=url, status=status, got=answer.got())
            return body
        envelope = body if isinstance(body, dict) else None
        if status >= 500 or envelope is None or not isinstance(envelope.get("error"), Mapping):
            message = ""
            if envelope is not None and isinstance(envelope.get("error"), Mapping):
                message = str(envelope["error"].get("message") or "")
            raise ServerError(url=url, status=status, message=message, body=envelope)
        raise ApiError(status, envelope, url=url)

    def _success(self, answer: _Answer) -> dict[str, Any]:
        """The body of a registration answer, only when it has the v2 success shape."""
        body = self._json(answer)
        if not is_success_body(body):
            raise BadResponse(url=answer.url, status=answer.status, got=answer.got(body))
        return body

    def _job_from(self, answer: _Answer, body: Mapping[str, Any]) -> Job:
        data = _data_of(body)
        location = answer.location
        if not (data.get("job_id") or data.get("id")) and location:
            data["job_id"] = location.rstrip("/").rsplit("/", 1)[-1]
        if location and not data.get("status_url"):
            data["status_url"] = location
        try:
            return self.job_from_status(data)
        except ForeignUrl:
            raise
        except BadResponse:
            raise BadResponse(url=answer.url, status=answer.status, got=answer.got()) from None


@dataclass(frozen=True)
class _Answer:
    """One whole answer, read within the bounds."""

    status: int
    url: str
    content_type: str
    location: str
    body: bytes = field(repr=False)

    def got(self, decoded: Any = None) -> str:
        """What came back, in a few plain words for the error text: type, size, shape."""
        kind = self.content_type.split(";")[0].strip() or "no content type"
        text = f"HTTP {self.status}, {kind}, {len(self.body)} bytes"
        if isinstance(decoded, Mapping):
            keys = ", ".join(sorted(str(k) for k in decoded)[:5])
            text += f", JSON with {keys or 'nothing'} but no registered facility"
        return text


def is_success_body(body: Mapping[str, Any]) -> bool:
    """Whether `body` is the v2 registration success shape: `data` with the
    legal entity's `id` and `urgent.security` with its `client_id`. Anything else is not a
    success, whatever the status said."""
    data = body.get("data")
    urgent = body.get("urgent")
    if not isinstance(data, Mapping) or not isinstance(urgent, Mapping):
        return False
    security = urgent.get("security")
    return (
        isinstance(data.get("id"), str)
        and bool(data["id"])
        and isinstance(security, Mapping)
        and bool(security.get("client_id"))
    )


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        port = -1
    return scheme, (parts.hostname or "").lower(), port


def host_port(url: str) -> str:
    """`scheme://host:port` of `url`, for an error that names where a link pointed."""
    scheme, host, port = _origin(url)
    return f"{scheme}://{host}:{port}" if host else url[:80]


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _sse_events(chunks: Iterator[bytes], url: str, deadline: float | None) -> Iterator[JobEvent]:
    """Server-sent events (the WHATWG format) from a byte stream, each line and each event at
    most `MAX_EVENT_BYTES`, their data decoded as bounded JSON."""
    buffer = b""
    data: list[bytes] = []
    size = 0
    event = ""
    last_id = ""
    seen = False
    for chunk in chunks:
        if deadline is not None and time.monotonic() > deadline:
            raise NetworkTimeout(url=url, phase="read", sent=True)
        buffer += chunk
        while True:
            cut = _line_end(buffer)
            if cut is None:
                break
            line, buffer = buffer[: cut[0]], buffer[cut[1] :]
            if not line:
                if seen and (data or event or last_id):
                    yield _job_event(last_id, event, b"\n".join(data), url)
                data, size, event, seen = [], 0, "", False
                continue
            name, _, value = line.partition(b":")
            if value.startswith(b" "):
                value = value[1:]
            if name == b"data":
                size += len(value) + 1
                if size > MAX_EVENT_BYTES:
                    raise AnswerTooLarge(url=url, limit_mb=MAX_EVENT_BYTES // (1024 * 1024))
                data.append(value)
                seen = True
            elif name == b"event":
                event, seen = value.decode("utf-8", "replace"), True
            elif name == b"id" and b"\0" not in value:
                last_id, seen = value.decode("utf-8", "replace"), True
        if len(buffer) > MAX_EVENT_BYTES:
            raise AnswerTooLarge(url=url, limit_mb=MAX_EVENT_BYTES // (1024 * 1024))


def _line_end(buffer: bytes) -> tuple[int, int] | None:
    """Where the first line of `buffer` ends and the next begins (LF, CRLF or CR), or None
    when it has not ended yet (a CR last may still be half of a CRLF)."""
    lf = buffer.find(b"\n")
    cr = buffer.find(b"\r", 0, lf if lf >= 0 else len(buffer))
    if cr >= 0:
        if cr + 1 == len(buffer):
            return None
        return (cr, cr + 2) if buffer[cr + 1 : cr + 2] == b"\n" else (cr, cr + 1)
    if lf >= 0:
        return lf, lf + 1
    return None


class _Translate:
    """Context manager turning httpx's exceptions into the program's coded errors."""

    def __init__(self, url: str, sent: bool) -> None:
        self.url = url
        self.sent = sent

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        if exc is None or not isinstance(exc, httpx.HTTPError) or isinstance(exc, EHealthError):
            return
        url = self.url
        if isinstance(exc, httpx.ConnectTimeout):
            raise NetworkTimeout(url=url, phase="connect", sent=False) from exc
        if isinstance(exc, httpx.PoolTimeout):
            raise NetworkTimeout(url=url, phase="pool", sent=False) from exc
        if isinstance(exc, httpx.WriteTimeout):
            raise NetworkTimeout(url=url, phase="write", sent=self.sent) from exc
        if isinstance(exc, httpx.TimeoutException):
            raise NetworkTimeout(url=url, phase="read", sent=self.sent) from exc
        # `reason` is a code the texts word plainly; the library's own words stay in `detail`
        # for the log and `--json`, never in front of the director.
        detail = str(exc)
        if isinstance(exc, httpx.ConnectError):
            if _ssl_in_chain(exc):
                raise TlsError(url=url, reason="tls", detail=detail) from exc
            reason = network_reason(exc)
            raise NetworkUnreachable(url=url, reason=reason, detail=detail) from exc
        if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
            raise BadServerUrl(url=url) from exc
        if isinstance(exc, httpx.TransportError):
            if _ssl_in_chain(exc):
                raise TlsError(url=url, reason="tls", detail=detail) from exc
            reason = network_reason(exc)
            if reason == "other":
                reason = "reset"  # the request went out and the answer never came back whole
            raise ConnectionDropped(url=url, reason=reason, detail=detail) from exc
        if isinstance(exc, httpx.DecodingError | httpx.TooManyRedirects):
            raise BadResponse(url=url, status=0) from exc
        raise NetworkUnreachable(url=url, reason=network_reason(exc), detail=detail) from exc


def _seg(value: str) -> str:
    """An id as one path segment: a typed `../x` must not reach another endpoint."""
    return quote(str(value), safe="")


def _data_of(body: Mapping[str, Any]) -> dict[str, Any]:
    data = body.get("data")
    return dict(data) if isinstance(data, Mapping) else dict(body)


def _job_event(last_id: str, event: str, raw: bytes, url: str) -> JobEvent:
    try:
        data = loads_bounded(raw) if raw else {}
    except ValueError as exc:
        raise BadResponse(url=url, status=200, got="an event that is not JSON") from exc
    if not isinstance(data, dict):
        raise BadResponse(url=url, status=200, got="an event that is not a JSON object")
    return JobEvent(id=last_id, event=event or "message", data=data)
