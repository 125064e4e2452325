"""ua-crypto.md §8 check 2: every Ukrainian container in vectors/ unlocks with its password,
fails with WrongPassword otherwise, and its signing key matches its certificate; plus the
writers (Key-6.dat, GOST PKCS#12, JKS) round-tripping through the readers."""

from __future__ import annotations

import pytest
from asn1crypto import keys as akeys

from ehealth_wizard.core.signing import dstu_spki
from ehealth_wizard.core.signing.containers import (
    jks,
    key6dat,
    load_container,
    pkcs12_gost,
    readers,
)
from ehealth_wizard.core.signing.containers.dstu_key import (
    ROLE_KEY_AGREEMENT,
    ROLE_SIGNING,
    DstuPrivateKey,
    encode_private_key_info,
    parse_private_key_info,
)
from ehealth_wizard.core.signing.containers.gost_pbes import MAX_ITERATIONS
from ehealth_wizard.core.signing.errors import KeyFileError, WrongPassword
from ehealth_wizard.core.signing.keys import public_key_matches
from tests.signing import ua_keys as V


def _d(entry: object) -> int:
    key = entry.private_key  # type: ignore[attr-defined]
    assert isinstance(key, DstuPrivateKey)
    return key.d


# --- Key-6.dat -----------------------------------------------------------------------------


def test_key6dat_unlocks_and_holds_two_keys() -> None:
    entries = V.key6_entries()
    assert [e.extra["role"] for e in entries] == [ROLE_SIGNING, ROLE_KEY_AGREEMENT]
    assert [e.extra["curve_bits"] for e in entries] == [257, 431]
    info = parse_private_key_info(V.key6_plaintext())
    # The IIT attributes name the certificates' SKIs; the computed public keys give the same.
    assert info.sign_ski == entries[0].extra["ski"] == entries[0].local_key_id
    assert info.kep_ski == entries[1].extra["ski"]


def test_key6dat_signing_key_matches_its_certificate() -> None:
    cert = V.cms_pem_signer_certificate()  # issued for this key (dstu-engine signed cms.pem)
    signing, agreement = V.key6_entries()
    assert public_key_matches(signing.public_key, cert)
    assert not public_key_matches(agreement.public_key, cert)
    assert cert.key_identifier == signing.extra["ski"]


def test_key6dat_kdf_is_the_iterated_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """What `ua_keys.key6_derived_key` takes for granted (it derives through the primitive)."""
    from ehealth_wizard.core.signing.ua import gost34311

    assert key6dat.HASH_ROUNDS == 10_000
    monkeypatch.setattr(key6dat, "HASH_ROUNDS", 7)
    assert key6dat.derive_key(b"tect4") == gost34311.iterated_hash(b"tect4", 7)


def test_key6dat_wrong_password_is_caught_by_the_mac() -> None:
    parsed = key6dat.parse_key6(V.KEY6.read_bytes())
    wrong = key6dat.derive_key(b"tect5")
    with pytest.raises(WrongPassword):
        key6dat.decrypt(parsed, wrong)


def test_key6dat_through_the_reader_chain() -> None:
    data = V.KEY6.read_bytes()
    # The PKCS#8 readers sniff its shape too and hand it over (unknown algorithm OID).
    assert "key6dat" in [r.name for r in readers() if r.sniff(data)]


# --- PKCS#12 -------------------------------------------------------------------------------


def test_pfx_mac_uses_bmp_password_with_terminator() -> None:
    pfx = pkcs12_gost.parse_pfx(V.PFX.read_bytes())
    assert len(pfx.shrouded) == 2 and not pfx.certificates
    assert pkcs12_gost.bmp_password(b"ab") == b"\0a\0b\0\0"
    pkcs12_gost.check_mac(pfx, V.pfx_mac_key())  # no exception: the MAC matches


def test_pfx_unlocks_the_signing_bag() -> None:
    (entry,) = V.pfx_entries()  # only the bag holding the signing key is decrypted
    pfx = pkcs12_gost.parse_pfx(V.PFX.read_bytes())
    assert entry.extra["curve_bits"] == 257
    # localKeyId of the bag = SKI (GOST 34.311 of the public key OCTET STRING)
    assert entry.local_key_id == pfx.shrouded[0].local_key_id == entry.extra["ski"]


def test_pfx_wrong_password() -> None:
    with pytest.raises(WrongPassword):
        pkcs12_gost.load_pkcs12_gost(V.PFX.read_bytes(), b"testplat2022")


