"""The sandbox's one-click demo: a facility from the sandbox ЄДР and a demo key for its head."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ehealth_wizard.core.model import Registration
from ehealth_wizard.ui import messages
from ehealth_wizard.ui.workers import Worker

translate = QCoreApplication.translate
DEMO_EDRPOU = "22743189"  # a primary-care company in the seed ЄДР (resources/sandbox/edr.json)


@dataclass
class DemoResult:
    registration: Registration
    key_path: Path
    password: str


def make_demo(
    running: Any, out_dir: Path, edrpou: str = DEMO_EDRPOU, key_format: str | None = None
) -> DemoResult:
    """Worker body: read the record, fill a Registration, issue and write a demo key."""
    from ehealth_wizard.sandbox.demo import issue_demo_key, registration_for, write_demo_key
    from ehealth_wizard.sandbox.edr import sandbox_persons

    sandbox = running.sandbox
    record = sandbox.edr.active(edrpou)[0]
    person = sandbox_persons(record)[0]
    reg = registration_for(record, person, date.today())
    key = issue_demo_key(sandbox, edrpou, key_format=key_format, person=person)
    written = write_demo_key(key, out_dir)
    return DemoResult(reg, written[0], key.password)


def run_demo(window: Any) -> Worker | None:
    """Fill the form and the key page; the director then just presses Next through the pages."""
    session = window.session
    welcome = window.pages[_step("welcome")]
    if session.sandbox is None and session.sandbox_error is not None:
        welcome.demo_status.setText(messages.error_text(session.sandbox_error))
        return None
    if session.sandbox is None:
        welcome.demo_status.setText(
            translate("Demo", "The sandbox is still starting; try again in a few seconds.")
        )
        return None
    out_dir = Path(session.store.folder).parent / "demo-key"
    welcome.demo_button.setEnabled(False)
    welcome.demo_status.setText(translate("Demo", "Preparing the demo facility and key…"))
    # None: the sandbox's default container (a DSTU 4145 key, as Ukrainian providers issue)
    worker = Worker(make_demo, session.sandbox, out_dir, DEMO_EDRPOU, session.demo_key_format)

    def done(result: DemoResult) -> None:
        welcome.new_button.setChecked(True)
        session.start_new()
        session.replace(result.registration)
        key_page = window.pages[_step("key")]
        key_page.set_key_file(str(result.key_path))
        session.set_key(str(result.key_path), checked=False)  # kept in the draft (QA #11)
        key_page.password.setText(result.password)
        welcome.demo_status.setText(
            translate(
                "Demo",
                "Done: the form is filled in and a demo key is ready (its password is typed in "
                "for you). Press Next.",
            )
        )
        welcome.demo_button.setEnabled(True)
        welcome.keep_current = True
        window.next()
        welcome.keep_current = False

    def failed(exc: BaseException) -> None:
        welcome.demo_status.setText(messages.error_text(exc))
        welcome.demo_button.setEnabled(True)

    worker.succeeded.connect(done)
    worker.failed.connect(failed)
    return worker.start()


def _step(name: str) -> Any:
    from ehealth_wizard.core.flow import Step

    return Step(name)
