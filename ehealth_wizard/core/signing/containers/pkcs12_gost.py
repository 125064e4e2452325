"""PKCS#12 with Ukrainian algorithms (Diia, IIT `Key-6.pfx`).

pkcs8ShroudedKeyBags under GOST PBES2, MacData over GOST 34.311 with the RFC 7292 KDF. The
standard reader (`pkcs12.py`) hands such files over by raising UnsupportedAlgorithm.

Unlocking is slow in pure Python (two 10 000-round KDFs), so the structure is parsed first
without crypto, the MAC decides right/wrong password, and only the bag holding the signing
key is decrypted: the one whose localKeyId names a signing certificate in the file, else the
first bag (the signing key comes first in every Diia and IIT sample). The MAC's KDF runs in a
second process alongside that bag's PBKDF2 (`kdf_process`), so an unlock costs the longer of
the two, not their sum. With the compiled GOST module (`ua.accel`) both KDFs run in-process,
one after the other: together they cost less than starting that process.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from asn1crypto import x509

from ehealth_wizard.core.signing.certparse import parse_certificates
from ehealth_wizard.core.signing.containers import der, kdf_process, progress
from ehealth_wizard.core.signing.containers.base import KeyEntry, der_state
from ehealth_wizard.core.signing.containers.der import DerError, Tlv
from ehealth_wizard.core.signing.containers.dstu_key import (
    DstuPrivateKey,
    IitKeyInfo,
    encode_private_key_info,
    entries_from_info,
    looks_like_private_key_info,
    parse_private_key_info,
)
from ehealth_wizard.core.signing.containers.gost_pbes import (
    HMAC_GOST34311,
    Pbes2Params,
    check_iterations,
    decrypt_with_key,
    derive_key,
    encrypt_gost,
    parse_pbes2,
    password_variants,
)
from ehealth_wizard.core.signing.containers.pkcs12 import Pkcs12Reader
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm, WrongPassword
from ehealth_wizard.core.signing.ua import accel, gost34311

DATA = "1.2.840.113549.1.7.1"
ENCRYPTED_DATA = "1.2.840.113549.1.7.6"
SHROUDED_KEY_BAG = "1.2.840.113549.1.12.10.1.2"
KEY_BAG = "1.2.840.113549.1.12.10.1.1"
CERT_BAG = "1.2.840.113549.1.12.10.1.3"
X509_CERT = "1.2.840.113549.1.9.22.1"
LOCAL_KEY_ID = "1.2.840.113549.1.9.21"
GOST34311 = "1.2.804.2.1.1.1.1.2.1"
MAX_BAGS = 64
#: The MAC's RFC 7292 KDF, run in a second process (a top-level function of bytes/ints).
GOST_PKCS12_KDF = gost34311.pkcs12_kdf_gost34311


@dataclass
class ShroudedBag:
    params: Pbes2Params
    ciphertext: bytes
    local_key_id: bytes | None


@dataclass
class MacInfo:
    digest: bytes
    salt: bytes
    iterations: int


@dataclass
class Pfx:
    """A PKCS#12 file's structure, before any password is involved."""

    auth_safe: bytes  # the bytes the MAC covers
    mac: MacInfo | None
    shrouded: list[ShroudedBag] = field(default_factory=list)
    plain_keys: list[tuple[bytes, bytes | None]] = field(default_factory=list)
    certificates: list[tuple[bytes, bytes | None]] = field(default_factory=list)
    encrypted_safes: list[EncryptedSafe] = field(default_factory=list)


@dataclass
class EncryptedSafe:
    """An encryptedData SafeContents (PBES2), as OpenSSL-style writers store certificates."""

    params: Pbes2Params
    ciphertext: bytes


def _damaged(reason: str) -> KeyFileError:
    return KeyFileError("key_file_damaged", format="PKCS#12", reason=reason)


def parse_pfx(data: bytes) -> Pfx:
    """Parse a PFX with GOST algorithms (no crypto). KeyFileError when damaged;
    UnsupportedAlgorithm for layouts this reader does not handle (public-key integrity,
    encrypted safes, non-GOST MACs)."""
    if der_state(data) == "truncated":
        raise KeyFileError("key_file_truncated")
    try:
        return _parse_pfx(data)
    except DerError as exc:
        raise _damaged(str(exc)) from None


