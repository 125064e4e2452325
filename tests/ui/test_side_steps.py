"""Issue 15 (item 9): the side panel's visited steps are links through the flow's go_to (the
unvisited ones are not); following a sent registration shows its kept stages at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from ehealth_wizard.core import flow
from ehealth_wizard.core.ehealth.stage_ids import SUBMIT_STAGES


def click_step(sc: Any, step: flow.Step) -> None:
    QTest.mouseClick(sc.window.side.steps[step], Qt.MouseButton.LeftButton)
    sc.pump()


def test_visited_steps_are_links_and_unvisited_ones_are_not(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.through_forms()
    side = sc.window.side
    assert sc.window.current_step is flow.Step.KEY
    for step in (flow.Step.FACILITY, flow.Step.LICENSE, flow.Step.DIRECTOR):
        assert side.steps[step].property("link") is True, step
        assert side.steps[step].cursor().shape() == Qt.CursorShape.PointingHandCursor
    for step in (flow.Step.KEY, flow.Step.REVIEW, flow.Step.SUBMIT, flow.Step.DONE):
        assert not side.steps[step].property("link"), step
    click_step(sc, flow.Step.REVIEW)  # not visited: nothing happens
    assert sc.window.current_step is flow.Step.KEY
    click_step(sc, flow.Step.LICENSE)
    assert sc.window.current_step is flow.Step.LICENSE
    assert sc.session.flow.current is flow.Step.LICENSE, "through the core flow"
    # Ahead: the visited director page is a link again (the licence page is complete) and the
    # key page, visited, too; the review page never was.
    assert side.steps[flow.Step.DIRECTOR].property("link") is True
    assert side.steps[flow.Step.KEY].property("link") is True
    assert not side.steps[flow.Step.REVIEW].property("link")
    click_step(sc, flow.Step.DIRECTOR)
    assert sc.window.current_step is flow.Step.DIRECTOR
    assert sc.session.flow.history[-2:] == (flow.Step.LICENSE, flow.Step.DIRECTOR)
    # An incomplete page: nothing ahead opens (Next would not either).
    name = sc.page("director").fields["$.owner.last_name"].editor
    name.clear()
    sc.session.set("$.owner.last_name", "")
    sc.pump()
    assert not side.steps[flow.Step.KEY].property("link")
    click_step(sc, flow.Step.KEY)
    assert sc.window.current_step is flow.Step.DIRECTOR


def test_following_a_sent_registration_shows_its_stages_at_once(
    scenario_factory: Any, tmp_path: Path
) -> None:
    data = tmp_path / "shared"
    first = scenario_factory("uk", data)
    first.to_review()
    first.send()
    times = {s: r.time.text() for s, r in first.page("submit").stages.rows.items()}
    first.window.next()
    first.close()

    second = scenario_factory("uk", data)
    welcome = second.page("welcome")
    radio = welcome.follow_button
    on_text = QPoint(12, radio.height() // 2)  # the circle and the words take the click
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_text)
    assert welcome.follow_button.isChecked()
    next_button = second.window.button(QWizard.WizardButton.NextButton)
    QTest.mouseClick(next_button, Qt.MouseButton.LeftButton)
    # No waiting for any answer: the page shows what was kept when eHealth accepted it.
    assert second.window.current_step is flow.Step.SUBMIT
    submit = second.page("submit")
    assert submit.worker is None
    assert submit.stages is not None and submit.stages.isVisibleTo(submit)
    for stage in SUBMIT_STAGES:
        row = submit.stages.row(stage)
        assert row is not None and row.state == "passed", stage
        assert row.time.text() == times[stage] != ""
