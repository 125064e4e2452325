"""The window never registers twice: the line dies right after eHealth received the PUT; the
director presses Try again, or closes the program and sends again after a restart.

A TCP proxy (tests/integration/proxy.py) between the window and the module's real sandbox
serves the first PUT, throws its answer away and drops every connection until it is healed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ehealth_wizard.core import flow
from tests.integration.proxy import CuttingProxy, Rules
from tests.ui.conftest import resume_at_key_page, wait_until

EDRPOU = "22743189"  # the demo facility (ui/demo.py)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Any]:
    """A sandbox of each test's own: it counts this test's entities and invitations only."""
    from ehealth_wizard.sandbox.runner import start_sandbox

    running = start_sandbox(tmp_path / "sandbox", stage_delay=0)
    yield running
    running.stop()


def _counts(sandbox: Any) -> tuple[int, int]:
    store = sandbox.sandbox.store
    return len(store.list_entities(EDRPOU)), len(store.list_mail())


def _send_through(sc: Any, proxy: CuttingProxy) -> Any:
    """Key opened, review consented: send through the proxy; returns the submit page."""
    sc.session.environment = replace(sc.session.environment, url=proxy.url)
    review = sc.page("review")
    review.consent.setChecked(True)
    sc.send()
    return sc.page("submit")


def _to_review(sc: Any) -> None:
    sc.fill_demo()
    sc.through_forms()
    sc.open_chosen_key()
    sc.window.next()
    sc.pump()
    assert sc.window.current_step is flow.Step.REVIEW


def _lost(submit: Any, proxy: CuttingProxy) -> None:
    assert proxy.killed, "the line died after the PUT"
    assert submit.retry.isVisible() and not submit.isComplete(), submit.summary.text()


def test_try_again_after_a_lost_answer_registers_once(
    scenario_factory: Callable[..., Any], sandbox: Any
) -> None:
    proxy = CuttingProxy(sandbox.port, Rules(kill_after_put=True))
    try:
        sc = scenario_factory("uk")
        _to_review(sc)
        submit = _send_through(sc, proxy)
        _lost(submit, proxy)
        proxy.heal()
        submit.retry.click()
        assert wait_until(lambda: submit.worker is None and submit.isComplete(), 60), (
            submit.summary.text()
        )
        assert _counts(sandbox) == (1, 1)  # one entity, one invitation
    finally:
        proxy.close()


def test_a_restart_after_a_lost_answer_registers_once(
    scenario_factory: Callable[..., Any], sandbox: Any, tmp_path: Path
) -> None:
    data = tmp_path / "shared"
    proxy = CuttingProxy(sandbox.port, Rules(kill_after_put=True))
    try:
        first = scenario_factory("uk", data)
        _to_review(first)
        _lost(_send_through(first, proxy), proxy)
        first.close()  # the director gives up for today
        proxy.heal()

        second = scenario_factory("uk", data)
        # the key is opened again (it is never kept); the draft resumes at the key page
        key = resume_at_key_page(second)
        key.password.setText(
            Path(key.path_edit.text()).with_name("password.txt").read_text().strip()
        )
        second.open_chosen_key()
        assert key.isComplete(), key.error.text()
        second.window.next()
        second.pump()
        assert second.window.current_step is flow.Step.REVIEW
        submit = _send_through(second, proxy)
        assert wait_until(lambda: submit.isComplete(), 60), submit.summary.text()
        assert _counts(sandbox) == (1, 1)  # one entity, one invitation
    finally:
        proxy.close()
