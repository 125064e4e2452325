"""Opening file keys by content: PKCS#12, PKCS#8 (PEM/DER, encrypted or not), certificates from
the container, a file, a .p7b or a folder; each broken-file case with its own error."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import algos, cms, core
from asn1crypto import keys as akeys

from ehealth_wizard.core.signing.containers import KeyEntry, load_container
from ehealth_wizard.core.signing.containers.pkcs8 import Pkcs8Reader
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm, WrongPassword
from ehealth_wizard.core.signing.keys import FileKeySource, Signer, open_key
from ehealth_wizard.core.texts import TEXTS, describe
from ehealth_wizard.sandbox.qtsp import TestQTSP
from tests.signing.conftest import PASSWORD, Keys, openssl, write


def _same_cert(signer: Signer, cert: object) -> bool:
    return signer.certificate.dump() == cert.dump()  # type: ignore[attr-defined]


@pytest.mark.parametrize("which", ["director", "director_rsa", "director_dn"])
def test_pkcs12_opens_with_its_certificate(keys: Keys, tmp_path: Path, which: str) -> None:
    issued = getattr(keys, which)
    path = write(tmp_path / "key.bin", issued.pkcs12(PASSWORD))  # name says nothing
    signer = open_key(path, PASSWORD)
    assert _same_cert(signer, issued.certificate)
    assert [c.dump() for c in signer.chain] == [c.dump() for c in issued.chain]
    assert signer.digest_name == ("sha384" if which == "director_dn" else "sha256")
    assert isinstance(signer, Signer)
    signer.close()
    with pytest.raises(KeyFileError) as err:
        signer.sign(b"x")
    assert err.value.code == "key_closed"


def test_password_as_bytes_and_key_source(keys: Keys, tmp_path: Path) -> None:
    path = write(tmp_path / "k.p12", keys.director.pkcs12(PASSWORD))
    assert _same_cert(open_key(path, PASSWORD.encode()), keys.director.certificate)
    source = FileKeySource(path)
    assert source.label == "k.p12"
    assert _same_cert(source.open(PASSWORD), keys.director.certificate)


@pytest.mark.parametrize(
    ("pem", "password"), [(True, PASSWORD), (False, PASSWORD), (True, None), (False, None)]
)
def test_pkcs8_with_separate_certificate(
    keys: Keys, tmp_path: Path, pem: bool, password: str | None
) -> None:
    key = write(tmp_path / "key", keys.director.pkcs8(password, pem=pem))
    cert = write(tmp_path / "cert", keys.director.cert_der())
    signer = open_key(key, password or "", cert)
    assert _same_cert(signer, keys.director.certificate)


def test_certificate_from_pem_p7b_and_folder(keys: Keys, tmp_path: Path) -> None:
    key = write(tmp_path / "key.pk8", keys.director_rsa.pkcs8(PASSWORD))
    pem_cert = write(tmp_path / "c.pem", keys.director_rsa.cert_pem())
    assert _same_cert(open_key(key, PASSWORD, pem_cert), keys.director_rsa.certificate)

    bundle = cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": {
                "version": "v1",
                "digest_algorithms": [],
                "encap_content_info": {"content_type": "data"},
                "certificates": [keys.director.certificate, keys.director_rsa.certificate],
                "signer_infos": [],
            },
        }
    )
    p7b = write(tmp_path / "chain.p7b", bundle.dump())
    assert _same_cert(open_key(key, PASSWORD, p7b), keys.director_rsa.certificate)

    folder = tmp_path / "certs"
    folder.mkdir()
    for name in ("director", "director_rsa", "fop", "seal"):
        write(folder / f"{name}.cer", getattr(keys, name).cert_der())
    write(folder / "readme.txt", b"not a certificate")
    signer = open_key(key, PASSWORD, folder)
    assert _same_cert(signer, keys.director_rsa.certificate)
    assert len(signer.chain) == 3


def test_prefers_the_signing_certificate(keys: Keys, tmp_path: Path) -> None:
    """Same key certified twice (key agreement and signing): the signing one is chosen."""
    from ehealth_wizard.core.signing.keys import select_signer, spki_of

    key = keys.director.private_key
    other = keys.key_agreement
    # An entry holding the key-agreement key with both certificates available
    entry = KeyEntry(other.private_key, spki_of(other.private_key))
    signer = select_signer([entry], [keys.director.certificate, other.certificate])
    assert _same_cert(signer, other.certificate)  # only it matches, handed over for pre-flight
    entries = [KeyEntry(other.private_key, spki_of(other.private_key)), KeyEntry(key, spki_of(key))]
    signer = select_signer(entries, [other.certificate, keys.director.certificate])
    assert _same_cert(signer, keys.director.certificate)


def test_wrong_password(keys: Keys, tmp_path: Path) -> None:
    p12 = write(tmp_path / "k.p12", keys.director.pkcs12(PASSWORD))
    p8 = write(tmp_path / "k.pem", keys.director.pkcs8(PASSWORD))
    p8der = write(tmp_path / "k.der", keys.director.pkcs8(PASSWORD, pem=False))
    for path in (p12, p8, p8der):
        with pytest.raises(WrongPassword) as err:
            open_key(path, "wrong")
        assert err.value.code == "key_wrong_password"


@pytest.mark.parametrize("kind", ["p12", "pem", "der"])
def test_truncated_file(keys: Keys, tmp_path: Path, kind: str) -> None:
    data = {
        "p12": keys.director.pkcs12(PASSWORD),
        "pem": keys.director.pkcs8(PASSWORD),
        "der": keys.director.pkcs8(PASSWORD, pem=False),
    }[kind]
    path = write(tmp_path / "k", data[: len(data) * 2 // 3])
    with pytest.raises(KeyFileError) as err:
        open_key(path, PASSWORD)
    assert err.value.code == "key_file_truncated"


def test_random_empty_missing_and_folder(tmp_path: Path) -> None:
    cases = {
        write(tmp_path / "random.pfx", os.urandom(2000)): "key_file_unknown_format",
        write(
            tmp_path / "text.pfx", "Привіт, це не ключ\n".encode() * 20
        ): "key_file_unknown_format",
        write(tmp_path / "empty.pfx", b""): "key_file_empty",
        tmp_path / "missing.pfx": "key_file_unreadable",
        tmp_path: "key_file_unreadable",
    }
    for path, code in cases.items():
        with pytest.raises(KeyFileError) as err:
            open_key(path, PASSWORD)
        assert err.value.code == code, path
        assert code in TEXTS
        assert "{" not in str(err.value)  # every parameter of the text is filled


def test_certificate_missing_or_mismatched(keys: Keys, tmp_path: Path) -> None:
    key = write(tmp_path / "k.pem", keys.director.pkcs8(None))
    with pytest.raises(KeyFileError) as err:
        open_key(key, "")
    assert err.value.code == "key_cert_missing"
    cert = write(tmp_path / "other.cer", keys.fop.cert_der())
    with pytest.raises(KeyFileError) as err:
        open_key(key, "", cert)
    assert err.value.code == "key_cert_mismatch"
    bad = write(tmp_path / "bad.cer", b"\x30\x03\x02\x01\x01")
    with pytest.raises(KeyFileError) as err:
        open_key(key, "", bad)
    assert err.value.code == "key_cert_unreadable"
    p12 = write(tmp_path / "nocert.p12", keys.director.pkcs12(PASSWORD, with_cert=False))
    with pytest.raises(KeyFileError) as err:
        open_key(p12, PASSWORD)
    assert err.value.code == "key_cert_missing"
    assert _same_cert(
        open_key(p12, PASSWORD, write(tmp_path / "d.cer", keys.director.cert_der())),
        keys.director.certificate,
    )


def _gost_pbes2_pkcs8() -> bytes:
    """An EncryptedPrivateKeyInfo shaped like a Ukrainian one (PBES2, HMAC-GOST34311, GOST-CFB)."""
    alg = algos.EncryptionAlgorithm(
        {
            "algorithm": "pbes2",
            "parameters": {
                "key_derivation_func": {
                    "algorithm": "pbkdf2",
                    "parameters": {
                        "salt": algos.Pbkdf2Salt({"specified": b"\x01" * 32}),
                        "iteration_count": 1,  # keeps a GOST KDF down the chain fast
                        "prf": {"algorithm": "1.2.804.2.1.1.1.1.1.2", "parameters": core.Null()},
                    },
                },
                "encryption_scheme": {
                    "algorithm": "1.2.804.2.1.1.1.1.1.1.3",
                    # SEQUENCE { iv OCTET STRING(8), dke OCTET STRING(64) }
                    "parameters": core.Any.load(
                        bytes.fromhex("304c0408" + "00" * 8 + "0440" + "00" * 64)
                    ),
                },
            },
        }
    )
    return akeys.EncryptedPrivateKeyInfo(
        {"encryption_algorithm": alg, "encrypted_data": os.urandom(200)}
    ).dump()


def test_gost_pbes2_is_handed_to_the_next_reader(tmp_path: Path) -> None:
    data = _gost_pbes2_pkcs8()
    reader = Pkcs8Reader()
    assert reader.sniff(data)
    with pytest.raises(UnsupportedAlgorithm) as err:
        reader.load(data, b"password")
    assert err.value.params["algorithm"].startswith("1.2.804.")
    # Through the chain: a DSTU reader may take it; if none can, a clear error — never a crash.
    with pytest.raises((KeyFileError, WrongPassword)) as chained:
        load_container(data, b"password")
    assert describe(chained.value.code, chained.value.params)


def test_error_codes_have_texts() -> None:
    for code in (
        "key_wrong_password",
        "key_file_truncated",
        "key_file_unknown_format",
        "key_file_unreadable",
        "key_file_empty",
        "key_file_damaged",
        "key_cert_missing",
        "key_cert_mismatch",
        "key_file_unsupported_algorithm",
    ):
        assert code in TEXTS


@pytest.mark.parametrize(
    "options",
    [(), ("-legacy",), ("-macalg", "sha1", "-iter", "1000"), ("-keypbe", "AES-128-CBC")],
)
def test_pkcs12_written_by_openssl(keys: Keys, tmp_path: Path, options: tuple[str, ...]) -> None:
    key = write(tmp_path / "k.pem", keys.director_rsa.pkcs8(None))
    cert = write(tmp_path / "c.pem", keys.director_rsa.cert_pem())
    out = tmp_path / "o.p12"
    made = openssl(
        "pkcs12",
        "-export",
        *options,
        "-inkey",
        key,
        "-in",
        cert,
        "-out",
        out,
        "-passout",
        "file:" + str(write(tmp_path / "pw", PASSWORD.encode())),
    )
    assert made.returncode == 0, made.stderr
    assert _same_cert(open_key(out, PASSWORD), keys.director_rsa.certificate)
    with pytest.raises(WrongPassword):
        open_key(out, PASSWORD + "x")


# --- the certificate beside the key (QA #13) ------------------------------------------------


def test_certificate_beside_the_key_is_found_by_its_public_key(
    keys: Keys, qtsp: TestQTSP, tmp_path: Path
) -> None:
    """A key without its certificate, handed out as a key file plus a .cer in one folder."""
    folder = tmp_path / "from-provider"
    folder.mkdir()
    key = write(folder / "key.pk8", keys.director.pkcs8(PASSWORD, pem=False))
    write(folder / "someone-else.cer", keys.fop.cert_der())  # unrelated: must not be picked
    write(folder / "provider-ca.cer", qtsp.ca_cert.dump())
    with pytest.raises(KeyFileError) as err:
        open_key(key, PASSWORD)
    assert err.value.code == "key_cert_missing"  # only unrelated certificates beside it
    write(folder / "director.crt", keys.director.cert_pem())
    signer = open_key(key, PASSWORD)
    assert _same_cert(signer, keys.director.certificate)
    assert signer.sign(b"x")
    # the provider's CA certificate lying there travels along as the chain
    assert qtsp.ca_cert.sha256 in {c.sha256 for c in signer.chain}
    # the same through the key source the GUI uses
    assert _same_cert(FileKeySource(key).open(PASSWORD), keys.director.certificate)


def test_pkcs12_without_certificate_uses_the_one_beside_it(keys: Keys, tmp_path: Path) -> None:
    p12 = write(tmp_path / "nocert.pfx", keys.director.pkcs12(PASSWORD, with_cert=False))
    write(tmp_path / "Сертифікат директора.CER", keys.director.cert_der())
    assert _same_cert(open_key(p12, PASSWORD), keys.director.certificate)


def test_only_certificate_files_beside_the_key_are_read(keys: Keys, tmp_path: Path) -> None:
    """The key's folder may be Downloads: files not named like certificates are left alone."""
    key = write(tmp_path / "key.pem", keys.director.pkcs8(None))
    write(tmp_path / "notes.txt", keys.director.cert_pem())
    with pytest.raises(KeyFileError) as err:
        open_key(key, "")
    assert err.value.code == "key_cert_missing"


