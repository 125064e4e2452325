"""HTTP face of the test QTSP: POST /tsp, POST /ocsp, GET /ca.cer (Starlette), and a helper that
serves it with uvicorn on 127.0.0.1 in a background thread (tests, local development).

The sandbox mounts the same routes (`qtsp_routes`) under its own server.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ehealth_wizard.sandbox.qtsp import TestQTSP

HOST = "127.0.0.1"
MAX_REQUEST = 64 * 1024


def qtsp_routes(get_qtsp: Callable[[], TestQTSP], prefix: str = "") -> list[BaseRoute]:
    """Routes answering for the QTSP that `get_qtsp()` returns at request time."""

    async def tsp_endpoint(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_REQUEST:
            return Response(status_code=413)
        if request.headers.get("content-type", "").split(";")[0] != "application/timestamp-query":
            return Response(status_code=415)
        return Response(get_qtsp().tsp_respond(body), media_type="application/timestamp-reply")

    async def ocsp_endpoint(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_REQUEST:
            return Response(status_code=413)
        return Response(get_qtsp().ocsp_respond(body), media_type="application/ocsp-response")

    async def ca_endpoint(request: Request) -> Response:
        return Response(get_qtsp().ca_cert.dump(), media_type="application/pkix-cert")

    return [
        Route(f"{prefix}/tsp", tsp_endpoint, methods=["POST"]),
        Route(f"{prefix}/ocsp", ocsp_endpoint, methods=["POST"]),
        Route(f"{prefix}/ca.cer", ca_endpoint, methods=["GET"]),
    ]


def create_app(qtsp: TestQTSP) -> Starlette:
    return Starlette(routes=qtsp_routes(lambda: qtsp))


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (never another interface)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(64)
    return sock


class RunningServer:
    """An ASGI app served on `url` until `stop()` (also a context manager)."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, url: str) -> None:
        self.url = url
        self._server = server
        self._thread = thread

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join(timeout=10)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve_in_thread(
    make_app: Callable[[str], Starlette], *, port: int = 0, log_level: str = "warning"
) -> RunningServer:
    """Bind 127.0.0.1:`port` first, build the app knowing its URL, serve it in a thread."""
    sock = bind(port)
    url = f"http://{HOST}:{sock.getsockname()[1]}"
    try:
        app = make_app(url)
    except BaseException:
        sock.close()
        raise
    config = uvicorn.Config(
        app, log_level=log_level, access_log=False, lifespan="off", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)

    def run() -> None:
        try:
            server.run(sockets=[sock])
        finally:
            sock.close()

    thread = threading.Thread(target=run, name="qtsp-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"server did not start on {url}")
        time.sleep(0.01)
    return RunningServer(server, thread, url)


def serve_qtsp(qtsp: TestQTSP, *, port: int = 0) -> RunningServer:
    """Serve `qtsp` and point its base_url (written into certificates issued later) at it."""

    def make(url: str) -> Starlette:
        qtsp.base_url = url
        return create_app(qtsp)

    return serve_in_thread(make, port=port)
