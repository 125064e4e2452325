"""Languages: complete .ts files, every core text translated, no stray language on any page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from ehealth_wizard.core import texts
from ehealth_wizard.resources import translation
from ehealth_wizard.ui.i18n_tool import ts_path

LATIN = re.compile(r"[A-Za-z]{2,}")
CYRILLIC = re.compile(r"[А-Яа-яЇїІіЄєҐґ]")
# Words that stay as they are in a Ukrainian window: product, formats, brands, units.
LATIN_ALLOWED = {
    "eHealth",
    "JSON",
    "PDF",
    "PIN",
    "PUK",
    "OCSP",
    "CMS",
    "CAdES",
    "HTTP",
    "https",
    "http",
    "ID",
    "UTF",
    "PKCS",
    "Key",
    "dat",
    "pfx",
    "p12",
    "jks",
    "zs2",
    "pk8",
    "key",
    "cer",
    "crt",
    "pem",
    "p7b",
    "nonce",
    "SecureToken",
    "UA",
    "ISO",
    "API",
    "UUID",
    "tsp",
    "no",
    "URL",
    "English",
}
# Official Ukrainian acronyms that an English window keeps (as English documents do).
CYRILLIC_ALLOWED = ("ЄДРПОУ", "ЄДР", "РНОКПП", "КВЕД", "ФОП", "Українська", "В")
EMAIL_OR_URL = re.compile(r"\S+@\S+|https?://\S+|\b[\w.-]+\.(?:com|ua|example)\S*")


def _entries(lang: str) -> list[ET.Element]:
    return list(ET.parse(ts_path(lang)).getroot().iter("message"))  # noqa: S314


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_ts_files_have_no_unfinished_entry(lang: str) -> None:
    unfinished = [
        m.findtext("source")
        for m in _entries(lang)
        if (m.find("translation") is None)
        or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_every_core_text_has_a_ukrainian_translation() -> None:
    translated = {
        m.findtext("source"): m.findtext("translation")
        for m in _entries("uk")
        if m.find("translation") is not None and m.find("translation").get("type") is None  # type: ignore[union-attr]
    }
    missing = [code for code, text in texts.TEXTS.items() if not translated.get(text)]
    assert missing == [], "run: python -m ehealth_wizard.ui.i18n_tool update, then translate"


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_compiled_qm_files_are_shipped_and_current(lang: str) -> None:
    """Every .ts entry reads back from the shipped .qm (run i18n_tool release if not)."""
    from PySide6.QtCore import QTranslator

    qm = Path(str(translation(f"ehealth_wizard_{lang}.qm")))
    translator = QTranslator()
    assert translator.load(str(qm))
    root = ET.parse(ts_path(lang)).getroot()  # noqa: S314
    stale = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            wanted = message.findtext("translation") or ""
            if translator.translate(name, source) != wanted:
                stale.append(source)
    assert stale == []


def visible_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    out: list[tuple[QWidget, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _is_data(widget):
            continue
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            text = QTextDocumentFragment.fromHtml(widget.text()).toPlainText()  # what shows
        elif isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
        else:
            continue
        if text:
            out.append((widget, text.replace("&", "")))
    title = window.currentPage().title() + " " + window.currentPage().subTitle()  # type: ignore[attr-defined]
    out.append((window, title))
    return out


def _is_data(widget: QWidget) -> bool:
    """Data the director typed or the register holds (names, dictionary values) is not UI text."""
    node: QWidget | None = widget
    while node is not None:
        if node.property("dataText"):
            return True
        node = node.parentWidget()
    return False


def english_left(text: str) -> list[str]:
    cleaned = EMAIL_OR_URL.sub(" ", text)
    return [w for w in LATIN.findall(cleaned) if w not in LATIN_ALLOWED]


# Data inside a server message: a value quoted back (“Іванівна”) and the register's own list of
# heads after "which lists:" (names and roles as ЄДР writes them).
QUOTED_DATA = re.compile(r"“[^”]*”|which lists: .*")


def ukrainian_left(text: str) -> bool:
    cleaned = QUOTED_DATA.sub(" ", text)
    for word in CYRILLIC_ALLOWED:
        cleaned = cleaned.replace(word, "")
    return bool(CYRILLIC.search(cleaned))


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_every_page_speaks_one_language(scenario_factory: Any, lang: str) -> None:
    sc = scenario_factory(lang)
    found: list[str] = []

    def check(step: str, window: Any) -> None:
        for _widget, text in visible_texts(window):
            if lang == "uk" and english_left(text):
                found.append(f"{step}: {text!r}")
            if lang == "en" and ukrainian_left(text):
                found.append(f"{step}: {text!r}")

    sc.visit_every_page(check)
    assert sc.page("submit").stages.row("edr").state == "passed"
    assert found == []


def test_language_switch_keeps_the_place_and_the_data(scenario_factory: Any) -> None:
    from ehealth_wizard.core import flow
    from tests.ui.conftest import wait_until

    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.window.next()
    old = sc.window
    assert old.current_step is flow.Step.LICENSE
    assert old.currentPage().title() == "Ліцензія та акредитація"
    old.side.language.setCurrentIndex(1)  # English
    assert wait_until(lambda: sc.controller.window is not old, 5)
    new = sc.controller.window
    sc.pump()
    assert new.current_step is flow.Step.LICENSE
    assert new.currentPage().title() == "License and accreditation"
    field = new.page_for("license").fields["$.license.issued_by"]
    assert field.value() == sc.session.get("$.license.issued_by") != ""
    new.side.language.setCurrentIndex(0)  # back, so later tests start in Ukrainian
    assert wait_until(lambda: sc.controller.window is not new, 5)


def test_reason_codes_inside_messages_are_translated_too(qapp: Any) -> None:
    from ehealth_wizard.ui.app import install_translators, remove_translators
    from ehealth_wizard.ui.messages import describe

    install_translators(qapp, "uk")
    try:
        text = describe("key_file_unreadable", {"path": "/x/Key-6.dat", "reason": "not_found"})
    finally:
        remove_translators(qapp)
    assert "/x/Key-6.dat" in text
    assert english_left(text.replace("/x/Key-6.dat", "")) == []
    assert "не існує" in text
