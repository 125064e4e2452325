"""Issue 15 (item 6): the consent on Review wraps at any width (it is not cut at the right), a
click on its words ticks it, and it links to what is agreed to, opened in the browser."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from ehealth_wizard.ui.pages.review import OFFER_URL
from tests.ui.test_fits import outside


def test_consent_wraps_ticks_on_its_words_and_links_to_the_terms(
    scenario_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sc = scenario_factory("uk")
    sc.to_review()
    review = sc.page("review")
    sc.window.resize(sc.window.minimumSize())  # the narrowest the window allows
    sc.pump()
    words = review.consent_text
    assert words.isVisibleTo(review) and words.wordWrap()
    assert words.heightForWidth(words.width()) <= words.height() + 2, "not cut or squeezed"
    assert words.height() > words.fontMetrics().height() * 1.5, "wrapped onto lines"
    assert [line for line in outside(sc.window) if "consent" in line.lower()] == []

    was = review.consent.isChecked()
    QTest.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(20, 5))
    assert review.consent.isChecked() is not was
    assert sc.session.reg.public_offer.consent is not was
    if was:
        assert not review.isComplete()
        QTest.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(20, 5))
    assert review.consent.isChecked() and review.isComplete()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    link = review.offer_link
    assert link.isVisibleTo(review)
    QTest.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(15, link.height() // 4))
    assert [u.toString() for u in opened] == [QUrl(OFFER_URL).toString()]
    assert "zakon.rada.gov.ua" in OFFER_URL and "411-2018" in OFFER_URL
    assert review.consent.isChecked(), "the link does not untick the consent"
