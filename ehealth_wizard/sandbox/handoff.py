"""The sandbox's stand-in for an MIS hand-off endpoint: it takes a facility's credentials.

A vendor profile may name `[handoff] url`; the wizard POSTs `{client_id, client_secret,
legal_entity_id, redirect_uri}` there (core/ehealth/credentials.py). The sandbox offers the
same at `POST /mis/handoff` so tests and demonstrations have a real receiver: it answers 201
with a receipt, the same receipt again (200) for a repeated `Idempotency-Key`, and can be told
to fail the next N calls (`PUT /sandbox/handoff {"fail_next": N, "status": 503}`) to show the
client's retries. `GET /mis/handoff` lists what arrived, with the secret only as a SHA-256.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

REQUIRED = ("client_id", "client_secret", "legal_entity_id")


@dataclass
class HandoffInbox:
    received: list[dict[str, Any]] = field(default_factory=list)
    calls: int = 0
    fail_next: int = 0
    fail_status: int = 503
    _by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fail(self, count: int, status: int) -> None:
        with self._lock:
            self.fail_next, self.fail_status = max(0, count), status

    def take(self, body: Any, key: str | None, api_key: str | None) -> tuple[int, dict[str, Any]]:
        """(status, answer) for one POST."""
        with self._lock:
            self.calls += 1
            if self.fail_next > 0:
                self.fail_next -= 1
                return self.fail_status, {"error": "try again"}
            if not isinstance(body, dict) or any(
                not isinstance(body.get(k), str) or not body[k] for k in REQUIRED
            ):
                return 422, {"error": f"expected {', '.join(REQUIRED)}"}
            if key and key in self._by_key:
                return 200, self._by_key[key] | {"repeated": True}
            receipt = {
                "received": True,
                "reference": str(uuid.uuid4()),
                "legal_entity_id": body["legal_entity_id"],
                "client_id": body["client_id"],
            }
            self.received.append(
                {
                    "client_id": body["client_id"],
                    "legal_entity_id": body["legal_entity_id"],
                    "redirect_uri": body.get("redirect_uri") or "",
                    "secret_sha256": hashlib.sha256(body["client_secret"].encode()).hexdigest(),
                    "idempotency_key": key,
                    "api_key": bool(api_key),
                    "at": time.time(),
                    "reference": receipt["reference"],
                }
            )
            if key:
                self._by_key[key] = receipt
            return 201, receipt

    def listing(self) -> dict[str, Any]:
        with self._lock:
            return {"calls": self.calls, "data": list(self.received)}
