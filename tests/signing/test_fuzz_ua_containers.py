"""Fuzz the Ukrainian key-container parsers — Key-6.dat, PKCS#12 (GOST), PKCS#8 (GOST/AES
PBES2 and plain), JKS, and the DSTU PrivateKeyInfo they all decrypt to — with 10 000 mutated
inputs each (hypothesis, derandomized, seeded from tests/fixtures/vectors). Only the documented
errors may come out (WrongPassword, KeyFileError, UnsupportedAlgorithm), and each input runs
under a time guard.

The 10 000-round KDFs run once, outside the loop: keys derived for the seeds' own parameters
are cached, and a KDF asked for any other (mutated) parameters returns an unrelated key —
what the real KDF would give: a key that fails the MAC or the plaintext check. Everything
else (DER, PBES2 parameters, GOST ECB/CFB decryption, the GOST MAC and HMAC, the JKS layout,
the Sun key protector, the IIT attributes, certificates inside containers) runs for real.
Besides the real vectors, small containers written by our writers under the same passwords
serve as seeds, so most inputs exercise the parsers rather than GOST over kilobytes.
"""

from __future__ import annotations

import functools
import hashlib
import random

import pytest
from hypothesis import given

from ehealth_wizard.core.signing.containers import gost_pbes, jks, key6dat, pkcs8_gost
from ehealth_wizard.core.signing.containers import pkcs12_gost as p12
from ehealth_wizard.core.signing.containers.dstu_key import (
    DstuPrivateKey,
    encode_private_key_info,
    parse_private_key_info,
)
from ehealth_wizard.core.signing.dstu_spki import DstuParams, named_spec
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm, WrongPassword
from ehealth_wizard.core.signing.ua.gost28147 import DEFAULT_DKE
from tests.signing import ua_keys as V
from tests.signing.fuzz_support import FUZZ_SETTINGS, SEEDS, Seed, feed, mutate

DOCUMENTED = (WrongPassword, KeyFileError, UnsupportedAlgorithm)


def _unrelated_key(*parts: object) -> bytes:
    return hashlib.sha256(repr(parts).encode()).digest()


def _det(label: str) -> functools.partial[bytes]:
    """Deterministic 'random' bytes so the written seeds are identical on every run."""
    return functools.partial(lambda lbl, n: hashlib.sha256(lbl.encode()).digest()[:n], label)


class CachedKdf:
    """Derived keys for the seeds' own parameters; an unrelated key for anything else."""

    def __init__(self) -> None:
        self.bag_keys: dict[tuple[gost_pbes.Pbes2Params, bytes], bytes] = {}
        self.mac_keys: dict[tuple[bytes, int, bytes], bytes] = {}

    def bag(self, params: gost_pbes.Pbes2Params, password: bytes) -> bytes:
        return self.bag_keys.get((params, password)) or _unrelated_key(params, password)

    def mac(self, mac: p12.MacInfo, password: bytes) -> bytes:
        key = self.mac_keys.get((mac.salt, mac.iterations, password))
        return key or _unrelated_key(mac.salt, mac.iterations, password)

    def learn_pfx(self, data: bytes, password: bytes, mac_key: bytes | None = None) -> None:
        pfx = p12.parse_pfx(data)
        if pfx.mac is not None:
            self.mac_keys[(pfx.mac.salt, pfx.mac.iterations, password)] = mac_key or p12.mac_key(
                pfx.mac, password
            )
        bag = p12.choose_bag(pfx)
        self.bag_keys[(bag.params, password)] = V.derived(bag.params, password)

    def learn_pkcs8(self, data: bytes, password: bytes) -> None:
        enc = pkcs8_gost.parse_pkcs8(pkcs8_gost.unarmor(data))
        if isinstance(enc, pkcs8_gost.EncryptedKey):
            self.bag_keys[(enc.params, password)] = V.derived(enc.params, password)


class Corpus:
    """Seeds and cached keys, built once per session (seconds of KDF work)."""

    def __init__(self) -> None:
        self.kdf = CachedKdf()
        vector_key = V.key6_entries()[0].private_key
        assert isinstance(vector_key, DstuPrivateKey)
        small_key = DstuPrivateKey(DstuParams(named_spec(6), DEFAULT_DKE), vector_key.d)
        small_plain = encode_private_key_info(small_key, b"\x11" * 32)

        self.key6_big = Seed(V.KEY6.read_bytes())
        self.key6_small = Seed(
            key6dat.encrypt_with_key(small_plain, V.key6_derived_key(), _det("key6"))
        )
        self.plain_big = Seed(V.key6_plaintext())
        self.plain_small = Seed(small_plain)

        self.pfx_big = Seed(V.PFX.read_bytes())
        self.kdf.learn_pfx(self.pfx_big.data, V.PFX_PASSWORD, V.pfx_mac_key())
        small_pfx = p12.write_pkcs12_gost(
            small_key, V.PFX_PASSWORD, ski=b"\x22" * 32, iterations=1, random=_det("pfx")
        )
        self.pfx_small = Seed(small_pfx)
        self.kdf.learn_pfx(small_pfx, V.PFX_PASSWORD)
        # certificates in a GOST-encrypted safe (OpenSSL layout): one more PBES2 layer
        enc_pfx = p12.write_pkcs12_gost(
            small_key,
            V.PFX_PASSWORD,
            ski=b"\x33" * 32,
            certificates=[(V.JK / "SELF_SIGNED1.cer").read_bytes()],
            iterations=1,
            random=_det("pfx-enc"),
            encrypt_certificates=True,
        )
        self.pfx_encrypted = Seed(enc_pfx)
        self.kdf.learn_pfx(enc_pfx, V.PFX_PASSWORD)
        for safe in p12.parse_pfx(enc_pfx).encrypted_safes:
            self.kdf.bag_keys[(safe.params, V.PFX_PASSWORD)] = V.derived(
                safe.params, V.PFX_PASSWORD
            )

        self.pkcs8 = [
            (Seed(V.STORE_A040.read_bytes()), V.STORE_PASSWORD),
            (Seed(V.der_of(V.PRIVATE_PEMS[0])), V.PEM_PASSWORD),
            (Seed(V.der_of(V.PRIVATE_PEMS[1])), V.PEM_PASSWORD),
            (Seed((V.JK / "Key40A0.cer").read_bytes()), b""),
            (Seed(V.STORE_A040_PEM.read_bytes(), [0]), V.STORE_PASSWORD),
        ]
        for seed, password in self.pkcs8:
            self.kdf.learn_pkcs8(seed.data, password)

        data = V.JKS.read_bytes()
        # the JKS header's count/length fields stand in for DER length offsets
        self.jks = Seed(data, [7, 11, 15, 17, 33, 35, 36 + 3, 36 + 4, 36 + 6, 36 + 7])
        chain = [c.dump() for c in V.jks_entries()[0].certificates[:1]]
        self.jks_small = Seed(
            jks.write_jks(
                small_plain,
                chain,
                store_password=V.JKS_STORE_PASSWORD,
                key_password=V.JKS_KEY_PASSWORD,
            ),
            [7, 11, 15, 17],
        )


