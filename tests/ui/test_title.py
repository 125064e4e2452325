"""Issue 15 (item 9): the title bar names the program once. Qt's xcb window appends the
application's display name unless the title already ends with it (formatWindowTitle)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from ehealth_wizard.ui.language import install_translators, remove_translators
from ehealth_wizard.ui.wizard import MainController, make_session

ROOT = Path(__file__).resolve().parents[2]


def test_the_title_ends_with_the_display_name_once(qapp: Any, tmp_path: Path) -> None:
    install_translators(qapp, "uk")
    try:
        args = SimpleNamespace(server=None, profile=None, data_dir=str(tmp_path))
        window = MainController(make_session(args), "uk").window
        name = QGuiApplication.applicationDisplayName()
        assert name == "Реєстрація в eHealth"
        assert window.windowTitle() == f"ПІСОЧНИЦЯ — {name}"
        window.close()
    finally:
        remove_translators(qapp)


SHOW_TITLE = """
import subprocess, sys
from types import SimpleNamespace
from ehealth_wizard.ui import app as uiapp
from ehealth_wizard.ui.wizard import MainController, make_session
qt = uiapp.ensure_app()
uiapp.install_translators(qt, "uk")
session = make_session(SimpleNamespace(server=None, profile=None, data_dir=sys.argv[1]))
window = MainController(session, "uk").window
window.show()
qt.processEvents()
wid = str(int(window.winId()))
print(subprocess.run(["xdotool", "getwindowname", wid], capture_output=True, text=True,
                     check=True).stdout.strip())
window.close()
"""


def test_the_x11_title_bar_names_the_program_once(tmp_path: Path) -> None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
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
            [sys.executable, "-c", SHOW_TITLE, str(tmp_path / "data")],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert shown.returncode == 0, shown.stderr[-2000:]
        assert shown.stdout.strip().splitlines()[-1] == "ПІСОЧНИЦЯ — Реєстрація в eHealth"
    finally:
        server.terminate()
        server.wait(10)
