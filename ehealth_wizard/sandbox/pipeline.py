"""The sandbox's verification of a `PUT /api/v2/legal_entities`, stage by stage.

Stages run in the official procedure's order and each has a fixed id (STAGES); the first
failure ends the run, later stages are reported `skipped`, and nothing is stored before the
`registration` stage. Every stage reports through `emit(event)` so the same run serves the
synchronous answer and the live event stream. Error texts on the real stages are the real
server's; texts for checks the 2019 server does not make are written in
the same style and listed in NEW_TEXTS.

Each check and the server rule it mirrors ([EA] = ehealth-ua/ehealth.api, [DS] =
edenlabllc/ds.api.public, [UA] = ehealth-ua/uaddresses.api; "new" = not in the 2019 code):

stage      check → answer
           ⇐ the server's file and rule it mirrors

signature  envelope schema → 422 required/inclusion on `$`, `$.signed_content_encoding`
           ⇐ [EA] core/legal_entities/v2/validator.ex `JsonSchema.validate(:legal_entity_sign)`
signature  not base64 → 422 `$.signed_legal_entity_request` "Not a base64 string"
           ⇐ [EA] core/api/signature.ex `data_is_invalid_resp`
signature  not a SignedData → 422 `$.signed_legal_entity_request` "error processing signed data"
           ⇐ [DS] c_src/digital_signature_lib_nif.c `RetrivePKCS7Data`; [EA] v2/validator.ex
             `{:bad_request, reason}` → ValidationError
signature  ≠ 1 signature or any stamp → 422, same entry, "document must contain 1 signature and 0
           stamps but …"
           ⇐ [EA] core/validators/signature.ex `process_data`
signature  DS `is_valid: false` → 422, same entry, the DS's message (ds.py)
           ⇐ [EA] validators/signature.ex `prepare_data`; [DS] c_src/digital_signature_lib.c
             `BaseCheck`
signature  no time-stamp of either kind → "retrieving a timestamp of data …"; time-stamp outside the
           certificate → "signature timestamp verification failed"; expired now → "certificate
           timestamp expired"; revoked at signing time → "OCSP certificate verificaton failed"
           ⇐ [DS] digital_signature_lib.c `BaseCheck` (`UAC_SignedDataGetTs`, `CheckTimeStamp`),
             nif_service_api.ex `provider_cert?`
signature  content not JSON → 422 "Malformed encoded content. …"
           ⇐ [DS] digital_signature_api/digital_signature.ex `decode_content`
signer     certificate EDRPOU ≠ `edrpou` → 422 `$.edrpou` inclusion; DRFO ≠ → `$.drfo`; neither →
           `$.data.signatures`
           ⇐ [EA] core/legal_entities/validator.ex `validate_state_registry_number`
signer     surname ≠ `owner.last_name` → 422 `$.owner.last_name` "Does not match the signer last
           name"
           ⇐ new: [WIKI-RC]
content    v2 schema → 422 per entry (required/format/inclusion/…)
           ⇐ [EA] v2/validator.ex `JsonSchema.validate(:legal_entity_v2)`
content    duplicate phone/document types → "No duplicate values."
           ⇐ [EA] core/validators/json_objects.ex
content    PHARMACY without `license_number` → `$.license.license_number`
           ⇐ [EA] v2/validator.ex `validate_pharmacy_license_number`
content    `residence_address` vs settlements: id exists, settlement name, area, region (district) →
           422 on that field with uaddresses' text; settlement type (new)
           ⇐ [EA] core/validators/addresses.ex → [UA] lib/uaddresses_api/address/address.ex
             `validate_settlement`, `validate_district`
content    tax id, birth date, owner position → `$.owner.*`
           ⇐ [EA] legal_entities/validator.ex, validators/tax_id.ex
kved       PRIMARY_CARE needs 86.21 or 86.10, PHARMACY 47.73, OUTPATIENT none → 422 `$.kveds` "At
           least one KVED code must be from list [...]" (core.validation.kved.kveds_lacking: the
           form's rule)
           ⇐ [EA] core/validators/kveds.ex (v1 KVEDS_ALLOWED_MSP/PHARMACY), narrowed to primary care
             as the seed describes
edr        code neither 8–10 digits nor a passport → 422 `$.data.edrpou` "Invalid edrpou"
           ⇐ [EA] v2/legal_entity_creator.ex `search_edr_legal_entities`
edr        ЄДР unreachable → 409 `request_conflict` "Legal Entity not found in EDR"
           ⇐ [EA] v2/legal_entity_creator.ex (`{:error, _}` from EdrApi.Rpc)
edr        0 or >1 active records → 422 `$.data.edrpou`
           ⇐ [EA] v2/legal_entity_creator.ex `do_upsert_edr_data`
edr        owner's full name (NFC, apostrophes, spaces, case: core.normalize.name_key) ≠ every
           `heads[]` person (head or signatory) → 422 per differing `$.owner.*` field naming what
           the register holds
           ⇐ new: the seed's rule (the 2019 code fetches `heads` but never compares)
license    needed/not needed/type/expired → 409; unknown id → 422 `$.license.id`
           ⇐ [EA] core/legal_entities/v2/licenses.ex
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

from ehealth_wizard.core import dictionaries
from ehealth_wizard.core.ehealth import stage_ids
from ehealth_wizard.core.normalize import name_key
from ehealth_wizard.core.payload import schema_problems
from ehealth_wizard.core.problems import Problem
from ehealth_wizard.core.validation.checkdigits import rnokpp_valid
from ehealth_wizard.core.validation.kved import kveds_lacking
from ehealth_wizard.sandbox import settlements
from ehealth_wizard.sandbox.edr import (
    CODE_PATTERN,
    PASSPORT_PATTERN,
    Edr,
    Person,
    Record,
    register_people,
)
from ehealth_wizard.sandbox.mailbox import Mailbox
from ehealth_wizard.sandbox.store import Store

# The stage ids are the client's (one list for both sides of the API).
STAGES: tuple[str, ...] = stage_ids.SUBMIT_STAGES
LATER_STAGES: tuple[str, ...] = stage_ids.LATER_STAGES
ALL_STAGES: tuple[str, ...] = stage_ids.STAGES

VALIDATION_MESSAGE = (
    "Validation failed. You can find validators description at our API Manifest: "
    "http://docs.apimanifest.apiary.io/#introduction/interacting-with-api/errors."
)
SIGNED_ENTRY = "$.signed_legal_entity_request"
NOT_SIGNED_DATA = "error processing signed data"  # the DS when the bytes are no SignedData
EDR_UNREACHABLE = "Legal Entity not found in EDR"  # 409 on any ЄДР RPC failure

# Texts of checks the public 2019 server code does not make (the sandbox's own wording).
NEW_TEXTS = {
    "head": '{field} "{value}" does not match EDR; the register holds: {holds}',
    "settlement_type": "invalid settlement_type value",
    "no_timestamp": "retrieving a timestamp of data from an envelope with signed data failed",
}

Event = dict[str, Any]
Emit = Callable[[Event], None]


# --- what the digital-signature service tells the pipeline -------------------


@dataclass(frozen=True)
class SignatureInfo:
    """One signature as the DS service reports it."""

    is_valid: bool
    validation_error_message: str
    is_stamp: bool
    signer: Mapping[str, str]  # common_name, surname, given_name, edrpou, drfo, ...
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DecodedContent:
    content: bytes
    signatures: tuple[SignatureInfo, ...]


class InvalidSignature(Exception):
    """The container is not a CMS SignedData at all: the DS reports one invalid signature with
    "error processing signed data", which eHealth answers as 422 on the envelope's entry."""


