"""A signature made elsewhere (a cloud key, the state signing page czo.gov.ua/sign, Дія.Підпис,
a provider's app): import it, check it as eHealth will, complete what is missing, never re-sign.

`import_signature` is the one function the window and `submit` share. It takes the file as the
director got it (DER, PEM or base64; attached, or detached plus the content) and, before
anything is sent:

* the signed content must be the current draft's canonical payload byte for byte (the window
  passes `expected`), or a valid v2 request (the CLI: the same checks as `check`); a difference
  is named by JSON path;
* exactly one signer, not a seal, and the signature verifies;
* the certificate passes the same pre-flight as a local key (validity, OCSP, the names and the
  ЄДРПОУ/РНОКПП rule of ehealth.api's `validate_state_registry_number`).

Then it completes the container without the key: a detached signature gets its content embedded
(the signed attributes already cover the content's digest) and a CAdES-BES gets the signature
time-stamp (an unsigned attribute) from the signer's provider TSA, else the vendor profile's.
The signed attributes and the signature value are carried over as the very bytes received.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
from asn1crypto import cms, core

from ehealth_wizard.core.atomic import atomic_write_bytes
from ehealth_wizard.core.errors import Cancelled, UserFacingError
from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.payload import (
    RegistrationFileUnknown,
    build_payload,
    canonical_bytes,
    parse_registration_data,
)
from ehealth_wizard.core.problems import Problem, Severity, has_errors
from ehealth_wizard.core.signed_file import decode_signature, read_signature_file
from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.cades import SignerResult, verify_cades
from ehealth_wizard.core.signing.certinfo import CertInfo
from ehealth_wizard.core.signing.cms import certificates_of
from ehealth_wizard.core.signing.errors import CadesError, TspError
from ehealth_wizard.core.signing.ocsp import OcspResult, check_ocsp
from ehealth_wizard.core.signing.preflight import KEY_PATH, preflight
from ehealth_wizard.core.signing.tsp import request_timestamp
from ehealth_wizard.core.validation import file_problems

CONTENT_PATH = "$"
# Verification codes the pre-flight words better (it says what to do about the certificate).
_LEFT_TO_PREFLIGHT = frozenset({"cades_cert_expired", "cades_cert_not_yet_valid"})


class ExternalSignatureRefused(UserFacingError):
    """The imported signature would be refused by eHealth; `problems` say why, field by field."""

    code = "external_signature_refused"

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(count=len([p for p in problems if p.severity is Severity.ERROR]))
        self.problems: tuple[Problem, ...] = tuple(problems)


@dataclass(frozen=True)
class ImportedSignature:
    """A checked external signature, completed and ready to send as `der`."""

    der: bytes  # attached, time-stamped: what goes to eHealth
    received: bytes  # the DER as the director's file held it
    content: bytes
    registration: Registration
    facts: CertInfo
    completed: tuple[str, ...] = ()  # "content_embedded", "timestamp_added"
    tsa_url: str = ""
    timestamp_time: datetime | None = None
    warnings: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def changed(self) -> bool:
        return self.der != self.received


# --- the content --------------------------------------------------------------------------------


def payload_differences(expected: Any, actual: Any, path: str = "$") -> list[str]:
    """JSON paths where `actual` differs from `expected` (added, missing or changed)."""
    if isinstance(expected, Mapping) and isinstance(actual, Mapping):
        out: list[str] = []
        for key in sorted(set(expected) | set(actual), key=str):
            out.extend(
                payload_differences(expected.get(key), actual.get(key), f"{path}.{key}")
                if key in expected and key in actual
                else [f"{path}.{key}"]
            )
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        out = []
        for i in range(max(len(expected), len(actual))):
            if i < len(expected) and i < len(actual):
                out.extend(payload_differences(expected[i], actual[i], f"{path}[{i}]"))
            else:
                out.append(f"{path}[{i}]")
        return out
    if type(expected) is not type(actual) or expected != actual:
        return [path]
    return []


def _json(content: bytes) -> Any:
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def content_problems(
    content: bytes, expected: bytes | None, today: date | None = None
) -> tuple[Registration | None, list[Problem]]:
    """Is this the registration? With `expected` (the draft's canonical payload): byte for byte,
    else each differing field. Without: a v2 request that passes the `check` rules."""
    data = _json(content)
    if expected is not None:
        if content == expected:
            return None, []
        want = _json(expected)
        if not isinstance(data, Mapping):
            return None, [Problem(CONTENT_PATH, "external_content_not_registration")]
        paths = payload_differences(want, data) or [CONTENT_PATH]  # same data, other bytes
        return None, [
            Problem(p, "external_content_differs", {"field": p.removeprefix("$.")}) for p in paths
        ]
    try:
        loaded = parse_registration_data(data)
    except (RegistrationFileUnknown, UserFacingError):
        return None, [Problem(CONTENT_PATH, "external_content_not_registration")]
    if loaded.kind != "payload":
        return None, [Problem(CONTENT_PATH, "external_content_not_registration")]
    return loaded.registration, list(file_problems(loaded, today))


# --- completing ---------------------------------------------------------------------------------


def _signed_bytes(signer_info: cms.SignerInfo) -> tuple[bytes, bytes]:
    return bytes(signer_info["signed_attrs"].dump()), bytes(signer_info["signature"].dump())


def complete(
    der: bytes,
    *,
    content: bytes | None,
    timestamp: cms.ContentInfo | None,
) -> bytes:
    """The same signature with `content` embedded (when given) and `timestamp` added as the
    signature time-stamp (unsigned) attribute. Every signed byte is carried over as received;
    raises CadesError if that could not be kept (it then never reaches the server)."""
    info = cms.ContentInfo.load(der)
    signed = info["content"]
    old = signed["signer_infos"][0]
    before = _signed_bytes(old)
    signer_info = old
    if timestamp is not None:
        unsigned = list(old["unsigned_attrs"]) if old["unsigned_attrs"].contents else []
        unsigned.append(
            cms.CMSAttribute({"type": "signature_time_stamp_token", "values": [timestamp]})
        )
        signer_info = cms.SignerInfo(
            {
                "version": old["version"],
                "sid": old["sid"],
                "digest_algorithm": old["digest_algorithm"],
                "signed_attrs": old["signed_attrs"],
                "signature_algorithm": old["signature_algorithm"],
                "signature": old["signature"],
                "unsigned_attrs": cms.CMSAttributes(unsigned),
            }
        )
    encap: Any = signed["encap_content_info"]
    if content is not None:
        encap = {"content_type": encap["content_type"], "content": content}
    fields: dict[str, Any] = {
        "version": signed["version"],
        "digest_algorithms": signed["digest_algorithms"],
        "encap_content_info": encap,
        "signer_infos": cms.SignerInfos([signer_info]),
    }
    for optional in ("certificates", "crls"):
        if not isinstance(signed[optional], core.Void):
            fields[optional] = signed[optional]
    out = cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData(fields)})
    result = bytes(out.dump())
    after = _signed_bytes(cms.ContentInfo.load(result)["content"]["signer_infos"][0])
    if after != before:
        raise CadesError("external_signed_bytes_changed")
    return result


# --- the one entry point ------------------------------------------------------------------------


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _verify(der: bytes, content: bytes | None) -> tuple[Any, list[Problem]]:
    try:
        return verify_cades(der, content=content, strict=False), []
    except CadesError as exc:
        return None, [Problem(KEY_PATH, exc.code, dict(exc.params))]


def _signer_problems(signers: Sequence[SignerResult]) -> list[Problem]:
    seals = [s for s in signers if s.is_seal]
    if len(signers) != 1:
        return [
            Problem(
                KEY_PATH,
                "external_signer_count",
                {"signatures": len(signers) - len(seals), "seals": len(seals)},
            )
        ]
    only = signers[0]
    if not only.valid and only.status not in _LEFT_TO_PREFLIGHT:
        return [Problem(KEY_PATH, only.status)]
    return []


def import_signature(
    raw: bytes,
    *,
    content: bytes | None = None,
    expected: bytes | None = None,
    registration: Registration | None = None,
    tsp_url: str | None = None,
    http: httpx.Client | None = None,
    ocsp: bool = True,
    now: datetime | None = None,
    today: date | None = None,
    cancel: threading.Event | None = None,
) -> ImportedSignature:
    """Check a signature made elsewhere and complete it; raise ExternalSignatureRefused.

    `raw`: the file's bytes (DER, PEM or base64). `content`: the signed bytes of a detached
    signature. `expected` + `registration`: the window's draft (its canonical payload must be
    what was signed; a detached signature is matched against it). Without them the content must
    be a valid v2 request. `tsp_url`: the vendor profile's TSA, used when the certificate names
    none. Network: OCSP (unless `ocsp=False`) and, for a CAdES-BES, one time-stamp request.
    """
    der = decode_signature(raw)
    if content is None and expected is not None:
        content = expected  # detached: the wizard wrote these bytes for signing
    result, problems = _verify(der, content)
    if result is None and problems and problems[0].code == "cades_content_mismatch":
        # attached, and the given/expected content differs: name the fields instead
        result, problems = _verify(der, None)
    if result is None:
        raise ExternalSignatureRefused(problems)
    problems.extend(_signer_problems(result.signers))
    signed_content = bytes(result.content)
    reg, found = content_problems(signed_content, expected, today)
    problems.extend(found)
    if expected is not None:
        reg = registration
    first = result.signers[0]
    facts = first.facts
    if has_errors(problems) or reg is None or facts is None or first.certificate is None:
        raise ExternalSignatureRefused(problems)
    _check_cancel(cancel)
    status: OcspResult | None = None
    if ocsp:
        pool = certificates_of(cms.ContentInfo.load(der)["content"])
        status = check_ocsp(first.certificate, pool=pool, http=http)
    problems.extend(preflight(reg, facts, now=now or datetime.now(UTC), ocsp=status))
    if has_errors(problems):
        raise ExternalSignatureRefused(problems)
    _check_cancel(cancel)

    info = cms.ContentInfo.load(der)
    detached = isinstance(info["content"]["encap_content_info"]["content"], core.Void)
    completed: list[str] = ["content_embedded"] if detached else []
    token = None
    url = ""
    if first.timestamp is None:
        url = facts.tsp_url or (tsp_url or "")
        if not url:
            raise ExternalSignatureRefused([*problems, Problem(KEY_PATH, "external_no_tsa")])
        signature = info["content"]["signer_infos"][0]["signature"].native
        try:
            token, _ = request_timestamp(
                url, first.digest_name, digests.digest(first.digest_name, signature), http=http
            )
        except TspError as exc:
            raise ExternalSignatureRefused(
                [*problems, Problem(KEY_PATH, exc.code, dict(exc.params))]
            ) from None
        completed.append("timestamp_added")
    final = der
    if completed:
        final = complete(der, content=signed_content if detached else None, timestamp=token)
    check = verify_cades(final, strict=False).signers[0]
    stamped = check.timestamp
    if stamped is None or not stamped.valid or _signer_problems([check]):
        raise ExternalSignatureRefused([*problems, Problem(KEY_PATH, "cades_timestamp_invalid")])
    return ImportedSignature(
        der=final,
        received=der,
        content=signed_content,
        registration=reg,
        facts=facts,
        completed=tuple(completed),
        tsa_url=url,
        timestamp_time=stamped.time,
        warnings=tuple(problems),
    )


# --- the window's round trip --------------------------------------------------------------------

PENDING_KEY = "external_signature"  # draft meta.extra: the file saved for signing elsewhere


@dataclass(frozen=True)
class PendingSignature:
    """What a draft remembers while it waits for a signature made elsewhere (no secret: a path
    and the SHA-256 of the bytes saved for signing)."""

    payload_path: str
    payload_sha256: str
    saved_at: str
    signed_path: str = ""

    def matches(self, content: bytes) -> bool:
        """Is `content` (the draft's payload now) what was saved for signing?"""
        return hashlib.sha256(content).hexdigest() == self.payload_sha256

    def to_extra(self) -> dict[str, Any]:
        return {
            PENDING_KEY: {
                "payload_path": self.payload_path,
                "payload_sha256": self.payload_sha256,
                "saved_at": self.saved_at,
                "signed_path": self.signed_path,
            }
        }

    @classmethod
    def from_extra(cls, extra: Mapping[str, Any]) -> PendingSignature | None:
        data = extra.get(PENDING_KEY)
        if not isinstance(data, Mapping):
            return None
        values = {k: data.get(k) for k in ("payload_path", "payload_sha256", "saved_at")}
        if not all(isinstance(v, str) and v for v in values.values()):
            return None
        signed = data.get("signed_path")
        return cls(**values, signed_path=signed if isinstance(signed, str) else "")  # type: ignore[arg-type]


def save_for_signing(path: str | Path, content: bytes) -> PendingSignature:
    """Write the exact bytes to be signed (owner-only, atomically) and say what was written."""
    atomic_write_bytes(path, content)
    return PendingSignature(
        payload_path=str(path),
        payload_sha256=hashlib.sha256(content).hexdigest(),
        saved_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def import_signature_file(
    path: str | Path,
    registration: Registration,
    *,
    tsp_url: str | None = None,
    cancel: threading.Event | None = None,
) -> ImportedSignature:
    """The window's import: the signed file must hold this draft's canonical payload."""
    raw = read_signature_file(path)
    expected = canonical_bytes(build_payload(registration))
    return import_signature(
        raw, expected=expected, registration=registration, tsp_url=tsp_url, cancel=cancel
    )
