"""PKCS#8 files holding DSTU 4145 keys: EncryptedPrivateKeyInfo under GOST
PBES2 (jkurwa STORE_A040.dat) or standard PBES2 with AES (dstu-engine private*.pem), and plain
PrivateKeyInfo (Key40A0.cer); DER or PEM. The standard reader (`pkcs8.py`) runs first and
hands these over with UnsupportedAlgorithm; an EC/RSA key found here is handed back the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ehealth_wizard.core.signing.containers import der, progress
from ehealth_wizard.core.signing.containers.base import KeyEntry, der_state
from ehealth_wizard.core.signing.containers.der import DerError
from ehealth_wizard.core.signing.containers.dstu_key import (
    IitKeyInfo,
    entries_from_info,
    looks_like_private_key_info,
    parse_private_key_info,
)
from ehealth_wizard.core.signing.containers.gost_pbes import (
    Pbes2Params,
    decrypt_with_key,
    derive_key,
    parse_pbes2,
    password_variants,
)
from ehealth_wizard.core.signing.containers.pkcs8 import looks_like_pkcs8_der, pem_private_key
from ehealth_wizard.core.signing.errors import KeyFileError, WrongPassword


@dataclass(frozen=True)
class EncryptedKey:
    params: Pbes2Params
    ciphertext: bytes


def _damaged(reason: str) -> KeyFileError:
    return KeyFileError("key_file_damaged", format="PKCS#8", reason=reason)


def unarmor(data: bytes) -> bytes:
    """DER of a PEM private-key block, or the data itself."""
    pem = pem_private_key(data)
    if pem is None:
        return data
    _, body, complete = pem
    if not complete:
        raise KeyFileError("key_file_truncated")
    if not body:
        raise _damaged("PEM body")
    return body


def parse_pkcs8(der_bytes: bytes) -> EncryptedKey | bytes:
    """An EncryptedKey, or the plain PrivateKeyInfo bytes (no crypto here)."""
    if der_state(der_bytes) == "truncated":
        raise KeyFileError("key_file_truncated")
    try:
        top = der.parse_prefix(der_bytes, der.SEQUENCE)
        items = der.seq(top, 2)
        if items[0].tag == der.INTEGER:
            return top.raw
        return EncryptedKey(parse_pbes2(items[0]), der.to_octets(items[1]))
    except DerError as exc:
        raise _damaged(str(exc)) from None


def decrypt_key(enc: EncryptedKey, key: bytes) -> bytes:
    plain = decrypt_with_key(enc.params, key, enc.ciphertext)
    if not looks_like_private_key_info(plain):
        raise WrongPassword()
    return plain


def unlock_pkcs8_dstu(
    data: bytes, password: bytes, *, key_fn: Callable[[Pbes2Params, bytes], bytes] | None = None
) -> IitKeyInfo:
    """Unarmor, parse, derive (via `key_fn` if given), decrypt and parse the DSTU key."""
    parsed = parse_pkcs8(unarmor(data))
    if isinstance(parsed, EncryptedKey):
        variants = password_variants(password)
        for i, candidate in enumerate(variants):
            if key_fn is None:
                key = derive_key(parsed.params, candidate, progress.stage(i, len(variants)))
            else:
                key = key_fn(parsed.params, candidate)
            try:
                plain = decrypt_key(parsed, key)
                break
            except WrongPassword:
                if i + 1 == len(variants):
                    raise
        else:  # pragma: no cover - the loop breaks or raises
            raise WrongPassword()
    else:
        plain = parsed
    return parse_private_key_info(plain)


def load_pkcs8_dstu(data: bytes, password: bytes) -> list[KeyEntry]:
    return entries_from_info(unlock_pkcs8_dstu(data, password))


class Pkcs8DstuReader:
    name = "pkcs8-dstu"

    def sniff(self, data: bytes) -> bool:
        return pem_private_key(data) is not None or looks_like_pkcs8_der(data)

    def load(self, data: bytes, password: bytes) -> list[KeyEntry]:
        return load_pkcs8_dstu(data, password)
