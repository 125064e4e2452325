"""The receipt a director keeps: what was signed, by whom, when, and what eHealth said.

Assembled here without Qt from the signed file itself (the data as signed, the signer's
certificate, the signature's time-stamp, its SHA-256) and from what this computer recorded while
sending (every stage with its time and result, the legal entity id). The window and the
`receipt` command only render it (ui/receipt_pdf.py). Records live in `<data dir>/receipts/`,
one `<legal entity id>.p7s` and `.json` each, written atomically, 0600.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ehealth_wizard.core.atomic import atomic_write_bytes, atomic_write_json
from ehealth_wizard.core.bounded import MAX_SIGNED_FILE, read_regular_file
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.reasons import file_reason

RECEIPTS_DIR = "receipts"
ENTITY_ID = re.compile(
    r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"
)
MAX_RECORD = 1024 * 1024  # a record is a few KB


class ReceiptNotFound(UserFacingError):
    code = "receipt_not_found"


class ReceiptDamaged(UserFacingError):
    code = "receipt_damaged"


@dataclass(frozen=True)
class StageLine:
    """One stage as it happened: its id, result, the time (ISO, UTC) and eHealth's words."""

    stage: str
    status: str
    at: str
    message: str = ""

    @classmethod
    def of(cls, event: Any) -> StageLine:
        at = event.at.astimezone(UTC).isoformat(timespec="seconds") if event.at else ""
        return cls(str(event.stage), str(event.status), at, str(event.message or ""))

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "status": self.status, "at": self.at, "message": self.message}


@dataclass(frozen=True)
class Receipt:
    legal_entity_id: str
    server_url: str
    sha256: str  # of the signed file (.p7s) as sent
    data: tuple[tuple[str, str], ...]  # JSON path -> value, exactly as signed
    signer: tuple[tuple[str, str], ...]  # fact id -> value (see SIGNER_FACTS)
    signing_time: str  # ISO, UTC; "" when the signature names none
    timestamp: str  # the signature time-stamp's time, ISO UTC; "" without one
    timestamp_authority: str
    stages: tuple[StageLine, ...]


SIGNER_FACTS = ("holder", "rnokpp", "edrpou", "organization", "issuer", "serial", "valid")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def flatten(value: Any, path: str = "$") -> list[tuple[str, str]]:
    """Every leaf of the signed request as (path, text), in the request's own order."""
    if isinstance(value, Mapping):
        return [row for key, item in value.items() for row in flatten(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [row for i, item in enumerate(value) for row in flatten(item, f"{path}[{i}]")]
    if isinstance(value, bool):
        return [(path, "true" if value else "false")]
    return [(path, "" if value is None else str(value))]


def _iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else ""


def assemble(signed: bytes, record: Mapping[str, Any] | None = None) -> Receipt:
    """The receipt of `signed` (a CAdES .p7s); `record` is what was kept while sending."""
    from ehealth_wizard.core.signing.cades import verify_cades

    verified = verify_cades(signed, strict=False)
    try:
        request = json.loads(verified.content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        request = None
    data = tuple(flatten(request)) if isinstance(request, Mapping) else ()
    signer = verified.signers[0]
    facts = signer.facts
    rows: list[tuple[str, str]] = []
    if facts is not None:
        valid = " – ".join(
            x.strftime("%d.%m.%Y") for x in (facts.not_before, facts.not_after) if x is not None
        )
        values = {
            "holder": facts.full_name or f"{facts.surname} {facts.given_names}".strip(),
            "rnokpp": facts.rnokpp,
            "edrpou": facts.edrpou,
            "organization": facts.organization,
            "issuer": facts.issuer,
            "serial": facts.serial,
            "valid": valid,
        }
        rows = [(key, values[key]) for key in SIGNER_FACTS if values[key]]
    stamp = signer.timestamp
    record = record or {}
    stages = tuple(
        StageLine(
            str(s.get("stage", "")),
            str(s.get("status", "")),
            str(s.get("at", "")),
            str(s.get("message", "")),
        )
        for s in record.get("stages") or []
        if isinstance(s, Mapping)
    )
    return Receipt(
        legal_entity_id=str(record.get("legal_entity_id", "")),
        server_url=str(record.get("server_url", "")),
        sha256=sha256_hex(signed),
        data=data,
        signer=tuple(rows),
        signing_time=_iso(signer.signing_time),
        timestamp=_iso(stamp.time) if stamp is not None else "",
        timestamp_authority=stamp.tsa if stamp is not None else "",
        stages=stages,
    )


class ReceiptStore:
    """`<data dir>/receipts/`: the signed file and the record of each accepted registration."""

    def __init__(self, data_dir: Path | str) -> None:
        self.folder = Path(data_dir) / RECEIPTS_DIR

    def _paths(self, legal_entity_id: str) -> tuple[Path, Path]:
        if not ENTITY_ID.match(legal_entity_id):
            raise ReceiptNotFound(id=legal_entity_id)
        base = self.folder / legal_entity_id.lower()
        return base.with_suffix(".p7s"), base.with_suffix(".json")

    def save(
        self,
        legal_entity_id: str,
        signed: bytes,
        stages: Iterable[StageLine],
        server_url: str,
    ) -> Path:
        p7s, record = self._paths(legal_entity_id)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(p7s, signed)
        atomic_write_json(
            record,
            {
                "legal_entity_id": legal_entity_id,
                "server_url": server_url,
                "sha256": sha256_hex(signed),
                "stages": [s.to_dict() for s in stages],
            },
        )
        return p7s

    def load(self, legal_entity_id: str) -> tuple[bytes, dict[str, Any]]:
        """The signed file and the record kept for `legal_entity_id`."""
        p7s, record = self._paths(legal_entity_id)
        try:
            signed = read_regular_file(p7s, MAX_SIGNED_FILE)
            kept = self._read_record(record)
        except OSError as exc:
            raise ReceiptNotFound(id=legal_entity_id, reason=file_reason(exc)) from None
        except ValueError:  # not UTF-8, not JSON, not an object: the record was damaged
            raise ReceiptDamaged(id=legal_entity_id) from None
        return signed, kept

    def record_for(self, signed: bytes) -> dict[str, Any] | None:
        """The record of a signed file brought from elsewhere, found by its hash."""
        wanted = sha256_hex(signed)
        if not self.folder.is_dir():
            return None
        for path in sorted(self.folder.glob("*.json")):
            try:
                kept = self._read_record(path)
            except (OSError, ValueError):
                continue
            if kept.get("sha256") == wanted:
                return kept
        return None

    @staticmethod
    def _read_record(path: Path) -> dict[str, Any]:
        kept = json.loads(read_regular_file(path, MAX_RECORD).decode("utf-8"))
        if not isinstance(kept, dict):
            raise ValueError("record is not an object")
        return kept


def stage_lines(events: Sequence[Any]) -> list[StageLine]:
    """The final state of each stage, in the order the stages first appeared."""
    last: dict[str, StageLine] = {}
    for event in events:
        last[str(event.stage)] = StageLine.of(event)
    return list(last.values())


def record_events(
    receipts: ReceiptStore | None,
    signed: bytes,
    server_url: str,
    events: Iterable[Any],
    *,
    first: Sequence[Any] = (),
) -> Iterator[Any]:
    """Pass `events` on; when the result is an accepted registration, keep its receipt."""
    seen = list(first)
    for event in events:
        seen.append(event)
        result = getattr(event, "result", None)
        if receipts is not None and result is not None and result.legal_entity_id:
            receipts.save(result.legal_entity_id, signed, stage_lines(seen), server_url)
        yield event
