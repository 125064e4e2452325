"""The keyboard after the things a director does: opening a key, Tab past the last field, the
Alt mnemonic on the Submit page. Real key events on the real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from ehealth_wizard.core import flow
from tests.ui.conftest import type_text, wait_until


def active(sc: Any) -> Any:
    w = sc.window
    w.activateWindow()
    QTest.qWait(10)
    return w


def test_tab_from_the_last_field_goes_to_back_and_next_and_arrows_keep_the_language(
    scenario_factory: Any,
) -> None:
    sc = scenario_factory("uk")
    w = active(sc)
    sc.fill_demo()
    page = sc.page("facility")
    last = list(page.fields.values())[-1].editor
    last.setFocus()
    QTest.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.button(QWizard.WizardButton.BackButton)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.button(QWizard.WizardButton.NextButton)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    language = w.side.language
    assert QApplication.focusWidget() is language  # still reachable, after the buttons
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End):
        QTest.keyClick(language, key)
    QTest.qWait(20)
    assert sc.controller.window is w and language.currentData() == "uk"


def test_after_opening_a_key_the_cursor_is_on_next(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    w = active(sc)
    sc.fill_demo()
    sc.through_forms()
    key = sc.page("key")
    password = key.password.text()
    assert password, "the demo typed the password in"
    key.password.clear()
    key.password.setFocus()
    type_text(key.password, password)
    QTest.keyClick(key.password, Qt.Key.Key_Return)  # opens the key
    assert wait_until(lambda: key.worker is None and key.isComplete(), 30), key.error.text()
    assert wait_until(
        lambda: QApplication.focusWidget() is w.button(QWizard.WizardButton.NextButton), 2
    ), QApplication.focusWidget()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wait_until(lambda: w.current_step is flow.Step.REVIEW, 5)


def test_alt_d_moves_on_from_the_submit_page(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    w = active(sc)
    sc.fill_demo()
    sc.through_forms()
    sc.open_chosen_key()
    w.next()
    sc.page("review").consent.setChecked(True)
    sc.send()
    assert w.current_step is flow.Step.SUBMIT and sc.page("submit").isComplete()
    target = QApplication.focusWidget() or w
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, target, Qt.Key(0x0414), "д", Qt.KeyboardModifier.AltModifier
    )
    assert wait_until(lambda: w.current_step is flow.Step.DONE, 5), "Alt+Д is «Далі»"
