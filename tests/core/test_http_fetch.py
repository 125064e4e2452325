"""Answers from servers we do not control are bounded in size and in total time, not only per
read: a real server on 127.0.0.1 drips its answer or sends too much."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from ehealth_wizard.core.http_fetch import ResponseTooLarge, fetch
from ehealth_wizard.core.signing import trustlist
from ehealth_wizard.core.signing.errors import TspError
from ehealth_wizard.core.signing.tsp import request_timestamp

DRIP_SECONDS = 8.0


class _Peer(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.path == "/big":
            body = b"x" * 200_000
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        # /drip: one byte every 0.1 s for DRIP_SECONDS; each read is quick, the whole is not
        count = int(DRIP_SECONDS / 0.1)
        self.send_response(200)
        self.send_header("Content-Length", str(count))
        self.end_headers()
        try:
            for _ in range(count):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass  # the client gave up, as it should

    do_GET = _answer
    do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def peer() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Peer)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_long_answer_is_refused_and_a_short_one_read(peer: str) -> None:
    with pytest.raises(ResponseTooLarge):
        fetch(f"{peer}/big", timeout=2.0, max_bytes=100_000)
    reply = fetch(f"{peer}/big", timeout=2.0, max_bytes=200_000)
    assert (reply.status_code, len(reply.body)) == (200, 200_000)
    assert reply.headers["content-length"] == "200000"


def test_a_dripping_answer_ends_after_the_total_bound(peer: str) -> None:
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        fetch(f"{peer}/drip", timeout=0.5, max_bytes=1000)
    assert time.monotonic() - started < DRIP_SECONDS / 2


def test_a_dripping_time_stamp_authority_is_unreachable_not_waited_for(peer: str) -> None:
    started = time.monotonic()
    with pytest.raises(TspError) as caught:
        request_timestamp(f"{peer}/drip", "sha256", bytes(32), timeout=0.5)
    assert caught.value.code == "tsp_unreachable"
    assert time.monotonic() - started < DRIP_SECONDS / 2


def test_a_dripping_trust_list_server_is_unreachable_not_waited_for(
    peer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trustlist, "TIMEOUT", 0.5)
    started = time.monotonic()
    with pytest.raises(trustlist.TrustListError) as caught:
        trustlist.update(f"{peer}/drip", tmp_path)
    assert caught.value.code == "trust_list_unreachable"
    assert time.monotonic() - started < DRIP_SECONDS / 2
    monkeypatch.setattr(trustlist, "MAX_SIZE", 1000)
    with pytest.raises(trustlist.TrustListError) as too_large:
        trustlist.update(f"{peer}/big", tmp_path)
    assert too_large.value.params["reason"] == "too_large"
    assert not trustlist.user_path(tmp_path).exists()
