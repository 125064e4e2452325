"""CAdES-BES / CAdES-T: attached CMS SignedData as eHealth's DS reads it, and its verifier."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from asn1crypto import cms, core, x509

from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.certinfo import CertInfo, cert_info
from ehealth_wizard.core.signing.cms import (
    assemble_signed_data_der,
    attribute,
    certificates_of,
    chains_to,
    find_signer_certificate,
    remember_received,
    signed_attributes,
    signer_identifier,
    utc,
    verify_signer_info,
)
from ehealth_wizard.core.signing.errors import CadesError, TspError
from ehealth_wizard.core.signing.indications import Indication, outcome
from ehealth_wizard.core.signing.keys import Signer
from ehealth_wizard.core.signing.revocation import (
    REVOKED,
    UNKNOWN,
    RevocationPolicy,
    RevocationStatus,
    check_revocation,
    embedded_values,
)
from ehealth_wizard.core.signing.tsp import TimestampInfo, request_timestamp, verify_token

VALID = "valid"


def default_tsp_url(signer: Signer) -> str | None:
    """The time-stamping address the signer's certificate names (SIA id-ad-timeStamping)."""
    return cert_info(signer.certificate).tsp_url


TSP_MODES = ("both", "content", "signature")


def sign_cades(
    content: bytes,
    signer: Signer,
    *,
    tsp_url: str | None,
    signing_time: datetime | None = None,
    http: httpx.Client | None = None,
    detached: bool = False,
    tsp_mode: str = "both",
) -> bytes:
    """DER CAdES over `content`: BES when `tsp_url` is None, else T with the time-stamps
    `tsp_mode` asks for, as Diia/UAPKI make them: "content" = a signed contentTimeStamp over
    the content (id-smime-aa-ets-contentTimestamp), "signature" = an unsigned timeStampToken
    over the signature value, "both" (default)."""
    if tsp_mode not in TSP_MODES:
        raise ValueError(f"tsp_mode must be one of {TSP_MODES}")
    when = utc(signing_time or datetime.now(UTC))
    digest_name = signer.digest_name
    content_digest = digests.digest(digest_name, content)
    extra: list[cms.CMSAttribute] = []
    if tsp_url is not None and tsp_mode in ("content", "both"):
        token, _ = request_timestamp(tsp_url, digest_name, content_digest, http=http)
        extra.append(cms.CMSAttribute({"type": "content_time_stamp", "values": [token]}))
    attrs = signed_attributes(
        content_type="data",
        content_digest=content_digest,
        certificate=signer.certificate,
        digest_name=digest_name,
        signing_time=when,
        extra=extra,
    )
    signature = signer.sign(attrs.dump())
    unsigned: list[cms.CMSAttribute] = []
    if tsp_url is not None and tsp_mode in ("signature", "both"):
        token, _ = request_timestamp(
            tsp_url, digest_name, digests.digest(digest_name, signature), http=http
        )
        unsigned.append(cms.CMSAttribute({"type": "signature_time_stamp_token", "values": [token]}))
    return assemble_signed_data_der(
        content,
        signer,
        attrs,
        signature,
        certificates=signer.chain,
        unsigned_attrs=unsigned,
        detached=detached,
    )


@dataclass(frozen=True)
class TimestampStatus:
    """One time-stamp of a signer: `kind` "content" (signed contentTimeStamp, over the
    content) or "signature" (unsigned timeStampToken, over the signature value)."""

    valid: bool
    time: datetime | None
    error: str | None  # tsp_* code (or cades_malformed) when not valid
    tsa: str
    info: TimestampInfo | None
    kind: str = "signature"

    @property
    def indication(self) -> Indication:
        return outcome(None if self.valid else self.error)[0]

    @property
    def sub_indication(self) -> str | None:
        return outcome(None if self.valid else self.error)[1]


