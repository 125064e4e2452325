"""The director's qualified key: a file (dropped or chosen) or a token; password; checks.

Opening runs in a worker (a DSTU container's key derivation takes seconds of CPU) with a busy
indicator and Cancel; then the certificate facts and the pre-flight checks appear as rows,
green or red, each red one saying what to do.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWizard,
)

from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.core.problems import Problem, Severity, has_errors
from ehealth_wizard.core.registration import FileKey, KeyCheck, content_of, open_and_check
from ehealth_wizard.ui import messages
from ehealth_wizard.ui.pages.base import StepPage, add_scroll_column, page_layout
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.dialogs import open_file_dialog
from ehealth_wizard.ui.widgets.fields import add_row_with_button
from ehealth_wizard.ui.workers import Worker

translate = QCoreApplication.translate

# The form fields the pre-flight compares with the certificate.
PREFLIGHT_PATHS = frozenset(
    {
        "$.edrpou",
        "$.owner.last_name",
        "$.owner.first_name",
        "$.owner.second_name",
        "$.owner.tax_id",
    }
)
EXTERNAL_PREFIX = "external:"  # the flow's key label for a signature made elsewhere


def external_label(path: str) -> str:
    return EXTERNAL_PREFIX + path


def is_external_label(label: str) -> bool:
    return label.startswith(EXTERNAL_PREFIX)


class DropArea(QFrame):
    """Accepts a dropped key file."""

    def __init__(self, on_file: Any) -> None:
        super().__init__()
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self._on_file = on_file
        layout = QVBoxLayout(self)
        self.label = QLabel(
            translate("KeyPage", "Drop your key file here (Key-6.dat, .pfx, .p12, .jks)")
        )
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self._on_file(urls[0].toLocalFile())
            event.acceptProposedAction()


class KeyPage(StepPage):
    step_id = "key"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setTitle(translate("KeyPage", "Your signature key"))
        self.setSubTitle(
            translate(
                "KeyPage",
                "The registration is signed with the head's qualified electronic signature (QES). "
                "The key and its password stay on this computer.",
            )
        )
        self.worker: Worker | None = None
        outer = page_layout(self)
        self.scroll_area, layout = add_scroll_column(outer)
        layout.setSpacing(10)

        # Three ways, one under the other: side by side they do not fit a narrow or 200 % window.
        source_row = QVBoxLayout()
        source_row.setSpacing(4)
        self.file_choice = QRadioButton(translate("KeyPage", "Key file"))
        self.token_choice = QRadioButton(translate("KeyPage", "Hardware key (token)"))
        self.external_choice = QRadioButton(
            translate("KeyPage", "Sign with a cloud key or another program")
        )
        self.file_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.token_choice)
        group.addButton(self.external_choice)
        source_row.addWidget(self.file_choice, 0, Qt.AlignmentFlag.AlignLeft)
        source_row.addWidget(self.token_choice, 0, Qt.AlignmentFlag.AlignLeft)
        source_row.addWidget(self.external_choice, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(source_row)

        self.file_box = QGroupBox(translate("KeyPage", "Key file"))
        form = QFormLayout(self.file_box)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.drop = DropArea(self.set_key_file)
        form.addRow(self.drop)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(translate("KeyPage", "e.g. D:\\Key-6.dat"))
        self.browse = QPushButton(translate("KeyPage", "Choose file…"))
        self.browse.clicked.connect(self._choose_key)
        add_row_with_button(
            form,
            translate("KeyPage", "Key file *"),
            self.path_edit,
            self.browse,
            name=translate("KeyPage", "Key file"),
        )
        self.cert_edit = QLineEdit()
        self.cert_edit.setPlaceholderText(
            translate("KeyPage", "only if your key came with a separate .cer file")
        )
        self.cert_browse = QPushButton(translate("KeyPage", "Choose certificate…"))
        self.cert_browse.clicked.connect(self._choose_cert)
        cert_label = translate("KeyPage", "Certificate file")
        add_row_with_button(form, cert_label, self.cert_edit, self.cert_browse, name=cert_label)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QToolButton()
        self.show_password.setCheckable(True)
        self.show_password.setText(translate("KeyPage", "Show"))
        self.show_password.setAccessibleName(translate("KeyPage", "Show the password"))
        self.show_password.toggled.connect(self._toggle_password)
        add_row_with_button(
            form,
            translate("KeyPage", "Password *"),
            self.password,
            self.show_password,
            name=translate("KeyPage", "Key password"),
        )
        self.password.returnPressed.connect(self.open_chosen_key)
        layout.addWidget(self.file_box)

        self.token_panel: Any = None  # built when first chosen (it loads the PKCS#11 stack)
        self.external_panel: Any = None  # built when first chosen
        self._layout = layout
        self._token_index = layout.count()
        self.token_choice.toggled.connect(self._source_changed)
        self.external_choice.toggled.connect(self._source_changed)

        action_row = QHBoxLayout()
        self.open_button = QPushButton(translate("KeyPage", "Open and check the key"))
        self.open_button.setObjectName("primaryButton")
        self.open_button.clicked.connect(self.open_chosen_key)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("KeyPage", "Opening the key"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(translate("KeyPage", "Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.busy_label = QLabel(
            translate("KeyPage", "Opening the key… this can take a few seconds.")
        )
        self.busy_label.setVisible(False)
        action_row.addWidget(self.open_button)
        action_row.addWidget(self.progress, 1)
        action_row.addWidget(self.cancel_button)
        layout.addLayout(action_row)
        layout.addWidget(self.busy_label)
        self.error = QLabel("")
        self.error.setObjectName("pageError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

        self.facts_box = QGroupBox(translate("KeyPage", "Whose key this is"))
        self.facts = QFormLayout(self.facts_box)
        self.facts_box.setVisible(False)
        layout.addWidget(self.facts_box)
        self.checks_box = QGroupBox(translate("KeyPage", "Checks before signing"))
        self.checks = QVBoxLayout(self.checks_box)
        self.checks_box.setVisible(False)
        layout.addWidget(self.checks_box)
        layout.addStretch(1)
        self.reason = QLabel("")
        self.reason.setObjectName("nextReason")
        self.reason.setWordWrap(True)
        outer.addWidget(self.reason)
        session.changed.connect(self._session_changed)

    # -- choosing ---------------------------------------------------------------------------
    def load(self) -> None:
        from ehealth_wizard.core.signing.external import PendingSignature

        waiting = PendingSignature.from_extra(self.session.draft.meta.extra) is not None
        if waiting and self.session.signer is None and not self.token_choice.isChecked():
            self.external_choice.setChecked(True)  # the draft waits for a signed file
        if not self.path_edit.text() and not is_external_label(self.session.draft.meta.key_path):
            self.path_edit.setText(self.session.draft.meta.key_path)
        if self.external_panel is not None:
            self.external_panel.refresh()
        self.recheck()
        self._update_reason()

    def _session_changed(self, path: str) -> None:
        """The names, tax id or ЄДРПОУ changed after the key was read: check it again."""
        if path == "" or path in PREFLIGHT_PATHS or self.session.external is not None:
            self.recheck()

    def recheck(self) -> None:
        """Run the pre-flight again on the current form with the certificate already read (no
        password needed), redraw the facts and the checks, and block Next on errors."""
        info = self.session.cert_facts
        if self.session.external is not None and self.worker is None:
            self._recheck_external()
            return
        if info is None or self.worker is not None:
            return
        problems = self.session.core.recheck()
        self._clear_rows()
        self._show_facts(info)
        self._show_checks(problems)
        self.session.set_key(self._key_label(), checked=not has_errors(problems))
        self._update_reason()
        self.completeChanged.emit()

    def _key_label(self) -> str:
        if self.session.external is not None:
            return external_label(self.session.external_path)
        if self.token_choice.isChecked() and self.token_panel is not None:
            return str(self.token_panel.key_label())
        return self.path_edit.text().strip() or self.session.draft.meta.key_path

    def set_key_file(self, path: str) -> None:
        self.path_edit.setText(path)
        self.password.setFocus()

    def _choose_key(self) -> None:
        path, _ = open_file_dialog(
            self,
            translate("KeyPage", "Choose your key file"),
            self.path_edit.text().strip(),
            translate(
                "KeyPage", "Key files (*.dat *.pfx *.p12 *.jks *.zs2 *.pk8 *.key);;All files (*)"
            ),
        )
        if path:
            self.set_key_file(path)

    def _choose_cert(self) -> None:
        path, _ = open_file_dialog(
            self,
            translate("KeyPage", "Choose the certificate file"),
            self.cert_edit.text().strip() or self.path_edit.text().strip(),
            translate("KeyPage", "Certificates (*.cer *.crt *.pem *.p7b);;All files (*)"),
        )
        if path:
            self.cert_edit.setText(path)

    def _toggle_password(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_password.setText(
            translate("KeyPage", "Hide") if shown else translate("KeyPage", "Show")
        )

    def _source_changed(self, _checked: bool = True) -> None:
        token = self.token_choice.isChecked()
        external = self.external_choice.isChecked()
        if token and self.token_panel is None:
            from ehealth_wizard.ui.widgets.token_panel import TokenPanel

            self.token_panel = TokenPanel()
            self._layout.insertWidget(self._token_index, self.token_panel)
        if external and self.external_panel is None:
            from ehealth_wizard.ui.widgets.external_panel import ExternalPanel

            self.external_panel = ExternalPanel(self.session)
            self.external_panel.choose_requested.connect(self.choose_signed_file)
            self._layout.insertWidget(self._token_index, self.external_panel)
        self.file_box.setVisible(not token and not external)
        if self.token_panel is not None:
            self.token_panel.setVisible(token)
        if self.external_panel is not None:
            self.external_panel.setVisible(external)
            self.external_panel.refresh()
        self.open_button.setVisible(not external)

    # -- opening ----------------------------------------------------------------------------
    def open_chosen_key(self) -> None:
        if self.worker is not None:
            return
        if self.external_choice.isChecked():
            self.choose_signed_file()
            return
        if self.token_choice.isChecked() and self.token_panel is not None:
            self._open_token()
            return
        path = self.path_edit.text().strip()
        if not path:
            self._show_error(translate("KeyPage", "Choose your key file first."))
            self.path_edit.setFocus()
            return
        if not self.password.text():
            # Not a five-second unlock attempt that ends in "wrong password" (QA #12).
            self._show_error(translate("KeyPage", "Enter the key's password."))
            self.password.setFocus()
            return
        self._clear_result(path)
        password = bytearray(self.password.text(), "utf-8")  # zeroed once the key is open
        choice = FileKey(path, password, self.cert_edit.text().strip() or None)
        del password
        worker = Worker(open_and_check, choice, self.session.reg)
        del choice
        worker.succeeded.connect(self._opened)
        worker.failed.connect(self._failed)
        worker.finished.connect(lambda w=worker: self._finished(w))
        self.worker = worker
        self._set_busy(True)
        worker.start()

    def _open_token(self) -> None:
        """The tokens panel's hook: its worker body yields the same (signer, facts, checks)."""
        job = self.token_panel.opening_job(self.session.reg)
        if job is None:
            self._show_error(self.token_panel.missing_choice_text())
            return
        self._clear_result(self.token_panel.key_label())
        worker = Worker(job)
        worker.succeeded.connect(self._opened)
        worker.failed.connect(self._failed)
        worker.finished.connect(lambda w=worker: self._finished(w))
        self.worker = worker
        self._set_busy(True)
        worker.start()

    # -- a signature made elsewhere ---------------------------------------------------------
    def choose_signed_file(self) -> None:
        """Ask for the signed file and check it (worker): one signer, this draft's bytes, the
        same checks as a key, completed without the key."""
        if self.worker is not None or self.external_panel is None:
            return
        path = self.external_panel.ask_signed_file()
        if path:
            self.check_signed_file(path)

    def check_signed_file(self, path: str) -> None:
        from ehealth_wizard.ui.widgets.external_panel import check_signed_file

        self._clear_result()
        self.session.set_key(external_label(path), checked=False)
        if self.external_panel is not None:
            self.external_panel.show_verdict(None)  # until this file is checked
        profile = self.session.environment.profile
        tsp_url = getattr(profile, "tsp_url", "") or None
        worker = Worker(check_signed_file, path, self.session.reg, tsp_url)
        worker.succeeded.connect(lambda result, p=path: self._external_checked(p, result))
        worker.failed.connect(self._external_failed)
        worker.finished.connect(lambda w=worker: self._finished(w))
        self.worker = worker
        self._set_busy(True)
        worker.start()

    def _external_checked(self, path: str, checked: Any) -> None:
        if self.worker is None:  # cancelled meanwhile
            return
        imported = checked.imported
        if self.external_panel is not None:
            self.external_panel.show_verdict(checked.verdict)
        from ehealth_wizard.core.signing.external import PendingSignature

        self.session.take_external(imported, path, external_label(path))
        pending = PendingSignature.from_extra(self.session.draft.meta.extra)
        if pending is not None:
            done = dataclasses.replace(pending, signed_path=path)
            for key, value in done.to_extra().items():
                self.session.set_extra(key, value)
        self.error.setVisible(False)
        self._show_facts(imported.facts)
        self._show_checks(list(imported.warnings), completed=imported)
        self._update_reason()
        self.completeChanged.emit()

    def _external_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled) or self.worker is None:
            return
        self.worker = None
        self._set_busy(False)
        problems = list(getattr(exc, "problems", ()))
        if self.external_panel is not None:
            self.external_panel.show_verdict(getattr(exc, "verdict", None))
        self._show_error(messages.error_text(exc))
        if problems:
            self._show_checks(problems)

    def _recheck_external(self) -> None:
        """The form changed after the file was signed: it no longer signs this registration."""
        imported = self.session.external
        if imported is None:
            return
        same = content_of(self.session.reg) == imported.content
        label = external_label(self.session.external_path)
        if same:
            self.session.set_key(label, checked=True)
        else:
            self.session.drop_external()
            self.session.set_key(label, checked=False)
            if self.external_panel is not None:
                self.external_panel.show_verdict(None)
            self._clear_rows()
            self._show_error(
                translate(
                    "KeyPage",
                    "The registration changed after it was signed. Save the file again, sign it "
                    "and choose the new signed file.",
                )
            )
            if self.external_panel is not None:
                self.external_panel.refresh()
        self._update_reason()
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Stop waiting at once; a late result from the worker is dropped."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker = None
        self._set_busy(False)
        self._show_error(translate("KeyPage", "Cancelled. You can try again."))
        self.open_button.setFocus()

    def _finished(self, worker: Worker) -> None:
        if self.worker is worker:
            self.worker = None
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.open_button.setEnabled(not busy)
        if self.external_panel is not None:
            self.external_panel.set_busy(busy)
        for w in (self.path_edit, self.password, self.cert_edit, self.browse, self.cert_browse):
            w.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()
        self.completeChanged.emit()

    def _opened(self, check: KeyCheck) -> None:
        if self.worker is None:  # cancelled meanwhile
            check.close()
            return
        self.session.take_key(check, self._key_label())
        self.password.clear()
        self.error.setVisible(False)
        self._show_facts(check.facts)
        self._show_checks(check.problems)
        self._update_reason()
        self.completeChanged.emit()
        QTimer.singleShot(0, self, lambda: self._after_open(check.ok))

    def _after_open(self, ok: bool) -> None:
        """The keyboard goes on from the result, not to whatever widget follows the disabled
        button (the language box): Next when the key is fine, else the checks, in view."""
        wizard = self.wizard()
        if ok and wizard is not None:
            self.scroll_area.ensureWidgetVisible(self.facts_box)
            wizard.button(QWizard.WizardButton.NextButton).setFocus()
            return
        self.scroll_area.ensureWidgetVisible(self.checks_box)
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        if self.worker is None:
            return
        self.worker = None
        self._set_busy(False)
        code = getattr(exc, "code", "")
        self._show_error(messages.error_text(exc))
        self.scroll_area.ensureWidgetVisible(self.error)
        self.open_button.setFocus()
        if code == "key_wrong_password":
            self.password.selectAll()
            self.password.setFocus()
        elif code == "key_cert_missing":
            self.cert_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _clear_result(self, label: str = "") -> None:
        """A new key is being opened: the old one is closed and Next waits for the new one."""
        self.error.setVisible(False)
        self._clear_rows()
        self.session.choose_key(label)

    def _clear_rows(self) -> None:
        for layout in (self.facts, self.checks):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.facts_box.setVisible(False)
        self.checks_box.setVisible(False)

    def _show_facts(self, info: Any) -> None:
        rows = [
            (
                translate("KeyPage", "Key holder"),
                info.full_name or f"{info.surname} {info.given_names}",
            ),
            (translate("KeyPage", "Tax number (RNOKPP)"), info.rnokpp),
            (translate("KeyPage", "Organisation"), info.organization),
            (translate("KeyPage", "EDRPOU code"), info.edrpou),
            (translate("KeyPage", "Issued by"), info.issuer),
            (
                translate("KeyPage", "Valid until"),
                info.not_after.strftime("%d.%m.%Y") if info.not_after else "",
            ),
        ]
        for label, value in rows:
            if not value:
                continue
            text = QLabel(str(value))
            text.setWordWrap(True)
            text.setProperty("dataText", True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(QLabel(label), text)
        self.facts_box.setVisible(True)

    def _show_checks(self, problems: list[Problem], completed: Any = None) -> None:
        self.checks_box.setTitle(
            translate("KeyPage", "Checks of the signed file")
            if self.external_choice.isChecked()
            else translate("KeyPage", "Checks before signing")
        )
        rows: list[tuple[bool, str]] = []
        if completed is not None:
            rows.append(
                (True, translate("KeyPage", "The signature is valid and signs this registration."))
            )
            if "content_embedded" in completed.completed:
                rows.append(
                    (
                        True,
                        translate("KeyPage", "The registration was put inside the signature file."),
                    )
                )
            if "timestamp_added" in completed.completed:
                rows.append(
                    (
                        True,
                        translate("KeyPage", "A time-stamp was added by {url}.").format(
                            url=completed.tsa_url
                        ),
                    )
                )
        if not problems:
            rows.append(
                (
                    True,
                    translate(
                        "KeyPage", "The key is valid and belongs to the head named in the form."
                    ),
                )
            )
        for problem in problems:
            rows.append((problem.severity is not Severity.ERROR, messages.problem_text(problem)))
        for ok, text in rows:
            label = QLabel(("✔  " if ok else "✘  ") + text)
            label.setWordWrap(True)
            label.setObjectName("checkOk" if ok else "checkFailed")
            self.checks.addWidget(label)
        self.checks_box.setVisible(True)

    def focus_path(self, path: str, note: str = "") -> bool:
        """'Fix it' on the key: start again from the key file (or the token)."""
        if self.token_choice.isChecked():
            self.token_choice.setFocus()
        else:
            self.path_edit.setFocus()
        return True

    # -- Next -------------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self.worker is None and self.session.status(self.step_id).complete

    def _update_reason(self) -> None:
        status = self.session.status(self.step_id)
        text = "\n".join(messages.problem_text(p) for p in status.blockers)
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
