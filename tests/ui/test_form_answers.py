"""What the form tells the director matches what eHealth will do: the license end date, the
full name against the key, short phones, Latin passport series. Driven with real clicks and keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ehealth_wizard.core import flow
from ehealth_wizard.core.model import INDEFINITE_LICENSE_EXPIRY
from tests.ui.conftest import type_text, wait_until


def test_an_indefinite_license_has_a_clear_way_through_to_acceptance(
    scenario_factory: Any,
) -> None:
    sc = scenario_factory("uk")
    sc.fill_demo()
    w = sc.window
    w.next()
    assert w.current_step is flow.Step.LICENSE
    page = sc.page("license")
    field = page.fields["$.license.expiry_date"]
    assert field.label.text().endswith(" *"), "eHealth needs it: the form says so"
    assert "31.12.9999" in field.hint.text()
    edit = field.editor.focus_widget()
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keySequence(edit, "Ctrl+A")
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.mouseClick(page.fields["$.license.what_licensed"].editor, Qt.MouseButton.LeftButton)
    assert wait_until(lambda: field.error.isVisibleTo(page), 2)
    assert "безстрокова" in field.error.text()
    assert not page.isComplete()
    QTest.mouseClick(page.indefinite, Qt.MouseButton.LeftButton)
    assert sc.session.get("$.license.expiry_date") == INDEFINITE_LICENSE_EXPIRY
    assert not edit.isEnabled() and not field.error.isVisibleTo(page)
    assert page.isComplete()
    w.next()
    w.next()
    sc.open_chosen_key()
    w.next()
    sc.page("review").consent.setChecked(True)
    sc.send()
    row = sc.page("submit").stages.row("license")
    assert row is not None and row.state == "passed", row.status.text()


def test_unticking_indefinite_asks_for_the_date_again(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.window.next()
    page = sc.page("license")
    QTest.mouseClick(page.indefinite, Qt.MouseButton.LeftButton)
    assert page.isComplete()
    QTest.mouseClick(page.indefinite, Qt.MouseButton.LeftButton)
    assert sc.session.get("$.license.expiry_date") == ""
    assert page.fields["$.license.expiry_date"].editor.focus_widget().isEnabled()
    assert not page.isComplete()
    assert QApplication.instance() is not None


def retype(edit: Any, text: str) -> None:
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keySequence(edit, "Ctrl+A")
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def test_a_short_phone_is_called_short_not_foreign(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    sc.fill_demo()
    page = sc.page("facility")
    field = page.fields["$.phones[0].number"]
    page.scroll_area.ensureWidgetVisible(field.box)
    retype(field.editor.focus_widget(), "12345")
    QTest.mouseClick(page.fields["$.email"].editor, Qt.MouseButton.LeftButton)  # leave it
    assert wait_until(lambda: field.error.isVisibleTo(page), 2)
    assert "закороткий" in field.error.text() and "+1" not in field.error.text()


def test_latin_letters_in_a_passport_series_are_an_error_that_says_so(
    scenario_factory: Any,
) -> None:
    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.window.next()
    sc.window.next()
    assert sc.window.current_step is flow.Step.DIRECTOR
    page = sc.page("director")
    kind = page.fields["$.owner.documents[0].type"].editor
    kind.setFocus()
    while kind.currentData() != "PASSPORT":
        QTest.keyClick(kind, Qt.Key.Key_Down)
    field = page.fields["$.owner.documents[0].number"]
    page.scroll_area.ensureWidgetVisible(field.box)
    retype(field.editor, "AB123456")  # typed on the English keyboard
    QTest.mouseClick(
        page.fields["$.owner.documents[0].issued_by"].editor, Qt.MouseButton.LeftButton
    )
    assert wait_until(lambda: field.error.isVisibleTo(page), 2)
    assert "латинські" in field.error.text() and "AB" in field.error.text()
    assert not page.isComplete()
