"""The one way the program writes a file: owner-only, all or nothing, durable.

A reader (or the program after a crash or power cut) sees either the old file or the new one,
never a mix: the bytes go to a temporary file created 0600 in the same folder, are flushed and
fsync'd, then `os.replace` swaps it in and the folder itself is fsync'd so the rename survives.
Shape taken from Electrum's storage.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
from pathlib import Path
from typing import Any

FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"

# Windows refuses to replace a file another process (an antivirus scanner, the indexer) has
# open for a moment; a few short retries ride that out.
_REPLACE_RETRIES = 5
_REPLACE_PAUSE = 0.05


def temp_prefix(target: Path) -> str:
    """The name prefix of temporary files made for `target` (hidden, so listings skip them)."""
    return f".{target.name}."


def is_temp_file(path: Path) -> bool:
    """Whether `path` looks like a leftover temporary file of `atomic_write_bytes`."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be opened)."""
    if sys.platform == "win32":  # NTFS journals the rename; folders cannot be opened here
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network, FUSE) refuse fsync on a folder
        pass
    finally:
        os.close(fd)


def _replace(src: str, dst: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(_REPLACE_PAUSE)


def atomic_write_bytes(path: Path | str, data: bytes, *, mode: int = FILE_MODE) -> None:
    """Replace `path` with `data` atomically; the file ends up with `mode` (0600 by default).

    The temporary file is created with 0600 before any byte is written (mkstemp), so secrets
    never sit in a world-readable file even for an instant. On any failure the temporary file
    is removed and the old file is left untouched.
    """
    target = Path(path)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            _hold(handle.fileno())  # "a writer is alive": see remove_stale_temp_files
            if mode != FILE_MODE and sys.platform != "win32":
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if sys.platform != "win32":  # renamed while still held
                _replace(tmp_name, target)
        if sys.platform == "win32":  # Windows renames only closed files
            _replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(folder)


def atomic_write_text(
    path: Path | str, text: str, *, encoding: str = "utf-8", mode: int = FILE_MODE
) -> None:
    """`atomic_write_bytes` for text (UTF-8 by default, newlines kept as given)."""
    atomic_write_bytes(path, text.encode(encoding), mode=mode)


def json_bytes(obj: Any) -> bytes:
    """The program's on-disk JSON: UTF-8 (Cyrillic kept readable), indented, sorted keys."""
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def atomic_write_json(path: Path | str, obj: Any, *, mode: int = FILE_MODE) -> None:
    """Write `obj` as readable UTF-8 JSON, atomically."""
    atomic_write_bytes(path, json_bytes(obj), mode=mode)


def _hold(fd: int) -> None:
    """Lock a temporary file for as long as its writer lives (POSIX; released at death)."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)


def _abandoned(path: Path) -> bool:
    """Whether no living writer holds `path`. On Windows an open file cannot be deleted, so
    the unlink itself tells."""
    if fcntl is None:
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a writer in another process is busy with it right now
    finally:
        os.close(fd)
    return True


def remove_stale_temp_files(folder: Path, *, older_than: float = 0.0) -> list[Path]:
    """Delete the temporary files killed writers left behind in `folder`, at once.

    A writer holds a lock on its temporary file until it is renamed into place, so one that is
    busy right now in another process keeps its file; `older_than` (seconds) can spare young
    files too.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not is_temp_file(entry):
            continue
        try:
            if now - entry.stat().st_mtime >= older_than and entry.is_file() and _abandoned(entry):
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed
