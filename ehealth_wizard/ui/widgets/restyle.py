"""Apply the style sheet again after a property its selectors read (state, link, compact)
has changed."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QWidget


def repolish(widget: QWidget) -> None:
    """Re-polish `widget`, unless it was never polished: then its first polish (when it is
    shown) reads the new property anyway, and the window's start skips the work. A window that
    was never shown has no native window yet: that answers without the polish attribute, whose
    enum would make PySide build its whole `Qt` namespace (ui/widgets/qtvalues.py), and without
    a QWindow (whose types PySide would build too)."""
    if not widget.window().internalWinId():
        return
    if not widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
