"""The state behind the window: Qt signals and the autosave timer over the core's session.

Pages read and write the Registration here by JSON path; every change restarts a one-second
timer that saves the draft (DraftStore writes atomically, 0600). Everything else — the draft,
the flow, the opened key, the submission record — is core.registration.RegistrationSession's.
The key password is never held here.

At the window's start the session is opened later (`Session.deferred`): the draft store and
the registration model load right after the first paint, so the window shows sooner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ehealth_wizard.core.steps import Step

if TYPE_CHECKING:
    from ehealth_wizard.core.drafts import Draft, DraftEvent, DraftStore
    from ehealth_wizard.core.ehealth.credentials import Credentials
    from ehealth_wizard.core.ehealth.environments import Environment
    from ehealth_wizard.core.flow import StepStatus, Wizard
    from ehealth_wizard.core.model import Registration
    from ehealth_wizard.core.problems import Problem
    from ehealth_wizard.core.receipt import ReceiptStore
    from ehealth_wizard.core.registration import KeyCheck, RegistrationSession
    from ehealth_wizard.core.signing.certinfo import CertInfo
    from ehealth_wizard.core.signing.external import ImportedSignature
    from ehealth_wizard.core.signing.keys import Signer
    from ehealth_wizard.sandbox.runner import RunningSandbox

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1000


class Session(QObject):
    """Qt signals and the autosave timer over a core RegistrationSession (which does the rest)."""

    changed = Signal(str)  # the JSON path that changed ("" = everything, e.g. a draft loaded)
    saved = Signal()
    environment_changed = Signal()
    opened = Signal()  # a deferred session's draft store and draft are loaded

    def __init__(self, store: DraftStore | None, environment: Environment) -> None:
        super().__init__()
        self._store = store
        self._open_store: Callable[[], DraftStore] | None = None
        self._core: RegistrationSession | None = None
        self._step = ""  # the step the window showed before the session was opened
        self.environment = environment
        self.payload: dict[str, Any] | None = None
        self.sandbox: RunningSandbox | None = None  # the running embedded sandbox
        self.sandbox_error: BaseException | None = None
        self.demo_key_format: str | None = None  # None: the sandbox's default demo key
        # The facility's client credentials from the registration, in memory only, for the
        # Done page to hand over or show once (core.ehealth.credentials); never in a draft.
        self.credentials: Credentials | None = None
        self.credentials_kept = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._dirty = False
        if store is not None:
            self.open()

    @classmethod
    def deferred(cls, open_store: Callable[[], DraftStore], environment: Environment) -> Session:
        """A session whose store (`open_store()`) and new draft load on `open()`, or on the
        first use of either: the window's first page is drawn without them."""
        session = cls(None, environment)
        session._open_store = open_store
        return session

    @property
    def is_open(self) -> bool:
        return self._core is not None

    def open(self) -> None:
        """Load the draft store and start a new draft (once); then `opened` is emitted."""
        if self._core is not None:
            return
        from ehealth_wizard.core.registration import RegistrationSession

        if self._store is None:
            assert self._open_store is not None, "a session has a store or a way to open one"
            self._store = self._open_store()
        self._core = RegistrationSession(self._store)
        if self._step:
            self.set_step(self._step)
        self.opened.emit()

    @property
    def store(self) -> DraftStore:
        self.open()
        assert self._store is not None
        return self._store

    @property
    def core(self) -> RegistrationSession:
        self.open()
        assert self._core is not None
        return self._core

    # -- what the core session holds ------------------------------------------------------------
    @property
    def draft(self) -> Draft:
        return self.core.draft

    @property
    def flow(self) -> Wizard:
        return self.core.flow

    @property
    def load_events(self) -> list[DraftEvent]:
        return self.core.load_events

    @property
    def signer(self) -> Signer | None:
        return self.core.signer

    @property
    def cert_facts(self) -> CertInfo | None:
        return self.core.cert_facts

    @property
    def key_checks(self) -> list[Problem]:
        return self.core.checks

    @property
    def external(self) -> ImportedSignature | None:
        return self.core.external

    @property
    def external_path(self) -> str:
        return self.core.external_path

    def take_external(self, imported: ImportedSignature, path: str, label: str) -> None:
        """A signature made elsewhere, checked in a worker, replaces any opened key."""
        before = self.draft.meta.key_path
        self.core.take_external(imported, path, label)
        if before != self.draft.meta.key_path:
            self._later()

    def drop_external(self) -> None:
        self.core.drop_external()

    def receipts(self) -> ReceiptStore:
        """Where accepted registrations' signed files and stages are kept (the data folder)."""
        from ehealth_wizard.core.receipt import ReceiptStore

        return ReceiptStore(self.store.folder.parent)

    # -- the registration -------------------------------------------------------------------
    @property
    def reg(self) -> Registration:
        return self.draft.registration

    def get(self, path: str) -> Any:
        from ehealth_wizard.core.model import get_path

        return get_path(self.reg, path)

    def set(self, path: str, value: Any) -> None:
        from ehealth_wizard.core.model import get_path, set_path

        if get_path(self.reg, path) == value:
            return
        self.core.set_registration(set_path(self.reg, path, value))
        self._touch(path)

    def replace(self, reg: Registration) -> None:
        self.core.set_registration(reg)
        self._touch("")

    def status(self, step: str) -> StepStatus:
        return self.flow.status(Step(step))

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
        self.core.start_new()
        self._touch("")

    def open_draft(self, draft_id: str) -> None:
        self.save_now()
        self.core.open_draft(draft_id)
        self.payload = None
        self._dirty = False
        self.changed.emit("")

    def set_step(self, step: str) -> None:
        if not self.is_open:  # the first page, before the first paint: kept for `open()`
            self._step = step
            return
        if self.draft.meta.step != step:
            self.draft.meta.step = step
            self._later()

    def set_key(self, path: str, *, checked: bool) -> None:
        before = self.draft.meta.key_path
        self.core.set_key_label(path, checked=checked)
        if before != path:
            self._later()

    def take_key(self, check: KeyCheck, label: str) -> None:
        """A key opened and checked in a worker becomes the session's (the old one closes)."""
        before = self.draft.meta.key_path
        self.core.take_key(check, label)
        if before != self.draft.meta.key_path:
            self._later()

    def choose_key(self, label: str) -> None:
        before = self.draft.meta.key_path
        self.core.choose_key(label)
        if before != label:
            self._later()

    def set_extra(self, key: str, value: Any) -> None:
        self.draft.meta.extra[key] = value
        self._later()

    def _later(self) -> None:
        self._dirty = True
        self._timer.start()

    def save_now(self) -> Path | None:
        """Write the draft now if anything changed; return its file."""
        self._timer.stop()
        if not self.is_open:
            return None  # closed before the drafts loaded: nothing was typed
        if self._dirty:
            self.core.save()
            self._dirty = False
            self.saved.emit()
        path = self.store.main_path(self.draft.draft_id)
        return path if path.exists() else None

    def close(self) -> None:
        """Quitting: save, and close the opened key."""
        if not self.is_open:
            return
        self.save_now()
        self.core.close()

    def has_content(self) -> bool:
        """True when the director typed anything into the current draft."""
        from ehealth_wizard.core.model import Registration

        return self.reg != Registration.empty()

    @property
    def has_unsaved(self) -> bool:
        return self._dirty
