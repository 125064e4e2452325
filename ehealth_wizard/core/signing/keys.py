"""Keys: the `Signer` every signature goes through, and opening file keys by their content.

`open_key(path, password, cert=None)` reads the file, runs the container reader chain
(`containers.load_container`), finds the certificate (in the container, in a separate file or
a folder, matched by public key) and turns the chosen key into a Signer through the signer
factories (`_SIGNER_FACTORIES`: DSTU 4145 from `dstu_signer`, ECDSA/RSA here). The password is
used once and dropped; nothing here writes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from asn1crypto import algos, keys, x509
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from ehealth_wizard.core.bounded import FileRefused, read_regular_file
from ehealth_wizard.core.reasons import file_reason
from ehealth_wizard.core.signing import dstu_signer
from ehealth_wizard.core.signing.algorithms import crypto_hash
from ehealth_wizard.core.signing.certparse import parse_certificates
from ehealth_wizard.core.signing.containers import KeyEntry, load_container
from ehealth_wizard.core.signing.containers.base import spki_of
from ehealth_wizard.core.signing.containers.der import DerError
from ehealth_wizard.core.signing.errors import (
    KeyFileError,
    UnsupportedAlgorithm,
    WrongPassword,
)
from ehealth_wizard.core.signing.signer_base import CertifiedSigner, Signer

__all__ = [
    "CryptographySigner",
    "FileKeySource",
    "KeyEntry",
    "KeyFileError",
    "KeySource",
    "Signer",
    "WrongPassword",
    "load_certificates",
    "open_key",
    "public_key_matches",
    "select_signer",
    "spki_of",
]

# (entry, certificate, chain) -> a Signer, or None when the entry's key is not this factory's kind.
SignerFactory = Callable[[KeyEntry, x509.Certificate, Sequence[x509.Certificate]], "Signer | None"]

MAX_KEY_FILE = 4 * 1024 * 1024  # key containers are a few KB; anything huge is not one


class KeySource(Protocol):
    """Something the director picks that yields a Signer once given its secret."""

    @property
    def label(self) -> str: ...

    def open(self, secret: bytes | str) -> Signer: ...


class FileKeySource:
    """A key file (+ optional certificate file or folder)."""

    def __init__(self, path: str | Path, cert: str | Path | None = None) -> None:
        self.path = Path(path)
        self.cert = Path(cert) if cert is not None else None

    @property
    def label(self) -> str:
        return self.path.name

    def open(self, secret: bytes | str) -> Signer:
        return open_key(self.path, secret, self.cert)


# --- the ECDSA / RSA signer ---------------------------------------------------------------------

_EC_DIGEST = {"secp256r1": "sha256", "secp384r1": "sha384", "secp521r1": "sha512"}
_EC_SIG_ALG = {"sha256": "sha256_ecdsa", "sha384": "sha384_ecdsa", "sha512": "sha512_ecdsa"}
_RSA_SIG_ALG = {"sha256": "sha256_rsa", "sha384": "sha384_rsa", "sha512": "sha512_rsa"}


class CryptographySigner(CertifiedSigner):
    """ECDSA (P-256/P-384/P-521) or RSA PKCS#1 v1.5 through `cryptography`."""

    def __init__(
        self,
        private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
        certificate: x509.Certificate,
        chain: Sequence[x509.Certificate] = (),
        digest_name: str | None = None,
    ) -> None:
        super().__init__(certificate, chain)
        self._key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | None = private_key
        if isinstance(private_key, ec.EllipticCurvePrivateKey):
            curve = private_key.curve.name
            if curve not in _EC_DIGEST:
                raise UnsupportedAlgorithm("signature_algorithm_unsupported", algorithm=curve)
            self._digest = digest_name or _EC_DIGEST[curve]
            self._sig_alg = _EC_SIG_ALG[self._digest]
        else:
            if private_key.key_size < 2048:
                raise UnsupportedAlgorithm(
                    "signature_algorithm_unsupported", algorithm=f"RSA-{private_key.key_size}"
                )
            self._digest = digest_name or "sha256"
            self._sig_alg = _RSA_SIG_ALG[self._digest]

    @property
    def digest_name(self) -> str:
        return self._digest

    @property
    def signature_algorithm(self) -> algos.SignedDigestAlgorithm:
        return algos.SignedDigestAlgorithm({"algorithm": self._sig_alg})

    def sign(self, data: bytes) -> bytes:
        key = self._key
        if key is None:
            raise KeyFileError("key_closed")
        algorithm = crypto_hash(self._digest)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(algorithm))
        return key.sign(data, padding.PKCS1v15(), algorithm)

    def close(self) -> None:
        self._key = None


