"""One form field: a label (buddy of the input), the input, a hint with an example, the error.

Fields are bound to a JSON path of the Registration (`$.owner.tax_id`); the page reads and writes
the value through core.model get_path/set_path, and shows Problems of that path under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehealth_wizard.resources import resource
from ehealth_wizard.ui.widgets.controls import Choice


class Field(QObject):
    """Binds an editor widget to a path. `edited` fires on every change, `left` when focus goes."""

    edited = Signal(str)  # path
    left = Signal(str)  # path

    def __init__(
        self,
        path: str,
        label: str,
        editor: QWidget,
        *,
        hint: str = "",
        required: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.required = required
        self.editor = editor
        self.label = QLabel()
        self.label.setObjectName("fieldLabel")
        focus = _focus_widget(editor)
        self.label.setBuddy(focus)
        self.plain_label = label
        self.set_required(required)
        focus.setAccessibleName(label)
        if hint:
            focus.setAccessibleDescription(hint)
        self.hint = QLabel(hint)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        keep_words_whole(self.hint)
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = QWidget()
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(self.hint)
        column.addWidget(self.error)
        # Only inside the box: a label shown while it has no parent is a window of its own, and
        # it takes the activation (and the focus) from the wizard's window.
        self.hint.setVisible(bool(hint))
        self.touched = False
        focus.installEventFilter(self)
        self._connect()

    # -- value ----------------------------------------------------------------------------
    def set_required(self, required: bool) -> None:
        """The "*" after the label (the rules decide; it can change as the form is filled)."""
        self.required = required
        self.label.setText(self.plain_label + (" *" if required else ""))

    def value(self) -> object:
        e = self.editor
        if isinstance(e, ValueEditor):
            return e.value()
        if isinstance(e, QCheckBox):
            return e.isChecked()
        if isinstance(e, QComboBox):
            data = e.currentData()
            return "" if data is None else str(data)
        if isinstance(e, QLineEdit):
            return e.text().strip()
        raise TypeError(type(e).__name__)

    def set_value(self, value: object) -> None:
        e = self.editor
        blocked = e.blockSignals(True)
        try:
            if isinstance(e, ValueEditor):
                e.set_value(value)
            elif isinstance(e, QCheckBox):
                e.setChecked(bool(value))
            elif isinstance(e, QComboBox):
                index = e.findData(str(value) if value is not None else "")
                e.setCurrentIndex(max(index, 0))
            elif isinstance(e, QLineEdit):
                e.setText("" if value is None else str(value))
        finally:
            e.blockSignals(blocked)

    # -- problems -------------------------------------------------------------------------
    def show_problem(self, text: str, *, warning: bool = False) -> None:
        self.error.setText(text)
        self.error.setProperty("warning", warning)
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)
        self.error.setVisible(bool(text))
        focus = _focus_widget(self.editor)
        focus.setProperty("invalid", bool(text) and not warning)
        focus.style().unpolish(focus)
        focus.style().polish(focus)
        focus.setAccessibleDescription(text or self.hint.text())

    def focus(self) -> None:
        _focus_widget(self.editor).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        e = self.editor
        emit = lambda *_: self.edited.emit(self.path)  # noqa: E731
        if isinstance(e, ValueEditor):
            e.changed.connect(emit)
        elif isinstance(e, QCheckBox):
            e.toggled.connect(emit)
            e.toggled.connect(lambda *_: self._leave())
        elif isinstance(e, QComboBox):
            e.currentIndexChanged.connect(emit)
            e.currentIndexChanged.connect(lambda *_: self._leave())
        elif isinstance(e, QLineEdit):
            e.textEdited.connect(emit)

    def _leave(self) -> None:
        self.touched = True
        self.left.emit(self.path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not focus_stays(event):
            self._leave()
        return False

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self.box)


def keep_words_whole(label: QLabel) -> None:
    """A wrapping label is never narrower than its longest word (Qt would cut that word at the
    right edge); a form with WrapLongRows then puts the caption above instead."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    longest = max(label.text().split(), key=metrics.horizontalAdvance, default="")
    label.setMinimumWidth(metrics.horizontalAdvance(longest) + 4)


def focus_stays(event: QEvent) -> bool:
    """A focus-out that is not the director leaving the field: the field's own drop-down list
    or suggestions opened (a popup), or another window was activated. Checking the field then
    would show "required" before anything could be chosen and close the list under the mouse."""
    reason = event.reason() if isinstance(event, QFocusEvent) else None
    if reason in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
        return True
    return QApplication.activePopupWidget() is not None


def _focus_widget(editor: QWidget) -> QWidget:
    inner = getattr(editor, "focus_widget", None)
    return inner() if callable(inner) else editor


