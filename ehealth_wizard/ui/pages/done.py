"""Done: what happens next; the account and registry stages keep updating while it is open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ehealth_wizard.ui.pages.base import StepPage, scrolling_column
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.credentials import CredentialsPanel
from ehealth_wizard.ui.widgets.dialogs import save_file_dialog
from ehealth_wizard.ui.widgets.stages import StageList
from ehealth_wizard.ui.workers import Worker, run_in_worker

translate = QCoreApplication.translate
POLL_SECONDS = 2.0


def follow(server_url: str, legal_entity_id: str, cancel: Any = None) -> Iterator[Any]:
    """Worker body: poll `account` and `registry` until both settle (or the page closes)."""
    from ehealth_wizard.core.ehealth.client import EHealthClient
    from ehealth_wizard.core.ehealth.stages import follow_later_stages

    with EHealthClient(server_url) as client:
        yield from follow_later_stages(
            client, legal_entity_id, wait=True, poll_interval=POLL_SECONDS, cancel=cancel
        )


def invitation_deadline_at(server_url: str, employee_request_id: str) -> datetime | None:
    """Worker body: the invitation's deadline as eHealth's own answers give it."""
    from ehealth_wizard.core.ehealth.client import EHealthClient
    from ehealth_wizard.core.ehealth.stages import invitation_deadline

    with EHealthClient(server_url) as client:
        return invitation_deadline(client, employee_request_id)


def receipt_of(receipts: Any, legal_entity_id: str) -> Any:
    """Worker body: the receipt's content (reading the signature may take a moment)."""
    from ehealth_wizard.core.receipt import assemble

    signed, record = receipts.load(legal_entity_id)
    return assemble(signed, record)


def sandbox_invitation(server_url: str, email: str) -> dict[str, Any] | None:
    """Worker body: the newest sandbox invitation to `email` (link and expiry), if any."""
    import httpx

    reply = httpx.get(f"{server_url}/api/mailbox", params={"to": email}, timeout=10.0)
    reply.raise_for_status()
    mails = reply.json().get("data") or []
    return dict(mails[0]) if mails else None


