"""CMS SignedData building blocks shared by CAdES, the time-stamp client and the test TSA.

Everything hashes through `digests` and verifies through `algorithms`, so a signer or a key type
registered there (DSTU 4145) works for signatures, time-stamps and chains alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from asn1crypto import algos, cms, core, tsp, x509
from asn1crypto import parser as asn1_parser

from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.algorithms import verify_signature
from ehealth_wizard.core.signing.certinfo import raw_extensions
from ehealth_wizard.core.signing.errors import UnsupportedAlgorithm
from ehealth_wizard.core.signing.issuers import issued_by

if TYPE_CHECKING:
    from ehealth_wizard.core.signing.keys import Signer


# ESSCertIDv2 with hashAlgorithm as a plain field: asn1crypto drops a DEFAULT (sha256) value,
# but eHealth's DS and UAPKI expect it written explicitly.
class _ExplicitESSCertIDv2(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012 - asn1crypto schema
        ("hash_algorithm", algos.DigestAlgorithm),
        ("cert_hash", core.OctetString),
        ("issuer_serial", tsp.IssuerSerial, {"optional": True}),
    ]


class _ExplicitESSCertIDv2s(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _ExplicitESSCertIDv2


class _ExplicitSigningCertificateV2(core.Sequence):  # type: ignore[misc]
    _fields = [("certs", _ExplicitESSCertIDv2s)]  # noqa: RUF012


def utc(value: datetime) -> datetime:
    """Aware UTC datetime without microseconds (UTCTime/GeneralizedTime in CMS are seconds)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def signing_certificate_v2(cert: x509.Certificate, digest_name: str) -> tsp.SigningCertificateV2:
    explicit = _ExplicitSigningCertificateV2(
        {
            "certs": [
                {
                    "hash_algorithm": digests.digest_algorithm_id(digest_name),
                    "cert_hash": digests.digest(digest_name, cert.dump()),
                    "issuer_serial": {
                        "issuer": [x509.GeneralName({"directory_name": cert.issuer})],
                        "serial_number": cert.serial_number,
                    },
                }
            ]
        }
    )
    return tsp.SigningCertificateV2.load(explicit.dump())


def signed_attributes(
    *,
    content_type: str,
    content_digest: bytes,
    certificate: x509.Certificate,
    digest_name: str,
    signing_time: datetime,
    extra: Iterable[cms.CMSAttribute] = (),
) -> cms.CMSAttributes:
    """contentType, signingTime, messageDigest, signingCertificateV2,
    then `extra` (e.g. the content time-stamp)."""
    when = utc(signing_time)
    time = (
        cms.Time({"utc_time": when})
        if 1950 <= when.year < 2050
        else cms.Time({"generalized_time": when})
    )
    from ehealth_wizard.core.signing.containers import der

    attrs = [
        cms.CMSAttribute({"type": "content_type", "values": [content_type]}),
        cms.CMSAttribute({"type": "signing_time", "values": [time]}),
        cms.CMSAttribute({"type": "message_digest", "values": [content_digest]}),
        cms.CMSAttribute(
            {
                "type": "signing_certificate_v2",
                "values": [signing_certificate_v2(certificate, digest_name)],
            }
        ),
        *extra,
    ]
    # Each attribute encoded once and the SET read back from those bytes: a built asn1crypto
    # SET re-encodes its parts on every dump (see assemble_signed_data_der), a loaded one does not.
    return cms.CMSAttributes.load(der.e_set(*(bytes(a.dump()) for a in attrs)))


def build_signed_data_der(
    content: bytes,
    signer: Signer,
    *,
    content_type: str = "data",
    signing_time: datetime,
    certificates: Sequence[x509.Certificate] = (),
    unsigned_attrs: Iterable[cms.CMSAttribute] = (),
    detached: bool = False,
    with_certificates: bool = True,
) -> bytes:
    """DER ContentInfo(SignedData) with one SignerInfo (issuerAndSerialNumber) made by
    `signer`; `with_certificates` False leaves the certificate SET out (a TSA asked for none)."""
    digest_name = signer.digest_name
    attrs = signed_attributes(
        content_type=content_type,
        content_digest=digests.digest(digest_name, content),
        certificate=signer.certificate,
        digest_name=digest_name,
        signing_time=signing_time,
    )
    signature = signer.sign(attrs.dump())
    return assemble_signed_data_der(
        content,
        signer,
        attrs,
        signature,
        content_type=content_type,
        certificates=certificates,
        unsigned_attrs=unsigned_attrs,
        detached=detached,
        with_certificates=with_certificates,
    )


