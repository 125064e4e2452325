"""IIT `Key-6.dat`: a GOST 28147-ECB encrypted DSTU PrivateKeyInfo.

```
SEQUENCE { SEQUENCE { OID 1.3.6.1.4.1.19398.1.1.1.2, SEQUENCE { mac OCTET STRING(4),
                                                              pad OCTET STRING(0..7) } },
           OCTET STRING body }
```
Key = GOST 34.311 applied 10 000 times to the password; the plaintext's GOST 28147 MAC must
equal `mac`, so a wrong password is `WrongPassword`, never a parse error.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from ehealth_wizard.core.signing.containers import der, progress
from ehealth_wizard.core.signing.containers.base import KeyEntry, der_state
from ehealth_wizard.core.signing.containers.der import DerError
from ehealth_wizard.core.signing.containers.dstu_key import (
    DstuPrivateKey,
    IitKeyInfo,
    encode_private_key_info,
    entries_from_info,
    parse_private_key_info,
)
from ehealth_wizard.core.signing.containers.gost_pbes import password_variants
from ehealth_wizard.core.signing.errors import KeyFileError, WrongPassword
from ehealth_wizard.core.signing.ua import gost28147, gost34311

IIT_KEY6_OID = "1.3.6.1.4.1.19398.1.1.1.2"
_OID_DER = der.e_oid(IIT_KEY6_OID)
HASH_ROUNDS = 10_000
MAX_BODY = 64 * 1024


@dataclass(frozen=True)
class Key6File:
    mac: bytes
    pad: bytes
    body: bytes


def parse_key6(data: bytes) -> Key6File:
    """The outer structure (no crypto): KeyFileError when it is not a well-formed Key-6.dat."""
    if der_state(data) == "truncated":
        raise KeyFileError("key_file_truncated")
    try:
        head, body = der.seq(der.parse_prefix(data), 2)[:2]
        head_items = der.seq(head, 2)
        if der.to_oid(head_items[0]) != IIT_KEY6_OID:
            raise DerError("not a Key-6.dat")
        mp = der.seq(head_items[1], 1)
        mac = der.to_octets(mp[0])
        pad = der.to_octets(mp[1]) if len(mp) > 1 else b""
        body_bytes = der.to_octets(body)
    except DerError as exc:
        raise KeyFileError("key_file_damaged", format="Key-6.dat", reason=str(exc)) from None
    if len(mac) != 4 or len(pad) > 7 or (len(body_bytes) + len(pad)) % 8 or not body_bytes:
        raise KeyFileError("key_file_damaged", format="Key-6.dat", reason="sizes")
    if len(body_bytes) > MAX_BODY:
        raise KeyFileError("key_file_damaged", format="Key-6.dat", reason="too large")
    return Key6File(mac, pad, body_bytes)


def derive_key(password: bytes, progress: gost34311.Progress | None = None) -> bytes:
    """The slow step: 10 000 GOST 34.311 hashes of the password."""
    return gost34311.iterated_hash(password, HASH_ROUNDS, progress=progress)


def decrypt(parsed: Key6File, key: bytes) -> bytes:
    """The plaintext PrivateKeyInfo; WrongPassword when the MAC does not match."""
    cipher = gost28147.Gost28147(key)
    plain = cipher.ecb_decrypt(parsed.body + parsed.pad)[: len(parsed.body)]
    if not hmac.compare_digest(cipher.mac(plain), parsed.mac):
        raise WrongPassword()
    return plain


def entries_from_plaintext(plain: bytes) -> list[KeyEntry]:
    return entries_from_info(parse_private_key_info(plain))


def unlock_key6(data: bytes, key: bytes) -> IitKeyInfo:
    """Parse, decrypt (MAC-checked) and parse the key, given the derived key."""
    return parse_private_key_info(decrypt(parse_key6(data), key))


def load_key6(data: bytes, password: bytes) -> list[KeyEntry]:
    parsed = parse_key6(data)  # a damaged file fails before the slow key derivation
    variants = password_variants(password)
    for i, candidate in enumerate(variants):
        try:
            plain = decrypt(parsed, derive_key(candidate, progress.stage(i, len(variants))))
        except WrongPassword:
            if i + 1 == len(variants):
                raise
            continue
        return entries_from_plaintext(plain)
    raise WrongPassword()  # pragma: no cover - the loop always returns or raises


def write_key6(key: DstuPrivateKey, password: bytes, sign_ski: bytes | None = None) -> bytes:
    """A Key-6.dat holding `key` (the sandbox QTSP's writer; also the readers' round trip)."""
    plain = encode_private_key_info(key, sign_ski)
    return encrypt_plaintext(plain, password)


def encrypt_plaintext(plain: bytes, password: bytes) -> bytes:
    return encrypt_with_key(plain, derive_key(password))


def encrypt_with_key(
    plain: bytes, key: bytes, random: Callable[[int], bytes] | None = None
) -> bytes:
    """Key-6.dat bytes for a plaintext under an already derived key (`random` fills the last
    block; tests pass a deterministic one)."""
    cipher = gost28147.Gost28147(key)
    fill = (-len(plain)) % 8
    enc = cipher.ecb_encrypt(plain + (random or secrets.token_bytes)(fill))
    body, pad = enc[: len(plain)], enc[len(plain) :]
    head = der.e_seq(_OID_DER, der.e_seq(der.e_octets(cipher.mac(plain)), der.e_octets(pad)))
    return der.e_seq(head, der.e_octets(body))


class Key6Reader:
    name = "key6dat"

    def sniff(self, data: bytes) -> bool:
        return _OID_DER in data[:32]

    def load(self, data: bytes, password: bytes) -> list[KeyEntry]:
        return load_key6(data, password)
