"""The Qt PIN prompt asked from a worker thread: the dialog shows on the GUI thread, masked, with
the token's warning; the answer (or Cancel) goes back to the waiting worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from ehealth_wizard.core.signing.tokens.session import PinTries
from ehealth_wizard.ui.pin_prompt import PinDialog, QtPinPrompt
from ehealth_wizard.ui.workers import Worker
from tests.signing.softhsm import PIN, SOFTHSM_MODULE, SoftHsm, requires_softhsm, softhsm

__all__ = ["softhsm"]


class Asker(threading.Thread):
    """A plain worker thread asking the prompt once."""

    def __init__(self, prompt: QtPinPrompt, label: str, tries: PinTries) -> None:
        super().__init__(daemon=True)
        self.prompt, self.label, self.tries = prompt, label, tries
        self.answer: str | None = "unset"

    def run(self) -> None:
        self.answer = self.prompt.ask(self.label, self.tries)


@pytest.fixture
def prompt(qtbot: Any) -> Iterator[QtPinPrompt]:
    p = QtPinPrompt()
    yield p
    p.close()


def shown_dialog(qtbot: Any, prompt: QtPinPrompt) -> PinDialog:
    qtbot.waitUntil(lambda: prompt.dialog is not None and prompt.dialog.isVisible(), timeout=5000)
    assert prompt.dialog is not None
    return prompt.dialog


def test_the_pin_travels_from_the_dialog_to_the_waiting_worker(
    qtbot: Any, prompt: QtPinPrompt
) -> None:
    asker = Asker(prompt, "Director key", PinTries.LAST)
    asker.start()
    dialog = shown_dialog(qtbot, prompt)
    assert threading.current_thread() is threading.main_thread()
    assert "“Director key”" in dialog.prompt.text()
    assert "Last try" in dialog.hint.text() and not dialog.hint.isHidden()
    edit = dialog.findChild(QLineEdit, "pinEdit")
    assert edit is not None and edit.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(edit, "4321")
    dialog.buttons.accepted.emit()
    asker.join(5)
    assert asker.answer == "4321"
    assert edit.text() == ""  # the widget does not keep the PIN


def test_cancel_answers_none_and_a_plain_ask_has_no_warning(
    qtbot: Any, prompt: QtPinPrompt
) -> None:
    asker = Asker(prompt, "T", PinTries.NORMAL)
    asker.start()
    dialog = shown_dialog(qtbot, prompt)
    assert dialog.hint.isHidden()
    dialog.reject()
    asker.join(5)
    assert asker.answer is None


def test_closing_releases_a_waiting_worker(qtbot: Any) -> None:
    prompt = QtPinPrompt()
    asker = Asker(prompt, "T", PinTries.FEW)
    asker.start()
    dialog = shown_dialog(qtbot, prompt)
    assert "few tries" in dialog.hint.text()
    prompt.close()
    asker.join(5)
    assert asker.answer is None


@pytest.mark.softhsm
@requires_softhsm
def test_a_worker_logs_in_to_a_softhsm_token_with_the_pin_typed_in_the_dialog(
    qtbot: Any, prompt: QtPinPrompt, softhsm: SoftHsm
) -> None:
    from ehealth_wizard.core.signing.token import open_token_signer
    from ehealth_wizard.sandbox.qtsp import TestQTSP

    qtsp = TestQTSP.create()
    softhsm.init_token("T")
    spki = softhsm.generate("T", "EC:prime256v1", b"\x01", "key")
    issued = qtsp.issue(surname="Петренко", given_names="Ольга", rnokpp="3012345678",
                        public_key=spki)  # fmt: skip
    softhsm.store_certificate("T", issued.certificate, b"\x01", "cert")

    results: list[Any] = []
    worker = Worker(lambda: open_token_signer(SOFTHSM_MODULE, label="T", prompt=prompt))
    worker.succeeded.connect(results.append)
    worker.failed.connect(results.append)
    worker.start()
    dialog = shown_dialog(qtbot, prompt)
    qtbot.keyClicks(dialog.pin, PIN)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    signer = results[0]
    assert not isinstance(signer, BaseException), signer
    try:
        assert signer.certificate.dump() == issued.certificate.dump()
        assert signer.sign(b"x")
    finally:
        signer.close()
