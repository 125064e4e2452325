"""DSTU 4145 public keys as certificates and containers carry them.

`DSTU4145Params ::= SEQUENCE { curve CHOICE { namedCurve OID, explicit ECBinary }, dke OCTET
STRING OPTIONAL }`; the public key is the compressed point, little-endian, in an OCTET STRING
inside the BIT STRING; the Subject Key Identifier is GOST 34.311 of that OCTET STRING.
`verify` is the DSTU entry of `algorithms.py`'s verifier table (certificates, CMS, TSP, OCSP);
`describe` is certinfo's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from asn1crypto import keys

from ehealth_wizard.core.signing.containers import der
from ehealth_wizard.core.signing.containers.der import DerError, Tlv
from ehealth_wizard.core.signing.ua import dstu4145, gost28147, gost34311
from ehealth_wizard.core.signing.ua.dstu_curves import NAMED_CURVES

DSTU4145_LE = "1.2.804.2.1.1.1.1.3.1.1"
DSTU4145_BE = "1.2.804.2.1.1.1.1.3.1.1.1.1"
NAMED_CURVE_ARC = "1.2.804.2.1.1.1.1.3.1.1.2."
KEY_OIDS = (DSTU4145_LE, DSTU4145_BE)

Point = dstu4145.Point


@dataclass(frozen=True)
class CurveSpec:
    """Curve constants as a file states them: field degree, the other exponents of the field
    polynomial (descending, without m and 0), A, B, order n and the base point."""

    m: int
    exponents: tuple[int, ...]
    a: int
    b: int
    n: int
    base_compressed: bytes  # little-endian compressed base point
    named: int | None = None


@dataclass(frozen=True)
class DstuParams:
    """A key's domain parameters: the curve and the S-box (DKE) hashes and ciphers use."""

    spec: CurveSpec
    dke: bytes | None

    @property
    def curve(self) -> dstu4145.Curve:
        return curve_of(self.spec)

    @property
    def sbox(self) -> bytes:
        return self.dke or gost28147.DEFAULT_DKE

    @property
    def field_bytes(self) -> int:
        return (self.spec.m + 7) // 8

    @property
    def order_bytes(self) -> int:
        return (self.spec.n.bit_length() + 7) // 8


# --- curves --------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def curve_of(spec: CurveSpec) -> dstu4145.Curve:
    """The arithmetic object for a spec (named curves come from the standard table)."""
    try:
        if spec.named is not None:
            return dstu4145.named_curve(spec.named)
        index = _standard_index(spec)
        if index is not None:
            return dstu4145.named_curve(index)
        return dstu4145.curve_from_params_compressed(
            spec.m,
            spec.exponents,
            spec.a,
            spec.b,
            spec.n,
            int.from_bytes(spec.base_compressed, "little"),
        )
    except (ValueError, ArithmeticError) as exc:
        raise DerError(f"unusable curve parameters: {exc}") from None


def _standard_index(spec: CurveSpec) -> int | None:
    """The named curve an explicit spec spells out (Diia certificates, Key-6.dat), found by
    comparing constants - without building the nine other curves."""
    for idx, m, ks, a, b, n, _px, _py in NAMED_CURVES:
        lower = tuple(sorted((e for e in ks if e not in (m, 0)), reverse=True))
        if (m, lower, a, b, n) == (spec.m, spec.exponents, spec.a, spec.b, spec.n):
            c = dstu4145.named_curve(idx)
            if dstu4145.public_key_bytes_le(c, c.base) == spec.base_compressed:
                return idx
    return None


def named_spec(index: int) -> CurveSpec:
    """The spec of standard curve `index` (0..9), kept named when written out."""
    if not 0 <= index <= 9:
        raise DerError("unknown named curve")
    c = dstu4145.named_curve(index)
    return CurveSpec(
        c.m,
        tuple(sorted((e for e in c.ks if e not in (c.m, 0)), reverse=True)),
        c.a,
        c.b,
        c.n,
        dstu4145.public_key_bytes_le(c, c.base),
        index,
    )