def _parse_pfx(data: bytes) -> Pfx:
    items = der.seq(der.parse_prefix(data), 2)
    if der.to_int(items[0]) != 3:
        raise DerError("PFX version")
    ci = der.seq(items[1], 2)
    if der.to_oid(ci[0]) != DATA:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=der.to_oid(ci[0]))
    auth_safe = der.to_octets(der.parse(ci[1].expect(0xA0).value))
    mac: MacInfo | None = None
    if len(items) > 2:
        md = der.seq(items[2], 2)
        digest_info = der.seq(md[0], 2)
        alg_oid = der.to_oid(der.seq(digest_info[0], 1)[0])
        if alg_oid != GOST34311:
            raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=alg_oid)
        iterations = der.to_int(md[2]) if len(md) > 2 else 1
        mac = MacInfo(
            der.to_octets(digest_info[1]), der.to_octets(md[1]), check_iterations(iterations)
        )
    pfx = Pfx(auth_safe, mac)
    for info in der.seq(der.parse(auth_safe)):
        parts = der.seq(info, 2)
        kind = der.to_oid(parts[0])
        content = der.parse(parts[1].expect(0xA0).value)
        if kind == DATA:
            read_safe_contents(pfx, der.to_octets(content))
        elif kind == ENCRYPTED_DATA:
            eci = der.seq(der.seq(content, 2)[1], 3)
            if der.to_oid(eci[0]) != DATA:
                raise DerError("encrypted safe of another content type")
            pfx.encrypted_safes.append(EncryptedSafe(parse_pbes2(eci[1]), _implicit_octets(eci[2])))
        else:
            raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=kind)
    return pfx


def _implicit_octets(tlv: Tlv) -> bytes:
    """[0] IMPLICIT OCTET STRING, primitive or constructed (BER chunks)."""
    if tlv.tag == 0x80:
        return tlv.value
    if tlv.tag == 0xA0:
        return b"".join(der.to_octets(chunk) for chunk in tlv.children())
    raise DerError("encrypted content")


def read_safe_contents(pfx: Pfx, safe: bytes) -> None:
    for bag in der.seq(der.parse(safe)):
        _read_bag(pfx, bag)
        if len(pfx.shrouded) + len(pfx.plain_keys) + len(pfx.certificates) > MAX_BAGS:
            raise DerError("too many bags")


def open_encrypted_safes(pfx: Pfx, derive: BagKeyFn, password: bytes) -> None:
    """Decrypt the encryptedData safes into `pfx` (one more KDF each). With a verified MAC a
    safe that does not parse is damage, not a wrong password."""
    safes, pfx.encrypted_safes = pfx.encrypted_safes, []
    for safe in safes:
        plain = decrypt_with_key(safe.params, derive(safe.params, password), safe.ciphertext)
        try:
            read_safe_contents(pfx, plain)
        except DerError:
            if pfx.mac is None:
                raise WrongPassword() from None
            raise _damaged("encrypted safe") from None


def _read_bag(pfx: Pfx, bag: Tlv) -> None:
    parts = der.seq(bag, 2)
    kind = der.to_oid(parts[0])
    value = der.parse(parts[1].expect(0xA0).value)
    local_id: bytes | None = None
    if len(parts) > 2:
        for attr in parts[2].expect(der.SET).children():
            a = der.seq(attr, 2)
            vals = a[1].expect(der.SET).children()
            if der.to_oid(a[0]) == LOCAL_KEY_ID and vals:
                local_id = der.to_octets(vals[0])
    if kind == SHROUDED_KEY_BAG:
        alg, ct = der.seq(value, 2)[:2]
        pfx.shrouded.append(ShroudedBag(parse_pbes2(alg), der.to_octets(ct), local_id))
    elif kind == KEY_BAG:
        pfx.plain_keys.append((value.raw, local_id))
    elif kind == CERT_BAG:
        cb = der.seq(value, 2)
        if der.to_oid(cb[0]) == X509_CERT:
            cert = der.to_octets(der.parse(cb[1].expect(0xA0).value))
            pfx.certificates.append((cert, local_id))


