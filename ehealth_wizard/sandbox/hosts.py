"""Only requests addressed to this computer by name reach the sandbox (DNS rebinding guard).

A web page the director opens could point a name it controls at 127.0.0.1 and then read the
sandbox's mailbox and demo keys from its own origin; its requests still carry its own name in the
`Host` header. So the sandbox answers only `127.0.0.1:<its port>`, `localhost:<its port>` (and
`[::1]:<its port>`); anything else gets 421 and nothing more.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]")


class LocalHostOnly:
    """ASGI middleware: refuse HTTP requests whose Host is not this computer at this port."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _allowed(scope):
            await self.app(scope, receive, send)
            return
        body = json.dumps(
            {"error": {"type": "misdirected_request", "message": "Unknown Host header"}}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 421,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _allowed(scope: Scope) -> bool:
    server: Any = scope.get("server")
    hosts = [v for k, v in scope.get("headers", []) if k == b"host"]
    if len(hosts) != 1:
        return False
    host = hosts[0].decode("latin-1").strip().lower()
    if not server or server[1] is None:  # not a socket (an in-process test transport)
        return host.rsplit(":", 1)[0] in LOCAL_NAMES
    port = int(server[1])
    return host in {f"{name}:{port}" for name in LOCAL_NAMES}
