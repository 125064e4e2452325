"""One HTTP exchange with a peer we do not control, bounded in size and time.

The trust-list download and the time-stamp request read their answers through `fetch`: the
body is read in chunks and refused past `max_bytes`, and the whole exchange (not only each
read) ends after `4 × timeout`, so a server that drips bytes cannot hold the program.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

import httpx

# How many read timeouts the whole exchange may last.
TOTAL_TIMEOUTS = 4


class ResponseTooLarge(Exception):
    """The answer is longer than the caller's `max_bytes`."""


def fetch(
    url: str,
    *,
    method: str = "GET",
    content: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    http: httpx.Client | None = None,
    timeout: float,
    max_bytes: int,
    follow_redirects: bool = False,
) -> tuple[int, bytes]:
    """(status, body) of one request; a client of its own unless `http` is given.

    Raises `ResponseTooLarge`, or an `httpx.HTTPError` (a `ReadTimeout` when the whole
    exchange took too long); the caller words them.
    """
    deadline = time.monotonic() + TOTAL_TIMEOUTS * timeout
    own = http is None
    client = (
        http
        if http is not None
        else httpx.Client(timeout=timeout, follow_redirects=follow_redirects)
    )
    try:
        with client.stream(method, url, content=content, headers=headers) as reply:
            chunks: list[bytes] = []
            total = 0
            for chunk in reply.iter_bytes():
                total += len(chunk)
                if total > max_bytes:
                    raise ResponseTooLarge(max_bytes)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("the answer took too long", request=reply.request)
                chunks.append(chunk)
            return reply.status_code, b"".join(chunks)
    finally:
        if own:
            client.close()
