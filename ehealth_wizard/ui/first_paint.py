"""Run work once the window's first paint has ended, so the director sees the window sooner.

A zero-delay timer armed at `show()` fires before Qt paints anything; armed on the window's
first Paint event it fires once that paint pass (children included) is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], Any]) -> None:
        super().__init__(window)
        self._then: Callable[[], Any] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run)
        return False

    def run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(
    window: QWidget, then: Callable[[], Any], at_the_latest_ms: int | None = None
) -> None:
    """Call `then` once from the event loop, right after `window` has been painted the first
    time, or after `at_the_latest_ms` if no paint came (a window started minimized)."""
    waiter = _FirstPaint(window, then)
    if at_the_latest_ms is not None:
        QTimer.singleShot(at_the_latest_ms, waiter, waiter.run)
