"""Fixes from the QA pass on the GUI (/work/team/QA-UI.md): stale key checks, window size, ..."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from ehealth_wizard.core import flow
from tests.ui.conftest import send_demo, wait_until


def _key_opened(sc: Any) -> Any:
    sc.fill_demo()
    sc.through_forms()
    assert sc.window.current_step is flow.Step.KEY
    sc.open_chosen_key()
    key = sc.page("key")
    assert key.isComplete(), [p.code for p in sc.session.key_checks]
    return key


def _check_rows(key: Any) -> list[tuple[str, str]]:
    labels = [key.checks.itemAt(i).widget() for i in range(key.checks.count())]
    return [(w.objectName(), w.text()) for w in labels if isinstance(w, QLabel)]


def test_key_check_reruns_when_the_key_page_is_shown_again(scenario_factory: Any) -> None:
    """QA #3: a changed surname after the key was read blocks Next, without a password."""
    sc = scenario_factory("uk")
    key = _key_opened(sc)
    sc.window.back()
    assert sc.window.current_step is flow.Step.DIRECTOR
    real = sc.session.reg.director.last_name
    sc.session.set("$.owner.last_name", "Інший")
    sc.window.next()
    sc.pump()
    assert sc.window.current_step is flow.Step.KEY
    assert not key.isComplete()
    assert not sc.window.button(sc.window.WizardButton.NextButton).isEnabled()
    assert any(p.code == "signer_last_name_mismatch" for p in sc.session.key_checks)
    rows = _check_rows(key)
    assert any(name == "checkFailed" for name, _ in rows), rows
    assert not any("✔" in text for _, text in rows), rows
    # putting the surname back clears it again, still without a password
    sc.session.set("$.owner.last_name", real)
    sc.pump()
    assert key.isComplete()
    assert not any(p.code == "signer_last_name_mismatch" for p in sc.session.key_checks)


