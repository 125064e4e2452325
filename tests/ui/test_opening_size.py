"""The window opens roomy enough that a newcomer sees the one-click demo without scrolling, on
a common 1280×900 desktop, and never larger than the screen."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import run_under_xvfb

OPEN_AND_LOOK = """
import os, sys
from types import SimpleNamespace
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from ehealth_wizard.ui import app as uiapp
from ehealth_wizard.ui.wizard import open_main_window
qt = uiapp.ensure_app()
uiapp.install_translators(qt, "uk")
args = SimpleNamespace(server=None, profile=None, data_dir=sys.argv[1])
controller = open_main_window(args, "uk")
window = controller.window
for _ in range(20):
    qt.processEvents()
page = window.currentPage()
button = page.demo_button
area = window.screen().availableGeometry()
print("SIZE", window.width(), window.height(), area.width(), area.height())
print("DEMO", "shown" if not button.visibleRegion().isEmpty() else "hidden")
sys.stdout.flush()
os._exit(0)  # the embedded sandbox's threads need not wind down for this look
"""


def test_the_demo_offer_shows_without_scrolling_at_1280x900(tmp_path: Path) -> None:
    shown = run_under_xvfb(OPEN_AND_LOOK, str(tmp_path / "data"), screen="1280x900x24")
    lines = dict(line.split(" ", 1) for line in shown.stdout.splitlines() if " " in line)
    width, height, free_w, free_h = map(int, lines["SIZE"].split())
    assert width <= free_w and height <= free_h
    assert width >= 900 and height >= 700, (width, height)
    assert lines["DEMO"] == "shown"
