"""The receipts kept on this computer: a damaged record is said plainly, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehealth_wizard.core.receipt import ReceiptDamaged, ReceiptNotFound, ReceiptStore, StageLine

ENTITY = "0d3f2a94-8c1e-4b7a-9f21-5a6b7c8d9e0f"
SIGNED = b"0\x80 signed file"


def _kept(tmp_path: Path) -> ReceiptStore:
    store = ReceiptStore(tmp_path)
    stages = [StageLine("signature_verified", "passed", "2026-12-06T10:00:00+00:00")]
    store.save(ENTITY, SIGNED, stages, "http://127.0.0.1:8080")
    return store


def test_a_kept_receipt_loads(tmp_path: Path) -> None:
    signed, record = _kept(tmp_path).load(ENTITY)
    assert signed == SIGNED
    assert record["stages"][0]["stage"] == "signature_verified"


@pytest.mark.parametrize(
    "damage", [b"{not json", b"\xff\xfe\x00", b"[1, 2, 3]"], ids=["json", "utf8", "list"]
)
def test_a_damaged_record_is_said_plainly(tmp_path: Path, damage: bytes) -> None:
    store = _kept(tmp_path)
    (tmp_path / "receipts" / f"{ENTITY}.json").write_bytes(damage)
    with pytest.raises(ReceiptDamaged) as caught:
        store.load(ENTITY)
    said = str(caught.value)
    assert ENTITY in said and "damaged" in said and ".p7s" in said


def test_a_missing_receipt_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(ReceiptNotFound):
        ReceiptStore(tmp_path).load(ENTITY)
