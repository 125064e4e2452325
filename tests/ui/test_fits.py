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

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from tests.signing.softhsm import requires_softhsm, softhsm

__all__ = ["softhsm"]

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
    side = getattr(window, "side", None)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow():
            continue
        shown = (page is not None and page.isAncestorOf(widget)) or (
            side is not None and side.isAncestorOf(widget)
        )
        if shown and isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:  # squeezed: lines drawn over each other
                found.append(f"{widget.text()[:30]!r} squeezed to {widget.height()} < {needed}")
            if widget.textFormat() != Qt.TextFormat.RichText:
                metrics, room = widget.fontMetrics(), widget.contentsRect().width()
                words = [w for w in widget.text().split() if metrics.horizontalAdvance(w) > room]
                found.extend(f"{widget.text()[:30]!r}: {w!r} cut at the right" for w in words)
        if shown and isinstance(widget, QAbstractButton) and widget.text():
            wanted = widget.sizeHint().width()
            if wanted > widget.width() + 1:  # a check box or button whose words are cut
                found.append(f"{widget.text()[:30]!r} cut to {widget.width()} < {wanted}")
        if scrolled(widget) or widget.objectName() in OFF_SCREEN_OK:
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{name} {str(text)[:30]!r} at {rect.getRect()} outside {area.size()}")
    for scroll in window.findChildren(QAbstractScrollArea):  # pages, lists, text views
        bar = scroll.horizontalScrollBar()
        if scroll.isVisibleTo(window) and bar is not None and bar.maximum() > 0:
            found.append(f"{scroll.objectName() or type(scroll).__name__} scrolls sideways")
    screen = window.screen().availableGeometry()
    if (screen_check and window.width() > screen.width()) or window.height() > screen.height():
        found.append(f"the window {window.size()} is larger than the screen {screen.size()}")
    return found


def checker(sc: Any, found: list[str]) -> Any:
    """A `check(step, window)` that adds what sticks out on that page to `found`."""

    def check(step: str, w: Any) -> None:
        sc.pump()
        found.extend(f"{step}: {line}" for line in outside(w))

    return check


def test_every_page_fits_1024_by_700(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    sc.window.resize(1024, 700)
    found: list[str] = []
    sc.visit_every_page(checker(sc, found))
    assert found == []


SCALED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ehealth_wizard.ui.screenshots import Scenario
    from tests.ui.test_fits import outside, token_on_key_page
    pages = sys.argv[2] == "pages"  # else: the key page with the token panel
    key_format = None if pages else "pkcs12-ecdsa"
    sc = Scenario(Path(sys.argv[1]), "uk", size=(640, 450), key_format=key_format)
    found = []
    def check(step, w):
        sc.pump()
        found.extend(f"{step}: {line}" for line in outside(w, True))
    try:
        sc.visit_every_page(check) if pages else token_on_key_page(sc, check)
    finally:
        sc.close()
    print("ratio", sc.window.devicePixelRatio(), sc.window.screen().size())
    print("FOUND", found)
    """
)


def scaled_run(script: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`script` in a child at QT_SCALE_FACTOR=2 on a 1280×900 offscreen screen."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {"screens": [{"name": "S", "x": 0, "y": 0, "width": 1280, "height": 900, "dpr": 1}]}
        )
    )
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    return subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_every_page_fits_at_200_percent(tmp_path: Path) -> None:
    result = scaled_run(SCALED, tmp_path, "pages")
    assert "ratio 2.0" in result.stdout, result.stdout + result.stderr[-3000:]
    assert "FOUND []" in result.stdout, result.stdout + result.stderr[-3000:]


TOKEN_LABEL = "Director SecureToken-337 No. 001"  # 32 bytes: the most PKCS#11 allows


def token_on_key_page(sc: Any, check: Any) -> None:
    """The key page with the token choice clicked, once the token's certificate is listed."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    sc.fill_demo()
    sc.through_forms()
    key = sc.page("key")
    QTest.mouseClick(key.token_choice, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    if not sc.wait(lambda: key.token_panel is not None and key.token_panel.cert_list.count(), 20):
        raise RuntimeError("the token's certificate was not listed")
    check("key-token", sc.window)


def long_named_token(softhsm: Any) -> None:
    from ehealth_wizard.sandbox.qtsp import TestQTSP

    softhsm.init_token(TOKEN_LABEL)
    spki = softhsm.generate(TOKEN_LABEL, "EC:prime256v1", b"\x07", "key")
    issued = TestQTSP.create().issue(
        surname="Коваленко-Верещагіна",
        given_names="Олена Олександрівна",
        rnokpp="3012345678",
        public_key=spki,
    )
    softhsm.store_certificate(TOKEN_LABEL, issued.certificate, b"\x07", "cert")


@pytest.mark.softhsm
@requires_softhsm
def test_the_token_panel_fits_and_names_the_program(scenario_factory: Any, softhsm: Any) -> None:
    long_named_token(softhsm)
    sc = scenario_factory("uk")
    sc.window.resize(1024, 700)
    found: list[str] = []
    fits = checker(sc, found)

    def check(step: str, w: Any) -> None:
        fits(step, w)
        combo = sc.page("key").token_panel.module_combo
        shown = [combo.itemText(i) for i in range(combo.count())]
        found.extend(f"a file path shown: {text}" for text in shown if "/" in text or "\\" in text)
        assert "SoftHSM 2 (test token)" in shown, shown

    token_on_key_page(sc, check)
    assert found == []


@pytest.mark.softhsm
@requires_softhsm
def test_the_token_panel_fits_at_200_percent(tmp_path: Path, softhsm: Any) -> None:
    long_named_token(softhsm)  # SOFTHSM2_CONF in the environment: the child sees the token
    result = scaled_run(SCALED, tmp_path, "token")
    assert "FOUND []" in result.stdout, result.stdout + result.stderr[-3000:]
