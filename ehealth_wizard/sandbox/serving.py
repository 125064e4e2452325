"""Serve an ASGI app with uvicorn on 127.0.0.1 in a background thread (sandbox, test QTSP).

The socket is bound before the app is built, so an app can know its own URL (mailbox links, the
QTSP addresses written into certificates) even on a free port (`port=0`).
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp

HOST = "127.0.0.1"
START_TIMEOUT = 10.0


class ServerStartFailed(RuntimeError):
    """uvicorn did not come up on the bound socket (the argument is the URL)."""


def bind(port: int = 0, *, backlog: int = 128, inheritable: bool = False) -> socket.socket:
    """A listening socket on 127.0.0.1 (never another interface)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
        sock.listen(backlog)
        sock.set_inheritable(inheritable)
    except BaseException:
        sock.close()
        raise
    return sock


def url_of(sock: socket.socket) -> str:
    return f"http://{HOST}:{sock.getsockname()[1]}"


class RunningServer:
    """An ASGI app served on `url` until `stop()` (also a context manager)."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, url: str) -> None:
        self.url = url
        self._server = server
        self._thread = thread

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

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


def serve_on_socket(
    app: ASGIApp, sock: socket.socket, *, name: str, log_level: str = "warning"
) -> RunningServer:
    """Serve `app` on the bound `sock` in a daemon thread; return once it accepts connections.

    The server thread closes the socket when it ends (also when it fails to start:
    `ServerStartFailed`).
    """
    url = url_of(sock)
    config = uvicorn.Config(
        app, log_level=log_level, access_log=False, lifespan="off", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)

    def run() -> None:
        try:
            server.run(sockets=[sock])
        finally:
            sock.close()

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise ServerStartFailed(url)
        time.sleep(0.01)
    return RunningServer(server, thread, url)
