"""Where the program's data files are: installed, editable, frozen or a bare checkout alike."""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable


def _root(package: str, folder: str) -> Traversable:
    """The data package's folder; a plain Path when it is one on disk (installed, or a checkout:
    importlib.resources, whose import slows the first window, only for a zipped install)."""
    try:
        spec = find_spec(package)
    except ModuleNotFoundError:
        spec = None
    if spec is None:  # not installed as a package: a checkout or a frozen build
        frozen = getattr(sys, "_MEIPASS", None)
        base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
        return base / folder
    for location in spec.submodule_search_locations or []:
        if Path(location).is_dir():
            return Path(location)
    from importlib import resources

    return resources.files(package)


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
