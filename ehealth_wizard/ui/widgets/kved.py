"""KVED codes typed or picked from the dictionary, each shown with its name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ehealth_wizard.ui.widgets.fields import ValueEditor, focus_stays

translate = QCoreApplication.translate
_SPLIT = re.compile(r"[\s,;]+")


class KvedPicker(ValueEditor):
    """Codes separated by commas; a completer offers "86.21 Загальна медична практика"."""

    def __init__(self, names: Mapping[str, str], preferred: tuple[str, ...] = ()) -> None:
        super().__init__()
        self._names = dict(names)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("86.21, 86.22")
        ordered = list(preferred) + [c for c in self._names if c not in preferred]
        self._entries = [f"{code} {self._names.get(code, '')}".strip() for code in ordered]
        completer = QCompleter(QStringListModel(self._entries, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setWidget(self.edit)
        completer.activated.connect(self._chosen)
        popup = completer.popup()
        if popup is not None:
            popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._completer = completer
        self.names_label = QLabel("")
        self.names_label.setObjectName("kvedNames")
        self.names_label.setWordWrap(True)
        self.names_label.setProperty("dataText", True)  # dictionary names are Ukrainian data
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.names_label)
        self.edit.textEdited.connect(self._typed)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)

    def popup(self) -> QWidget | None:
        return self._completer.popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving the field closes the suggestions, so they never pull the cursor back later.
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and not focus_stays(event):
            popup = self._completer.popup()
            if popup is not None and popup.isVisible() and QApplication.focusWidget() is not popup:
                popup.hide()
        return False

    def focus_widget(self) -> QWidget:
        return self.edit

    def codes(self) -> tuple[str, ...]:
        return tuple(c for c in _SPLIT.split(self.edit.text()) if c)

    def value(self) -> tuple[str, ...]:
        return self.codes()

    def set_value(self, value: object) -> None:
        codes = tuple(value) if isinstance(value, tuple | list) else ()
        self.edit.setText(", ".join(str(c) for c in codes))
        self._show_names()

    def _typed(self, text: str) -> None:
        token = _SPLIT.split(text)[-1] if text else ""
        if len(token) >= 2 and self.edit.hasFocus():
            self._completer.setCompletionPrefix(token)
            self._completer.complete()
        self._show_names()
        self.changed.emit()

    def _chosen(self, entry: str) -> None:
        code = entry.split(" ", 1)[0]
        parts = [c for c in _SPLIT.split(self.edit.text()) if c]
        if parts and code.startswith(parts[-1][:2]) and parts[-1] not in self._names:
            parts[-1] = code
        elif code not in parts:
            parts.append(code)
        self.edit.setText(", ".join(parts) + ", ")
        self._show_names()
        self.changed.emit()

    def _show_names(self) -> None:
        lines = []
        for code in self.codes():
            name = self._names.get(code)
            if name:
                lines.append(f"КВЕД {code} — {name}")
            else:
                lines.append(translate("KvedPicker", "{code}: no such KVED code").format(code=code))
        self.names_label.setText("\n".join(lines))
        self.names_label.setVisible(bool(lines))
