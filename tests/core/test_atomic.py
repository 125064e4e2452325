"""core.atomic: the one way files get written (0600 from the first byte, all or nothing)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from ehealth_wizard.core import atomic
from ehealth_wizard.core.atomic import (
    atomic_write_bytes,
    atomic_write_json,
    atomic_write_text,
    is_temp_file,
    remove_stale_temp_files,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@posix_only
def test_new_file_is_0600_even_with_an_open_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        atomic_write_bytes(tmp_path / "f.json", b"{}")
    finally:
        os.umask(old)
    assert (tmp_path / "f.json").stat().st_mode & 0o777 == 0o600


@posix_only
def test_a_world_readable_file_is_replaced_by_an_owner_only_one(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_text("old")
    target.chmod(0o644)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o600


@posix_only
def test_bytes_never_sit_in_a_readable_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the data is flushed to disk the temp file is already 0600 and in the same folder."""
    seen: list[tuple[int, Path]] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        st = os.fstat(fd)
        if not os.path.isdir(f"/proc/self/fd/{fd}"):
            path = Path(os.readlink(f"/proc/self/fd/{fd}"))
            seen.append((st.st_mode & 0o777, path))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", spy)
    atomic_write_bytes(tmp_path / "draft.json", b"secret-free but private")
    assert len(seen) == 1
    mode, path = seen[0]
    assert mode == 0o600
    assert path.parent == tmp_path and is_temp_file(path)


def test_failure_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "draft.json"
    atomic_write_bytes(target, b"old")

    def refuse(src: str, dst: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(PermissionError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.json"]


def test_json_is_readable_utf8_with_sorted_keys(tmp_path: Path) -> None:
    atomic_write_json(tmp_path / "x.json", {"b": "Київ", "a": [1, 2]})
    text = (tmp_path / "x.json").read_text(encoding="utf-8")
    assert "Київ" in text
    assert text.index('"a"') < text.index('"b"')
    assert text.endswith("}\n")
    assert json.loads(text) == {"a": [1, 2], "b": "Київ"}


def test_a_missing_folder_is_an_error_not_a_silent_success(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "nope" / "x", b"1")


def test_stale_temp_sweep(tmp_path: Path) -> None:
    old, fresh, other = (
        tmp_path / ".a.json.1.tmp",
        tmp_path / ".a.json.2.tmp",
        tmp_path / "a.json",
    )
    for path in (old, fresh, other):
        path.write_text("x")
    past = time.time() - 7200
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    assert remove_stale_temp_files(tmp_path, older_than=3600) == [old]  # spare young ones
    assert fresh.exists() and other.exists()
    assert remove_stale_temp_files(tmp_path) == [fresh]  # by default: no writer holds it
    assert other.exists()
    assert remove_stale_temp_files(tmp_path / "missing") == []
