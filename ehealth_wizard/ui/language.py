"""The window's language: our translations and Qt's own, installed on the application.

Apart from ui/app.py so that the window (a language switch) and the process entry share it
without importing each other."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from ehealth_wizard import LANGUAGES as LANGUAGES
from ehealth_wizard.resources import translation

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "uk"
_TRANSLATORS: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> str:
    """Load our .qm and Qt's own qtbase_<lang>.qm (standard buttons); return the language used."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for old in _TRANSLATORS:
        app.removeTranslator(old)
    _TRANSLATORS.clear()
    ours = QTranslator(app)
    qm = translation(f"ehealth_wizard_{lang}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _TRANSLATORS.append(ours)
    else:
        log.warning("no translation file %s", qm)
    if lang != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt)
            _TRANSLATORS.append(qt)
    QLocale.setDefault(
        QLocale(QLocale.Language.Ukrainian if lang == "uk" else QLocale.Language.English)
    )
    if isinstance(app, QGuiApplication):  # the desktop appends it to every window title
        app.setApplicationDisplayName(app_display_name())
    return lang


def app_display_name() -> str:
    """The program's name in the UI language (Qt appends it to window titles not ending so)."""
    return QCoreApplication.translate("app", "eHealth registration")


def remove_translators(app: QCoreApplication) -> None:
    """Back to the untranslated (English) sources, e.g. between tests sharing one QApplication."""
    for old in _TRANSLATORS:
        app.removeTranslator(old)
    _TRANSLATORS.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English))


def pick_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return str(requested)
    env = os.environ.get("EHEALTH_WIZARD_LANG", "")
    if env in LANGUAGES:
        return env
    return DEFAULT_LANGUAGE