def test_an_explicit_certificate_wins_over_the_folder(keys: Keys, tmp_path: Path) -> None:
    key = write(tmp_path / "key.pem", keys.director.pkcs8(None))
    write(tmp_path / "director.cer", keys.director.cert_der())
    other = tmp_path / "elsewhere"
    other.mkdir()
    with pytest.raises(KeyFileError) as err:
        open_key(key, "", write(other / "fop.cer", keys.fop.cert_der()))
    assert err.value.code == "key_cert_mismatch"  # what the user named is what is used


def test_container_certificate_is_not_replaced_by_the_folder(keys: Keys, tmp_path: Path) -> None:
    p12 = write(tmp_path / "k.p12", keys.director.pkcs12(PASSWORD))
    write(tmp_path / "k.cer", keys.director.cert_der())
    signer = open_key(p12, PASSWORD)
    assert _same_cert(signer, keys.director.certificate)


# --- plain reasons instead of the OS's words (QA #8) ---------------------------------------


def test_unreadable_key_and_certificate_say_why_plainly(keys: Keys, tmp_path: Path) -> None:
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: open_key(tmp_path / "missing.pfx", PASSWORD), "not_found"),
        (lambda: open_key(tmp_path, PASSWORD), "is_a_directory"),
    ]
    key = write(tmp_path / "k.pem", keys.director.pkcs8(None))
    cases.append((lambda: open_key(key, "", tmp_path / "no.cer"), "not_found"))
    bad = write(tmp_path / "bad.cer", b"\x30\x03\x02\x01\x01")
    cases.append((lambda: open_key(key, "", bad), "not_a_certificate"))
    for call, reason in cases:
        with pytest.raises(KeyFileError) as err:
            call()
        text = str(err.value)
        assert err.value.params["reason"] == reason
        assert TEXTS[f"reason.{reason}"] in text
        assert "Errno" not in text and "No such file" not in text and "{" not in text


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="POSIX permissions, not root")
def test_key_file_without_permission(keys: Keys, tmp_path: Path) -> None:
    key = write(tmp_path / "k.pem", keys.director.pkcs8(None))
    key.chmod(0)
    with pytest.raises(KeyFileError) as err:
        open_key(key, "")
    assert err.value.params["reason"] == "permission_denied"
    assert "Permission denied" not in str(err.value)
