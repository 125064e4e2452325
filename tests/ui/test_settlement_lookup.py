"""Typing a settlement offers the register's matches; picking one fills its eHealth id."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from ehealth_wizard.core import flow
from tests.ui.conftest import type_text, wait_until

ID_PATH = "$.residence_address.settlement_id"
ZHYTOMYR = "cc9ff851-b6ab-4f1a-b79d-b4df2694e1f7"  # resources/sandbox/settlements.json


def blocker_paths(sc: Any) -> list[str]:
    return [p.path for p in sc.session.status("facility").blockers]


def test_typing_zhyt_and_picking_zhytomyr_fills_the_settlement_id(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    w = sc.window
    w.activateWindow()
    QTest.qWait(10)
    w.button(w.WizardButton.NextButton).click()
    assert wait_until(lambda: w.current_step is flow.Step.FACILITY, 5)
    page = sc.page("facility")
    assert ID_PATH in blocker_paths(sc)
    id_edit = page.fields[ID_PATH].editor
    assert isinstance(id_edit, QLineEdit) and id_edit.isReadOnly()

    edit = page.fields["$.residence_address.settlement"].editor
    edit.setFocus()
    assert wait_until(lambda: edit.window().focusWidget() is edit, 5)
    type_text(edit, "Жит")
    popup = page.settlement_lookup.completer.popup()
    assert wait_until(popup.isVisible, 15)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown and all(s.startswith("Житомир") for s in shown), shown
    QTest.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().data().startswith("Житомир —")
    QTest.keyClick(popup, Qt.Key.Key_Return)

    assert wait_until(lambda: sc.session.get(ID_PATH) == ZHYTOMYR, 5)
    assert sc.session.get("$.residence_address.settlement") == "Житомир"
    assert sc.session.get("$.residence_address.settlement_type") == "CITY"
    assert sc.session.get("$.residence_address.area") == "Житомирська"
    assert sc.session.get("$.residence_address.region") == "Житомирський"
    assert id_edit.text() == ZHYTOMYR
    assert ID_PATH not in blocker_paths(sc)
    assert not [p for p in sc.session.status("facility").errors if p.path == ID_PATH]


def test_manual_entry_stays_possible(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    page = sc.page("facility")
    id_edit = page.fields[ID_PATH].editor
    assert id_edit.isReadOnly()
    page.manual_id.click()
    assert not id_edit.isReadOnly()
    page.manual_id.click()
    assert id_edit.isReadOnly()


def test_offline_lookup_shows_a_calm_note(scenario_factory: Any) -> None:
    from tests.core.test_ehealth_client import free_port

    sc = scenario_factory("uk")
    page = sc.page("facility")
    dead = f"http://127.0.0.1:{free_port()}"
    page.settlement_lookup._url = lambda: dead
    edit = page.fields["$.residence_address.settlement"].editor
    type_text(edit, "Жит")
    page.settlement_lookup.lookup()
    note = page.settlement_lookup.note
    assert wait_until(lambda: not note.isHidden(), 15)
    assert note.text()
