"""Files the program writes (issue 11, item 8): `payload -o` like every other file (0600, whole),
stale temporary files of a killed writer gone at the next start, a busy writer's file kept."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ehealth_wizard.cli import main
from ehealth_wizard.core.atomic import atomic_write_bytes, remove_stale_temp_files
from ehealth_wizard.core.drafts import DraftStore
from tests.fixtures import fixture_path


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_payload_output_is_owner_only_and_replaced_whole(
    tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "payload.json"
    out.write_bytes(b"old")
    os.chmod(out, 0o644)
    source = fixture_path("llc_outpatient_clinic")
    assert main(["payload", "--today", "2026-01-15", str(source), "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"{")
    assert [p.name for p in tmp_path.iterdir()] == ["payload.json"]  # no temporary left


def _stale(folder: Path, name: str = "d1.json") -> Path:
    """A temporary file exactly as a writer killed mid-write leaves it (created just now)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{name}.k1ll3d.tmp"
    path.write_bytes(b'{"half": ')
    return path


def test_a_killed_writers_temporary_file_goes_at_the_next_start(tmp_path: Path) -> None:
    stale = _stale(tmp_path / "drafts")
    DraftStore(tmp_path)
    assert not stale.exists()


HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock")
def test_a_busy_writers_temporary_file_is_kept(tmp_path: Path) -> None:
    busy = _stale(tmp_path / "drafts")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(busy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert remove_stale_temp_files(tmp_path / "drafts") == []
        assert busy.exists()
    finally:
        holder.communicate("\n", timeout=10)
    assert remove_stale_temp_files(tmp_path / "drafts") == [busy]


def test_writing_still_works_while_a_cleaner_runs(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    for i in range(50):
        atomic_write_bytes(target, b"%d" % i)
        remove_stale_temp_files(tmp_path)
    assert target.read_bytes() == b"49"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]
