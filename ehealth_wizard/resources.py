"""Where the program's data files are: installed, editable, frozen or a bare checkout alike."""

from __future__ import annotations

import sys
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def _root(package: str, folder: str) -> Traversable:
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        frozen = getattr(sys, "_MEIPASS", None)
        base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
        return base / folder


def resource(*parts: str) -> Traversable:
    """A file under resources/ (dictionaries, sandbox seed data, icons)."""
    node = _root("ehealth_wizard._resources", "resources")
    for part in parts:
        node = node / part
    return node


def translation(*parts: str) -> Traversable:
    """A file under translations/ (.qm)."""
    node = _root("ehealth_wizard._translations", "translations")
    for part in parts:
        node = node / part
    return node
