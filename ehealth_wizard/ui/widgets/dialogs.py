"""The program's file dialogs: Qt's own (they speak the window's language, which the system's
dialog does not) and never starting in the program's working folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def open_file_dialog(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
    """(path, chosen filter); the dialog starts in the folder of `start` (a file already
    chosen) when it exists, else in the home folder."""
    folder = Path(start).expanduser().parent if start else Path.home()
    if not folder.is_dir():
        folder = Path.home()
    path, chosen = QFileDialog.getOpenFileName(
        parent, title, str(folder), filters, options=QFileDialog.Option.DontUseNativeDialog
    )
    return str(path or ""), str(chosen or "")


def save_file_dialog(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """The path to write, or "" when cancelled. `suggested` is a file name (offered in the home
    folder) or a path (offered where it is, when that folder exists)."""
    wanted = Path(suggested).expanduser()
    if not wanted.is_absolute() or not wanted.parent.is_dir():
        wanted = Path.home() / wanted.name
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(wanted), filters, options=QFileDialog.Option.DontUseNativeDialog
    )
    return str(path or "")
