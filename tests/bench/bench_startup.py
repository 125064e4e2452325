"""Time from process start to the end of the first paint: `ehealth-wizard` vs a bare QWizard.

Both are started the same way (a fresh Python process, offscreen) and print a marker once the
first paint of their window has ended: the same event filter in both (`FIRST_PAINT` here,
`ui/first_paint.after_first_paint` in the app). The time runs from just before the process is
spawned to the marker line; medians of ROUNDS interleaved runs, both absolute times printed.
Run: `.venv/bin/python -m pytest tests/bench/bench_startup.py -s`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

# The moment both report: the first paint of the window has ended (a zero-delay timer armed on
# the window's first Paint event fires once that paint pass, children included, is done). A timer
# armed at show() would fire before Qt paints anything.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print("window-shown", flush=True)
        QApplication.instance().quit()
"""
BARE = (
    """
import sys
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Start")
wizard.addPage(page)
"""
    + FIRST_PAINT
    + """
first_paint = FirstPaint()
wizard.installEventFilter(first_paint)
wizard.show()
app.exec()
"""
)
APP = "from ehealth_wizard.cli import main; raise SystemExit(main(['--data-dir', {data!r}]))"
ROUNDS = 15  # a median of 15: one round slowed by the machine moves it little


def time_to_window(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "window-shown":
            elapsed = time.perf_counter() - start
            break
    else:  # pragma: no cover - a broken start
        raise AssertionError("no window was shown")
    # Measured; the rest (the embedded sandbox starting after the paint, then winding down for
    # EXIT_AFTER_SHOW) is no part of the start a director waits for, nor of pytest-benchmark's
    # timing of this call.
    proc.kill()
    proc.wait(timeout=60)
    return elapsed


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", EHEALTH_WIZARD_EXIT_AFTER_SHOW="1")


def compiled() -> None:
    """Byte-compile the program first, as an installed copy is (pip writes the .pyc files):
    with PYTHONDONTWRITEBYTECODE set, every start would otherwise compile the sources again."""
    package = Path(__file__).resolve().parents[2] / "ehealth_wizard"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


@pytest.fixture(scope="module")
def medians(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Both measured in the same run, interleaved, so machine load hits them alike."""
    compiled()
    data = str(tmp_path_factory.mktemp("bench-data"))
    times: dict[str, list[float]] = {"bare": [], "app": []}
    for _ in range(ROUNDS):
        times["bare"].append(time_to_window(BARE, _env()))
        times["app"].append(time_to_window(APP.format(data=data), _env()))
    result = {name: statistics.median(values) for name, values in times.items()}
    result["ratio"] = result["app"] / result["bare"]
    print(
        f"\nfirst window: app {result['app']:.3f} s, bare QWizard {result['bare']:.3f} s, "
        f"ratio {result['ratio']:.2f}"
    )
    return result


def test_bench_startup_app(benchmark: Any, medians: dict[str, float], tmp_path: Path) -> None:
    benchmark.extra_info.update(medians)
    env = _env()
    benchmark.pedantic(
        time_to_window, args=(APP.format(data=str(tmp_path)), env), rounds=3, iterations=1
    )


def test_bench_startup_bare_qwizard(benchmark: Any, medians: dict[str, float]) -> None:
    benchmark.extra_info.update(medians)
    benchmark.pedantic(time_to_window, args=(BARE, _env()), rounds=3, iterations=1)