# --- parameters ----------------------------------------------------------------------------


def parse_ecbinary(tlv: Tlv, *, iit_kep: bool = False) -> CurveSpec:
    """ECBinary { [0] version OPTIONAL, f { m, k | {k, j, l} }, a, b, n, bp }.

    `iit_kep`: b and bp are big-endian — the IIT key-agreement attribute
    and keys of the big-endian algorithm 1.2.804.2.1.1.1.1.3.1.1.1.1 (e.g. the Treasury's
    КНЕДП certificates in the trust list) write them so.
    Exponent order of a pentanomial varies between writers; the set is what matters.
    """
    items = der.seq(tlv)
    if items and items[0].tag == 0xA0:
        items = items[1:]
    if len(items) < 5:
        raise DerError("ECBinary too short")
    f = der.seq(items[0], 2)
    m = der.to_int(f[0])
    if f[1].tag == der.INTEGER:
        exps = [der.to_int(f[1])]
    else:
        exps = [der.to_int(t) for t in der.seq(f[1], 3)[:3]]
    if not 100 <= m <= 1024 or any(not 0 < e < m for e in exps) or len(set(exps)) != len(exps):
        raise DerError("bad field polynomial")
    a = der.to_int(items[1])
    if a not in (0, 1):
        raise DerError("A is 0 or 1")
    b_raw = der.to_octets(items[2])
    n = der.to_int(items[3])
    bp = der.to_octets(items[4])
    size = (m + 7) // 8
    if len(b_raw) > size + 1 or len(bp) > size + 1 or not 1 < n < (1 << (m + 1)):
        raise DerError("curve constant out of range")
    b = int.from_bytes(b_raw, "big") if iit_kep else int.from_bytes(b_raw, "little")
    if iit_kep:
        bp = bp[::-1]
    bp = bp[:size].ljust(size, b"\0")
    return CurveSpec(m, tuple(sorted(exps, reverse=True)), a, b, n, bp)


def parse_params(tlv: Tlv, *, iit_kep: bool = False) -> DstuParams:
    """DSTU4145Params (or, with `iit_kep`, the IIT KEP-curve attribute value)."""
    items = der.seq(tlv, 1)
    first = items[0]
    if first.tag == der.OID:
        oid = der.to_oid(first)
        if not oid.startswith(NAMED_CURVE_ARC) or not oid[len(NAMED_CURVE_ARC) :].isdigit():
            raise DerError("unknown named curve")
        spec = named_spec(int(oid[len(NAMED_CURVE_ARC) :]))
    else:
        spec = parse_ecbinary(first, iit_kep=iit_kep)
    dke = None
    if len(items) > 1:
        dke = der.to_octets(items[1])
        if len(dke) != 64:
            raise DerError("DKE is 64 bytes")
    return DstuParams(spec, dke)


def encode_params(params: DstuParams) -> bytes:
    spec = params.spec
    if spec.named is not None:
        curve = der.e_oid(NAMED_CURVE_ARC + str(spec.named))
    else:
        if len(spec.exponents) == 1:
            poly = der.e_int(spec.exponents[0])
        else:
            poly = der.e_seq(*(der.e_int(e) for e in sorted(spec.exponents)))
        size = (spec.m + 7) // 8
        curve = der.e_seq(
            der.e_seq(der.e_int(spec.m), poly),
            der.e_int(spec.a),
            der.e_octets(spec.b.to_bytes(size, "little")),
            der.e_int(spec.n),
            der.e_octets(spec.base_compressed),
        )
    parts = [curve]
    if params.dke is not None:
        parts.append(der.e_octets(params.dke))
    return der.e_seq(*parts)


def algorithm_identifier(params: DstuParams) -> bytes:
    return der.e_seq(der.e_oid(DSTU4145_LE), encode_params(params))


# --- public keys ---------------------------------------------------------------------------


def point_octets(params: DstuParams, point: Point) -> bytes:
    """DER OCTET STRING of the compressed little-endian point (what the BIT STRING holds)."""
    return der.e_octets(dstu4145.public_key_bytes_le(params.curve, point))


