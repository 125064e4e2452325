"""The IIT-style DSTU 4145 PrivateKeyInfo every Ukrainian container ends in.

```
SEQUENCE { INTEGER 0, SEQUENCE { OID dstu4145-le, DSTU4145Params }, OCTET STRING d (LE),
           [0] IMPLICIT SET OF Attribute OPTIONAL }
```
IIT attributes: 1.3.6.1.4.1.19398.1.1.2.1 signing-certificate SKI, .2.5 key-agreement SKI,
.2.3 key-agreement private key (BIT STRING, bits of each byte and byte order reversed),
.2.2 its curve (b / bp big-endian). Key-6.dat, PKCS#12 bags, PKCS#8 files and JKS entries
all decrypt to this.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from asn1crypto import keys

from ehealth_wizard.core.signing.containers import der
from ehealth_wizard.core.signing.containers.base import KeyEntry
from ehealth_wizard.core.signing.containers.der import DerError, Tlv
from ehealth_wizard.core.signing.dstu_spki import (
    DSTU4145_LE,
    KEY_OIDS,
    DstuParams,
    DstuPublicKey,
    algorithm_identifier,
    parse_params,
)
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm
from ehealth_wizard.core.signing.ua import dstu4145

IIT_SIGN_SKI = "1.3.6.1.4.1.19398.1.1.2.1"
IIT_KEP_CURVE = "1.3.6.1.4.1.19398.1.1.2.2"
IIT_KEP_KEY = "1.3.6.1.4.1.19398.1.1.2.3"
IIT_KEP_SKI = "1.3.6.1.4.1.19398.1.1.2.5"

ROLE_SIGNING = "signing"
ROLE_KEY_AGREEMENT = "key_agreement"


class DstuPrivateKey:
    """A DSTU 4145 private key; `forget()` drops the integer (done when a Signer closes)."""

    __slots__ = ("_d", "_public", "params")

    def __init__(self, params: DstuParams, d: int) -> None:
        self.params = params
        self._d: int | None = d
        self._public: DstuPublicKey | None = None

    @property
    def d(self) -> int:
        if self._d is None:
            raise KeyFileError("key_closed")
        return self._d

    @property
    def public(self) -> DstuPublicKey:
        if self._public is None:
            # Q = -d·P by the variable-base multiply: building the fixed-base table (what
            # signing uses) would cost more than the whole unlock for a key never used to sign.
            curve = self.params.curve
            dp = curve.mul(self.d, curve.base)
            if dp is None:
                raise KeyFileError("key_file_damaged", format="DSTU key", reason="degenerate")
            self._public = DstuPublicKey(self.params, dstu4145.Point(dp.x, dp.x ^ dp.y))
        return self._public

    def sign_digest(self, digest: bytes) -> bytes:
        """Raw 2L-byte little-endian r‖s over a 32-byte GOST 34.311 digest."""
        with dstu4145.PrivateKey(self.params.curve, self.d) as key:  # dropped right after
            return key.sign_le(digest)

    def forget(self) -> None:
        self._d = None

    def __repr__(self) -> str:  # never show the integer
        return f"DstuPrivateKey(m={self.params.spec.m})"


@dataclass
class IitKeyInfo:
    """What one PrivateKeyInfo holds: the signing key and, often, the key-agreement key."""

    key: DstuPrivateKey
    sign_ski: bytes | None = None
    kep_key: DstuPrivateKey | None = None
    kep_ski: bytes | None = None
    attributes: dict[str, bytes] = field(default_factory=dict)


def _d_from_le(raw: bytes, params: DstuParams) -> int:
    if not raw or len(raw) > params.order_bytes + 8:
        raise DerError("private key size")
    d = int.from_bytes(raw, "little")
    if not 0 < d < params.spec.n:
        raise DerError("private key out of range")
    return d


def _bit_invert(raw: bytes) -> int:
    """IIT's BIG_INVERT: reverse the bits of every byte and the byte order."""
    return int.from_bytes(bytes(_REV[b] for b in raw), "little")


