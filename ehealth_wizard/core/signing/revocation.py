"""Was the signer's certificate revoked, and when? For `verify`: the answers a signature carries
(CAdES-X-Long revocation-values, SignedData `crls`) first, then the certificate's OCSP responder
(AIA) or, when it names none, its CRL distribution point — each read within a size and time cap.

The verifier (cades.py) turns the answer into an outcome against the time the signature
time-stamp proves; this module only says what the providers say.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from asn1crypto import cms, core, crl, ocsp, x509

from ehealth_wizard.core.signing.algorithms import (
    digest_for_signature_algorithm,
    verify_signature,
)
from ehealth_wizard.core.signing.containers.der import first_field
from ehealth_wizard.core.signing.ocsp import (
    DEFAULT_TIMEOUT,
    TOO_MUCH,
    OcspResult,
    OcspStatus,
    check_ocsp,
    fetch,
    find_issuer,
    interpret_basic,
)

# A provider's full CRL can hold tens of thousands of entries (a few MB); more is not one.
MAX_CRL = 20 * 1024 * 1024
REVOCATION_VALUES = "1.2.840.113549.1.9.16.2.24"  # id-aa-ets-revocationValues
OCSP_RESPONSE_FORMAT = "1.3.6.1.5.5.7.16.2"  # id-ri-ocsp-response (RFC 5940)

GOOD = "good"
REVOKED = "revoked"
UNKNOWN = "unknown"  # asked, but no answer that can be believed
NOT_CHECKED = "not_checked"  # offline and nothing in the signature, or nowhere to ask


@dataclass(frozen=True)
class RevocationPolicy:
    """How `verify_cades` looks for revocation: `online` False uses only what the signature
    carries. `timeout`: seconds for each request in all; `http`: a client to reuse."""

    online: bool = True
    http: httpx.Client | None = None
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class RevocationStatus:
    """`status` good / revoked / unknown / not_checked; `source` "ocsp", "crl" (asked now) or
    "signature-ocsp", "signature-crl" (carried in the signature); `detail` why unknown
    (ocsp_* codes, crl_* codes, no_revocation_source, issuer_unknown)."""

    status: str
    source: str | None = None
    url: str | None = None
    revoked_at: datetime | None = None
    reason: str | None = None
    produced_at: datetime | None = None
    detail: str | None = None


class _BasicResponses(core.SequenceOf):  # type: ignore[misc]
    _child_spec = ocsp.BasicOCSPResponse


class _CertificateLists(core.SequenceOf):  # type: ignore[misc]
    _child_spec = crl.CertificateList


class _RevocationValues(core.Sequence):  # type: ignore[misc]
    """RFC 5126 RevocationValues (explicit tags)."""

    _fields = [  # noqa: RUF012 - asn1crypto schema
        ("crl_vals", _CertificateLists, {"explicit": 0, "optional": True}),
        ("ocsp_vals", _BasicResponses, {"explicit": 1, "optional": True}),
        ("other_rev_vals", core.Any, {"explicit": 2, "optional": True}),
    ]


def embedded_values(
    signed: cms.SignedData, signer_info: cms.SignerInfo
) -> tuple[list[ocsp.BasicOCSPResponse], list[crl.CertificateList]]:
    """The OCSP answers and CRLs a signature carries; unreadable ones are skipped."""
    answers: list[ocsp.BasicOCSPResponse] = []
    lists: list[crl.CertificateList] = []
    try:
        unsigned = signer_info["unsigned_attrs"]
        attrs = list(unsigned) if unsigned.contents else []
    except ValueError:
        attrs = []
    for attr in attrs:
        try:
            if attr["type"].dotted != REVOCATION_VALUES:
                continue
            for value in attr["values"]:
                values = _RevocationValues.load(value.dump())
                if values["crl_vals"].contents:
                    lists.extend(values["crl_vals"])
                if values["ocsp_vals"].contents:
                    answers.extend(values["ocsp_vals"])
        except ValueError:
            continue
    try:
        choices = list(signed["crls"]) if signed["crls"].contents else []
    except ValueError:
        choices = []
    for choice in choices:
        try:
            if choice.name == "crl":
                lists.append(choice.chosen)
            elif choice.chosen["other_rev_info_format"].dotted == OCSP_RESPONSE_FORMAT:
                raw = choice.chosen["other_rev_info"].dump()
                response = ocsp.OCSPResponse.load(raw)
                answers.append(response["response_bytes"]["response"].parsed)
        except (ValueError, KeyError, TypeError):
            continue
    return answers, lists


def check_revocation(
    cert: x509.Certificate,
    *,
    pool: Sequence[x509.Certificate],
    trusted: Sequence[x509.Certificate] = (),
    embedded: tuple[Sequence[ocsp.BasicOCSPResponse], Sequence[crl.CertificateList]] = ((), ()),
    policy: RevocationPolicy,
    signed_at: datetime | None = None,
) -> RevocationStatus:
    """The revocation status of `cert`: from the signature's own values when one of them is a
    believable answer, else (when `policy.online`) from its OCSP responder or CRL.

    `signed_at` (the time-stamp's time, else the claimed signing time): a carried "good"
    answer counts only if it was current then — an OCSP answer produced at most a day before
    (tools fetch it just before signing), a CRL whose nextUpdate is not before it. A carried
    "revoked" always counts."""
    known = [*pool, *trusted]
    issuer = find_issuer(cert, known)
    answers, lists = embedded
    if issuer is not None:
        for basic in answers:
            found = _from_ocsp(basic, cert, issuer, known)
            if found is not None and (found.status == REVOKED or _current(found, signed_at)):
                return found
        for item in lists:
            from_list = crl_status(item, cert, issuer, source="signature-crl")
            if from_list is not None and (
                from_list.status == REVOKED or _current(from_list, signed_at, _next_update(item))
            ):
                return from_list
    if not policy.online:
        return RevocationStatus(NOT_CHECKED)
    ocsp_url, crl_urls = _addresses(cert)
    if not ocsp_url and not crl_urls:  # nothing to ask: said, but not held against it
        return RevocationStatus(NOT_CHECKED, detail="no_revocation_source")
    own = policy.http is None
    client = policy.http if policy.http is not None else httpx.Client(timeout=policy.timeout)
    try:
        if issuer is None:
            issuer = find_issuer(cert, known, client)
        if issuer is None:
            return RevocationStatus(UNKNOWN, url=ocsp_url, detail="issuer_unknown")
        asked: RevocationStatus | None = None
        if ocsp_url:
            answer = check_ocsp(
                cert,
                issuer=issuer,
                url=ocsp_url,
                http=client,
                timeout=policy.timeout,
                responders=known,
            )
            asked = _ocsp_status(answer, "ocsp")
            if asked.status != UNKNOWN:
                return asked
        for url in crl_urls:  # no OCSP, or it gave no answer
            from_list = download_crl_status(cert, issuer, url, client, policy.timeout)
            if from_list.status != UNKNOWN or asked is None:
                return from_list
        return asked or RevocationStatus(UNKNOWN, detail="no_revocation_source")
    finally:
        if own:
            client.close()


CARRIED_OCSP_AGE = timedelta(days=1)


def _current(
    found: RevocationStatus, signed_at: datetime | None, next_update: datetime | None = None
) -> bool:
    if signed_at is None or found.produced_at is None:
        return signed_at is None
    if found.source == "signature-crl":
        return (next_update or found.produced_at + CARRIED_OCSP_AGE) >= signed_at
    return found.produced_at >= signed_at - CARRIED_OCSP_AGE


def _next_update(item: crl.CertificateList) -> datetime | None:
    try:
        value = item["tbs_cert_list"]["next_update"].native
    except ValueError:
        return None
    return value if isinstance(value, datetime) else None


def _addresses(cert: x509.Certificate) -> tuple[str | None, list[str]]:
    from ehealth_wizard.core.signing.certinfo import cert_info

    ocsp_url = cert_info(cert).ocsp_url
    urls: list[str] = []
    try:
        for point in cert.crl_distribution_points:
            url = point.url
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                urls.append(url)
    except (ValueError, TypeError, KeyError):
        pass
    return ocsp_url, urls


def _ocsp_status(answer: OcspResult, source: str) -> RevocationStatus:
    if answer.status is OcspStatus.GOOD:
        return RevocationStatus(GOOD, source, answer.url, produced_at=answer.produced_at)
    if answer.status is OcspStatus.REVOKED:
        return RevocationStatus(
            REVOKED,
            source,
            answer.url,
            revoked_at=answer.revoked_at,
            reason=answer.reason,
            produced_at=answer.produced_at,
        )
    detail = answer.detail or "ocsp_status_unknown"
    return RevocationStatus(UNKNOWN, source, answer.url, detail=detail)


def _from_ocsp(
    basic: ocsp.BasicOCSPResponse,
    cert: x509.Certificate,
    issuer: x509.Certificate,
    known: Sequence[x509.Certificate],
) -> RevocationStatus | None:
    """A carried OCSP answer about `cert` that its issuer (or its responder) signed, else None."""
    try:
        answer = interpret_basic(basic, cert, issuer, nonce=None, responders=known)
    except Exception:  # a damaged answer inside a signature: as if absent
        return None
    if answer.status in (OcspStatus.GOOD, OcspStatus.REVOKED):
        return _ocsp_status(answer, "signature-ocsp")
    return None


def download_crl_status(
    cert: x509.Certificate,
    issuer: x509.Certificate,
    url: str,
    client: httpx.Client,
    timeout: float = DEFAULT_TIMEOUT,
) -> RevocationStatus:
    """Fetch the CRL at `url` (at most MAX_CRL bytes, `timeout` seconds) and look `cert` up."""

    def unknown(detail: str) -> RevocationStatus:
        return RevocationStatus(UNKNOWN, "crl", url, detail=detail)

    try:
        status, body = fetch(client, "GET", url, limit=MAX_CRL, timeout=timeout)
    except TOO_MUCH:
        return unknown("crl_too_large")
    except httpx.HTTPError:
        return unknown("crl_network_error")
    if status != 200:
        return unknown("crl_http_error")
    try:
        item = crl.CertificateList.load(body)
        item["tbs_cert_list"]["issuer"].native  # noqa: B018
    except ValueError:
        return unknown("crl_bad")
    found = crl_status(item, cert, issuer, source="crl", url=url)
    if found is None:
        return unknown("crl_signature_invalid")
    if found.status == GOOD:
        next_update = _next_update(item)
        if next_update is not None and next_update < datetime.now(UTC):
            return unknown("crl_stale")
    return found


def crl_status(
    item: crl.CertificateList,
    cert: x509.Certificate,
    issuer: x509.Certificate,
    *,
    source: str,
    url: str | None = None,
) -> RevocationStatus | None:
    """good / revoked by this CRL, or None when `issuer` did not sign it (or it is damaged)."""
    try:
        tbs_bytes = first_field(item)
        tbs = item["tbs_cert_list"]
        if tbs["issuer"] != cert.issuer:
            return None
        sig_oid = item["signature_algorithm"]["algorithm"].dotted
        if not verify_signature(
            issuer.public_key,
            sig_oid,
            item["signature"].native,
            tbs_bytes,
            digest_for_signature_algorithm(sig_oid),
        ):
            return None
        this_update = tbs["this_update"].native
        entries: Any = tbs["revoked_certificates"]
        serial = cert.serial_number
        for entry in entries if entries.contents else []:
            if entry["user_certificate"].native != serial:
                continue
            reason = entry.crl_reason_value
            return RevocationStatus(
                REVOKED,
                source,
                url,
                revoked_at=entry["revocation_date"].native,
                reason=reason.native if reason is not None else None,
                produced_at=this_update,
            )
    except Exception:  # damaged list, or a key/algorithm we cannot check it with
        return None
    return RevocationStatus(GOOD, source, url, produced_at=this_update)
