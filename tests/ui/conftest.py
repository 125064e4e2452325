"""Shared UI fixtures: one zero-delay sandbox per module, windows, a Cyrillic-safe typist."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic included (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    app = QApplication.instance()
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.005)
    app.processEvents()  # type: ignore[union-attr]
    return True


def send_demo(scenario: Any) -> Any:
    """The one-click demo through to eHealth's acceptance; the Submit page's result."""
    scenario.fill_demo()
    scenario.through_forms()
    scenario.open_chosen_key()
    scenario.window.next()
    scenario.page("review").consent.setChecked(True)
    scenario.send()
    return scenario.page("submit").result


def run_under_xvfb(
    script: str, *args: str, screen: str = "1024x768x24"
) -> subprocess.CompletedProcess[str]:
    """`python -c script args` on the xcb platform of an Xvfb of its own (skips without one):
    what a desktop's window system does to the window, which offscreen cannot show."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb gave no display number"
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            env=env,
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done
    finally:
        server.terminate()
        server.wait(10)


def resume_at_key_page(scenario: Any) -> Any:
    """A window started again on a saved draft: Continue on the welcome page, and the draft
    resumes at the key page (a key is never kept). Returns that page."""
    from ehealth_wizard.core import flow

    assert scenario.page("welcome").continue_button.isChecked()
    scenario.window.next()
    scenario.pump()
    assert scenario.wait(lambda: scenario.window.current_step is flow.Step.KEY, 10), (
        scenario.window.current_step
    )
    return scenario.page("key")


@pytest.fixture(scope="session", autouse=True)
def _few_kdf_rounds() -> Iterator[None]:
    """The default demo key (DSTU 4145 in a GOST PKCS#12) with few KDF rounds: the UI tests
    are not about the KDF, whose product default (10 000) costs seconds to write and to open.
    (Added by ua-finish.)"""
    from ehealth_wizard.sandbox import qtsp_dstu

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(qtsp_dstu, "DEMO_PKCS12_ITERATIONS", 200)
        yield


# Demo keys for most UI tests: ECDSA opens and signs in milliseconds. The keyboard-only happy
# path uses the sandbox's default, a DSTU 4145 key (pure-Python Ukrainian crypto, seconds).
FAST = "pkcs12-ecdsa"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from ehealth_wizard.sandbox.runner import start_sandbox

    running = start_sandbox(tmp_path_factory.mktemp("sandbox"), stage_delay=0)
    yield running
    running.stop()


@pytest.fixture
def scenario_factory(qapp: Any, sandbox: Any, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    from ehealth_wizard.ui.screenshots import Scenario

    made: list[Any] = []

    def make(lang: str = "uk", data_dir: Path | None = None, key_format: str | None = FAST) -> Any:
        scenario = Scenario(
            data_dir or tmp_path / "data", lang, running=sandbox, key_format=key_format
        )
        made.append(scenario)
        return scenario

    yield make
    for scenario in made:
        scenario.close()
    from ehealth_wizard.ui.app import remove_translators

    remove_translators(qapp)  # other tests expect the untranslated sources
