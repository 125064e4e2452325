"""A TCP proxy on 127.0.0.1 that misbehaves on purpose in front of a real sandbox.

It forwards bytes both ways, one upstream connection per client connection, and can
* cut the event stream (`GET /api/jobs/.../events`) after N response bytes, the first K times;
* swallow the answer to the first K `PUT`s (the server did the work; the client times out);
* kill the connection once the first `PUT` has been received and answered by the server, and
  every connection after it, until `heal()` (the network went down right after sending).
Every request head it sees is kept, so tests can count PUTs and read `Last-Event-ID`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field

from tests.fixtures.tcp import TcpServer


@dataclass
class Rules:
    cut_events_after: int | None = None  # response bytes forwarded before the cut
    cut_events_times: int = 1
    swallow_puts: int = 0  # how many PUT answers never reach the client
    kill_after_put: bool = False  # the first PUT is served, then the line is dead until heal()


@dataclass
class Seen:
    heads: list[str] = field(default_factory=list)

    def requests(self, method: str, path_part: str = "") -> list[str]:
        return [h for h in self.heads if h.startswith(method + " ") and path_part in h]


class CuttingProxy:
    def __init__(self, upstream_port: int, rules: Rules) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rules = rules
        self.seen = Seen()
        self.cuts = 0
        self.swallowed = 0
        self.dead = False
        self.killed: list[str] = []  # request heads that met a dead line
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._server = TcpServer(self._handle, backlog=16)
        self.port = self._server.port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def heal(self) -> None:
        """The network is back: connections pass again."""
        with self._lock:
            self.dead = False

    def close(self) -> None:
        self._release.set()
        self._server.close()

    def _handle(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self.upstream)
        try:
            head = self._read_head(client)
            if not head:
                return
            text = head.decode("latin-1")
            with self._lock:
                if self.dead:
                    self.killed.append(text)
                    return  # nothing reaches the server, the client sees the line drop
                self.seen.heads.append(text)  # what reached the server
                limit = None
                swallow = kill = False
                if self.rules.kill_after_put and text.startswith("PUT "):
                    self.rules.kill_after_put = False
                    self.dead = kill = True
                if text.startswith("GET /api/jobs/") and "/events" in text.split("\r\n")[0]:
                    if self.rules.cut_events_after is not None and (
                        self.cuts < self.rules.cut_events_times
                    ):
                        self.cuts += 1
                        limit = self.rules.cut_events_after
                elif text.startswith("PUT ") and self.swallowed < self.rules.swallow_puts:
                    self.swallowed += 1
                    swallow = True
            upstream.sendall(_one_request_per_connection(head, self.upstream[1]))
            pump = threading.Thread(target=self._pipe, args=(client, upstream), daemon=True)
            pump.start()
            self._pipe_back(upstream, client, limit, swallow or kill, wait=not kill)
        finally:
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    @staticmethod
    def _read_head(client: socket.socket) -> bytes:
        client.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = client.recv(65536)
            if not chunk:
                return data
            data += chunk
        return data

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        except OSError:
            pass

    def _pipe_back(
        self,
        upstream: socket.socket,
        client: socket.socket,
        limit: int | None,
        swallow: bool,
        *,
        wait: bool = True,
    ) -> None:
        sent = 0
        upstream.settimeout(30)
        try:
            while chunk := upstream.recv(65536):
                if swallow:
                    continue  # the server answered; the client never hears it
                if limit is not None and sent + len(chunk) >= limit:
                    client.sendall(chunk[: limit - sent])
                    return  # cut: both sockets close in _handle
                client.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass
        if swallow and wait:
            self._release.wait(10)  # keep the client waiting until it gives up


def _one_request_per_connection(data: bytes, port: int) -> bytes:
    """Make the server close after this answer, so every request gets its own connection and
    is seen (and classified) by the proxy, whatever the client's keep-alive pool does; and name
    the server in `Host` as a reverse proxy does (the sandbox answers only its own address)."""
    head, sep, rest = data.partition(b"\r\n\r\n")
    lines = [
        line
        for line in head.split(b"\r\n")
        if not line.lower().startswith((b"connection:", b"host:"))
    ]
    lines += [b"Host: 127.0.0.1:%d" % port, b"Connection: close"]
    return b"\r\n".join(lines) + sep + rest
