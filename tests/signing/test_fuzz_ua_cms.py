"""Fuzz the certificate and CMS/CAdES parsers on DSTU 4145 inputs (jkurwa message.p7 and
message_detached.p7, dstu-engine cms.pem, real Ukrainian CA certificates): 10 000 mutated
inputs each, hypothesis derandomized; only documented outcomes — a result, CadesError (CMS),
an empty list / DerError (certificates) — and each input bounded in time.

Two stand-ins, for speed, both answering from what the real functions said on the unmutated
seeds (recorded when the corpus is built):
- the DSTU elliptic-curve check (`dstu4145.verify`, two scalar multiplications, ~30 ms) accepts
  exactly the (curve, key, hash, r, s) tuples the real function accepted. On any other tuple
  the real function would say False too, short of a forged signature;
- GOST 34.311 (`gost34311.gost34311`, ~4 ms for a tbsCertificate) gives the real digest of any
  (data, S-box) it hashed on the seeds, and for other input a SHA-256-derived stand-in value.
  Every decision downstream only compares digests with seed digests (messageDigest, ESSCertID,
  the signature's hash), and the real digest of such input differs from all of them too,
  short of a collision.
Both functions are tested on their own elsewhere (known answers, hypothesis). The CMS layers,
certificate parsing, SPKI, curve and signature decoding, attribute checks, certificate facts
and time-stamp handling all run for real on every input.
"""

from __future__ import annotations

import functools
import hashlib
import random
import unittest.mock
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import given

from ehealth_wizard.core.signing import dstu_spki
from ehealth_wizard.core.signing.algorithms import verify_certificate_signature
from ehealth_wizard.core.signing.cades import verify_cades
from ehealth_wizard.core.signing.certinfo import cert_info
from ehealth_wizard.core.signing.certparse import parse_certificates
from ehealth_wizard.core.signing.containers.der import DerError
from ehealth_wizard.core.signing.errors import CadesError, SigningError
from ehealth_wizard.core.signing.ua import dstu4145, gost28147, gost34311
from tests.signing import ua_keys as V
from tests.signing.fuzz_support import FUZZ_SETTINGS, SEEDS, Seed, feed, mutate

MESSAGE_TIME = datetime(2018, 10, 23, tzinfo=UTC)
CMS_PEM_TIME = datetime(2020, 11, 10, tzinfo=UTC)

_real_verify = dstu4145.verify
_ACCEPTED: set[tuple[object, ...]] = set()


def _key(
    curve: dstu4145.Curve, q: object, h: bytes | bytearray, r: int, s: int
) -> tuple[object, ...]:
    return (curve.params(), q, bytes(h), r, s)


def _recording_verify(
    curve: dstu4145.Curve, q: dstu4145.Point, h: bytes | bytearray, r: int, s: int
) -> bool:
    ok = _real_verify(curve, q, h, r, s)
    if ok:
        _ACCEPTED.add(_key(curve, q, h, r, s))
    return ok


_real_hash = gost34311.gost34311
_DIGESTS: dict[tuple[bytes, bytes], bytes] = {}


def _hash_key(data: bytes | bytearray, sbox: object) -> tuple[bytes, bytes]:
    return bytes(data), gost28147.pack_sbox(sbox)  # type: ignore[arg-type]


def _recording_hash(data: bytes | bytearray, sbox: object = gost28147.DEFAULT_DKE) -> bytes:
    digest = _real_hash(data, sbox)  # type: ignore[arg-type]
    _DIGESTS[_hash_key(data, sbox)] = digest
    return digest


def _known_hash(data: bytes | bytearray, sbox: object = gost28147.DEFAULT_DKE) -> bytes:
    key = _hash_key(data, sbox)
    known = _DIGESTS.get(key)
    if known is not None:
        return known
    return hashlib.sha256(b"not a seed input" + key[1] + key[0]).digest()


def _known_verify(
    curve: dstu4145.Curve, q: dstu4145.Point, h: bytes | bytearray, r: int, s: int
) -> bool:
    return _key(curve, q, h, r, s) in _ACCEPTED


