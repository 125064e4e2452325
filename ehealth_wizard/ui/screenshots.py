"""Render every page with sample data to PNG, offscreen: `python -m ehealth_wizard.ui.screenshots
OUT_DIR [--lang uk|en]`. Starts a private sandbox (zero stage delay), fills the demo facility,
opens the demo key, sends it once successfully and once with a patronymic that ЄДР does not know
(the `edr` stage fails), so the failed-stage view is shown too. The tests reuse `Scenario`.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ehealth_wizard.core import flow


class Scenario:
    """Drives a window through the demo path; `on_page(step, window)` runs on each page."""

    def __init__(
        self,
        data_dir: Path,
        lang: str,
        running: Any = None,
        size: tuple[int, int] = (1000, 720),
        key_format: str | None = None,
    ) -> None:
        from ehealth_wizard.ui import app as uiapp
        from ehealth_wizard.ui.sandbox_control import attach_sandbox
        from ehealth_wizard.ui.wizard import MainController, make_session

        self.app = uiapp.ensure_app()
        uiapp.apply_look(self.app)
        uiapp.install_translators(self.app, lang)
        self.owns_sandbox = running is None
        if running is None:
            from ehealth_wizard.sandbox.runner import start_sandbox

            running = start_sandbox(data_dir / "sandbox", stage_delay=0)
        self.running = running
        self.session = make_session(
            SimpleNamespace(data_dir=str(data_dir), server=None, profile=None)
        )
        attach_sandbox(self.session, running)
        self.session.demo_key_format = key_format
        self.controller = MainController(self.session, lang)
        self.window = self.controller.window
        self.window.resize(*size)
        self.window.show()
        self.pump()

    def pump(self) -> None:
        self.app.processEvents()

    def wait(self, condition: Callable[[], bool], timeout: float = 30.0) -> bool:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                return False
            self.app.processEvents()
            time.sleep(0.005)
        self.app.processEvents()
        return True

    def page(self, step: str) -> Any:
        return self.window.pages[flow.Step(step)]

    def fill_demo(self) -> None:
        from ehealth_wizard.ui.demo import run_demo

        run_demo(self.window)
        if not self.wait(lambda: self.window.current_step is flow.Step.FACILITY):
            raise RuntimeError("the demo did not fill the form")

    def through_forms(self, on_page: Callable[[str, Any], None] | None = None) -> None:
        for step in ("facility", "license", "director"):
            assert self.window.current_step.value == step, self.window.current_step
            if on_page:
                on_page(step, self.window)
            self.window.next()
            self.pump()

    def open_chosen_key(self) -> None:
        key = self.page("key")
        key.open_chosen_key()
        if not self.wait(lambda: key.worker is None):
            raise RuntimeError("the key did not open")

    def to_review(self) -> None:
        """The demo through the forms and the key to Review, the offer accepted."""
        self.fill_demo()
        self.through_forms()
        self.open_chosen_key()
        self.window.next()
        self.page("review").consent.setChecked(True)

    def send(self) -> None:
        self.window.next()
        self.pump()
        submit = self.page("submit")
        if not self.wait(lambda: submit.worker is None, 60):
            raise RuntimeError("the submission did not finish")

    def visit_every_page(self, check: Callable[[str, Any], None]) -> None:
        """Welcome, the forms with the demo data, the key, Review, a failed and a passed
        submission, Done: `check(name, window)` on each."""
        w = self.window
        check("welcome", w)
        self.fill_demo()
        self.through_forms(check)
        self.open_chosen_key()
        check("key", w)
        w.next()
        self.page("review").consent.setChecked(True)
        check("review", w)
        with self.register_names_another_head():
            self.send()
        check("submit-failed", w)
        w.back()
        self.send()
        check("submit", w)
        w.next()
        self.pump()
        check("done", w)

    @contextmanager
    def register_names_another_head(self) -> Iterator[None]:
        """While inside, the sandbox's ЄДР knows the head under another patronymic (its `edr`
        stage then fails on `$.owner.second_name`) while the form and the key still agree."""
        from ehealth_wizard.sandbox.edr import HEAD_ROLE

        edr = self.running.sandbox.edr
        records = edr.active(str(self.session.get("$.edrpou")))
        saved = [copy.deepcopy(record.get("heads")) for record in records]
        last, first = self.session.get("$.owner.last_name"), self.session.get("$.owner.first_name")
        other = "Олександрівна"
        if self.session.get("$.owner.second_name") == other:
            other = "Іванівна"
        for record in records:
            record["heads"] = [{"name": f"{last} {first} {other}", "role": HEAD_ROLE}]
        try:
            yield
        finally:
            for record, heads in zip(records, saved, strict=True):
                record["heads"] = heads

    def close(self) -> None:
        self.window = self.controller.window  # the language switch builds a new window
        self.window.close()
        self.window.deleteLater()  # destroy the window now, not in some later garbage collection
        self.app.sendPostedEvents(None, 0)
        self.app.processEvents()
        if self.owns_sandbox:
            self.running.stop()


def render_all(out_dir: Path, lang: str, size: tuple[int, int] = (1000, 720)) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shot(name: str, window: Any) -> None:
        window.repaint()
        path = out_dir / f"{lang}-{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    from PySide6.QtWidgets import QPushButton

    with tempfile.TemporaryDirectory() as tmp:
        scenario = Scenario(Path(tmp), lang, size=size)
        try:
            w = scenario.window
            shot("01-welcome", w)
            # an empty facility page with a problem shown, then the demo data
            w.next()
            scenario.pump()
            fac = scenario.page("facility")
            fac.fields["$.edrpou"].editor.setText("12345670")
            fac.fields["$.edrpou"].touched = True
            scenario.session.set("$.edrpou", "12345670")
            fac.refresh(show_all=False)
            shot("02-facility-checking", w)
            w.back()
            scenario.pump()
            scenario.fill_demo()
            scenario.through_forms(lambda step, win: shot(f"03-{step}", win))
            scenario.open_chosen_key()
            shot("04-key", w)
            w.next()
            scenario.pump()
            scenario.page("review").consent.setChecked(True)
            shot("05-review", w)
            # first a failing submission: ЄДР names another head
            with scenario.register_names_another_head():
                scenario.send()
            shot("06-submit-failed", w)
            # "Fix it" on the failed stage: the patronymic, marked with what eHealth said
            scenario.page("submit").stages.row("edr").detail.findChild(QPushButton).click()
            scenario.wait(lambda: False, 0.3)
            shot("06-fix-it", w)
            w.next()  # runs on through the complete pages back to Review
            scenario.pump()
            scenario.send()
            shot("07-submit-passed", w)
            w.next()
            scenario.pump()
            scenario.wait(lambda: False, 1.0)
            shot("08-done", w)
        finally:
            scenario.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ehealth_wizard.ui.screenshots")
    parser.add_argument("out_dir")
    parser.add_argument("--lang", choices=("uk", "en"), default="uk")
    parser.add_argument("--size", default="1000x720", help="window size WxH (logical pixels)")
    parser.add_argument("--scale", help="screen scale, e.g. 2 for 200 %% (QT_SCALE_FACTOR)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:  # before the QApplication exists
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    width, height = (int(n) for n in args.size.lower().split("x"))
    for path in render_all(Path(args.out_dir), args.lang, (width, height)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
