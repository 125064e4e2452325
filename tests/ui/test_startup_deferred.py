"""Issue 15 (item 12): the first window is painted before the registration model, the drafts
and PySide's `Qt` namespace are loaded; the drafts fill Welcome right after that paint."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt

from ehealth_wizard.core.drafts import DraftStore
from ehealth_wizard.core.model import set_path
from ehealth_wizard.core.paths import AppPaths
from ehealth_wizard.ui.widgets import qtvalues
from tests.ui.conftest import wait_until
from tests.ui.test_lazy_start import run_offscreen

LATER = (
    "ehealth_wizard.core.model",
    "ehealth_wizard.core.drafts",
    "ehealth_wizard.core.flow",
    "ehealth_wizard.core.registration",
    "ehealth_wizard.core.problems",
    "ehealth_wizard.core.paths",  # the data folders: the drafts' business
    "ehealth_wizard.core.profile",  # only when a vendor profile exists
    "ehealth_wizard.ui.messages",
    "ehealth_wizard.ui.widgets.fields",
    "ehealth_wizard.ui.pages.form",
)
# What is true when the window's first Paint event arrives: a filter installed after
# open_main_window's own (Qt asks the newest filter first) looks before any work armed for
# after the paint has run.
AT_FIRST_PAINT = """
import os, sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from types import SimpleNamespace
from ehealth_wizard.ui import app as uiapp
from ehealth_wizard.ui.wizard import open_main_window

later = sys.argv[2:]
qt = uiapp.ensure_app()
uiapp.apply_look(qt)
lang = uiapp.install_translators(qt, "uk")
args = SimpleNamespace(server=None, profile=None, data_dir=sys.argv[1])
controller = open_main_window(args, lang)

class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            loaded = sorted(m for m in later if m in sys.modules)
            print("QT", "Qt" in vars(QtCore), flush=True)
            print("LOADED", loaded, flush=True)
            print("OPEN", controller.session.is_open, flush=True)
            os._exit(0)
        return False

watcher = AtPaint()
controller.window.installEventFilter(watcher)
qt.exec()
"""


def test_the_first_paint_comes_before_the_model_and_the_qt_namespace(tmp_path: Path) -> None:
    done = run_offscreen(AT_FIRST_PAINT, str(tmp_path / "data"), *LATER)
    assert "LOADED []" in done.stdout, done.stdout + done.stderr[-2000:]
    assert "QT False" in done.stdout, done.stdout
    assert "OPEN False" in done.stdout


def test_the_numbers_set_through_properties_are_qts() -> None:
    assert Qt.FocusPolicy.NoFocus.value == qtvalues.NO_FOCUS
    assert Qt.FocusPolicy.StrongFocus.value == qtvalues.STRONG_FOCUS
    assert Qt.AlignmentFlag.AlignTop.value == qtvalues.ALIGN_TOP
    assert Qt.AlignmentFlag.AlignCenter.value == qtvalues.ALIGN_CENTER


def _saved_draft(data_dir: Path, name: str) -> str:
    store = DraftStore.for_paths(AppPaths.resolve(data_dir))
    draft = store.new_draft()
    draft.registration = set_path(draft.registration, "$.name", name)
    draft.registration = set_path(draft.registration, "$.edrpou", "38782323")
    store.save(draft)
    return draft.draft_id


def _args(data_dir: Path) -> SimpleNamespace:
    # a real environment's address: no embedded sandbox starts; nothing is sent to it
    return SimpleNamespace(server="http://127.0.0.1:9", profile=None, data_dir=str(data_dir))


def test_the_saved_drafts_fill_welcome_after_the_first_paint(qtbot: Any, tmp_path: Path) -> None:
    from ehealth_wizard.ui.wizard import open_main_window

    draft_id = _saved_draft(tmp_path, "Клініка Здоров'я")
    controller = open_main_window(_args(tmp_path), "uk")
    window = controller.window
    welcome = window.currentPage()
    assert not controller.session.is_open  # shown, not painted yet: the lists wait
    assert welcome.drafts.count() == 0
    assert wait_until(lambda: controller.session.is_open, 10)
    assert welcome.drafts.count() == 1
    assert welcome.drafts.currentData() == draft_id
    assert "Клініка Здоров'я" in welcome.drafts.currentText()
    assert welcome.continue_button.isChecked(), "the program offers to continue"
    window.next()  # the draft opens where it was left
    assert controller.session.draft.draft_id == draft_id
    window.close()


# The real entry (cli.main) with a look at the window as it is built and once it is painted.
AFTER_THE_START = """
import gc, os, sys
from PySide6.QtGui import QGuiApplication
import ehealth_wizard.ui.wizard as wizard
from ehealth_wizard.ui.first_paint import after_first_paint

opened = wizard.open_main_window

def watched(args, lang):
    controller = opened(args, lang)
    icon = not QGuiApplication.windowIcon().isNull()
    print("BUILT", "gc", gc.isenabled(), "icon", icon, flush=True)

    def painted():
        icon = not QGuiApplication.windowIcon().isNull()
        frozen = gc.get_freeze_count() > 0
        print("PAINTED", "gc", gc.isenabled(), "frozen", frozen, "icon", icon, flush=True)
        os._exit(0)

    after_first_paint(controller.window, painted)
    return controller

wizard.open_main_window = watched
from ehealth_wizard.cli import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_start_collects_no_garbage_and_sets_the_icon_after_the_first_paint(
    tmp_path: Path,
) -> None:
    done = run_offscreen(AFTER_THE_START, str(tmp_path / "data"))
    assert "BUILT gc False icon False" in done.stdout, done.stdout + done.stderr[-2000:]
    assert "PAINTED gc True frozen True icon True" in done.stdout, done.stdout
