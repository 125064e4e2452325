"""The client against a hostile or broken server, each one really listening on 127.0.0.1
(issue 11, items 1-4): credentials stay on their origin, answers are bounded in size, depth and
time, only the v2 success shape is success, plain HTTP and control characters are refused."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from ehealth_wizard.core.ehealth.client import MAX_BODY_BYTES, EHealthClient
from ehealth_wizard.core.ehealth.errors import (
    AnswerTooLarge,
    ApiError,
    BadResponse,
    ForeignUrl,
    InsecureServer,
    ServerError,
    StreamLost,
    TlsError,
)
from ehealth_wizard.core.ehealth.stages import (
    FAILED,
    MAX_STREAM_CONNECTIONS,
    submit_and_follow,
)
from tests.core.test_ehealth_client import TinyServer, _drain, _self_signed, answer

SIGNED = b"\x30\x03\x02\x01\x01"
ROOT = Path(__file__).resolve().parents[2]

Route = Callable[[socket.socket, str, str], None]


@pytest.fixture
def serve() -> Iterator[Callable[..., TinyServer]]:
    servers: list[TinyServer] = []

    def start(handler: Callable[[socket.socket], None], wrap: object = None) -> TinyServer:
        server = TinyServer(handler, wrap)  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def routed(route: Route) -> Callable[[socket.socket], None]:
    """A handler that reads the request and hands (conn, method, path) to `route`."""

    def handler(conn: socket.socket) -> None:
        request = _drain(conn)
        line = request.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
        if len(line) >= 2:
            with contextlib.suppress(OSError):
                route(conn, line[0], line[1])

    return handler


def send(conn: socket.socket, status: str, body: bytes, headers: str = "") -> None:
    conn.sendall(
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{headers}"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        + body
    )


def sse_head(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")


# --- 1. credentials stay with their origin -------------------------------------------------------


@pytest.mark.parametrize("where", ["events_url", "status_url", "Location"])
def test_a_job_url_on_another_origin_is_refused_and_nothing_is_sent_there(
    serve: Callable[..., TinyServer], where: str
) -> None:
    elsewhere: list[bytes] = []
    other = serve(lambda conn: elsewhere.append(_drain(conn)))
    foreign = f"http://127.0.0.1:{other.port}/api/jobs/j-1/events"

    def route(conn: socket.socket, method: str, path: str) -> None:
        if method == "PUT":
            job = {} if where == "Location" else {where: foreign}
            headers = f"Location: {foreign}\r\n" if where == "Location" else ""
            body = json.dumps({"data": {"job_id": "j-1", **job}}).encode()
            send(conn, "202 Accepted", body, headers)
        else:
            send(conn, "404 Not Found", b'{"error":{"type":"not_found"}}')

    server = serve(routed(route))
    with (
        EHealthClient(server.url, bearer_token="tok", api_key="mis") as client,
        pytest.raises(ForeignUrl) as caught,
    ):
        list(submit_and_follow(client, SIGNED, retry_pause=0.01))
    assert caught.value.code == "foreign_url"
    assert f"127.0.0.1:{other.port}" in str(caught.value)
    time.sleep(0.2)
    assert elsewhere == []  # neither the token nor the API key ever went there


def test_another_scheme_on_the_same_host_and_port_is_another_origin() -> None:
    with EHealthClient("https://api.example.org") as client:
        assert client.same_origin("/api/jobs/1") == "https://api.example.org/api/jobs/1"
        assert (
            client.same_origin("https://API.example.org:443/x") == "https://API.example.org:443/x"
        )
        for url in (
            "http://api.example.org/x",
            "https://api.example.org:8443/x",
            "https://evil.example/x",
            "//evil.example/x",
        ):
            with pytest.raises(ForeignUrl):
                client.same_origin(url)


# --- 2. bounded memory and time ---------------------------------------------------------------


def endless(conn: socket.socket, head: bytes, piece: bytes) -> None:
    conn.sendall(head)
    conn.settimeout(10)
    while True:
        conn.sendall(piece)


def test_a_10_gb_content_length_is_refused_unread(serve: Callable[..., TinyServer]) -> None:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10737418240\r\n\r\n"
    )
    server = serve(routed(lambda conn, m, p: endless(conn, head, b"0" * 65536)))
    started = time.monotonic()
    with EHealthClient(server.url) as client, pytest.raises(AnswerTooLarge) as caught:
        client.dictionaries()
    assert time.monotonic() - started < 5
    assert "larger than 4 MB" in str(caught.value)


BIG_BODY_CHILD = textwrap.dedent(
    """
    import resource, sys
    from ehealth_wizard.core.ehealth.client import EHealthClient
    from ehealth_wizard.core.ehealth.errors import AnswerTooLarge
    with EHealthClient(sys.argv[1]) as client:
        try:
            client.dictionaries()
        except AnswerTooLarge as exc:
            print("refused", exc.code)
    print("rss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def test_an_endless_chunked_body_ends_with_a_clear_error_in_bounded_memory(
    serve: Callable[..., TinyServer],
) -> None:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"%x\r\n" % 65536 + b"[" * 65536 + b"\r\n"
    server = serve(routed(lambda conn, m, p: endless(conn, head, chunk)))
    run = subprocess.run(
        [sys.executable, "-c", BIG_BODY_CHILD, server.url],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "refused answer_too_large" in run.stdout, run.stderr
    rss_mb = int(run.stdout.split("rss_kb")[1]) / 1024
    print(f"peak RSS of the endless-body client: {rss_mb:.0f} MB")
    assert rss_mb < 300


def test_an_endless_event_line_ends_with_a_clear_error(serve: Callable[..., TinyServer]) -> None:
    def route(conn: socket.socket, method: str, path: str) -> None:
        if method == "PUT":
            send(conn, "202 Accepted", b'{"data":{"job_id":"j-1"}}')
        else:
            endless(
                conn,
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: ",
                b"x" * 65536,
            )

    server = serve(routed(route))
    with EHealthClient(server.url) as client, pytest.raises(AnswerTooLarge):
        list(submit_and_follow(client, SIGNED))


def test_a_stream_closing_after_every_event_is_not_asked_for_ever(
    serve: Callable[..., TinyServer],
) -> None:
    counts = {"events": 0, "other": 0}
    lock = threading.Lock()

    def route(conn: socket.socket, method: str, path: str) -> None:
        if method == "PUT":
            send(conn, "202 Accepted", b'{"data":{"job_id":"j-1"}}')
        elif path.endswith("/events"):
            with lock:
                counts["events"] += 1
                n = counts["events"]
            if n > 200:  # the old client asked ~880 times in two minutes
                send(conn, "500 Internal Server Error", b"{}")
                return
            sse_head(conn)
            data = {"stage": "signature", "status": "running"}
            conn.sendall(f"id: {n}\ndata: {json.dumps(data)}\n\n".encode())
        else:
            with lock:
                counts["other"] += 1
            send(conn, "200 OK", b'{"data":{"state":"running"}}')

    server = serve(routed(route))
    with EHealthClient(server.url) as client, pytest.raises(StreamLost) as caught:
        list(submit_and_follow(client, SIGNED, retry_pause=0.01))
    assert caught.value.params["reason"] == "too_many_reconnects"
    assert counts["events"] == MAX_STREAM_CONNECTIONS


def test_a_stream_dripping_one_byte_at_a_time_ends_at_the_deadline(
    serve: Callable[..., TinyServer],
) -> None:
    def route(conn: socket.socket, method: str, path: str) -> None:
        if method == "PUT":
            send(conn, "202 Accepted", b'{"data":{"job_id":"j-1"}}')
            return
        sse_head(conn)
        conn.settimeout(10)
        for _ in range(200):  # a comment line, one byte every 0.1 s: never an event
            conn.sendall(b":")
            time.sleep(0.1)

    server = serve(routed(route))
    started = time.monotonic()
    with EHealthClient(server.url) as client, pytest.raises(StreamLost) as caught:
        list(submit_and_follow(client, SIGNED, deadline=1.5, retry_pause=0.01))
    assert caught.value.params["reason"] == "follow_deadline"
    assert time.monotonic() - started < 6


@pytest.mark.parametrize("status", ["200 OK", "422 Unprocessable Entity", "503 Unavailable"])
def test_json_nested_200000_levels_is_a_clean_error(
    serve: Callable[..., TinyServer], status: str
) -> None:
    server = serve(answer(status, b"[" * 200_000 + b"]" * 200_000))
    with EHealthClient(server.url) as client, pytest.raises((BadResponse, ServerError)):
        client.dictionaries()


def test_a_deep_event_is_a_clean_error(serve: Callable[..., TinyServer]) -> None:
    def route(conn: socket.socket, method: str, path: str) -> None:
        if method == "PUT":
            send(conn, "202 Accepted", b'{"data":{"job_id":"j-1"}}')
            return
        sse_head(conn)
        conn.sendall(b"id: 1\ndata: " + b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"\n\n")

    server = serve(routed(route))
    with EHealthClient(server.url) as client, pytest.raises(BadResponse):
        list(submit_and_follow(client, SIGNED))


def test_the_body_cap_is_documented() -> None:
    assert MAX_BODY_BYTES == 4 * 1024 * 1024
    assert "4 MiB" in (ROOT / "ehealth_wizard/core/ehealth/client.py").read_text()


# --- 3. any 2xx is not success --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body", "said"),
    [
        ("text/html", b"<html>Welcome to nginx</html>", "text/html"),
        ("application/json", b'{"data":{"id":"x"}}', "data"),
        ("application/json", b'{"data":{"id":"x"},"urgent":{}}', "urgent"),
    ],
)
@pytest.mark.parametrize("live", [False, True])
def test_a_2xx_that_is_not_the_v2_success_shape_is_an_error_saying_what_came(
    serve: Callable[..., TinyServer], content_type: str, body: bytes, said: str, live: bool
) -> None:
    server = serve(answer("200 OK", body, content_type))
    with EHealthClient(server.url) as client, pytest.raises(BadResponse) as caught:
        list(submit_and_follow(client, SIGNED, live=live))
    assert said in str(caught.value)
    assert "HTTP 200" in str(caught.value)


