"""Bounded KDF work (issue 11, item 5): a key file asking for more password-hashing rounds than
any real issuer uses is refused at once, before any of that work, with a clear error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from asn1crypto import core, keys, pkcs12
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
)
from cryptography.hazmat.primitives.serialization import pkcs12 as crypto_pkcs12

from ehealth_wizard.core.signing.containers.gost_pbes import MAX_ITERATIONS
from ehealth_wizard.core.signing.errors import KeyFileError
from ehealth_wizard.core.signing.keys import open_key

VECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "vectors"
PASSWORD = "correct horse"


def _with_mac_iterations(der: bytes, count: int) -> bytes:
    pfx = pkcs12.Pfx.load(der)
    pfx["mac_data"]["iterations"] = core.Integer(count)
    return pfx.dump(force=True)


def _ecdsa_p12() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    return crypto_pkcs12.serialize_key_and_certificates(
        b"k", key, None, None, BestAvailableEncryption(PASSWORD.encode())
    )


def _refused_quickly(path: Path, password: str) -> float:
    started = time.monotonic()
    with pytest.raises(KeyFileError) as caught:
        open_key(path, password)
    took = time.monotonic() - started
    assert caught.value.code == "key_file_kdf_too_costly"
    assert "rounds" in str(caught.value) and f"{MAX_ITERATIONS}" in str(caught.value)
    print(f"{path.name}: refused in {took * 1000:.0f} ms")
    assert took < 2.0  # none of the KDF ran (2e9 rounds would take hours)
    return took


def test_the_cap_is_what_real_issuers_use_with_a_margin() -> None:
    assert MAX_ITERATIONS == 100_000


def test_a_pkcs12_with_2_000_000_000_mac_iterations_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "hang.p12"
    path.write_bytes(_with_mac_iterations(_ecdsa_p12(), 2_000_000_000))
    _refused_quickly(path, PASSWORD)


def test_a_pkcs12_whose_key_bag_asks_too_much_is_refused(tmp_path: Path) -> None:
    pfx = pkcs12.Pfx.load(_ecdsa_p12())
    safes = pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native)
    touched = 0
    for info in safes:
        if info["content_type"].native != "data":
            continue
        contents = pkcs12.SafeContents.load(info["content"].native)
        for bag in contents:
            if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                alg = bag["bag_value"]["encryption_algorithm"]
                kdf = alg["parameters"]["key_derivation_func"]["parameters"]
                kdf["iteration_count"] = core.Integer(5_000_000)
                touched += 1
        info["content"] = core.OctetString(contents.dump(force=True))
    assert touched
    pfx["auth_safe"]["content"] = core.OctetString(safes.dump(force=True))
    pfx["mac_data"] = None  # a MAC over the edited contents would not match
    path = tmp_path / "bag.p12"
    path.write_bytes(pfx.dump(force=True))
    _refused_quickly(path, PASSWORD)


def test_an_encrypted_pkcs8_asking_too_much_is_refused(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    der = key.private_bytes(
        Encoding.DER, PrivateFormat.PKCS8, BestAvailableEncryption(PASSWORD.encode())
    )
    info = keys.EncryptedPrivateKeyInfo.load(der)
    kdf = info["encryption_algorithm"]["parameters"]["key_derivation_func"]["parameters"]
    kdf["iteration_count"] = core.Integer(2_000_000_000)
    path = tmp_path / "hang.pk8"
    path.write_bytes(info.dump(force=True))
    _refused_quickly(path, PASSWORD)


def test_a_gost_container_with_1_000_000_iterations_is_refused_at_once(tmp_path: Path) -> None:
    """The real IIT/Diia PKCS#12 (GOST 34.311 MAC, 10 000 rounds) with its MAC asking 10^6."""
    real = (VECTORS / "dstu-engine" / "Key-6.pfx").read_bytes()
    path = tmp_path / "Key-6.pfx"
    path.write_bytes(_with_mac_iterations(real, 1_000_000))
    _refused_quickly(path, "testplat2021")
