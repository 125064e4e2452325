"""The key page's third way: sign with a cloud key or another program, then bring the file back.

The panel saves the exact bytes to be signed (the canonical v2 request) where the director
chooses, says in a few numbered steps what to do on the state signing page (czo.gov.ua/sign, or
ca.diia.gov.ua/sign for Дія.Підпис), opens that page in the browser, and takes the signed file
back. Checking and completing it (core.signing.external) runs in a worker; the draft remembers
that it waits for a signed file, so the director may close the program and come back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.dialogs import open_file_dialog, save_file_dialog

translate = QCoreApplication.translate

STATE_SIGNING_PAGE = "https://czo.gov.ua/sign"
DIIA_SIGNING_PAGE = "https://ca.diia.gov.ua/sign"


def check_signed_file(
    path: str, reg: Any, tsp_url: str | None, cancel: Any = None
) -> Any:  # worker body
    """Read the signed file, check it against the draft, complete it (core). The local verdict
    on the signature itself rides along as `verdict` (on the result, or on the refusal)."""
    from ehealth_wizard.core.signing.external import (
        ExternalSignatureRefused,
        import_signature_file,
    )

    try:
        imported = import_signature_file(path, reg, tsp_url=tsp_url, cancel=cancel)
    except ExternalSignatureRefused as exc:
        exc.verdict = signature_verdict(path)  # type: ignore[attr-defined]
        raise
    return CheckedSignature(imported, signature_verdict(path, imported.der))


class CheckedSignature:
    """The imported signature and the local verdict (ETSI indication) on what will be sent."""

    def __init__(self, imported: Any, verdict: Any) -> None:
        self.imported = imported
        self.verdict = verdict


def signature_verdict(path: str, der: bytes | None = None) -> Any:
    """TOTAL-PASSED / INDETERMINATE / TOTAL-FAILED for the signature in `path` (or `der`), as
    `verify` says it; None when the file holds no readable signature."""
    from ehealth_wizard.core.signed_file import decode_signature, read_bounded
    from ehealth_wizard.core.signing.cades import verify_cades

    try:
        data = der if der is not None else decode_signature(read_bounded(path))
        return verify_cades(data, strict=False).indication
    except Exception:  # unreadable: the refusal's own reasons say so
        return None


class ExternalPanel(QGroupBox):
    """Save → sign elsewhere → choose the signed file. Emits `checked(result)` or `refused(exc)`
    from the worker's outcome; the key page shows the facts and the checks."""

    choose_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(translate("ExternalPanel", "Sign with a cloud key or another program"))
        self.session = session
        self.setObjectName("externalPanel")
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        intro = QLabel(
            translate(
                "ExternalPanel",
                "For a cloud key (PrivatBank SmartID, Vchasno, DepositSign, CloudKey, "
                "Diia.Signature…) or any other signing program: the program saves the "
                "registration as a file, you sign it on the state signing page and bring the "
                "signed file back here. The program checks it before anything is sent.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # The consent is part of the signed request: here it comes before the file is saved
        # (the Review page shows the same field later).
        self.consent = QCheckBox(
            translate(
                "ExternalPanel",
                "I accept the public offer of eHealth and confirm that the data are correct.",
            )
        )
        self.consent.setObjectName("externalConsent")
        self.consent.toggled.connect(self._consent)
        layout.addWidget(self.consent)
        self.save_button = QPushButton(translate("ExternalPanel", "1. Save the file to sign…"))
        self.save_button.clicked.connect(self.save_payload)
        self.saved_label = QLabel("")
        self.saved_label.setWordWrap(True)
        self.saved_label.setProperty("dataText", True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        layout.addLayout(row)

        self.steps = QLabel("")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps)

        links = QHBoxLayout()
        self.open_page = QPushButton(translate("ExternalPanel", "Open czo.gov.ua/sign"))
        self.open_page.clicked.connect(lambda: self.open_url(STATE_SIGNING_PAGE))
        self.open_diia = QPushButton(
            translate("ExternalPanel", "For Diia.Signature: ca.diia.gov.ua")
        )
        self.open_diia.clicked.connect(lambda: self.open_url(DIIA_SIGNING_PAGE))
        links.addWidget(self.open_page)
        links.addWidget(self.open_diia)
        links.addStretch(1)
        layout.addLayout(links)

        choose = QHBoxLayout()
        self.choose_button = QPushButton(translate("ExternalPanel", "Choose the signed file…"))
        self.choose_button.setObjectName("primaryButton")
        self.choose_button.clicked.connect(self.choose_requested.emit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("ExternalPanel", "Checking the signed file"))
        self.progress.setVisible(False)
        choose.addWidget(self.choose_button)
        choose.addWidget(self.progress, 1)
        choose.addStretch(1)
        layout.addLayout(choose)
        self.verdict = QLabel("")
        self.verdict.setObjectName("externalVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setVisible(False)
        layout.addWidget(self.verdict)
        self.note = QLabel(
            translate(
                "ExternalPanel",
                "You may close the program while you sign: this draft remembers that it waits for "
                "the signed file.",
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.refresh()

    # -- what the draft remembers -----------------------------------------------------------
    def pending(self) -> Any:
        from ehealth_wizard.core.signing.external import PendingSignature

        return PendingSignature.from_extra(self.session.draft.meta.extra)

    def _consent(self, checked: bool) -> None:
        self.session.set("$.public_offer.consent", checked)
        self.saved_label.setText("")
        self.refresh()

    def not_ready(self) -> str:
        """Why the file cannot be saved for signing yet ("" when it can)."""
        from ehealth_wizard.core.flow import Step

        if not self.session.reg.public_offer.consent:
            return translate(
                "ExternalPanel", "Accept the public offer first: it is part of what you sign."
            )
        for step in (Step.FACILITY, Step.LICENSE, Step.DIRECTOR):
            if not self.session.status(step.value).complete:
                return translate(
                    "ExternalPanel",
                    "The form is not finished yet: complete it before saving the file to sign "
                    "(a signed file cannot be changed afterwards).",
                )
        return ""

    def refresh(self) -> None:
        consent = self.session.reg.public_offer.consent
        if self.consent.isChecked() != consent:
            self.consent.blockSignals(True)
            self.consent.setChecked(consent)
            self.consent.blockSignals(False)
        pending = self.pending()
        name = Path(pending.payload_path).name if pending else "registration.json"
        self.steps.setText(self._steps_html(name))
        if pending is None:
            self.saved_label.setText("")
            return
        from ehealth_wizard.core.registration import content_of

        text = translate("ExternalPanel", "Saved: {path}").format(path=pending.payload_path)
        if not pending.matches(content_of(self.session.reg)):
            text += "\n" + translate(
                "ExternalPanel",
                "The registration changed after this file was saved: save it again and sign "
                "the new file.",
            )
        self.saved_label.setText(text)

    def _steps_html(self, name: str) -> str:
        steps = [
            translate("ExternalPanel", "Save the file to sign (the button above)."),
            translate(
                "ExternalPanel",
                "Open the state signing page (the button below) and choose your key or cloud "
                "signature provider.",
            ),
            translate("ExternalPanel", "Upload the file <b>{name}</b>.").format(name=name),
            translate(
                "ExternalPanel",
                "Choose <b>data and signature in one file</b> (CAdES, attached) and a signature "
                "<b>with a time-stamp</b>.",
            ),
            translate(
                "ExternalPanel",
                "Sign, download the signed file (<b>{name}.p7s</b>) and choose it below.",
            ).format(name=name),
        ]
        items = "".join(f"<li>{s}</li>" for s in steps)
        return f"<ol style='margin-left:0'>{items}</ol>"

    # -- actions ----------------------------------------------------------------------------
    def save_payload(self) -> None:
        from ehealth_wizard.core.registration import content_of
        from ehealth_wizard.core.signing.external import PendingSignature, save_for_signing

        reason = self.not_ready()
        if reason:
            self.saved_label.setText(reason)
            return
        pending = self.pending()
        edrpou = self.session.reg.facility.edrpou.strip() or "registration"
        start = pending.payload_path if pending else str(Path.home() / f"ehealth-{edrpou}.json")
        path = save_file_dialog(
            self,
            translate("ExternalPanel", "Save the file to sign"),
            start,
            translate("ExternalPanel", "Registration (*.json);;All files (*)"),
        )
        if not path:
            return
        content = content_of(self.session.reg)
        try:
            record: PendingSignature = save_for_signing(path, content)
        except Exception as exc:  # a disk that refuses: say so, keep the page usable
            from ehealth_wizard.ui import messages

            self.saved_label.setText(messages.error_text(exc))
            return
        for key, value in record.to_extra().items():
            self.session.set_extra(key, value)
        self.session.save_now()
        self.refresh()

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def ask_signed_file(self) -> str:
        pending = self.pending()
        start = pending.payload_path if pending else ""  # its folder, else home
        path, _ = open_file_dialog(
            self,
            translate("ExternalPanel", "Choose the signed file"),
            start,
            translate("ExternalPanel", "Signed files (*.p7s *.p7m *.sig *.pem);;All files (*)"),
        )
        return path

    def show_verdict(self, indication: Any) -> None:
        """The local check of the signature itself, in the words `verify` uses (issue 13)."""
        from ehealth_wizard.core.signing.indications import VERDICT_CODES
        from ehealth_wizard.ui import messages

        code = VERDICT_CODES.get(indication) if indication is not None else None
        self.verdict.setVisible(code is not None)
        if code is None:
            self.verdict.setText("")
            return
        self.verdict.setText(
            translate("ExternalPanel", "Signature check on this computer: {verdict}").format(
                verdict=messages.describe(code)
            )
        )
        self.verdict.setProperty("indication", str(indication))

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for w in (self.save_button, self.choose_button):
            w.setEnabled(not busy)
