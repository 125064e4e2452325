"""The client against servers that misbehave, each one really listening on 127.0.0.1.

The well-behaved server is the sandbox (tests/integration); here are the ones that refuse the
connection, never answer, hang up, fail, speak TLS with an unknown certificate, or answer junk.
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ehealth_wizard.core.ehealth.client import EHealthClient
from ehealth_wizard.core.ehealth.errors import (
    ApiError,
    BadResponse,
    BadServerUrl,
    ConnectionDropped,
    InsecureServer,
    NetworkTimeout,
    NetworkUnreachable,
    ServerError,
    TlsError,
)
from tests.fixtures.tcp import Handler, TcpServer


class TinyServer(TcpServer):
    """A TCP server on 127.0.0.1 that hands each connection to `handler` (TLS if `wrap`)."""

    def __init__(self, handler: Handler, wrap: ssl.SSLContext | None = None) -> None:
        self.wrap = wrap
        self.inner = handler
        super().__init__(self._one)

    def _one(self, conn: socket.socket) -> None:
        try:
            if self.wrap is not None:
                try:
                    conn = self.wrap.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    return
            self.inner(conn)
        finally:
            conn.close()

    @property
    def url(self) -> str:
        scheme = "https" if self.wrap else "http"
        return f"{scheme}://127.0.0.1:{self.port}"


@pytest.fixture
def serve() -> Iterator[Callable[..., TinyServer]]:
    servers: list[TinyServer] = []

    def start(handler: Handler, wrap: ssl.SSLContext | None = None) -> TinyServer:
        server = TinyServer(handler, wrap)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def answer(status: str, body: bytes, content_type: str = "application/json") -> Handler:
    def handler(conn: socket.socket) -> None:
        _drain(conn)
        conn.sendall(
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )

    return handler


def _drain(conn: socket.socket) -> bytes:
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
            while len(rest) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                rest += chunk
    return head + b"\r\n\r\n" + rest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_nothing_listening_is_network_unreachable() -> None:
    with (
        EHealthClient(f"http://127.0.0.1:{free_port()}") as client,
        pytest.raises(NetworkUnreachable) as caught,
    ):
        client.dictionaries()
    assert caught.value.code == "network_unreachable"
    assert "Cannot reach the eHealth server" in str(caught.value)


def test_a_server_that_never_answers_times_out_and_says_the_put_may_have_arrived(
    serve: Callable[..., TinyServer],
) -> None:
    release = threading.Event()

    def silent(conn: socket.socket) -> None:
        _drain(conn)
        release.wait(5)

    server = serve(silent)
    try:
        with EHealthClient(server.url, timeout=0.3) as client:
            with pytest.raises(NetworkTimeout) as put:
                client.submit(b"\x30\x03\x02\x01\x01")
            with pytest.raises(NetworkTimeout) as get:
                client.dictionaries()
    finally:
        release.set()
    assert put.value.code == "network_timeout"
    assert put.value.sent is True and put.value.params["phase"] == "read"
    assert get.value.sent is False


def test_a_server_that_hangs_up_mid_request_is_a_dropped_connection(
    serve: Callable[..., TinyServer],
) -> None:
    server = serve(lambda conn: (_drain(conn), None)[1])
    with EHealthClient(server.url) as client, pytest.raises(ConnectionDropped) as caught:
        client.submit(b"\x30\x00")
    assert caught.value.code == "connection_dropped"


def test_5xx_html_is_server_error(serve: Callable[..., TinyServer]) -> None:
    server = serve(answer("502 Bad Gateway", b"<html>bad gateway</html>", "text/html"))
    with EHealthClient(server.url) as client, pytest.raises(ServerError) as caught:
        client.legal_entity("x")
    assert caught.value.status == 502
    assert "HTTP 502" in str(caught.value)


def test_200_that_is_not_json_is_a_bad_response(serve: Callable[..., TinyServer]) -> None:
    server = serve(answer("200 OK", b"<html>captive portal</html>", "text/html"))
    with EHealthClient(server.url) as client, pytest.raises(BadResponse):
        client.dictionaries()


def test_a_4xx_envelope_is_an_api_error_with_the_body(serve: Callable[..., TinyServer]) -> None:
    body = b'{"meta":{"code":401},"error":{"type":"access_denied","message":"Invalid api key"}}'
    server = serve(answer("401 Unauthorized", body))
    with EHealthClient(server.url) as client, pytest.raises(ApiError) as caught:
        client.submit(b"\x30\x00")
    assert caught.value.status == 401
    assert caught.value.code == "server_access_denied"
    assert caught.value.body["error"]["message"] == "Invalid api key"


def test_put_sends_the_envelope_and_the_headers(serve: Callable[..., TinyServer]) -> None:
    seen: list[bytes] = []

    def handler(conn: socket.socket) -> None:
        seen.append(_drain(conn))
        body = b'{"data":{"id":"job-1"}}'
        conn.sendall(
            b"HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
            b"Location: /api/jobs/job-1\r\n"
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )

    server = serve(handler)
    with EHealthClient(server.url, bearer_token="tok", api_key="mis-key") as client:
        job = client.submit_async(b"\x30\x03\x02\x01\x01", idempotency_key="k-1")
    assert not isinstance(job, dict)
    assert job.id == "job-1"
    assert job.events_url == "/api/jobs/job-1/events"
    request = seen[0].decode()
    head = request.lower()
    assert request.startswith("PUT /api/v2/legal_entities HTTP/1.1")
    assert "authorization: bearer tok" in head
    assert "api-key: mis-key" in head
    assert "idempotency-key: k-1" in head
    assert "prefer: respond-async" in head
    assert '"signed_legal_entity_request":"MAMCAQE="' in request.replace(" ", "")
    assert '"signed_content_encoding":"base64"' in request.replace(" ", "")


def _self_signed(tmp: Path) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (tmp / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp / "cert.pem", tmp / "key.pem")
    return context


def test_an_unknown_certificate_is_a_tls_error(
    serve: Callable[..., TinyServer], tmp_path: Path
) -> None:
    received: list[bytes] = []

    def handler(conn: socket.socket) -> None:
        received.append(_drain(conn))

    server = serve(handler, wrap=_self_signed(tmp_path))
    with EHealthClient(server.url) as client, pytest.raises(TlsError) as caught:
        client.dictionaries()
    assert caught.value.code == "tls_error"
    assert received == []  # the handshake failed: nothing was sent over it


def test_credentials_never_go_over_plain_http_to_another_host() -> None:
    with pytest.raises(InsecureServer):
        EHealthClient("http://api.example.org", bearer_token="tok")
    with pytest.raises(InsecureServer):
        EHealthClient("https://api.example.org", verify=False)
    EHealthClient("http://127.0.0.1:1", api_key="k").close()  # the local sandbox is fine


@pytest.mark.parametrize("url", ["ftp://x", "api.ehealth.gov.ua", "https://", ""])
def test_bad_server_urls(url: str) -> None:
    with pytest.raises(BadServerUrl):
        EHealthClient(url)


def test_an_injected_transport_is_used() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json={"data": [{"name": "GENDER"}]})

    with EHealthClient("https://api.example.org", transport=httpx.MockTransport(handler)) as c:
        assert c.dictionaries("GENDER") == [{"name": "GENDER"}]
    assert str(calls[0].url) == "https://api.example.org/api/dictionaries?name=GENDER"


def test_a_server_without_the_async_extension_is_followed_through_its_answer(
    serve: Callable[..., TinyServer],
) -> None:
    """The real eHealth ignores `Prefer: respond-async` and answers 200."""
    from ehealth_wizard.core.ehealth.stages import (
        PASSED,
        RESULT_STAGE,
        SUBMIT_STAGES,
        submit_and_follow,
    )

    body = (
        b'{"meta":{"code":200},"data":{"id":"le-1","status":"ACTIVE","edrpou":"22743189"},'
        b'"urgent":{"security":{"client_id":"le-1","secret_key":"s3cret",'
        b'"redirect_uri":"https://x.example/cb"},"employee_request_id":"er-1"}}'
    )
    server = serve(answer("200 OK", body))
    with EHealthClient(server.url) as client:
        events = list(submit_and_follow(client, b"\x30\x00"))
    assert [(e.stage, e.status) for e in events] == [
        *((s, PASSED) for s in SUBMIT_STAGES),
        (RESULT_STAGE, PASSED),
    ]
    result = events[-1].result
    assert result is not None and result.client_secret == "s3cret"  # [ONE]'s name for it
    assert events[-1].details == {
        "legal_entity_id": "le-1",
        "client_id": "le-1",
        "employee_request_id": "er-1",
        "redirect_uri": "https://x.example/cb",
        "status": "ACTIVE",
    }


def test_a_refusal_without_the_async_extension_lands_on_its_stage(
    serve: Callable[..., TinyServer],
) -> None:
    from ehealth_wizard.core.ehealth.stages import FAILED, submit_and_follow

    body = (
        b'{"meta":{"code":409},"error":{"type":"request_conflict",'
        b'"message":"Legal Entity not found in EDR"}}'
    )
    server = serve(answer("409 Conflict", body))
    with EHealthClient(server.url) as client:
        events = list(submit_and_follow(client, b"\x30\x00"))
    failed = [e for e in events if e.status == FAILED]
    assert [e.stage for e in failed] == ["edr", "result"]
    assert failed[0].problems[0].path == "$.edrpou"
    assert failed[0].message == "Legal Entity not found in EDR"


# --- plain words: a reason code and the host, never the OS's text or the API path (QA #8) -----


def test_refused_connection_names_the_host_and_a_plain_reason() -> None:
    port = free_port()
    with (
        EHealthClient(f"http://127.0.0.1:{port}") as client,
        pytest.raises(NetworkUnreachable) as caught,
    ):
        client.legal_entity("abc")
    error = caught.value
    assert error.params["reason"] == "refused"
    assert error.params["host"] == f"127.0.0.1:{port}"
    assert error.params["url"].endswith("/api/v2/legal_entities/abc")  # kept for logs and --json
    text = str(error)
    assert f"server 127.0.0.1:{port}: the server is not accepting connections" in text
    for raw in ("Errno", "Connection refused", "http://", "/api/"):
        assert raw not in text


def test_dropped_tls_and_5xx_texts_name_only_the_host(
    serve: Callable[..., TinyServer], tmp_path: Path
) -> None:
    dropped = serve(lambda conn: (_drain(conn), None)[1])
    with EHealthClient(dropped.url) as client, pytest.raises(ConnectionDropped) as caught:
        client.submit(b"\x30\x00")
    assert caught.value.params["reason"] == "reset"
    failing = serve(answer("503 Service Unavailable", b"<html>down</html>", "text/html"))
    with EHealthClient(failing.url) as client, pytest.raises(ServerError) as server_error:
        client.legal_entity("x")
    tls = serve(lambda conn: None, wrap=_self_signed(tmp_path))
    with EHealthClient(tls.url) as client, pytest.raises(TlsError) as tls_error:
        client.dictionaries()
    assert tls_error.value.params["reason"] == "tls"
    for error in (caught.value, server_error.value, tls_error.value):
        text = str(error)
        assert error.params["host"] in text
        assert "://" not in text and "/api/" not in text and "{" not in text, text


def test_settlements_come_from_the_real_sandbox(tmp_path: Path) -> None:
    from ehealth_wizard.sandbox.runner import start_sandbox

    with (
        start_sandbox(tmp_path / "data", stage_delay=0) as running,
        EHealthClient(running.url) as client,
    ):
        rows = client.settlements("жит")
        assert [r["name"] for r in rows] == ["Житомир", "Житомирське"]
        assert rows[0]["id"] == "cc9ff851-b6ab-4f1a-b79d-b4df2694e1f7"
        assert client.settlements("Кам’ян", area="Хмельницька")[0]["name"] == (
            "Кам'янець-Подільський"
        )
        assert client.settlements("Неіснуюче") == []


def test_settlements_offline_is_network_unreachable() -> None:
    with (
        EHealthClient(f"http://127.0.0.1:{free_port()}") as client,
        pytest.raises(NetworkUnreachable),
    ):
        client.settlements("Жит")
