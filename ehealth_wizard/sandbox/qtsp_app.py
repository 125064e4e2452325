"""HTTP face of the test QTSP: POST /tsp, POST /ocsp, GET /ca.cer, GET /ca.crl (Starlette), and a
helper that serves it with uvicorn on 127.0.0.1 in a background thread (tests, local development;
the thread itself is `sandbox/serving.py`, shared with the sandbox's runner).

The sandbox mounts the same routes (`qtsp_routes`) under its own server.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.serving import HOST as HOST
from ehealth_wizard.sandbox.serving import RunningServer as RunningServer
from ehealth_wizard.sandbox.serving import bind as bind
from ehealth_wizard.sandbox.serving import serve_on_socket, url_of

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

    async def crl_endpoint(request: Request) -> Response:
        return Response(get_qtsp().crl(), media_type="application/pkix-crl")

    return [
        Route(f"{prefix}/tsp", tsp_endpoint, methods=["POST"]),
        Route(f"{prefix}/ca.crl", crl_endpoint, methods=["GET"]),
        Route(f"{prefix}/ocsp", ocsp_endpoint, methods=["POST"]),
        Route(f"{prefix}/ca.cer", ca_endpoint, methods=["GET"]),
    ]


def create_app(qtsp: TestQTSP) -> Starlette:
    return Starlette(routes=qtsp_routes(lambda: qtsp))


def serve_in_thread(
    make_app: Callable[[str], Starlette], *, port: int = 0, log_level: str = "warning"
) -> RunningServer:
    """Bind 127.0.0.1:`port` first, build the app knowing its URL, serve it in a thread."""
    sock = bind(port, backlog=64)
    try:
        app = make_app(url_of(sock))
    except BaseException:
        sock.close()
        raise
    return serve_on_socket(app, sock, name="qtsp-server", log_level=log_level)


def serve_qtsp(qtsp: TestQTSP, *, port: int = 0) -> RunningServer:
    """Serve `qtsp` and point its base_url (written into certificates issued later) at it."""

    def make(url: str) -> Starlette:
        qtsp.base_url = url
        return create_app(qtsp)

    return serve_in_thread(make, port=port)
