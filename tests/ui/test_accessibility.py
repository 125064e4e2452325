"""Accessibility: every input has a label buddy and an accessible name; 200 % scale renders."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit)
# Lists whose label is the radio button beside them (a QLabel buddy cannot be a radio button).
RADIO_LABELLED = {"draftsList", "sentList"}


def check_inputs(window: QWidget) -> list[str]:
    buddies = {
        id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None
    }
    bad = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, INPUTS):
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
                continue
            if not widget.accessibleName():
                bad.append(f"{type(widget).__name__} without an accessible name")
            labelled_by_radio = widget.objectName() in RADIO_LABELLED
            if (
                isinstance(widget, QLineEdit | QComboBox)
                and id(widget) not in buddies
                and not labelled_by_radio
            ):
                bad.append(f"{widget.accessibleName()!r} has no label buddy")
        elif (
            isinstance(widget, QAbstractButton)
            and not (widget.text() or widget.accessibleName())
            and widget.objectName() not in ("qt_calendar_prevmonth", "qt_calendar_nextmonth")
        ):
            bad.append(f"a button without text: {widget.objectName()!r}")
    return bad


def test_every_input_is_labelled_on_every_page(scenario_factory: Any) -> None:
    sc = scenario_factory("uk")
    problems: list[str] = []

    def check(step: str, window: Any) -> None:
        problems.extend(f"{step}: {p}" for p in check_inputs(window))

    check("welcome", sc.window)
    sc.fill_demo()
    sc.through_forms(check)
    sc.open_chosen_key()
    check("key", sc.window)
    sc.window.next()
    check("review", sc.window)
    assert problems == []


SCALED = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QRect
    from ehealth_wizard.ui.screenshots import Scenario
    from ehealth_wizard.core import flow
    sc = Scenario(Path(tempfile.mkdtemp()), "uk", size=(1000, 720))
    w = sc.window
    # a render test: the flow lets every page through (the window asks the flow, not the page)
    state = flow.WizardState(registration=sc.session.reg, key_path="k", key_checked=True)
    sc.session.core.flow = flow.Wizard(state, validator=lambda reg, today: [])
    failures = []
    def visible_inside(widget, name):
        top_left = widget.mapTo(w, widget.rect().topLeft())
        box = QRect(top_left, widget.size())
        if widget.width() < widget.minimumSizeHint().width() - 1:
            failures.append(f"{name} squeezed")
        if not w.rect().contains(box):
            failures.append(f"{name} clipped: {box} outside {w.rect()}")
    for step in ("welcome", "facility", "key"):
        if step != "welcome":
            while w.current_step.value != step:
                w.next()
                sc.pump()
        visible_inside(w.button(w.WizardButton.NextButton), step + " Next")
        visible_inside(w.side.badge, step + " badge")
        w.grab().save(sys.argv[1] + f"/{step}.png")
    print("ratio", w.devicePixelRatioF())
    print("FAIL" if failures else "OK", failures)
    sc.close()
    """
)


def test_usable_at_200_percent_scale(tmp_path: Any) -> None:
    import os

    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCALED, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "ratio 2.0" in result.stdout, result.stdout + result.stderr
    assert "OK []" in result.stdout, result.stdout + result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "facility.png"))
    assert image.width() >= 2000  # rendered at twice the size, not scaled down