class DonePage(StepPage):
    step_id = "done"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setTitle(translate("DonePage", "Sent! One more step for you"))
        self.setSubTitle(translate("DonePage", "eHealth accepted the registration."))
        self.worker: Worker | None = None
        layout = scrolling_column(self)
        layout.setSpacing(10)
        self.next_steps = QLabel("")
        self.next_steps.setWordWrap(True)
        self.next_steps.setObjectName("nextSteps")
        layout.addWidget(self.next_steps)
        self.deadline = QLabel("")
        self.deadline.setObjectName("invitationDeadline")
        self.deadline.setVisible(False)
        layout.addWidget(self.deadline)
        self.credentials = CredentialsPanel()
        layout.addWidget(self.credentials)
        self.invitation = QLabel("")
        self.invitation.setObjectName("invitation")
        self.invitation.setWordWrap(True)
        self.invitation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.invitation.setVisible(False)
        layout.addWidget(self.invitation)
        self.entity_caption = QLabel(translate("DonePage", "Your facility's id in eHealth:"))
        self.entity_id = QLabel("")
        self.entity_id.setObjectName("entityId")
        self.entity_id.setProperty("dataText", True)  # the server's id, not program text
        self.entity_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entity_caption.setWordWrap(True)
        layout.addWidget(self.entity_caption)
        layout.addWidget(self.entity_id)  # on its own line: an id cannot wrap
        keep = QVBoxLayout()  # stacked: two wide buttons side by side run off at 200 %
        self.save_receipt = QPushButton(translate("DonePage", "Save the receipt (PDF)"))
        self.save_receipt.clicked.connect(self.save_receipt_pdf)
        self.save_signed = QPushButton(translate("DonePage", "Save the signed file"))
        self.save_signed.clicked.connect(self.save_signed_file)
        keep.addWidget(self.save_receipt, 0, Qt.AlignmentFlag.AlignLeft)
        keep.addWidget(self.save_signed, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(keep)
        self.file_note = QLabel("")
        self.file_note.setObjectName("sectionNote")
        self.file_note.setWordWrap(True)
        self.file_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_note.setVisible(False)
        layout.addWidget(self.file_note)
        self.receipt_worker: Worker | None = None
        self.mailbox = QPushButton(translate("DonePage", "Open the sandbox mailbox"))
        self.mailbox.clicked.connect(self.open_mailbox)
        self.copy_link = QPushButton(translate("DonePage", "Copy the link"))
        self.copy_link.clicked.connect(self.copy_mailbox_link)
        self.copy_link.setVisible(False)
        self._mailbox_link = ""
        row = QHBoxLayout()
        row.addWidget(self.mailbox)
        row.addWidget(self.copy_link)
        row.addStretch(1)
        layout.addLayout(row)
        self.mailbox_note = QLabel("")
        self.mailbox_note.setWordWrap(True)
        self.mailbox_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mailbox_note.setVisible(False)
        layout.addWidget(self.mailbox_note)
        self.heading = QLabel(translate("DonePage", "After you accept the invitation:"))
        self.heading.setObjectName("sectionHeading")
        layout.addWidget(self.heading)
        self.stages = StageList(("account", "registry"))  # core.ehealth.stages.LATER_STAGES
        layout.addWidget(self.stages)
        self.follow_error = QLabel("")
        self.follow_error.setObjectName("nextReason")
        self.follow_error.setWordWrap(True)
        self.follow_error.setVisible(False)
        layout.addWidget(self.follow_error)
        self.follow_note = QLabel(
            translate(
                "DonePage",
                "You can close the program now: these steps are checked again when you choose "
                "“Follow a registration I have already sent” on the first page.",
            )
        )
        self.follow_note.setWordWrap(True)
        self.follow_note.setObjectName("sectionNote")
        layout.addWidget(self.follow_note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        super().initializePage()
        sent = self.session.draft.meta.extra.get("sent_email")  # SubmitPage.SENT_EMAIL
        email = str(sent or self.session.reg.director.email or "—")
        self.next_steps.setText(
            translate(
                "DonePage",
                "eHealth has sent an invitation to {email}. Open that e-mail, follow the link "
                "and confirm it before it expires; then you sign in to eHealth as the head of "
                "the facility and can add doctors. The status below updates by itself.",
            ).format(email=email)
        )
        self.next_steps.setProperty("dataText", False)
        self.mailbox.setVisible(self.session.environment.is_sandbox)
        if self.session.credentials is not None:  # handed over once: the panel holds them now
            self.credentials.present(
                self.session.environment, self.session.credentials, self.session.credentials_kept
            )
            self.session.credentials = None
        entity = self.legal_entity_id()
        self.entity_id.setText(entity)
        self.entity_id.setVisible(bool(entity))
        self.entity_caption.setVisible(bool(entity))
        self.save_receipt.setEnabled(bool(entity))
        self.save_signed.setEnabled(bool(entity))
        if self.session.environment.is_sandbox and self.session.environment.url:
            worker = Worker(sandbox_invitation, self.session.environment.url, email)
            worker.succeeded.connect(self._invitation)
            worker.start()
        submission = self.session.draft.meta.submission
        if submission is not None and submission.employee_request_id:
            url = submission.server_url or self.session.environment.url
            deadline = Worker(invitation_deadline_at, url, submission.employee_request_id)
            deadline.succeeded.connect(self._deadline)
            deadline.start()
        self.start_following()

    def _deadline(self, when: Any) -> None:
        if when is None or self._confirmed():
            return  # an accepted invitation has no deadline left to worry about
        self.deadline.setText(
            translate("DonePage", "eHealth keeps the invitation open until {when}.").format(
                when=when.astimezone().strftime("%d.%m.%Y %H:%M")
            )
        )
        self.deadline.setVisible(True)

    def _confirmed(self) -> bool:
        return all(
            (r := self.stages.row(stage)) is not None and r.state == "passed"
            for stage in ("account", "registry")
        )

    def _invitation(self, mail: Any) -> None:
        if not mail or self._confirmed():
            return
        expires = str(mail.get("expires_at") or "")
        when = ""
        if expires:
            try:
                when = datetime.fromisoformat(expires).astimezone().strftime("%d.%m.%Y %H:%M")
            except ValueError:
                when = expires
        self.invitation.setText(
            translate(
                "DonePage", "The link in the e-mail: {link}\nIt is valid until {when}."
            ).format(link=mail.get("link", ""), when=when or "—")
        )
        self.invitation.setVisible(True)

    def start_following(self) -> None:
        submission = self.session.draft.meta.submission
        if self.worker is not None or submission is None or not submission.legal_entity_id:
            return
        url = submission.server_url or self.session.environment.url
        if not url:
            return
        self.follow_error.setVisible(False)
        worker = Worker(follow, url, submission.legal_entity_id)
        worker.progress.connect(self._event)
        worker.failed.connect(self._follow_failed)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()

    def _event(self, event: Any) -> None:
        row = self.stages.row(event.stage)
        if row is not None:
            row.set(event.status, event.at)
            if event.status in ("running", "pending"):
                # These wait on people, not on a check: say so.
                row.status.setText(
                    translate("DonePage", "waiting for your confirmation")
                    if event.stage == "account"
                    else translate("DonePage", "waiting")
                )
        if self._confirmed():
            self.setTitle(translate("DonePage", "Done! The facility is registered in eHealth"))
            self.invitation.setVisible(False)  # the link is used: it would only confuse now
            self.deadline.setVisible(False)  # and its deadline no longer matters
            self.follow_note.setVisible(False)  # nothing is left to follow
            self.mailbox.setVisible(False)
            self.mailbox_note.setVisible(False)
            self.setSubTitle("")
            self.heading.setVisible(False)
            self.next_steps.setText(
                translate(
                    "DonePage",
                    "The invitation is accepted and the facility is in the eHealth registry. "
                    "You can now sign in to eHealth as the head of the facility and add doctors.",
                )
            )

    def _follow_failed(self, exc: BaseException) -> None:
        from ehealth_wizard.core.errors import Cancelled
        from ehealth_wizard.ui import messages

        if isinstance(exc, Cancelled):
            return
        self.follow_error.setText(
            translate(
                "DonePage",
                "The status could not be checked just now: {reason} Your registration is not "
                "affected; follow it again later from the first page.",
            ).format(reason=messages.error_text(exc))
        )
        self.follow_error.setVisible(True)

    def _finished(self) -> None:
        self.worker = None

    def stop_following(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker = None

    def cleanupPage(self) -> None:
        self.stop_following()
        self.credentials.forget()

    # -- what the director keeps ---------------------------------------------------------------
    def legal_entity_id(self) -> str:
        submission = self.session.draft.meta.submission
        return submission.legal_entity_id if submission is not None else ""

    def _ask_path(self, title: str, name: str, filters: str) -> str:
        return save_file_dialog(self, title, name, filters)

    def _say(self, text: str) -> None:
        self.file_note.setText(text)
        self.file_note.setVisible(bool(text))

    def save_receipt_pdf(self) -> None:
        entity = self.legal_entity_id()
        if not entity or self.receipt_worker is not None:
            return
        path = self._ask_path(
            translate("DonePage", "Save the receipt"),
            f"eHealth-receipt-{entity[:8]}.pdf",
            translate("DonePage", "PDF documents (*.pdf)"),
        )
        if not path:
            return
        self._say(translate("DonePage", "Preparing the receipt…"))
        self.receipt_worker = run_in_worker(
            receipt_of,
            self.session.receipts(),
            entity,
            on_success=lambda receipt: self._write_receipt(receipt, path),
            on_failure=self._receipt_failed,
        )

    def _write_receipt(self, receipt: Any, path: str) -> None:
        from ehealth_wizard.ui.receipt_pdf import write_pdf

        self.receipt_worker = None
        try:
            write_pdf(receipt, path)
        except OSError as exc:
            self._receipt_failed(exc)
            return
        self._say(translate("DonePage", "The receipt is saved: {path}").format(path=path))

    def _receipt_failed(self, exc: BaseException) -> None:
        from ehealth_wizard.ui import messages

        self.receipt_worker = None
        if isinstance(exc, OSError):
            from ehealth_wizard.core.reasons import file_reason

            reason = file_reason(exc)
            text = translate("DonePage", "The file could not be saved: {reason}").format(
                reason=reason
            )
        else:
            text = messages.error_text(exc)
        self._say(text)

    def save_signed_file(self) -> None:
        entity = self.legal_entity_id()
        if not entity:
            return
        try:
            signed, _record = self.session.receipts().load(entity)
        except Exception as exc:  # a missing record: said calmly
            self._receipt_failed(exc)
            return
        path = self._ask_path(
            translate("DonePage", "Save the signed file"),
            f"eHealth-registration-{entity[:8]}.p7s",
            translate("DonePage", "Signed files (*.p7s)"),
        )
        if not path:
            return
        from ehealth_wizard.core.atomic import atomic_write_bytes

        try:
            atomic_write_bytes(path, signed)
        except OSError as exc:
            self._receipt_failed(exc)
            return
        self._say(translate("DonePage", "The signed file is saved: {path}").format(path=path))

    def open_mailbox(self) -> None:
        url = self.session.environment.url
        if not url:
            return
        link = url + "/mailbox"
        if not QDesktopServices.openUrl(QUrl(link)):  # no browser here: say where it is
            self.mailbox_note.setText(
                translate(
                    "DonePage", "No web browser opened. The sandbox mailbox is at: {link}"
                ).format(link=link)
            )
            self.mailbox_note.setVisible(True)
            self.copy_link.setVisible(True)
            self._mailbox_link = link

    def copy_mailbox_link(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._mailbox_link)
