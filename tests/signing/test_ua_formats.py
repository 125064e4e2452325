"""What other Ukrainian tools produce, each class on an input made here or found in public:
CAdES-X-Long / -A attributes, a certificate received in BER, negative serials, the real
trust-list certificates with explicit M431 (pentanomial) parameters and big-endian DSTU keys,
PKCS#8 DSTU keys with explicit pentanomial parameters, RSA/ECDSA keys inside JKS, and
certificate files or folders that cannot be read."""

from __future__ import annotations

import dataclasses
import json
import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import cms, x509
from cryptography.hazmat.primitives import serialization

from ehealth_wizard.cli import main
from ehealth_wizard.core.signing import digests, trustlist
from ehealth_wizard.core.signing.algorithms import verify_certificate_signature
from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.certinfo import describe_key
from ehealth_wizard.core.signing.cms import (
    assemble_signed_data_der,
    received_bytes,
    signed_attributes,
)
from ehealth_wizard.core.signing.containers import der, gost_pbes, jks
from ehealth_wizard.core.signing.containers.dstu_key import (
    DstuPrivateKey,
    encode_private_key_info,
)
from ehealth_wizard.core.signing.dstu_spki import (
    DSTU4145_BE,
    DstuParams,
    named_spec,
    parse_spki,
)
from ehealth_wizard.core.signing.keys import open_key
from ehealth_wizard.core.signing.ua import dstu4145, gost28147
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.qtsp import TestQTSP
from tests.signing import ua_keys as V
from tests.signing.conftest import Keys, openssl, write

CONTENT = b'{"edrpou":"43127656"}'


def _openssl_ok(p7s: bytes, ca: Path, tmp: Path) -> bool:
    src = write(tmp / "in.p7s", p7s)
    out = tmp / "out.bin"
    result = openssl(
        "cms", "-verify", "-binary", "-inform", "DER", "-in", src, "-CAfile", ca,
        "-purpose", "any", "-out", out,
    )  # fmt: skip
    return result.returncode == 0 and out.read_bytes() == CONTENT


def _attribute(oid: str, value: bytes) -> cms.CMSAttribute:
    return cms.CMSAttribute.load(der.e_seq(der.e_oid(oid), der.e_set(value)))


def test_x_long_and_archive_attributes_are_read_and_ignored(
    keys: Keys, qtsp: TestQTSP, ca_pem: Path, tmp_path: Path
) -> None:
    """CAdES-X-Long (certificate/revocation values and refs), CAdES-X type 1 (escTimeStamp) and
    -A (archive time-stamp v3) as unsigned attributes beside the signature time-stamp."""
    der_ = sign_cades(CONTENT, keys.director.signer(), tsp_url=qtsp.tsp_url)
    info = cms.ContentInfo.load(der_)
    si = info["content"]["signer_infos"][0]
    token = si["unsigned_attrs"][0]["values"][0].dump()
    ca = qtsp.ca_cert.dump()
    from ehealth_wizard.core.signing.ocsp import build_request

    response = qtsp.ocsp_respond(build_request(keys.director.certificate, qtsp.ca_cert, b"n" * 16))
    from asn1crypto import ocsp

    basic = ocsp.OCSPResponse.load(response)["response_bytes"]["response"].parsed.dump()
    cert_ref = der.e_seq(der.e_octets(digests.digest("sha1", ca)))
    ets = "1.2.840.113549.1.9.16.2."
    extra = [
        _attribute(ets + "21", der.e_seq(cert_ref)),  # complete-certificate-refs
        _attribute(ets + "22", der.e_seq(der.e_seq())),  # complete-revocation-refs
        _attribute(ets + "23", der.e_seq(ca)),  # certificate-values
        # revocation-values: [1] ocspVals SEQUENCE OF BasicOCSPResponse
        _attribute(ets + "24", der.e_seq(der.e_ctx(1, der.e_seq(basic)))),
        _attribute(ets + "25", token),  # escTimeStamp
        _attribute("0.4.0.1733.2.4", token),  # archive-time-stamp-v3
    ]
    unsigned = list(si["unsigned_attrs"]) + extra
    rebuilt = assemble_signed_data_der(
        CONTENT,
        keys.director.signer(),
        cms.CMSAttributes.load(b"\x31" + si["signed_attrs"].dump()[1:]),
        si["signature"].native,
        certificates=[qtsp.ca_cert],
        unsigned_attrs=unsigned,
    )
    result = verify_cades(rebuilt, trusted=[qtsp.ca_cert])
    assert result.signer.indication == "TOTAL-PASSED"
    assert result.signer.timestamp is not None and result.signer.timestamp.valid
    assert _openssl_ok(rebuilt, ca_pem, tmp_path)


