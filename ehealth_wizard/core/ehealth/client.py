"""The HTTP client for eHealth (the real one or the embedded sandbox): one `httpx.Client`.

Every network failure leaves here as a `UserFacingError` subclass with a stable code
(`network_unreachable`, `network_timeout`, `connection_dropped`, `tls_error`, `server_error`, ...);
every refusal in the server's error envelope as `ApiError` (see errors.py). TLS verification is
always on; the transport is injectable so tests can put odd network behaviour between the client
and a real server.

Besides the real API (reference §1, §4) the client speaks the sandbox's live-stage extension:
`PUT` with `Prefer: respond-async` → 202 and a job; `GET /api/jobs/{id}/events` streams the
verification stages as server-sent events, resumable with `Last-Event-ID`; the `Idempotency-Key`
header makes a repeated PUT return the job the first one started instead of registering again.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import ssl
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpx
import httpx_sse

from ehealth_wizard import __version__
from ehealth_wizard.core.ehealth.errors import (
    ApiError,
    BadResponse,
    BadServerUrl,
    ConnectionDropped,
    EHealthError,
    InsecureServer,
    NetworkTimeout,
    NetworkUnreachable,
    ServerError,
    TlsError,
)
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


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """`url` without a trailing slash, or `BadServerUrl` when it is not an http(s) address."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadServerUrl(url=url)
    return text.rstrip("/")


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
    ) -> None:
        self.base_url = check_server_url(base_url)
        parts = urlsplit(self.base_url)
        local = _is_loopback(parts.hostname or "")
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
        if response.status_code == 202:
            raise BadResponse(url=str(response.url), status=202)
        return self._json(response)

    def submit_async(
        self, signed_der: bytes, *, idempotency_key: str | None = None
    ) -> Job | dict[str, Any]:
        """Ask the server to register in the background. A `Job` when it agrees (202); the
        synchronous body when it ignores `Prefer: respond-async` (the real eHealth does)."""
        response = self._put_legal_entity(signed_der, idempotency_key, prefer_async=True)
        if response.status_code != 202:
            return self._json(response)
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
        return Job(
            id=job_id,
            url=str(status.get("status_url") or f"{JOBS_PATH}/{job_id}"),
            events_url=str(status.get("events_url") or f"{JOBS_PATH}/{job_id}/events"),
            body=dict(status),
        )

    def job_events(
        self, job: Job | str, last_event_id: str | None = None
    ) -> Generator[JobEvent, None, None]:
        """The job's events as they happen; with `last_event_id`, only those after it.

        Transport failures mid-stream raise `ConnectionDropped` / `NetworkTimeout`; the caller
        resumes by calling again with the last id it saw.
        """
        url = job.events_url if isinstance(job, Job) else f"{JOBS_PATH}/{_seg(job)}/events"
        headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
        t = self.timeout
        timeout = httpx.Timeout(
            connect=t.connect, read=self.stream_read_timeout, write=t.write, pool=t.pool
        )
        with (
            self._translated(url, sent=True),
            httpx_sse.connect_sse(
                self._http, "GET", url, headers=headers, timeout=timeout
            ) as source,
        ):
            response = source.response
            if response.status_code != 200:
                response.read()
                self._json(response)  # raises the matching error
                raise BadResponse(url=url, status=response.status_code)
            try:
                for sse in source.iter_sse():
                    if sse.data or sse.id:  # a bare `retry:` block carries nothing
                        yield _job_event(sse, url)
            except httpx_sse.SSEError as exc:
                raise BadResponse(url=url, status=response.status_code) from exc

    # --- plumbing --------------------------------------------------------------------------------

    def _put_legal_entity(
        self, signed_der: bytes, idempotency_key: str | None, *, prefer_async: bool
    ) -> httpx.Response:
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
    ) -> httpx.Response:
        url = urljoin(self.base_url + "/", path.lstrip("/"))
        with self._translated(url, sent=method != "GET"):
            return self._http.request(method, path, json=json, headers=headers, params=params)

    @staticmethod
    def _translated(url: str, *, sent: bool) -> _Translate:
        return _Translate(url, sent)

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        """The decoded body of a 2xx answer; the matching error for anything else."""
        url = str(response.url)
        status = response.status_code
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        if 200 <= status < 300:
            if not isinstance(body, dict):
                raise BadResponse(url=url, status=status)
            return body
        envelope = body if isinstance(body, dict) else None
        if status >= 500 or envelope is None or not isinstance(envelope.get("error"), Mapping):
            message = ""
            if envelope is not None and isinstance(envelope.get("error"), Mapping):
                message = str(envelope["error"].get("message") or "")
            raise ServerError(url=url, status=status, message=message, body=envelope)
        raise ApiError(status, envelope, url=url)

    def _job_from(self, response: httpx.Response, body: Mapping[str, Any]) -> Job:
        data = _data_of(body)
        location = response.headers.get("Location") or ""
        if not (data.get("job_id") or data.get("id")) and location:
            data["job_id"] = location.rstrip("/").rsplit("/", 1)[-1]
        if location and not data.get("status_url"):
            data["status_url"] = location
        try:
            return self.job_from_status(data)
        except BadResponse:
            raise BadResponse(url=str(response.url), status=response.status_code) from None


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


def _job_event(sse: httpx_sse.ServerSentEvent, url: str) -> JobEvent:
    try:
        data = json.loads(sse.data) if sse.data else {}
    except json.JSONDecodeError as exc:
        raise BadResponse(url=url, status=200) from exc
    if not isinstance(data, dict):
        raise BadResponse(url=url, status=200)
    return JobEvent(id=sse.id or "", event=sse.event or "message", data=data)