@dataclass(frozen=True)
class SignerResult:
    """One SignerInfo: `status` is "valid" or the failure code; `level` 0 is the outermost
    signature, 1 a signature inside its content (a seal over a signature), ..."""

    status: str
    certificate: x509.Certificate | None
    facts: CertInfo | None
    signing_time: datetime | None
    timestamp: TimestampStatus | None  # the signature time-stamp
    digest_name: str
    trusted: bool | None  # None: no trust anchors were given
    content_timestamp: TimestampStatus | None = None
    level: int = 0
    # None: revocation not looked at (no policy given, or the signature failed before it)
    revocation: RevocationStatus | None = None
    # The time the signature time-stamp proves the signature existed at (proof of existence),
    # when the verdict rests on it: the certificate has expired since, or was revoked after.
    poe_time: datetime | None = None

    @property
    def revoked_after_poe(self) -> bool:
        """Revoked, but after the time-stamp proves the signature was made: still valid."""
        rev = self.revocation
        return bool(
            rev is not None and rev.status == REVOKED and self.valid and self.poe_time is not None
        )

    @property
    def valid(self) -> bool:
        return self.status == VALID

    @property
    def is_seal(self) -> bool:
        return bool(self.facts and self.facts.is_seal)

    @property
    def role(self) -> str:
        """ "seal" (a legal entity's electronic seal) or "signature" (a person's)."""
        return "seal" if self.is_seal else "signature"

    @property
    def timestamps(self) -> tuple[TimestampStatus, ...]:
        return tuple(t for t in (self.content_timestamp, self.timestamp) if t is not None)

    @property
    def indication(self) -> Indication:
        return self._outcome()[0]

    @property
    def sub_indication(self) -> str | None:
        return self._outcome()[1]

    def _outcome(self) -> tuple[Indication, str | None]:
        if self.status in _TIMESTAMP_FAILURES:
            # A time-stamp that cannot be checked (or is broken) leaves the signature
            # unproven in time, not forged: INDETERMINATE with the stamp's reason.
            for ts in self.timestamps:
                if not ts.valid:
                    return Indication.INDETERMINATE, ts.sub_indication
        return outcome(None if self.valid else self.status)


_TIMESTAMP_FAILURES = ("cades_timestamp_invalid", "cades_timestamp_untrusted")


@dataclass(frozen=True)
class VerificationResult:
    content: bytes  # the innermost content (of a signature nested in a seal: the document)
    content_digest: bytes  # with the innermost first signer's digest algorithm
    content_digest_name: str
    signers: tuple[SignerResult, ...]  # every level, outermost first
    at: datetime
    detached: bool = False

    @property
    def valid(self) -> bool:
        return bool(self.signers) and all(s.valid for s in self.signers)

    @property
    def indication(self) -> Indication:
        """The worst signer's indication."""
        found = {s.indication for s in self.signers}
        for worst in (Indication.TOTAL_FAILED, Indication.INDETERMINATE):
            if worst in found:
                return worst
        return Indication.TOTAL_PASSED if self.signers else Indication.INDETERMINATE

    @property
    def signer(self) -> SignerResult:
        return self.signers[0]

    @property
    def signature_count(self) -> int:
        return sum(1 for s in self.signers if not s.is_seal)

    @property
    def seal_count(self) -> int:
        return sum(1 for s in self.signers if s.is_seal)


MAX_NESTING = 4


def _parse(der: bytes) -> cms.SignedData:
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise CadesError("cades_not_signed_data")
        signed = info["content"]
        _check_readable(signed)
        return signed
    except CadesError:
        raise
    except Exception:
        raise CadesError("cades_malformed") from None


def _check_readable(signed: cms.SignedData) -> None:
    """Parse now what verification reads, so a malformed file fails here. Not `.native` of
    the whole SignerInfos: that converts every nested time-stamp token too and a crafted
    (validly re-encoded) request could stall the verifier for seconds."""
    for signer_info in signed["signer_infos"]:
        remember_received(signer_info)
        signer_identifier(signer_info)
        signer_info["digest_algorithm"]["algorithm"].dotted  # noqa: B018
        signer_info["signature_algorithm"]["algorithm"].dotted  # noqa: B018
        signer_info["signature"].native  # noqa: B018


def _nested(data: bytes, content_type: str) -> cms.SignedData | None:
    """The SignedData inside a signature's content (a seal over a signature), else None.

    Tools put it there as eContentType id-signedData (RFC 5652: a bare SignedData, some a
    ContentInfo) or as id-data holding the whole .p7s; only a complete, readable SignedData
    with signers counts, so ordinary content is never mistaken for one.
    """
    if data[:1] != b"\x30":
        return None
    try:
        if content_type == "signed_data":
            try:
                inner = cms.SignedData.load(data, strict=True)
                inner["version"].native  # noqa: B018
            except ValueError:
                inner = None
            if inner is not None:
                _check_readable(inner)
                return inner if len(inner["signer_infos"]) else None
        info = cms.ContentInfo.load(data, strict=True)
        if info["content_type"].native != "signed_data":
            return None
        inner = info["content"]
        _check_readable(inner)
        return inner if len(inner["signer_infos"]) else None
    except Exception:
        if content_type == "signed_data":
            raise CadesError("cades_malformed") from None
        return None


