"""The token panel of the Key page against SoftHSM2: a token plugged in appears by polling, its
certificate is listed, the key opens in a worker with the PIN typed in the dialog, a pulled token
disappears; a missing module or none at all is said in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ehealth_wizard.core.signing.token import TokenKeySource, TokenSigner
from ehealth_wizard.core.signing.tokens.modules import ModuleCandidate
from ehealth_wizard.ui.pin_prompt import QtPinPrompt
from ehealth_wizard.ui.widgets.token_panel import TokenPanel
from tests.signing.softhsm import PIN, SOFTHSM_MODULE, SoftHsm, requires_softhsm, softhsm

__all__ = ["softhsm"]


def make_panel(qtbot: Any, modules: list[ModuleCandidate]) -> TokenPanel:
    panel = TokenPanel(modules=modules, poll_ms=100, prompt=QtPinPrompt())
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.mark.softhsm
@requires_softhsm
def test_plug_in_choose_open_with_pin_and_pull_out(qtbot: Any, softhsm: SoftHsm) -> None:
    from ehealth_wizard.sandbox.qtsp import TestQTSP

    panel = make_panel(qtbot, [ModuleCandidate(SOFTHSM_MODULE, "SoftHSM")])
    with qtbot.waitSignal(panel.scanned, timeout=5000):
        pass
    assert panel.token_list.count() == 0
    assert "No token is connected" in panel.status.text()
    assert panel.source() is None and panel.key_label() == ""

    qtsp = TestQTSP.create()
    softhsm.init_token("T")
    qtbot.waitUntil(lambda: panel.token_list.count() == 1, timeout=5000)
    assert panel.cert_list.count() == 0 and "No certificate is visible" in panel.status.text()
    spki = softhsm.generate("T", "EC:prime256v1", b"\x07", "key")
    issued = qtsp.issue(
        surname="Петренко", given_names="Ольга", rnokpp="3012345678", public_key=spki
    )
    softhsm.store_certificate("T", issued.certificate, b"\x07", "cert")
    sources: list[TokenKeySource] = []
    panel.source_ready.connect(sources.append)
    qtbot.waitUntil(lambda: panel.cert_list.count() == 1, timeout=5000)
    assert panel.token_list.count() == 1
    assert panel.token_list.item(0).text().startswith("T — SoftHSM project")
    assert "Петренко Ольга" in panel.cert_list.item(0).text()
    source = sources[-1]
    assert source.token_label == "T" and source.cert_id == b"\x07"
    assert source.module_path == SOFTHSM_MODULE
    assert panel.key_label() == source.label and source.label.startswith("pkcs11:token=T;")
    assert PIN not in panel.key_label()

    prompt = panel.prompt
    assert isinstance(prompt, QtPinPrompt)
    opened: list[Any] = []
    panel.signer_ready.connect(opened.append)
    panel.open_failed.connect(opened.append)
    assert panel.open_signer()
    qtbot.waitUntil(lambda: prompt.dialog is not None and prompt.dialog.isVisible(), timeout=5000)
    assert prompt.dialog is not None
    qtbot.keyClicks(prompt.dialog.pin, PIN)
    prompt.dialog.accept()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    signer = opened[0]
    assert isinstance(signer, TokenSigner), signer
    assert signer.certificate.dump() == issued.certificate.dump()
    signer.close()

    softhsm.remove_token("T")
    qtbot.waitUntil(lambda: panel.token_list.count() == 0, timeout=5000)
    assert panel.cert_list.count() == 0 and panel.source() is None


@pytest.mark.softhsm
@requires_softhsm
def test_the_panel_settles_on_the_module_that_has_a_token(
    qtbot: Any, softhsm: SoftHsm, tmp_path: Path
) -> None:
    softhsm.init_token("Found")
    missing = ModuleCandidate(str(tmp_path / "libAv337CryptokiD.so"), "Avtor")
    panel = make_panel(qtbot, [missing, ModuleCandidate(SOFTHSM_MODULE, "SoftHSM")])
    assert panel.module_path() == missing.path  # the vendor module is tried first
    qtbot.waitUntil(lambda: panel.token_list.count() == 1, timeout=5000)
    assert panel.module_path() == SOFTHSM_MODULE
    assert panel.token_list.item(0).text().startswith("Found — ")


def test_a_missing_module_and_no_module_at_all_are_said(qtbot: Any, tmp_path: Path) -> None:
    panel = make_panel(qtbot, [ModuleCandidate(str(tmp_path / "libsisp11.so"), "SIS")])
    qtbot.waitUntil(lambda: "was not found" in panel.status.text(), timeout=5000)
    assert panel.token_list.count() == 0
    empty = make_panel(qtbot, [])
    assert "No token program was found" in empty.status.text()
    assert empty.missing_choice_text() == "Choose the token program first."


TOKEN_PIN = "Zx-7395"


@pytest.mark.softhsm
@requires_softhsm
def test_key_page_token_choice_opens_checks_and_the_registration_goes_through(
    scenario_factory: Any, softhsm: SoftHsm
) -> None:
    """The Key page's token choice: module, token, certificate, PIN; the same facts and checks
    as a key file; then the wizard signs on the token and every sandbox stage passes."""
    from tests.ui.conftest import wait_until

    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.through_forms()
    key = sc.page("key")
    reg = sc.session.reg
    d = reg.director
    softhsm.init_token("Director", pin=TOKEN_PIN)
    spki = softhsm.generate("Director", "EC:prime256v1", b"\x01", "director")
    issued = sc.running.sandbox.qtsp.issue(
        public_key=spki,
        surname=d.last_name,
        given_names=f"{d.first_name} {d.second_name}".strip(),
        rnokpp=d.tax_id,
        edrpou=reg.facility.edrpou,
        organization=reg.facility.short_name or reg.facility.name,
        title="Директор",
        drfo_in="both",
    )
    softhsm.store_certificate("Director", issued.certificate, b"\x01", "director")

    key.token_choice.setChecked(True)
    panel = key.token_panel
    assert panel.isVisible() and not key.file_box.isVisible()
    panel.add_module(SOFTHSM_MODULE)
    assert wait_until(lambda: panel.cert_list.count() == 1, 10)
    prompt = panel.prompt
    assert isinstance(prompt, QtPinPrompt)
    key.open_chosen_key()
    assert wait_until(lambda: prompt.dialog is not None and prompt.dialog.isVisible(), 10)
    assert prompt.dialog is not None
    qtbot_free_type(prompt.dialog.pin, TOKEN_PIN)
    prompt.dialog.accept()
    assert wait_until(lambda: key.worker is None and key.isComplete(), 30), key.error.text()
    assert isinstance(sc.session.signer, TokenSigner)
    assert sc.session.signer.certificate.dump() == issued.certificate.dump()
    assert sc.session.draft.meta.key_path == panel.key_label()
    assert key.facts_box.isVisible() and key.checks_box.isVisible()
    sc.session.save_now()
    for path in Path(sc.session.store.folder).rglob("*"):
        if path.is_file():
            assert TOKEN_PIN.encode() not in path.read_bytes(), path

    sc.window.next()
    sc.page("review").consent.setChecked(True)
    sc.send()
    submit = sc.page("submit")
    assert all(row.state == "passed" for row in submit.stages.rows.values()), [
        (s, r.state) for s, r in submit.stages.rows.items()
    ]


def qtbot_free_type(edit: Any, text: str) -> None:
    from tests.ui.conftest import type_text

    type_text(edit, text)
