"""A strict, minimal DER reader/writer for the key containers.

Container files come from outside and are fuzzed; a tiny reader whose only failure is
`DerError` (a ValueError) keeps every malformed input a clean `KeyFileError` one level up,
which a general ASN.1 library with lazy parsing cannot promise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from asn1crypto import core

SEQUENCE = 0x30
SET = 0x31
INTEGER = 0x02
BIT_STRING = 0x03
OCTET_STRING = 0x04
NULL = 0x05
OID = 0x06
BMP_STRING = 0x1E

_MAX_DEPTH = 32


class DerError(ValueError):
    """The bytes are not the DER this module was asked to read."""


@dataclass(frozen=True, slots=True)
class Tlv:
    """One decoded element: its tag byte, content and the full encoding."""

    tag: int
    value: bytes
    raw: bytes

    @property
    def constructed(self) -> bool:
        return bool(self.tag & 0x20)

    def children(self) -> list[Tlv]:
        if not self.constructed:
            raise DerError("primitive element has no children")
        return list(iter_tlvs(self.value))

    def expect(self, tag: int) -> Tlv:
        if self.tag != tag:
            raise DerError(f"expected tag {tag:#x}, got {self.tag:#x}")
        return self


def read_tlv(data: bytes, pos: int = 0) -> tuple[Tlv, int]:
    """Decode one element at `pos`; return it and the offset after it."""
    n = len(data)
    if pos + 2 > n:
        raise DerError("truncated header")
    tag = data[pos]
    if tag & 0x1F == 0x1F:
        raise DerError("multi-byte tags are not used here")
    first = data[pos + 1]
    hdr = pos + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4:
            raise DerError("unsupported length form")
        if hdr + count > n:
            raise DerError("truncated length")
        length = int.from_bytes(data[hdr : hdr + count], "big")
        hdr += count
    end = hdr + length
    if end > n:
        raise DerError("element runs past the end")
    return Tlv(tag, bytes(data[hdr:end]), bytes(data[pos:end])), end


def iter_tlvs(data: bytes) -> Iterator[Tlv]:
    pos = 0
    while pos < len(data):
        tlv, pos = read_tlv(data, pos)
        yield tlv


def parse(data: bytes, tag: int | None = None) -> Tlv:
    """Decode exactly one element filling all of `data`."""
    tlv, end = read_tlv(data, 0)
    if end != len(data):
        raise DerError("trailing bytes")
    if tag is not None:
        tlv.expect(tag)
    return tlv


def parse_prefix(data: bytes, tag: int | None = None) -> Tlv:
    """Decode the first element, ignoring anything after it (some files carry padding)."""
    tlv, _ = read_tlv(data, 0)
    if tag is not None:
        tlv.expect(tag)
    return tlv


def seq(tlv: Tlv, min_items: int = 0) -> list[Tlv]:
    items = tlv.expect(SEQUENCE).children()
    if len(items) < min_items:
        raise DerError("sequence too short")
    return items


def to_int(tlv: Tlv) -> int:
    tlv.expect(INTEGER)
    if not tlv.value:
        raise DerError("empty integer")
    if len(tlv.value) > 1024:
        raise DerError("integer too large")
    return int.from_bytes(tlv.value, "big", signed=True)


def to_oid(tlv: Tlv) -> str:
    tlv.expect(OID)
    v = tlv.value
    if not v or len(v) > 64 or v[-1] & 0x80:
        raise DerError("bad object identifier")
    arcs: list[int] = []
    acc = 0
    for b in v:
        acc = (acc << 7) | (b & 0x7F)
        if not b & 0x80:
            arcs.append(acc)
            acc = 0
    first = arcs[0]
    head = [0, first] if first < 40 else [1, first - 40] if first < 80 else [2, first - 80]
    return ".".join(str(a) for a in head + arcs[1:])


def to_octets(tlv: Tlv) -> bytes:
    return tlv.expect(OCTET_STRING).value


def to_bits(tlv: Tlv) -> bytes:
    v = tlv.expect(BIT_STRING).value
    if not v or v[0] > 7:
        raise DerError("bad bit string")
    return v[1:]


# --- writing ------------------------------------------------------------------------------


def encode(tag: int, value: bytes) -> bytes:
    n = len(value)
    if n < 0x80:
        return bytes([tag, n]) + value
    lb = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(lb)]) + lb + value


def e_seq(*items: bytes) -> bytes:
    return encode(SEQUENCE, b"".join(items))


def e_set(*items: bytes) -> bytes:
    return encode(SET, b"".join(sorted(items)))


def e_int(value: int) -> bytes:
    length = max(1, (value.bit_length() + 8) // 8)
    return encode(INTEGER, value.to_bytes(length, "big", signed=True))


def e_octets(value: bytes) -> bytes:
    return encode(OCTET_STRING, value)


def e_bits(value: bytes) -> bytes:
    return encode(BIT_STRING, b"\x00" + value)


def e_null() -> bytes:
    return b"\x05\x00"


def e_oid(dotted: str) -> bytes:
    arcs = [int(a) for a in dotted.split(".")]
    body = bytearray()
    for arc in [arcs[0] * 40 + arcs[1], *arcs[2:]]:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        body.extend(reversed(chunk))
    return encode(OID, bytes(body))


def e_ctx(number: int, value: bytes, constructed: bool = True) -> bytes:
    return encode((0xA0 if constructed else 0x80) | number, value)


def first_field(value: core.Asn1Value) -> bytes:
    """The first element of a SEQUENCE exactly as received (the signed part of a certificate,
    an OCSP answer or a CRL): asn1crypto may re-encode a loaded value whose length ends in 0x80
    and drop DEFAULT values on the way, which would change the bytes the signature covers."""
    try:
        return bytes(next(iter_tlvs(bytes(value.contents))).raw)
    except (ValueError, StopIteration):  # BER: left to asn1crypto
        return bytes(value[0].dump())
