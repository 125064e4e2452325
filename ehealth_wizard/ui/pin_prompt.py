"""The Qt PinPrompt: a worker thread asks, the GUI thread shows a masked dialog, the worker waits.

As Electrum's hardware-wallet handler does: `ask()` (worker thread) emits a queued signal carrying
a one-off request, then blocks on the request's `threading.Event`; the GUI thread shows the dialog
and sets the event when the director answers. The PIN travels in that request object only and is
taken out of it at once; nothing here keeps it, logs it or writes it anywhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehealth_wizard.core.signing.tokens.session import PinTries

translate = QCoreApplication.translate


def hint_text(tries: PinTries | str) -> str:
    """What to say about the tries the token reports left (it never gives a number)."""
    value = str(getattr(tries, "value", tries))
    if value == PinTries.FEW.value:
        return translate(
            "PinPrompt", "The token reports that only a few tries are left before the PIN locks."
        )
    if value == PinTries.LAST.value:
        return translate(
            "PinPrompt", "Last try: one more wrong PIN locks the token. Check the PIN carefully."
        )
    return ""


class PinDialog(QDialog):
    """A masked PIN field for one token, with the token's warning about tries left."""

    def __init__(self, token_label: str, tries: PinTries | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(translate("PinPrompt", "Token PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(
            translate("PinPrompt", "Enter the PIN of the token “{label}”.").format(
                label=token_label
            )
        )
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.hint = QLabel(hint_text(tries))
        self.hint.setObjectName("pinHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(self.hint.text()))
        layout.addWidget(self.hint)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(translate("PinPrompt", "PIN"))
        self.pin.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        layout.addWidget(self.pin)
        self.prompt.setBuddy(self.pin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin.setFocus()

    def take_pin(self) -> str:
        """The typed PIN, clearing the field (the widget must not keep it)."""
        value = self.pin.text()
        self.pin.clear()
        return value


@dataclass(eq=False)  # hashed by identity: kept in a set while its worker waits
class _Request:
    token_label: str
    tries: str
    done: threading.Event = field(default_factory=threading.Event)
    answer: str | None = None


class QtPinPrompt(QObject):
    """core PinPrompt for the GUI. Create it on the GUI thread; call `ask` from workers."""

    _requested = Signal(object)
    dialog_shown = Signal(object)  # the PinDialog, once visible (tests answer it; UI may style it)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._pending: set[_Request] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.dialog: PinDialog | None = None
        self._requested.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def ask(self, token_label: str, tries_left_hint: PinTries | str) -> str | None:
        request = _Request(token_label, str(getattr(tries_left_hint, "value", tries_left_hint)))
        if QThread.currentThread() is self.thread():
            # On the GUI thread itself (no worker): a plain modal dialog.
            dialog = PinDialog(token_label, request.tries, self._parent_widget)
            self.dialog = dialog
            self.dialog_shown.emit(dialog)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            pin = dialog.take_pin() if accepted else None
            self.dialog = None
            dialog.deleteLater()
            return pin
        with self._lock:
            if self._closed:
                return None
            self._pending.add(request)
        self._requested.emit(request)
        request.done.wait()
        with self._lock:
            self._pending.discard(request)
        answer, request.answer = request.answer, None
        return answer

    def _show(self, request: _Request) -> None:
        if request.done.is_set():
            return
        dialog = PinDialog(request.token_label, request.tries, self._parent_widget)
        self.dialog = dialog

        def finished(result: int) -> None:
            request.answer = dialog.take_pin() if result == QDialog.DialogCode.Accepted else None
            request.done.set()
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog_shown.emit(dialog)

    def close(self) -> None:
        """Release every waiting worker with "cancelled" (the window is closing)."""
        with self._lock:
            self._closed = True
            pending = list(self._pending)
        for request in pending:
            request.answer = None
            request.done.set()
        if self.dialog is not None:
            self.dialog.reject()
