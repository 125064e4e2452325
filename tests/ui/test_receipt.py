"""The receipt: sent through the real window and sandbox, saved with a click on Done, rendered as
a PDF and read back with pdftotext; the same from the `receipt` command by id and by file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from ehealth_wizard.core import flow
from ehealth_wizard.core.ehealth.stages import SUBMIT_STAGES
from ehealth_wizard.core.receipt import ReceiptStore
from tests.ui.conftest import wait_until

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())  # "ﬁ" ligatures


def sent(scenario_factory: Any, data_dir: Path) -> Any:
    sc = scenario_factory("uk", data_dir)
    sc.fill_demo()
    sc.through_forms()
    sc.open_key()
    sc.window.next()
    sc.page("review").consent.setChecked(True)
    sc.send()
    assert sc.page("submit").isComplete()
    sc.window.next()
    assert sc.window.current_step is flow.Step.DONE
    return sc


def test_done_saves_the_receipt_and_the_signed_file(
    scenario_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    sc = sent(scenario_factory, data)
    done = sc.page("done")
    entity = sc.session.draft.meta.submission.legal_entity_id
    assert entity and entity in done.entity_id.text(), "the legal entity id is on Done"
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def save_as(parent: Any, title: str, start: str, filters: str, *a: Any, **k: Any) -> Any:
        asked.append(start)
        return str(out / Path(start).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    QTest.mouseClick(done.save_receipt, Qt.MouseButton.LeftButton)
    pdf = out / Path(asked[-1]).name
    assert wait_until(lambda: pdf.is_file(), 10), done.file_note.text()
    assert Path(asked[-1]).parent == Path.home(), "the dialog starts in the home folder"
    assert (pdf.stat().st_mode & 0o777) == 0o600
    text = pdf_text(pdf)
    assert entity in text
    for stage in ("sign", *SUBMIT_STAGES):
        assert f"({stage})" in text, stage
    signed = ReceiptStore(data).load(entity)[0]
    assert hashlib.sha256(signed).hexdigest() in text.replace(" ", "")  # may wrap
    reg = sc.session.reg
    assert reg.facility.edrpou in text and reg.director.last_name in text
    assert "Позначка часу" in text  # the signature's time-stamp
    QTest.mouseClick(done.save_signed, Qt.MouseButton.LeftButton)
    p7s = out / Path(asked[-1]).name
    assert wait_until(lambda: p7s.is_file(), 10)
    assert p7s.suffix == ".p7s" and p7s.read_bytes() == signed
    assert QApplication.instance() is not None


def test_the_receipt_command_by_id_and_by_signed_file(
    scenario_factory: Any, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    sc = sent(scenario_factory, data)
    entity = sc.session.draft.meta.submission.legal_entity_id
    signed = ReceiptStore(data).load(entity)[0]
    p7s = tmp_path / "registration.p7s"
    p7s.write_bytes(signed)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command needs no display
    for source, name in ((entity, "by-id.pdf"), (str(p7s), "by-file.pdf")):
        pdf = tmp_path / name
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "ehealth_wizard",
                "--data-dir",
                str(data),
                "--lang",
                "en",
                "receipt",
                source,
                "-o",
                str(pdf),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        text = pdf_text(pdf)
        assert entity in text and "Time-stamp" in text
        for stage in SUBMIT_STAGES:
            assert f"({stage})" in text, (source, stage)
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "ehealth_wizard",
            "--data-dir",
            str(data),
            "receipt",
            "00000000-0000-0000-0000-000000000000",
            "-o",
            str(tmp_path / "x.pdf"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    record = json.loads((data / "receipts" / f"{entity}.json").read_text("utf-8"))
    assert "client_secret" not in json.dumps(record)


def test_done_says_where_the_mailbox_is_when_no_browser_opens(
    scenario_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    sc = sent(scenario_factory, tmp_path / "data")
    done = sc.page("done")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no browser here
    QTest.mouseClick(done.mailbox, Qt.MouseButton.LeftButton)
    link = sc.session.environment.url + "/mailbox"
    assert done.mailbox_note.isVisibleTo(done) and link in done.mailbox_note.text()
    QTest.mouseClick(done.copy_link, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == link
    # one language in the title bar: the desktop appends the application's display name
    assert QGuiApplication.applicationDisplayName() == "Реєстрація в eHealth"
