"""One HTTP exchange with a peer we do not control, bounded in size and time.

The trust-list download, the time-stamp and OCSP requests and the MIS hand-off read their
answers through `fetch`: the body is read in chunks and refused past `max_bytes`, and the
whole exchange (not only each read) ends after `4 × timeout`, so a server that drips bytes
cannot hold the program.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import NamedTuple

import httpx

from ehealth_wizard.core.bounded import ReplyTooLarge, ReplyTooSlow, read_limited

# How many read timeouts the whole exchange may last, unless the caller gives its own total.
TOTAL_TIMEOUTS = 4


class ResponseTooLarge(ReplyTooLarge):
    """The answer is longer than the caller's `max_bytes`."""


class AnswerTooSlow(httpx.ReadTimeout):
    """The whole exchange outlasted its total time (each read alone was quick)."""


class Reply(NamedTuple):
    status_code: int
    headers: httpx.Headers
    body: bytes


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
    total_timeout: float | None = None,
) -> Reply:
    """Status, headers and body of one request; a client of its own unless `http` is given.

    Raises `ResponseTooLarge`, or an `httpx.HTTPError` (`AnswerTooSlow` when the whole
    exchange outlasted `total_timeout`, by default `TOTAL_TIMEOUTS × timeout`); the caller
    words them.
    """
    total = total_timeout if total_timeout is not None else TOTAL_TIMEOUTS * timeout
    deadline = time.monotonic() + total
    own = http is None
    client = (
        http
        if http is not None
        else httpx.Client(timeout=timeout, follow_redirects=follow_redirects)
    )
    try:
        with client.stream(method, url, content=content, headers=headers, timeout=timeout) as reply:
            try:
                body = read_limited(reply.iter_bytes(), max_bytes, deadline=deadline)
                return Reply(reply.status_code, reply.headers, body)
            except ReplyTooSlow:
                raise AnswerTooSlow("the answer took too long", request=reply.request) from None
            except ReplyTooLarge:
                raise ResponseTooLarge(max_bytes) from None
    finally:
        if own:
            client.close()
