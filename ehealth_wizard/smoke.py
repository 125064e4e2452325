"""`ehealth-wizard --smoke-test`: the whole path on the embedded sandbox, without a person.

Used against installed builds (the .deb test, a vendor's own checks): it proves the frozen
program finds its Qt plugins, translations and data files, and that key reading, CAdES signing
with a time-stamp, the HTTP client and the sandbox all work together. It prints one JSON line
per step and stage and exits 0 only when every submission stage passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SMOKE_EDRPOU = "22743189"  # a primary-care company with a head in the sandbox's seed ЄДР


def _say(**fields: Any) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def _open_window(data_dir: Path, lang: str) -> None:
    """Show the wizard offscreen for a moment: Qt, its plugins and our translations load."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from ehealth_wizard.ui.app import ensure_app, install_translators
    from ehealth_wizard.ui.sandbox_control import stop_all
    from ehealth_wizard.ui.wizard import open_main_window

    app = ensure_app()
    used = install_translators(app, lang)
    args = argparse.Namespace(server=None, profile=None, data_dir=str(data_dir), lang=used)
    controller = open_main_window(args, used)
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    window = controller.window
    _say(step="window", status="passed", title=window.windowTitle(), language=used)
    window.close()  # saves the draft, stops following
    stop_all()  # the embedded sandbox the window started


def _register(data_dir: Path) -> bool:
    from ehealth_wizard.core.drafts import DraftStore
    from ehealth_wizard.core.ehealth.client import EHealthClient
    from ehealth_wizard.core.ehealth.stages import SUBMIT_STAGES
    from ehealth_wizard.core.registration import DraftRecords, FileKey, open_and_check
    from ehealth_wizard.core.registration import sign_and_submit as send
    from ehealth_wizard.sandbox.demo import issue_demo_key, write_demo_key
    from ehealth_wizard.sandbox.runner import start_sandbox

    passed: set[str] = set()
    with start_sandbox(data_dir / "sandbox", stage_delay=0, registry_delay=0) as running:
        _say(step="sandbox", status="passed", url=running.url)
        demo = issue_demo_key(running.sandbox, SMOKE_EDRPOU)
        key_path = write_demo_key(demo, data_dir / "demo-key")[0]
        _say(step="demo-key", status="passed", format=demo.key_format)
        drafts = DraftStore(data_dir / "drafts")
        records = DraftRecords(drafts, drafts.new_draft())
        check = open_and_check(FileKey(str(key_path), demo.password), None)
        try:
            with EHealthClient(running.url) as client:
                events = send(
                    demo.registration, client=client, records=records, signer=check.signer
                )
                for event in events:
                    if event.stage == "sign":  # a step of the smoke test, as key and sandbox
                        if event.status != "running":
                            _say(step="sign", status=event.status)
                        continue
                    _say(**event.to_dict())
                    if event.status == "passed":
                        passed.add(event.stage)
        finally:
            check.close()
    return all(stage in passed for stage in SUBMIT_STAGES)


def run_smoke_test(args: argparse.Namespace) -> int:
    data_dir = Path(tempfile.mkdtemp(prefix="ehealth-wizard-smoke-"))
    try:
        _open_window(data_dir / "gui", getattr(args, "lang", None) or "uk")
        ok = _register(data_dir / "core")
    except Exception as exc:  # a smoke test reports every failure as a result, never a traceback
        _say(step="smoke-test", status="failed", error=f"{type(exc).__name__}: {exc}")
        return 1
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    _say(step="smoke-test", status="passed" if ok else "failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(run_smoke_test(argparse.Namespace(lang="uk")))
