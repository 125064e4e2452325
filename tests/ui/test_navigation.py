"""The window goes where the session's flow says (core.flow), one Next or Back at a time, and
shows the flow's back-stack as its own history; a flow that refuses is never overruled."""

from __future__ import annotations

from typing import Any

import pytest

from ehealth_wizard.core import flow


def _shown(sc: Any) -> list[flow.Step]:
    return [sc.window.step_of(i) for i in sc.window.visitedIds()]


def _at_review(sc: Any) -> None:
    sc.fill_demo()
    sc.through_forms()
    sc.open_chosen_key()
    sc.window.next()
    assert sc.window.current_step is flow.Step.REVIEW


def test_fix_on_review_then_next_returns_to_review_at_once(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    _at_review(sc)
    sc.window.go_to_field("$.license.license_number")
    assert sc.window.current_step is flow.Step.LICENSE
    assert sc.session.flow.current is flow.Step.LICENSE
    assert _shown(sc) == list(sc.session.flow.history)
    sc.window.next()  # no event loop turn: the flow runs on through complete pages
    assert sc.window.current_step is flow.Step.REVIEW
    assert _shown(sc) == list(sc.session.flow.history)
    sc.window.back()
    assert sc.window.current_step is sc.session.flow.current is flow.Step.KEY


def test_a_flow_that_refuses_next_is_not_overruled(scenario_factory: Any, monkeypatch: Any) -> None:
    sc = scenario_factory("uk")
    sc.window.next()
    assert sc.window.current_step is flow.Step.FACILITY
    page = sc.page("facility")
    monkeypatch.setattr(page, "isComplete", lambda: True)  # the page disagrees with the rules
    with pytest.raises(flow.StepBlocked):
        sc.window.next()
    assert sc.window.current_step is sc.session.flow.current is flow.Step.FACILITY


def test_continuing_a_draft_opens_where_the_flow_resumes(
    scenario_factory: Any, tmp_path: Any
) -> None:
    data = tmp_path / "shared"
    first = scenario_factory("uk", data)
    _at_review(first)
    first.close()
    second = scenario_factory("uk", data)
    assert second.page("welcome").continue_button.isChecked()
    second.window.next()  # synchronously: the key must be opened again, so the key page
    assert second.window.current_step is flow.Step.KEY
    assert _shown(second) == list(second.session.flow.history)
