"""The DSTU 4145 Signer: GOST 34.311 digest, signatureAlgorithm 1.2.804.2.1.1.1.1.3.1.1 without
parameters, raw 2L-byte little-endian r‖s.

`signer_for` is one of `keys`' signer factories, so `keys.open_key` / `select_signer` turn any
DSTU KeyEntry (Key-6.dat, GOST PKCS#12/PKCS#8, JKS) into one of these.
"""

from __future__ import annotations

from collections.abc import Sequence

from asn1crypto import algos, x509

from ehealth_wizard.core.signing.containers import der
from ehealth_wizard.core.signing.containers.base import KeyEntry
from ehealth_wizard.core.signing.containers.dstu_key import DstuPrivateKey
from ehealth_wizard.core.signing.dstu_spki import DSTU4145_LE, DstuPublicKey, verify_with_key
from ehealth_wizard.core.signing.errors import KeyFileError
from ehealth_wizard.core.signing.signer_base import CertifiedSigner
from ehealth_wizard.core.signing.ua import gost34311


class DstuSigner(CertifiedSigner):
    """Signs with a DSTU private key; `close()` drops the key integer."""

    def __init__(
        self,
        key: DstuPrivateKey,
        certificate: x509.Certificate,
        chain: Sequence[x509.Certificate] = (),
    ) -> None:
        super().__init__(certificate, chain)
        self._key: DstuPrivateKey | None = key
        self._public: DstuPublicKey = key.public

    @property
    def digest_name(self) -> str:
        return "gost34311"

    @property
    def signature_algorithm(self) -> algos.SignedDigestAlgorithm:
        return algos.SignedDigestAlgorithm({"algorithm": DSTU4145_LE})

    @property
    def public_key(self) -> DstuPublicKey:
        return self._public

    def sign(self, data: bytes) -> bytes:
        key = self._key
        if key is None:
            raise KeyFileError("key_closed")
        digest = gost34311.gost34311(data, key.params.sbox)
        return key.sign_digest(digest)

    def sign_x509(self, data: bytes) -> bytes:
        """The value for an X.509 / OCSP signature BIT STRING: the raw r‖s wrapped in an
        OCTET STRING, as Ukrainian CAs write it."""
        return der.e_octets(self.sign(data))

    def verify(self, signature: bytes, data: bytes) -> bool:
        """Self-check against the public key (used by tests and the sandbox)."""
        return verify_with_key(self._public, signature, data)

    def close(self) -> None:
        if self._key is not None:
            self._key.forget()
        self._key = None


def signer_for(
    entry: KeyEntry, cert: x509.Certificate, chain: Sequence[x509.Certificate]
) -> DstuSigner | None:
    key = entry.private_key
    if isinstance(key, DstuPrivateKey):
        return DstuSigner(key, cert, chain)
    return None
