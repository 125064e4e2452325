"""CAdES-BES / CAdES-T: attached CMS SignedData as ua-crypto.md §5.1–5.2, and its verifier."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from asn1crypto import cms, x509

from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.certinfo import CertInfo, cert_info
from ehealth_wizard.core.signing.cms import (
    assemble_signed_data,
    attribute,
    certificates_of,
    chains_to,
    find_signer_certificate,
    signed_attributes,
    utc,
    verify_signer_info,
)
from ehealth_wizard.core.signing.errors import CadesError, TspError
from ehealth_wizard.core.signing.keys import Signer
from ehealth_wizard.core.signing.tsp import TimestampInfo, request_timestamp, verify_token

VALID = "valid"


def default_tsp_url(signer: Signer) -> str | None:
    """The time-stamping address the signer's certificate names (SIA id-ad-timeStamping)."""
    return cert_info(signer.certificate).tsp_url


def sign_cades(
    content: bytes,
    signer: Signer,
    *,
    tsp_url: str | None,
    signing_time: datetime | None = None,
    http: httpx.Client | None = None,
    detached: bool = False,
) -> bytes:
    """DER CAdES over `content`: BES when `tsp_url` is None, else T (timeStampToken over the
    signature value, unsigned attribute)."""
    when = utc(signing_time or datetime.now(UTC))
    digest_name = signer.digest_name
    attrs = signed_attributes(
        content_type="data",
        content_digest=digests.digest(digest_name, content),
        certificate=signer.certificate,
        digest_name=digest_name,
        signing_time=when,
    )
    signature = signer.sign(attrs.dump())
    unsigned: list[cms.CMSAttribute] = []
    if tsp_url is not None:
        token, _ = request_timestamp(
            tsp_url, digest_name, digests.digest(digest_name, signature), http=http
        )
        unsigned.append(cms.CMSAttribute({"type": "signature_time_stamp_token", "values": [token]}))
    info = assemble_signed_data(
        content,
        signer,
        attrs,
        signature,
        certificates=signer.chain,
        unsigned_attrs=unsigned,
        detached=detached,
    )
    return bytes(info.dump())


@dataclass(frozen=True)
class TimestampStatus:
    valid: bool
    time: datetime | None
    error: str | None
    tsa: str
    info: TimestampInfo | None


@dataclass(frozen=True)
class SignerResult:
    """One SignerInfo: `status` is "valid" or the failure code."""

    status: str
    certificate: x509.Certificate | None
    facts: CertInfo | None
    signing_time: datetime | None
    timestamp: TimestampStatus | None
    digest_name: str
    trusted: bool | None  # None: no trust anchors were given

    @property
    def valid(self) -> bool:
        return self.status == VALID

    @property
    def is_seal(self) -> bool:
        return bool(self.facts and self.facts.is_seal)


@dataclass(frozen=True)
class VerificationResult:
    content: bytes
    content_digest: bytes  # with the first signer's digest algorithm
    content_digest_name: str
    signers: tuple[SignerResult, ...]
    at: datetime

    @property
    def valid(self) -> bool:
        return bool(self.signers) and all(s.valid for s in self.signers)

    @property
    def signer(self) -> SignerResult:
        return self.signers[0]

    @property
    def signature_count(self) -> int:
        return sum(1 for s in self.signers if not s.is_seal)

    @property
    def seal_count(self) -> int:
        return sum(1 for s in self.signers if s.is_seal)


def _parse(der: bytes) -> cms.SignedData:
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise CadesError("cades_not_signed_data")
        signed = info["content"]
        # Parse now what verification reads, so a malformed file fails here. Not `.native`
        # of the whole SignerInfos: that converts every nested time-stamp token too and a
        # crafted (validly re-encoded) request could stall the verifier for seconds.
        for signer_info in signed["signer_infos"]:
            signer_info["sid"].chosen  # noqa: B018
            signer_info["digest_algorithm"]["algorithm"].dotted  # noqa: B018
            signer_info["signature_algorithm"]["algorithm"].dotted  # noqa: B018
            signer_info["signature"].native  # noqa: B018
        return signed
    except CadesError:
        raise
    except Exception:
        raise CadesError("cades_malformed") from None


