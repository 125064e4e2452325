"""Tokens through a real PKCS#11 module: SoftHSM2, a fresh token per test, keys generated ON it,
certificates from the test CA stored beside them (same CKA_ID)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from asn1crypto import x509

from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.payload import build_payload, canonical_bytes
from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.keys import Signer
from ehealth_wizard.core.signing.token import (
    CallbackPinPrompt,
    PinLocked,
    PinTries,
    TokenKeyMissing,
    TokenModuleMissing,
    TokenModuleUnloadable,
    TokenNotFound,
    TokenRemoved,
    TokenSigner,
    WrongPin,
    find_modules,
    list_certificates,
    list_tokens,
    load_module,
    open_token_signer,
)
from ehealth_wizard.core.signing.tokens import modules as token_modules
from ehealth_wizard.core.signing.tokens.session import (
    CKF_USER_PIN_FINAL_TRY,
    CKF_USER_PIN_LOCKED,
)
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_app import RunningServer
from tests.signing.conftest import openssl
from tests.signing.softhsm import PIN, SOFTHSM_MARKS, SOFTHSM_MODULE, SoftHsm, softhsm

__all__ = ["softhsm"]

pytestmark = SOFTHSM_MARKS

EC_ID = b"\x01"
RSA_ID = b"\x02"


def person_of(reg: Registration) -> dict[str, str]:
    d = reg.director
    return {
        "surname": d.last_name,
        "given_names": f"{d.first_name} {d.second_name}".strip(),
        "rnokpp": d.tax_id,
        "edrpou": reg.facility.edrpou,
        "organization": "ТОВ «Клініка»",
        "title": "Директор",
    }


@dataclass
class Token:
    hsm: SoftHsm
    label: str
    certs: dict[bytes, x509.Certificate]


def make_token(
    hsm: SoftHsm, qtsp: TestQTSP, reg: Registration, *, label: str = "T", rsa: bool = False
) -> Token:
    hsm.init_token(label)
    certs = {}
    kinds = [(EC_ID, "EC:prime256v1", "ecdsa-p256")]
    if rsa:
        kinds.append((RSA_ID, "rsa:2048", "rsa2048"))
    for key_id, key_type, qtsp_type in kinds:
        spki = hsm.generate(label, key_type, key_id, f"key-{key_id.hex()}")
        issued = qtsp.issue(**person_of(reg), key_type=qtsp_type, public_key=spki)
        hsm.store_certificate(label, issued.certificate, key_id, f"cert-{key_id.hex()}")
        certs[key_id] = issued.certificate
    return Token(hsm, label, certs)


def pin_prompt(
    pin: str | None, asked: list[tuple[str, PinTries]] | None = None
) -> CallbackPinPrompt:
    def ask(label: str, tries: PinTries) -> str | None:
        if asked is not None:
            asked.append((label, tries))
        return pin

    return CallbackPinPrompt(ask)


def content_of(reg: Registration) -> bytes:
    return canonical_bytes(build_payload(reg))


# --- modules ----------------------------------------------------------------------------------


def test_known_modules_are_found_in_library_folders_per_os(tmp_path: Path) -> None:
    lin, win = tmp_path / "lib", tmp_path / "System32"
    lin.mkdir()
    win.mkdir()
    for name in ("libsofthsm2.so", "opensc-pkcs11.so", "Av337CryptokiD.so", "unrelated.so"):
        (lin / name).write_bytes(b"\x7fELF")
    for name in ("sisp11.dll", "Av337CryptokiD.dll", "opensc-pkcs11.dll"):
        (win / name).write_bytes(b"MZ")
    found = find_modules([str(lin)], system="linux")
    assert [Path(c.path).name for c in found] == [
        "Av337CryptokiD.so",
        "opensc-pkcs11.so",
        "libsofthsm2.so",
    ]
    assert found[0].product == "Avtor SecureToken-337"
    found = find_modules([str(win)], system="win32")
    assert [Path(c.path).name for c in found] == [
        "Av337CryptokiD.dll",
        "sisp11.dll",
        "opensc-pkcs11.dll",
    ]
    # the real folders of this machine hold SoftHSM (installed by .ci/setup)
    assert SOFTHSM_MODULE in [c.path for c in find_modules()]


def test_missing_and_unloadable_modules_have_their_own_errors(tmp_path: Path) -> None:
    with pytest.raises(TokenModuleMissing) as missing:
        load_module(tmp_path / "libnothere.so")
    assert missing.value.code == "token_module_missing"
    fake = tmp_path / "libsisp11.so"
    fake.write_text("not a library")
    with pytest.raises(TokenModuleUnloadable) as broken:
        load_module(fake)
    assert broken.value.code == "token_module_unloadable"
    assert str(fake) in str(broken.value)


# --- listing ----------------------------------------------------------------------------------


def test_tokens_and_their_certificates_are_listed_with_ids(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    token = make_token(softhsm, qtsp, llc, label="Director key", rsa=True)
    module = load_module(SOFTHSM_MODULE)
    tokens = list_tokens(module, rescan=True)
    assert [t.label for t in tokens] == ["Director key"]
    info = tokens[0]
    assert info.serial and info.manufacturer == "SoftHSM project"
    assert info.pin_tries is PinTries.NORMAL
    certs = {c.id: c for c in list_certificates(module, info)}
    assert set(certs) == {EC_ID, RSA_ID}
    for key_id, cert in token.certs.items():
        assert certs[key_id].certificate.dump() == cert.dump()
        assert certs[key_id].has_key  # the public key object with the same CKA_ID is visible


def test_a_token_plugged_in_later_shows_up_on_the_next_poll(softhsm: SoftHsm) -> None:
    module = load_module(SOFTHSM_MODULE)
    assert list_tokens(module, rescan=True) == []
    softhsm.init_token("Later")
    assert [t.label for t in list_tokens(module, rescan=True)] == ["Later"]


# --- signing ----------------------------------------------------------------------------------


def test_ecdsa_cades_made_on_the_token_verifies_with_openssl(
    softhsm: SoftHsm,
    qtsp_server: tuple[TestQTSP, RunningServer],
    llc: Registration,
    ca_pem: Path,
    tmp_path: Path,
) -> None:
    qtsp, _server = qtsp_server
    token = make_token(softhsm, qtsp, llc)
    asked: list[tuple[str, PinTries]] = []
    signer = open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN, asked))
    try:
        assert isinstance(signer, Signer) and isinstance(signer, TokenSigner)
        assert asked == [("T", PinTries.NORMAL)]
        assert signer.certificate.dump() == token.certs[EC_ID].dump()
        assert signer.digest_name == "sha256"
        content = content_of(llc)
        der = sign_cades(content, signer, tsp_url=qtsp.tsp_url)
    finally:
        signer.close()
    result = verify_cades(der, trusted=[qtsp.ca_cert])
    assert result.valid and result.signer.timestamp is not None
    p7s = tmp_path / "signed.p7s"
    p7s.write_bytes(der)
    done = openssl(
        "cms", "-verify", "-inform", "DER", "-in", p7s, "-CAfile", ca_pem, "-binary",
        "-purpose", "any",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == content


def test_rsa_signature_made_on_the_token_verifies_with_openssl(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration, ca_pem: Path, tmp_path: Path
) -> None:
    token = make_token(softhsm, qtsp, llc, rsa=True)
    signer = open_token_signer(SOFTHSM_MODULE, label="T", cert_id=RSA_ID, prompt=pin_prompt(PIN))
    try:
        assert signer.certificate.dump() == token.certs[RSA_ID].dump()
        assert signer.signature_algorithm["algorithm"].native == "sha256_rsa"
        der = sign_cades(b"payload", signer, tsp_url=None)
    finally:
        signer.close()
    p7s = tmp_path / "rsa.p7s"
    p7s.write_bytes(der)
    done = openssl(
        "cms", "-verify", "-inform", "DER", "-in", p7s, "-CAfile", ca_pem, "-binary",
        "-purpose", "any",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b"payload"


def test_close_logs_out_and_a_closed_signer_refuses(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    make_token(softhsm, qtsp, llc)
    signer = open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN))
    module = load_module(SOFTHSM_MODULE)
    assert module.busy  # a session is open: polling must not re-initialise under it
    signer.close()
    assert not module.busy
    with pytest.raises(Exception) as closed:
        signer.sign(b"x")
    assert getattr(closed.value, "code", "") == "token_closed"


# --- PIN --------------------------------------------------------------------------------------


def test_wrong_pin_says_what_the_token_reports_about_tries(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    make_token(softhsm, qtsp, llc)
    asked: list[tuple[str, PinTries]] = []
    with pytest.raises(WrongPin) as first:
        open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt("0000", asked))
    # SoftHSM raises CKF_USER_PIN_COUNT_LOW after a failure: "few tries left"
    assert first.value.code == "token_pin_wrong_few"
    assert first.value.params["tries"] == "few"
    softhsm.set_token_flags("T", add=CKF_USER_PIN_FINAL_TRY)
    with pytest.raises(WrongPin) as last:
        open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt("9999", asked))
    assert last.value.code == "token_pin_wrong_last"
    assert "one more wrong PIN locks" in str(last.value)
    # the prompt was told, before each try, what the token said
    assert asked == [("T", PinTries.NORMAL), ("T", PinTries.LAST)]
    assert not load_module(SOFTHSM_MODULE).busy  # failed logins leave nothing counted open


def test_the_right_pin_after_a_wrong_one_opens_and_cancel_asks_nothing_more(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    make_token(softhsm, qtsp, llc)
    with pytest.raises(WrongPin):
        open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt("0000"))
    from ehealth_wizard.core.errors import Cancelled

    with pytest.raises(Cancelled):
        open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(None))
    signer = open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN))
    signer.close()


def test_a_locked_pin_is_reported_without_asking_for_it(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    make_token(softhsm, qtsp, llc)
    softhsm.set_token_flags("T", add=CKF_USER_PIN_LOCKED)
    token_modules.forget_modules()  # as after replugging: the module reads the token afresh
    asked: list[tuple[str, PinTries]] = []
    with pytest.raises(PinLocked) as locked:
        open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN, asked))
    assert locked.value.code == "token_pin_locked"
    assert asked == []
    info = list_tokens(load_module(SOFTHSM_MODULE))[0]
    assert info.pin_tries is PinTries.LOCKED


# --- token events -----------------------------------------------------------------------------


def test_no_token_and_a_token_with_another_label_are_told_apart(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    with pytest.raises(TokenNotFound) as absent:
        open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN))
    assert absent.value.code == "token_absent"
    softhsm.init_token("Other")
    with pytest.raises(TokenNotFound) as other:
        open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN))
    assert other.value.code == "token_not_found"
    assert "Other" in str(other.value)
    with pytest.raises(TokenKeyMissing) as empty:  # nothing public: looked at after login too
        open_token_signer(SOFTHSM_MODULE, label="Other", prompt=pin_prompt(PIN))
    assert empty.value.code == "token_no_certificate"
    assert not load_module(SOFTHSM_MODULE).busy  # the session of that login was closed
    make_token(softhsm, qtsp, llc)
    with pytest.raises(TokenKeyMissing) as no_such:  # the certificates are public: no PIN asked
        open_token_signer(SOFTHSM_MODULE, label="T", cert_id=b"\x99", prompt=pin_prompt(None))
    assert no_such.value.code == "token_certificate_not_found"


def test_a_token_removed_mid_signing_says_so(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    make_token(softhsm, qtsp, llc)
    signer = open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN))
    try:
        signer.sign(b"first signature works")
        softhsm.remove_token("T")
        with pytest.raises(TokenRemoved) as removed:
            signer.sign(b"second one, after the token was pulled out")
        assert removed.value.code == "token_removed"
        assert "“T” was removed" in str(removed.value)
    finally:
        signer.close()  # closing a session on a vanished token must not raise


def test_polling_from_another_thread_while_signing(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    make_token(softhsm, qtsp, llc)
    module = load_module(SOFTHSM_MODULE)
    signer = open_token_signer(module, label="T", prompt=pin_prompt(PIN))
    errors: list[BaseException] = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            try:
                assert [t.label for t in list_tokens(module, rescan=True)] == ["T"]
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)
                return

    thread = threading.Thread(target=poll)
    thread.start()
    try:
        for i in range(20):
            signer.sign(f"document {i}".encode())
    finally:
        stop.set()
        thread.join()
        signer.close()
    assert errors == []


def test_the_ca_certificate_on_a_token_goes_into_the_chain(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration
) -> None:
    make_token(softhsm, qtsp, llc)
    softhsm.store_certificate("T", qtsp.ca_cert, b"\xca", "CA")
    signer = open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN))
    try:
        assert [c.dump() for c in signer.chain] == [qtsp.ca_cert.dump()]
        assert signer.certificate.dump() != qtsp.ca_cert.dump()
    finally:
        signer.close()
