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


def by_id(settlement_id: str) -> dict[str, Any] | None:
    for row in register():
        if row["id"] == settlement_id:
            return dict(row)
    return None


def address_errors(address: dict[str, Any], path: str) -> list[tuple[str, str]]:
    """(entry, description) pairs as uaddresses' `Address.changeset` words them.

    Mirrors uaddresses.api `lib/uaddresses_api/address/address.ex` (`validate_settlement`,
    `validate_district`): the settlement id must exist, its name equal `settlement` and its
    oblast `area` (case-insensitively), and when `region` (the district) is given, the
    settlement's district. Like the server, the first disagreement ends the check. The
    settlement type is compared too (this program's rule; the 2019 service does not).
    """
    settlement_id = str(address.get("settlement_id") or "")
    row = by_id(settlement_id)
    if row is None:
        return [(f"{path}.settlement_id", f"settlement with id = {settlement_id} does not exist")]
    if name_key(row["name"]) != name_key(str(address.get("settlement") or "")):
        return [(f"{path}.settlement", "invalid settlement value")]
    if name_key(row["area"]) != name_key(str(address.get("area") or "")):
        return [(f"{path}.area", "invalid area value")]
    region = address.get("region")
    if region and row.get("region") and name_key(row["region"]) != name_key(str(region)):
        return [(f"{path}.region", "invalid region value")]
    if row.get("type") and row["type"] != address.get("settlement_type"):
        return [(f"{path}.settlement_type", "invalid settlement_type value")]
    return []