def build_spki(params: DstuParams, point: Point) -> bytes:
    return der.e_seq(algorithm_identifier(params), der.e_bits(point_octets(params, point)))


def ski_of_point(params: DstuParams, point: Point) -> bytes:
    """Subject Key Identifier as Ukrainian CAs write it: GOST 34.311 of the OCTET STRING."""
    return gost34311.gost34311(point_octets(params, point))


@dataclass(frozen=True)
class DstuPublicKey:
    params: DstuParams
    point: Point

    @property
    def spki(self) -> bytes:
        return build_spki(self.params, self.point)

    @property
    def ski(self) -> bytes:
        return ski_of_point(self.params, self.point)


@lru_cache(maxsize=256)
def parse_spki(data: bytes) -> DstuPublicKey:
    """A DSTU SubjectPublicKeyInfo; DerError (a ValueError) when it is not one. Cached: the
    same CA and signer keys are checked again and again, and decompression costs a square
    root and an inversion in GF(2^m)."""
    alg, bits = der.seq(der.parse(data), 2)[:2]
    alg_items = der.seq(alg, 2)
    oid = der.to_oid(alg_items[0])
    if oid not in KEY_OIDS:
        raise DerError("not a DSTU 4145 key")
    big_endian = oid == DSTU4145_BE  # curve constants and the point written big-endian
    params = parse_params(alg_items[1], iit_kep=big_endian)
    inner = der.parse(der.to_bits(bits), der.OCTET_STRING).value
    if len(inner) != params.field_bytes:
        raise DerError("public key size")
    if big_endian:
        inner = inner[::-1]
    curve = params.curve
    try:
        point = dstu4145.public_key_from_bytes_le(curve, inner)
    except (ValueError, ArithmeticError) as exc:
        raise DerError("public key is not on the curve") from exc
    return DstuPublicKey(params, point)


# --- signatures ----------------------------------------------------------------------------


def signature_raw(params: DstuParams, signature: bytes) -> bytes | None:
    """The 2L signature bytes, given raw or wrapped in an OCTET STRING."""
    size = params.order_bytes
    if len(signature) == 2 * size:
        return signature
    try:
        raw = der.parse(signature, der.OCTET_STRING).value
    except DerError:
        return None
    return raw if len(raw) == 2 * size else None


def signature_values(params: DstuParams, signature: bytes) -> tuple[int, int] | None:
    """(r, s) from a raw 2L-byte LE value or the same wrapped in an OCTET STRING."""
    raw = signature_raw(params, signature)
    if raw is None:
        return None
    r, s = dstu4145.decode_signature_le(params.curve, raw)
    return r, s


def verify_with_key(public: DstuPublicKey, signature: bytes, data: bytes) -> bool:
    """Hash `data` with GOST 34.311 under the key's DKE and check the DSTU signature."""
    rs = signature_values(public.params, signature)
    if rs is None:
        return False
    digest = gost34311.gost34311(data, public.params.sbox)
    return bool(dstu4145.verify(public.params.curve, public.point, digest, rs[0], rs[1]))


def verify(
    spki: keys.PublicKeyInfo, sig_oid: str, signature: bytes, data: bytes, digest_name: str
) -> bool:
    if digest_name != "gost34311":
        return False  # DSTU 4145 here is always over GOST 34.311 (Kupyna variants: extension)
    try:
        public = parse_spki(spki.dump())
    except ValueError:
        return False
    if sig_oid == DSTU4145_BE:
        raw = signature_raw(public.params, signature)
        if raw is None:
            return False
        signature = raw[::-1]  # BE "s || r" reversed is the LE "r || s" form
    return verify_with_key(public, signature, data)


def describe(spki: keys.PublicKeyInfo) -> str:
    """ "DSTU 4145-2002 M257" for certinfo (parameters only, no point arithmetic)."""
    alg = der.seq(der.seq(der.parse(spki.dump()), 2)[0], 2)
    return f"DSTU 4145-2002 M{parse_params(alg[1]).spec.m}"