def test_signing_certificate_hash_over_the_bytes_as_received(keys: Keys, qtsp: TestQTSP) -> None:
    """A signer that sent its certificate in BER (indefinite length) hashed those bytes;
    asn1crypto re-encodes it as DER, so the check must use the bytes as received."""
    cert = keys.director.certificate
    body = cert.dump()[4:]  # 30 82 LL LL | body
    ber = b"\x30\x80" + body + b"\x00\x00"
    assert x509.Certificate.load(ber).dump() != ber  # asn1crypto cannot give these back
    signer = keys.director.signer()
    attrs = signed_attributes(
        content_type="data",
        content_digest=digests.digest("sha256", CONTENT),
        certificate=cert,
        digest_name="sha256",
        signing_time=datetime.now(UTC),
    )
    # the signer's tool hashed its BER certificate
    raw = attrs.dump()
    der_hash = digests.digest("sha256", cert.dump())
    attrs = cms.CMSAttributes.load(raw.replace(der_hash, digests.digest("sha256", ber)))
    signature = signer.sign(attrs.dump())
    built = cms.ContentInfo.load(assemble_signed_data_der(CONTENT, signer, attrs, signature))[
        "content"
    ]
    signed = cms.SignedData(
        {
            "version": built["version"],
            "digest_algorithms": built["digest_algorithms"],
            "encap_content_info": built["encap_content_info"],
            "certificates": cms.CertificateSet.load(der.e_set(ber)),
            "signer_infos": built["signer_infos"],
        }
    )
    p7s = cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()
    assert ber in p7s
    result = verify_cades(p7s, trusted=[qtsp.ca_cert])
    assert result.signer.indication == "TOTAL-PASSED", result.signer.status
    assert result.signer.certificate is not None
    assert received_bytes(result.signer.certificate) == ber


def test_negative_serial(tmp_path: Path) -> None:
    """RFC 5280 forbids them, some CAs issued them: chains, signer lookup and OpenSSL agree."""
    provider = TestQTSP.create(name="КНЕДП з від'ємними номерами")
    provider.next_serial = -0x1234567
    issued = provider.issue(surname="Мельник", given_names="Ірина", rnokpp="3012345678")
    assert issued.certificate.serial_number < 0
    p7s = sign_cades(CONTENT, issued.signer(), tsp_url=None)
    result = verify_cades(p7s, trusted=[provider.ca_cert])
    assert result.signer.indication == "TOTAL-PASSED"
    ca = write(tmp_path / "ca.pem", provider.ca_cert.dump())
    pem = tmp_path / "ca2.pem"
    pem.write_bytes(
        b"-----BEGIN CERTIFICATE-----\n"
        + __import__("base64").encodebytes(ca.read_bytes())
        + b"-----END CERTIFICATE-----\n"
    )
    assert _openssl_ok(p7s, pem, tmp_path)


def _dstu_certs(oid_prefix: str = "1.2.804.2.1.1.1.1.3.1.1") -> list[x509.Certificate]:
    return [
        c
        for c in trustlist.load().certificates
        if c.public_key["algorithm"]["algorithm"].dotted.startswith(oid_prefix)
    ]


def test_real_big_endian_dstu_keys() -> None:
    """The trust list's two Treasury certificates use the big-endian DSTU algorithm: curve
    constants and the point are written big-endian; both keys lie on their curve."""
    be = [c for c in _dstu_certs() if c.public_key["algorithm"]["algorithm"].dotted == DSTU4145_BE]
    assert len(be) == 2
    for cert in be:
        key = parse_spki(cert.public_key.dump())
        assert key.params.spec.m == 257
        assert key.params.curve.is_on_curve(key.point)
        assert describe_key(cert.public_key) == "DSTU 4145-2002 M257"
        issuers = [i for i in trustlist.load().certificates if i.subject == cert.issuer]
        assert any(verify_certificate_signature(cert, i) for i in issuers)


def test_real_explicit_m431_pentanomial_keys_verify_signatures() -> None:
    """Certificates with explicit M431 parameters (x^431 + x^5 + x^3 + x + 1) from the trust
    list: their keys parse, and signatures they made over other certificates verify."""
    certs = trustlist.load().certificates
    m431 = []
    for c in _dstu_certs():
        alg = der.seq(der.seq(der.parse(c.public_key.dump()), 2)[0], 2)
        if alg[1].value[:1] and der.seq(alg[1])[0].tag == der.SEQUENCE:  # explicit ECBinary
            key = parse_spki(c.public_key.dump())
            if key.params.spec.m == 431:
                assert key.params.spec.exponents == (5, 3, 1)
                m431.append(c)
    assert m431
    checked = 0
    for issuer in m431[:40]:
        for child in certs:
            if child.issuer == issuer.subject and child.sha256 != issuer.sha256:
                assert verify_certificate_signature(child, issuer)
                checked += 1
                break
        if checked >= 2:
            break
    assert checked >= 1