class SignatureService(Protocol):
    def decode_signed_content(self, der: bytes) -> DecodedContent: ...


# --- settings and answers -------------------------------------------------------------------


@dataclass
class Settings:
    """Knobs of a sandbox run (timings in seconds)."""

    base_url: str = "http://127.0.0.1"
    stage_delay: float | None = None  # None: a realistic 0.3–1.5 s per stage
    invite_ttl: float = 7 * 24 * 3600.0
    registry_delay: float = 5.0
    edr_reachable: bool = True  # False: every ЄДР call fails (PUT /sandbox/edr teaches the 409)
    stopping: threading.Event = field(default_factory=threading.Event)

    def pause(self) -> None:
        """Wait a stage's time; raise SandboxStopping when the sandbox shuts down meanwhile."""
        delay = random.uniform(0.3, 1.5) if self.stage_delay is None else self.stage_delay
        if (delay > 0 and self.stopping.wait(delay)) or self.stopping.is_set():
            raise SandboxStopping


class StageSkipped(Exception):
    """A stage that cannot apply to this request; the run goes on to the next stage."""


class SandboxStopping(Exception):
    """The sandbox stops under a running job: the job ends unfinished (see jobs.py)."""


@dataclass(frozen=True)
class Response:
    status_code: int
    body: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"status_code": self.status_code, "body": self.body}


