"""A crash shows a calm dialog that names the saved draft; the typed data is on disk."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ehealth_wizard.ui.app import install_excepthook
from ehealth_wizard.ui.wizard import MainController, make_session


def test_unexpected_error_saves_the_draft_and_says_where(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    session = make_session(SimpleNamespace(data_dir=str(tmp_path), server=None, profile=None))
    controller = MainController(session, "en")
    session.set("$.name", "ТОВ «Клініка»")
    assert session.has_unsaved
    install_excepthook(controller)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert seen and "draft" in seen[0]
    saved = session.store.main_path(session.draft.draft_id)
    assert str(saved) in seen[0]
    assert json.loads(saved.read_text(encoding="utf-8"))["registration"]["facility"]["name"] == (
        "ТОВ «Клініка»"
    )
    controller.window.close()
