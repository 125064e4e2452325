"""The half of the Signer protocol every signer shares: whose certificate, which chain."""

from __future__ import annotations

from collections.abc import Sequence

from asn1crypto import x509


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