def _cryptography_factory(
    entry: KeyEntry, cert: x509.Certificate, chain: Sequence[x509.Certificate]
) -> Signer | None:
    key = entry.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        return CryptographySigner(key, cert, chain)
    return None


# Turn a KeyEntry into a Signer: each factory answers None for a key that is not its kind.
_SIGNER_FACTORIES: tuple[SignerFactory, ...] = (dstu_signer.signer_for, _cryptography_factory)


# --- certificates --------------------------------------------------------------------------------

# What a certificate file is called; the key's own folder is searched for these only.
CERTIFICATE_SUFFIXES = frozenset({".cer", ".crt", ".pem", ".der", ".p7b", ".p7c", ".p7s"})


def load_certificates(
    path: str | Path, *, certificate_files_only: bool = False
) -> list[x509.Certificate]:
    """Certificates from a file or from every file directly inside a folder.

    `certificate_files_only`: in a folder, read only files named like certificates (the key's
    own folder may be Downloads, full of unrelated files).
    """
    p = Path(path)
    try:
        is_dir = p.is_dir()
        if not is_dir:
            data = p.read_bytes()
    except OSError as exc:
        raise KeyFileError("key_cert_unreadable", path=str(p), reason=file_reason(exc)) from None
    if is_dir:
        return _folder_certificates(p, lenient=certificate_files_only)
    certs = parse_certificates(data)
    if not certs:
        raise KeyFileError("key_cert_unreadable", path=str(p), reason="not_a_certificate")
    return certs


def _folder_certificates(folder: Path, *, lenient: bool) -> list[x509.Certificate]:
    """Certificates of every file in `folder`. A file named like a certificate that cannot be
    read is an error naming that file — unless `lenient` (the key's own folder, which may be
    Downloads), where only certificate-named files are read and bad ones are skipped."""
    found: list[x509.Certificate] = []
    try:
        children = sorted(folder.iterdir())
    except OSError as exc:
        raise KeyFileError(
            "key_cert_unreadable", path=str(folder), reason=file_reason(exc)
        ) from None
    for child in children:
        named = child.suffix.lower() in CERTIFICATE_SUFFIXES
        if lenient and not named:
            continue
        try:
            if not child.is_file():
                continue
            if child.stat().st_size > MAX_KEY_FILE:
                if named and not lenient:
                    raise KeyFileError("key_cert_unreadable", path=str(child), reason="too_large")
                continue
            data = child.read_bytes()
        except OSError as exc:
            if lenient:
                continue
            raise KeyFileError(
                "key_cert_unreadable", path=str(child), reason=file_reason(exc)
            ) from None
        certs = parse_certificates(data)
        if not certs and named and not lenient:
            raise KeyFileError("key_cert_unreadable", path=str(child), reason="not_a_certificate")
        found.extend(certs)
    return found


def public_key_matches(spki: keys.PublicKeyInfo, cert: x509.Certificate) -> bool:
    """Same public key bits (parameters may be encoded differently, e.g. named vs explicit)."""
    cert_spki = cert.public_key
    if spki["algorithm"]["algorithm"].dotted != cert_spki["algorithm"]["algorithm"].dotted:
        return False
    return bool(spki["public_key"].contents == cert_spki["public_key"].contents)


