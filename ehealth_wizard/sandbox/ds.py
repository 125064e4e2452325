"""The sandbox's digital-signature service: what eHealth's DS tells the pipeline.

It verifies the CAdES container with core.signing.cades against the sandbox QTSP's CA, asks the
QTSP's own OCSP state about the signer, and words each failure as the real DS does:
"matching ROOT certificate not found", "certificate timestamp expired",
"OCSP certificate verificaton failed" (sic), ...
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from asn1crypto import x509

from ehealth_wizard.core.signing.cades import SignerResult, verify_cades
from ehealth_wizard.core.signing.errors import CadesError, SigningError
from ehealth_wizard.sandbox.pipeline import DecodedContent, InvalidSignature, SignatureInfo

NO_TIMESTAMP = "retrieving a timestamp of data from an envelope with signed data failed"
MESSAGES = {
    "cades_cert_expired": "certificate timestamp expired",
    "cades_cert_not_yet_valid": "certificate timestamp expired",
    "cades_timestamp_outside_validity": "signature timestamp verification failed",
    "cades_cert_untrusted": "matching ROOT certificate not found",
    "cades_timestamp_untrusted": "matching TSP certificate not found",
    "cades_timestamp_invalid": NO_TIMESTAMP,
    "cades_signer_cert_missing": (
        "retrieving a certificate from an envelope with signed data failed"
    ),
    "revoked": "OCSP certificate verificaton failed",
}
SIGNATURE_FAILED = "verifying the signature of data failed"


def signing_time(s: SignerResult) -> datetime | None:
    """The latest moment the signature provably existed: its signature time-stamp; failing
    that a content time-stamp (the signature came after it) or the claimed signing-time."""
    if s.timestamp is not None and s.timestamp.time is not None:
        return s.timestamp.time
    content = s.content_timestamp.time if s.content_timestamp is not None else None
    return max((t for t in (content, s.signing_time) if t is not None), default=None)


class SandboxQtsp:
    """The sandbox's test QTSP (sandbox.qtsp.TestQTSP) behind a lock, saved after each change.

    Its services live under `<sandbox url>/qtsp` (`/qtsp/tsp`, `/qtsp/ocsp`, `/qtsp/ca.cer`); the
    certificates it issues name those addresses, so a signing tool finds the TSP in them.
    """

    def __init__(self, state_dir: Path, base_url: str) -> None:
        from ehealth_wizard.sandbox import qtsp_dstu
        from ehealth_wizard.sandbox.qtsp import TestQTSP

        self.state_dir = state_dir
        self._lock = threading.RLock()
        # A new QTSP signs (certificates, time-stamps, OCSP) with DSTU 4145. A state folder
        # made before that keeps its CA (ECDSA): the demo keys it issued stay trusted, and the
        # DSTU director keys it issues now chain to it just as well.
        self.qtsp = TestQTSP.load_or_create(
            state_dir, base_url=base_url, key_type=qtsp_dstu.KEY_TYPE
        )
        if self.qtsp.base_url != base_url:  # a new port: new certificates name the new address
            self.qtsp.base_url = base_url
            self.qtsp.save(state_dir)

    @property
    def base_url(self) -> str:
        return str(self.qtsp.base_url)

    def trusted_certificates(self) -> list[x509.Certificate]:
        return [self.qtsp.ca_cert]

    def issue(self, *, revoke: bool = False, **kwargs: Any) -> Any:
        with self._lock:
            issued = self.qtsp.issue(**kwargs)
            if revoke:
                self.qtsp.revoke(issued.certificate)
            self.qtsp.save(self.state_dir)
            return issued

    def revoked_at(self, cert: x509.Certificate) -> datetime | None:
        """When this QTSP revoked `cert` (None: not revoked, or not one of its certificates)."""
        with self._lock:
            if cert.issuer != self.qtsp.ca_cert.subject:
                return None
            revocation = self.qtsp.revoked.get(cert.serial_number)
            return revocation.revoked_at if revocation is not None else None

    def certificate_status(self, cert: x509.Certificate) -> str:
        """ "good", "revoked" or "unknown", as this QTSP's OCSP responder would answer."""
        with self._lock:
            serial = cert.serial_number
            if cert.issuer != self.qtsp.ca_cert.subject or serial not in self.qtsp.issued:
                return "unknown"
            return "revoked" if serial in self.qtsp.revoked else "good"

    def tsp_respond(self, request_der: bytes) -> bytes:
        with self._lock:
            return bytes(self.qtsp.tsp_respond(request_der))

    def ocsp_respond(self, request_der: bytes) -> bytes:
        with self._lock:
            return bytes(self.qtsp.ocsp_respond(request_der))


