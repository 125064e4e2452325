"""Signature verification through one table keyed by the signer's public-key algorithm OID.

CAdES signer infos, certificate chains (issuer signature over tbsCertificate), time-stamp tokens
and OCSP responses all check signatures through `verify_signature`, so an algorithm in the
table (ECDSA, RSA, DSTU 4145) works everywhere at once.
"""

from __future__ import annotations

from collections.abc import Callable

from asn1crypto import keys, x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from ehealth_wizard.core.signing import dstu_spki
from ehealth_wizard.core.signing.containers.der import first_field
from ehealth_wizard.core.signing.errors import UnsupportedAlgorithm

# (spki, signature_algorithm_oid, signature, signed_data, digest_name) -> valid?
Verifier = Callable[[keys.PublicKeyInfo, str, bytes, bytes, str], bool]

EC_PUBLIC_KEY = "1.2.840.10045.2.1"
RSA_ENCRYPTION = "1.2.840.113549.1.1.1"
RSASSA_PSS = "1.2.840.113549.1.1.10"
DSTU4145_LE = dstu_spki.DSTU4145_LE
DSTU4145_BE = dstu_spki.DSTU4145_BE

# Signature algorithm OID -> the digest it implies (None: the digest comes from elsewhere,
# e.g. the CMS SignerInfo's digestAlgorithm when the signature algorithm is a bare key OID).
_SIGNATURE_DIGESTS: dict[str, str | None] = {
    "1.2.840.10045.4.1": "sha1",
    "1.2.840.10045.4.3.1": "sha224",
    "1.2.840.10045.4.3.2": "sha256",
    "1.2.840.10045.4.3.3": "sha384",
    "1.2.840.10045.4.3.4": "sha512",
    "1.2.840.113549.1.1.5": "sha1",
    "1.2.840.113549.1.1.14": "sha224",
    "1.2.840.113549.1.1.11": "sha256",
    "1.2.840.113549.1.1.12": "sha384",
    "1.2.840.113549.1.1.13": "sha512",
    EC_PUBLIC_KEY: None,
    RSA_ENCRYPTION: None,
    RSASSA_PSS: None,
    DSTU4145_LE: "gost34311",
    DSTU4145_BE: "gost34311",
    "1.2.804.2.1.1.1.1.3.1": "gost34311",
}


def digest_for_signature_algorithm(oid: str, fallback: str | None = None) -> str:
    """The digest a signature algorithm implies, else `fallback`; `UnsupportedAlgorithm` if none."""
    name = _SIGNATURE_DIGESTS.get(oid)
    if name is None:
        name = fallback
    if name is None:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=oid)
    return name


def verify_signature(
    spki: keys.PublicKeyInfo,
    signature_algorithm_oid: str,
    signature: bytes,
    signed_data: bytes,
    digest_name: str,
) -> bool:
    """True when `signature` over `signed_data` (hashed with `digest_name`) verifies with `spki`.

    Raises `UnsupportedAlgorithm` for a key type not in the table; never raises for a bad
    signature or a malformed key — that is simply False.
    """
    try:
        key_oid = spki["algorithm"]["algorithm"].dotted
    except ValueError:  # a malformed SubjectPublicKeyInfo verifies nothing
        return False
    verifier = _VERIFIERS.get(key_oid)
    if verifier is None:
        raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=key_oid)
    try:
        return bool(verifier(spki, signature_algorithm_oid, signature, signed_data, digest_name))
    except UnsupportedAlgorithm:
        raise
    except Exception:  # a malformed key or signature is an invalid signature, not a crash
        return False


def verify_certificate_signature(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Did `issuer` sign `cert`? (issuer's key over the DER tbsCertificate). False for a
    malformed certificate or key, never an exception."""
    try:
        sig_oid = cert["signature_algorithm"]["algorithm"].dotted
        digest_name = digest_for_signature_algorithm(sig_oid)
        signature = cert["signature_value"].native
        tbs = first_field(cert)  # as received, not as asn1crypto would re-encode it
        public_key = issuer.public_key
    except (UnsupportedAlgorithm, ValueError):
        return False
    return verify_signature(public_key, sig_oid, signature, tbs, digest_name)


_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


def crypto_hash(digest_name: str) -> hashes.HashAlgorithm:
    """The `cryptography` hash object for a digest name of `digests.py` (SHA family only)."""
    try:
        return _HASHES[digest_name]()
    except KeyError:
        raise UnsupportedAlgorithm("digest_unsupported", algorithm=digest_name) from None


def _verify_ec(
    spki: keys.PublicKeyInfo, sig_oid: str, signature: bytes, data: bytes, digest_name: str
) -> bool:
    public = serialization.load_der_public_key(spki.dump())
    if not isinstance(public, ec.EllipticCurvePublicKey):
        return False
    try:
        public.verify(signature, data, ec.ECDSA(crypto_hash(digest_name)))
    except InvalidSignature:
        return False
    return True


def _verify_rsa(
    spki: keys.PublicKeyInfo, sig_oid: str, signature: bytes, data: bytes, digest_name: str
) -> bool:
    public = serialization.load_der_public_key(spki.dump())
    if not isinstance(public, rsa.RSAPublicKey):
        return False
    algorithm = crypto_hash(digest_name)
    pad: padding.AsymmetricPadding
    if sig_oid == RSASSA_PSS:
        pad = padding.PSS(mgf=padding.MGF1(algorithm), salt_length=padding.PSS.AUTO)
    else:
        pad = padding.PKCS1v15()
    try:
        public.verify(signature, data, pad, algorithm)
    except InvalidSignature:
        return False
    return True


_VERIFIERS: dict[str, Verifier] = {
    EC_PUBLIC_KEY: _verify_ec,
    RSA_ENCRYPTION: _verify_rsa,
    DSTU4145_LE: dstu_spki.verify,
    DSTU4145_BE: dstu_spki.verify,
}
