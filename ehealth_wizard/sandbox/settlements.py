"""A small settlements register in the shape of eHealth's uaddresses service.

Directors cannot know a settlement's eHealth UUID; the wizard looks it up by name. The real
register has ~30 000 settlements; the sandbox carries the oblast centres and every settlement its
seed data uses, with the ids that data already refers to.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ehealth_wizard.core.normalize import name_key
from ehealth_wizard.resources import resource

MAX_RESULTS = 20


@cache
def register() -> tuple[dict[str, Any], ...]:
    with resource("sandbox", "settlements.json").open(encoding="utf-8") as fh:
        rows: list[dict[str, Any]] = json.load(fh)
    return tuple(rows)


def search(name: str, area: str | None = None, limit: int = MAX_RESULTS) -> list[dict[str, Any]]:
    """Settlements whose name starts with `name` (optionally in `area`), at most `limit`."""
    prefix = name_key(name)
    wanted_area = name_key(area) if area else None
    found: list[dict[str, Any]] = []
    for row in register():
        if not name_key(row["name"]).startswith(prefix):
            continue
        if wanted_area is not None and name_key(row["area"]) != wanted_area:
            continue
        found.append(dict(row))
        if len(found) >= limit:
            break
    return found
