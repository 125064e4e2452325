"""Never submit twice: a cut event stream and a lost PUT answer, between the client and a real
sandbox (a TCP proxy on 127.0.0.1 does the damage; the sandbox itself is untouched)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from ehealth_wizard.core.ehealth.client import EHealthClient
from ehealth_wizard.core.ehealth.errors import StreamLost
from ehealth_wizard.core.ehealth.stages import (
    PASSED,
    RESULT_STAGE,
    RUNNING,
    SUBMIT_STAGES,
    submit_and_follow,
)
from ehealth_wizard.sandbox.runner import RunningSandbox
from tests.integration.conftest import GOOD_EDRPOU, SignDemo
from tests.integration.proxy import CuttingProxy, Rules


@pytest.fixture
def proxy_factory(sandbox: RunningSandbox) -> Iterator[type[CuttingProxy]]:
    proxies: list[CuttingProxy] = []

    class Factory(CuttingProxy):
        def __init__(self, rules: Rules) -> None:
            super().__init__(sandbox.port, rules)
            proxies.append(self)

    yield Factory
    for proxy in proxies:
        proxy.close()


def _one_registration(sandbox: RunningSandbox) -> None:
    store = sandbox.sandbox.store
    assert len(store.list_entities(GOOD_EDRPOU)) == 1
    assert len(store.list_mail()) == 1  # one invitation: the server registered once


def test_a_stream_cut_mid_submission_resumes_on_the_same_job(
    sandbox: RunningSandbox, sign_demo: SignDemo, proxy_factory: type[CuttingProxy]
) -> None:
    signed = sign_demo()
    sandbox.sandbox.settings.stage_delay = 0.02  # the job is still running when the cut comes
    # ~700 bytes: the response head and the first few events, then the middle of one event
    proxy = proxy_factory(Rules(cut_events_after=700, cut_events_times=2))
    with EHealthClient(proxy.url) as client:
        events = list(submit_and_follow(client, signed.der, retry_pause=0.05))
    expected = [(s, status) for s in SUBMIT_STAGES for status in (RUNNING, PASSED)]
    assert [(e.stage, e.status) for e in events[:-1]] == expected  # no gap, no repeat
    assert (events[-1].stage, events[-1].status) == (RESULT_STAGE, PASSED)
    assert proxy.cuts == 2
    assert len(proxy.seen.requests("PUT")) == 1
    streams = proxy.seen.requests("GET", "/events")
    assert len(streams) == 3
    assert "last-event-id" not in streams[0].lower()
    resumed_from = [
        int(line.split(":", 1)[1])
        for head in streams[1:]
        for line in head.split("\r\n")
        if line.lower().startswith("last-event-id:")
    ]
    assert len(resumed_from) == 2 and 0 < resumed_from[0] <= resumed_from[1]
    _one_registration(sandbox)


def test_a_stream_that_keeps_breaking_gives_up_with_stream_lost(
    sandbox: RunningSandbox, sign_demo: SignDemo, proxy_factory: type[CuttingProxy]
) -> None:
    signed = sign_demo()
    proxy = proxy_factory(Rules(cut_events_after=300, cut_events_times=100))
    with EHealthClient(proxy.url) as client, pytest.raises(StreamLost) as caught:
        list(submit_and_follow(client, signed.der, reconnects=2, retry_pause=0.01))
    assert caught.value.code == "stream_lost"
    assert len(proxy.seen.requests("PUT")) == 1  # following failed; submitting did not repeat
    sandbox.sandbox.jobs.join_all(timeout=10)
    _one_registration(sandbox)  # the server finished the registration regardless


@pytest.mark.parametrize("live", [True, False], ids=["live", "synchronous"])
def test_a_timeout_on_the_put_asks_the_server_before_retrying(
    live: bool, sandbox: RunningSandbox, sign_demo: SignDemo, proxy_factory: type[CuttingProxy]
) -> None:
    signed = sign_demo()
    proxy = proxy_factory(Rules(swallow_puts=1))
    # The swallowed PUT times out after `read`; long enough that a busy machine (xdist, 2 cores)
    # does not time out the requests that are answered.
    timeout = httpx.Timeout(5.0, read=1.0)
    with EHealthClient(proxy.url, timeout=timeout) as client:
        events = list(submit_and_follow(client, signed.der, live=live, retry_pause=0.05))
    assert (events[-1].stage, events[-1].status) == (RESULT_STAGE, PASSED)
    assert [e.stage for e in events if e.status == PASSED][:-1] == list(SUBMIT_STAGES)
    # the PUT reached the server once; the client then asked by its key and found the job
    assert len(proxy.seen.requests("PUT")) == 1
    assert len(proxy.seen.requests("GET", "/api/jobs?idempotency_key=")) == 1
    _one_registration(sandbox)


def test_a_put_that_never_arrived_is_sent_again(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    """The connection broke before the request went out: the key is unknown, so one retry."""
    signed = sign_demo()
    real = httpx.HTTPTransport()
    puts: list[str] = []

    class FlakyOnce(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "PUT":
                puts.append(request.headers["Idempotency-Key"])
                if len(puts) == 1:
                    raise httpx.WriteError("broken pipe", request=request)
            return real.handle_request(request)

    with EHealthClient(sandbox.url, transport=FlakyOnce()) as client:
        events = list(submit_and_follow(client, signed.der, retry_pause=0.01))
    assert events[-1].status == PASSED
    assert len(puts) == 2 and puts[0] == puts[1]  # the retry repeats the key
    _one_registration(sandbox)


class CleanCut(httpx.BaseTransport):
    """Real HTTP to the sandbox, but event streams end cleanly (no error) after `keep` events,
    the first `times` times; `keep=0` for ever: a stream that never says anything."""

    def __init__(self, keep: int, times: int) -> None:
        self.real = httpx.HTTPTransport()
        self.keep = keep
        self.times = times
        self.streams: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.real.handle_request(request)
        if not request.url.path.endswith("/events"):
            return response
        self.streams.append(request.headers.get("Last-Event-ID"))
        if len(self.streams) > self.times:
            return response
        response.read()
        blocks = response.content.split(b"\n\n")
        kept = [b for b in blocks if b.startswith(b"id:")][: self.keep]
        body = b"".join(b + b"\n\n" for b in kept)
        return httpx.Response(200, headers={"Content-Type": "text/event-stream"}, content=body)


def test_a_stream_closed_early_but_cleanly_is_resumed_after_its_last_event(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    transport = CleanCut(keep=3, times=2)
    with EHealthClient(sandbox.url, transport=transport) as client:
        events = list(submit_and_follow(client, signed.der, retry_pause=0.01))
    expected = [(s, status) for s in SUBMIT_STAGES for status in (RUNNING, PASSED)]
    assert [(e.stage, e.status) for e in events[:-1]] == expected
    assert events[-1].status == PASSED
    assert transport.streams == [None, "3", "6"]
    _one_registration(sandbox)


def test_a_stream_that_never_says_anything_falls_back_to_the_job_status(
    sandbox: RunningSandbox, sign_demo: SignDemo
) -> None:
    signed = sign_demo()
    transport = CleanCut(keep=0, times=100)
    with EHealthClient(sandbox.url, transport=transport) as client:
        events = list(submit_and_follow(client, signed.der, retry_pause=0.05))
    # the stages were never heard, but the outcome is read back from the job
    assert [(e.stage, e.status) for e in events] == [(RESULT_STAGE, PASSED)]
    assert events[-1].result is not None and events[-1].result.client_secret
    _one_registration(sandbox)
