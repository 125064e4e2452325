"""Issue 15 (item 9): the title bar names the program once. Qt's xcb window appends the
application's display name unless the title already ends with it (formatWindowTitle)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtGui import QGuiApplication

from ehealth_wizard.ui.language import install_translators, remove_translators
from ehealth_wizard.ui.wizard import MainController, make_session
from tests.ui.conftest import run_under_xvfb

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
from tests.ui.conftest import run_under_xvfb
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
    shown = run_under_xvfb(SHOW_TITLE, str(tmp_path / "data"))
    assert shown.stdout.strip().splitlines()[-1] == "ПІСОЧНИЦЯ — Реєстрація в eHealth"
