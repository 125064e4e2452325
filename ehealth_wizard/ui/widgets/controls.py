"""The clickable label and the wheel-safe drop-down, which the first window uses too.

Kept apart from fields.py (the form's editors) so the window's start loads only these.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QWidget,
)

from ehealth_wizard.ui.widgets.qtvalues import STRONG_FOCUS, set_focus_policy


class ClickLabel(QLabel):
    """A label that says when it is clicked (the left button released on it): the words beside
    a check box, a step in the side panel."""

    clicked = Signal()

    def accepts_click(self) -> bool:
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        inside = self.rect().contains(event.position().toPoint())
        left = event.button() == QtCore.Qt.MouseButton.LeftButton
        if inside and left and self.accepts_click():
            self.clicked.emit()


class Choice(QComboBox):
    """A drop-down that leaves the mouse wheel to the page unless the cursor is in it: scrolling
    a long form past a drop-down must not change the answer under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_focus_policy(self, STRONG_FOCUS)  # the wheel does not take the focus
        self._styled_rows = False

    def showPopup(self) -> None:
        # The style sheet's rows and highlight apply to a styled delegate only: with the default
        # (menu-like) one, the row under the pointer was drawn as an empty white field. Given
        # when the list first opens (mouse or keys alike): the first window's lists start sooner.
        if not self._styled_rows:
            self._styled_rows = True
            self.setItemDelegate(QStyledItemDelegate(self))
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
            return
        event.ignore()
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # handed on explicitly: Qt does not pass on a synthetic wheel
            QApplication.sendEvent(area.viewport(), event)
