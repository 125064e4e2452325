"""The window opens roomy enough that a newcomer sees the one-click demo without scrolling, on
a common 1280×900 desktop, and never larger than the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

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
    if not shutil.which("Xvfb"):
        pytest.skip("needs Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb gave no display number"
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        shown = subprocess.run(
            [sys.executable, "-c", OPEN_AND_LOOK, str(tmp_path / "data")],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert shown.returncode == 0, shown.stderr[-2000:]
        lines = dict(line.split(" ", 1) for line in shown.stdout.splitlines() if " " in line)
        width, height, free_w, free_h = map(int, lines["SIZE"].split())
        assert width <= free_w and height <= free_h
        assert width >= 900 and height >= 700, (width, height)
        assert lines["DEMO"] == "shown"
    finally:
        server.terminate()
        server.wait(10)
