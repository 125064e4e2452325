"""The key page's third way, driven with clicks: save the file to sign, sign it "elsewhere" (the
demo key, as a cloud key or the state signing page would: CAdES-BES without a time-stamp), choose
the signed file, see it checked and completed, send it to the sandbox; and a refusal."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QWizard

from ehealth_wizard.core import flow
from ehealth_wizard.core.payload import build_payload, canonical_bytes
from ehealth_wizard.core.signing.cades import sign_cades
from ehealth_wizard.core.signing.external import PENDING_KEY
from ehealth_wizard.core.signing.keys import FileKeySource
from ehealth_wizard.sandbox.demo import issue_demo_key, write_demo_key
from ehealth_wizard.ui import messages
from tests.ui.conftest import resume_at_key_page, wait_until
from tests.ui.test_i18n import ukrainian_left, visible_texts

LEFT = Qt.MouseButton.LeftButton
_INSIDE = QPoint(8, 8)  # on a check box's box itself

# A file dialog that is never answered would block its nested event loop for good: the answer
# below closes it after a bounded time, and pytest-timeout's thread method ends the run even if
# that fails (the signal method cannot interrupt Qt's C++ loop while no Python code runs).
pytestmark = pytest.mark.timeout(240, method="thread")

DIALOG_LIMIT = 20.0  # seconds a file dialog may stay open in these tests


class FileDialogAnswer:
    """Answer the program's next file dialog as a user does: click into its file-name box, type
    the path, click Save/Open. A dialog that does not open, or stays open after the click, is
    recorded in `problem` and closed, so the test fails instead of hanging.

    Why the old answer (selectFile() + accept()) hung: offscreen, the dialog's window was not
    active, so its name box had no keyboard focus. Qt then neither replaces the name box's text
    on selectFile() nor unselects what its completer selected while typing (the folder of the
    path); selectedFiles() stays that folder, Open opens the folder instead of closing, the
    modal dialog never returns and neither does the click on "Choose the signed file…"."""

    def __init__(self, path: Path, limit: float = DIALOG_LIMIT) -> None:
        self.path = path
        self.deadline = time.monotonic() + limit
        self.dialog: QFileDialog | None = None
        self.chosen: list[str] = []
        self.closed = False
        self.problem = ""
        QTimer.singleShot(20, self._look)

    def _late(self, what: str) -> bool:
        if time.monotonic() <= self.deadline:
            return False
        self.problem = what
        if self.dialog is not None and shiboken6.isValid(self.dialog) and not self.closed:
            self.dialog.reject()
        return True

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if time.monotonic() > self.deadline:
                self.problem = f"no file dialog opened (modal widget: {dialog!r})"
                if dialog is not None:
                    dialog.close()
                return
            QTimer.singleShot(20, self._look)
            return
        self.dialog = dialog
        dialog.fileSelected.connect(self.chosen.append)
        dialog.finished.connect(lambda _result: setattr(self, "closed", True))
        self.name = dialog.findChild(QLineEdit, "fileNameEdit")
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        if self.name is None or box is None or not box.buttons():
            self.problem = "not Qt's own file dialog (no file-name box or buttons)"
            dialog.reject()
            return
        self.accept = box.buttons()[0]  # "Open", labelled "Save" in a save dialog
        dialog.activateWindow()
        self._focus()

    def _focus(self) -> None:
        """Click into the name box once the dialog is the active window. Without the keyboard
        focus there, Qt keeps every name the completer selected while typing (the folder of the
        path), and Save/Open then opens that folder instead of closing the dialog: the hang."""
        assert self.dialog is not None
        if not self.dialog.isActiveWindow():
            if not self._late("the file dialog never became the active window"):
                QTimer.singleShot(20, self._focus)
            return
        QTest.mouseClick(self.name, LEFT)
        if not self.name.hasFocus():
            self.problem = "the file dialog's name box does not take the keyboard focus"
            self.dialog.reject()
            return
        QTest.keyClick(self.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(self.name, Qt.Key.Key_Delete)
        QTest.keyClicks(self.name, str(self.path))
        completer = self.name.completer()
        if completer is not None and completer.popup().isVisible():
            QTest.keyClick(completer.popup(), Qt.Key.Key_Escape)  # close the suggestions
        self._click()

    def _click(self) -> None:
        if not self.accept.isEnabled():
            if not self._late(
                f"the file dialog's Save/Open button stayed disabled with {self.name.text()!r}"
            ):
                QTimer.singleShot(20, self._click)
            return
        QTest.mouseClick(self.accept, LEFT)
        self._watch()

    def _watch(self) -> None:
        if self.closed or self._late(f"the file dialog stayed open after choosing {self.path}"):
            return
        QTimer.singleShot(20, self._watch)

    def check(self) -> None:
        assert not self.problem, self.problem
        assert self.closed, "the file dialog never closed"
        assert self.chosen == [str(self.path)], self.chosen


class UrlCatcher(QObject):
    """Qt's own hook for links: the page asks Qt to open the browser, this receives it."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def _to_key_page(sc: Any) -> tuple[Any, str, str]:
    sc.fill_demo()
    sc.through_forms()
    key = sc.page("key")
    return key, key.path_edit.text(), key.password.text()