def test_pfx_is_handed_over_by_the_standard_reader() -> None:
    data = V.PFX.read_bytes()
    assert [r.name for r in readers() if r.sniff(data)] == ["pkcs12", "pkcs12-gost"]


# --- JKS -----------------------------------------------------------------------------------


def test_jks_unlocks_with_integrity_check_and_matches_its_certificates() -> None:
    entries = V.jks_entries()
    assert [e.extra["role"] for e in entries] == [ROLE_SIGNING, ROLE_KEY_AGREEMENT]
    assert all(e.extra["store_integrity_verified"] for e in entries)
    signing, agreement = entries
    assert len(signing.certificates) == 3  # two CA certificates + the key-agreement one
    matching = [c for c in signing.certificates if public_key_matches(agreement.public_key, c)]
    assert len(matching) == 1
    assert matching[0].key_identifier == agreement.extra["ski"]
    assert matching[0].key_usage_value.native == {"key_agreement"}
    assert not any(public_key_matches(signing.public_key, c) for c in signing.certificates)
    # The signing key is Key-6.dat's (dstu-engine ships one key pair in several containers);
    # its certificate is the signer of cms.pem.
    assert _d(signing) == _d(V.key6_entries()[0])
    assert public_key_matches(signing.public_key, V.cms_pem_signer_certificate())


def test_jks_wrong_passwords() -> None:
    data = V.JKS.read_bytes()
    with pytest.raises(WrongPassword):
        jks.load_jks(data, b"qwertz", store_password=V.JKS_STORE_PASSWORD)
    with pytest.raises(WrongPassword):
        jks.load_jks(data, V.JKS_KEY_PASSWORD, store_password=b"654321")
    with pytest.raises(WrongPassword):  # the chain, with one password
        load_container(data, b"123456")


def test_jks_one_password_through_the_chain() -> None:
    entries = load_container(V.JKS.read_bytes(), V.JKS_KEY_PASSWORD)
    assert entries[0].extra["role"] == ROLE_SIGNING
    assert not entries[0].extra["store_integrity_verified"]  # key and store passwords differ


# --- PKCS#8 --------------------------------------------------------------------------------


def test_store_a040_equals_key40a0() -> None:
    (entry,) = V.store_a040_entries()
    plain = parse_private_key_info(V.der_of(V.JK / "Key40A0.cer"))
    assert _d(entry) == plain.key.d
    assert entry.public_key.dump() == akeys.PublicKeyInfo.load(plain.key.public.spki).dump()


def test_store_a040_pem_and_wrong_password() -> None:
    from ehealth_wizard.core.signing.containers import pkcs8_gost

    enc = pkcs8_gost.parse_pkcs8(pkcs8_gost.unarmor(V.STORE_A040_PEM.read_bytes()))
    assert isinstance(enc, pkcs8_gost.EncryptedKey)
    assert enc.params.is_gost and enc.params.iterations == 10_000
    with pytest.raises(WrongPassword):
        load_container(V.STORE_A040.read_bytes(), b"passwore")


@pytest.mark.parametrize("index", [0, 1])
def test_private_pems_match_public_pems(index: int) -> None:
    (entry,) = V.private_pem_entries(index)
    public = dstu_spki.parse_spki(V.der_of(V.PUBLIC_PEMS[index]))
    assert entry.public_key.dump() == public.spki  # same point, same (named) curve + DKE
    assert entry.extra["curve_bits"] == (257, 431)[index]
    with pytest.raises(WrongPassword):
        load_container(V.PRIVATE_PEMS[index].read_bytes(), b"1234567")


def test_plain_private_keys() -> None:
    for name in ("Key40A0.cer", "Key40A0.pem", "PRIV1.cer"):
        (entry,) = load_container((V.JK / name).read_bytes(), b"")
        assert entry.extra["curve_bits"] == 257
    (priv1,) = load_container((V.JK / "PRIV1.cer").read_bytes(), b"")
    assert public_key_matches(priv1.public_key, V.certificate(V.JK / "SELF_SIGNED1.cer"))


# --- writers (round trips) -------------------------------------------------------------------


def _vector_key() -> DstuPrivateKey:
    key = V.key6_entries()[0].private_key
    assert isinstance(key, DstuPrivateKey)
    return DstuPrivateKey(key.params, key.d)


def test_key6dat_writer_round_trip() -> None:
    key = _vector_key()
    plain = encode_private_key_info(key, key.public.ski)
    data = key6dat.encrypt_with_key(plain, V.key6_derived_key())  # same password as the vector
    parsed = key6dat.parse_key6(data)
    assert len(parsed.body) == len(plain)
    entries = key6dat.entries_from_plaintext(key6dat.decrypt(parsed, V.key6_derived_key()))
    assert entries[0].local_key_id == key.public.ski
    assert _d(entries[0]) == key.d