def test_a_bare_id_in_the_last_event_is_not_success(serve: Callable[..., TinyServer]) -> None:
    def route(conn: socket.socket, method: str, path: str) -> None:
        if method == "PUT":
            send(conn, "202 Accepted", b'{"data":{"job_id":"j-1"}}')
            return
        sse_head(conn)
        final = {
            "stage": "result",
            "details": {"response": {"status_code": 200, "body": {"data": {"id": "x"}}}},
        }
        conn.sendall(f"id: 1\ndata: {json.dumps(final)}\n\n".encode())

    server = serve(routed(route))
    with EHealthClient(server.url) as client:
        events = list(submit_and_follow(client, SIGNED))
    assert events[-1].stage == "result" and events[-1].status == FAILED


# --- 4. plain HTTP, control characters, the trust store ------------------------------------------


def test_signed_data_is_not_sent_over_plain_http_to_another_host() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(422, json={"error": {"type": "validation_failed"}})

    transport = httpx.MockTransport(handler)
    with EHealthClient("http://192.0.2.10:8080", transport=transport) as client:
        with pytest.raises(InsecureServer) as caught:
            client.submit(SIGNED)
        assert caught.value.code == "insecure_http_submit"
    assert seen == []
    with (
        EHealthClient("http://192.0.2.10:8080", transport=transport, insecure_http=True) as client,
        pytest.raises(ApiError),
    ):
        client.submit(SIGNED)
    assert len(seen) == 1


def test_server_text_reaches_the_director_without_control_characters(
    serve: Callable[..., TinyServer],
) -> None:
    evil = "\x1b[2J\x1b]0;owned\x07Legal\u202e Entity\x9b not found"
    body = json.dumps({"error": {"type": "request_conflict", "message": evil}}).encode()
    server = serve(answer("409 Conflict", body))
    with EHealthClient(server.url) as client:
        events = list(submit_and_follow(client, SIGNED))
        with pytest.raises(ApiError) as caught:
            client.legal_entity("x")
    shown = [e.message for e in events] + [str(caught.value)]
    assert any("Legal Entity not found" in text for text in shown)
    for text in shown:
        assert not any(ch in text for ch in "\x1b\x07\u202e\x9b"), repr(text)


def test_ssl_cert_file_does_not_replace_the_trust_store(
    serve: Callable[..., TinyServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve(answer("200 OK", b'{"data":[]}'), wrap=_self_signed(tmp_path))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))
    with EHealthClient(server.url) as client, pytest.raises(TlsError):
        client.dictionaries()
    readme = (ROOT / "README.md").read_text()
    assert "SSL_CERT_FILE" in readme