def bmp_password(password: bytes) -> bytes:
    """RFC 7292 B.1: the password as UTF-16BE with a two-byte zero terminator."""
    try:
        text = password.decode("utf-8")
    except UnicodeDecodeError:
        text = password.decode("latin-1")
    return text.encode("utf-16-be") + b"\0\0" if text else b""


def mac_key(mac: MacInfo, password: bytes) -> bytes:
    return gost34311.pkcs12_kdf_gost34311(
        bmp_password(password), mac.salt, mac.iterations, 3, 32, progress=progress.stage(0, 2)
    )


def check_mac(pfx: Pfx, key: bytes) -> None:
    assert pfx.mac is not None
    computed = gost34311.hmac_gost34311(key, pfx.auth_safe)
    if not hmac.compare_digest(computed, pfx.mac.digest):
        raise WrongPassword()


def choose_bag(pfx: Pfx, want_key_id: bytes | None = None) -> ShroudedBag:
    """The bag to decrypt: by localKeyId (given, or of a signing certificate), else the first."""
    if not pfx.shrouded:
        raise KeyFileError("key_file_no_key", format="PKCS#12")
    ids = [want_key_id] if want_key_id else []
    ids += [kid for cert, kid in pfx.certificates if kid and _signing_cert(cert)]
    for kid in ids:
        for bag in pfx.shrouded:
            if bag.local_key_id == kid:
                return bag
    return pfx.shrouded[0]


def _signing_cert(cert_der: bytes) -> bool:
    try:
        usage = x509.Certificate.load(cert_der).key_usage_value
        return usage is None or bool({"digital_signature", "non_repudiation"} & set(usage.native))
    except Exception:  # an unreadable certificate simply does not steer the choice
        return False


def decrypt_bag(bag: ShroudedBag, key: bytes) -> bytes:
    """Decrypt a bag with its derived key; WrongPassword when the result is not a key."""
    plain = decrypt_with_key(bag.params, key, bag.ciphertext)
    if not looks_like_private_key_info(plain):
        raise WrongPassword()
    return plain


@lru_cache(maxsize=64)
def load_certificate(der_bytes: bytes) -> x509.Certificate:
    """A certificate stored in a container, read as `parse_certificates` reads any
    (essentials parsed now, extensions lazily: real ones carry odd extensions, e.g. jkurwa's
    primitive AuthorityKeyIdentifier). Cached: the same public bytes recur across opens."""
    if not der_bytes.startswith(b"\x30"):
        raise _damaged("certificate")
    certs = parse_certificates(der_bytes)
    if len(certs) != 1 or certs[0].dump() != der_bytes:
        raise _damaged("certificate")
    return certs[0]


MacKeyFn = Callable[[MacInfo, bytes], bytes]
BagKeyFn = Callable[[Pbes2Params, bytes], bytes]


@dataclass
class UnlockedPfx:
    keys: list[tuple[IitKeyInfo, bytes | None]]
    certificates: list[x509.Certificate]


def unlock_pkcs12_gost(
    data: bytes,
    password: bytes,
    *,
    want_key_id: bytes | None = None,
    all_keys: bool = False,
    mac_key_fn: MacKeyFn | None = None,
    bag_key_fn: BagKeyFn | None = None,
) -> UnlockedPfx:
    """Parse, check the MAC, decrypt the signing bag (or all with `all_keys`) and parse the
    keys. The KDFs are parameters so a caller can supply already derived keys."""
    pfx = parse_pfx(data)
    if not pfx.shrouded and not pfx.plain_keys and not pfx.encrypted_safes:
        raise KeyFileError("key_file_no_key", format="PKCS#12")
    derive = bag_key_fn or _bag_key
    if pfx.mac is not None:
        first = _first_kdf(pfx, want_key_id, all_keys)
        if mac_key_fn is None and bag_key_fn is None and _worth_a_process(pfx.mac, first):
            assert first is not None
            derive = _check_mac_alongside(pfx, password, first)
        else:
            check_mac(pfx, (mac_key_fn or mac_key)(pfx.mac, password))
    if _needs_encrypted_safes(pfx):
        # keys or certificates are only in encrypted safes (OpenSSL-style layout)
        open_encrypted_safes(pfx, derive, password)
    if not pfx.shrouded and not pfx.plain_keys:
        raise KeyFileError("key_file_no_key", format="PKCS#12")
    certs = [load_certificate(c) for c, _ in pfx.certificates]
    plains: list[tuple[bytes, bytes | None]] = list(pfx.plain_keys)
    if pfx.shrouded:
        bags = pfx.shrouded if all_keys else [choose_bag(pfx, want_key_id)]
        for bag in bags:
            plains.append((_decrypt_bag_any(bag, derive, password), bag.local_key_id))
    return UnlockedPfx([(parse_private_key_info(p), kid) for p, kid in plains], certs)


