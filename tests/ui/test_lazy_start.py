"""Issue 15 (item 12): the first window imports no signing, HTTP, schema or sandbox code and
builds only the welcome page; the other pages are built when first shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ehealth_wizard.core import flow

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "httpx",
    "jsonschema",
    "cryptography",
    "asn1crypto",
    "pkcs11",
    "ehealth_wizard.core.signing",
    "ehealth_wizard.core.ehealth.client",
    "ehealth_wizard.core.payload",
    "ehealth_wizard.core.validation",
    "ehealth_wizard.sandbox",
    "ehealth_wizard.commands",
    # started after the first paint: the embedded sandbox's control and its worker
    "ehealth_wizard.ui.sandbox_control",
    "ehealth_wizard.ui.workers",
    # standard modules the first window does without (each costs milliseconds to load):
    # OpenSSL through hashlib/secrets, socket, uuid (platform), TOML, html.entities, and
    # importlib.resources (the data folders are plain paths on disk)
    "hashlib",
    "_hashlib",
    "secrets",
    "socket",
    "uuid",
    "tomllib",
    "html",
    "importlib.resources",
)
# What is imported when the window reports its first paint (work armed for after the paint,
# such as starting the embedded sandbox, may import more afterwards).
FIRST_WINDOW = """
import sys
prefixes = sys.argv[2:]
real, seen = sys.stdout, []

class Tap:
    def write(self, text):
        if "window-shown" in text and not seen:
            seen.append(sorted(m for m in sys.modules
                               if any(m == p or m.startswith(p + ".") for p in prefixes)))
        return real.write(text)

    def flush(self):
        real.flush()

sys.stdout = Tap()
from ehealth_wizard.cli import main
code = main(["--data-dir", sys.argv[1]])
print("CODE", code)
print("HEAVY", seen[0] if seen else None)
"""


def run_offscreen(script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -c script args` offscreen, in a process of its own (a start as a user's)."""
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
        cwd=ROOT,
        timeout=120,
    )


def test_the_first_window_imports_no_signing_http_or_sandbox_code(tmp_path: Path) -> None:
    done = run_offscreen(
        FIRST_WINDOW, str(tmp_path / "data"), *HEAVY, EHEALTH_WIZARD_EXIT_AFTER_SHOW="1"
    )
    assert "window-shown" in done.stdout, done.stdout + done.stderr[-2000:]
    assert "CODE 0" in done.stdout
    assert "HEAVY []" in done.stdout, done.stdout


def test_pages_are_built_when_first_shown(qapp: Any, tmp_path: Path) -> None:
    from ehealth_wizard.ui.wizard import MainController, make_session

    args = SimpleNamespace(server=None, profile=None, data_dir=str(tmp_path))
    window = MainController(make_session(args), "uk").window
    window.show()
    assert list(window.pages) == [flow.Step.WELCOME]
    window.next()
    assert window.current_step is flow.Step.FACILITY
    assert list(window.pages) == [flow.Step.WELCOME, flow.Step.FACILITY]
    assert window.page(window.currentId()) is window.pages[flow.Step.FACILITY]
    window.close()


def test_a_page_built_while_the_window_is_up_leaves_it_active(qapp: Any, tmp_path: Path) -> None:
    """A field's hint shown before it had a parent was a window of its own for a moment and
    took the activation (and the cursor) from the wizard."""
    from PySide6.QtWidgets import QApplication

    from ehealth_wizard.ui.wizard import MainController, make_session
    from tests.ui.conftest import wait_until

    args = SimpleNamespace(server=None, profile=None, data_dir=str(tmp_path))
    window = MainController(make_session(args), "uk").window
    window.show()
    window.activateWindow()
    assert wait_until(lambda: QApplication.activeWindow() is window, 5)
    for step in (flow.Step.FACILITY, flow.Step.LICENSE, flow.Step.DIRECTOR):
        window.pages[step]
        qapp.processEvents()
        assert QApplication.activeWindow() is window, step
    window.close()
