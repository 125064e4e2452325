"""Settlement lookup for the address: the director types a name, eHealth's register answers.

Nobody knows a settlement's eHealth UUID by heart; picking the settlement from the uaddresses
register fills it (and the settlement's type, oblast and district). The lookup runs in a Worker,
debounced, against the current environment; offline, a calm note leaves manual entry possible.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.ui.workers import Worker, run_in_worker

translate = QCoreApplication.translate

DEBOUNCE_MS = 300
MIN_CHARS = 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def find_settlements(url: str, name: str, area: str | None) -> list[dict[str, Any]]:
    from ehealth_wizard.core.ehealth.client import EHealthClient  # HTTP: not before it is used

    with EHealthClient(url) as client:
        return client.settlements(name, area)


class SettlementLookup(QObject):
    """Feeds a QCompleter on `edit` from the register; `chosen(row)` when one is picked."""

    chosen = Signal(object)  # the register row (dict)

    def __init__(self, edit: QLineEdit, url: Callable[[], str], note: QLabel) -> None:
        super().__init__(edit)
        self.edit = edit
        self._url = url
        self.note = note
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.lookup)
        edit.textEdited.connect(lambda _text: self.timer.start())
        self.worker: Worker | None = None
        self._asked = ""

    def lookup(self) -> None:
        text = self.edit.text().strip()
        url = self._url()
        if len(text) < MIN_CHARS or not url:
            return
        if self.worker is not None:
            self.worker.cancel()
        self._asked = text
        self.worker = run_in_worker(
            find_settlements,
            url,
            text,
            None,
            on_success=self._found,
            on_failure=self._failed,
        )

    def _found(self, rows: list[dict[str, Any]]) -> None:
        self.worker = None
        self.note.setVisible(False)
        self.model.clear()
        for row in rows:
            name = str(row.get("name", ""))
            area = str(row.get("area", ""))
            region = str(row.get("region", "") or "")
            where = ", ".join(p for p in (area, region) if p)
            item = QStandardItem(f"{name} — {where}" if where else name)
            item.setData(name, NAME_ROLE)
            item.setData(row, ROW_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        # Only while the director is still in the field: a late answer must not pop up elsewhere.
        if rows and self.edit.window().focusWidget() is self.edit:
            self.completer.setCompletionPrefix(self.edit.text())
            self.completer.complete()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        self.worker = None
        self.note.setText(
            translate(
                "FacilityPage",
                "The list of settlements is not available right now; "
                "you can type the settlement and its ID yourself.",
            )
        )
        self.note.setVisible(True)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, dict):
            self.chosen.emit(row)
