"""PrivatBank-style Java KeyStore with DSTU keys.

Sun JKS: magic FEEDFEED, version 1|2, entries (private key + certificate chain, or trusted
certificate), then SHA-1(store password UTF-16BE ‖ "Mighty Aphrodite" ‖ body). Private keys
are EncryptedPrivateKeyInfo under the Sun key protector (OID 1.3.6.1.4.1.42.2.17.1.1): 20-byte
salt ‖ XOR-encrypted key ‖ SHA-1 check, keystream SHA-1(password ‖ previous digest).
The decrypted key is the same IIT DSTU PrivateKeyInfo as in Key-6.dat, or (keytool, other
providers) a standard PKCS#8 RSA or ECDSA key.

The program asks for one password: it unlocks the keys, and the store's integrity is checked
with it too when it is also the store password (PrivatBank files may use two different ones;
the per-key SHA-1 check still protects the key itself).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

from asn1crypto import x509

from ehealth_wizard.core.signing.containers import der
from ehealth_wizard.core.signing.containers.base import KeyEntry
from ehealth_wizard.core.signing.containers.der import DerError
from ehealth_wizard.core.signing.containers.dstu_key import (
    IitKeyInfo,
    entries_from_info,
    parse_private_key_info,
)
from ehealth_wizard.core.signing.containers.pkcs12_gost import load_certificate
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm, WrongPassword

MAGIC = b"\xfe\xed\xfe\xed"
SUN_KEY_PROTECTOR = "1.3.6.1.4.1.42.2.17.1.1"
_WHITENER = b"Mighty Aphrodite"
MAX_ENTRIES = 256


@dataclass
class JksKey:
    alias: str
    protected: bytes  # salt ‖ encrypted ‖ check
    chain: list[bytes] = field(default_factory=list)


@dataclass
class JksStore:
    keys: list[JksKey]
    trusted: list[bytes]
    body: bytes
    digest: bytes


def _damaged(reason: str) -> KeyFileError:
    return KeyFileError("key_file_damaged", format="JKS", reason=reason)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise KeyFileError("key_file_truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def u16(self) -> int:
        return int(struct.unpack(">H", self.take(2))[0])

    def u32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])

    def utf(self) -> str:
        raw = self.take(self.u16())
        return raw.decode("utf-8", errors="replace")


def parse_jks(data: bytes) -> JksStore:
    """The store's structure (no password involved); KeyFileError when damaged."""
    if len(data) < 4 or data[:4] != MAGIC:
        raise KeyFileError("key_file_unknown_format")
    r = _Reader(data)
    r.take(4)
    version = r.u32()
    if version not in (1, 2):
        raise _damaged("version")
    count = r.u32()
    if count > MAX_ENTRIES:
        raise _damaged("entry count")
    keys: list[JksKey] = []
    trusted: list[bytes] = []
    for _ in range(count):
        tag = r.u32()
        alias = r.utf()
        r.take(8)  # timestamp
        if tag == 1:
            protected = r.take(r.u32())
            chain = []
            n_certs = r.u32()
            if n_certs > MAX_ENTRIES:
                raise _damaged("chain length")
            for _ in range(n_certs):
                if version == 2:
                    r.utf()
                chain.append(r.take(r.u32()))
            keys.append(JksKey(alias, protected, chain))
        elif tag == 2:
            if version == 2:
                r.utf()
            trusted.append(r.take(r.u32()))
        else:
            raise _damaged("entry tag")
    body = data[: r.pos]
    digest = r.take(20)
    return JksStore(keys, trusted, body, digest)


def _utf16(password: bytes) -> bytes:
    try:
        text = password.decode("utf-8")
    except UnicodeDecodeError:
        text = password.decode("latin-1")
    return text.encode("utf-16-be")


def integrity_ok(store: JksStore, store_password: bytes) -> bool:
    expect = hashlib.sha1(_utf16(store_password) + _WHITENER + store.body).digest()  # noqa: S324
    return hmac.compare_digest(expect, store.digest)


def _protected_blob(encrypted_key_info: bytes) -> bytes:
    try:
        alg, blob = der.seq(der.parse(encrypted_key_info), 2)[:2]
        oid = der.to_oid(der.seq(alg, 1)[0])
        data = der.to_octets(blob)
    except DerError as exc:
        raise _damaged(str(exc)) from None
    if oid != SUN_KEY_PROTECTOR:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=oid)
    if len(data) < 41:
        raise _damaged("protected key too short")
    return data


def unprotect(encrypted_key_info: bytes, key_password: bytes) -> bytes:
    """Undo the Sun key protector; WrongPassword when its SHA-1 check fails."""
    data = _protected_blob(encrypted_key_info)
    pw = _utf16(key_password)
    salt, enc, check = data[:20], data[20:-20], data[-20:]
    stream = bytearray()
    digest = salt
    while len(stream) < len(enc):
        digest = hashlib.sha1(pw + digest).digest()  # noqa: S324 - the format's algorithm
        stream += digest
    plain = bytes(a ^ b for a, b in zip(enc, stream, strict=False))
    if not hmac.compare_digest(hashlib.sha1(pw + plain).digest(), check):  # noqa: S324
        raise WrongPassword()
    return plain


