"""PBES2 (RFC 8018) as Ukrainian containers use it: PBKDF2 over HMAC-GOST34311 with
GOST 28147 CFB or CTR, plus the standard PBKDF2-HMAC-SHA / AES-CBC
variant some tools wrap DSTU keys in (dstu-engine private1.pem).

Parsing, key derivation and decryption are separate steps so callers (and fuzz tests) can run
the slow KDF once and the fast parse/decrypt as often as they like.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ehealth_wizard.core.signing.containers import der
from ehealth_wizard.core.signing.containers.der import DerError, Tlv
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm, WrongPassword
from ehealth_wizard.core.signing.ua import gost28147, gost34311

PBES2 = "1.2.840.113549.1.5.13"
PBKDF2 = "1.2.840.113549.1.5.12"
HMAC_GOST34311 = "1.2.804.2.1.1.1.1.1.2"
GOST28147_CTR = "1.2.804.2.1.1.1.1.1.1.2"
GOST28147_CFB = "1.2.804.2.1.1.1.1.1.1.3"
HMAC_SHA1 = "1.2.840.113549.2.7"

#: Refuse KDF work factors beyond this, before any work: real issuers write 1 000 – 10 000
#: (IIT, Diia, PrivatBank: 10 000; OpenSSL 3: 2 048; cryptography's "best available": 1 and
#: up); ten times the largest seen leaves a margin. More is damage, or a file made to hang the
#: program for minutes (2 000 000 000 PKCS#12 MAC rounds run for hours).
MAX_ITERATIONS = 100_000

_SHA_PRFS = {
    HMAC_SHA1: "sha1",
    "1.2.840.113549.2.8": "sha224",
    "1.2.840.113549.2.9": "sha256",
    "1.2.840.113549.2.10": "sha384",
    "1.2.840.113549.2.11": "sha512",
}
_AES_CBC = {
    "2.16.840.1.101.3.4.1.2": 16,
    "2.16.840.1.101.3.4.1.22": 24,
    "2.16.840.1.101.3.4.1.42": 32,
}
_GOST_CIPHERS = (GOST28147_CFB, GOST28147_CTR)


@dataclass(frozen=True)
class Pbes2Params:
    """Everything PBES2 needs besides the password."""

    salt: bytes
    iterations: int
    key_length: int
    prf: str
    cipher: str
    iv: bytes
    dke: bytes | None = None

    @property
    def is_gost(self) -> bool:
        return self.prf == HMAC_GOST34311 or self.cipher in _GOST_CIPHERS


def password_variants(password: bytes) -> list[bytes]:
    """The byte strings a typed password may have been hashed as: UTF-8 (UAPKI, Diia), then —
    only for non-ASCII passwords — Windows-1251, the ANSI code page IIT's Windows software
    hands to its KDFs. Tried in order; a MAC or the plaintext check tells which one fits."""
    out = [password]
    try:
        alt = password.decode("utf-8").encode("cp1251")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return out
    if alt != password:
        out.append(alt)
    return out


def check_iterations(count: int) -> int:
    """`count` when it is a sane KDF work factor; KeyFileError before any work otherwise."""
    if count > MAX_ITERATIONS:
        raise KeyFileError("key_file_kdf_too_costly", iterations=count, limit=MAX_ITERATIONS)
    if count < 1:
        raise KeyFileError("key_file_damaged", format="PBES2", reason="iteration count")
    return count


def parse_pbes2(alg: Tlv) -> Pbes2Params:
    """Read a PBES2 AlgorithmIdentifier; KeyFileError when damaged, UnsupportedAlgorithm for
    well-formed algorithms this module does not implement."""
    try:
        return _parse_pbes2(alg)
    except DerError as exc:
        raise KeyFileError("key_file_damaged", format="PBES2", reason=str(exc)) from None


def _parse_pbes2(alg: Tlv) -> Pbes2Params:
    items = der.seq(alg, 2)
    oid = der.to_oid(items[0])
    if oid != PBES2:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=oid)
    kdf, scheme = der.seq(items[1], 2)[:2]
    kdf_items = der.seq(kdf, 2)
    kdf_oid = der.to_oid(kdf_items[0])
    if kdf_oid != PBKDF2:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=kdf_oid)
    kp = der.seq(kdf_items[1], 2)
    salt = der.to_octets(kp[0])
    iterations = check_iterations(der.to_int(kp[1]))
    key_length = 0
    prf = HMAC_SHA1
    for extra in kp[2:]:
        if extra.tag == der.INTEGER:
            key_length = der.to_int(extra)
            if not 1 <= key_length <= 64:
                raise DerError("bad key length")
        else:
            prf = der.to_oid(der.seq(extra, 1)[0])
    scheme_items = der.seq(scheme, 1)
    cipher = der.to_oid(scheme_items[0])
    dke: bytes | None = None
    if cipher in _GOST_CIPHERS:
        params = der.seq(scheme_items[1], 1) if len(scheme_items) > 1 else []
        if not params:
            raise DerError("GOST cipher without IV")
        iv = der.to_octets(params[0])
        if len(iv) != 8:
            raise DerError("GOST IV is 8 bytes")
        if len(params) > 1:
            dke = der.to_octets(params[1])
            if len(dke) != 64:
                raise DerError("DKE is 64 bytes")
        key_length = key_length or 32
        if key_length != 32:
            raise DerError("GOST key is 32 bytes")
    elif cipher in _AES_CBC:
        if len(scheme_items) < 2:
            raise DerError("AES without IV")
        iv = der.to_octets(scheme_items[1])
        if len(iv) != 16:
            raise DerError("AES IV is 16 bytes")
        key_length = key_length or _AES_CBC[cipher]
        if key_length != _AES_CBC[cipher]:
            raise DerError("AES key length mismatch")
    else:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=cipher)
    if prf != HMAC_GOST34311 and prf not in _SHA_PRFS:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=prf)
    return Pbes2Params(salt, iterations, key_length, prf, cipher, iv, dke)


def derive_key(
    params: Pbes2Params, password: bytes, progress: gost34311.Progress | None = None
) -> bytes:
    """The PBKDF2 key (the slow step: ~10 000 HMAC rounds)."""
    if params.prf == HMAC_GOST34311:
        # The PRF hashes with the default S-box; the DKE in the cipher parameters is the
        # cipher's (every sample uses ДКЕ №1 for both anyway).
        return gost34311.pbkdf2_gost34311(
            password, params.salt, params.iterations, params.key_length, progress=progress
        )
    return hashlib.pbkdf2_hmac(
        _SHA_PRFS[params.prf], password, params.salt, params.iterations, params.key_length
    )


def decrypt_with_key(params: Pbes2Params, key: bytes, ciphertext: bytes) -> bytes:
    """Decrypt with a derived key; WrongPassword when AES padding does not check out (GOST
    modes have no padding: the caller's parse of the plaintext is the check)."""
    if params.cipher in _GOST_CIPHERS:
        sbox = params.dke or gost28147.DEFAULT_DKE
        if params.cipher == GOST28147_CFB:
            return gost28147.cfb_decrypt(key, params.iv, ciphertext, sbox)
        return gost28147.ctr_crypt(key, params.iv, ciphertext, sbox)
    if not ciphertext or len(ciphertext) % 16:
        raise KeyFileError("key_file_damaged", format="PBES2", reason="ciphertext length")
    dec = Cipher(algorithms.AES(key), modes.CBC(params.iv)).decryptor()
    padded = dec.update(ciphertext) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        raise WrongPassword() from None


def decrypt(params: Pbes2Params, password: bytes, ciphertext: bytes) -> bytes:
    return decrypt_with_key(params, derive_key(params, password), ciphertext)


def encrypt_gost(
    plaintext: bytes,
    password: bytes,
    *,
    iterations: int = 10_000,
    dke: bytes = gost28147.DEFAULT_DKE,
    salt: bytes | None = None,
    iv: bytes | None = None,
) -> tuple[bytes, bytes]:
    """(PBES2 AlgorithmIdentifier DER, ciphertext) with PBKDF2-HMAC-GOST34311 + GOST-CFB, the
    layout of Diia/IIT PKCS#12 bags and PKCS#8 files."""
    salt = salt if salt is not None else secrets.token_bytes(32)
    iv = iv if iv is not None else secrets.token_bytes(8)
    params = Pbes2Params(salt, iterations, 32, HMAC_GOST34311, GOST28147_CFB, iv, dke)
    key = derive_key(params, password)
    ciphertext = gost28147.cfb_encrypt(key, iv, plaintext, dke)
    return algorithm_identifier(params), ciphertext


def algorithm_identifier(params: Pbes2Params) -> bytes:
    kdf_params = [der.e_octets(params.salt), der.e_int(params.iterations)]
    if params.prf != HMAC_SHA1:
        kdf_params.append(der.e_seq(der.e_oid(params.prf), der.e_null()))
    scheme_params = [der.e_octets(params.iv)]
    if params.dke is not None:
        scheme_params.append(der.e_octets(params.dke))
    return der.e_seq(
        der.e_oid(PBES2),
        der.e_seq(
            der.e_seq(der.e_oid(PBKDF2), der.e_seq(*kdf_params)),
            der.e_seq(der.e_oid(params.cipher), der.e_seq(*scheme_params)),
        ),
    )
