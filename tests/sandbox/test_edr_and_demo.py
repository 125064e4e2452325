"""The local ЄДР (seed validity, the register's API shape), dictionaries, and `demo-key`."""

from __future__ import annotations

import json
import stat
from collections import Counter
from datetime import date
from pathlib import Path

from ehealth_wizard.cli import main
from ehealth_wizard.core import dictionaries
from ehealth_wizard.core.payload import registration_from_payload, schema_problems
from ehealth_wizard.core.validation import validate
from ehealth_wizard.core.validation.checkdigits import (
    edrpou_valid,
    rnokpp_birth_date,
    rnokpp_gender,
    rnokpp_valid,
)
from ehealth_wizard.sandbox.edr import Edr
from tests.sandbox.conftest import COMPANY, FOP, NO_KVED, TERMINATED, TWO_ACTIVE, Client


def test_seed_codes_have_valid_check_digits_and_match_their_people() -> None:
    edr = Edr.load()
    assert 25 <= len(edr.records) <= 40
    for record in edr.records:
        code = record["code"]
        if record["olf_code"] == "910":
            assert rnokpp_valid(code), code
        else:
            assert edrpou_valid(code), code
        for person in record["sandbox"]["persons"]:
            assert rnokpp_valid(person["tax_id"]), person
            assert rnokpp_birth_date(person["tax_id"]) == date.fromisoformat(person["birth_date"])
            assert rnokpp_gender(person["tax_id"]) == person["gender"]
        if record["olf_code"] == "910":
            assert record["sandbox"]["persons"][0]["tax_id"] == code


def test_seed_covers_the_cases_the_pipeline_checks() -> None:
    edr = Edr.load()
    kveds = [{k["code"] for k in r["activity_kinds"]} for r in edr.records]
    assert sum("86.21" in k for k in kveds) >= 10
    assert sum("47.73" in k for k in kveds) >= 3
    assert sum(not (k & {"86.10", "86.21", "47.73"}) for k in kveds) >= 3
    assert {r["state"] for r in edr.records} >= {1, 2, 3}
    active = Counter(r["code"] for r in edr.records if r["state"] == 1)
    assert [c for c, n in active.items() if n > 1] == [TWO_ACTIVE]
    assert edr.search(TERMINATED)[0]["state"] == 3
    assert all(r["heads"] and r["heads"][0]["name"].count(" ") >= 2 for r in edr.records)
    assert sum(r["olf_code"] == "910" for r in edr.records) >= 10


def test_edr_api_shape(sandbox: Client) -> None:
    found = sandbox.http.get("/1.0/subjects", params={"code": COMPANY})
    assert found.status_code == 200
    (item,) = found.json()
    assert set(item) == {"id", "state", "state_text", "name", "url", "code"}
    assert item["code"] == COMPANY and item["state"] == 1
    assert item["url"] == f"{sandbox.url}/1.0/subjects/{item['id']}"
    details = sandbox.http.get(f"/1.0/subjects/{item['id']}").json()
    for key in (
        "names",
        "olf_code",
        "olf_name",
        "activity_kinds",
        "primary_activity_kind",
        "address",
        "heads",
        "founders",
        "registration",
        "state",
        "state_text",
        "termination",
    ):
        assert key in details, key
    assert "sandbox" not in details
    assert set(details["names"]) >= {"name", "short", "display"}
    assert details["primary_activity_kind"]["is_primary"] is True
    assert set(details["address"]["parts"]) >= {"atu", "atu_code", "street", "house"}
    assert details["heads"][0]["name"] == "КОВАЛЕНКО ОЛЕНА ПЕТРІВНА"
    assert len(sandbox.http.get("/1.0/subjects", params={"code": TWO_ACTIVE}).json()) == 2
    assert sandbox.http.get("/1.0/subjects", params={"code": "00000000"}).json() == []
    assert sandbox.http.get("/1.0/subjects/1").status_code == 404
    assert sandbox.http.get("/1.0/subjects").status_code == 400


def test_other_edr_file(tmp_path: Path) -> None:
    from ehealth_wizard.sandbox.runner import start_sandbox

    seed = {"subjects": list(Edr.load().records[:2])}
    path = tmp_path / "edr.json"
    path.write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    with start_sandbox(tmp_path / "data", stage_delay=0, edr_file=path) as running:
        client = Client(running)
        assert client.http.get("/1.0/subjects", params={"code": COMPANY}).json()
        assert client.http.get("/1.0/subjects", params={"code": FOP}).json() == []
        client.close()


def test_dictionaries_endpoint(sandbox: Client) -> None:
    body = sandbox.http.get("/api/dictionaries", params={"name": "KVEDS_ALLOWED_MSP"}).json()
    (item,) = body["data"]
    assert item["name"] == "KVEDS_ALLOWED_MSP" and set(item["values"]) == {"86.10", "86.21"}
    names = {d["name"] for d in sandbox.http.get("/api/dictionaries").json()["data"]}
    assert names == set(dictionaries.DICTIONARY_NAMES)


def test_demo_key_command_writes_owner_only_files(sandbox: Client, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    # ECDSA for speed: the DSTU default (same file names) is tested end to end in
    # tests/integration/test_ehealth_cli.py and tests/signing/test_dstu_sandbox.py
    args = ["demo-key", "--server", sandbox.url, "--edrpou", COMPANY, "--out", str(out)]
    code = main([*args, "--format", "pkcs12-ecdsa"])
    assert code == 0
    for name in ("key.p12", "password.txt", "registration.json"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name
    password = (out / "password.txt").read_text().strip()
    assert len(password) >= 12
    payload = json.loads((out / "registration.json").read_text(encoding="utf-8"))
    assert schema_problems(payload) == []
    reg = registration_from_payload(payload)
    v1_only = {"$.kveds", "$.legal_form", "$.name"}  # not in a v2 payload: taken from ЄДР
    assert [p for p in validate(reg) if p.severity == "error" and p.path not in v1_only] == []
    assert payload["edrpou"] == COMPANY and payload["owner"]["last_name"] == "Коваленко"

    from ehealth_wizard.core.signing.certinfo import cert_info
    from ehealth_wizard.core.signing.keys import open_key

    signer = open_key(out / "key.p12", password)
    facts = cert_info(signer.certificate)
    assert (facts.surname, facts.edrpou, facts.is_seal) == ("Коваленко", COMPANY, False)
    assert facts.rnokpp == payload["owner"]["tax_id"]
    assert facts.tsp_url == f"{sandbox.url}/qtsp/tsp"
    assert facts.ocsp_url == f"{sandbox.url}/qtsp/ocsp"


def test_demo_key_variants_and_refusals(sandbox: Client, tmp_path: Path) -> None:
    r = sandbox.http.post(
        "/qtsp/demo-keys", json={"edrpou": NO_KVED, "variant": "seal", "format": "pkcs12-ecdsa"}
    )
    assert r.status_code == 200
    assert r.json()["variant"] == "seal"
    bad = sandbox.http.post("/qtsp/demo-keys", json={"edrpou": "12345678"})
    assert bad.status_code == 422 and bad.json()["error"]["type"] == "request_malformed"
    code = main(
        ["demo-key", "--server", sandbox.url, "--edrpou", "12345678", "--out", str(tmp_path / "x")]
    )
    assert code == 2
