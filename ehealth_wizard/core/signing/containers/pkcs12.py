"""PKCS#12 (.pfx/.p12) with standard algorithms, through `cryptography`.

GOST-protected files (PBES2 with HMAC-GOST34311 / GOST 28147, MAC over GOST 34.311) sniff as
PKCS#12 too; `load` then raises UnsupportedAlgorithm so the DSTU reader gets them.
"""

from __future__ import annotations

import hashlib
import hmac

from asn1crypto import algos, cms, pkcs12, x509
from cryptography.exceptions import UnsupportedAlgorithm as CryptoUnsupported
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.hazmat.primitives.serialization import pkcs12 as crypto_pkcs12

from ehealth_wizard.core.signing.containers.base import (
    KeyEntry,
    der_children,
    der_header,
    der_state,
    spki_of,
)
from ehealth_wizard.core.signing.containers.gost_pbes import check_iterations
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm, WrongPassword

PBES2 = "1.2.840.113549.1.5.13"
PBKDF2 = "1.2.840.113549.1.5.12"
PKCS7_DATA_OID = bytes.fromhex("06092a864886f70d010701")
UA_ARC = "1.2.804."

# OIDs `cryptography` (OpenSSL) handles in PKCS#12: PBES2/PBKDF2 with HMAC-SHA*, AES, 3DES,
# legacy pbeWithSHAAnd*, and SHA MACs. Anything else goes to the next reader.
KNOWN_OIDS = {
    "1.2.840.113549.1.5.13",  # PBES2
    "1.2.840.113549.1.5.12",  # PBKDF2
    "1.2.840.113549.2.7",  # hmacWithSHA1
    "1.2.840.113549.2.8",  # hmacWithSHA224
    "1.2.840.113549.2.9",  # hmacWithSHA256
    "1.2.840.113549.2.10",  # hmacWithSHA384
    "1.2.840.113549.2.11",  # hmacWithSHA512
    "2.16.840.1.101.3.4.1.2",  # aes128-CBC
    "2.16.840.1.101.3.4.1.22",  # aes192-CBC
    "2.16.840.1.101.3.4.1.42",  # aes256-CBC
    "1.2.840.113549.3.7",  # des-ede3-cbc
    "1.2.840.113549.1.12.1.3",  # pbeWithSHAAnd3-KeyTripleDES-CBC
    "1.2.840.113549.1.12.1.6",  # pbeWithSHAAnd40BitRC2-CBC
    "1.2.840.113549.1.12.1.1",  # pbeWithSHAAnd128BitRC4
    "1.3.14.3.2.26",  # sha1
    "2.16.840.1.101.3.4.2.1",  # sha256
    "2.16.840.1.101.3.4.2.2",  # sha384
    "2.16.840.1.101.3.4.2.3",  # sha512
    "2.16.840.1.101.3.4.2.4",  # sha224
    "1.2.840.10045.2.1",  # id-ecPublicKey
    "1.2.840.113549.1.1.1",  # rsaEncryption
}


def encryption_oids(alg: algos.EncryptionAlgorithm) -> list[str]:
    """The OIDs of an encryption AlgorithmIdentifier, looking inside PBES2 (KDF, PRF, cipher)."""
    out = [alg["algorithm"].dotted]
    if alg["algorithm"].dotted == PBES2:
        params = alg["parameters"]
        kdf = params["key_derivation_func"]
        out.append(kdf["algorithm"].dotted)
        if kdf["algorithm"].dotted == PBKDF2:
            out.append(kdf["parameters"]["prf"]["algorithm"].dotted)
        out.append(params["encryption_scheme"]["algorithm"].dotted)
    return out


def encryption_iterations(alg: algos.EncryptionAlgorithm) -> list[int]:
    """The KDF work factors an encryption AlgorithmIdentifier asks for (PBES2/PBKDF2, PBES1 and
    the PKCS#12 PBE schemes)."""
    params = alg["parameters"]
    if alg["algorithm"].dotted == PBES2:
        kdf = params["key_derivation_func"]
        if kdf["algorithm"].dotted == PBKDF2:
            return [int(kdf["parameters"]["iteration_count"].native)]
        return []
    if isinstance(params, algos.Pbes1Params):  # PBES1 and the PKCS#12 PBEs share its shape
        return [int(params["iterations"].native)]
    return []


