"""The DSTU 4145 vendor-mechanism path of a token, against a fake module boundary.

No free PKCS#11 emulator speaks the Ukrainian vendor mechanisms, so `TokenKey.sign` (the one
call into the token) is played by a key made with core.signing's own DSTU 4145 code. What is
checked is our side of that call: mechanism CKM_VENDOR_DEFINED + 0x420031, input = GOST 34.311 of
the DER signed attributes, the r‖s byte order per module; and that the CAdES which comes out
verifies with the project's DSTU verifier against the certificate's public key.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection
from dataclasses import dataclass, field

import pytest
from asn1crypto import cms, keys, x509

from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.containers.dstu_key import DstuPrivateKey
from ehealth_wizard.core.signing.token import (
    TokenMechanismUnsupported,
    TokenSignatureInvalid,
    TokenSigner,
    open_token_signer,
)
from ehealth_wizard.core.signing.tokens import vendor
from ehealth_wizard.core.signing.ua.gost34311 import gost34311
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_dstu import new_private_key
from tests.signing.softhsm import PIN, SOFTHSM_MODULE, SoftHsm, requires_softhsm, softhsm
from tests.signing.test_tokens import make_token, person_of, pin_prompt

__all__ = ["softhsm"]


@dataclass
class FakeDstuToken:
    """A TokenKey whose "token" is a DSTU key in this process, answering in `order`."""

    key: DstuPrivateKey
    order: str = "le"
    module_name: str = "Av337CryptokiD.dll"
    manufacturer: str = "Avtor"
    mechanisms: Collection[int] | None = None
    calls: list[tuple[int, bytes]] = field(default_factory=list)
    garbage: bool = False
    closed: bool = False

    def sign(self, mechanism: int, data: bytes) -> bytes:
        self.calls.append((mechanism, data))
        if mechanism != vendor.CKM_DSTU4145:
            raise TokenMechanismUnsupported(label="fake", mechanism=hex(mechanism))
        assert len(data) == 32  # a hash, never the document
        if self.garbage:
            return secrets.token_bytes(64)
        le = self.key.sign_digest(data)  # r_LE ‖ s_LE
        return le if self.order == "le" else le[::-1]  # "be": s_BE ‖ r_BE

    def close(self) -> None:
        self.closed = True


@pytest.fixture(scope="module")
def dstu_key() -> DstuPrivateKey:
    return new_private_key()


@pytest.fixture(scope="module")
def dstu_cert(qtsp: TestQTSP, llc: object, dstu_key: DstuPrivateKey) -> x509.Certificate:
    spki = keys.PublicKeyInfo.load(dstu_key.public.spki)
    issued = qtsp.issue(**person_of(llc), key_type="dstu4145", public_key=spki)  # type: ignore[arg-type]
    return issued.certificate


@pytest.fixture(autouse=True)
def _fresh_orders() -> None:
    vendor.forget_learned()


def signed_attributes_input(der: bytes) -> bytes:
    """What the token had to sign: the DER of the signed attributes re-tagged as SET (0x31)."""
    si = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    attrs = si["signed_attrs"].dump()
    return b"\x31" + attrs[1:]


def test_vendor_mechanism_gets_the_gost_hash_of_the_signed_attributes(
    dstu_key: DstuPrivateKey, dstu_cert: x509.Certificate, qtsp: TestQTSP
) -> None:
    fake = FakeDstuToken(dstu_key)
    signer = TokenSigner(fake, dstu_cert)
    assert signer.digest_name == "gost34311"
    assert signer.signature_algorithm["algorithm"].dotted == "1.2.804.2.1.1.1.1.3.1.1"
    der = sign_cades(b'{"edrpou": "43127656"}', signer, tsp_url=None)
    ((mechanism, data),) = fake.calls
    assert mechanism == 0x80420031
    assert data == gost34311(signed_attributes_input(der))
    result = verify_cades(der, trusted=[qtsp.ca_cert])
    assert result.valid, result.signer.status
    signer.close()
    assert fake.closed


def test_big_endian_modules_are_turned_around_by_the_table(
    dstu_key: DstuPrivateKey,
    dstu_cert: x509.Certificate,
    qtsp: TestQTSP,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(vendor.DSTU_BYTE_ORDER, "av337cryptokid", "be")
    assert vendor.byte_order("C:\\Windows\\System32\\Av337CryptokiD.dll") == "be"
    assert vendor.byte_order("libsisp11.so") == "le"
    assert vendor.byte_order("libunknown.so", "Some vendor") == vendor.DEFAULT_ORDER == "le"
    fake = FakeDstuToken(dstu_key, order="be")
    der = sign_cades(b"content", TokenSigner(fake, dstu_cert), tsp_url=None)
    si = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    value = si["signature"].native
    assert len(value) == 64
    assert verify_cades(der, trusted=[qtsp.ca_cert]).valid
    # the CMS value is the LE form: r_LE ‖ s_LE (its first half is r, little-endian)
    from ehealth_wizard.core.signing.ua import dstu4145

    r, s = dstu4145.decode_signature_le(dstu_key.params.curve, value)
    digest = gost34311(signed_attributes_input(der))
    assert dstu4145.verify(dstu_key.params.curve, dstu_key.public.point, digest, r, s)


def test_a_wrong_table_entry_is_caught_and_learned_never_sent(
    dstu_key: DstuPrivateKey, dstu_cert: x509.Certificate, qtsp: TestQTSP
) -> None:
    fake = FakeDstuToken(dstu_key, order="be", module_name="libnewvendor.so")
    assert vendor.byte_order("libnewvendor.so") == "le"  # table default, wrong for this module
    der = sign_cades(b"content", TokenSigner(fake, dstu_cert), tsp_url=None)
    assert verify_cades(der, trusted=[qtsp.ca_cert]).valid
    assert vendor.byte_order("libnewvendor.so") == "be"  # remembered for the next signature


def test_a_value_that_verifies_in_neither_order_is_refused(
    dstu_key: DstuPrivateKey, dstu_cert: x509.Certificate
) -> None:
    fake = FakeDstuToken(dstu_key, garbage=True)
    with pytest.raises(TokenSignatureInvalid) as bad:
        TokenSigner(fake, dstu_cert).sign(b"content")
    assert bad.value.code == "token_signature_invalid"


@pytest.mark.softhsm
@requires_softhsm
def test_the_vendor_mechanism_really_reaches_the_module(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: object, dstu_cert: x509.Certificate
) -> None:
    """Through python-pkcs11 to a real module: SoftHSM answers CKR_MECHANISM_INVALID for
    0x80420031, which shows the vendor number is passed down (and worded for the director)."""
    make_token(softhsm, qtsp, llc)  # type: ignore[arg-type]
    ec_signer = open_token_signer(SOFTHSM_MODULE, label="T", prompt=pin_prompt(PIN))
    try:
        dstu_on_softhsm = TokenSigner(ec_signer._key, dstu_cert, token=ec_signer.token)
        with pytest.raises(TokenMechanismUnsupported) as refused:
            dstu_on_softhsm.sign(b"content")
        assert refused.value.code == "token_mechanism_unsupported"
        assert "“T”" in str(refused.value)
    finally:
        ec_signer.close()