def verify_cades(
    der: bytes,
    *,
    at: datetime | None = None,
    trusted: Sequence[x509.Certificate] = (),
    content: bytes | None = None,
    strict: bool = True,
    revocation: RevocationPolicy | None = None,
) -> VerificationResult:
    """Verify every SignerInfo of a CAdES signature, and of signatures nested in its content.

    `at`: the moment the certificates must be valid (default now). `trusted`: CA certificates
    the signer (and TSA) must chain to; empty = chains not checked (`SignerResult.trusted` None).
    `content`: for a detached signature. `strict` (default): raise CadesError with the first
    failing signer's code; otherwise return every signer with its status.
    `revocation`: how to learn whether a signer's certificate was revoked (the signature's own
    revocation values, then OCSP/CRL when online); None = not checked.
    """
    when = utc(at or datetime.now(UTC))
    signed = _parse(der)
    results: list[SignerResult] = []
    detached = False
    level = 0
    while True:
        data, content_type, was_detached = _content_of(signed, content)
        detached = detached or was_detached
        if not len(signed["signer_infos"]):
            raise CadesError("cades_no_signers")
        try:
            pool = certificates_of(signed)
        except ValueError:
            raise CadesError("cades_malformed") from None
        level_results = [
            _verify_one(si, pool, data, when, trusted, level, signed, revocation)
            for si in signed["signer_infos"]
        ]
        results.extend(level_results)
        inner = _nested(data, content_type) if level < MAX_NESTING else None
        if inner is None:
            break
        if was_detached:
            content = None
        signed, level = inner, level + 1
    first_digest = level_results[0].digest_name
    try:
        content_digest = digests.digest(first_digest, data)
    except Exception:
        first_digest, content_digest = "sha256", digests.digest("sha256", data)
    result = VerificationResult(data, content_digest, first_digest, tuple(results), when, detached)
    if strict:
        for r in results:
            if not r.valid:
                raise CadesError(r.status)
    return result


def _content_of(signed: cms.SignedData, supplied: bytes | None) -> tuple[bytes, str, bool]:
    """(content, its eContentType name, came from `supplied`)."""
    try:
        encap = signed["encap_content_info"]
        content_type = encap["content_type"]
        name = content_type.native
        raw = encap["content"]
        embedded = None if isinstance(raw, core.Void) or raw.contents is None else _octets(raw)
    except ValueError:
        raise CadesError("cades_malformed") from None
    if name not in ("data", "signed_data"):
        raise CadesError("cades_not_data", content_type=content_type.dotted)
    if embedded is None:
        if supplied is None:
            raise CadesError("cades_no_content")
        return supplied, name, True
    if supplied is not None and supplied != embedded:
        raise CadesError("cades_content_mismatch")
    return embedded, name, False


def _octets(value: core.Asn1Value) -> bytes:
    """eContent bytes: an OCTET STRING's value (also BER-constructed chunks)."""
    if isinstance(value, core.OctetString | core.ParsableOctetString) and not value.method:
        return bytes(value.contents)
    return bytes(core.OctetString.load(value.dump()).native)


