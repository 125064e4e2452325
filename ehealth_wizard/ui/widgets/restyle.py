"""Apply the style sheet again after a property its selectors read (state, link, compact)
has changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def repolish(widget: QWidget) -> None:
    """Re-polish `widget`, unless it was never polished: then its first polish (when it is
    shown) reads the new property anyway, and the window's start skips the work (and Python's
    creation of QStyle's enums)."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
