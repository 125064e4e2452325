"""Signatures shaped the way other Ukrainian signing tools shape them, made from the test QTSP's
keys: IIT-style signer identifiers, a seal over a signature, time-stamp tokens without the TSA
certificate (Diia). Used by the tests and by anyone checking a verifier against those shapes;
nothing here changes what a signature proves (only unsigned parts are rewritten).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from asn1crypto import cms, core

from ehealth_wizard.core.signing.cms import build_signed_data, key_identifiers
from ehealth_wizard.core.signing.containers import der as tlv
from ehealth_wizard.core.signing.keys import Signer

SIGNER_ID_KINDS = ("issuer_serial", "ski", "ski_explicit", "ski_sha1")


_tlv = tlv.encode


def with_signer_id(p7s: bytes, kind: str, *, index: int = 0) -> bytes:
    """The same signature with SignerInfo `index` naming its certificate another way:
    "issuer_serial" (v1), "ski" (v3, RFC 5652 `[0] IMPLICIT`), "ski_explicit" (v3,
    `[0] EXPLICIT OCTET STRING` as IIT writes it), "ski_sha1" (v3, SHA-1 of the public key
    instead of the SKI extension). The sid is not signed, so the signature stays valid."""
    info = cms.ContentInfo.load(p7s)
    signed = info["content"]
    infos = list(signed["signer_infos"])
    si = infos[index]
    cert = next(
        c.chosen
        for c in signed["certificates"]
        if c.name == "certificate"
        and c.chosen.serial_number == si["sid"].chosen["serial_number"].native
    )
    fields = [f.raw for f in tlv.iter_tlvs(si.contents)]
    ids = key_identifiers(cert)
    if kind == "issuer_serial":
        version, sid = 1, fields[1]
    elif kind == "ski":
        version, sid = 3, _tlv(0x80, ids[0])
    elif kind == "ski_explicit":
        version, sid = 3, _tlv(0xA0, _tlv(0x04, ids[0]))
    elif kind == "ski_sha1":
        version, sid = 3, _tlv(0x80, ids[-2])
    else:
        raise ValueError(f"kind must be one of {SIGNER_ID_KINDS}")
    fields[0] = _tlv(0x02, bytes([version]))
    fields[1] = sid
    infos[index] = cms.SignerInfo.load(_tlv(0x30, b"".join(fields)))
    signed["signer_infos"] = cms.SignerInfos(infos)
    if kind != "issuer_serial":
        signed["version"] = "v3"
    return bytes(info.dump(force=False))


def _signed_data(signed: cms.SignedData, **changes: Any) -> cms.ContentInfo:
    """A new ContentInfo(SignedData) from `signed`'s fields (kept byte for byte) and `changes`
    (asn1crypto re-encodes nested in-place edits unreliably; a fresh build does not)."""
    fields: dict[str, Any] = {}
    for name in ("version", "digest_algorithms", "encap_content_info", "certificates", "crls"):
        value = changes.get(name, signed[name])
        if value is not None and not (isinstance(value, core.Void)) and len(value.contents or b""):
            fields[name] = value
    fields["signer_infos"] = changes.get("signer_infos", signed["signer_infos"])
    return cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData(fields)})


def without_tsa_certificates(p7s: bytes) -> bytes:
    """Drop the TSA certificate from every unsigned signature time-stamp token (as Diia's
    tokens come: the verifier must find the TSA in its trust list). The token's own
    signature does not cover its certificate set, so the token stays valid."""
    signed = cms.ContentInfo.load(p7s)["content"]
    infos = []
    for si in signed["signer_infos"]:
        attrs = []
        for attr in si["unsigned_attrs"] or []:
            if attr["type"].native == "signature_time_stamp_token":
                tokens = [
                    _signed_data(t["content"], certificates=cms.CertificateSet([]))
                    for t in attr["values"]
                ]
                attr = cms.CMSAttribute({"type": "signature_time_stamp_token", "values": tokens})
            attrs.append(attr)
        infos.append(_signer_info(si, unsigned_attrs=cms.CMSAttributes(attrs)))
    return bytes(_signed_data(signed, signer_infos=cms.SignerInfos(infos)).dump())


def without_certificates(p7s: bytes) -> bytes:
    """The signature without its certificates (the verifier must find the signer's elsewhere)."""
    signed = cms.ContentInfo.load(p7s)["content"]
    return bytes(_signed_data(signed, certificates=cms.CertificateSet([])).dump())


def _signer_info(si: cms.SignerInfo, **changes: Any) -> cms.SignerInfo:
    fields: dict[str, Any] = {}
    for name in (
        "version",
        "sid",
        "digest_algorithm",
        "signed_attrs",
        "signature_algorithm",
        "signature",
        "unsigned_attrs",
    ):
        value = changes.get(name, si[name])
        if not isinstance(value, core.Void) and (value.contents or name == "signature"):
            fields[name] = value
    return cms.SignerInfo(fields)


def seal_over(
    p7s: bytes, sealer: Signer, *, style: str = "data", signing_time: datetime | None = None
) -> bytes:
    """A seal (or any signature) over a whole signature, the way tools nest them: "data" puts
    the .p7s as id-data content (IIT), "signed_data" puts its SignedData with eContentType
    id-signedData (RFC 5652 §5.2)."""
    when = signing_time or datetime.now(UTC)
    if style == "data":
        outer = build_signed_data(p7s, sealer, signing_time=when, certificates=sealer.chain)
    elif style == "signed_data":
        inner = list(tlv.iter_tlvs(tlv.read_tlv(p7s)[0].value))[1].value  # [0] EXPLICIT
        outer = build_signed_data(
            inner,
            sealer,
            content_type="signed_data",
            signing_time=when,
            certificates=sealer.chain,
        )
    else:
        raise ValueError("style must be 'data' or 'signed_data'")
    return bytes(outer.dump())