def assemble_signed_data_der(
    content: bytes,
    signer: Signer,
    attrs: cms.CMSAttributes,
    signature: bytes,
    *,
    content_type: str = "data",
    certificates: Sequence[x509.Certificate] = (),
    unsigned_attrs: Iterable[cms.CMSAttribute] = (),
    detached: bool = False,
    with_certificates: bool = True,
) -> bytes:
    """DER ContentInfo(SignedData) put together from the encodings of its parts.

    Written out byte by byte on purpose: asn1crypto re-encodes a built structure when a nested
    part it has walked through counts as changed, and then drops DEFAULT values (the explicit
    ESSCertIDv2 hash algorithm, in ours and in the TSA's time-stamp), so the signed attributes
    sent would no longer be the ones signed — and it re-encodes any loaded object whose length
    happens to end in byte 0x80 (it takes that for BER's indefinite length). Never `.dump()`
    a loaded signature to send it: keep these bytes. Here `attrs` go out exactly as `attrs.dump()`
    (what was signed), and the signer's certificate comes first in the certificate SET
    (verifiers such as jkurwa take the first one as the signer's).
    """
    from ehealth_wizard.core.signing.containers import der

    cert = signer.certificate
    unsigned = [bytes(a.dump()) for a in unsigned_attrs]
    digest_alg = bytes(digests.digest_algorithm_id(signer.digest_name).dump())
    sid = bytes(
        cms.IssuerAndSerialNumber(
            {"issuer": cert.issuer, "serial_number": cert.serial_number}
        ).dump()
    )
    signed_attrs = bytes(attrs.dump())
    parts = [
        der.e_int(1),
        sid,
        digest_alg,
        b"\xa0" + signed_attrs[1:],  # [0] IMPLICIT SET OF Attribute
        bytes(signer.signature_algorithm.dump()),
        der.e_octets(signature),
    ]
    if unsigned:
        parts.append(der.encode(0xA1, b"".join(unsigned)))  # attributes in the order given
    signer_info = der.e_seq(*parts)
    encap = [bytes(cms.ContentType(content_type).dump())]
    if not detached:
        encap.append(der.encode(0xA0, der.e_octets(content)))
    certs = [cert] + [c for c in certificates if c.sha256 != cert.sha256]
    signed = der.e_seq(
        der.e_int(1 if content_type == "data" else 3),
        der.e_set(digest_alg),
        der.e_seq(*encap),
        der.encode(0xA0, b"".join(received_bytes(c) for c in certs)) if with_certificates else b"",
        der.e_set(signer_info),
    )
    return der.e_seq(bytes(cms.ContentType("signed_data").dump()), der.encode(0xA0, signed))


# --- reading -----------------------------------------------------------------------------------


def certificates_of(signed: cms.SignedData) -> list[x509.Certificate]:
    """The certificates carried in SignedData; ValueError when that SET is malformed.

    Each one remembers the bytes it arrived in (`received_bytes`): asn1crypto re-encodes a
    BER certificate (indefinite lengths) as DER, and the signing-certificate hash a signer
    wrote is over what it sent."""
    choices = signed["certificates"]
    if not choices.contents:
        return []
    raws = _elements(choices.contents)
    if not raws:
        raise ValueError("unreadable certificate set")
    out = []
    for raw in raws:
        if raw[:1] != b"\x30":  # another CertificateChoices alternative ([0], [1], [2], [3])
            continue
        # Each element on its own: asn1crypto's CertificateChoices cannot parse a BER
        # (indefinite-length) certificate, which x509.Certificate can.
        cert = x509.Certificate.load(raw, strict=False)
        if cert.dump() != raw:
            cert._ehealth_received = raw
        out.append(cert)
    return out


def _elements(data: bytes) -> list[bytes]:
    """The encodings of the BER elements concatenated in `data` ([] if unreadable)."""
    out = []
    pos = 0
    try:
        while pos < len(data):
            size = asn1_parser.peek(data[pos:])
            out.append(bytes(data[pos : pos + size]))
            pos += size
    except ValueError:
        return []
    return out