def _needs_encrypted_safes(pfx: Pfx) -> bool:
    return bool(pfx.encrypted_safes) and not (pfx.certificates and (pfx.shrouded or pfx.plain_keys))


def _first_kdf(pfx: Pfx, want_key_id: bytes | None, all_keys: bool) -> Pbes2Params | None:
    """The parameters of the first PBKDF2 the unlock will run after the MAC check."""
    if _needs_encrypted_safes(pfx):
        return pfx.encrypted_safes[0].params
    if not pfx.shrouded:
        return None
    return pfx.shrouded[0].params if all_keys else choose_bag(pfx, want_key_id).params


def _worth_a_process(mac: MacInfo, first: Pbes2Params | None) -> bool:
    """Only the pure-Python KDFs are slow enough: compiled, both take a few tens of ms, less
    than starting a process."""
    return (
        accel.native is None
        and first is not None
        and first.prf == HMAC_GOST34311
        and min(mac.iterations, first.iterations) >= kdf_process.MIN_ITERATIONS
    )


def _check_mac_alongside(pfx: Pfx, password: bytes, first: Pbes2Params) -> BagKeyFn:
    """Check the MAC with its KDF running in a second process while this thread derives the
    first bag key (two cores: the unlock takes the longer KDF's time, not the sum). A wrong
    password stops the bag's KDF as soon as the MAC says so; cancelling (the progress callback
    raising) ends the child. Returns the bag-key function with that first key in hand."""
    mac = pfx.mac
    assert mac is not None
    bmp = bmp_password(password)
    with kdf_process.Background(GOST_PKCS12_KDF, bmp, mac.salt, mac.iterations, 3, 32) as child:
        if not child.started:
            check_mac(pfx, mac_key(mac, password))
            return _bag_key
        user = progress.stage(0, 1)
        checked = False

        def check_when_ready(done: int, total: int) -> None:
            nonlocal checked
            if user is not None:
                user(done, total)  # may raise Cancelled
            if not checked and child.done():
                check_mac(pfx, child.result())  # may raise WrongPassword
                checked = True

        key = derive_key(first, password, check_when_ready)
        if not checked:
            check_mac(pfx, child.result(poll=lambda: check_when_ready(1, 1)))

    def derive(params: Pbes2Params, candidate: bytes) -> bytes:
        if params == first and candidate == password:
            return key
        return _bag_key(params, candidate)

    return derive


def _decrypt_bag_any(bag: ShroudedBag, derive: BagKeyFn, password: bytes) -> bytes:
    """The MAC takes the password as UTF-16, the bag's PBKDF2 as bytes: try the encodings."""
    variants = password_variants(password)
    for i, candidate in enumerate(variants):
        try:
            return decrypt_bag(bag, derive(bag.params, candidate))
        except WrongPassword:
            if i + 1 == len(variants):
                raise
    raise WrongPassword()  # pragma: no cover


def _bag_key(params: Pbes2Params, password: bytes) -> bytes:
    return derive_key(params, password, progress.stage(1, 2))


def load_pkcs12_gost(
    data: bytes, password: bytes, want_key_id: bytes | None = None, all_keys: bool = False
) -> list[KeyEntry]:
    """Unlock a GOST PKCS#12: MAC check, then the signing bag (or every bag with `all_keys`)."""
    unlocked = unlock_pkcs12_gost(data, password, want_key_id=want_key_id, all_keys=all_keys)
    entries: list[KeyEntry] = []
    for info, kid in unlocked.keys:
        for entry in entries_from_info(info, kid):
            entry.certificates = list(unlocked.certificates)
            if entry.local_key_id is None:
                entry.local_key_id = kid
            entries.append(entry)
    return entries