def verify_cades(
    der: bytes,
    *,
    at: datetime | None = None,
    trusted: Sequence[x509.Certificate] = (),
    content: bytes | None = None,
    strict: bool = True,
) -> VerificationResult:
    """Verify every SignerInfo of a CAdES signature.

    `at`: the moment the certificates must be valid (default now). `trusted`: CA certificates
    the signer (and TSA) must chain to; empty = chains not checked (`SignerResult.trusted` None).
    `content`: for detached signatures. `strict` (default): raise CadesError with the first
    failing signer's code; otherwise return every signer with its status.
    """
    when = utc(at or datetime.now(UTC))
    signed = _parse(der)
    try:
        encap = signed["encap_content_info"]
        content_type = encap["content_type"]
        is_data = content_type.native == "data"
        embedded = encap["content"].native if encap["content"].contents is not None else None
        pool = certificates_of(signed)
    except ValueError:
        raise CadesError("cades_malformed") from None
    if not is_data:
        raise CadesError("cades_not_data", content_type=content_type.dotted)
    if embedded is None:
        if content is None:
            raise CadesError("cades_no_content")
        data = content
    else:
        if content is not None and content != embedded:
            raise CadesError("cades_content_mismatch")
        data = bytes(embedded)
    if not len(signed["signer_infos"]):
        raise CadesError("cades_no_signers")
    results = tuple(_verify_one(si, pool, data, when, trusted) for si in signed["signer_infos"])
    first_digest = results[0].digest_name
    try:
        content_digest = digests.digest(first_digest, data)
    except Exception:
        first_digest, content_digest = "sha256", digests.digest("sha256", data)
    result = VerificationResult(data, content_digest, first_digest, results, when)
    if strict:
        for r in results:
            if not r.valid:
                raise CadesError(r.status)
    return result


def _verify_one(
    si: cms.SignerInfo,
    pool: Sequence[x509.Certificate],
    data: bytes,
    when: datetime,
    trusted: Sequence[x509.Certificate],
) -> SignerResult:
    cert = find_signer_certificate(si, pool)
    if cert is None:
        return SignerResult("cades_signer_cert_missing", None, None, None, None, "", None)
    facts = cert_info(cert)
    failure, digest_name = verify_signer_info(si, cert, data)
    signing_time = None
    try:
        times = attribute(si, "signing_time")
        if times:
            signing_time = times[0].native
    except ValueError:
        failure = failure or "cades_malformed"
    timestamp = _timestamp(si, trusted, digest_name) if failure is None else None
    trust = chains_to(cert, pool, trusted) if trusted else None

    def result(status: str) -> SignerResult:
        return SignerResult(status, cert, facts, signing_time, timestamp, digest_name, trust)

    if failure is not None:
        return result(failure)
    if timestamp is not None and not timestamp.valid:
        return result(timestamp.error or "cades_timestamp_invalid")
    if facts.not_before is None or facts.not_after is None:
        return result("cades_malformed")
    if when < facts.not_before:
        return result("cades_cert_not_yet_valid")
    if when > facts.not_after:
        return result("cades_cert_expired")
    if (
        timestamp is not None
        and timestamp.time is not None
        and not facts.not_before <= timestamp.time <= facts.not_after
    ):
        return result("cades_timestamp_outside_validity")
    if trust is False:
        return result("cades_cert_untrusted")
    return result(VALID)


def _timestamp(
    si: cms.SignerInfo, trusted: Sequence[x509.Certificate], digest_name: str
) -> TimestampStatus | None:
    try:
        tokens = attribute(si, "signature_time_stamp_token", signed=False)
    except ValueError:  # unreadable unsigned attributes: a time-stamp may be in there
        return TimestampStatus(False, None, "cades_malformed", "", None)
    if not tokens:
        return None
    try:
        info = verify_token(tokens[0], data=si["signature"].native, trusted=trusted)
    except TspError as exc:
        code = {"tsp_untrusted": "cades_timestamp_untrusted"}.get(
            exc.code, "cades_timestamp_invalid"
        )
        return TimestampStatus(False, None, code, "", None)
    tsa = cert_info(info.tsa)
    return TimestampStatus(True, info.time, None, tsa.full_name or tsa.organization, info)