def _save_file_to_sign(qtbot: Any, key: Any, target: Path) -> Any:
    qtbot.mouseClick(key.external_choice, LEFT, pos=key.external_choice.rect().center())
    panel = key.external_panel
    assert panel is not None and panel.isVisible() and not key.file_box.isVisible()
    answer = FileDialogAnswer(target)
    qtbot.mouseClick(panel.save_button, LEFT)
    answer.check()
    assert target.is_file(), panel.saved_label.text()
    return panel


def _choose_signed(qtbot: Any, key: Any, signed: Path) -> None:
    answer = FileDialogAnswer(signed)
    qtbot.mouseClick(key.external_panel.choose_button, LEFT)
    answer.check()
    assert wait_until(lambda: key.worker is None, 60)


def _at_saved_file(
    scenario_factory: Callable[..., Any], qtbot: Any, tmp_path: Path, lang: str
) -> tuple[Any, Any, str, str, Path]:
    """A finished form on the key page, the third way chosen and the file to sign saved."""
    sc = scenario_factory(lang)
    key, key_file, password = _to_key_page(sc)
    target = tmp_path / "to-sign.json"
    _save_file_to_sign(qtbot, key, target)
    return sc, key, key_file, password, target


def _sign_elsewhere(key_file: str, password: str, content: bytes, out: Path) -> Path:
    signer = FileKeySource(key_file).open(password)
    try:  # "without a time-stamp": a CAdES-BES, as a signing page may return it
        out.write_bytes(sign_cades(content, signer, tsp_url=None))
    finally:
        signer.close()
    return out


