"""Demo keys: a test key for the head of a ЄДР record, plus a registration ready to sign.

`issue_demo_key(sandbox, edrpou, variant)` runs in-process (the GUI's one-click demo and the
`POST /qtsp/demo-keys` route); `fetch_demo_key(url, ...)` asks a running sandbox over HTTP (the
`demo-key --server` command); `write_demo_key(key, dir)` writes `key.p12`, `password.txt` and
`registration.json`, each owner-only.

Variants: `valid`; `expired` (validity ended a month ago); `revoked` (revoked at the QTSP, so
OCSP says so); `seal` (an electronic seal of the organisation instead of a person's key).
Key container formats (`KEY_FORMATS`, one table): `pkcs12-ecdsa` (ECDSA P-256), `pkcs12-dstu`
(DSTU 4145 in a GOST PKCS#12, as Diia issues them — the default) and `key6-dstu` (IIT
Key-6.dat), the last two written by `sandbox.qtsp_dstu`.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import httpx

from ehealth_wizard.core.atomic import atomic_write_bytes, atomic_write_json, atomic_write_text
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.model import (
    Address,
    Director,
    Document,
    Facility,
    License,
    Phone,
    PublicOffer,
    Registration,
)
from ehealth_wizard.core.paths import ensure_dir
from ehealth_wizard.core.payload import build_payload, canonical_bytes
from ehealth_wizard.core.reasons import network_reason
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.edr import Edr, Record, sandbox_persons


class Sandbox(Protocol):
    """What a demo key needs of the running sandbox (sandbox.app.Sandbox): its ЄДР and QTSP."""

    edr: Edr
    qtsp: Any


VARIANTS = ("valid", "expired", "revoked", "seal")


class DemoKeyRefused(UserFacingError):
    """The sandbox cannot issue this demo key (`reason` says why)."""

    code = "demo_key_refused"


@dataclass(frozen=True)
class KeyFormat:
    """How a demo key is written: which key type the QTSP makes and the container's bytes."""

    file_name: str
    key_type: str
    write: Callable[[Any, str], bytes]  # (qtsp.IssuedKey, password) -> file bytes


def _pkcs12(issued: Any, password: str) -> bytes:
    data: bytes = issued.pkcs12(password)
    return data


KEY_FORMATS: dict[str, KeyFormat] = {
    "pkcs12-ecdsa": KeyFormat("key.p12", "ecdsa-p256", _pkcs12),
    "pkcs12-dstu": KeyFormat("key.p12", qtsp_dstu.KEY_TYPE, qtsp_dstu.write_demo_pfx),
    "key6-dstu": KeyFormat("Key-6.dat", qtsp_dstu.KEY_TYPE, qtsp_dstu.write_demo_key6),
}
DEFAULT_FORMAT = "pkcs12-dstu"  # the container Ukrainian directors mostly get (Diia's)