class ValueEditor(QWidget):
    """A composite editor with value()/set_value() and a `changed` signal."""

    changed = Signal()

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


def add_row_with_button(
    form: QFormLayout, label: str, editor: QWidget, button: QWidget, *, name: str = ""
) -> None:
    """A labelled form row: `editor` stretching, `button` on its right ("Choose file…");
    the label's shortcut focuses the editor; `name` is the editor's accessible name."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(editor, 1)
    layout.addWidget(button)
    text = QLabel(label)
    text.setBuddy(editor)
    if name:
        editor.setAccessibleName(name)
    form.addRow(text, row)


def line_edit(placeholder: str = "", *, digits: int | None = None, max_len: int = 0) -> QLineEdit:
    edit = QLineEdit()
    if placeholder:
        edit.setPlaceholderText(placeholder)
    if digits is not None:
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}")))
        edit.setMaxLength(digits)
    elif max_len:
        edit.setMaxLength(max_len)
    return edit


def combo(items: Sequence[tuple[str, str]], empty: str) -> QComboBox:
    """Code/name pairs with a first empty entry ("choose...")."""
    box = Choice()
    box.addItem(empty, "")
    for code, name in items:
        box.addItem(name, code)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(20)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


def normalise_phone(text: str) -> str:
    """Whatever the director types or pastes, one number: «+380447603140», «380447603140»,
    «80447603140», «0447603140» and «044 760 31 40» all become +380447603140."""
    digits = re.sub(r"\D", "", text)
    if not digits:
        return ""
    if digits.startswith("380"):
        return "+" + digits
    if digits.startswith("80") and len(digits) == 11:
        return "+3" + digits
    if digits.startswith("0"):
        return "+38" + digits
    if len(digits) == 9:
        return "+380" + digits
    return "+" + digits


def display_phone(value: str) -> str:
    """+380447603140 shown as 044 760 31 40; anything else as it is."""
    if re.fullmatch(r"\+380\d{9}", value):
        d = value[3:]
        return f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"
    return value


class PhoneEdit(ValueEditor):
    """A phone typed freely (spaces, brackets, +380 or not); the value is +380XXXXXXXXX.

    No input mask: a mask with a fixed «+38» turned a typed or pasted «+380…» into nonsense.
    """

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9+()\- ]{0,20}"), self.edit)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textEdited.connect(lambda *_: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.setFocusProxy(self.edit)

    def focus_widget(self) -> QWidget:
        return self.edit

    def value(self) -> str:
        return normalise_phone(self.edit.text())

    def set_value(self, value: object) -> None:
        self.edit.setText(display_phone(normalise_phone(str(value or ""))))

    def _tidy(self) -> None:
        shown = display_phone(self.value())
        if shown != self.edit.text():
            self.edit.setText(shown)


class DateEdit(ValueEditor):
    """DD.MM.YYYY typed or picked from a calendar; the value is ISO YYYY-MM-DD ("" if unset).

    A QDateEdit cannot be empty, and a half-filled form must be able to hold "no date yet".
    A half-typed date keeps its text on screen and reads as "" with `incomplete` set.
    """

    def __init__(self, calendar_text: str) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setInputMask("99.99.9999;_")
        self.button = QToolButton()
        self.button.setIcon(QIcon(str(resource("icons", "calendar.svg"))))
        self.button.setText("…")
        self.button.setObjectName("calendarButton")
        self.button.setToolTip(calendar_text)
        self.button.setAccessibleName(calendar_text)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users type the date
        self.button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.textEdited.connect(lambda *_: self.changed.emit())
        self.setFocusProxy(self.edit)
        self._calendar: QCalendarWidget | None = None

    def focus_widget(self) -> QWidget:
        return self.edit

    @property
    def incomplete(self) -> bool:
        raw = re.sub(r"\D", "", self.edit.text())
        return bool(raw) and not self.value()

    def value(self) -> str:
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", self.edit.text())
        if not m:
            return ""
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return ""

    def set_value(self, value: object) -> None:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
        self.edit.setText(f"{m.group(3)}.{m.group(2)}.{m.group(1)}" if m else "")

    def _pick(self) -> None:
        cal = QCalendarWidget(self)
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setGridVisible(True)
        current = QDate.fromString(self.value(), "yyyy-MM-dd")
        if current.isValid():
            cal.setSelectedDate(current)
        cal.clicked.connect(lambda d: self._picked(cal, d))
        cal.activated.connect(lambda d: self._picked(cal, d))
        below = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        cal.move(below)
        cal.show()
        self._calendar = cal

    def _picked(self, cal: QCalendarWidget, day: QDate) -> None:
        self.set_value(day.toString("yyyy-MM-dd"))
        cal.close()
        self.changed.emit()
        self.edit.setFocus()
