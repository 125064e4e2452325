"""A certificate's issuer among many: by subject name and key identifier, then by the
issuer's signature.

A trust list holds hundreds of certificates, and checking one signature looks for issuers
several times (the signer's chain, the time-stamp's, the OCSP responder's, revocation). An
asn1crypto name is normalised anew on every comparison, so a scan of the list costs
milliseconds each time: the list's index by subject is built once and kept for the list last
asked about.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

from asn1crypto import x509

from ehealth_wizard.core.signing.algorithms import verify_certificate_signature

Index = dict[str, list[x509.Certificate]]
# The last large list and its index. The list is kept as it was asked about (the same
# certificate objects, in order), so another list is never mistaken for it.
_kept: tuple[tuple[x509.Certificate, ...], Index] | None = None
_lock = threading.Lock()
LARGE = 16  # smaller lists (a signature's own certificates) are indexed each time


def _same(kept: tuple[x509.Certificate, ...], certs: Sequence[x509.Certificate]) -> bool:
    return len(kept) == len(certs) and all(a is b for a, b in zip(kept, certs, strict=True))


def by_subject(certs: Sequence[x509.Certificate]) -> Index:
    """Certificates by normalised subject name; a malformed name is left out."""
    global _kept
    large = len(certs) >= LARGE
    if large:
        with _lock:
            if _kept is not None and _same(_kept[0], certs):
                return _kept[1]
    out: Index = {}
    for cert in certs:
        try:
            name = cert.subject.hashable
        except ValueError:
            continue
        out.setdefault(name, []).append(cert)
    if large:
        with _lock:
            _kept = (tuple(certs), out)
    return out


def issued_by(
    cert: x509.Certificate, *groups: Sequence[x509.Certificate]
) -> Iterator[x509.Certificate]:
    """The certificates in `groups` (in order) that signed `cert` (itself, if self-signed)."""
    try:
        wanted = cert.issuer.hashable
    except ValueError:  # a malformed name has no issuer here
        return
    try:
        wanted_key = cert.authority_key_identifier
    except ValueError:  # (asn1crypto parses extensions when first asked)
        wanted_key = None
    for group in groups:
        for cand in by_subject(group).get(wanted, []):
            # A named key that is not this one cannot be the signer (as OpenSSL's path
            # building also decides), so its signature is not tried.
            if wanted_key and _key_id(cand) not in (None, wanted_key):
                continue
            if verify_certificate_signature(cert, cand):
                yield cand


def _key_id(cert: x509.Certificate) -> bytes | None:
    try:
        found = cert.key_identifier
    except ValueError:
        return None
    return found if isinstance(found, bytes) else None


def issuer_of(
    cert: x509.Certificate, *groups: Sequence[x509.Certificate]
) -> x509.Certificate | None:
    """The first certificate in `groups` that signed `cert`, or None."""
    return next(issued_by(cert, *groups), None)
