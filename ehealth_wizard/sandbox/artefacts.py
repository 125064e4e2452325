"""Signatures shaped the way other Ukrainian signing tools shape them, made from the test QTSP's
keys: IIT-style signer identifiers, a seal over a signature, time-stamp tokens without the TSA
certificate (Diia). Used by the tests and by anyone checking a verifier against those shapes;
nothing here changes what a signature proves (only unsigned parts are rewritten).
"""

from __future__ import annotations

from datetime import UTC, datetime

from asn1crypto import cms

from ehealth_wizard.core.signing.cms import build_signed_data_der, key_identifiers
from ehealth_wizard.core.signing.containers import der as tlv
from ehealth_wizard.core.signing.keys import Signer

SIGNER_ID_KINDS = ("issuer_serial", "ski", "ski_explicit", "ski_sha1")
SIGNATURE_TIME_STAMP = "1.2.840.113549.1.9.16.2.14"


_tlv = tlv.encode


# Everything below is rewritten in the bytes (containers.der), never through asn1crypto
# objects: those re-encode what they have walked through and drop DEFAULT values, which would
# break the signatures inside (see core.signing.cms.assemble_signed_data_der).


def _signed_data_kids(p7s: bytes) -> tuple[tlv.Tlv, list[tlv.Tlv]]:
    info = tlv.read_tlv(p7s)[0]
    oid, wrapped = info.children()[:2]
    return oid, wrapped.children()[0].children()


def _content_info(oid: tlv.Tlv, kids: list[bytes]) -> bytes:
    return tlv.e_seq(oid.raw, tlv.encode(0xA0, tlv.e_seq(*kids)))


def with_signer_id(p7s: bytes, kind: str, *, index: int = 0) -> bytes:
    """The same signature with SignerInfo `index` naming its certificate another way:
    "issuer_serial" (v1), "ski" (v3, RFC 5652 `[0] IMPLICIT`), "ski_explicit" (v3,
    `[0] EXPLICIT OCTET STRING` as IIT writes it), "ski_sha1" (v3, SHA-1 of the public key
    instead of the SKI extension). The sid is not signed, so the signature stays valid."""
    if kind not in SIGNER_ID_KINDS:
        raise ValueError(f"kind must be one of {SIGNER_ID_KINDS}")
    signed = cms.ContentInfo.load(p7s)["content"]
    si = signed["signer_infos"][index]
    serial = si["sid"].chosen["serial_number"].native
    cert = next(
        c.chosen
        for c in signed["certificates"]
        if c.name == "certificate" and c.chosen.serial_number == serial
    )
    ids = key_identifiers(cert)
    oid, kids = _signed_data_kids(p7s)
    infos = kids[-1].children()
    fields = [f.raw for f in infos[index].children()]
    if kind == "issuer_serial":
        version, sid = 1, fields[1]
    elif kind == "ski":
        version, sid = 3, _tlv(0x80, ids[0])
    elif kind == "ski_explicit":
        version, sid = 3, _tlv(0xA0, _tlv(0x04, ids[0]))
    else:  # ski_sha1
        version, sid = 3, _tlv(0x80, ids[-2])
    fields[0] = tlv.e_int(version)
    fields[1] = sid
    raws = [i.raw for i in infos]
    raws[index] = tlv.e_seq(*fields)
    out = [k.raw for k in kids]
    if kind != "issuer_serial":
        out[0] = tlv.e_int(3)
    out[-1] = tlv.encode(tlv.SET, b"".join(raws))
    return _content_info(oid, out)


def _without_certificate_set(token: bytes) -> bytes:
    oid, kids = _signed_data_kids(token)
    return _content_info(oid, [k.raw for k in kids if k.tag != 0xA0])


def without_tsa_certificates(p7s: bytes) -> bytes:
    """Drop the TSA certificate from every unsigned signature time-stamp token (as Diia's
    tokens come: the verifier must find the TSA in its trust list). The token's own
    signature does not cover its certificate set, so the token stays valid."""
    oid, kids = _signed_data_kids(p7s)
    infos = []
    for si in kids[-1].children():
        fields = []
        for field in si.children():
            if field.tag == 0xA1:
                attrs = []
                for attr in field.children():
                    a_oid, values = attr.children()[:2]
                    if a_oid.raw == tlv.e_oid(SIGNATURE_TIME_STAMP):
                        stripped = [_without_certificate_set(v.raw) for v in values.children()]
                        attrs.append(tlv.e_seq(a_oid.raw, tlv.encode(tlv.SET, b"".join(stripped))))
                    else:
                        attrs.append(attr.raw)
                fields.append(tlv.encode(0xA1, b"".join(attrs)))
            else:
                fields.append(field.raw)
        infos.append(tlv.e_seq(*fields))
    out = [k.raw for k in kids[:-1]] + [tlv.encode(tlv.SET, b"".join(infos))]
    return _content_info(oid, out)


def without_certificates(p7s: bytes) -> bytes:
    """The signature without its certificates (the verifier must find the signer's elsewhere)."""
    return _without_certificate_set(p7s)


def seal_over(
    p7s: bytes, sealer: Signer, *, style: str = "data", signing_time: datetime | None = None
) -> bytes:
    """A seal (or any signature) over a whole signature, the way tools nest them: "data" puts
    the .p7s as id-data content (IIT), "signed_data" puts its SignedData with eContentType
    id-signedData (RFC 5652 §5.2)."""
    when = signing_time or datetime.now(UTC)
    if style == "data":
        return build_signed_data_der(p7s, sealer, signing_time=when, certificates=sealer.chain)
    elif style == "signed_data":
        inner = list(tlv.iter_tlvs(tlv.read_tlv(p7s)[0].value))[1].value  # [0] EXPLICIT
        return build_signed_data_der(
            inner,
            sealer,
            content_type="signed_data",
            signing_time=when,
            certificates=sealer.chain,
        )
    raise ValueError("style must be 'data' or 'signed_data'")
