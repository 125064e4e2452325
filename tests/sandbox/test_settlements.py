"""The sandbox's uaddresses settlement search (real server on 127.0.0.1)."""

from __future__ import annotations

import json
import re
import uuid

from ehealth_wizard.resources import resource
from tests.sandbox.conftest import Client

URL = "/api/uaddresses/settlements"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def names(sandbox: Client, **params: str) -> list[str]:
    response = sandbox.http.get(URL, params=params)
    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["code"] == 200
    return [row["name"] for row in body["data"]]


def test_prefix_is_case_insensitive(sandbox: Client) -> None:
    assert names(sandbox, name="жит") == ["Житомир", "Житомирське"]
    assert names(sandbox, name="ЖИТОМИР") == ["Житомир", "Житомирське"]
    assert names(sandbox, name="Житомирс") == ["Житомирське"]
    assert names(sandbox, name="Zhyt") == []


def test_rows_carry_the_uaddresses_fields(sandbox: Client) -> None:
    row = sandbox.http.get(URL, params={"name": "Житомир"}).json()["data"][0]
    assert row["id"] == "cc9ff851-b6ab-4f1a-b79d-b4df2694e1f7"  # the id edr.json uses
    assert row["type"] == "CITY"
    assert row["area"] == "Житомирська"
    assert row["region"] == "Житомирський"


def test_area_filter(sandbox: Client) -> None:
    assert names(sandbox, name="Кам", area="Черкаська") == ["Кам'янка"]
    assert names(sandbox, name="Кам", area="черкаська") == ["Кам'янка"]
    assert sorted(names(sandbox, name="Кам")) == [
        "Кам'янець-Подільський",
        "Кам'янка",
        "Кам'янське",
    ]


def test_apostrophe_variants_match(sandbox: Client) -> None:
    for apostrophe in ("'", "’", "ʼ"):
        assert names(sandbox, name=f"Кам{apostrophe}янськ") == ["Кам'янське"]


def test_at_most_twenty(sandbox: Client) -> None:
    everything = names(sandbox, name="")
    assert len(everything) == 20


def test_register_ids_are_unique_schema_uuids_and_cover_the_edr_seed() -> None:
    with resource("sandbox", "settlements.json").open(encoding="utf-8") as fh:
        rows = json.load(fh)
    assert len(rows) >= 55
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    assert all(UUID.match(i) for i in ids)
    assert {row["type"] for row in rows} <= {"CITY", "TOWNSHIP", "VILLAGE", "SETTLEMENT"}
    by_id = {row["id"]: row for row in rows}
    with resource("sandbox", "edr.json").open(encoding="utf-8") as fh:
        text = fh.read()
    # The seed gives each record its own random id; the register keeps the first one of each.
    used = re.findall(
        r'"settlement": "([^"]+)",\s*"area": "([^"]+)",[^}]*?"settlement_id": "([^"]+)"', text
    )
    assert len(used) >= 10
    register = {(row["name"], row["area"]): row["id"] for row in rows}
    first: dict[tuple[str, str], str] = {}
    for name, area, sid in used:
        first.setdefault((name, area), sid)
    assert all(register[key] == sid for key, sid in first.items())
    new = by_id[str(uuid.uuid5(uuid.NAMESPACE_URL, "ua-settlement:Волинська:Луцьк"))]
    assert new["name"] == "Луцьк"
