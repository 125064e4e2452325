"""What a (Ukrainian qualified) certificate says: names, РНОКПП, ЄДРПОУ, seal or person, usage,
validity, issuer, OCSP/TSP/CA-issuer addresses, qualified statements.

Every field is read on its own and an odd or unknown one is skipped, so a certificate from any
provider yields facts instead of an exception.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from asn1crypto import core, keys, x509

from ehealth_wizard.core.signing import dstu_spki

DRFO_OID = "1.2.804.2.1.1.1.11.1.4.1.1"
EDRPOU_OID = "1.2.804.2.1.1.1.11.1.4.2.1"
SEAL_EKU_OID = "1.2.804.2.1.1.1.3.9"
UA_QC_STATEMENT_OID = "1.2.804.2.1.1.1.2.1"
QC_COMPLIANCE_OID = "0.4.0.1862.1.1"
QC_SSCD_OID = "0.4.0.1862.1.4"
QC_TYPE_OID = "0.4.0.1862.1.6"
QC_TYPE_ESIGN = "0.4.0.1862.1.6.1"
QC_TYPE_ESEAL = "0.4.0.1862.1.6.2"
QC_STATEMENTS_EXT = "1.3.6.1.5.5.7.1.3"
SDA_EXT = "2.5.29.9"
KEY_USAGE_EXT = "2.5.29.15"
EKU_EXT = "2.5.29.37"
AIA_EXT = "1.3.6.1.5.5.7.1.1"
SIA_EXT = "1.3.6.1.5.5.7.1.11"
SKI_EXT = "2.5.29.14"
AD_OCSP = "1.3.6.1.5.5.7.48.1"
AD_CA_ISSUERS = "1.3.6.1.5.5.7.48.2"
AD_TIME_STAMPING = "1.3.6.1.5.5.7.48.3"

KEY_USAGE_BITS = (
    "digital_signature",
    "non_repudiation",
    "key_encipherment",
    "data_encipherment",
    "key_agreement",
    "key_cert_sign",
    "crl_sign",
    "encipher_only",
    "decipher_only",
)


# --- ASN.1 shapes asn1crypto does not ship --------------------------------------------------------


class QcStatement(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012 - asn1crypto schema
        ("statement_id", core.ObjectIdentifier),
        ("statement_info", core.Any, {"optional": True}),
    ]


class QcStatements(core.SequenceOf):  # type: ignore[misc]
    _child_spec = QcStatement


class QcTypes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = core.ObjectIdentifier


class _AnyAttribute(core.Sequence):  # type: ignore[misc]
    _fields = [("type", core.ObjectIdentifier), ("values", core.SetOf, {"spec": core.Any})]  # noqa: RUF012


class _AnyAttributes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _AnyAttribute


class _AccessDescription(core.Sequence):  # type: ignore[misc]
    _fields = [("method", core.ObjectIdentifier), ("location", x509.GeneralName)]  # noqa: RUF012


class _AccessDescriptions(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _AccessDescription


# --- facts -------------------------------------------------------------------------------------

# spki -> human algorithm name ("ECDSA P-256", "RSA 2048", "DSTU 4145-2002 M257", ...)
KeyDescriber = Callable[[keys.PublicKeyInfo], str]


def _describe_ec(spki: keys.PublicKeyInfo) -> str:
    names = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}
    curve = spki["algorithm"]["parameters"].chosen.native
    return f"ECDSA {names.get(str(curve), str(curve))}"


def _describe_rsa(spki: keys.PublicKeyInfo) -> str:
    return f"RSA {spki.bit_size}"


_DESCRIBERS: dict[str, KeyDescriber] = {
    "1.2.840.10045.2.1": _describe_ec,
    "1.2.840.113549.1.1.1": _describe_rsa,
    dstu_spki.DSTU4145_LE: dstu_spki.describe,
    dstu_spki.DSTU4145_BE: dstu_spki.describe,
}


def describe_key(spki: keys.PublicKeyInfo) -> str:
    oid = spki["algorithm"]["algorithm"].dotted
    describer = _DESCRIBERS.get(oid)
    if describer is not None:
        with contextlib.suppress(Exception):
            return describer(spki)
    return str(oid)


@dataclass(frozen=True)
class CertInfo:
    surname: str = ""
    given_names: str = ""
    full_name: str = ""
    rnokpp: str = ""
    edrpou: str = ""
    organization: str = ""
    title: str = ""
    is_seal: bool = False
    key_usage: tuple[str, ...] = ()
    extended_key_usage: tuple[str, ...] = ()
    not_before: datetime | None = None
    not_after: datetime | None = None
    issuer: str = ""
    issuer_edrpou: str = ""
    serial: str = ""
    algorithm: str = ""
    ocsp_urls: tuple[str, ...] = ()
    tsp_urls: tuple[str, ...] = ()
    ca_issuers_urls: tuple[str, ...] = ()
    qc_statements: tuple[str, ...] = ()
    qc_types: tuple[str, ...] = ()
    policies: tuple[str, ...] = ()
    subject_key_id: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def ocsp_url(self) -> str | None:
        return self.ocsp_urls[0] if self.ocsp_urls else None

    @property
    def tsp_url(self) -> str | None:
        return self.tsp_urls[0] if self.tsp_urls else None

    @property
    def ca_issuers_url(self) -> str | None:
        return self.ca_issuers_urls[0] if self.ca_issuers_urls else None

    @property
    def is_qualified(self) -> bool:
        return QC_COMPLIANCE_OID in self.qc_statements or UA_QC_STATEMENT_OID in self.qc_statements

    @property
    def can_sign(self) -> bool:
        """digitalSignature or nonRepudiation (or no keyUsage restriction at all)."""
        if not self.key_usage and "key_usage_absent" in self.extra:
            return True
        return bool({"digital_signature", "non_repudiation"} & set(self.key_usage))

    def to_json(self) -> dict[str, Any]:
        """The `key-info --json` object."""
        return {
            "surname": self.surname,
            "given_names": self.given_names,
            "full_name": self.full_name,
            "rnokpp": self.rnokpp or None,
            "edrpou": self.edrpou or None,
            "organization": self.organization or None,
            "title": self.title or None,
            "is_seal": self.is_seal,
            "is_qualified": self.is_qualified,
            "key_usage": list(self.key_usage),
            "extended_key_usage": list(self.extended_key_usage),
            "not_before": _iso(self.not_before),
            "not_after": _iso(self.not_after),
            "issuer": self.issuer,
            "serial": self.serial,
            "algorithm": self.algorithm,
            "ocsp_url": self.ocsp_url,
            "tsp_url": self.tsp_url,
            "ca_issuers_url": self.ca_issuers_url,
            "qc_statements": list(self.qc_statements),
        }


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value)
    return str(value).strip() if value is not None else ""


def _name_fields(name: x509.Name) -> dict[str, str]:
    out: dict[str, str] = {}
    for rdn in name.chosen:
        for atv in rdn:
            with contextlib.suppress(Exception):
                key = atv["type"].native
                val = _text(atv["value"].native)
                out[key] = f"{out[key]} {val}" if key in out else val
    return out


class _RawExtension(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012 - asn1crypto schema
        ("extn_id", core.ObjectIdentifier),
        ("critical", core.Boolean, {"default": False}),
        ("extn_value", core.OctetString),
    ]


class _RawExtensions(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _RawExtension


def raw_extensions(cert: x509.Certificate) -> dict[str, bytes]:
    """Extension OID -> extnValue bytes, without asn1crypto's typed (and fragile) parsing;
    {} when the certificate has no readable extensions block (never raises)."""
    return _read_extensions(cert) or {}


def _read_extensions(cert: x509.Certificate) -> dict[str, bytes] | None:
    """As `raw_extensions`; None when the extensions block itself is damaged (then nothing,
    e.g. "no keyUsage restriction", may be concluded from what is missing)."""
    out: dict[str, bytes] = {}
    try:
        exts = cert["tbs_certificate"]["extensions"]
        if not exts.contents:
            return out
        items = list(_RawExtensions.load(exts.untag().dump() if exts.explicit else exts.dump()))
    except Exception:  # malformed DER in the TBS or in the extensions SEQUENCE
        return None
    for ext in items:
        with contextlib.suppress(Exception):
            out[ext["extn_id"].dotted] = ext["extn_value"].native
    return out


def _string_value(any_value: core.Any) -> str:
    parsed = core.load(any_value.dump())
    native = parsed.native
    if isinstance(native, bytes):
        return native.decode("utf-8", "replace").strip()
    return _text(native)


_DIGITS = re.compile(r"\d+")


def _prefixed(value: str, prefix: str) -> str:
    """'TINUA-1234567890' -> '1234567890'; '' when the value does not have that prefix."""
    if value.upper().startswith(prefix):
        m = _DIGITS.search(value[len(prefix) :])
        return m.group(0) if m else ""
    return ""


def _urls(raw: bytes, method: str) -> tuple[str, ...]:
    out = []
    for desc in _AccessDescriptions.load(raw):
        with contextlib.suppress(Exception):
            if desc["method"].dotted == method and desc["location"].name == (
                "uniform_resource_identifier"
            ):
                out.append(str(desc["location"].native))
    return tuple(out)


def cert_info(cert: x509.Certificate) -> CertInfo:
    """Facts of a certificate; fields the certificate lacks stay empty."""
    tbs = cert["tbs_certificate"]
    facts: dict[str, Any] = {}
    extra: dict[str, str] = {}
    subject: dict[str, str] = {}
    with contextlib.suppress(Exception):
        subject = _name_fields(tbs["subject"])
    surname = subject.get("surname", "")
    given = subject.get("given_name", "")
    facts["surname"] = surname
    facts["given_names"] = given
    facts["full_name"] = subject.get("common_name", "") or " ".join(
        p for p in (surname, given) if p
    )
    facts["organization"] = subject.get("organization_name", "")
    facts["title"] = subject.get("title", "")
    rnokpp = ""
    edrpou = ""
    read = _read_extensions(cert)
    if read is None:
        extra["extensions_unreadable"] = "1"
    exts = read or {}
    with contextlib.suppress(Exception):
        if SDA_EXT in exts:
            for attr in _AnyAttributes.load(exts[SDA_EXT]):
                oid = attr["type"].dotted
                if oid in (DRFO_OID, EDRPOU_OID) and len(attr["values"]):
                    value = _string_value(attr["values"][0])
                    if oid == DRFO_OID and not rnokpp:
                        rnokpp = value
                    elif oid == EDRPOU_OID and not edrpou:
                        edrpou = value
    serial_attr = subject.get("serial_number", "")
    if not rnokpp:
        rnokpp = _prefixed(serial_attr, "TINUA-")
    if not edrpou:
        edrpou = _prefixed(subject.get("organization_identifier", ""), "NTRUA-")
    facts["rnokpp"] = rnokpp
    facts["edrpou"] = edrpou
    key_usage: tuple[str, ...] = ()
    if KEY_USAGE_EXT in exts:
        with contextlib.suppress(Exception):
            bits = x509.KeyUsage.load(exts[KEY_USAGE_EXT]).native
            key_usage = tuple(b for b in KEY_USAGE_BITS if b in bits)
    elif read is not None:  # absent, not unreadable
        extra["key_usage_absent"] = "1"
    facts["key_usage"] = key_usage
    eku: tuple[str, ...] = ()
    with contextlib.suppress(Exception):
        if EKU_EXT in exts:
            eku = tuple(p.dotted for p in x509.ExtKeyUsageSyntax.load(exts[EKU_EXT]))
    facts["extended_key_usage"] = eku
    statements: list[str] = []
    qc_types: list[str] = []
    with contextlib.suppress(Exception):
        if QC_STATEMENTS_EXT in exts:
            for st in QcStatements.load(exts[QC_STATEMENTS_EXT]):
                sid = st["statement_id"].dotted
                statements.append(sid)
                if sid == QC_TYPE_OID and st["statement_info"].native is not None:
                    with contextlib.suppress(Exception):
                        types = QcTypes.load(st["statement_info"].dump())
                        qc_types.extend(t.dotted for t in types)
    facts["qc_statements"] = tuple(statements)
    facts["qc_types"] = tuple(qc_types)
    facts["is_seal"] = SEAL_EKU_OID in eku or QC_TYPE_ESEAL in qc_types
    with contextlib.suppress(Exception):
        facts["not_before"] = tbs["validity"]["not_before"].native
        facts["not_after"] = tbs["validity"]["not_after"].native
    with contextlib.suppress(Exception):
        issuer = _name_fields(tbs["issuer"])
        facts["issuer"] = (
            issuer.get("common_name")
            or issuer.get("organization_name")
            or tbs["issuer"].human_friendly
        )
        facts["issuer_edrpou"] = _prefixed(issuer.get("organization_identifier", ""), "NTRUA-")
    with contextlib.suppress(Exception):
        facts["serial"] = format(tbs["serial_number"].native, "X")
    with contextlib.suppress(Exception):
        facts["algorithm"] = describe_key(tbs["subject_public_key_info"])
    with contextlib.suppress(Exception):
        if AIA_EXT in exts:
            facts["ocsp_urls"] = _urls(exts[AIA_EXT], AD_OCSP)
            facts["ca_issuers_urls"] = _urls(exts[AIA_EXT], AD_CA_ISSUERS)
    with contextlib.suppress(Exception):
        if SIA_EXT in exts:
            facts["tsp_urls"] = _urls(exts[SIA_EXT], AD_TIME_STAMPING)
    with contextlib.suppress(Exception):
        if SKI_EXT in exts:
            facts["subject_key_id"] = core.OctetString.load(exts[SKI_EXT]).native.hex()
    with contextlib.suppress(Exception):
        policies = x509.CertificatePolicies.load(exts["2.5.29.32"])
        facts["policies"] = tuple(p["policy_identifier"].dotted for p in policies)
    if serial_attr:
        extra["subject_serial_number"] = serial_attr
    return CertInfo(**facts, extra=extra)
