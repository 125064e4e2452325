"""The command line's last guard and its bounded reads (issue 11, items 6 and 7): any unexpected
exception is exit 2 and one short line (details in the log only with --debug); `verify | head`
is no traceback; `verify`, `submit`, `check`, `payload`, `draft import` and `key-info` refuse a
FIFO, /dev/zero or an oversized file at once."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ehealth_wizard import cli
from ehealth_wizard.core.bounded import MAX_REGISTRATION_FILE, MAX_SIGNED_FILE
from tests.fixtures import fixture_path

ROOT = Path(__file__).resolve().parents[2]


def _boom(args: object) -> int:
    raise ZeroDivisionError("a bug deep inside")


def test_an_unexpected_exception_is_exit_2_and_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("ehealth_wizard.commands.check._check", _boom)
    cli._parser.cache_clear()
    try:
        code = cli.main(["--data-dir", str(tmp_path), "check", "x.json"])
    finally:
        cli._parser.cache_clear()
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "ZeroDivisionError" in err and "--debug" in err
    assert "Traceback" not in err and "a bug deep inside" not in err
    assert not (tmp_path / "logs").exists()  # nothing logged without --debug


def test_with_debug_the_details_go_to_the_log_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("ehealth_wizard.commands.check._check", _boom)
    cli._parser.cache_clear()
    try:
        code = cli.main(["--data-dir", str(tmp_path), "--debug", "check", "x.json"])
    finally:
        cli._parser.cache_clear()
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "cli.log"
    assert code == 2 and "Traceback" not in err and str(log) in err
    text = log.read_text()
    assert "Traceback" in text and "a bug deep inside" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def _cli(
    *args: str, stdin: int | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    def limits() -> None:  # an unbounded read must fail here, not eat the machine
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-m", "ehealth_wizard", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        preexec_fn=limits,
        stdin=stdin,
    )


def test_output_into_a_closed_pipe_is_no_traceback() -> None:
    """`ehealth-wizard payload FILE | head -c 0`: the reader is gone before the first byte."""
    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "ehealth_wizard",
                "payload",
                "--today",
                "2026-01-15",
                str(fixture_path("llc_outpatient_clinic")),
            ],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
    finally:
        os.close(write)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Exception ignored" not in proc.stderr, proc.stderr
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().count("\n") == 0


COMMANDS = {
    "verify": ["verify"],
    "submit": ["submit", "--server", "http://127.0.0.1:9"],
    "check": ["check"],
    "payload": ["payload"],
    "draft import": ["draft", "import"],
    "key-info": ["key-info", "--password-file", "/dev/null", "--key"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "oversized"])
def test_non_regular_and_oversized_files_are_refused_at_once(
    command: str, kind: str, tmp_path: Path
) -> None:
    if kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
    elif kind == "oversized":
        path = tmp_path / "big.json"
        with path.open("wb") as fh:  # sparse: no disk used
            fh.truncate(max(MAX_SIGNED_FILE, MAX_REGISTRATION_FILE) + 1)
    else:
        path = Path("/dev/zero")
    run = _cli("--data-dir", str(tmp_path / "data"), *COMMANDS[command], str(path), timeout=30)
    assert run.returncode == 2, (run.returncode, run.stderr)
    err = run.stderr.strip()
    assert "Traceback" not in err and "unexpected problem" not in err, err
    assert len(err.splitlines()) == 1, err
    if kind != "oversized":
        assert "not an ordinary file" in err, err
    elif command != "key-info":  # key-info says "not a key container" of anything huge
        assert "larger" in err or "too large" in err, err
