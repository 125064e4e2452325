"""The wizard with the mouse, as a director uses it: drop-down lists, suggestions, the wheel.

Every test here sends real input events to the real widgets (QTest mouse clicks on the combo
and on its popup's list, typed keys, QWheelEvents through QApplication.sendEvent); none sets the
widget state directly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from ehealth_wizard.core import flow
from ehealth_wizard.ui.widgets.kved import KvedPicker
from tests.ui.conftest import type_text, wait_until


def on_facility(sc: Any) -> Any:
    w = sc.window
    w.activateWindow()
    QTest.qWait(10)
    w.next()
    assert wait_until(lambda: w.current_step is flow.Step.FACILITY, 5)
    QTest.qWait(20)  # the page puts the cursor in its first field after it is shown
    return sc.page("facility")


def click_row(view: QAbstractItemView, text: str) -> None:
    """Click the row whose text starts with `text` in an open popup list."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if str(index.data()).startswith(text):
            view.scrollTo(index)
            rect = view.visualRect(index)
            QTest.mouseClick(
                view.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                rect.center(),
            )
            return
    raise AssertionError(f"no row {text!r} in the list")


def open_with_mouse(page: Any, path: str) -> tuple[Any, QComboBox]:
    field = page.fields[path]
    box = field.editor
    assert isinstance(box, QComboBox)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert wait_until(lambda: box.view().isVisible(), 2), "the list opens"
    return field, box


def test_a_drop_down_opens_with_the_mouse_and_takes_the_clicked_choice(
    scenario_factory: Any,
) -> None:
    sc = scenario_factory("uk")
    page = on_facility(sc)
    field, box = open_with_mouse(page, "$.type")
    QTest.qWait(QApplication.doubleClickInterval() + 50)  # the list ignores a too-quick release
    assert box.view().isVisible(), "the list stays open under the mouse"
    assert not field.error.isVisibleTo(page), "no 'required' before anything could be chosen"
    click_row(box.view(), "Амбулаторна")
    assert wait_until(lambda: not box.view().isVisible(), 2)
    assert sc.session.get("$.type") == "OUTPATIENT"
    assert not field.error.isVisibleTo(page)


def test_required_shows_only_after_leaving_without_choosing(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    page = on_facility(sc)
    field, box = open_with_mouse(page, "$.legal_form")
    QTest.keyClick(box.view(), Qt.Key.Key_Escape)  # closed without a choice
    assert wait_until(lambda: not box.view().isVisible(), 2)
    assert not field.error.isVisibleTo(page), "still in the field: nothing to complain about"
    name = page.fields["$.name"].editor
    QTest.mouseClick(name, Qt.MouseButton.LeftButton)  # leaves the field
    assert wait_until(lambda: field.error.isVisibleTo(page), 2)
    assert field.error.text() == "Це поле обов'язкове."


def test_kved_suggestions_appear_and_a_click_picks_one(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    page = on_facility(sc)
    picker = page.fields["$.kveds"].editor
    assert isinstance(picker, KvedPicker)
    QTest.mouseClick(picker.edit, Qt.MouseButton.LeftButton)
    assert wait_until(lambda: QApplication.focusWidget() is picker.edit, 2)
    type_text(picker.edit, "86")
    popup = picker.popup()
    assert popup is not None
    assert wait_until(lambda: popup.isVisible(), 2), "the suggestions appear"
    QTest.qWait(50)
    assert popup.isVisible(), "and stay while the director looks at them"
    assert isinstance(popup, QAbstractItemView)
    click_row(popup, "86.21")
    assert wait_until(lambda: sc.session.get("$.kveds") == ("86.21",), 2)


def wheel(widget: QWidget, steps: int = -1) -> bool:
    """One real wheel notch over the middle of `widget`; True when something took it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_a_drop_down_scrolls_the_page_and_keeps_the_answer(
    scenario_factory: Any,
) -> None:
    sc = scenario_factory("uk")
    sc.fill_demo()  # the Facility page with the demo's answers
    page = sc.page("facility")
    sc.window.resize(1000, 560)  # short enough that the page scrolls
    sc.pump()
    box = page.fields["$.residence_address.settlement_type"].editor
    assert isinstance(box, QComboBox)
    before = sc.session.get("$.residence_address.settlement_type")
    assert before
    page.fields["$.name"].focus()  # the cursor is elsewhere: the director is reading, scrolling
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(0)
    page.scroll_area.ensureWidgetVisible(box)
    sc.pump()
    at = bar.value()
    assert bar.maximum() > 0
    took = wheel(box, -1 if at < bar.maximum() else 1)
    sc.pump()
    assert took, "someone (the page) took the wheel"
    assert sc.session.get("$.residence_address.settlement_type") == before
    assert box.currentData() == before
    assert bar.value() != at, "the page scrolled instead"
    # With the cursor in the field, the wheel is the field's (as the director expects).
    box.setFocus()
    wheel(box)
    sc.pump()
    assert box.currentData() != before


def test_the_row_under_the_pointer_in_an_open_drop_down_is_readable(
    scenario_factory: Any,
) -> None:
    """The row the pointer is on is highlighted with its text on it (with the default delegate
    the style sheet drew it as an empty white field)."""
    sc = scenario_factory("uk")
    page = on_facility(sc)
    _, box = open_with_mouse(page, "$.type")
    view = box.view()
    model = view.model()
    row = next(r for r in range(model.rowCount()) if str(model.index(r, 0).data()) == "Аптека")
    rect = view.visualRect(model.index(row, 0))
    QTest.mouseMove(view.viewport(), rect.center())
    assert wait_until(lambda: view.currentIndex().row() == row, 2)
    image = view.viewport().grab(rect).toImage()
    colours = [
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    ]
    highlight = colours.count("#2680c2")
    assert highlight > len(colours) // 2, "the row is highlighted"
    assert len(set(colours)) > 3, "and its text is drawn on it"
    QTest.keyClick(view, Qt.Key.Key_Escape)