def protect(plain: bytes, key_password: bytes, salt: bytes) -> bytes:
    """The Sun key protector (for tests and round trips)."""
    pw = _utf16(key_password)
    stream = bytearray()
    digest = salt
    while len(stream) < len(plain):
        digest = hashlib.sha1(pw + digest).digest()  # noqa: S324
        stream += digest
    enc = bytes(a ^ b for a, b in zip(plain, stream, strict=False))
    blob = salt + enc + hashlib.sha1(pw + plain).digest()  # noqa: S324
    return der.e_seq(der.e_seq(der.e_oid(SUN_KEY_PROTECTOR), der.e_null()), der.e_octets(blob))


@dataclass
class UnlockedKey:
    alias: str
    info: IitKeyInfo | None  # a DSTU 4145 key (IIT PrivateKeyInfo)
    chain: list[x509.Certificate]
    other: KeyEntry | None = None  # an RSA / ECDSA key (standard PKCS#8)


def unlock_jks(
    data: bytes, key_password: bytes, store_password: bytes | None = None
) -> tuple[list[UnlockedKey], bool]:
    """Parse, check integrity, undo the key protector and parse every key (no public-key
    arithmetic). Returns the keys and whether the store's integrity was verified."""
    store = parse_jks(data)
    if store_password is not None and not integrity_ok(store, store_password):
        raise WrongPassword()  # like Java: "tampered with, or password was incorrect"
    verified = integrity_ok(store, store_password if store_password is not None else key_password)
    out = []
    for item in store.keys:
        plain = unprotect(item.protected, key_password)
        chain = [load_certificate(c) for c in item.chain]
        if _algorithm(plain) in FOREIGN_KEY_OIDS:
            out.append(UnlockedKey(item.alias, None, chain, _foreign_entry(plain)))
        else:
            out.append(UnlockedKey(item.alias, parse_private_key_info(plain), chain))
    if not out:
        raise KeyFileError("key_file_no_key", format="JKS")
    return out, verified


def load_jks(
    data: bytes, key_password: bytes, store_password: bytes | None = None
) -> list[KeyEntry]:
    """Every key of the store with its chain. With `store_password` the integrity check is
    mandatory (WrongPassword when it fails); otherwise it is tried with the key password."""
    unlocked, verified = unlock_jks(data, key_password, store_password)
    entries: list[KeyEntry] = []
    for item in unlocked:
        found = entries_from_info(item.info) if item.info is not None else [item.other]
        for entry in found:
            assert entry is not None
            entry.certificates = list(item.chain)
            entry.extra["alias"] = item.alias
            entry.extra["store_integrity_verified"] = verified
            entries.append(entry)
    return entries


RSA_KEY = "1.2.840.113549.1.1.1"
EC_KEY = "1.2.840.10045.2.1"
FOREIGN_KEY_OIDS = (RSA_KEY, EC_KEY)


def _algorithm(plain: bytes) -> str:
    """The PrivateKeyInfo's algorithm OID ("" when it is not one)."""
    try:
        items = der.seq(der.parse_prefix(plain), 3)
        return der.to_oid(der.seq(items[1], 1)[0])
    except DerError:
        return ""


def _foreign_entry(plain: bytes) -> KeyEntry:
    """An RSA/ECDSA PKCS#8 key through `cryptography` (the PKCS#8 reader's path)."""
    from ehealth_wizard.core.signing.containers.pkcs8 import key_entry, load_plain

    return key_entry(load_plain(plain, "JKS"))


def _utf(text: str) -> bytes:
    raw = text.encode("utf-8")
    return struct.pack(">H", len(raw)) + raw


def write_jks(
    key_info: bytes,
    chain: Sequence[bytes],
    *,
    store_password: bytes,
    key_password: bytes,
    alias: str = "key",
    timestamp_ms: int = 0,
) -> bytes:
    """A version-2 JKS with one private-key entry (plaintext PrivateKeyInfo `key_info`) and
    its chain — what PrivatBank hands out; used by tests and the sandbox."""
    protected = protect(key_info, key_password, secrets.token_bytes(20))
    body = bytearray(MAGIC + struct.pack(">II", 2, 1))
    body += struct.pack(">I", 1) + _utf(alias) + struct.pack(">Q", timestamp_ms)
    body += struct.pack(">I", len(protected)) + protected + struct.pack(">I", len(chain))
    for cert in chain:
        body += _utf("X.509") + struct.pack(">I", len(cert)) + cert
    digest = hashlib.sha1(_utf16(store_password) + _WHITENER + bytes(body)).digest()  # noqa: S324
    return bytes(body) + digest


class JksReader:
    name = "jks"

    def sniff(self, data: bytes) -> bool:
        return data[:4] == MAGIC

    def load(self, data: bytes, password: bytes) -> list[KeyEntry]:
        return load_jks(data, password)