def write_pkcs12_gost(
    key: DstuPrivateKey,
    password: bytes,
    *,
    ski: bytes | None = None,
    certificates: list[bytes] | None = None,
    iterations: int = 10_000,
    random: Callable[[int], bytes] | None = None,
    encrypt_certificates: bool = False,
) -> bytes:
    """A Diia/IIT-style PKCS#12: one GOST-shrouded key bag (+ certificate bags) and a GOST MAC.
    `encrypt_certificates` puts the certificates in a GOST-encrypted safe (OpenSSL layout);
    `random` supplies salts and IVs (tests pass a deterministic one)."""
    rand = random or secrets.token_bytes
    mac = MacInfo(b"", rand(32), iterations)
    # the MAC key only needs the password and salt: derive it alongside the bag's PBKDF2
    child = (
        kdf_process.Background(GOST_PKCS12_KDF, bmp_password(password), mac.salt, iterations, 3, 32)
        if iterations >= kdf_process.MIN_ITERATIONS
        else None
    )
    try:
        auth_safe = _write_auth_safe(
            key, password, ski, certificates, iterations, rand, encrypt_certificates
        )
        key_for_mac = child.result() if child is not None else mac_key(mac, password)
    finally:
        if child is not None:
            child.close()
    digest = gost34311.hmac_gost34311(key_for_mac, auth_safe)
    mac_data = der.e_seq(
        der.e_seq(der.e_seq(der.e_oid(GOST34311), der.e_null()), der.e_octets(digest)),
        der.e_octets(mac.salt),
        der.e_int(iterations),
    )
    return der.e_seq(
        der.e_int(3),
        der.e_seq(der.e_oid(DATA), der.e_ctx(0, der.e_octets(auth_safe))),
        mac_data,
    )


def _write_auth_safe(
    key: DstuPrivateKey,
    password: bytes,
    ski: bytes | None,
    certificates: list[bytes] | None,
    iterations: int,
    rand: Callable[[int], bytes],
    encrypt_certificates: bool,
) -> bytes:
    local_id = ski if ski is not None else key.public.ski
    attrs = der.e_set(der.e_seq(der.e_oid(LOCAL_KEY_ID), der.e_set(der.e_octets(local_id))))
    alg, ct = encrypt_gost(
        encode_private_key_info(key, local_id),
        password,
        iterations=iterations,
        salt=rand(32),
        iv=rand(8),
    )
    bags = [
        der.e_seq(
            der.e_oid(SHROUDED_KEY_BAG), der.e_ctx(0, der.e_seq(alg, der.e_octets(ct))), attrs
        )
    ]
    cert_bags = []
    for i, cert in enumerate(certificates or []):
        cert_bag = der.e_seq(der.e_oid(X509_CERT), der.e_ctx(0, der.e_octets(cert)))
        cert_bags.append(
            der.e_seq(der.e_oid(CERT_BAG), der.e_ctx(0, cert_bag), attrs if i == 0 else b"")
        )
    safes = []
    if encrypt_certificates and cert_bags:
        enc_alg, enc = encrypt_gost(
            der.e_seq(*cert_bags), password, iterations=iterations, salt=rand(32), iv=rand(8)
        )
        eci = der.e_seq(der.e_oid(DATA), enc_alg, der.encode(0x80, enc))
        safes.append(
            der.e_seq(der.e_oid(ENCRYPTED_DATA), der.e_ctx(0, der.e_seq(der.e_int(0), eci)))
        )
    else:
        bags.extend(cert_bags)
    safe = der.e_seq(*bags)
    safes.insert(0, der.e_seq(der.e_oid(DATA), der.e_ctx(0, der.e_octets(safe))))
    return der.e_seq(*safes)


class Pkcs12GostReader:
    name = "pkcs12-gost"

    def sniff(self, data: bytes) -> bool:
        return Pkcs12Reader().sniff(data)

    def load(self, data: bytes, password: bytes) -> list[KeyEntry]:
        return load_pkcs12_gost(data, password)