def test_key_check_follows_edits_to_tax_id_and_edrpou(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    key = _key_opened(sc)
    sc.session.set("$.owner.tax_id", "1234567899")
    assert not key.isComplete()
    assert any(p.code == "signer_tax_id_mismatch" for p in sc.session.key_checks)
    sc.session.set("$.edrpou", "12345678")
    assert any(p.code == "signer_edrpou_mismatch" for p in sc.session.key_checks)


def test_language_switch_keeps_the_key_facts_and_checks(scenario_factory: Any) -> None:
    """QA #10: after a language switch on the Key page the facts and checks are redrawn."""
    sc = scenario_factory("uk")
    _key_opened(sc)
    sc.controller.switch_language("en")
    sc.window = sc.controller.window
    assert wait_until(lambda: sc.window.current_step is flow.Step.KEY, 5)
    key = sc.page("key")
    assert key.isComplete()
    assert key.facts_box.isVisibleTo(key) and key.facts.rowCount() > 0
    rows = _check_rows(key)
    assert rows and all(name == "checkOk" for name, _ in rows), rows


def test_minimum_size_fits_a_scaled_screen(scenario_factory: Any) -> None:
    """QA #4: at 200 % on 1920×1080 only 960×540 is usable; the buttons must stay on screen."""
    sc = scenario_factory("uk")
    minimum = sc.window.minimumSize()
    assert minimum.width() <= 720 and minimum.height() <= 480
    screen = QApplication.primaryScreen()
    available = screen.availableGeometry().size()
    assert minimum.width() <= available.width() and minimum.height() <= available.height()


def test_after_acceptance_there_is_no_way_back_and_done_names_the_sent_address(
    scenario_factory: Any, sandbox: Any
) -> None:
    """QA #2 and #9: Back is off once eHealth accepted; Done names the address really used;
    the sandbox shows no keyring note."""
    from PySide6.QtCore import QCoreApplication

    sc = scenario_factory("uk")
    send_demo(sc)
    submit = sc.page("submit")
    assert sc.session.flow.state.finished
    back = sc.window.button(sc.window.WizardButton.BackButton)
    sc.pump()
    assert not back.isEnabled()
    assert submit.summary.text() == QCoreApplication.translate(
        "SubmitPage", "eHealth accepted the registration. Press Next."
    )
    sent = sc.session.reg.director.email
    sc.session.set("$.owner.email", "new.address@example.com")  # typed after acceptance
    sc.window.back()  # must not move
    assert sc.window.current_step is flow.Step.SUBMIT
    sc.window.next()
    sc.pump()
    assert sc.window.current_step is flow.Step.DONE
    assert not back.isEnabled()
    done = sc.page("done")
    assert sent in done.next_steps.text()
    assert "new.address@example.com" not in done.next_steps.text()
    # QA #15: once the invitation is accepted and the registry has it, the page says so
    import httpx

    assert wait_until(done.deadline.isVisible, 20)  # while it waits, eHealth's deadline shows
    mail = httpx.get(f"{sandbox.url}/api/mailbox", params={"to": sent}).json()["data"]
    httpx.post(mail[0]["link"], headers={"Accept": "application/json"}).raise_for_status()
    assert wait_until(lambda: done.title() == "Готово! Заклад зареєстровано в eHealth", 20)
    assert not done.heading.isVisible()
    # nothing about the invitation is left to worry the director: no link, no deadline
    assert not done.invitation.isVisible() and not done.deadline.isVisible()
    assert not done.follow_note.isVisible()  # nothing is left to follow


def test_demo_keeps_the_key_path_in_the_draft(scenario_factory: Any) -> None:
    """QA #11: closing the window after the demo keeps the key file's path."""
    sc = scenario_factory("uk")
    sc.fill_demo()
    path = sc.page("key").path_edit.text()
    assert path and sc.session.draft.meta.key_path == path


@pytest.mark.parametrize(
    "typed", ["+380671234567", "380671234567", "0671234567", "067 123 45 67", "(067) 123-45-67"]
)
def test_phone_typed_or_pasted_any_usual_way_is_one_valid_number(
    scenario_factory: Any, typed: str
) -> None:
    """QA #5: no mask turning «+380…» into «+38 (380) …»."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.conftest import type_text

    sc = scenario_factory("uk")
    sc.window.next()
    assert sc.window.current_step is flow.Step.FACILITY
    page = sc.page("facility")
    field = page.fields["$.phones[0].number"]
    edit = field.editor.edit
    edit.setFocus()
    type_text(edit, typed)
    assert field.editor.value() == "+380671234567"
    QTest.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field checks it and tidies the text
    sc.pump()
    assert sc.session.get("$.phones[0].number") == "+380671234567"
    assert edit.text() == "067 123 45 67"
    assert not [p for p in page.page_problems() if p.path.startswith("$.phones[0].number")]
    # pasting over it gives the same number
    QApplication.clipboard().setText(typed)
    edit.selectAll()
    edit.paste()
    assert field.editor.value() == "+380671234567"


def test_empty_password_is_asked_for_without_trying(scenario_factory: Any) -> None:
    """QA #12: no unlock attempt, no «wrong password», just «enter the password»."""
    from PySide6.QtCore import QCoreApplication

    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.through_forms()
    key = sc.page("key")
    key.password.clear()
    key.open_chosen_key()
    assert key.worker is None, "nothing was started"
    assert key.error.text() == QCoreApplication.translate("KeyPage", "Enter the key's password.")
    assert key.error.text() == "Введіть пароль ключа."
    assert not key.isComplete()


def test_times_are_shown_on_the_directors_clock(monkeypatch: Any) -> None:
    """QA #18: a draft saved at 10:20 UTC reads 12:20 in Kyiv."""
    import time

    from ehealth_wizard.ui.messages import local_time

    monkeypatch.setenv("TZ", "Europe/Kyiv")
    time.tzset()
    try:
        assert local_time("2026-11-27T10:20:31+00:00") == "27.11.2026 12:20"
        assert local_time("2026-11-27T10:20:31") == "27.11.2026 12:20"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_next_reason_lists_fields_in_page_order(scenario_factory: Any) -> None:
    """QA #18: the reason under Next names the empty fields as the page shows them."""
    sc = scenario_factory("uk")
    sc.window.next()
    page = sc.page("facility")
    page.show_all_problems()
    text = page.reason.text()
    labels = [f.plain_label for f in page.fields.values() if f.plain_label in text]
    assert len(labels) >= 2, text
    positions = [text.index(label) for label in labels]
    assert positions == sorted(positions), text
    first_blocking = labels[0]
    assert first_blocking == page.fields["$.type"].plain_label, text


def test_license_number_is_reachable_for_every_facility_type(scenario_factory: Any) -> None:
    """QA #17: what Review shows and signs can be edited on the License page."""
    sc = scenario_factory("uk")
    sc.fill_demo()
    assert sc.session.get("$.type") != "PHARMACY"
    sc.window.next()
    assert sc.window.current_step is flow.Step.LICENSE
    page = sc.page("license")
    assert page.fields["$.license.license_number"].box.isVisibleTo(page)
    assert page.focus_path("$.license.license_number")


def test_coded_values_in_messages_are_named(scenario_factory: Any) -> None:
    """QA #8: «який вказує: FEMALE», «Закладу типу OUTPATIENT» read as words."""
    from ehealth_wizard.core import dictionaries
    from ehealth_wizard.ui.messages import describe

    scenario_factory("uk")  # installs the Ukrainian translators
    text = describe("rnokpp_gender_mismatch", {"rnokpp_gender": "FEMALE"})
    assert "FEMALE" not in text
    text = describe("kved_not_allowed_for_type", {"type": "OUTPATIENT", "allowed": "86.22"})
    assert "OUTPATIENT" not in text
    position = next(iter(dictionaries.dictionary("POSITION")))
    text = describe("owner_position_not_allowed", {"value": position})
    assert dictionaries.dictionary("POSITION")[position] in text


def test_dates_in_messages_read_as_dates(scenario_factory: Any) -> None:
    from ehealth_wizard.ui.messages import describe

    scenario_factory("uk")
    text = describe("signer_cert_expired", {"not_after": "2024-12-31"})
    assert "31.12.2024" in text and "2024-12-31" not in text
    text = describe("signer_cert_expired", {"not_after": "2026-10-28T10:30:21+00:00"})
    assert "28.10.2026" in text and "T10:30" not in text


def test_done_offers_finish_not_next_and_finish_closes_the_window(
    scenario_factory: Any, sandbox: Any
) -> None:
    """The last page has no Next (it led nowhere and failed); Finish closes like the title
    bar's x: the draft is saved, nothing is lost."""
    sc = scenario_factory("uk")
    send_demo(sc)
    sc.window.next()
    sc.pump()
    assert sc.window.current_step is flow.Step.DONE
    wizard = sc.window
    next_button = wizard.button(wizard.WizardButton.NextButton)
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert not next_button.isVisible()
    assert finish.isVisible() and finish.isEnabled()
    QTest.mouseClick(finish, Qt.MouseButton.LeftButton)
    sc.pump()
    assert not wizard.isVisible()
    assert sc.session.draft.meta.submission is not None
    assert not sc.session.has_unsaved
