"""Outside input within bounds: files, JSON from a server, and text shown from it.

Whatever a server or a file says is read with a cap on its size and depth, so a hostile or
broken peer ends in a clear error instead of a `RecursionError`, a frozen program or a terminal
rewritten by escape sequences.
"""

from __future__ import annotations

import json
import os
import re
import stat
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# What the commands read at most (a draft or v2 request is a few KB; a signed one tens of KB).
MAX_REGISTRATION_FILE = 2 * 1024 * 1024
MAX_SIGNED_FILE = 8 * 1024 * 1024

# Deeper than any document this program reads (the v2 request nests 5 levels, an error body 6).
MAX_JSON_DEPTH = 64

# C0/C1 control characters (ESC, BEL, CR, DEL, ...) but tab and newline, and the bidirectional
# overrides that make text read differently from what it holds.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class JsonTooDeep(ValueError):
    """A JSON document nests deeper than `MAX_JSON_DEPTH`."""


def strip_controls(text: str) -> str:
    """`text` without control characters (tab and newline stay)."""
    return _CONTROLS.sub("", text)


def loads_bounded(data: bytes | str, *, max_depth: int = MAX_JSON_DEPTH, strip: bool = True) -> Any:
    """JSON decoded, at most `max_depth` levels deep, every string free of control characters
    (unless `strip` is False: a server checking a request keeps what it was sent).

    Raises `ValueError` (`json.JSONDecodeError`, `UnicodeDecodeError`, `JsonTooDeep`) for
    anything else, including nesting the decoder itself cannot follow.
    """
    try:
        value = json.loads(data)
    except RecursionError as exc:
        raise JsonTooDeep(f"JSON nested deeper than {max_depth} levels") from exc
    return _clean(value, max_depth, strip_controls if strip else _same)


def _same(text: str) -> str:
    return text


def _clean(value: Any, depth: int, text: Any) -> Any:
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict | list):
        if depth <= 0:
            raise JsonTooDeep("JSON nested too deep")
        if isinstance(value, dict):
            return {text(k): _clean(v, depth - 1, text) for k, v in value.items()}
        return [_clean(v, depth - 1, text) for v in value]
    return value


class FileRefused(OSError):
    """A file this program does not read: not an ordinary file (a FIFO, a device such as
    /dev/zero, a folder) or larger than the limit. `reason_code` is a core.reasons code."""

    def __init__(self, reason_code: str, path: str) -> None:
        super().__init__(reason_code, path)
        self.reason_code = reason_code


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """The bytes of an ordinary file of at most `limit` bytes; `FileRefused` (an OSError) at
    once for anything else, before reading: opening does not wait for a FIFO's writer, and a
    device or an endless file is never read past the limit."""
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(name, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused("is_a_directory", name)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not_a_file", name)
        if info.st_size > limit:
            raise FileRefused("too_large", name)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:  # it grew while being read
        raise FileRefused("too_large", name)
    return b"".join(chunks)


class ReplyTooLarge(ValueError):
    """A server's reply passed the size cap (or, as `ReplyTooSlow`, its deadline)."""


class ReplyTooSlow(ReplyTooLarge):
    """A server's reply was still coming when its deadline passed (each read alone was quick)."""


def read_limited(chunks: Iterable[bytes], limit: int, *, deadline: float | None = None) -> bytes:
    """Join a streamed reply of at most `limit` bytes, giving up past the limit
    (`ReplyTooLarge`) or, when `deadline` (time.monotonic()) is set, once it passes
    (`ReplyTooSlow`): a server that drips bytes forever stops as surely as one that sends too
    many."""
    parts: list[bytes] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise ReplyTooLarge("too_large")
        if deadline is not None and time.monotonic() > deadline:
            raise ReplyTooSlow("too_slow")
        parts.append(chunk)
    return b"".join(parts)
