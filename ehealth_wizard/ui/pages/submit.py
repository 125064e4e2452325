"""Submit: sign on this computer, send, and watch eHealth's checks happen one by one."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWizard

from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.core.problems import Problem
from ehealth_wizard.ui import messages
from ehealth_wizard.ui.pages.base import StepPage, add_scroll_column, page_layout
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.stages import StageList
from ehealth_wizard.ui.workers import Worker

translate = QCoreApplication.translate


SENT_EMAIL = "sent_email"  # draft meta.extra: the director's e-mail as eHealth accepted it


def keep_client_secret(session: Session, result: Any) -> bool:
    """The facility's credentials for the Done page (core.ehealth.credentials): with a vendor
    hand-off address they wait for the director's confirmation there; otherwise they go to the
    OS keyring now. False when not kept yet (Done hands them over or shows them once)."""
    from ehealth_wizard.core.ehealth.credentials import Credentials, keep_in_keyring
    from ehealth_wizard.ui.widgets.credentials import handoff_url_of

    if not result.client_secret:
        return True
    credentials = Credentials.from_result(result)
    session.credentials = credentials
    kept = not handoff_url_of(session.environment) and keep_in_keyring(credentials) is None
    session.credentials_kept = kept
    return kept


class SubmitPage(StepPage):
    step_id = "submit"
    fix_requested = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setTitle(translate("SubmitPage", "Sending to eHealth"))
        self.setSubTitle(
            translate(
                "SubmitPage",
                "eHealth checks the registration step by step. This usually takes under a minute.",
            )
        )
        self.worker: Worker | None = None
        self.result: Any = None
        self.failure_notes: dict[str, str] = {}  # path -> what eHealth said, for "Fix it"
        # Once eHealth has accepted it there is no way back (core.flow: none from Done).
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("SubmitPage", "&Next >"))
        outer = page_layout(self)
        _, column = add_scroll_column(outer, 1)
        self.stages: StageList | None = None  # built on first show (keeps startup light)
        self._column = column
        column.addStretch(1)
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.retry = QPushButton(translate("SubmitPage", "Try again"))
        self.retry.setVisible(False)
        self.retry.clicked.connect(self.start)
        outer.addWidget(self.retry)

    def initializePage(self) -> None:
        super().initializePage()
        from ehealth_wizard.core.flow import Intent

        state = self.session.flow.state
        submission = self.session.draft.meta.submission
        if state.intent is Intent.FOLLOW and submission is not None:
            # Following a registration sent earlier: never send it again; its stages as they
            # were kept on this computer, at once (Done then asks eHealth about the rest).
            state.finished = True
            self.show_kept_stages(submission.legal_entity_id)
            self.summary.setText(
                translate(
                    "SubmitPage",
                    "This registration was sent on {date}. Press Next to see where it stands.",
                ).format(date=messages.local_time(submission.submitted_at))
            )
            self.completeChanged.emit()
            return
        if state.finished:
            self._seal()
            return
        self.start()

    def show_kept_stages(self, legal_entity_id: str) -> bool:
        """The stages of an earlier submission from its receipt record (core.receipt)."""
        from ehealth_wizard.core.errors import UserFacingError

        try:
            _, record = self.session.receipts().load(legal_entity_id)
        except (UserFacingError, ValueError):
            return False  # sent before receipts were kept: the summary says when it went
        stages = self.stage_list()
        stages.reset()
        lines = record.get("stages")
        for line in lines if isinstance(lines, list) else []:
            if not isinstance(line, dict):
                continue
            row = stages.row(str(line.get("stage", "")))
            if row is None:
                continue
            try:
                at: datetime | None = datetime.fromisoformat(str(line.get("at", "")))
            except ValueError:
                at = None
            row.set(str(line.get("status", "")), at)
        return True

    def _seal(self) -> None:
        """Once eHealth has accepted: no way back to Review (a change there would not be sent,
        and Done would name an address the invitation never went to)."""
        wizard = self.wizard()
        pages = getattr(wizard, "pages", None)
        if isinstance(pages, Mapping):
            for step, page in pages.items():
                if getattr(step, "value", "") == "review":
                    page.setCommitPage(True)
                    page.setButtonText(
                        QWizard.WizardButton.CommitButton, translate("SubmitPage", "&Next >")
                    )
        self._lock_back(True)

    def start(self) -> None:
        if self.worker is not None:
            return
        session = self.session
        stages = self.stage_list()
        stages.reset()
        self.failure_notes = {}
        self.retry.setVisible(False)
        self.result = None
        external = session.external
        if external is not None:
            from ehealth_wizard.core.registration import content_of

            if content_of(session.reg) != external.content:
                self._fail_text(
                    translate(
                        "SubmitPage",
                        "The registration changed after it was signed. Go back to the key page "
                        "and sign the new file.",
                    )
                )
                return
        elif session.signer is None:
            self._fail_text(translate("SubmitPage", "Open your key on the key page first."))
            return
        if not session.environment.url:
            self._fail_text(
                translate(
                    "SubmitPage",
                    "The sandbox is still starting. Wait a few seconds and press Try again.",
                )
            )
            return
        sign_row = stages.row("sign")
        if sign_row is not None:
            sign_row.title.setText(
                translate("SubmitPage", "Signed by another program, checked on this computer")
                if external is not None
                else messages.stage_title("sign")
            )
        self.summary.setText(translate("SubmitPage", "Signing and sending…"))
        session.flow.state.sending = True
        worker = Worker(
            session.core.sign_and_submit, session.environment, receipts=session.receipts()
        )
        worker.progress.connect(self._event)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self.worker = worker
        self._lock_back(True)
        worker.start()

    def stage_list(self) -> StageList:
        if self.stages is None:
            from ehealth_wizard.core.ehealth.stages import SUBMIT_STAGES

            self.stages = StageList(("sign", *SUBMIT_STAGES))
            self._column.insertWidget(0, self.stages)
        return self.stages

    def _lock_back(self, locked: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not locked)

    def _event(self, event: Any) -> None:
        row = self.stage_list().row(event.stage)
        if row is not None:
            row.set(event.status, event.at)
            if event.status == "failed":
                row.show_failure(self._failure_texts(event), self.fix_requested.emit)
        if event.stage == "result":
            self._result(event)
        self._lock_back(self.worker is not None)

    def _failure_texts(self, event: Any) -> list[tuple[str, Problem | None]]:
        texts: list[tuple[str, Problem | None]] = [
            (messages.problem_text(p), p) for p in event.problems
        ]
        for text, problem in texts:
            if problem is not None:
                self.failure_notes[problem.path] = text
        if not texts and event.message:
            texts.append((messages.server_text(event.message), None))
        return texts

    def _result(self, event: Any) -> None:
        state = self.session.flow.state
        state.sending = False
        if event.status == "passed" and event.result is not None:
            result = event.result
            self.result = result
            # Done names the address the invitation really went to, whatever is typed later.
            self.session.set_extra(SENT_EMAIL, self.session.reg.director.email)
            keep_client_secret(self.session, result)
            self.session.save_now()  # the core has recorded the ids in the draft already
            state.job_id = result.legal_entity_id
            state.finished = True
            self._seal()
            text = translate("SubmitPage", "eHealth accepted the registration. Press Next.")
            self.summary.setText(text)
            self.summary.setProperty("state", "passed")
        else:
            failed = str(event.details.get("stage", ""))
            self.summary.setText(
                translate(
                    "SubmitPage",
                    "eHealth did not accept the registration at the step “{stage}”. "
                    "Fix what is shown above and send again.",
                ).format(stage=messages.stage_title(failed))
            )
            self.summary.setProperty("state", "failed")
            row = self.stage_list().row(failed)
            if row is not None and not row.detail.isVisible():
                row.show_failure(self._failure_texts(event), self.fix_requested.emit)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.session.flow.state.sending = False
        self._fail_text(messages.error_text(exc))
        if not isinstance(exc, Cancelled):
            self.retry.setVisible(True)

    def _fail_text(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setProperty("state", "failed")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.retry.setVisible(True)

    def _finished(self) -> None:
        self.worker = None
        self.session.flow.state.sending = False
        self._lock_back(self.session.flow.state.finished)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.worker is None and self.session.flow.state.finished

    def cleanupPage(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