class StageFailed(Exception):
    def __init__(self, status_code: int, error: dict[str, Any]) -> None:
        super().__init__(error.get("message", ""))
        self.status_code = status_code
        self.error = error

    @property
    def message(self) -> str:
        invalid = self.error.get("invalid") or []
        if invalid:
            return "; ".join(
                f"{e['entry']}: {r['description']}" for e in invalid for r in e["rules"]
            )
        return str(self.error.get("message", ""))


def meta(code: int, url: str) -> dict[str, Any]:
    return {"code": code, "url": url, "type": "object", "request_id": str(uuid.uuid4())}


def entry(path: str, rule: str, description: str, params: Sequence[Any] = ()) -> dict[str, Any]:
    return {
        "entry_type": "json_data_property",
        "entry": path,
        "rules": [{"rule": rule, "params": list(params), "description": description}],
    }


def validation_failed(entries: list[dict[str, Any]]) -> StageFailed:
    return StageFailed(
        422, {"type": "validation_failed", "message": VALIDATION_MESSAGE, "invalid": entries}
    )


def invalid(
    path: str, description: str, rule: str = "invalid", params: Sequence[Any] = ()
) -> StageFailed:
    return validation_failed([entry(path, rule, description, params)])


def message_error(status_code: int, message: str) -> StageFailed:
    kind = {
        400: "request_malformed",
        409: "request_conflict",
        422: "request_malformed",
        404: "not_found",
    }.get(status_code, "internal_error")
    return StageFailed(status_code, {"type": kind, "message": message})


def error_body(status_code: int, error: dict[str, Any], url: str) -> dict[str, Any]:
    return {"meta": meta(status_code, url), "error": error}


# --- schema problems -> server entries ------------------------------------------------------

_PROBLEM_RULES = {
    "schema_required": "required",
    "schema_additional_property": "schema_does_not_allow_additional_properties",
    "schema_format": "format",
    "schema_enum": "inclusion",
    "schema_type": "cast",
    "schema_min_items": "length",
    "schema_min_length": "length",
}


def problem_entry(problem: Problem) -> dict[str, Any]:
    """One server-style entry for a schema Problem, with the server's own description."""
    p = problem.params
    code = problem.code
    if code == "schema_required":
        parent, _, name = problem.path.rpartition(".")
        return entry(parent or "$", "required", f"required property {name} was not present")
    if code == "schema_additional_property":
        return entry(
            problem.path,
            "schema_does_not_allow_additional_properties",
            "schema does not allow additional properties",
        )
    if code == "schema_format" and "pattern" in p:
        return entry(problem.path, "format", f'string does not match pattern "{p["pattern"]}"')
    if code == "schema_format":
        return entry(problem.path, "format", f'expected "{p.get("format")}" to be a valid value')
    if code == "schema_enum":
        return entry(problem.path, "inclusion", "value is not allowed in enum")
    if code == "schema_type":
        return entry(problem.path, "cast", f"type mismatch. Expected {p.get('expected')}")
    if code == "schema_min_items":
        return entry(problem.path, "length", f"expected a minimum of {p.get('min')} items")
    if code == "schema_min_length":
        return entry(
            problem.path, "length", f"expected value to have a minimum length of {p.get('min')}"
        )
    return entry(problem.path, _PROBLEM_RULES.get(code, "invalid"), str(p.get("rule", code)))


