"""PKCS#8 keys (encrypted or not, PEM or DER) and traditional EC/RSA PEM, via `cryptography`.

An EncryptedPrivateKeyInfo under GOST PBES2, or a PrivateKeyInfo holding a DSTU key, raises
UnsupportedAlgorithm so the DSTU reader gets it.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from asn1crypto import keys
from cryptography.exceptions import UnsupportedAlgorithm as CryptoUnsupported
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from ehealth_wizard.core.signing.containers.base import (
    KeyEntry,
    der_children,
    der_header,
    der_state,
    spki_of,
)
from ehealth_wizard.core.signing.containers.pkcs12 import (
    check_costs,
    encryption_iterations,
    encryption_oids,
    refuse_foreign,
)
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm, WrongPassword

_PEM = re.compile(
    rb"-----BEGIN ((?:ENCRYPTED |EC |RSA )?PRIVATE KEY)-----(.*?)(?:-----END \1-----|\Z)", re.S
)


def pem_private_key(data: bytes) -> tuple[str, bytes, bool] | None:
    """(label, DER, complete) of the first private-key PEM block, or None."""
    m = _PEM.search(data)
    if m is None:
        return None
    body = m.group(2)
    complete = b"-----END" in data[m.start(2) :]
    headers = b"Proc-Type:" in body
    if headers:
        return m.group(1).decode(), b"", complete
    try:
        der = base64.b64decode(re.sub(rb"\s+", b"", body) + b"===")
    except (binascii.Error, ValueError):
        der = b""
    return m.group(1).decode(), der, complete


def looks_like_pkcs8_der(data: bytes) -> bool:
    """PrivateKeyInfo (INTEGER 0|1, SEQUENCE alg, OCTET STRING) or EncryptedPrivateKeyInfo."""
    head = der_header(data)
    if head is None or head[0] != 0x30:
        return False
    kids = der_children(data, head[1], head[1] + head[2])
    tags = [k[0] for k in kids]
    if tags[:3] == [0x02, 0x30, 0x04]:
        return data[kids[0][2] : kids[0][2] + 1] in (b"\x00", b"\x01")
    if tags[:2] == [0x30, 0x04] or (tags[:1] == [0x30] and len(kids) == 1):
        inner = der_header(data, kids[0][2])
        return inner is not None and inner[0] == 0x06  # AlgorithmIdentifier
    return False


class Pkcs8Reader:
    name = "pkcs8"

    def sniff(self, data: bytes) -> bool:
        return pem_private_key(data) is not None or looks_like_pkcs8_der(data)

    def load(self, data: bytes, password: bytes) -> list[KeyEntry]:
        pem = pem_private_key(data)
        if pem is not None:
            label, der, complete = pem
            if not complete:
                raise KeyFileError("key_file_truncated")
            if label in ("EC PRIVATE KEY", "RSA PRIVATE KEY"):
                return self._traditional(data, password)
            data = der
        if der_state(data) == "truncated":
            raise KeyFileError("key_file_truncated")
        try:
            encrypted = self._inspect(data)
        except (KeyFileError, UnsupportedAlgorithm):
            raise
        except Exception:
            raise KeyFileError("key_file_damaged", format="PKCS#8") from None
        return [key_entry(_load(serialization.load_der_private_key, data, password, encrypted))]

    def _inspect(self, der: bytes) -> bool:
        """True if encrypted; raises UnsupportedAlgorithm for algorithms OpenSSL lacks."""
        head = der_header(der)
        assert head is not None
        kids = der_children(der, head[1], head[1] + head[2])
        if kids and kids[0][0] == 0x02:
            info = keys.PrivateKeyInfo.load(der)
            refuse_foreign([info["private_key_algorithm"]["algorithm"].dotted])
            return False
        enc = keys.EncryptedPrivateKeyInfo.load(der)
        refuse_foreign(encryption_oids(enc["encryption_algorithm"]))
        check_costs(encryption_iterations(enc["encryption_algorithm"]))
        return True

    def _traditional(self, data: bytes, password: bytes) -> list[KeyEntry]:
        encrypted = b"Proc-Type: 4,ENCRYPTED" in data
        key = _load(serialization.load_pem_private_key, data, password, encrypted, "PEM")
        return [key_entry(key)]


def key_entry(key: object) -> KeyEntry:
    """A KeyEntry for a `cryptography` EC/RSA private key (other kinds: UnsupportedAlgorithm)."""
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=type(key).__name__)
    return KeyEntry(private_key=key, public_key=spki_of(key))


def load_plain(der: bytes, fmt: str) -> object:
    """An unencrypted DER PrivateKeyInfo (e.g. from inside another container)."""
    return _load(serialization.load_der_private_key, der, b"", False, fmt)


def _load(
    loader: Callable[[bytes, bytes | None], object],
    data: bytes,
    password: bytes,
    encrypted: bool,
    fmt: str = "PKCS#8",
) -> object:
    """Decrypt/parse with `cryptography`: a failure of an encrypted key is a wrong password."""
    try:
        return loader(data, password if encrypted else None)
    except CryptoUnsupported as exc:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=str(exc)) from None
    except (ValueError, TypeError):
        if encrypted:
            raise WrongPassword() from None
        raise KeyFileError("key_file_damaged", format=fmt) from None