def received_bytes(cert: x509.Certificate) -> bytes:
    """The certificate as it was received (see `certificates_of`), else its encoding."""
    raw = getattr(cert, "_ehealth_received", None)
    return raw if isinstance(raw, bytes) else bytes(cert.dump())


def signer_identifier(signer_info: cms.SignerInfo) -> tuple[str, Any]:
    """("issuer_and_serial_number", IssuerAndSerialNumber) or ("subject_key_identifier", bytes).

    Read from the raw SignerInfo, because tools write the SKI three ways: RFC 5652's
    `[0] IMPLICIT OCTET STRING`, `[0] EXPLICIT OCTET STRING` (IIT) and a BER-constructed
    `[0]` of OCTET STRING chunks; asn1crypto's schema rejects the last two.
    Raises ValueError when the identifier cannot be read.
    """
    from ehealth_wizard.core.signing.containers.der import iter_tlvs

    try:
        fields = list(iter_tlvs(signer_info.contents))
        raw = fields[1]
    except (ValueError, IndexError):  # not DER (BER lengths): asn1crypto's reading
        sid = signer_info["sid"]
        if sid.name == "subject_key_identifier":
            return sid.name, bytes(sid.chosen.native)
        return sid.name, sid.chosen
    if raw.tag == 0x30:
        return "issuer_and_serial_number", cms.IssuerAndSerialNumber.load(raw.raw)
    if raw.tag == 0x80:
        return "subject_key_identifier", raw.value
    if raw.tag == 0xA0:
        parts = raw.children()
        if parts and all(p.tag == 0x04 for p in parts):
            return "subject_key_identifier", b"".join(p.value for p in parts)
    raise ValueError("unreadable signer identifier")


def find_signer_certificate(
    signer_info: cms.SignerInfo,
    pool: Sequence[x509.Certificate],
    extra: Sequence[x509.Certificate] = (),
) -> x509.Certificate | None:
    """The certificate the SignerInfo names, from `pool` (the signature's own) or `extra` (a
    trust list); None when none matches — also when the identifier is unreadable, and a
    candidate that cannot be read is no match (never raises on malformed input).

    A key identifier matches a certificate's SKI extension; for the signature's own
    certificates also SHA-1 / GOST 34.311 of the public key (tools that compute it themselves).
    """
    try:
        kind, value = signer_identifier(signer_info)
        if kind == "issuer_and_serial_number":
            serial = value["serial_number"].native
            issuer = value["issuer"]
            issuer_der = issuer.dump()
        else:
            ski = bytes(value)
    except ValueError:
        return None
    everything = list(pool) + list(extra)
    for cert in everything:
        try:
            if kind == "issuer_and_serial_number":
                if serial == cert.serial_number and (
                    issuer_der == cert.issuer.dump() or issuer == cert.issuer
                ):
                    return cert
            elif _ski(cert) == ski:
                return cert
        except Exception:  # noqa: S112 - an unreadable candidate is no match
            continue
    if kind == "subject_key_identifier":
        for cert in pool:
            try:
                if ski in key_identifiers(cert):
                    return cert
            except Exception:  # noqa: S112
                continue
    return None


def key_identifiers(cert: x509.Certificate) -> tuple[bytes, ...]:
    """Every value a signer may use to name `cert` by key: its SKI extension, SHA-1 of the
    public key (RFC 5280 §4.2.1.2 method 1) and GOST 34.311 of it (Ukrainian CAs)."""
    out = []
    ext = _ski(cert)
    if ext is not None:
        out.append(ext)
    try:
        key_bits = cert.public_key["public_key"].contents[1:]
    except ValueError:
        return tuple(out)
    out.append(digests.digest("sha1", key_bits))
    out.append(digests.digest("gost34311", key_bits))
    return tuple(out)


def _ski(cert: x509.Certificate) -> bytes | None:
    raw = raw_extensions(cert).get("2.5.29.14")
    if raw is None:
        return None
    try:
        return bytes(core.OctetString.load(raw).native)
    except ValueError:
        return None


def remember_received(signer_info: cms.SignerInfo) -> None:
    """Keep the signed-attribute bytes exactly as received. Call before reading anything in
    the SignerInfo: once asn1crypto has walked into the attributes it may re-encode them on
    dump (dropping DEFAULT values such as the ESSCertIDv2 hash algorithm), and a signature
    checked over those bytes would fail."""
    from ehealth_wizard.core.signing.containers import der

    if getattr(signer_info, "_ehealth_signed_attrs", None) is not None:
        return
    try:
        fields = list(der.iter_tlvs(bytes(signer_info.contents)))
    except ValueError:  # BER lengths: left to asn1crypto
        return
    for field in fields[3:5]:
        if field.tag == 0xA0:
            signer_info._ehealth_signed_attrs = b"\x31" + field.raw[1:]
            return


