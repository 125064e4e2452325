"""OCSP pre-check: is the signer's certificate good, revoked, unknown — or is the responder
unreachable? Four distinct outcomes; only the caller decides what blocks signing."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import httpx
from asn1crypto import core, ocsp, x509

from ehealth_wizard.core import http_fetch
from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.algorithms import (
    digest_for_signature_algorithm,
    verify_certificate_signature,
    verify_signature,
)
from ehealth_wizard.core.signing.certinfo import cert_info
from ehealth_wizard.core.signing.certparse import parse_certificates
from ehealth_wizard.core.signing.containers.der import first_field
from ehealth_wizard.core.signing.errors import UnsupportedAlgorithm
from ehealth_wizard.core.signing.issuers import issuer_of

DEFAULT_TIMEOUT = 10.0
# An OCSP answer is a few KB; a CA certificate at the caIssuers address likewise.
MAX_REPLY = 256 * 1024


class OcspStatus(StrEnum):
    GOOD = "good"
    REVOKED = "revoked"
    UNKNOWN = "unknown"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class OcspResult:
    status: OcspStatus
    url: str | None = None
    revoked_at: datetime | None = None
    reason: str | None = None
    produced_at: datetime | None = None
    # Why it is unreachable: ocsp_no_url, ocsp_issuer_unknown, ocsp_network_error,
    # ocsp_http_error, ocsp_bad_response, ocsp_refused, ocsp_signature_invalid,
    # ocsp_nonce_mismatch, ocsp_reply_too_large
    detail: str | None = None


def fetch(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    limit: int = MAX_REPLY,
    timeout: float = DEFAULT_TIMEOUT,
    content: bytes | None = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[int, bytes]:
    """(status, body) through core.http_fetch, `timeout` seconds in all. Raises an error in
    `TOO_MUCH` or another httpx.HTTPError; callers catch `TOO_MUCH` first."""
    reply = http_fetch.fetch(
        url,
        method=method,
        content=content,
        headers=headers,
        http=client,
        timeout=timeout,
        max_bytes=limit,
        total_timeout=timeout,
    )
    return reply.status_code, reply.body


# An answer too long, or one still coming at its deadline (an httpx error too): both are no
# answer worth waiting for.
TOO_MUCH = (http_fetch.ResponseTooLarge, http_fetch.AnswerTooSlow)


def key_bits(cert: x509.Certificate) -> bytes:
    """The subjectPublicKey BIT STRING's value without its unused-bits octet: what RFC 6960
    hashes for issuerKeyHash and a by-key ResponderID (openssl and real responders do)."""
    return bytes(cert.public_key["public_key"].contents[1:])


def _cert_id(
    cert: x509.Certificate, issuer: x509.Certificate, digest_name: str = "sha1"
) -> ocsp.CertId:
    return ocsp.CertId(
        {
            "hash_algorithm": digests.digest_algorithm_id(digest_name),
            "issuer_name_hash": digests.digest(digest_name, issuer.subject.dump()),
            "issuer_key_hash": digests.digest(digest_name, key_bits(issuer)),
            "serial_number": cert.serial_number,
        }
    )


def build_request(
    cert: x509.Certificate, issuer: x509.Certificate, nonce: bytes, digest_name: str = "sha1"
) -> bytes:
    """OCSPRequest for one certificate; CertID hashed with `digest_name` (some Ukrainian
    responders want "gost34311")."""
    return bytes(
        ocsp.OCSPRequest(
            {
                "tbs_request": {
                    "request_list": [{"req_cert": _cert_id(cert, issuer, digest_name)}],
                    "request_extensions": [
                        {
                            "extn_id": "nonce",
                            "critical": False,
                            "extn_value": core.OctetString(nonce),
                        }
                    ],
                }
            }
        ).dump()
    )


def find_issuer(
    cert: x509.Certificate,
    pool: Sequence[x509.Certificate],
    client: httpx.Client | None = None,
) -> x509.Certificate | None:
    """The issuer among `pool`, else downloaded from the AIA caIssuers address (if `client`)."""
    found = issuer_of(cert, pool)
    if found is not None:
        return found
    url = cert_info(cert).ca_issuers_url
    if client is None or not url:
        return None
    try:
        status, body = fetch(client, "GET", url)
    except (httpx.HTTPError, *TOO_MUCH):
        return None
    if status != 200:
        return None
    return issuer_of(cert, parse_certificates(body))  # (none from what is no certificate)


def check_ocsp(
    cert: x509.Certificate,
    *,
    issuer: x509.Certificate | None = None,
    pool: Sequence[x509.Certificate] = (),
    url: str | None = None,
    http: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    cert_id_digest: str = "sha1",
    responders: Sequence[x509.Certificate] = (),
) -> OcspResult:
    """Ask the responder (`url`, else the certificate's AIA OCSP address) about `cert`.
    `responders`: OCSP certificates known beforehand (the trust list holds providers' ones)."""
    url = url or cert_info(cert).ocsp_url
    if not url:
        return OcspResult(OcspStatus.UNREACHABLE, None, detail="ocsp_no_url")
    own = http is None
    client = http if http is not None else httpx.Client(timeout=timeout)
    try:
        if issuer is None:
            issuer = find_issuer(cert, pool, client)
        if issuer is None:
            return OcspResult(OcspStatus.UNREACHABLE, url, detail="ocsp_issuer_unknown")
        nonce = secrets.token_bytes(16)
        try:
            status, body = fetch(
                client,
                "POST",
                url,
                timeout=timeout,
                content=build_request(cert, issuer, nonce, cert_id_digest),
                headers={"Content-Type": "application/ocsp-request"},
            )
        except TOO_MUCH:
            return OcspResult(OcspStatus.UNREACHABLE, url, detail="ocsp_reply_too_large")
        except httpx.HTTPError:
            return OcspResult(OcspStatus.UNREACHABLE, url, detail="ocsp_network_error")
    finally:
        if own:
            client.close()
    if status != 200:
        return OcspResult(OcspStatus.UNREACHABLE, url, detail="ocsp_http_error")
    return interpret_response(body, cert, issuer, nonce=nonce, url=url, responders=responders)


def interpret_response(
    der: bytes,
    cert: x509.Certificate,
    issuer: x509.Certificate,
    *,
    nonce: bytes | None,
    url: str | None = None,
    responders: Sequence[x509.Certificate] = (),
) -> OcspResult:
    try:
        response = ocsp.OCSPResponse.load(der)
        if response["response_status"].native != "successful":
            return OcspResult(OcspStatus.UNREACHABLE, url, detail="ocsp_refused")
        basic = response["response_bytes"]["response"].parsed
    except Exception:
        return OcspResult(OcspStatus.UNREACHABLE, url, detail="ocsp_bad_response")
    return interpret_basic(basic, cert, issuer, nonce=nonce, url=url, responders=responders)


def interpret_basic(
    basic: ocsp.BasicOCSPResponse,
    cert: x509.Certificate,
    issuer: x509.Certificate,
    *,
    nonce: bytes | None,
    url: str | None = None,
    responders: Sequence[x509.Certificate] = (),
) -> OcspResult:
    """The status a BasicOCSPResponse gives `cert` (also one kept inside a signature, CAdES
    revocation-values: `nonce` None), believed only when signed by the issuer or by a
    responder the issuer certified for OCSP signing."""

    def unreachable(detail: str) -> OcspResult:
        return OcspResult(OcspStatus.UNREACHABLE, url, detail=detail)

    try:
        tbs_bytes = first_field(basic)
        tbs = basic["tbs_response_data"]
        responses = list(tbs["responses"])
        produced_at = tbs["produced_at"].native
        extensions = tbs["response_extensions"]
    except Exception:
        return unreachable("ocsp_bad_response")
    try:
        responder = _responder(basic, issuer, responders)
    except Exception:
        responder = None
    if responder is None:
        return unreachable("ocsp_signature_invalid")
    try:
        sig_oid = basic["signature_algorithm"]["algorithm"].dotted
        ok = verify_signature(
            responder.public_key,
            sig_oid,
            basic["signature"].native,
            tbs_bytes,
            digest_for_signature_algorithm(sig_oid),
        )
    except (UnsupportedAlgorithm, ValueError):
        ok = False
    if not ok:
        return unreachable("ocsp_signature_invalid")
    if nonce is not None and extensions.contents:
        for ext in extensions:
            if ext["extn_id"].native == "nonce" and ext["extn_value"].parsed.native != nonce:
                return unreachable("ocsp_nonce_mismatch")
    for single in responses:
        cid = single["cert_id"]
        if cid["serial_number"].native != cert.serial_number:
            continue
        try:
            name = digests.name_of(cid["hash_algorithm"])
        except UnsupportedAlgorithm:
            continue
        key_hash = digests.digest(name, key_bits(issuer))
        if cid["issuer_key_hash"].native != key_hash:
            continue
        status = single["cert_status"]
        if status.name == "good":
            return OcspResult(OcspStatus.GOOD, url, produced_at=produced_at)
        if status.name == "revoked":
            info = status.chosen
            return OcspResult(
                OcspStatus.REVOKED,
                url,
                revoked_at=info["revocation_time"].native,
                reason=info["revocation_reason"].native,
                produced_at=produced_at,
            )
        return OcspResult(OcspStatus.UNKNOWN, url, produced_at=produced_at)
    return unreachable("ocsp_bad_response")


def _responder(
    basic: ocsp.BasicOCSPResponse,
    issuer: x509.Certificate,
    known: Sequence[x509.Certificate] = (),
) -> x509.Certificate | None:
    """The CA itself, or a delegated responder it issued with id-kp-OCSPSigning (sent in the
    response or among `known`, e.g. the trust list's OCSP certificates)."""
    rid = basic["tbs_response_data"]["responder_id"]
    key_hash = digests.digest("sha1", key_bits(issuer))

    def named(cert: x509.Certificate) -> bool:
        if rid.name == "by_key":
            return bool(
                rid.chosen.native == digests.digest("sha1", key_bits(cert))
                or rid.chosen.native == cert.key_identifier
            )
        return bool(rid.chosen == cert.subject)

    if named(issuer) or (rid.name == "by_key" and rid.chosen.native == key_hash):
        return issuer
    for cand in [*(basic["certs"] or []), *known]:
        if not named(cand):
            continue
        eku = cert_info(cand).extended_key_usage
        if "1.3.6.1.5.5.7.3.9" in eku and verify_certificate_signature(cand, issuer):
            return cand
    return None