@functools.cache
def corpus() -> Corpus:
    return Corpus()


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    corpus()  # the KDFs run here, not inside an example's deadline


def _key6(c: Corpus) -> None:
    for seed in (c.key6_big, c.key6_small):
        assert key6dat.unlock_key6(seed.data, V.key6_derived_key()).key.d > 0


def test_fuzz_seeds_reach_every_layer() -> None:
    """Each unmutated seed goes all the way through (the targets below are not no-ops)."""
    c = corpus()
    _key6(c)
    for seed in (c.plain_big, c.plain_small):
        assert parse_private_key_info(seed.data).key.d > 0
    for seed in (c.pfx_big, c.pfx_small, c.pfx_encrypted):
        unlocked = p12.unlock_pkcs12_gost(
            seed.data, V.PFX_PASSWORD, mac_key_fn=c.kdf.mac, bag_key_fn=c.kdf.bag
        )
        assert len(unlocked.keys) == 1
    assert p12.unlock_pkcs12_gost(
        c.pfx_encrypted.data, V.PFX_PASSWORD, mac_key_fn=c.kdf.mac, bag_key_fn=c.kdf.bag
    ).certificates
    for seed, password in c.pkcs8:
        assert pkcs8_gost.unlock_pkcs8_dstu(seed.data, password, key_fn=c.kdf.bag).key.d > 0
    for seed in (c.jks, c.jks_small):
        keys, verified = jks.unlock_jks(seed.data, V.JKS_KEY_PASSWORD, V.JKS_STORE_PASSWORD)
        assert verified and keys


@given(seed=SEEDS)
@FUZZ_SETTINGS
def test_fuzz_container_parsers(seed: int) -> None:
    rng = random.Random(seed)
    c = corpus()
    kdf = c.kdf

    # Key-6.dat (1 in 20 from the real 946-byte vector, the rest from a small written one)
    k6 = c.key6_big if rng.randrange(20) == 0 else c.key6_small
    feed(
        "key6dat",
        lambda d: key6dat.unlock_key6(d, V.key6_derived_key()),
        mutate(k6, rng),
        DOCUMENTED,
    )

    # the decrypted DSTU PrivateKeyInfo (a MAC never lets a mutated plaintext through)
    plain = c.plain_big if rng.randrange(4) == 0 else c.plain_small
    feed("private_key_info", parse_private_key_info, mutate(plain, rng), DOCUMENTED)

    # PKCS#12: full unlock (MAC, bag, key), or the bag path as for a file without MacData
    roll = rng.randrange(20)
    pfx = c.pfx_big if roll == 0 else c.pfx_encrypted if roll < 3 else c.pfx_small
    if rng.randrange(3) == 0:
        feed(
            "pkcs12",
            lambda d: p12.unlock_pkcs12_gost(
                d, V.PFX_PASSWORD, mac_key_fn=kdf.mac, bag_key_fn=kdf.bag
            ),
            mutate(pfx, rng),
            DOCUMENTED,
        )
    else:

        def bags(d: bytes) -> None:
            parsed = p12.parse_pfx(d)
            if parsed.shrouded:
                bag = p12.choose_bag(parsed)
                parse_private_key_info(p12.decrypt_bag(bag, kdf.bag(bag.params, V.PFX_PASSWORD)))

        feed("pkcs12-bags", bags, mutate(pfx, rng), DOCUMENTED)

    # PKCS#8 (GOST PBES2, AES PBES2, plain; DER and PEM)
    p8, password = c.pkcs8[rng.randrange(len(c.pkcs8))]
    feed(
        "pkcs8",
        lambda d: pkcs8_gost.unlock_pkcs8_dstu(d, password, key_fn=kdf.bag),
        mutate(p8, rng),
        DOCUMENTED,
    )

    # JKS, with and without the store password
    store = V.JKS_STORE_PASSWORD if rng.randrange(2) else None
    js = c.jks if rng.randrange(4) == 0 else c.jks_small
    feed(
        "jks",
        lambda d: jks.unlock_jks(d, V.JKS_KEY_PASSWORD, store),
        mutate(js, rng),
        DOCUMENTED,
    )
