"""The state behind the window: the draft being edited, the environment, the opened key.

Pages read and write the Registration here by JSON path; every change restarts a one-second
timer that saves the draft (DraftStore writes atomically, 0600). The key password is never held
here: only the opened Signer, in memory, for this session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ehealth_wizard.core import flow
from ehealth_wizard.core.drafts import Draft, DraftStore, Submission
from ehealth_wizard.core.model import Registration, get_path, set_path
from ehealth_wizard.core.problems import Problem
from ehealth_wizard.ui.environment import Environment

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1000


class Session(QObject):
    changed = Signal(str)  # the JSON path that changed ("" = everything, e.g. a draft loaded)
    saved = Signal()
    environment_changed = Signal()

    def __init__(self, store: DraftStore, environment: Environment) -> None:
        super().__init__()
        self.store = store
        self.environment = environment
        self.draft: Draft = store.new_draft()
        self.flow = flow.Wizard(flow.WizardState(registration=self.draft.registration))
        self.load_events: list[Any] = []
        self.signer: Any = None  # core.signing Signer, in memory only
        self.external: Any = None  # core.signing.external ImportedSignature, checked, to send
        self.external_path = ""  # the signed file it came from
        self.cert_facts: Any = None
        self.preflight: list[Problem] = []
        self.payload: dict[str, Any] | None = None
        self.sandbox: Any = None  # the running embedded sandbox (sandbox.runner handle)
        self.sandbox_error: BaseException | None = None
        self.demo_key_format: str | None = None  # None: the sandbox's default demo key
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._dirty = False

    # -- the registration -------------------------------------------------------------------
    @property
    def reg(self) -> Registration:
        return self.draft.registration

    def get(self, path: str) -> Any:
        return get_path(self.reg, path)

    def set(self, path: str, value: Any) -> None:
        if get_path(self.reg, path) == value:
            return
        self.draft.registration = set_path(self.reg, path, value)
        self.flow.set_registration(self.draft.registration)
        self._touch(path)

    def replace(self, reg: Registration) -> None:
        self.draft.registration = reg
        self.flow.set_registration(reg)
        self._touch("")

    def status(self, step: str) -> flow.StepStatus:
        return self.flow.status(flow.Step(step))

    def _touch(self, path: str) -> None:
        self.payload = None
        self._dirty = True
        self._timer.start()
        self.changed.emit(path)

    def problems(self) -> list[Problem]:
        return list(self.flow.problems())

    # -- drafts -----------------------------------------------------------------------------
    def start_new(self) -> None:
        self.save_now()
        self.draft = self.store.new_draft()
        self.flow = flow.Wizard(flow.WizardState(registration=self.draft.registration))
        self.signer = None
        self.external = None
        self.cert_facts = None
        self.preflight = []
        self._touch("")

    def open_draft(self, draft_id: str) -> None:
        self.save_now()
        result = self.store.load(draft_id)
        self.draft = result.draft
        self.load_events = list(result.events)
        self.flow = flow.wizard_for_draft(self.draft)
        self.signer = None
        self.external = None
        self.payload = None
        self._dirty = False
        self.changed.emit("")

    def set_step(self, step: str) -> None:
        if self.draft.meta.step != step:
            self.draft.meta.step = step
            self._dirty = True
            self._timer.start()

    def set_key(self, path: str, *, checked: bool) -> None:
        self.flow.set_key(path, checked=checked)
        if self.draft.meta.key_path != path:
            self.draft.meta.key_path = path
            self._dirty = True
            self._timer.start()

    def set_submission(self, submission: Submission) -> None:
        self.draft.meta.submission = submission
        self._dirty = True
        self.save_now()

    def set_extra(self, key: str, value: Any) -> None:
        self.draft.meta.extra[key] = value
        self._dirty = True
        self._timer.start()

    def save_now(self) -> Path | None:
        """Write the draft now if anything changed; return its file."""
        self._timer.stop()
        if self._dirty:
            self.store.save(self.draft)
            self._dirty = False
            self.saved.emit()
        path = self.store.main_path(self.draft.draft_id)
        return path if path.exists() else None

    def has_content(self) -> bool:
        """True when the director typed anything into the current draft."""
        return self.reg != Registration.empty()

    @property
    def has_unsaved(self) -> bool:
        return self._dirty