def _verify_one(
    si: cms.SignerInfo,
    pool: Sequence[x509.Certificate],
    data: bytes,
    when: datetime,
    trusted: Sequence[x509.Certificate],
    level: int = 0,
    signed: cms.SignedData | None = None,
    revocation: RevocationPolicy | None = None,
) -> SignerResult:
    cert = find_signer_certificate(si, pool, trusted)
    if cert is None:
        return SignerResult(
            "cades_signer_cert_missing", None, None, None, None, "", None, None, level
        )
    facts = cert_info(cert)
    failure, digest_name = verify_signer_info(si, cert, data)
    signing_time = None
    try:
        times = attribute(si, "signing_time")
        if times:
            signing_time = times[0].native
    except ValueError:
        failure = failure or "cades_malformed"
    timestamp = content_ts = None
    if failure is None:
        timestamp = _timestamp(si, trusted, pool, "signature", si["signature"].native)
        content_ts = _timestamp(si, trusted, pool, "content", data)
    trust = _chains(cert, pool, trusted) if trusted else None

    def result(
        status: str, rev: RevocationStatus | None = None, poe: datetime | None = None
    ) -> SignerResult:
        return SignerResult(
            status,
            cert,
            facts,
            signing_time,
            timestamp,
            digest_name,
            trust,
            content_ts,
            level,
            rev,
            poe,
        )

    if failure is not None:
        return result(failure)
    if facts.not_before is None or facts.not_after is None:
        return result("cades_malformed")
    for ts in (timestamp, content_ts):
        if ts is not None and ts.valid and ts.time is not None and ts.time > facts.not_after:
            return result("cades_timestamp_outside_validity")
    if (
        timestamp is not None
        and timestamp.valid
        and timestamp.time is not None
        and timestamp.time < facts.not_before
    ):
        return result("cades_timestamp_outside_validity")
    if trust is False:
        return result("cades_cert_untrusted")
    for ts in (timestamp, content_ts):
        if ts is not None and not ts.valid:
            return result(
                "cades_timestamp_untrusted"
                if ts.error in ("tsp_untrusted", "tsp_cert_missing")
                else "cades_timestamp_invalid"
            )
    if when < facts.not_before:
        return result("cades_cert_not_yet_valid")
    # The signature time-stamp is proof the signature existed at its time (POE).
    poe = timestamp.time if timestamp is not None and timestamp.valid else None
    long_term = None
    if when > facts.not_after:
        # Expired now: still valid when the time-stamp proves it was signed in the
        # certificate's lifetime (basic long-term validation, EN 319 102-1 §5.6.2.4).
        if poe is None or not facts.not_before <= poe <= facts.not_after:
            return result("cades_cert_expired")
        long_term = poe
    if revocation is None:
        return result(VALID, None, long_term)
    rev = check_revocation(
        cert,
        pool=pool,
        trusted=trusted,
        embedded=embedded_values(signed, si) if signed is not None else ((), ()),
        policy=revocation,
        signed_at=poe or signing_time,
    )
    if rev.status == REVOKED and rev.revoked_at is not None:
        if poe is not None and poe < rev.revoked_at:
            return result(VALID, rev, poe)  # revoked after it was signed: still valid
        if poe is None and (signing_time is None or signing_time < rev.revoked_at):
            return result("cades_cert_revoked_no_poe", rev, long_term)
        return result("cades_cert_revoked", rev, poe or long_term)
    if rev.status == REVOKED:
        return result("cades_cert_revoked", rev, long_term)
    if rev.status == UNKNOWN:
        return result("cades_revocation_unknown", rev, long_term)
    # good, or not checked (offline and nothing carried in the signature)
    return result(VALID, rev, long_term)


def _chains(
    cert: x509.Certificate, pool: Sequence[x509.Certificate], trusted: Sequence[x509.Certificate]
) -> bool:
    try:
        return chains_to(cert, pool, trusted)
    except Exception:  # an unreadable certificate on the way: no chain
        return False


def _timestamp(
    si: cms.SignerInfo,
    trusted: Sequence[x509.Certificate],
    pool: Sequence[x509.Certificate],
    kind: str,
    data: bytes,
) -> TimestampStatus | None:
    name, signed = (
        ("content_time_stamp", True) if kind == "content" else ("signature_time_stamp_token", False)
    )
    try:
        tokens = attribute(si, name, signed=signed)
    except ValueError:  # unreadable attributes: a time-stamp may be in there
        return TimestampStatus(False, None, "cades_malformed", "", None, kind)
    if not tokens:
        return None
    try:
        info = verify_token(tokens[0], data=data, trusted=trusted, extra_certificates=pool)
    except TspError as exc:
        return TimestampStatus(False, None, exc.code, "", None, kind)
    except Exception:  # a token asn1crypto cannot read
        return TimestampStatus(False, None, "tsp_bad_response", "", None, kind)
    tsa = cert_info(info.tsa)
    return TimestampStatus(True, info.time, None, tsa.full_name or tsa.organization, info, kind)
