"""The window's process: QApplication, language, style, crash dialog; `run_gui` is the entry."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from ehealth_wizard.resources import resource
from ehealth_wizard.ui.first_paint import after_first_paint
from ehealth_wizard.ui.language import (
    DEFAULT_LANGUAGE as DEFAULT_LANGUAGE,
)
from ehealth_wizard.ui.language import (
    LANGUAGES as LANGUAGES,
)
from ehealth_wizard.ui.language import app_display_name
from ehealth_wizard.ui.language import (
    install_translators as install_translators,
)
from ehealth_wizard.ui.language import (
    pick_language as pick_language,
)
from ehealth_wizard.ui.language import (
    remove_translators as remove_translators,
)

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ehealth-wizard")
    app.setOrganizationName("ehealth-wizard")
    app.setApplicationDisplayName(app_display_name())
    return app


def apply_look(app: QApplication) -> None:
    """Readable default font (DejaVu has every Cyrillic glyph) and the program's style sheet
    (the icon comes after the first paint: `apply_icon`)."""
    font = QFont("DejaVu Sans")
    font.setPointSize(10)
    app.setFont(font)
    try:
        qss = resource("style", "wizard.qss").read_text(encoding="utf-8")
    except OSError:
        qss = ""
    app.setStyleSheet(qss)


def apply_icon(app: QApplication) -> None:
    """The program's icon on every window. The window's start sets it right after the first
    paint: QIcon's types and the SVG reader cost the first window time, and the title bar takes
    the icon a moment later unseen."""
    from PySide6.QtGui import QIcon

    icon = resource("icons", "app.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def after_the_start(app: QApplication) -> None:
    """What waits for the first paint: the icon, and the garbage collector (cli._launch_gui
    turned it off for the start). What the start made lives as long as the program: frozen,
    later collections do not walk it again."""
    apply_icon(app)
    gc.freeze()
    gc.enable()


def show_crash_dialog(parent: QWidget | None, draft_path: Path | None, details: str) -> None:
    # imported here: their types (and enums) cost the first window time it needs for nothing
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("app", "Something went wrong"))
    text = translate(
        "app",
        "The program hit an unexpected problem. Nothing you entered is lost: "
        "your draft is saved and opens again next time.",
    )
    if draft_path is not None:
        text += "\n\n" + translate("app", "Draft file: {path}").format(path=str(draft_path))
    box.setText(text)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if draft_path is not None:
        folder = box.addButton(
            translate("app", "Open the drafts folder"), QMessageBox.ButtonRole.ActionRole
        )
        folder.clicked.disconnect()  # keep the dialog open after showing the folder
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft_path.parent)))
        )
    box.exec()


def install_excepthook(window: Any) -> None:
    """An unexpected exception saves the draft first, then says so calmly."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception\n%s", details)
        if sys.__stderr__ is not None:
            sys.__stderr__.write(details)
        draft_path = None
        try:
            draft_path = window.save_now()
        except Exception:  # the dialog must still appear
            log.exception("could not save the draft after a crash")
        show_crash_dialog(window if isinstance(window, QWidget) else None, draft_path, details)

    sys.excepthook = hook


def no_display() -> bool:
    """On Linux/BSD without DISPLAY or WAYLAND_DISPLAY Qt would abort (exit 134) blaming a
    missing xcb library; an explicitly chosen other platform (offscreen, vnc) is left alone."""
    if sys.platform in ("win32", "darwin"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def no_display_sentence(lang: str) -> str:
    """One plain sentence in the UI language (no window can be made to say it)."""
    core = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translators(core, lang)
    return translate(
        "app",
        "The wizard's window needs a desktop session, and none was found here; "
        "every step also works from the command line (ehealth-wizard --help).",
    )


def run_gui(args: Any) -> int:
    """`ehealth-wizard` with no command: open the wizard and run until it closes."""
    if no_display():
        print(no_display_sentence(pick_language(getattr(args, "lang", None))), file=sys.stderr)
        return 2
    from ehealth_wizard.ui.wizard import open_main_window

    app = ensure_app()
    apply_look(app)
    lang = install_translators(app, pick_language(getattr(args, "lang", None)))
    controller = open_main_window(args, lang)
    install_excepthook(controller)
    after_first_paint(controller.window, lambda: after_the_start(app), at_the_latest_ms=1000)
    if os.environ.get("EHEALTH_WIZARD_EXIT_AFTER_SHOW"):
        # tests/bench/bench_startup.py: report the window's first paint, then leave.
        def shown() -> None:
            print("window-shown", flush=True)
            app.quit()

        after_first_paint(controller.window, shown)
    code = int(app.exec())
    from ehealth_wizard.ui.sandbox_control import stop_all

    controller.save_now()
    stop_all()
    return code