def signed_attrs_bytes(signer_info: cms.SignerInfo) -> bytes:
    """The exact signed-attribute bytes as received, re-tagged [0] -> SET (RFC 5652 §5.4)."""
    kept = getattr(signer_info, "_ehealth_signed_attrs", None)
    if isinstance(kept, bytes):
        return kept
    raw = signer_info["signed_attrs"].dump()
    return bytes(b"\x31" + raw[1:])


def attribute(signer_info: cms.SignerInfo, name: str, *, signed: bool = True) -> list[Any]:
    """All values of the named attribute (asn1crypto objects), [] when absent; ValueError when
    the attributes are malformed (callers turn that into their own failure code)."""
    attrs = signer_info["signed_attrs" if signed else "unsigned_attrs"]
    out: list[Any] = []
    if not attrs.contents:
        return out
    for attr in attrs:
        if attr["type"].native == name:
            out.extend(attr["values"])
    return out


def verify_signer_info(
    signer_info: cms.SignerInfo, cert: x509.Certificate, content: bytes
) -> tuple[str | None, str]:
    """(failure code or None, digest name). Codes: cades_algorithm_unsupported,
    cades_content_mismatch, cades_signature_invalid, cades_signing_cert_mismatch."""
    try:
        digest_name = digests.name_of(signer_info["digest_algorithm"])
    except UnsupportedAlgorithm:
        return "cades_algorithm_unsupported", signer_info["digest_algorithm"]["algorithm"].dotted
    sig_oid = signer_info["signature_algorithm"]["algorithm"].dotted
    signature = signer_info["signature"].native
    try:
        if signer_info["signed_attrs"].contents:
            md = attribute(signer_info, "message_digest")
            if len(md) != 1 or md[0].native != digests.digest(digest_name, content):
                return "cades_content_mismatch", digest_name
            signed = signed_attrs_bytes(signer_info)
        else:
            signed = content
        if not verify_signature(cert.public_key, sig_oid, signature, signed, digest_name):
            return "cades_signature_invalid", digest_name
    except UnsupportedAlgorithm:
        return "cades_algorithm_unsupported", digest_name
    except ValueError:  # malformed attributes or certificate: nothing verified
        return "cades_malformed", digest_name
    try:
        return _check_signing_certificate(signer_info, cert), digest_name
    except UnsupportedAlgorithm:
        return "cades_algorithm_unsupported", digest_name
    except ValueError:  # a signed (so signature-checked) but unreadable ESSCertID
        return "cades_malformed", digest_name


def _check_signing_certificate(signer_info: cms.SignerInfo, cert: x509.Certificate) -> str | None:
    """signingCertificate(V2): the first ESSCertID's hash must be the signer certificate's."""
    for value in attribute(signer_info, "signing_certificate_v2"):
        ids = value["certs"]
        if len(ids):
            first = ids[0]
            name = digests.name_of(first["hash_algorithm"])
            if first["cert_hash"].native != digests.digest(name, received_bytes(cert)):
                return "cades_signing_cert_mismatch"
    for value in attribute(signer_info, "signing_certificate"):
        ids = value["certs"]
        if len(ids) and ids[0]["cert_hash"].native != digests.digest("sha1", received_bytes(cert)):
            return "cades_signing_cert_mismatch"
    return None


def chains_to(
    cert: x509.Certificate,
    pool: Sequence[x509.Certificate],
    trusted: Sequence[x509.Certificate],
    *,
    max_depth: int = 8,
) -> bool:
    """Does `cert` chain (by verified issuer signatures) to one of `trusted`?"""
    trusted_ids = {t.sha256 for t in trusted}
    current = cert
    for _ in range(max_depth):
        if current.sha256 in trusted_ids:
            return True
        # (not itself: a re-keyed root's link certificate has the same name and key)
        signers = (c for c in issued_by(current, trusted, pool) if c.sha256 != current.sha256)
        issuer = next(signers, None)
        if issuer is None:
            return False
        current = issuer
    return False
