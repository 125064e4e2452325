"""The embedded sandbox: started in a worker (startup stays fast), stopped when the app quits."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ehealth_wizard.core.ehealth.environments import Environment
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.workers import Worker

log = logging.getLogger(__name__)


_STARTED: list[Any] = []  # every sandbox this process started, stopped by `stop_all`


def _start(data_dir: Path, stage_delay: float | None) -> Any:
    from ehealth_wizard.sandbox.runner import start_sandbox

    running = start_sandbox(data_dir, stage_delay=stage_delay)
    _STARTED.append(running)
    return running


def stop_all() -> None:
    """Wait for a sandbox still starting, then stop every one (the window has closed)."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(15000)
    while _STARTED:
        _STARTED.pop().stop()


def start_embedded_sandbox(session: Session, stage_delay: float | None = None) -> Worker:
    """Start the sandbox under `<data>/sandbox`; the session learns its URL when it listens."""
    data_dir = Path(session.store.folder).parent / "sandbox"
    worker = Worker(_start, data_dir, stage_delay)

    def ready(running: Any) -> None:
        attach_sandbox(session, running)

    def failed(exc: BaseException) -> None:
        log.error("the embedded sandbox did not start: %r", exc)
        session.sandbox_error = exc

    worker.succeeded.connect(ready)
    worker.failed.connect(failed)
    return worker.start()


def attach_sandbox(session: Session, running: Any) -> None:
    """Use an already running sandbox (tests start one with zero stage delay)."""
    session.sandbox = running
    session.environment = Environment(
        kind="sandbox",
        url=str(running.url),
        profile=session.environment.profile,  # the vendor's branding stays
    )
    session.environment_changed.emit()
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(running.stop)