def test_sign_elsewhere_check_and_send(
    scenario_factory: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    sc = scenario_factory("en")
    key, key_file, password = _to_key_page(sc)
    target = tmp_path / "to-sign.json"
    panel = _save_file_to_sign(qtbot, key, target)
    payload = canonical_bytes(build_payload(sc.session.reg))
    assert target.read_bytes() == payload
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(target) in panel.saved_label.text()
    assert "to-sign.json" in panel.steps.text()
    english = [t for _, t in visible_texts(sc.window) if ukrainian_left(t)]
    assert english == []  # the English page names the providers in Latin letters too

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        qtbot.mouseClick(panel.open_page, LEFT)
        qtbot.mouseClick(panel.open_diia, LEFT)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://czo.gov.ua/sign", "https://ca.diia.gov.ua/sign"]

    # the draft remembers it waits for a signature: close (reload from disk) and come back
    draft_id = sc.session.draft.draft_id
    sc.session.save_now()
    sc.session.open_draft(draft_id)
    assert sc.session.draft.meta.extra[PENDING_KEY]["payload_path"] == str(target)
    key.external_choice.setChecked(False)
    key.file_choice.setChecked(True)
    key.load()
    assert key.external_choice.isChecked() and key.external_panel.isVisible()
    assert not sc.session.status("key").complete

    signed = _sign_elsewhere(key_file, password, target.read_bytes(), tmp_path / "to-sign.p7s")
    _choose_signed(qtbot, key, signed)
    imported = sc.session.external
    assert imported is not None and imported.completed == ("timestamp_added",)
    assert sc.session.status("key").complete
    rows = [key.checks.itemAt(i).widget().text() for i in range(key.checks.count())]
    assert any("A time-stamp was added by http://127.0.0.1:" in r for r in rows)
    verdict = key.external_panel.verdict
    assert verdict.isVisible() and verdict.property("indication") == "TOTAL-PASSED"
    assert verdict.text() == "Signature check on this computer: The signature is valid."
    assert sc.session.draft.meta.extra[PENDING_KEY]["signed_path"] == str(signed)

    sc.window.next()
    sc.pump()
    sc.page("review").consent.setChecked(True)
    sc.send()
    submit = sc.page("submit")
    assert submit.result is not None, submit.summary.text()
    entity = sc.running.sandbox.store.get_entity(submit.result.legal_entity_id)
    assert entity is not None
    sign_row = submit.stage_list().row("sign")
    assert sign_row.title.text() == "Signed by another program, checked on this computer"


def test_a_signature_of_another_facility_is_refused_with_reasons(
    scenario_factory: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    sc, key, _, _, target = _at_saved_file(scenario_factory, qtbot, tmp_path, "en")
    other = issue_demo_key(sc.running.sandbox, "33391451", key_format="pkcs12-ecdsa")
    write_demo_key(other, tmp_path / "other")
    signed = _sign_elsewhere(
        str(tmp_path / "other" / other.file_name),
        other.password,
        target.read_bytes(),
        tmp_path / "other.p7s",
    )
    _choose_signed(qtbot, key, signed)
    assert sc.session.external is None
    assert not sc.session.status("key").complete
    assert key.error.isVisible() and "Nothing was sent" in key.error.text()
    rows = [key.checks.itemAt(i).widget().text() for i in range(key.checks.count())]
    assert any("The key belongs to ЄДРПОУ 33391451" in r for r in rows), rows
    assert all(r.startswith("✘") for r in rows)


@pytest.mark.parametrize("lang", ["uk"])
def test_the_option_is_named_in_ukrainian(scenario_factory: Callable[..., Any], lang: str) -> None:
    sc = scenario_factory(lang)
    key = sc.page("key")
    assert key.external_choice.text() == "Підписати хмарним ключем або іншою програмою"


def test_nothing_is_saved_before_the_offer_is_accepted_and_a_later_edit_voids_the_signature(
    scenario_factory: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    sc = scenario_factory("en")
    key, key_file, password = _to_key_page(sc)
    qtbot.mouseClick(key.external_choice, LEFT, pos=key.external_choice.rect().center())
    panel = key.external_panel
    assert panel.consent.isChecked() == sc.session.reg.public_offer.consent
    if panel.consent.isChecked():
        qtbot.mouseClick(panel.consent, LEFT, pos=panel.consent.rect().topLeft() + _INSIDE)
    assert not sc.session.reg.public_offer.consent
    qtbot.mouseClick(panel.save_button, LEFT)  # no dialog opens: the offer is part of the file
    assert "Accept the public offer first" in panel.saved_label.text()
    assert PENDING_KEY not in sc.session.draft.meta.extra

    qtbot.mouseClick(panel.consent, LEFT, pos=panel.consent.rect().topLeft() + _INSIDE)
    assert sc.session.reg.public_offer.consent
    target = tmp_path / "to-sign.json"
    answer = FileDialogAnswer(target)
    qtbot.mouseClick(panel.save_button, LEFT)
    answer.check()
    assert b'"consent":true' in target.read_bytes()
    signed = _sign_elsewhere(key_file, password, target.read_bytes(), tmp_path / "s.p7s")
    _choose_signed(qtbot, key, signed)
    assert sc.session.status("key").complete

    sc.session.set("$.email", "changed@example.com")  # the signed bytes no longer match
    assert sc.session.external is None and not sc.session.status("key").complete
    assert "changed after it was signed" in key.error.text()


def test_a_changed_signature_reads_not_valid_and_is_refused(
    scenario_factory: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    sc, key, key_file, password, target = _at_saved_file(scenario_factory, qtbot, tmp_path, "uk")
    good = _sign_elsewhere(key_file, password, target.read_bytes(), tmp_path / "good.p7s")
    der = bytearray(good.read_bytes())
    der[-1] ^= 0x01  # the last byte of the signature value (a BES: no unsigned attributes)
    changed = tmp_path / "changed.p7s"
    changed.write_bytes(bytes(der))
    _choose_signed(qtbot, key, changed)
    assert sc.session.external is None and not sc.session.status("key").complete
    verdict = key.external_panel.verdict
    assert verdict.isVisible() and verdict.property("indication") == "TOTAL-FAILED"
    assert verdict.text() == (
        "Перевірка підпису на цьому комп'ютері: " + messages.describe("verdict_total_failed")
    )
    assert "Nothing was sent" not in verdict.text()

    _choose_signed(qtbot, key, good)  # the right file afterwards: the verdict follows it
    assert sc.session.external is not None
    assert verdict.property("indication") == "TOTAL-PASSED"


def test_a_restart_comes_back_to_the_waiting_signature(
    scenario_factory: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    """Save the file, close the program (sign on the phone), start it again on the same draft:
    the key page reopens on the third way with the saved file, and the signed file completes it."""
    data = tmp_path / "shared"
    first = scenario_factory("en", data)
    key, key_file, password = _to_key_page(first)
    target = tmp_path / "to-sign.json"
    _save_file_to_sign(qtbot, key, target)
    first.window.close()  # the director closes the program (the draft is saved on close)

    signed = _sign_elsewhere(key_file, password, target.read_bytes(), tmp_path / "to-sign.p7s")
    second = scenario_factory("en", data)
    key = resume_at_key_page(second)
    assert key.external_choice.isChecked() and not key.file_choice.isChecked()
    panel = key.external_panel
    assert panel is not None and panel.isVisible() and not key.file_box.isVisible()
    assert str(target) in panel.saved_label.text()
    assert "changed after" not in panel.saved_label.text()
    assert "to-sign.json" in panel.steps.text()
    assert not key.isComplete()

    _choose_signed(qtbot, key, signed)
    assert key.isComplete(), key.error.text()
    assert second.session.draft.meta.extra[PENDING_KEY]["signed_path"] == str(signed)
    second.window.next()
    second.pump()
    assert second.window.current_step is flow.Step.REVIEW


COMMIT_TEXT = {
    "uk": ("Надіслати", "Підписати й надіслати"),
    "en": ("Send", "Sign and send"),
}
REVIEW_TITLE = {
    "uk": ("Перевірте перед надсиланням", "Перевірте перед підписанням"),
    "en": ("Check before sending", "Check before signing"),
}


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_review_says_send_when_the_signature_was_imported(
    scenario_factory: Callable[..., Any], qtbot: Any, tmp_path: Path, lang: str
) -> None:
    """With its own key Review signs and sends; signed elsewhere already (the director went
    back and imported a signature instead), its button only sends, and it does."""
    send_only, sign_and_send = COMMIT_TEXT[lang]
    before_sending, before_signing = REVIEW_TITLE[lang]
    sc = scenario_factory(lang)
    key, key_file, password = _to_key_page(sc)
    sc.open_chosen_key()
    sc.window.next()
    sc.pump()
    review = sc.page("review")
    commit = sc.window.button(QWizard.WizardButton.NextButton)
    assert sc.window.currentPage() is review and commit.text() == sign_and_send
    assert review.title() == before_signing

    sc.window.back()
    sc.pump()
    assert sc.window.currentPage() is key
    target = tmp_path / "to-sign.json"
    _save_file_to_sign(qtbot, key, target)
    signed = _sign_elsewhere(key_file, password, target.read_bytes(), tmp_path / "to-sign.p7s")
    _choose_signed(qtbot, key, signed)
    assert sc.session.external is not None and sc.session.signer is None
    sc.window.next()
    sc.pump()
    commit = sc.window.button(QWizard.WizardButton.NextButton)
    assert sc.window.currentPage() is review
    assert commit.isVisible() and commit.text() == send_only
    assert review.title() == before_sending  # nothing is signed here any more
    review.consent.setChecked(True)
    qtbot.mouseClick(commit, LEFT)
    submit = sc.page("submit")
    assert sc.wait(lambda: submit.worker is None, 60)
    assert submit.result is not None, submit.summary.text()
    assert sc.session.draft.meta.submission is not None