# --- field checks (the server's own, independent of the client's) ---------------------------


def tax_id_valid(value: str) -> bool:
    """The server's tax_id rule: 10 digits, not all zeros, РНОКПП check digit."""
    return rnokpp_valid(value)


def birth_date_valid(value: str, today: date) -> bool:
    try:
        born = date.fromisoformat(value)
    except ValueError:
        return False
    return born <= today and 0 <= today.year - born.year <= 150


def _duplicates(items: Any, path: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if not isinstance(items, list):
        return out
    seen: set[str] = set()
    for i, item in enumerate(items):
        kind = item.get("type") if isinstance(item, dict) else None
        if isinstance(kind, str):
            if kind in seen:
                out.append(entry(f"{path}[{i}].type", "invalid", "No duplicate values."))
            seen.add(kind)
    return out


# --- the owner against the register's heads and signatories ------

OWNER_NAME_FIELDS = ("last_name", "first_name", "second_name")


def owner_in_register(owner: Mapping[str, Any], record: Record) -> Person:
    """The register's person whose full name is the owner's, else StageFailed naming the
    fields that differ from the closest person and what the register holds."""
    given = tuple(name_key(str(owner.get(k) or "")) for k in OWNER_NAME_FIELDS)
    people = register_people(record)
    for person in people:
        if person.parts() == given:
            return person
    holds = ", ".join(f"{p.name} ({p.role_text})" for p in people) or "no head"
    closest = min(people, key=lambda p: sum(a != b for a, b in zip(p.parts(), given, strict=True)))
    differing = (
        [k for k, a, b in zip(OWNER_NAME_FIELDS, closest.parts(), given, strict=True) if a != b]
        if people
        else list(OWNER_NAME_FIELDS)
    )
    raise validation_failed(
        [
            entry(
                f"$.owner.{k}",
                "invalid",
                NEW_TEXTS["head"].format(field=f"owner.{k}", value=owner.get(k) or "", holds=holds),
                [p.name for p in people],
            )
            for k in differing
        ]
    )


# --- the run --------------------------------------------------------------------------------


@dataclass
class Run:
    """What the stages learn along the way."""

    body: Any
    today: date
    payload: dict[str, Any] = field(default_factory=dict)
    signed_der: bytes = b""
    signature: SignatureInfo | None = None
    edr_records: list[Record] = field(default_factory=list)
    edr_record: Record | None = None
    entity: dict[str, Any] | None = None
    employee_request: dict[str, Any] | None = None
    secret: str = ""
    mail: dict[str, Any] | None = None


@dataclass
class Pipeline:
    store: Store
    edr: Edr
    ds: SignatureService
    mailbox: Mailbox
    settings: Settings
    today: Callable[[], date] = field(default=lambda: datetime.now(UTC).date())

    @property
    def url(self) -> str:
        return f"{self.settings.base_url}/api/v2/legal_entities"

    def run(self, body: Any, emit: Emit) -> Response:
        """Check and register one request; emit every stage; return the synchronous answer."""
        run = Run(body=body, today=self.today())
        checks: dict[str, Callable[[Run], tuple[str, dict[str, Any]]]] = {
            "signature": self._signature,
            "signer": self._signer,
            "content": self._content,
            "kved": self._kved,
            "edr": self._edr,
            "license": self._license,
            "registration": self._registration,
            "invitation": self._invitation,
        }
        for index, stage in enumerate(STAGES):
            emit(event(stage, "running", RUNNING[stage]))
            self.settings.pause()
            try:
                message, details = checks[stage](run)
            except StageSkipped as skip:
                emit(event(stage, "skipped", str(skip)))
                continue
            except StageFailed as failure:
                response = Response(
                    failure.status_code, error_body(failure.status_code, failure.error, self.url)
                )
                rest = STAGES[index + 1 :]
                fail_details: dict[str, Any] = {
                    "status_code": failure.status_code,
                    "error": failure.error,
                }
                if not rest:
                    fail_details["response"] = response.to_dict()
                emit(event(stage, "failed", failure.message, fail_details))
                for n, later in enumerate(rest, start=1):
                    skipped_details: dict[str, Any] = {}
                    if n == len(rest):
                        skipped_details["response"] = response.to_dict()
                    emit(
                        event(
                            later, "skipped", f"Not checked: stage {stage} failed", skipped_details
                        )
                    )
                return response
            if stage == STAGES[-1]:
                response = Response(200, self._success_body(run))
                details = {**details, "response": response.to_dict()}
                emit(event(stage, "passed", message, details))
                return response
            emit(event(stage, "passed", message, details))
        raise AssertionError("unreachable")  # pragma: no cover

    # -- stages ----------------------------------------------------------------------------

    def _signature(self, run: Run) -> tuple[str, dict[str, Any]]:
        body = run.body
        if not isinstance(body, dict):
            raise invalid("$", "type mismatch. Expected Object", rule="cast")
        entries: list[dict[str, Any]] = []
        for name in ("signed_legal_entity_request", "signed_content_encoding"):
            if name not in body:
                entries.append(entry("$", "required", f"required property {name} was not present"))
        if isinstance(body.get("signed_legal_entity_request", ""), str) is False:
            entries.append(entry(SIGNED_ENTRY, "cast", "type mismatch. Expected String"))
        if "signed_content_encoding" in body and body["signed_content_encoding"] != "base64":
            entries.append(
                entry("$.signed_content_encoding", "inclusion", "value is not allowed in enum")
            )
        if entries:
            raise validation_failed(entries)
        try:
            der = base64.b64decode(body["signed_legal_entity_request"], validate=True)
        except (binascii.Error, ValueError):
            raise invalid(SIGNED_ENTRY, "Not a base64 string") from None
        try:
            decoded = self.ds.decode_signed_content(der)
        except InvalidSignature:
            raise invalid(SIGNED_ENTRY, NOT_SIGNED_DATA) from None
        run.signed_der = der
        signatures = [s for s in decoded.signatures if not s.is_stamp]
        stamps = [s for s in decoded.signatures if s.is_stamp]
        if len(signatures) != 1 or stamps:
            raise invalid(
                SIGNED_ENTRY,
                f"document must contain 1 signature and 0 stamps but contains "
                f"{len(signatures)} signatures and {len(stamps)} stamps",
            )
        sig = signatures[0]
        if not sig.is_valid:
            raise invalid(SIGNED_ENTRY, sig.validation_error_message)
        try:
            content = json.loads(decoded.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise invalid(
                SIGNED_ENTRY,
                "Malformed encoded content. Probably, you have encoded corrupted JSON.",
            ) from None
        if not isinstance(content, dict):
            raise invalid(
                SIGNED_ENTRY,
                "Malformed encoded content. Probably, you have encoded corrupted JSON.",
            )
        run.payload = content
        run.signature = sig
        who = sig.signer.get("common_name") or sig.signer.get("surname", "")
        return f"1 valid signature by {who}, 0 stamps", {
            "signer": dict(sig.signer),
            **dict(sig.details),
        }

    def _signer(self, run: Run) -> tuple[str, dict[str, Any]]:
        assert run.signature is not None
        signer = run.signature.signer
        cert_edrpou = (signer.get("edrpou") or "").strip()
        drfo = (signer.get("drfo") or "").strip()
        edrpou = run.payload.get("edrpou")
        edrpou = edrpou if isinstance(edrpou, str) else ""
        if cert_edrpou:
            if not re.fullmatch(r"[0-9]{8,10}", edrpou) or edrpou != cert_edrpou:
                raise invalid(
                    "$.edrpou",
                    "EDRPOU does not match legal_entity edrpou",
                    rule="inclusion",
                    params=[cert_edrpou],
                )
            how = f"certificate EDRPOU {cert_edrpou} = edrpou"
        elif drfo:
            pattern = r"[0-9]{9,10}|((?![ЫЪЭЁ])([А-ЯҐЇІЄ])){2}[0-9]{6}"
            if not re.fullmatch(pattern, edrpou) or edrpou != drfo:
                raise invalid(
                    "$.drfo", "DRFO does not match signer drfo", rule="inclusion", params=[drfo]
                )
            how = f"certificate DRFO {drfo} = edrpou"
        else:
            raise invalid("$.data.signatures", "EDRPOU and DRFO is empty in digital sign")
        owner = run.payload.get("owner")
        last_name = owner.get("last_name") if isinstance(owner, dict) else None
        surname = signer.get("surname") or ""
        if not isinstance(last_name, str) or name_key(last_name) != name_key(surname):
            raise invalid("$.owner.last_name", "Does not match the signer last name")
        return f"{how}; signer surname {surname} = owner last_name", {}

    def _content(self, run: Run) -> tuple[str, dict[str, Any]]:
        payload = run.payload
        problems = schema_problems(payload)
        if problems:
            raise validation_failed([problem_entry(p) for p in problems])
        payload["email"] = str(payload["email"]).lower()
        owner = payload["owner"]
        owner["email"] = str(owner["email"]).lower()
        entries = _duplicates(payload.get("phones"), "$.phones")
        entries += _duplicates(owner.get("phones"), "$.owner.phones")
        entries += _duplicates(owner.get("documents"), "$.owner.documents")
        if entries:
            raise validation_failed(entries)
        lic = payload.get("license")
        if (
            payload["type"] == "PHARMACY"
            and isinstance(lic, dict)
            and "id" not in lic
            and not lic.get("license_number")
        ):
            raise invalid(
                "$.license.license_number",
                "license_number is required for legal_entity with type-based PHARMACY",
            )
        address = [
            entry(path, "invalid", text)
            for path, text in settlements.address_errors(
                payload["residence_address"], "$.residence_address"
            )
        ]
        if address:
            raise validation_failed(address)
        if owner.get("no_tax_id") is True:
            raise invalid("$.owner.no_tax_id", "'no_tax_id' must be false")
        if not tax_id_valid(str(owner["tax_id"])):
            raise invalid("$.owner.tax_id", "invalid tax_id value")
        if not birth_date_valid(str(owner["birth_date"]), run.today):
            raise invalid("$.owner.birth_date", "invalid birth_date value")
        if owner["position"] not in dictionaries.OWNER_POSITIONS:
            raise invalid("$.owner.position", "invalid owner position value")
        return "v2 schema and field checks passed", {}

    def _kved(self, run: Run) -> tuple[str, dict[str, Any]]:
        code = run.payload["edrpou"]
        if not self.settings.edr_reachable:  # the `edr` stage answers the server's 409
            raise StageSkipped("EDR did not answer: the KVEDs cannot be read")
        records = self.edr.active(code) or self.edr.search(code)
        if not records:  # the `edr` stage reports it, with the real server's text
            raise StageSkipped(f"no EDR record with code {code}: its KVEDs cannot be read")
        run.edr_records = records
        facility_type = run.payload["type"]
        found = sorted({k["code"] for r in records for k in r.get("activity_kinds") or []})
        lacking = kveds_lacking(facility_type, found)  # the form's own rule
        if lacking:
            listed = ", ".join(f'"{k}"' for k in lacking)
            raise invalid(
                "$.kveds",
                f"At least one KVED code must be from list [{listed}]",
                params=list(lacking),
            )
        allowed = dictionaries.allowed_kveds(facility_type)
        matching = [k for k in found if k in allowed]
        if matching:
            return f"KVED {', '.join(matching)} in EDR", {"kveds": found, "allowed": list(allowed)}
        return f"no KVED rule for {facility_type}; EDR lists {', '.join(found) or 'none'}", {
            "kveds": found,
            "allowed": [],
        }

    def _edr(self, run: Run) -> tuple[str, dict[str, Any]]:
        code = run.payload["edrpou"]
        if not (CODE_PATTERN.match(code) or PASSPORT_PATTERN.match(code)):
            raise invalid("$.data.edrpou", "Invalid edrpou")
        if not self.settings.edr_reachable:
            raise message_error(409, EDR_UNREACHABLE)
        active = self.edr.active(code)
        if len(active) > 1:
            raise invalid("$.data.edrpou", "More than 1 active entities in EDR")
        if not active:
            raise invalid("$.data.edrpou", "Provided EDRPOU is not active in EDR")
        record = active[0]
        person = owner_in_register(run.payload["owner"], record)
        run.edr_record = record
        return (
            f"EDR record {record['id']} registered (state 1); {person.name} is its "
            f"{person.role_text}",
            {"edr_id": record["id"], "name": record["names"]["name"], "role": person.role_text},
        )

    def _license(self, run: Run) -> tuple[str, dict[str, Any]]:
        required = dictionaries.LICENSE_TYPE_FOR.get(run.payload["type"])
        lic = run.payload.get("license")
        if required is None:
            if lic:
                raise message_error(409, "License is not needed for chosen legal entity type")
            return "no license needed", {}
        if not isinstance(lic, dict) or not lic:
            raise message_error(409, "License is needed for chosen legal entity type")
        if "id" in lic:
            extra = [k for k in lic if k != "id"]
            if extra:
                raise validation_failed(
                    [
                        entry(
                            f"$.license.{k}",
                            "schema_does_not_allow_additional_properties",
                            "schema does not allow additional properties",
                        )
                        for k in extra
                    ]
                )
            known = self._find_license(str(lic["id"]))
            if known is None:
                raise invalid("$.license.id", "License not found")
            stored, edr_id = known
            if stored.get("type") != required:
                raise message_error(409, "Legal entity type and license type mismatch")
            assert run.edr_record is not None
            if edr_id != run.edr_record["id"]:
                raise message_error(409, "License doesn't correspond to your legal entity")
            lic = stored
        elif lic.get("type") != required:
            raise message_error(409, "Legal entity type and license type mismatch")
        expiry = lic.get("expiry_date")
        try:
            expired = expiry is None or date.fromisoformat(str(expiry)) < run.today
        except ValueError:
            expired = True
        if expired:
            raise message_error(409, "License is expired")
        return f"{required} license valid until {expiry}", {"expiry_date": expiry}

    def _find_license(self, license_id: str) -> tuple[dict[str, Any], Any] | None:
        for doc in self.store.list_entities():
            lic = doc["data"].get("license") or {}
            if lic.get("id") == license_id:
                return lic, doc["data"]["edr"]["id"]
        return None

    def _registration(self, run: Run) -> tuple[str, dict[str, Any]]:
        p = run.payload
        record = run.edr_record
        assert record is not None
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        # One transaction from the lookup to the write: two submissions of the same facility
        # at once still end in one entity (the real server has a unique index for this).
        with self.store.transaction():
            existing = self.store.find_active_entity(p["edrpou"], p["type"])
            entity_id = existing["data"]["id"] if existing else str(uuid.uuid4())
            secret = existing["secret"] if existing else secrets.token_urlsafe(32)
            lic = dict(p.get("license") or {})
            if lic and "id" not in lic:
                old = (existing or {}).get("data", {}).get("license") or {}
                lic = {
                    "id": old.get("id") or str(uuid.uuid4()),
                    **lic,
                    "is_active": True,
                    "issuer_status": None,
                    "inserted_at": now,
                    "updated_at": now,
                }
            elif lic:
                found = self._find_license(str(lic["id"]))
                lic = found[0] if found else lic
            data = {
                "id": entity_id,
                "status": "ACTIVE",
                "edrpou": p["edrpou"],
                "type": p["type"],
                "phones": p["phones"],
                "email": p["email"],
                "is_active": True,
                "nhs_verified": bool(existing and existing["data"]["nhs_verified"]),
                "nhs_reviewed": bool(existing and existing["data"]["nhs_reviewed"]),
                "nhs_comment": "",
                "archive": p.get("archive") or [],
                "website": p.get("website"),
                "beneficiary": p.get("beneficiary"),
                "receiver_funds_code": p.get("receiver_funds_code"),
                "residence_address": p["residence_address"],
                "accreditation": p.get("accreditation"),
                "edr_verified": None,
                "inserted_at": existing["data"]["inserted_at"] if existing else now,
                "inserted_by": "sandbox",
                "updated_at": now,
                "updated_by": "sandbox",
                "license": lic or None,
                "edr": {
                    "id": record["id"],
                    "name": record["names"]["name"],
                    "short_name": record["names"].get("short"),
                    "public_name": record["names"].get("display"),
                    "legal_form": record.get("olf_code"),
                    "edrpou": record["code"],
                    "kveds": record.get("activity_kinds") or [],
                    "registration_address": record.get("address"),
                    "state": record["state"],
                },
            }
            owner = {k: v for k, v in p["owner"].items() if k not in ("position", "employee_id")}
            request = {
                "id": str(uuid.uuid4()),
                "legal_entity_id": entity_id,
                "position": p["owner"]["position"],
                "status": "NEW",
                "start_date": run.today.isoformat(),
                "employee_type": "PHARMACY_OWNER" if p["type"] == "PHARMACY" else "OWNER",
                "party": owner,
                "inserted_at": now,
            }
            doc = {
                "data": data,
                "secret": secret,
                "redirect_uri": p["security"]["redirect_uri"],
                "signed_content": base64.b64encode(run.signed_der).decode("ascii"),
                "accepted_at": (existing or {}).get("accepted_at"),
                "account_email": (existing or {}).get("account_email"),
            }
            self.store.put_entity(doc)
            self.store.put_employee_request(request)
        run.entity, run.employee_request, run.secret = data, request, secret
        verb = "updated" if existing else "created"
        return (
            f"legal entity {entity_id} {verb} (ACTIVE); OAuth client and owner employee "
            f"request {request['id']} created",
            {
                "legal_entity_id": entity_id,
                "employee_request_id": request["id"],
                "updated": bool(existing),
            },
        )

    def _invitation(self, run: Run) -> tuple[str, dict[str, Any]]:
        assert run.entity is not None and run.employee_request is not None
        mail = self.mailbox.send_invitation(run.entity, run.employee_request, self.edr_name(run))
        run.mail = mail
        return f"invitation e-mail sent to {mail['to']}", {
            "to": mail["to"],
            "expires_at": mail["expires_at"],
        }

    @staticmethod
    def edr_name(run: Run) -> str:
        record = run.edr_record or {}
        names = record.get("names") or {}
        return str(names.get("display") or names.get("name") or "")

    def _success_body(self, run: Run) -> dict[str, Any]:
        assert run.entity is not None and run.employee_request is not None
        return {
            "meta": meta(200, self.url),
            "data": run.entity,
            "urgent": {
                "security": {
                    "client_id": run.entity["id"],
                    "client_secret": run.secret,
                    "redirect_uri": run.payload["security"]["redirect_uri"],
                },
                "employee_request_id": run.employee_request["id"],
            },
        }


RUNNING = {
    "signature": "Checking the CAdES signature, its time-stamp, issuer and OCSP status",
    "signer": "Comparing the certificate's EDRPOU/DRFO and surname with the request",
    "content": "Checking the request against the v2 schema and field rules",
    "kved": "Checking the facility's KVED codes in EDR",
    "edr": "Checking the EDR record and its heads",
    "license": "Checking the license",
    "registration": "Registering the legal entity",
    "invitation": "Sending the invitation e-mail to the owner",
}


def event(stage: str, status: str, message: str, details: dict[str, Any] | None = None) -> Event:
    return {"stage": stage, "status": status, "message": message, "details": details or {}}
