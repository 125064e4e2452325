"""Certificates from the bytes of a file: PEM blocks, a DER certificate or a DER .p7b.

Apart from `keys` because the container readers need it too (certificates stored inside a key
file), and `keys` imports the readers.
"""

from __future__ import annotations

import base64
import re

from asn1crypto import cms, x509

_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)


def parse_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from PEM (CERTIFICATE / PKCS7 blocks), a DER certificate or a DER .p7b;
    an empty list for anything else (it never raises on bytes, whatever they hold)."""
    out: list[x509.Certificate] = []
    if b"-----BEGIN" in data:
        for kind, body in _PEM_BLOCK.findall(data):
            try:
                der = base64.b64decode(re.sub(rb"\s+|[A-Za-z-]+:[^\n]*\n", b"", body))
            except ValueError:
                continue
            if kind in (
                b"CERTIFICATE",
                b"X509 CERTIFICATE",
                b"TRUSTED CERTIFICATE",
                b"PKCS7",
                b"CMS",
            ):
                out.extend(_der_certificates(der))
        return out
    return _der_certificates(data)


def _der_certificates(der: bytes) -> list[x509.Certificate]:
    try:
        cert = x509.Certificate.load(der, strict=False)
        tbs = cert["tbs_certificate"]
        # Parse what every user of a certificate needs, so damage shows here; extensions are
        # left lazy (one malformed extension must not hide an otherwise usable certificate).
        tbs["serial_number"].native  # noqa: B018
        tbs["subject"].native  # noqa: B018
        tbs["issuer"].native  # noqa: B018
        tbs["validity"].native  # noqa: B018
        tbs["subject_public_key_info"]["algorithm"]["algorithm"].dotted  # noqa: B018
        return [cert]
    except Exception:  # noqa: S110 - not a single certificate; maybe PKCS#7
        pass
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            return []
        found = []
        for choice in info["content"]["certificates"] or []:
            if choice.name == "certificate":
                found.append(choice.chosen)
        return found
    except Exception:
        return []
