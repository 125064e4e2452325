"""The facility's client credentials on the Done page: handed to the MIS, kept, or shown once.

The logic is core.ehealth.credentials; this panel only asks and shows. With a vendor hand-off
address it offers "Send to the MIS" (the director confirms; the POST runs in a worker and its
result is shown); where the keyring kept the secret it says so; otherwise it shows the
credentials once, with Copy and Save (an owner-only file the director chooses). The secret
lives only in the session's memory and is forgotten when the panel is cleared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehealth_wizard.ui.widgets.dialogs import save_file_dialog
from ehealth_wizard.ui.workers import Worker

if TYPE_CHECKING:  # httpx loads when the panel first sends
    from ehealth_wizard.core.ehealth.credentials import Credentials, HandoffReceipt
    from ehealth_wizard.core.ehealth.environments import Environment

translate = QCoreApplication.translate


def send_to_mis(environment: Environment, url: str, credentials: Credentials) -> HandoffReceipt:
    """Worker body: the hand-off POST with the vendor's API key (from the keyring)."""
    from ehealth_wizard.core.ehealth.credentials import handoff
    from ehealth_wizard.core.ehealth.environments import api_key_for

    return handoff(url, credentials, api_key_for(environment))


def handoff_url_of(environment: Environment) -> str:
    """Where the vendor's MIS takes the credentials ("": nowhere, the director keeps them)."""
    profile = environment.profile
    return profile.handoff_url if profile is not None else ""


class CredentialsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credentialsPanel")
        self.credentials: Credentials | None = None
        self.environment: Environment | None = None
        self.worker: Worker | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setObjectName("credentialsNote")
        layout.addWidget(self.note)
        self.secret = QLineEdit()
        self.secret.setReadOnly(True)
        self.secret.setObjectName("clientSecret")
        layout.addWidget(self.secret)
        row = QHBoxLayout()
        self.send = QPushButton(translate("CredentialsPanel", "Send to the MIS"))
        self.send.clicked.connect(self.send_clicked)
        self.copy = QPushButton(translate("CredentialsPanel", "Copy"))
        self.copy.clicked.connect(self.copy_clicked)
        self.save = QPushButton(translate("CredentialsPanel", "Save to a file…"))
        self.save.clicked.connect(self.save_clicked)
        for button in (self.send, self.copy, self.save):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_nothing()

    # -- states --------------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self.setVisible(False)

    def present(
        self, environment: Environment, credentials: Credentials | None, kept_in_keyring: bool
    ) -> None:
        """What to show for fresh credentials (called once, after the registration)."""
        self.environment, self.credentials = environment, credentials
        self.setVisible(credentials is not None)
        if credentials is None:
            return
        url = handoff_url_of(environment)
        if url:
            self._buttons(send=True)
            self.secret.setVisible(False)
            self.note.setText(
                translate(
                    "CredentialsPanel",
                    "eHealth issued the facility's access credentials (client id and secret) once. "
                    "Send them to your medical information system (MIS) at {host}?",
                ).format(host=url.split("/")[2])
            )
        elif kept_in_keyring:
            self._kept_note()
        else:
            self.show_once()

    def _kept_note(self) -> None:
        self._buttons()
        self.secret.setVisible(False)
        self.note.setText(
            translate(
                "CredentialsPanel",
                "The facility's access secret is kept in this computer's secure password store.",
            )
        )
        self.forget()

    def show_once(self, reason: str = "") -> None:
        """The secret on screen, with Copy and Save: this computer cannot keep it."""
        if self.credentials is None:
            return
        self._buttons(copy=True, save=True)
        self.secret.setVisible(True)
        creds = self.credentials
        self.secret.setText(f"client_id={creds.client_id}  client_secret={creds.client_secret}")
        text = translate(
            "CredentialsPanel",
            "eHealth shows the facility's access credentials only once and this computer has no "
            "secure store for them. Copy them or save them to a file now and give them to your "
            "MIS; they are not shown again.",
        )
        self.note.setText(f"{reason}\n{text}".strip())

    def _buttons(self, *, send: bool = False, copy: bool = False, save: bool = False) -> None:
        self.send.setVisible(send)
        self.copy.setVisible(copy)
        self.save.setVisible(save)

    # -- actions -------------------------------------------------------------------------------
    def send_clicked(self) -> None:
        if self.credentials is None or self.environment is None or self.worker is not None:
            return
        self.send.setEnabled(False)
        self.note.setText(translate("CredentialsPanel", "Sending to the MIS…"))
        worker = Worker(
            send_to_mis, self.environment, handoff_url_of(self.environment), self.credentials
        )
        worker.succeeded.connect(self._sent)
        worker.failed.connect(self._not_sent)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()

    def _sent(self, receipt: HandoffReceipt) -> None:
        self._buttons()
        reference = receipt.answer.get("reference") or receipt.answer.get("id") or ""
        self.note.setText(
            translate(
                "CredentialsPanel",
                "Handed to your MIS: it answered HTTP {status} (reference {reference}).",
            ).format(status=receipt.status_code, reference=reference or "—")
        )
        self.forget()

    def _not_sent(self, exc: BaseException) -> None:
        from ehealth_wizard.core.ehealth.credentials import keep_in_keyring
        from ehealth_wizard.ui import messages

        reason = translate("CredentialsPanel", "The MIS did not take them: {reason}").format(
            reason=messages.error_text(exc)
        )
        if self.credentials is not None and keep_in_keyring(self.credentials) is None:
            self._kept_note()
            self.note.setText(f"{reason}\n{self.note.text()}")
            return
        self.show_once(reason)

    def _finished(self) -> None:
        self.worker = None
        self.send.setEnabled(True)

    def copy_clicked(self) -> None:
        if self.credentials is not None:
            QGuiApplication.clipboard().setText(self.secret.text())

    def save_clicked(self) -> None:
        if self.credentials is None:
            return
        path = save_file_dialog(
            self,
            translate("CredentialsPanel", "Save the facility's access credentials"),
            "facility-credentials.json",
            "JSON (*.json)",
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        from ehealth_wizard.core.ehealth.credentials import save_secret_file
        from ehealth_wizard.core.errors import UserFacingError
        from ehealth_wizard.ui import messages

        if self.credentials is None:  # already handed over and forgotten
            return
        try:
            saved = save_secret_file(path, self.credentials)
        except UserFacingError as exc:
            self.note.setText(messages.error_text(exc))
            return
        self.note.setText(
            translate("CredentialsPanel", "Saved to {path} (only you can read the file).").format(
                path=str(saved)
            )
        )

    def forget(self) -> None:
        """Drop the secret from memory and the screen (after it is kept, or on leaving)."""
        self.credentials = None
        self.secret.clear()
