"""RFC 3161 time-stamps: the client (request, send, check the reply) and the token verifier."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import httpx
from asn1crypto import cms, core, tsp, x509

from ehealth_wizard.core.http_fetch import ResponseTooLarge, fetch
from ehealth_wizard.core.reasons import host_of, network_reason
from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.certinfo import cert_info
from ehealth_wizard.core.signing.cms import (
    certificates_of,
    chains_to,
    find_signer_certificate,
    remember_received,
    verify_signer_info,
)
from ehealth_wizard.core.signing.errors import TspError, UnsupportedAlgorithm

TIME_STAMPING_EKU = "1.3.6.1.5.5.7.3.8"
CONTENT_TYPE_QUERY = "application/timestamp-query"
DEFAULT_TIMEOUT = 15.0
MAX_REPLY = 1024 * 1024  # a time-stamp reply is a few KB: the token and the TSA's chain


class TimeStampResponse(core.Sequence):  # type: ignore[misc]
    """RFC 3161 TimeStampResp with the token OPTIONAL (asn1crypto's requires it)."""

    _fields = [  # noqa: RUF012 - asn1crypto schema
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


@dataclass(frozen=True)
class TimestampInfo:
    """What a verified time-stamp token says."""

    time: datetime
    tsa: x509.Certificate
    digest_name: str
    imprint: bytes
    serial: int
    policy: str
    nonce: int | None


def build_request(digest_name: str, imprint: bytes, nonce: int | None) -> tsp.TimeStampReq:
    request: dict[str, object] = {
        "version": "v1",
        "message_imprint": {
            "hash_algorithm": digests.digest_algorithm_id(digest_name),
            "hashed_message": imprint,
        },
        "cert_req": True,
    }
    if nonce is not None:
        request["nonce"] = nonce
    return tsp.TimeStampReq(request)


def request_timestamp(
    url: str,
    digest_name: str,
    imprint: bytes,
    *,
    http: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    trusted: Sequence[x509.Certificate] = (),
) -> tuple[cms.ContentInfo, TimestampInfo]:
    """Ask the TSA at `url` to stamp `imprint` (already hashed with `digest_name`).

    Returns the token (ContentInfo) and its checked facts; raises TspError with a code for every
    way it can go wrong: tsp_unreachable, tsp_http_error, tsp_bad_response, tsp_rejected,
    tsp_imprint_mismatch, tsp_nonce_mismatch, tsp_signature_invalid, tsp_cert_missing.
    """
    nonce = secrets.randbits(63)
    body = build_request(digest_name, imprint, nonce).dump()
    try:
        reply = fetch(
            url,
            method="POST",
            content=body,
            headers={"Content-Type": CONTENT_TYPE_QUERY},
            http=http,
            timeout=timeout,
            max_bytes=MAX_REPLY,
        )
    except ResponseTooLarge:
        raise TspError("tsp_bad_response", url=url) from None
    except httpx.HTTPError as exc:
        raise TspError(
            "tsp_unreachable", url=url, host=host_of(url), reason=network_reason(exc)
        ) from None
    if reply.status_code != 200:
        raise TspError("tsp_http_error", url=url, host=host_of(url), status=reply.status_code)
    try:
        response = TimeStampResponse.load(reply.body)
        status = response["status"]["status"].native
        text = response["status"]["status_string"].native
    except Exception:
        raise TspError("tsp_bad_response", url=url) from None
    if status not in ("granted", "granted_with_mods"):
        raise TspError("tsp_rejected", url=url, status=str(status), reason=" ".join(text or []))
    token = response["time_stamp_token"]
    if isinstance(token, core.Void):
        raise TspError("tsp_bad_response", url=url)
    received = _token_bytes(reply.body)
    info = verify_token(
        cms.ContentInfo.load(received),
        digest_name=digest_name,
        imprint=imprint,
        nonce=nonce,
        trusted=trusted,
    )
    # A fresh copy of the bytes as the TSA sent them, for the caller to embed: the one checked
    # has been walked through (see cms.assemble_signed_data_der).
    return cms.ContentInfo.load(received), info


def _token_bytes(reply: bytes) -> bytes:
    """The token exactly as the TSA sent it (its encoding inside the TimeStampResp): asn1crypto
    may re-encode a loaded object on dump (see cms.assemble_signed_data_der)."""
    from ehealth_wizard.core.signing.containers import der

    try:
        return der.read_tlv(reply)[0].children()[1].raw
    except (ValueError, IndexError):
        raise TspError("tsp_bad_response") from None


def verify_token(
    token: cms.ContentInfo,
    *,
    digest_name: str | None = None,
    imprint: bytes | None = None,
    data: bytes | None = None,
    nonce: int | None = None,
    trusted: Sequence[x509.Certificate] = (),
    extra_certificates: Sequence[x509.Certificate] = (),
) -> TimestampInfo:
    """Check a time-stamp token: its signature, its imprint (over `data`, or equal to `imprint`
    made with `digest_name`), the nonce, the TSA certificate (chained to `trusted` if given).

    A token need not carry the TSA certificate (RFC 3161 certReq false; Diia's do not): it is
    then looked up in `extra_certificates` (the enclosing signature's) and `trusted`.
    """
    try:
        if token["content_type"].native != "signed_data":
            raise TspError("tsp_bad_response", url="")
        signed = token["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "tst_info":
            raise TspError("tsp_bad_response", url="")
        tst_der = encap["content"].contents
        tst = tsp.TSTInfo.load(tst_der)
        signer_info = signed["signer_infos"][0]
        remember_received(signer_info)
        pool = certificates_of(signed)
    except TspError:
        raise
    except Exception:
        raise TspError("tsp_bad_response", url="") from None
    pool = list(pool) + list(extra_certificates)
    cert = find_signer_certificate(signer_info, pool, trusted)
    if cert is None:
        raise TspError("tsp_cert_missing")
    failure, _ = verify_signer_info(signer_info, cert, tst_der)
    if failure == "cades_algorithm_unsupported":
        raise TspError("tsp_algorithm_unsupported")
    if failure is not None:
        raise TspError("tsp_signature_invalid", reason=failure)
    mi = tst["message_imprint"]
    try:
        token_digest = digests.name_of(mi["hash_algorithm"])
    except UnsupportedAlgorithm:
        raise TspError("tsp_algorithm_unsupported") from None
    hashed = mi["hashed_message"].native
    if data is not None:
        expected = digests.digest(token_digest, data)
    elif imprint is not None:
        if digest_name is not None and token_digest != digest_name:
            raise TspError("tsp_imprint_mismatch")
        expected = imprint
    else:
        expected = hashed
    if hashed != expected:
        raise TspError("tsp_imprint_mismatch")
    token_nonce = tst["nonce"].native
    if nonce is not None and token_nonce != nonce:
        raise TspError("tsp_nonce_mismatch")
    eku = cert_info(cert).extended_key_usage
    if eku and TIME_STAMPING_EKU not in eku:
        raise TspError("tsp_not_a_tsa")
    if trusted and not chains_to(cert, pool, trusted):
        raise TspError("tsp_untrusted")
    return TimestampInfo(
        time=tst["gen_time"].native,
        tsa=cert,
        digest_name=token_digest,
        imprint=hashed,
        serial=tst["serial_number"].native,
        policy=tst["policy"].dotted,
        nonce=token_nonce,
    )
