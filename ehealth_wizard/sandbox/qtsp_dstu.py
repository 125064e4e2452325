"""DSTU 4145 in the sandbox's test QTSP: the "dstu4145" key type (CA, TSA, OCSP and subject
keys on curve m = 257 with ДКЕ №1), and the containers directors really get — IIT Key-6.dat
(certificate beside it) and GOST PKCS#12 (certificate inside).

`sandbox.qtsp` lists the key type and `sandbox.demo` the demo-key formats (DSTU PKCS#12 is the
default) plainly; this module imports neither. `TestQTSP.create(key_type="dstu4145")` gives a
provider whose certificates, time-stamps and OCSP answers are DSTU-signed.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any, Literal

from asn1crypto import keys, pem, x509

from ehealth_wizard.core.signing.containers import key6dat, pkcs12_gost
from ehealth_wizard.core.signing.containers.dstu_key import (
    DstuPrivateKey,
    encode_private_key_info,
    parse_private_key_info,
)
from ehealth_wizard.core.signing.dstu_signer import DstuSigner
from ehealth_wizard.core.signing.dstu_spki import DstuParams, named_spec
from ehealth_wizard.core.signing.keys import Signer
from ehealth_wizard.core.signing.ua import dstu4145
from ehealth_wizard.core.signing.ua.gost28147 import DEFAULT_DKE

KEY_TYPE = "dstu4145"
CURVE_INDEX = 6  # m = 257, the curve of essentially every current key
#: KDF rounds of the demo GOST PKCS#12 (those of Diia's files). Tests that are not about the
#: KDF lower it (monkeypatch) so a demo key is made and opened in milliseconds, not seconds.
DEMO_PKCS12_ITERATIONS = 10_000
Variant = Literal["key6", "pkcs12"]


def new_private_key(curve_index: int = CURVE_INDEX) -> DstuPrivateKey:
    """A fresh DSTU key (d from `secrets`), named curve + default DKE in its parameters."""
    params = DstuParams(named_spec(curve_index), DEFAULT_DKE)
    n = dstu4145.named_curve(curve_index).n
    return DstuPrivateKey(params, 1 + secrets.randbelow(n - 1))


def public_key_info(key: DstuPrivateKey) -> keys.PublicKeyInfo:
    return keys.PublicKeyInfo.load(key.public.spki)


def make_signer(
    key: DstuPrivateKey, cert: x509.Certificate, chain: Sequence[x509.Certificate]
) -> Signer:
    return DstuSigner(key, cert, chain)


def dump_private(key: DstuPrivateKey) -> bytes:
    return bytes(pem.armor("PRIVATE KEY", encode_private_key_info(key)))


def load_private(data: bytes) -> DstuPrivateKey:
    _, _, der = pem.unarmor(data)
    key: DstuPrivateKey = parse_private_key_info(bytes(der)).key
    return key


def ski_of(cert: x509.Certificate) -> bytes:
    """The certificate's SKI (GOST 34.311 of the public-key OCTET STRING for DSTU keys)."""
    value = cert.key_identifier
    return bytes(value) if value is not None else b""


def director_container(
    issued: Any,  # sandbox.qtsp.IssuedKey
    password: str,
    variant: Variant = "pkcs12",
    *,
    iterations: int = 10_000,
) -> bytes:
    """The director's key file: Key-6.dat (no certificate inside, like IIT's) or a GOST
    PKCS#12 with the certificate and chain (like Diia's, 10 000 KDF rounds)."""
    key = issued.pair.private_key
    if not isinstance(key, DstuPrivateKey):
        raise TypeError("not a DSTU key")
    pw = password.encode("utf-8")
    ski = ski_of(issued.certificate) or key.public.ski
    if variant == "key6":
        return key6dat.write_key6(key, pw, sign_ski=ski)
    certs = [issued.cert_der(), *(c.dump() for c in issued.chain)]
    return pkcs12_gost.write_pkcs12_gost(
        key, pw, ski=ski, certificates=certs, iterations=iterations
    )


def issue_dstu_director_key(
    qtsp: Any,  # sandbox.qtsp.TestQTSP
    variant: Variant = "pkcs12",
    *,
    iterations: int = 10_000,
    **issue_args: Any,
) -> tuple[bytes, str, x509.Certificate]:
    """Issue a DSTU 4145 director key: (container bytes, password, certificate).

    `issue_args` go to `TestQTSP.issue` (surname, given_names, rnokpp, edrpou, ...)."""
    issued = qtsp.issue(key_type=KEY_TYPE, **issue_args)
    password = secrets.token_urlsafe(12)
    return (
        director_container(issued, password, variant, iterations=iterations),
        password,
        (issued.certificate),
    )


def write_demo_pfx(issued: Any, password: str) -> bytes:
    """The demo key as Diia hands it out: a GOST PKCS#12 (DEMO_PKCS12_ITERATIONS rounds)."""
    return director_container(issued, password, "pkcs12", iterations=DEMO_PKCS12_ITERATIONS)


def write_demo_key6(issued: Any, password: str) -> bytes:
    """The demo key as IIT hands it out: Key-6.dat, the certificate beside it."""
    return director_container(issued, password, "key6")
