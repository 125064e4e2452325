"""Nothing is cut off: on every page, at 1024×700 and at 200 % (QT_SCALE_FACTOR=2 on a
1280×900 screen), every shown widget is inside the window or inside a scroll area that can
bring it into view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollArea, QWidget

OFF_SCREEN_OK = ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")


def scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def outside(window: QWidget, screen_check: bool = False) -> list[str]:
    """Shown widgets that stick out of the window with no scroll area to reach them, and
    scroll areas that scroll sideways (a row cut at the right edge)."""
    area = window.rect()
    found: list[str] = []
    page = getattr(window, "currentPage", lambda: None)()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or scrolled(widget):
            continue
        if widget.objectName() in OFF_SCREEN_OK:
            continue
        on_page = page is not None and page.isAncestorOf(widget)
        if on_page and isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:  # squeezed: lines drawn over each other
                found.append(f"{widget.text()[:30]!r} squeezed to {widget.height()} < {needed}")
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{name} {str(text)[:30]!r} at {rect.getRect()} outside {area.size()}")
    for scroll in window.findChildren(QScrollArea):
        bar = scroll.horizontalScrollBar()
        if scroll.isVisibleTo(window) and bar is not None and bar.maximum() > 0:
            found.append(f"{scroll.objectName() or 'a page'} scrolls sideways")
    screen = window.screen().availableGeometry()
    if (screen_check and window.width() > screen.width()) or window.height() > screen.height():
        found.append(f"the window {window.size()} is larger than the screen {screen.size()}")
    return found


def test_every_page_fits_1024_by_700(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    sc.window.resize(1024, 700)
    found: list[str] = []

    def check(step: str, w: Any) -> None:
        sc.pump()
        found.extend(f"{step}: {line}" for line in outside(w))

    sc.visit_every_page(check)
    assert found == []


SCALED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ehealth_wizard.ui.screenshots import Scenario
    from tests.ui.test_fits import outside
    sc = Scenario(Path(sys.argv[1]), "uk", size=(640, 450))
    found = []
    def check(step, w):
        sc.pump()
        found.extend(f"{step}: {line}" for line in outside(w, True))
    try:
        sc.visit_every_page(check)
    finally:
        sc.close()
    print("ratio", sc.window.devicePixelRatio(), sc.window.screen().size())
    print("FOUND", found)
    """
)


def test_every_page_fits_at_200_percent(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"  # the offscreen platform's screen: 1280×900
    screen.write_text(
        json.dumps(
            {"screens": [{"name": "S", "x": 0, "y": 0, "width": 1280, "height": 900, "dpr": 1}]}
        )
    )
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    result = subprocess.run(
        [sys.executable, "-c", SCALED, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert "ratio 2.0" in result.stdout, result.stdout + result.stderr[-3000:]
    assert "FOUND []" in result.stdout, result.stdout + result.stderr[-3000:]