def open_qtsp(state_dir: Path, base_url: str) -> SandboxQtsp:
    """The sandbox's QTSP with its state in `state_dir`, serving under `base_url`."""
    return SandboxQtsp(state_dir, base_url)


class SandboxSignatureService:
    """Verifies signed content the way the sandbox's eHealth trusts it: only its own QTSP."""

    def __init__(self, qtsp: SandboxQtsp) -> None:
        self.qtsp = qtsp

    def trusted(self) -> list[x509.Certificate]:
        return self.qtsp.trusted_certificates()

    def decode_signed_content(self, der: bytes) -> DecodedContent:
        now = datetime.now(UTC)
        try:
            result = verify_cades(der, at=now, trusted=self.trusted(), strict=False)
        except CadesError as exc:
            raise InvalidSignature(exc.code) from None
        except (SigningError, ValueError) as exc:
            raise InvalidSignature(str(exc)) from None
        return DecodedContent(
            content=result.content, signatures=tuple(self._info(s) for s in result.signers)
        )

    def _info(self, s: SignerResult) -> SignatureInfo:
        facts = s.facts
        signer: dict[str, str] = {}
        if facts is not None:
            signer = {
                "common_name": facts.full_name or facts.organization,
                "surname": facts.surname,
                "given_name": facts.given_names,
                "organization_name": facts.organization,
                "title": facts.title,
                "edrpou": facts.edrpou,
                "drfo": facts.rnokpp,
            }
        message = ""
        if not s.valid:
            status = s.status
            if (
                status == "cades_timestamp_outside_validity"
                and facts is not None
                and facts.not_after is not None
                and facts.not_after < datetime.now(UTC)
            ):
                # A certificate that has expired by now: the DS's expiry check speaks first
                # (the message a director with an old key meets).
                status = "cades_cert_expired"
            message = MESSAGES.get(status, SIGNATURE_FAILED)
        elif not s.timestamps:  # a content or a signature time-stamp (or both)
            message = NO_TIMESTAMP
        elif s.certificate is not None and self._revoked(s):
            message = MESSAGES["revoked"]
        details: dict[str, Any] = {"status": s.status}
        stamped = [t.time for t in s.timestamps if t.time is not None]
        if stamped:
            details["timestamp"] = max(stamped).isoformat()
        if facts is not None:
            details["certificate_serial"] = facts.serial
            details["issuer"] = facts.issuer
        return SignatureInfo(
            is_valid=not message,
            validation_error_message=message,
            is_stamp=s.is_seal,
            signer=signer,
            details=details,
        )

    def _revoked(self, s: SignerResult) -> bool:
        """Unknown to the QTSP, or revoked at or before the signing time. The signing time is
        what the time-stamp proves (the signature's own, else the content's, else the claimed
        `signing-time`): a key revoked after it signed leaves the signature valid."""
        assert s.certificate is not None
        if self.qtsp.certificate_status(s.certificate) == "unknown":
            return True
        revoked = self.qtsp.revoked_at(s.certificate)
        if revoked is None:
            return False
        signed_at = signing_time(s)
        return signed_at is None or revoked <= signed_at
