"""What every key-container reader shares: the `KeyEntry` it returns, the reader protocol, and
small DER helpers for recognising a file by its first bytes.

Kept apart from the reader chain (`containers/__init__.py`) so the readers import this and the
chain imports the readers, one way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from asn1crypto import keys, x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa


@dataclass(eq=False)
class KeyEntry:
    """One private key found in a container.

    `private_key` is whatever the matching signer factory understands: a `cryptography` private
    key object for ECDSA/RSA, a `DstuPrivateKey` (containers/dstu_key.py) for DSTU 4145.
    `public_key` is its SubjectPublicKeyInfo, compared with certificates by the public-key bits.
    """

    private_key: Any
    public_key: keys.PublicKeyInfo
    certificates: list[x509.Certificate] = field(default_factory=list)
    local_key_id: bytes | None = None  # PKCS#12 localKeyId / IIT key SKI, when the file has one
    extra: dict[str, Any] = field(default_factory=dict)  # reader-specific (e.g. DKE, curve)

    def forget(self) -> None:
        """Drop the private key reference."""
        self.private_key = None


class ContainerReader(Protocol):
    name: str

    def sniff(self, data: bytes) -> bool: ...

    def load(self, data: bytes, password: bytes) -> list[KeyEntry]: ...


def spki_of(private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> keys.PublicKeyInfo:
    """The SubjectPublicKeyInfo of a `cryptography` private key (readers use this)."""
    der = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return keys.PublicKeyInfo.load(der)


def der_header(data: bytes, offset: int = 0) -> tuple[int, int, int] | None:
    """(tag, header_length, content_length) of the TLV at `offset`, or None if not DER-shaped."""
    if offset + 2 > len(data):
        return None
    tag = data[offset]
    first = data[offset + 1]
    if tag & 0x1F == 0x1F:
        return None  # multi-byte tags never start our containers
    if first < 0x80:
        return tag, 2, first
    count = first & 0x7F
    if count == 0 or count > 4 or offset + 2 + count > len(data):
        return None
    length = int.from_bytes(data[offset + 2 : offset + 2 + count], "big")
    return tag, 2 + count, length


def der_state(data: bytes) -> str:
    """'ok' (one complete SEQUENCE, maybe with trailing bytes), 'truncated', or 'not_der'."""
    head = der_header(data)
    if head is None or head[0] != 0x30:
        return "not_der"
    _, header_len, length = head
    if header_len + length > len(data):
        return "truncated"
    return "ok"


def der_children(data: bytes, offset: int, end: int) -> list[tuple[int, int, int]]:
    """(tag, start, content_start) of the TLVs inside [offset, end) that fit into `data`."""
    out: list[tuple[int, int, int]] = []
    pos = offset
    while pos < min(end, len(data)):
        head = der_header(data, pos)
        if head is None:
            break
        tag, hl, length = head
        out.append((tag, pos, pos + hl))
        pos += hl + length
    return out
