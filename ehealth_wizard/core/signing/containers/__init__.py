"""Key containers: a chain of readers that recognise a file by its content.

A reader is any object with `name`, `sniff(data) -> bool` (cheap; "this looks like mine", also
for a truncated file) and `load(data, password) -> list[KeyEntry]`. `load` raises
`WrongPassword`, `KeyFileError` (`key_file_truncated`, `key_file_damaged`, ...) or
`UnsupportedAlgorithm` — the last one means "this is my format but with algorithms I do not
handle" and makes `load_container` try the next reader that sniffs the data (so the standard
PKCS#12 reader hands GOST-encrypted files over to the DSTU one).

Readers and signer factories are registered by the modules in `signing.plugins.PLUGIN_MODULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from asn1crypto import keys, x509

from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm
from ehealth_wizard.core.signing.plugins import load_plugins

if TYPE_CHECKING:
    from ehealth_wizard.core.signing.signer_base import Signer


@dataclass(eq=False)
class KeyEntry:
    """One private key found in a container.

    `private_key` is whatever the matching signer factory understands: a `cryptography` private
    key object for ECDSA/RSA, the DSTU plug-in's own key object for DSTU 4145. `public_key` is
    its SubjectPublicKeyInfo, compared with certificates by the public-key bits.
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


# (entry, certificate, chain) -> a Signer, or None when the entry's key is not this factory's kind.
SignerFactory = Callable[[KeyEntry, x509.Certificate, Sequence[x509.Certificate]], "Signer | None"]

_READERS: list[ContainerReader] = []
_SIGNER_FACTORIES: list[SignerFactory] = []


def register_reader(reader: ContainerReader, *, first: bool = False) -> None:
    """Add a reader to the chain (at the end, or before all others with `first=True`)."""
    if any(r.name == reader.name for r in _READERS):
        return
    if first:
        _READERS.insert(0, reader)
    else:
        _READERS.append(reader)


def readers() -> list[ContainerReader]:
    load_plugins()
    return list(_READERS)


def register_signer_factory(factory: SignerFactory, *, first: bool = True) -> None:
    """Add a hook that turns a KeyEntry of its own key type into a Signer (DSTU plug-in)."""
    if factory in _SIGNER_FACTORIES:
        return
    if first:
        _SIGNER_FACTORIES.insert(0, factory)
    else:
        _SIGNER_FACTORIES.append(factory)


def signer_factories() -> list[SignerFactory]:
    load_plugins()
    return list(_SIGNER_FACTORIES)


def load_container(data: bytes, password: bytes) -> list[KeyEntry]:
    """Run the reader chain over a file's bytes; never returns an empty list."""
    if not data.strip():
        raise KeyFileError("key_file_empty")
    unsupported: UnsupportedAlgorithm | None = None
    for reader in readers():
        try:
            mine = reader.sniff(data)
        except Exception:  # a sniffer must not break the chain  # noqa: S112
            continue
        if not mine:
            continue
        try:
            entries = reader.load(data, password)
        except UnsupportedAlgorithm as exc:
            unsupported = exc
            continue
        if not entries:
            raise KeyFileError("key_file_no_key", format=reader.name)
        return entries
    if unsupported is not None:
        raise KeyFileError(
            "key_file_unsupported_algorithm", algorithm=unsupported.params.get("algorithm", "")
        )
    if der_state(data) == "truncated":
        raise KeyFileError("key_file_truncated")
    raise KeyFileError("key_file_unknown_format")


# --- small DER helpers the readers share ------------------------------------------------------


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