@pytest.mark.parametrize("order", ["ascending", "descending"])
def test_pkcs8_dstu_key_with_explicit_pentanomial_parameters(tmp_path: Path, order: str) -> None:
    spec = dataclasses.replace(named_spec(9), named=None)  # M431, written out in full
    params = DstuParams(spec, gost28147.DEFAULT_DKE)
    key = DstuPrivateKey(params, 1 + secrets.randbelow(dstu4145.named_curve(9).n - 1))
    plain = encode_private_key_info(key)
    if order == "descending":  # {5, 3, 1} instead of {1, 3, 5}: writers differ
        asc = der.e_seq(der.e_int(1), der.e_int(3), der.e_int(5))
        assert asc in plain
        plain = plain.replace(asc, der.e_seq(der.e_int(5), der.e_int(3), der.e_int(1)))
    alg, ciphertext = gost_pbes.encrypt_gost(plain, "пароль".encode(), iterations=50)
    path = write(tmp_path / "key.pk8", der.e_seq(alg, der.e_octets(ciphertext)))
    provider = TestQTSP.create(key_type=qtsp_dstu.KEY_TYPE)
    from asn1crypto import keys as akeys

    issued = provider.issue(
        surname="Коваль",
        given_names="Петро",
        key_type=qtsp_dstu.KEY_TYPE,
        public_key=akeys.PublicKeyInfo.load(key.public.spki),
    )
    cert = write(tmp_path / "key.cer", issued.cert_der())
    signer = open_key(path, "пароль", cert)
    try:
        p7s = sign_cades(CONTENT, signer, tsp_url=None)
    finally:
        signer.close()
    result = verify_cades(p7s, trusted=[provider.ca_cert])
    assert result.signer.indication == "TOTAL-PASSED"
    assert "M431" in (result.signer.facts.algorithm if result.signer.facts else "")


@pytest.mark.parametrize("which", ["director", "director_rsa"])
def test_rsa_and_ecdsa_keys_inside_jks(
    keys: Keys, qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, which: str
) -> None:
    issued = getattr(keys, which)
    pkcs8 = issued.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    store = write(
        tmp_path / "key.jks",
        jks.write_jks(
            pkcs8,
            [issued.cert_der(), qtsp.ca_cert.dump()],
            store_password=b"store",
            key_password=b"store",
        ),
    )
    signer = open_key(store, "store")
    try:
        assert signer.certificate.sha256 == issued.certificate.sha256
        p7s = sign_cades(CONTENT, signer, tsp_url=None)
    finally:
        signer.close()
    assert verify_cades(p7s, trusted=[qtsp.ca_cert]).signer.indication == "TOTAL-PASSED"
    assert _openssl_ok(p7s, ca_pem, tmp_path)


def test_unreadable_certificate_or_folder_is_an_error_naming_the_file(
    keys: Keys, qtsp: TestQTSP, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p7s = write(tmp_path / "doc.p7s", sign_cades(CONTENT, keys.director.signer(), tsp_url=None))
    folder = tmp_path / "cas"
    folder.mkdir()
    write(folder / "ca.cer", qtsp.ca_cert.dump())
    write(folder / "dfs.cer", V.cms_pem_signer_certificate().dump())  # a real ДФС certificate
    write(folder / "notes.txt", b"not a certificate, not named like one")
    code = main(["verify", "--json", "--trusted", str(folder), str(p7s)])
    assert code == 0 and json.loads(capsys.readouterr().out)["valid"]
    broken = write(folder / "broken.cer", qtsp.ca_cert.dump()[:200])
    for target in (folder, broken, tmp_path / "missing.cer"):
        code = main(["verify", "--trusted", str(target), str(p7s)])
        err = capsys.readouterr().err
        name = "missing.cer" if target.name == "missing.cer" else "broken.cer"
        assert code == 2 and name in err and "Traceback" not in err
    code = main(["verify", "--trusted", str(tmp_path / "no-such-folder"), str(p7s)])
    assert code == 2 and "no-such-folder" in capsys.readouterr().err


def test_trust_update_from_file_and_url(
    qtsp_server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    qtsp, _server = qtsp_server
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "trust", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["bundled"] and shown["certificates"] == len(trustlist.load())
    mine = write(tmp_path / "mine.p7b", qtsp.ca_cert.dump())
    assert main([*data, "trust", "update", "--from", str(mine)]) == 0
    capsys.readouterr()
    assert main([*data, "trust", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["bundled"], shown["certificates"]) == (False, 1)
    target = Path(shown["source"])
    assert target.read_bytes() == qtsp.ca_cert.dump()
    # a failed update (not a trust list) keeps the old one, byte for byte
    junk = write(tmp_path / "junk.p7b", b"<html>moved</html>")
    assert main([*data, "trust", "update", "--from", str(junk)]) == 2
    assert "junk.p7b" in capsys.readouterr().err
    assert target.read_bytes() == qtsp.ca_cert.dump()
    # over HTTP from the test QTSP's CA-issuers address
    url = qtsp.ca_issuers_url
    assert main([*data, "trust", "update", "--from", url]) == 0
    assert "1 certificates" in capsys.readouterr().out
    assert main([*data, "trust", "update", "--from", url + "-nothing-here"]) == 2
    assert target.read_bytes() == qtsp.ca_cert.dump()