class Corpus:
    def __init__(self) -> None:
        self.cms = [
            (Seed((V.JK / "message.p7").read_bytes()), MESSAGE_TIME, None),
            (Seed((V.JK / "message_detached.p7").read_bytes()), MESSAGE_TIME, b"123"),
            (Seed(V.der_of(V.DE / "cms.pem")), CMS_PEM_TIME, None),
        ]
        self.certs = [
            Seed((V.JK / name).read_bytes())
            for name in ("SELF_SIGNED1.cer", "CA-Justice.cer", "CZOROOT.cer")
        ] + [Seed(V.cms_pem_signer_certificate().dump())]
        with (
            unittest.mock.patch.object(dstu4145, "verify", _recording_verify),
            unittest.mock.patch.object(gost34311, "gost34311", _recording_hash),
        ):
            for seed, at, content in self.cms:
                assert _seed_verifies(seed.data, at, content)
            for seed in self.certs:
                (cert,) = parse_certificates(seed.data)
                verify_certificate_signature(cert, cert)
            root = V.certificate(V.JK / "CZOROOT.cer")
            assert verify_certificate_signature(V.certificate(V.JK / "CA-Justice.cer"), root)


def _seed_verifies(data: bytes, at: datetime, content: bytes | None) -> bool:
    """Valid; cms.pem's content time-stamp names a TSA only the trust list holds, so without
    it that stamp is INDETERMINATE (the signature itself verifies)."""
    result = verify_cades(data, at=at, content=content, strict=False)
    return all(
        s.valid
        or (
            s.status == "cades_timestamp_untrusted"
            and s.content_timestamp is not None
            and s.content_timestamp.error == "tsp_cert_missing"
        )
        for s in result.signers
    )


@functools.cache
def corpus() -> Corpus:
    return Corpus()


@pytest.fixture(scope="module", autouse=True)
def _known_signatures() -> Iterator[None]:
    corpus()
    with (
        unittest.mock.patch.object(dstu4145, "verify", _known_verify),
        unittest.mock.patch.object(gost34311, "gost34311", _known_hash),
    ):
        yield


def _certificate_target(data: bytes) -> None:
    for cert in parse_certificates(data):
        facts = cert_info(cert)
        assert isinstance(facts.algorithm, str)
        if cert.public_key["algorithm"]["algorithm"].dotted in dstu_spki.KEY_OIDS:
            dstu_spki.parse_spki(cert.public_key.dump())
        assert isinstance(verify_certificate_signature(cert, cert), bool)


def test_fuzz_seeds_verify_through_the_stand_in() -> None:
    c = corpus()
    for seed, at, content in c.cms:
        assert _seed_verifies(seed.data, at, content)
    changed = bytearray(c.cms[0][0].data)
    changed[changed.index(b"123")] ^= 1
    with pytest.raises(CadesError):
        verify_cades(bytes(changed), at=MESSAGE_TIME)


@given(seed=SEEDS)
@FUZZ_SETTINGS
def test_fuzz_certificates_and_cms(seed: int) -> None:
    rng = random.Random(seed)
    c = corpus()
    cert = c.certs[rng.randrange(len(c.certs))]
    feed("certificate", _certificate_target, mutate(cert, rng), (DerError, SigningError))
    cms_seed, at, content = c.cms[rng.randrange(len(c.cms))]

    def cms_target(data: bytes) -> None:
        result = verify_cades(data, at=at, content=content, strict=False)
        assert all(isinstance(s.status, str) for s in result.signers)

    feed("cms", cms_target, mutate(cms_seed, rng), (CadesError, SigningError))


def test_unreadable_extensions_grant_nothing() -> None:
    """Damaged extensions give facts, not an exception, and are not read as "no keyUsage
    restriction": the certificate is not taken to be able to sign."""
    data = (V.JK / "SELF_SIGNED1.cer").read_bytes()
    good = parse_certificates(data)[0]
    exts = good["tbs_certificate"]["extensions"].dump()
    at = data.index(exts) + 2  # [3] EXPLICIT, short length, then the SEQUENCE tag
    assert data[at] == 0x30
    (broken,) = parse_certificates(data[:at] + b"\x31" + data[at + 1 :])  # SEQUENCE -> SET
    assert cert_info(good).can_sign and "extensions_unreadable" not in cert_info(good).extra
    facts = cert_info(broken)
    assert facts.extra.get("extensions_unreadable") == "1"
    assert not facts.can_sign and facts.key_usage == ()
    assert facts.surname == cert_info(good).surname  # the rest is still read
