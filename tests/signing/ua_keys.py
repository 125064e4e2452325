"""The public Ukrainian test containers (tests/fixtures/vectors, copied from
shared/reference/vectors) and their unlocked contents, cached per process: unlocking costs
seconds in pure Python, so each vector is unlocked once whichever test asks first."""

from __future__ import annotations

import functools
from pathlib import Path

from asn1crypto import cms, pem, x509

from ehealth_wizard.core.signing.containers import (
    KeyEntry,
    gost_pbes,
    kdf_process,
    key6dat,
    load_container,
    pkcs8_gost,
    pkcs12_gost,
)
from ehealth_wizard.core.signing.containers import jks as jks_mod
from ehealth_wizard.core.signing.containers.dstu_key import entries_from_info
from ehealth_wizard.core.signing.ua import gost34311

VECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "vectors"
DE = VECTORS / "dstu-engine"
JK = VECTORS / "jkurwa"

KEY6 = DE / "Key-6.dat"
KEY6_PASSWORD = b"tect4"
PFX = DE / "Key-6.pfx"
PFX_PASSWORD = b"testplat2021"
JKS = DE / "key.jks"
JKS_STORE_PASSWORD = b"123456"
JKS_KEY_PASSWORD = b"qwerty"
STORE_A040 = JK / "STORE_A040.dat"
STORE_A040_PEM = JK / "STORE_A040.pem"
STORE_PASSWORD = b"password"
PRIVATE_PEMS = (DE / "private1.pem", DE / "private2.pem")
PUBLIC_PEMS = (DE / "public1.pem", DE / "public2.pem")
PEM_PASSWORD = b"123456"


def der_of(path: Path) -> bytes:
    data = path.read_bytes()
    if pem.detect(data):
        _, _, der = pem.unarmor(data)
        return bytes(der)
    return data


@functools.cache
def derived(params: gost_pbes.Pbes2Params, password: bytes) -> bytes:
    """PBKDF2 keys, each derived once per test process."""
    return gost_pbes.derive_key(params, password)


@functools.cache
def iterated_hash(password: bytes) -> bytes:
    """GOST 34.311 hashed 10 000 times (the Key-6.dat KDF), once per password per process:
    the primitive's known-answer test and the container tests share it."""
    return gost34311.iterated_hash(password, key6dat.HASH_ROUNDS)


_MAC_KEYS: dict[tuple[bytes, bytes, int], bytes] = {}


def pkcs12_mac_kdf(password_bmp: bytes, salt: bytes, iterations: int) -> bytes:
    """The RFC 7292 MAC key (ID 3) with GOST 34.311, once per input per process (the
    primitive's known-answer test and the container tests share it)."""
    key = (password_bmp, salt, iterations)
    if key not in _MAC_KEYS:
        _MAC_KEYS[key] = gost34311.pkcs12_kdf_gost34311(password_bmp, salt, iterations, 3, 32)
    return _MAC_KEYS[key]


@functools.cache
def key6_derived_key() -> bytes:
    return iterated_hash(KEY6_PASSWORD)  # = key6dat.derive_key (test_containers_ua checks)


@functools.cache
def key6_plaintext() -> bytes:
    return key6dat.decrypt(key6dat.parse_key6(KEY6.read_bytes()), key6_derived_key())


@functools.cache
def key6_entries() -> tuple[KeyEntry, ...]:
    return tuple(key6dat.entries_from_plaintext(key6_plaintext()))


@functools.cache
def pfx_entries() -> tuple[KeyEntry, ...]:
    """As `load_pkcs12_gost`, step by step so the keys derived for other tests are reused."""
    pfx = pkcs12_gost.parse_pfx(PFX.read_bytes())
    mac, bag_key = _pfx_keys()
    pkcs12_gost.check_mac(pfx, mac)
    bag = pkcs12_gost.choose_bag(pfx)
    plain = pkcs12_gost.decrypt_bag(bag, bag_key)
    info = pkcs12_gost.parse_private_key_info(plain)
    return tuple(pkcs12_gost.entries_from_info(info, bag.local_key_id))


@functools.cache
def _pfx_keys() -> tuple[bytes, bytes]:
    """Key-6.pfx's MAC key and signing-bag key, derived side by side as the reader does (the
    MAC's KDF in a spawned process) unless the MAC key is already known."""
    pfx = pkcs12_gost.parse_pfx(PFX.read_bytes())
    assert pfx.mac is not None
    mac_input = (pkcs12_gost.bmp_password(PFX_PASSWORD), pfx.mac.salt, pfx.mac.iterations)
    bag = pkcs12_gost.choose_bag(pfx)
    if mac_input not in _MAC_KEYS:
        with kdf_process.Background(pkcs12_gost.GOST_PKCS12_KDF, *mac_input, 3, 32) as child:
            derived(bag.params, PFX_PASSWORD)  # cached for the return below
            _MAC_KEYS[mac_input] = child.result()
    return pkcs12_mac_kdf(*mac_input), derived(bag.params, PFX_PASSWORD)


@functools.cache
def pfx_mac_key() -> bytes:
    return _pfx_keys()[0]


@functools.cache
def jks_entries() -> tuple[KeyEntry, ...]:
    return tuple(
        jks_mod.load_jks(JKS.read_bytes(), JKS_KEY_PASSWORD, store_password=JKS_STORE_PASSWORD)
    )


@functools.cache
def store_a040_entries() -> tuple[KeyEntry, ...]:
    info = pkcs8_gost.unlock_pkcs8_dstu(STORE_A040.read_bytes(), STORE_PASSWORD, key_fn=derived)
    return tuple(entries_from_info(info))


@functools.cache
def private_pem_entries(index: int) -> tuple[KeyEntry, ...]:
    return tuple(load_container(PRIVATE_PEMS[index].read_bytes(), PEM_PASSWORD))


def certificate(path: Path) -> x509.Certificate:
    return x509.Certificate.load(der_of(path))


@functools.cache
def cms_pem_signer_certificate() -> x509.Certificate:
    """The signer of dstu-engine/cms.pem — the certificate of Key-6.dat's / key.jks' key."""
    info = cms.ContentInfo.load(der_of(DE / "cms.pem"))
    certs = [c.chosen for c in info["content"]["certificates"]]
    return next(c for c in certs if not c.ca)
