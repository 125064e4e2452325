"""A small settlements register in the shape of eHealth's uaddresses service.

Directors cannot know a settlement's eHealth UUID; the wizard looks it up by name. The real
register has ~30 000 settlements; the sandbox carries the oblast centres and every settlement its
seed data uses, with the ids that data already refers to.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ehealth_wizard.resources import resource

MAX_RESULTS = 20
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


def fold(text: str) -> str:
    """Case- and apostrophe-insensitive form of a Ukrainian name."""
    return text.translate(_APOSTROPHES).casefold().strip()


@cache
def register() -> tuple[dict[str, Any], ...]:
    with resource("sandbox", "settlements.json").open(encoding="utf-8") as fh:
        rows: list[dict[str, Any]] = json.load(fh)
    return tuple(rows)


def search(name: str, area: str | None = None, limit: int = MAX_RESULTS) -> list[dict[str, Any]]:
    """Settlements whose name starts with `name` (optionally in `area`), at most `limit`."""
    prefix = fold(name)
    wanted_area = fold(area) if area else None
    found: list[dict[str, Any]] = []
    for row in register():
        if not fold(row["name"]).startswith(prefix):
            continue
        if wanted_area is not None and fold(row["area"]) != wanted_area:
            continue
        found.append(dict(row))
        if len(found) >= limit:
            break
    return found
