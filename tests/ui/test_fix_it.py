"""Item 4 of issue 15: "Fix it" on a failed stage lands on the field the stage names, through
the flow's go_to: the page of that field, scrolled to it, the cursor in it, eHealth's words under
it. Driven by mouse clicks on the real buttons, against the sandbox really refusing."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from ehealth_wizard.core import flow
from tests.ui.conftest import type_text, wait_until


@contextmanager
def register_kveds(sc: Any, codes: list[str]) -> Iterator[None]:
    """While inside, the sandbox's ЄДР lists only `codes` for the facility (its `kved` stage
    then refuses a primary-care facility on `$.kveds`)."""
    records = sc.running.sandbox.edr.active(str(sc.session.get("$.edrpou")))
    saved = [copy.deepcopy(record.get("activity_kinds")) for record in records]
    for record in records:
        record["activity_kinds"] = [
            {"code": code, "name": "Інша діяльність", "is_primary": i == 0}
            for i, code in enumerate(codes)
        ]
    try:
        yield
    finally:
        for record, kinds in zip(records, saved, strict=True):
            record["activity_kinds"] = kinds


def scroll_to_bottom(page: Any) -> None:
    """As if the director had scrolled down this page before (QWizard keeps its scroll)."""
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.maximum() > 0, "the page is taller than the window: scrolling matters"


def click_fix(sc: Any, stage: str) -> None:
    row = sc.page("submit").stages.row(stage)
    assert row is not None and row.state == "failed", stage
    buttons = [b for b in row.detail.findChildren(QPushButton) if b.objectName() == "fixButton"]
    assert len(buttons) == 1
    QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def assert_landed(sc: Any, step: str, path: str, words: str) -> Any:
    assert wait_until(lambda: sc.window.current_step is flow.Step(step), 5)
    assert sc.session.flow.current is flow.Step(step), "the core flow went there (go_to)"
    page = sc.page(step)
    field = page.fields[path]
    editor = getattr(field.editor, "focus_widget", lambda: field.editor)()
    assert wait_until(lambda: QApplication.focusWidget() is editor, 3), (
        QApplication.focusWidget().accessibleName() if QApplication.focusWidget() else None
    )
    sc.pump()
    viewport = page.scroll_area.viewport()
    top = field.box.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + field.box.height() <= viewport.height(), (
        top,
        field.box.height(),
        viewport.height(),
    )
    assert field.error.isVisibleTo(page), "the field is marked"
    assert words in field.error.text() and field.error.text().startswith("eHealth")
    assert editor.property("invalid") is True
    return page


def test_fix_it_on_a_kved_refusal_lands_on_the_kved_field(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    sc.window.resize(1024, 700)
    sc.to_review()
    scroll_to_bottom(sc.page("facility"))
    with register_kveds(sc, ["62.01"]):
        sc.send()
    click_fix(sc, "kved")
    page = assert_landed(sc, "facility", "$.kveds", "86.21")
    # Typing in the field takes eHealth's mark away (the new value was never refused).
    field = page.fields["$.kveds"]
    editor = field.editor.focus_widget()
    editor.end(False)
    type_text(editor, " 86.10")
    sc.pump()
    assert "eHealth" not in field.error.text()


def test_fix_it_on_a_head_unknown_to_edr_lands_on_the_patronymic(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    sc.window.resize(1024, 700)
    sc.to_review()
    scroll_to_bottom(sc.page("director"))
    with sc.register_names_another_head():
        sc.send()
    click_fix(sc, "edr")
    assert_landed(sc, "director", "$.owner.second_name", "Олександрівна")
    # Next runs on through the complete pages back to Review (the flow remembered it).
    assert sc.session.flow.return_to is flow.Step.REVIEW


def test_a_problem_about_a_whole_group_lands_on_its_first_field(scenario_factory: Any) -> None:
    """eHealth may name a group (`$.owner.documents`): the cursor goes to its first field."""
    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.through_forms()
    director = sc.page("director")
    sc.window.go_to_field("$.owner.documents")
    first = director.fields["$.owner.documents[0].type"].editor
    assert wait_until(lambda: QApplication.focusWidget() is first, 3)