_REV = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def parse_private_key_info(data: bytes) -> IitKeyInfo:
    """Parse a DSTU PrivateKeyInfo (trailing padding tolerated): KeyFileError when damaged,
    UnsupportedAlgorithm when it holds another kind of key."""
    try:
        return _parse(data)
    except DerError as exc:
        raise KeyFileError("key_file_damaged", format="DSTU key", reason=str(exc)) from None


def looks_like_private_key_info(data: bytes) -> bool:
    """Cheap structural check used to tell a right password from a wrong one (GOST CFB has
    no padding: a wrong key gives random bytes, which never parse this far)."""
    try:
        items = der.seq(der.parse_prefix(data), 3)
        return items[0].tag == der.INTEGER and der.to_oid(der.seq(items[1], 1)[0]) != ""
    except DerError:
        return False


def _parse(data: bytes) -> IitKeyInfo:
    items = der.seq(der.parse_prefix(data), 3)
    if der.to_int(items[0]) not in (0, 1):
        raise DerError("PrivateKeyInfo version")
    alg = der.seq(items[1], 1)
    oid = der.to_oid(alg[0])
    if oid not in KEY_OIDS:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=oid)
    if len(alg) < 2:
        raise DerError("DSTU key without parameters")
    params = parse_params(alg[1])
    d_raw = der.to_octets(items[2])
    info = IitKeyInfo(DstuPrivateKey(params, _d_from_le(d_raw, params)))
    attrs: dict[str, Tlv] = {}
    for extra in items[3:]:
        if extra.tag != 0xA0:
            continue
        for attr in extra.children():
            parts = der.seq(attr, 2)
            values = parts[1].expect(der.SET).children()
            if values:
                attrs[der.to_oid(parts[0])] = values[0]
    info.attributes = {k: v.raw for k, v in attrs.items()}
    if IIT_SIGN_SKI in attrs:
        info.sign_ski = der.to_octets(attrs[IIT_SIGN_SKI])
    if IIT_KEP_SKI in attrs:
        info.kep_ski = der.to_octets(attrs[IIT_KEP_SKI])
    if IIT_KEP_KEY in attrs and IIT_KEP_CURVE in attrs:
        kep_params = parse_params(attrs[IIT_KEP_CURVE], iit_kep=True)
        kep_d = _bit_invert(der.to_bits(attrs[IIT_KEP_KEY]))
        if not 0 < kep_d < kep_params.spec.n:
            raise DerError("key-agreement key out of range")
        info.kep_key = DstuPrivateKey(kep_params, kep_d)
    return info


def encode_private_key_info(key: DstuPrivateKey, sign_ski: bytes | None = None) -> bytes:
    """The PrivateKeyInfo for one signing key (what the sandbox's writers put in containers)."""
    d = key.d.to_bytes(key.params.order_bytes, "little")
    parts = [der.e_int(0), algorithm_identifier(key.params), der.e_octets(d)]
    if sign_ski is not None:
        attr = der.e_seq(der.e_oid(IIT_SIGN_SKI), der.e_set(der.e_octets(sign_ski)))
        parts.append(der.e_ctx(0, attr))
    return der.e_seq(*parts)


def entries_from_info(info: IitKeyInfo, local_key_id: bytes | None = None) -> list[KeyEntry]:
    """KeyEntries for the chain: the signing key first, then the key-agreement key."""
    out = [_entry(info.key, info.sign_ski or local_key_id, ROLE_SIGNING)]
    if info.kep_key is not None:
        out.append(_entry(info.kep_key, info.kep_ski, ROLE_KEY_AGREEMENT))
    return out


def _entry(key: DstuPrivateKey, ski: bytes | None, role: str) -> KeyEntry:
    public = key.public
    return KeyEntry(
        private_key=key,
        public_key=keys.PublicKeyInfo.load(public.spki),
        local_key_id=ski,
        extra={
            "algorithm": DSTU4145_LE,
            "role": role,
            "curve_bits": key.params.spec.m,
            "ski": public.ski,
            "dke": key.params.dke,
        },
    )