def _can_sign(cert: x509.Certificate) -> bool:
    from ehealth_wizard.core.signing.certinfo import cert_info

    return cert_info(cert).can_sign


def _unique(certs: Sequence[x509.Certificate]) -> list[x509.Certificate]:
    seen: set[bytes] = set()
    out = []
    for c in certs:
        digest = c.sha256
        if digest not in seen:
            seen.add(digest)
            out.append(c)
    return out


def select_signer(entries: Sequence[KeyEntry], certificates: Sequence[x509.Certificate]) -> Signer:
    """Pick the signing key whose public key matches a certificate, preferring signing usage."""
    certs = _unique([c for e in entries for c in e.certificates] + list(certificates))
    if not certs:
        raise KeyFileError("key_cert_missing")
    pairs = [(e, c) for e in entries for c in certs if public_key_matches(e.public_key, c)]
    if not pairs:
        raise KeyFileError("key_cert_mismatch")
    signing = [(e, c) for e, c in pairs if _can_sign(c)]
    # Several keys: the one certified for signing. Only a key-agreement certificate: hand it
    # over anyway so the pre-flight can say exactly that.
    entry, cert = (signing or pairs)[0]
    chain = [c for c in certs if c.sha256 != cert.sha256]
    for factory in _SIGNER_FACTORIES:
        signer = factory(entry, cert, chain)
        if signer is not None:
            for other in entries:
                if other is not entry:
                    other.forget()
            return signer
    raise KeyFileError(
        "key_file_unsupported_algorithm",
        algorithm=entry.public_key["algorithm"]["algorithm"].dotted,
    )


def _read_key_file(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_KEY_FILE)
    except FileRefused as exc:
        if exc.reason_code == "too_large":
            raise KeyFileError("key_file_unknown_format") from None
        raise KeyFileError("key_file_unreadable", path=str(path), reason=exc.reason_code) from None
    except OSError as exc:
        raise KeyFileError("key_file_unreadable", path=str(path), reason=file_reason(exc)) from None


def open_key(
    path: str | Path, password: bytes | str | None, cert: str | Path | None = None
) -> Signer:
    """Open a key file (container recognised by content) and return its Signer.

    `cert`: a certificate file (.cer/.crt/.pem/.p7b) or a folder holding it, for containers
    without one. Without `cert`, when the container holds no signing certificate of its own,
    the certificate files beside the key (the way providers hand out Key-6.dat) are tried.
    Raises WrongPassword / KeyFileError / UnsupportedAlgorithm — never anything else for a bad
    file.
    """
    data = _read_key_file(Path(path))
    secret = password.encode("utf-8") if isinstance(password, str) else (password or b"")
    try:
        entries = load_container(data, secret)
    except DerError:  # a part no reader checks on its own (found by fuzzing DSTU files)
        raise KeyFileError("key_file_damaged", format="key") from None
    finally:
        del secret, password
    if cert is not None:
        extra = load_certificates(cert)
    elif _has_signing_certificate(entries):
        extra = []
    else:
        extra = _certificates_beside(Path(path), entries)
    try:
        return select_signer(entries, extra)
    except DerError:  # a certificate or public key inside the file that does not parse
        raise KeyFileError("key_file_damaged", format="key") from None


def _has_signing_certificate(entries: Sequence[KeyEntry]) -> bool:
    return any(
        public_key_matches(e.public_key, c) and _can_sign(c)
        for e in entries
        for c in e.certificates
    )


def _certificates_beside(path: Path, entries: Sequence[KeyEntry]) -> list[x509.Certificate]:
    """The certificates in the key file's folder, when one of them is this key's; else none
    (an unrelated certificate there must not turn "certificate missing" into "mismatch")."""
    try:
        found = load_certificates(path.parent, certificate_files_only=True)
    except KeyFileError:
        return []
    if any(public_key_matches(e.public_key, c) for e in entries for c in found):
        return found
    return []
