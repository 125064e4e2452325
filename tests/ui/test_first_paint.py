"""Issue 15 (item 12): work armed with `after_first_paint` (the embedded sandbox's start, the
startup benchmark's marker) runs once the window has been painted, not before."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from ehealth_wizard.ui.first_paint import after_first_paint
from tests.ui.conftest import wait_until


class Recording(QWidget):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def paintEvent(self, event: QPaintEvent) -> None:
        self.log.append("paint")
        super().paintEvent(event)


def test_the_work_runs_after_the_first_paint_and_once(qapp: Any) -> None:
    log: list[str] = []
    window = Recording(log)
    after_first_paint(window, lambda: log.append("work"))
    window.show()
    assert wait_until(lambda: "work" in log, 5)
    assert log.index("paint") < log.index("work")
    window.update()
    window.repaint()
    qapp.processEvents()
    assert log.count("work") == 1
    window.close()


def test_a_window_never_painted_still_gets_the_work_at_the_latest(qapp: Any) -> None:
    log: list[str] = []
    window = Recording(log)  # never shown: no paint comes
    after_first_paint(window, lambda: log.append("work"), at_the_latest_ms=50)
    assert wait_until(lambda: "work" in log, 5)
    window.show()
    assert wait_until(lambda: "paint" in log, 5)
    qapp.processEvents()
    assert log.count("work") == 1
    window.close()