@dataclass(frozen=True)
class DemoKey:
    edrpou: str
    variant: str
    key_format: str
    file_name: str
    key_bytes: bytes = field(repr=False)
    password: str = field(repr=False)
    certificate_der: bytes
    registration: dict[str, Any]
    director_name: str

    def to_json(self) -> dict[str, Any]:
        return {
            "edrpou": self.edrpou,
            "variant": self.variant,
            "format": self.key_format,
            "file_name": self.file_name,
            "key_base64": base64.b64encode(self.key_bytes).decode("ascii"),
            "password": self.password,
            "certificate_base64": base64.b64encode(self.certificate_der).decode("ascii"),
            "registration": self.registration,
            "director": self.director_name,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DemoKey:
        return cls(
            edrpou=str(data["edrpou"]),
            variant=str(data["variant"]),
            key_format=str(data["format"]),
            file_name=str(data["file_name"]),
            key_bytes=base64.b64decode(data["key_base64"]),
            password=str(data["password"]),
            certificate_der=base64.b64decode(data["certificate_base64"]),
            registration=dict(data["registration"]),
            director_name=str(data["director"]),
        )


def facility_type(record: Record) -> str:
    """The facility type a record's KVEDs suggest: primary care with 86.21, an outpatient
    clinic with 86.10 / 86.22 / 86.90, a pharmacy with 47.73, else primary care (which then
    fails the KVED rule, as the real procedure would)."""
    codes = {k["code"] for k in record.get("activity_kinds") or []}
    if "86.21" in codes:
        return "PRIMARY_CARE"
    if codes & {"86.10", "86.22", "86.90"}:
        return "OUTPATIENT"
    if "47.73" in codes:
        return "PHARMACY"
    return "PRIMARY_CARE"


def registration_for(record: Record, person: dict[str, Any], today: date) -> Registration:
    """A complete, valid registration of the record's facility with `person` as its director."""
    fac = (record.get("sandbox") or {}).get("facility") or {}
    kind = facility_type(record)
    is_fop = record.get("olf_code") == "910"
    lic_type = "PHARMACY" if kind == "PHARMACY" else "MSP"
    issued = today - timedelta(days=700)
    area = str(fac.get("area") or "м.Київ")
    return Registration(
        facility=Facility(
            edrpou=str(record["code"]),
            type=kind,
            name=str(record["names"]["name"]),
            short_name=str(record["names"].get("short") or ""),
            legal_form=str(record.get("olf_code") or ""),
            kveds=tuple(k["code"] for k in record.get("activity_kinds") or []),
            residence_address=Address(
                country="UA",
                area=area.upper() if area == "м.Київ" else area,
                settlement=str(fac.get("settlement") or "Київ"),
                settlement_type=str(fac.get("settlement_type") or "CITY"),
                settlement_id=str(
                    fac.get("settlement_id") or "f2d556b4-86d5-4afe-87b8-3908ad947106"
                ),
                street_type="STREET",
                street=str(fac.get("street") or "вул. Шевченка").replace("вул. ", ""),
                building=str(fac.get("building") or "1"),
                zip=str(fac.get("zip") or "01001"),
            ),
            phones=(Phone(type="LAND_LINE", number=str(fac.get("phone") or "+380441234567")),),
            email=str(fac.get("email") or person["email"]),
        ),
        license=License(
            type=lic_type,
            license_number=f"{'АП' if lic_type == 'PHARMACY' else 'МП'}{str(record['id'])[-6:]}",
            issued_by="Міністерство охорони здоров'я України",
            issued_date=issued.isoformat(),
            active_from_date=issued.isoformat(),
            expiry_date=(today + timedelta(days=5 * 365)).isoformat(),
            what_licensed=(
                "роздрібна торгівля лікарськими засобами"
                if lic_type == "PHARMACY"
                else "медична практика"
            ),
            order_no=f"{1000 + int(record['id']) % 9000}",
        ),
        director=Director(
            first_name=str(person["first_name"]),
            last_name=str(person["last_name"]),
            second_name=str(person.get("second_name") or ""),
            tax_id=str(person["tax_id"]),
            birth_date=str(person["birth_date"]),
            gender=str(person["gender"]),
            position="P26" if is_fop else "P2",
            email=str(person["email"]),
            documents=(Document(type="PASSPORT", number=str(person.get("passport") or "")),),
            phones=(Phone(type="MOBILE", number=str(person["phone"])),),
        ),
        public_offer=PublicOffer(consent=True),
    )


def issue_demo_key(
    sandbox: Sandbox,
    edrpou: str,
    variant: str = "valid",
    key_format: str | None = None,
    *,
    person: dict[str, Any] | None = None,
) -> DemoKey:
    """Issue a key for the head of the ЄДР record with this code (or for `person`)."""
    if variant not in VARIANTS:
        raise DemoKeyRefused(reason=f"unknown variant {variant!r}; one of {', '.join(VARIANTS)}")
    fmt_name = key_format or DEFAULT_FORMAT
    fmt = KEY_FORMATS.get(fmt_name)
    if fmt is None:
        known = ", ".join(sorted(KEY_FORMATS))
        raise DemoKeyRefused(reason=f"unknown key format {fmt_name!r}; one of {known}")
    records = sandbox.edr.active(edrpou) or sandbox.edr.search(edrpou)
    if not records:
        raise DemoKeyRefused(reason=f"no ЄДР record with code {edrpou}")
    record = records[0]
    persons = sandbox_persons(record)
    if person is None:
        if not persons:
            raise DemoKeyRefused(reason=f"ЄДР record {record['id']} has no person data")
        person = persons[0]
    is_fop = record.get("olf_code") == "910"
    now = datetime.now(UTC)
    kwargs: dict[str, Any] = {"key_type": fmt.key_type}
    if variant == "seal":
        kwargs.update(
            organization=str(record["names"]["short"] or record["names"]["name"]),
            edrpou=str(record["code"]),
            seal=True,
        )
    else:
        kwargs.update(
            surname=str(person["last_name"]),
            given_names=f"{person['first_name']} {person.get('second_name') or ''}".strip(),
            rnokpp=str(person["tax_id"]),
            edrpou="" if is_fop else str(record["code"]),
            organization="" if is_fop else str(record["names"]["short"] or ""),
            title="ФОП" if is_fop else "Директор",
            drfo_in="both",
        )
    if variant == "expired":
        kwargs.update(not_before=now - timedelta(days=800), not_after=now - timedelta(days=30))
    issued = sandbox.qtsp.issue(revoke=variant == "revoked", **kwargs)
    password = secrets.token_urlsafe(12)
    reg = registration_for(record, person, now.date())
    payload = build_payload(reg)
    canonical_bytes(payload)  # the payload must be signable as it stands
    return DemoKey(
        edrpou=str(record["code"]),
        variant=variant,
        key_format=fmt_name,
        file_name=fmt.file_name,
        key_bytes=fmt.write(issued, password),
        password=password,
        certificate_der=issued.cert_der(),
        registration=payload,
        director_name=" ".join(
            str(person.get(k) or "") for k in ("last_name", "first_name", "second_name")
        ).strip(),
    )


def fetch_demo_key(
    server_url: str, edrpou: str, variant: str = "valid", key_format: str | None = None
) -> DemoKey:
    """Ask a running sandbox for a demo key (`POST {server}/qtsp/demo-keys`)."""
    url = f"{server_url.rstrip('/')}/qtsp/demo-keys"
    spec: dict[str, Any] = {"edrpou": edrpou, "variant": variant}
    if key_format:
        spec["format"] = key_format
    try:
        response = httpx.post(url, json=spec, timeout=30.0)
    except httpx.HTTPError as exc:
        raise DemoKeyRefused(reason=network_reason(exc), url=url) from None
    if response.status_code != 200:
        try:
            message = response.json()["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = f"HTTP {response.status_code}"
        raise DemoKeyRefused(reason=str(message))
    return DemoKey.from_json(response.json())


def write_demo_key(key: DemoKey, out_dir: Path) -> list[Path]:
    """Write the key, its password and the registration, owner-only (0600).

    The certificate goes beside them as `certificate.cer` too: containers such as Key-6.dat
    do not hold it.
    """
    ensure_dir(out_dir)  # missing parents owner-only too (mkdir's mode covers only the last)
    key_path = out_dir / key.file_name
    password_path = out_dir / "password.txt"
    registration_path = out_dir / "registration.json"
    cert_path = out_dir / "certificate.cer"
    atomic_write_bytes(key_path, key.key_bytes)
    atomic_write_text(password_path, key.password + "\n")
    atomic_write_json(registration_path, key.registration)
    atomic_write_bytes(cert_path, key.certificate_der)
    return [key_path, password_path, registration_path, cert_path]
