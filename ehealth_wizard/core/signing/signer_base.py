"""The Signer protocol every signature goes through, and the half of it every signer shares
(whose certificate, which chain). Apart from keys.py so that the key containers can name it
without importing what opens them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from asn1crypto import algos, x509


class CertifiedSigner:
    """Holds the signer's certificate and the extra certificates to include in CMS."""

    def __init__(self, certificate: x509.Certificate, chain: Sequence[x509.Certificate] = ()):
        self._certificate = certificate
        self._chain = tuple(chain)

    @property
    def certificate(self) -> x509.Certificate:
        return self._certificate

    @property
    def chain(self) -> Sequence[x509.Certificate]:
        return self._chain


@runtime_checkable
class Signer(Protocol):
    """A private key with its certificate, ready to make one kind of signature."""

    @property
    def certificate(self) -> x509.Certificate: ...

    @property
    def chain(self) -> Sequence[x509.Certificate]: ...

    @property
    def digest_name(self) -> str:
        """Registry digest name used for content, attributes and time-stamp imprints."""
        ...

    @property
    def signature_algorithm(self) -> algos.SignedDigestAlgorithm:
        """Written into SignerInfo.signatureAlgorithm."""
        ...

    def sign(self, data: bytes) -> bytes:
        """Hash `data` with `digest_name` and return the exact SignerInfo.signature bytes."""
        ...

    def close(self) -> None:
        """Drop the private key (or log out of the token)."""
        ...