def test_pkcs12_writer_round_trip() -> None:
    key = _vector_key()
    cert = V.cms_pem_signer_certificate().dump()
    data = pkcs12_gost.write_pkcs12_gost(key, b"secret", certificates=[cert], iterations=64)
    (entry,) = load_container(data, b"secret")
    assert _d(entry) == key.d
    assert entry.certificates and public_key_matches(entry.public_key, entry.certificates[0])
    with pytest.raises(WrongPassword):
        load_container(data, b"Secret")


def test_pkcs12_certificates_in_an_encrypted_safe() -> None:
    """OpenSSL-style layout: certificates inside a GOST-encrypted encryptedData safe."""
    key = _vector_key()
    cert = V.cms_pem_signer_certificate().dump()
    data = pkcs12_gost.write_pkcs12_gost(
        key, b"secret", certificates=[cert], iterations=32, encrypt_certificates=True
    )
    pfx = pkcs12_gost.parse_pfx(data)
    assert len(pfx.encrypted_safes) == 1 and not pfx.certificates
    (entry,) = load_container(data, b"secret")
    assert [c.dump() for c in entry.certificates] == [cert]
    assert public_key_matches(entry.public_key, entry.certificates[0])


def test_jks_writer_round_trip() -> None:
    key = _vector_key()
    chain = [c.dump() for c in V.jks_entries()[0].certificates]
    data = jks.write_jks(
        encode_private_key_info(key), chain, store_password=b"store", key_password=b"key"
    )
    entries = jks.load_jks(data, b"key", store_password=b"store")
    assert _d(entries[0]) == key.d and len(entries[0].certificates) == 3
    with pytest.raises(WrongPassword):
        jks.load_jks(data, b"key", store_password=b"other")


def test_kdf_iteration_counts_are_capped() -> None:
    from ehealth_wizard.core.signing.containers import der, gost_pbes

    params = gost_pbes.Pbes2Params(
        b"s" * 32, MAX_ITERATIONS + 1, 32, gost_pbes.HMAC_GOST34311, gost_pbes.GOST28147_CFB,
        b"i" * 8, None,
    )  # fmt: skip
    with pytest.raises(KeyFileError):
        gost_pbes.parse_pbes2(der.parse(gost_pbes.algorithm_identifier(params)))
    data = pkcs12_gost.write_pkcs12_gost(_vector_key(), b"x", iterations=3)
    version, auth_safe, mac = der.seq(der.parse(data))
    mac_items = der.seq(mac)
    huge_mac = der.e_seq(mac_items[0].raw, mac_items[1].raw, der.e_int(MAX_ITERATIONS + 1))
    with pytest.raises(KeyFileError):
        pkcs12_gost.parse_pfx(der.e_seq(version.raw, auth_safe.raw, huge_mac))


def test_unlock_reports_progress() -> None:
    from ehealth_wizard.core.signing.containers import progress

    data = pkcs12_gost.write_pkcs12_gost(_vector_key(), b"pw", iterations=700)
    seen: list[tuple[int, int]] = []
    with progress.reporting(lambda done, total: seen.append((done, total))):
        load_container(data, b"pw")
    values = [done for done, _ in seen]
    assert values == sorted(values) and all(total == progress.SCALE for _, total in seen)
    assert min(values) < progress.SCALE // 2 <= max(values)  # the MAC KDF, then the bag's
    seen.clear()
    load_container(data, b"pw")  # outside the context nothing is reported
    assert not seen


def test_cyrillic_password_hashed_as_windows_1251() -> None:
    """IIT's Windows tools hand the ANSI (cp1251) bytes to the KDF; UTF-8 is tried first."""
    from ehealth_wizard.core.signing.containers import der, gost_pbes

    typed = "Пароль-1"
    assert gost_pbes.password_variants(typed.encode()) == [
        typed.encode(),
        typed.encode("cp1251"),
    ]
    assert gost_pbes.password_variants(b"ascii") == [b"ascii"]
    plain = encode_private_key_info(_vector_key())
    alg, ct = gost_pbes.encrypt_gost(plain, typed.encode("cp1251"), iterations=16)
    data = der.e_seq(alg, der.e_octets(ct))
    (entry,) = load_container(data, typed.encode())
    assert _d(entry) == _vector_key().d
    with pytest.raises(WrongPassword):
        load_container(data, "Пароль-2".encode())