def check_costs(counts: list[int]) -> None:
    """KeyFileError before any work when a KDF asks for more rounds than any real issuer."""
    for count in counts:
        check_iterations(count)


def refuse_foreign(oids: list[str]) -> None:
    """UnsupportedAlgorithm (-> next reader) when any OID is outside what OpenSSL handles."""
    foreign = [o for o in oids if o not in KNOWN_OIDS]
    if foreign:
        ua = [o for o in foreign if o.startswith(UA_ARC)]
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=(ua or foreign)[0])


def pkcs12_kdf(
    hash_name: str, password: bytes, salt: bytes, purpose: int, iterations: int, size: int
) -> bytes:
    """RFC 7292 Appendix B.2 key derivation (`password` already BMPString-encoded)."""
    u = hashlib.new(hash_name).digest_size
    v = hashlib.new(hash_name).block_size

    def fill(value: bytes) -> bytes:
        if not value:
            return b""
        length = v * -(-len(value) // v)
        return (value * (length // len(value) + 1))[:length]

    block_i = bytearray(fill(salt) + fill(password))
    out = b""
    prefix = bytes([purpose]) * v
    while len(out) < size:
        a = hashlib.new(hash_name, prefix + bytes(block_i)).digest()
        for _ in range(iterations - 1):
            a = hashlib.new(hash_name, a).digest()
        out += a
        b = int.from_bytes((a * (v // u + 1))[:v], "big")
        for j in range(0, len(block_i), v):
            chunk = (int.from_bytes(block_i[j : j + v], "big") + b + 1) % (1 << (8 * v))
            block_i[j : j + v] = chunk.to_bytes(v, "big")
    return out[:size]


_MAC_HASHES = {
    "1.3.14.3.2.26": "sha1",
    "2.16.840.1.101.3.4.2.4": "sha224",
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}


def mac_matches(pfx: pkcs12.Pfx, password: bytes) -> bool | None:
    """Does the password open the PFX's integrity MAC? None: no MAC (or one we cannot compute)."""
    mac_data = pfx["mac_data"]
    if mac_data.native is None:
        return None
    hash_name = _MAC_HASHES.get(mac_data["mac"]["digest_algorithm"]["algorithm"].dotted)
    if hash_name is None:
        return None
    salt = mac_data["mac_salt"].native
    iterations = mac_data["iterations"].native
    expected = mac_data["mac"]["digest"].native
    content = pfx["auth_safe"]["content"].native
    text = password.decode("utf-8", "replace")
    candidates = [text.encode("utf-16-be") + b"\x00\x00"]
    if not password:
        candidates.append(b"")  # OpenSSL's "no password" (NULL) versus "" (two zero bytes)
    for bmp in candidates:
        key = pkcs12_kdf(hash_name, bmp, salt, 3, iterations, hashlib.new(hash_name).digest_size)
        if hmac.compare_digest(hmac.new(key, content, hash_name).digest(), expected):
            return True
    return False


class Pkcs12Reader:
    name = "pkcs12"

    def sniff(self, data: bytes) -> bool:
        """SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data ... } } — checked on the prefix only."""
        head = der_header(data)
        if head is None or head[0] != 0x30:
            return False
        kids = der_children(data, head[1], head[1] + head[2])
        if len(kids) < 2 or kids[0][0] != 0x02 or kids[1][0] != 0x30:
            return False
        if data[kids[0][2] : kids[0][2] + 1] != b"\x03":
            return False
        inner = kids[1][2]
        return data[inner : inner + len(PKCS7_DATA_OID)] in (
            PKCS7_DATA_OID,
            PKCS7_DATA_OID[:-1] + b"\x02",  # authSafe as signedData (public-key integrity)
        )

    def load(self, data: bytes, password: bytes) -> list[KeyEntry]:
        if der_state(data) == "truncated":
            raise KeyFileError("key_file_truncated")
        try:
            pfx = pkcs12.Pfx.load(data)
            oids = self._algorithms(pfx)
        except (KeyFileError, UnsupportedAlgorithm):
            raise
        except Exception:
            raise KeyFileError("key_file_damaged", format="PKCS#12") from None
        refuse_foreign(oids)  # a GOST file goes on to its own reader here
        try:
            costs = self._costs(pfx)
        except Exception:
            raise KeyFileError("key_file_damaged", format="PKCS#12") from None
        check_costs(costs)
        mac_ok = mac_matches(pfx, password)
        if mac_ok is False:
            raise WrongPassword()
        loaded = None
        for attempt in (password, None) if not password else (password,):
            try:
                loaded = crypto_pkcs12.load_pkcs12(data, attempt)
                break
            except CryptoUnsupported as exc:
                raise UnsupportedAlgorithm(
                    "signature_algorithm_unsupported", algorithm=str(exc)
                ) from None
            except (ValueError, TypeError):
                continue
        if loaded is None:
            if mac_ok:  # the password is right (MAC), so OpenSSL lacks something it needs
                raise KeyFileError("key_file_unsupported_algorithm", algorithm=", ".join(oids))
            raise WrongPassword()
        certs = []
        for c in ([loaded.cert] if loaded.cert else []) + list(loaded.additional_certs):
            certs.append(x509.Certificate.load(c.certificate.public_bytes(Encoding.DER)))
        key = loaded.key
        if key is None:
            return []
        if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise UnsupportedAlgorithm(
                "signature_algorithm_unsupported", algorithm=type(key).__name__
            )
        return [KeyEntry(private_key=key, public_key=spki_of(key), certificates=certs)]

    def _costs(self, pfx: pkcs12.Pfx) -> list[int]:
        """Every KDF work factor in the file: the MAC's and each encrypted part's."""
        counts: list[int] = []
        mac = pfx["mac_data"]
        if mac.native is not None:
            counts.append(int(mac["iterations"].native))
        safes = pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native)
        for info in safes:
            kind = info["content_type"].native
            if kind == "data":
                for bag in pkcs12.SafeContents.load(info["content"].native):
                    if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                        counts += encryption_iterations(bag["bag_value"]["encryption_algorithm"])
            elif kind == "encrypted_data":
                enc = info["content"]["encrypted_content_info"]
                counts += encryption_iterations(enc["content_encryption_algorithm"])
        return counts

    def _algorithms(self, pfx: pkcs12.Pfx) -> list[str]:
        oids: list[str] = []
        mac = pfx["mac_data"]
        if mac.native is not None:
            oids.append(mac["mac"]["digest_algorithm"]["algorithm"].dotted)
        auth = pfx["auth_safe"]
        if auth["content_type"].native != "data":
            raise UnsupportedAlgorithm(
                "signature_algorithm_unsupported", algorithm=auth["content_type"].dotted
            )
        safes = pkcs12.AuthenticatedSafe.load(auth["content"].native)
        for info in safes:
            kind = info["content_type"].native
            if kind == "data":
                contents = pkcs12.SafeContents.load(info["content"].native)
                for bag in contents:
                    oids.extend(self._bag_algorithms(bag))
            elif kind == "encrypted_data":
                enc = info["content"]["encrypted_content_info"]
                oids.extend(encryption_oids(enc["content_encryption_algorithm"]))
            elif isinstance(info, cms.ContentInfo):
                oids.append(info["content_type"].dotted)
        return oids

    def _bag_algorithms(self, bag: pkcs12.SafeBag) -> list[str]:
        kind = bag["bag_id"].native
        value = bag["bag_value"]
        if kind == "pkcs8_shrouded_key_bag":
            return encryption_oids(value["encryption_algorithm"])
        if kind == "key_bag":
            return [value["private_key_algorithm"]["algorithm"].dotted]
        return []
