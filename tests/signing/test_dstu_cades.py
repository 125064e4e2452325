"""ua-crypto.md §8 checks 3 and 4 (verify the real DSTU CMS samples, fail on a changed byte;
sign with every unlocked key and verify), real DSTU certificates' signatures (wrapped values),
and a DSTU 4145 QTSP: DSTU-signed CA, TSA and OCSP over HTTP on 127.0.0.1, CAdES-T end to end."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from asn1crypto import cms, x509

from ehealth_wizard.core.signing import dstu_spki, trustlist
from ehealth_wizard.core.signing.algorithms import verify_certificate_signature, verify_signature
from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.certinfo import cert_info
from ehealth_wizard.core.signing.containers import KeyEntry, load_container
from ehealth_wizard.core.signing.containers.dstu_key import DstuPrivateKey
from ehealth_wizard.core.signing.dstu_signer import DstuSigner
from ehealth_wizard.core.signing.errors import CadesError
from ehealth_wizard.core.signing.ocsp import OcspStatus, check_ocsp
from ehealth_wizard.core.signing.ua import gost34311
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_app import RunningServer, serve_qtsp
from tests.signing import ua_keys as V

MESSAGE_TIME = datetime(2018, 10, 23, tzinfo=UTC)
CMS_PEM_TIME = datetime(2020, 11, 10, tzinfo=UTC)
KNOWN_SIGNATURE = bytes.fromhex(
    "a2f0f6927e40a651876548c53052dba0f6240adb5d0bffa23b5ed617c4398a60"
    "0dd1257022b776eb16290c71de9804600307ecb01a2990c387ab7269dd44d917"
)


def _flip_content_byte(der: bytes, content: bytes) -> bytes:
    at = der.index(content)
    return der[:at] + bytes([der[at] ^ 0x01]) + der[at + 1 :]


# --- the samples ---------------------------------------------------------------------------


def test_jkurwa_message_p7_verifies() -> None:
    der = (V.JK / "message.p7").read_bytes()
    result = verify_cades(der, at=MESSAGE_TIME)
    assert result.valid and result.content == b"123"
    assert result.signer.digest_name == "gost34311"
    assert result.signer.signing_time == datetime(2018, 10, 22, 19, 25, 5, tzinfo=UTC)
    si = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    assert si["signature"].native == KNOWN_SIGNATURE  # raw r‖s, no OCTET STRING wrapper
    changed = _flip_content_byte(der, b"123")
    with pytest.raises(CadesError):
        verify_cades(changed, at=MESSAGE_TIME)


def test_jkurwa_detached_message() -> None:
    der = (V.JK / "message_detached.p7").read_bytes()
    assert verify_cades(der, at=MESSAGE_TIME, content=b"123").valid
    for other in (b"124", b"023", b"1234"):
        with pytest.raises(CadesError):
            verify_cades(der, at=MESSAGE_TIME, content=other)


def test_dstu_engine_cms_pem_verifies() -> None:
    """A real ДПС signature: its content time-stamp carries no TSA certificate, which the
    bundled trust list supplies (without it the stamp is INDETERMINATE, never invalid)."""
    der = V.der_of(V.DE / "cms.pem")
    unknown = verify_cades(der, at=CMS_PEM_TIME, strict=False)
    assert unknown.signer.indication == "INDETERMINATE"
    assert unknown.signer.sub_indication == "NO_SIGNING_CERTIFICATE_FOUND"
    assert unknown.signer.content_timestamp is not None
    assert unknown.signer.content_timestamp.error == "tsp_cert_missing"
    result = verify_cades(der, at=CMS_PEM_TIME, trusted=trustlist.load().certificates)
    assert result.valid and result.signer.indication == "TOTAL-PASSED"
    assert result.signer.trusted is True
    stamp = result.signer.content_timestamp
    assert stamp is not None and stamp.valid and stamp.indication == "TOTAL-PASSED"
    assert "ДПС" in stamp.tsa
    assert result.content.startswith(b'<?xmlversion="1.0" encoding="windows-1251"?>')
    assert result.signer.certificate is not None
    assert result.signer.facts is not None and result.signer.facts.surname == "Нестеренко"
    with pytest.raises(CadesError):
        verify_cades(_flip_content_byte(der, b"DAT FN="), at=CMS_PEM_TIME)


def test_real_dstu_certificates_signatures() -> None:
    """Certificates carry the signature wrapped in an OCTET STRING; both forms verify."""
    root = V.certificate(V.JK / "CZOROOT.cer")
    ca = V.certificate(V.JK / "CA-Justice.cer")
    assert verify_certificate_signature(ca, root)
    assert not verify_certificate_signature(root, ca)
    wrapped = ca["signature_value"].native
    assert wrapped[0] == 0x04 and wrapped[1] == len(wrapped) - 2 == 108  # m = 431 root key
    tbs = ca["tbs_certificate"].dump()
    oid = dstu_spki.DSTU4145_LE
    assert verify_signature(root.public_key, oid, wrapped[2:], tbs, "gost34311")
    assert not verify_signature(root.public_key, oid, wrapped[2:], tbs + b"\0", "gost34311")
    self_signed = V.certificate(V.JK / "SELF_SIGNED1.cer")
    assert verify_certificate_signature(self_signed, self_signed)


def test_certinfo_of_dstu_certificates() -> None:
    info = cert_info(V.cms_pem_signer_certificate())
    assert info.algorithm == "DSTU 4145-2002 M257"
    assert info.surname == "Нестеренко"
    cert = V.cms_pem_signer_certificate()
    public = dstu_spki.parse_spki(cert.public_key.dump())
    assert cert.key_identifier == public.ski == gost34311.gost34311(public.spki[-35:])


# --- signing with every unlocked key -------------------------------------------------------


def _keys() -> list[tuple[str, KeyEntry]]:
    (store,) = V.store_a040_entries()
    (pem1,) = V.private_pem_entries(0)
    (pem2,) = V.private_pem_entries(1)
    (priv1,) = load_container((V.JK / "PRIV1.cer").read_bytes(), b"")
    return [
        ("Key-6.dat", V.key6_entries()[0]),
        ("Key-6.dat KEP", V.key6_entries()[1]),
        ("Key-6.pfx", V.pfx_entries()[0]),
        ("key.jks", V.jks_entries()[0]),
        ("STORE_A040.dat", store),
        ("private1.pem", pem1),
        ("private2.pem (m=431)", pem2),
        ("PRIV1.cer", priv1),
    ]


def test_sign_with_each_key_and_verify() -> None:
    for name, entry in _keys():
        key = entry.private_key
        assert isinstance(key, DstuPrivateKey), name
        public = dstu_spki.parse_spki(entry.public_key.dump())
        digest = gost34311.gost34311(b"registration " + name.encode())
        signature = key.sign_digest(digest)
        assert len(signature) == 2 * public.params.order_bytes, name
        data = b"registration " + name.encode()
        assert dstu_spki.verify_with_key(public, signature, data), name
        assert not dstu_spki.verify_with_key(public, signature, data + b"!"), name
        assert key.sign_digest(digest) != signature  # a fresh nonce each time


@pytest.mark.parametrize(
    ("container", "cert", "at"),
    [
        ("key6", "cms", CMS_PEM_TIME),
        ("jks", "cms", CMS_PEM_TIME),
        ("priv1", "self", MESSAGE_TIME),
    ],
)
def test_cades_with_vector_keys_and_their_certificates(
    container: str, cert: str, at: datetime
) -> None:
    entry = {
        "key6": lambda: V.key6_entries()[0],
        "jks": lambda: V.jks_entries()[0],
        "priv1": lambda: load_container((V.JK / "PRIV1.cer").read_bytes(), b"")[0],
    }[container]()
    certificate = (
        V.cms_pem_signer_certificate()
        if cert == "cms"
        else V.certificate(V.JK / "SELF_SIGNED1.cer")
    )
    key = entry.private_key
    assert isinstance(key, DstuPrivateKey)
    signer = DstuSigner(DstuPrivateKey(key.params, key.d), certificate)
    content = b'{"edrpou": "12345678"}' * 200
    der = sign_cades(content, signer, tsp_url=None, signing_time=at)
    result = verify_cades(der, at=at)
    assert result.valid and result.content == content
    si = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    assert si["signature_algorithm"]["algorithm"].dotted == dstu_spki.DSTU4145_LE
    assert si["signature_algorithm"]["parameters"].native is None
    assert len(si["signature"].native) == 64
    signer.close()
    with pytest.raises(Exception, match="closed"):
        signer.sign(b"x")
    with pytest.raises(CadesError):
        verify_cades(_flip_content_byte(der, b"12345678"), at=at)


# --- a DSTU 4145 QTSP --------------------------------------------------------------------


@pytest.fixture(scope="module")
def dstu_qtsp() -> Iterator[tuple[TestQTSP, RunningServer]]:
    qtsp = TestQTSP.create(key_type=qtsp_dstu.KEY_TYPE, name="Тестовий КНЕДП ДСТУ")
    server = serve_qtsp(qtsp)
    try:
        yield qtsp, server
    finally:
        server.stop()


def test_dstu_qtsp_issues_dstu_certificates(dstu_qtsp: tuple[TestQTSP, RunningServer]) -> None:
    qtsp, _ = dstu_qtsp
    assert cert_info(qtsp.ca_cert).algorithm == "DSTU 4145-2002 M257"
    assert verify_certificate_signature(qtsp.ca_cert, qtsp.ca_cert)
    assert verify_certificate_signature(qtsp.tsa_cert, qtsp.ca_cert)
    assert qtsp.ca_cert["signature_value"].native[:2] == b"\x04\x40"  # wrapped, as UA CAs do
    issued = qtsp.issue(key_type=qtsp_dstu.KEY_TYPE, surname="Шевченко", given_names="Тарас")
    public = dstu_spki.parse_spki(issued.certificate.public_key.dump())
    assert issued.certificate.key_identifier == public.ski  # GOST 34.311 SKI


def test_dstu_cades_t_with_dstu_tsa_and_ocsp(
    dstu_qtsp: tuple[TestQTSP, RunningServer], tmp_path: object
) -> None:
    qtsp, _ = dstu_qtsp
    data, password, cert = qtsp_dstu.issue_dstu_director_key(
        qtsp,
        "pkcs12",
        iterations=50,
        surname="Коваленко",
        given_names="Олена Петрівна",
        rnokpp="3012345678",
        edrpou="12345678",
        organization="ТОВ Клініка",
        title="Директор",
    )
    entries = load_container(data, password.encode())
    assert entries[0].certificates and entries[0].certificates[0].dump() == cert.dump()
    from ehealth_wizard.core.signing.keys import select_signer

    signer = select_signer(entries, [])
    assert isinstance(signer, DstuSigner)
    content = b"x" * 4096
    der = sign_cades(content, signer, tsp_url=qtsp.tsp_url)
    signer.close()
    result = verify_cades(der, trusted=[qtsp.ca_cert])
    assert result.valid and result.signer.trusted
    ts = result.signer.timestamp
    assert ts is not None and ts.valid and ts.time is not None
    assert abs(ts.time - datetime.now(UTC)) < timedelta(minutes=5)
    status = check_ocsp(cert, issuer=qtsp.ca_cert)
    assert status.status == OcspStatus.GOOD
    qtsp.revoke(cert)
    assert check_ocsp(cert, issuer=qtsp.ca_cert).status == OcspStatus.REVOKED
    # A foreign CA is not trusted.
    other = TestQTSP.create(key_type=qtsp_dstu.KEY_TYPE)
    untrusted = verify_cades(der, trusted=[other.ca_cert], strict=False)
    assert not untrusted.valid


def test_director_key6_with_separate_certificate(
    dstu_qtsp: tuple[TestQTSP, RunningServer],
) -> None:
    qtsp, _ = dstu_qtsp
    issued = qtsp.issue(key_type=qtsp_dstu.KEY_TYPE, surname="Іваненко", given_names="Іван")
    key = issued.pair.private_key
    assert isinstance(key, DstuPrivateKey)
    from ehealth_wizard.core.signing.containers import key6dat
    from ehealth_wizard.core.signing.containers.dstu_key import encode_private_key_info
    from ehealth_wizard.core.signing.keys import select_signer

    # Key-6.dat under the vector's password (its 10 000-hash key is already derived once)
    plain = encode_private_key_info(key, issued.certificate.key_identifier)
    data = key6dat.encrypt_with_key(plain, V.key6_derived_key())
    parsed = key6dat.parse_key6(data)
    entries = key6dat.entries_from_plaintext(key6dat.decrypt(parsed, V.key6_derived_key()))
    assert not entries[0].certificates  # Key-6.dat never carries certificates
    signer = select_signer(entries, [issued.certificate, qtsp.ca_cert])
    der = sign_cades(b"{}", signer, tsp_url=None)
    assert verify_cades(der, trusted=[qtsp.ca_cert]).valid
    assert isinstance(issued.certificate, x509.Certificate)


def test_demo_key_formats_for_the_sandbox(dstu_qtsp: tuple[TestQTSP, RunningServer]) -> None:
    from ehealth_wizard.sandbox import demo

    assert demo.KEY_FORMATS["pkcs12-dstu"].key_type == qtsp_dstu.KEY_TYPE
    assert demo.KEY_FORMATS["key6-dstu"].file_name == "Key-6.dat"
    qtsp, _ = dstu_qtsp
    issued = qtsp.issue(key_type=qtsp_dstu.KEY_TYPE, surname="Мельник", given_names="Ігор")
    data = qtsp_dstu.director_container(issued, "pw", "pkcs12", iterations=20)
    (entry,) = load_container(data, b"pw")
    assert entry.local_key_id == issued.certificate.key_identifier
    assert entry.certificates[0].dump() == issued.certificate.dump()


def test_verifier_accepts_raw_wrapped_and_be_forms() -> None:
    from asn1crypto import keys as akeys

    (priv1,) = load_container((V.JK / "PRIV1.cer").read_bytes(), b"")
    key = priv1.private_key
    assert isinstance(key, DstuPrivateKey)
    data = b"signed attributes"
    le = key.sign_digest(gost34311.gost34311(data))
    spki = akeys.PublicKeyInfo.load(priv1.public_key.dump())
    le_oid, be_oid = dstu_spki.DSTU4145_LE, dstu_spki.DSTU4145_BE
    assert verify_signature(spki, le_oid, le, data, "gost34311")
    assert verify_signature(spki, le_oid, b"\x04\x40" + le, data, "gost34311")
    assert verify_signature(spki, be_oid, le[::-1], data, "gost34311")  # BE: s ‖ r big-endian
    assert not verify_signature(spki, le_oid, le[::-1], data, "gost34311")
    assert not verify_signature(spki, le_oid, le[:-1], data, "gost34311")
    assert not verify_signature(spki, le_oid, le, data, "sha256")
