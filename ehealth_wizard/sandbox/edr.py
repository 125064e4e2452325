"""The sandbox's local ЄДР (Unified State Register), served in the state register's API shape.

The real eHealth reads the register through its EDR gateway: `GET /1.0/subjects?code=<edrpou>`
(search: a list of `{id, state, state_text, name, url, code}`) and `GET /1.0/subjects/{id}`
(details: `names`, `olf_code`, `activity_kinds`, `address`, `heads`, `founders`, `registration`,
`state`, `termination`, ...). `heads` lists who may act for the entity: role 1
"керівник" is the head, role 2 "підписант" a signatory (an acting head signs as one).
The seed (`resources/sandbox/edr.json`) holds fictitious records; each may carry a `sandbox`
object with the person data (РНОКПП, birth date, e-mail) the demo keys need — it is not part of
the register's answer and is never served.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ehealth_wizard.core.normalize import name_key
from ehealth_wizard.resources import resource

Record = dict[str, Any]
CODE_PATTERN = re.compile(r"^[0-9]{8,10}$")
PASSPORT_PATTERN = re.compile(r"^((?![ЫЪЭЁ])([А-ЯҐЇІЄ])){2}[0-9]{6}$")
STATE_REGISTERED = 1


@dataclass(frozen=True)
class Edr:
    """An in-memory register loaded from a seed file."""

    records: tuple[Record, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> Edr:
        if path is None:
            text = resource("sandbox", "edr.json").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        subjects = data["subjects"] if isinstance(data, Mapping) else data
        return cls(tuple(subjects))

    def search(self, code: str) -> list[Record]:
        """Records with this ЄДРПОУ / РНОКПП (or passport), any state."""
        return [r for r in self.records if r.get("code") == code or r.get("passport") == code]

    def get(self, record_id: int) -> Record | None:
        for r in self.records:
            if r["id"] == record_id:
                return r
        return None

    def active(self, code: str) -> list[Record]:
        return [r for r in self.search(code) if r.get("state") == STATE_REGISTERED]

    def search_item(self, record: Record, base_url: str) -> Record:
        """One element of the search answer, as `/1.0/subjects?code=` gives it."""
        item: Record = {
            "id": record["id"],
            "state": record["state"],
            "state_text": record["state_text"],
            "name": record["names"]["name"],
            "url": f"{base_url.rstrip('/')}/1.0/subjects/{record['id']}",
        }
        if "passport" in record:
            item["passport"] = record["passport"]
        else:
            item["code"] = record["code"]
        return item

    @staticmethod
    def details(record: Record) -> Record:
        """The detailed answer of `/1.0/subjects/{id}` (the seed minus the sandbox-only data)."""
        out = {k: v for k, v in record.items() if k != "sandbox"}
        kinds = out.get("activity_kinds") or []
        out["primary_activity_kind"] = next((k for k in kinds if k.get("is_primary")), None)
        return out


HEAD_ROLE = 1  # `heads[].role` 1 "керівник"; 2 "підписант": entitled to sign for the entity


@dataclass(frozen=True)
class Person:
    """One person the register lists in `heads`: the head or a signatory."""

    last_name: str
    first_names: str  # "Ім'я По батькові", as the register's `first_middle_name`
    role_text: str
    is_head: bool
    name: str  # as the register writes it (`heads[].name`, e.g. "КОВАЛЕНКО ОЛЕНА ПЕТРІВНА")

    def parts(self) -> tuple[str, str, str]:
        """(last_name, first_name, second_name) keys for a field-by-field comparison."""
        first, _, second = self.first_names.partition(" ")
        return name_key(self.last_name), name_key(first), name_key(second)


def register_people(record: Record) -> list[Person]:
    """The record's heads (role 1) and signatories (other roles), heads first."""
    people: list[Person] = []
    for head in record.get("heads") or []:
        if head.get("last_name"):
            last, firsts = str(head["last_name"]), str(head.get("first_middle_name") or "")
        elif head.get("name"):
            last, _, firsts = str(head["name"]).strip().partition(" ")
        else:
            continue
        is_head = head.get("role", HEAD_ROLE) == HEAD_ROLE
        role = str(head.get("role_text") or ("керівник" if is_head else "підписант"))
        name = str(head.get("name") or f"{last} {firsts}".strip())
        people.append(Person(last, firsts, role, is_head, name))
    return sorted(people, key=lambda p: not p.is_head)


def sandbox_persons(record: Record) -> list[Record]:
    persons: list[Record] = list((record.get("sandbox") or {}).get("persons") or [])
    return persons
