"""CAdES-BES and CAdES-T: built as ua-crypto.md §5.1–5.2, checked by our verifier AND by OpenSSL
(`openssl cms -verify`, `openssl ts -verify`); one changed byte fails both."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms, core, tsp

from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.cms import signed_attrs_bytes
from ehealth_wizard.core.signing.errors import CadesError
from ehealth_wizard.core.signing.keys import Signer
from ehealth_wizard.sandbox.qtsp import TestQTSP
from tests.signing.conftest import Keys, openssl, write

CONTENT = '{"edrpou":"43127656","owner":{"last_name":"Бондаренко"}}'.encode()


def _openssl_cms_ok(p7s: Path, ca: Path, *, binary: bool = True) -> bool:
    args = ["cms", "-verify", "-inform", "DER", "-in", p7s, "-CAfile", ca, "-purpose", "any"]
    if binary:
        args.append("-binary")
    out = p7s.with_suffix(".out")
    result = openssl(*args, "-out", out)
    return result.returncode == 0 and out.read_bytes() == CONTENT


def _token(der: bytes) -> tuple[bytes, bytes]:
    """(time-stamp token DER, the signature value it stamps)."""
    si = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    token = si["unsigned_attrs"][0]["values"][0]
    return token.dump(), si["signature"].native


def _flip_content_byte(der: bytes) -> bytes:
    index = der.index(CONTENT) + 5
    return der[:index] + bytes([der[index] ^ 0x01]) + der[index + 1 :]


@pytest.mark.parametrize("which", ["director", "director_rsa", "director_dn"])
def test_bes_verifies_here_and_in_openssl(
    keys: Keys, qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, which: str
) -> None:
    signer = getattr(keys, which).signer()
    der = sign_cades(CONTENT, signer, tsp_url=None)
    result = verify_cades(der, trusted=[qtsp.ca_cert])
    assert result.valid and result.content == CONTENT
    assert result.signer.timestamp is None and result.signer.trusted is True
    assert result.signature_count == 1 and result.seal_count == 0
    assert _openssl_cms_ok(write(tmp_path / "s.p7s", der), ca_pem)
    assert _openssl_cms_ok(tmp_path / "s.p7s", ca_pem, binary=False)

    broken = _flip_content_byte(der)
    with pytest.raises(CadesError) as err:
        verify_cades(broken)
    assert err.value.code == "cades_content_mismatch"
    assert not _openssl_cms_ok(write(tmp_path / "b.p7s", broken), ca_pem)


def test_layout_follows_the_ukrainian_profile(keys: Keys) -> None:
    signer = keys.director.signer()
    when = datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC)
    der = sign_cades(CONTENT, signer, tsp_url=None, signing_time=when)
    signed = cms.ContentInfo.load(der)["content"]
    assert signed["version"].native == "v1"
    assert [a["algorithm"].native for a in signed["digest_algorithms"]] == ["sha256"]
    assert signed["encap_content_info"]["content"].native == CONTENT  # attached
    assert signer.certificate.dump() in [c.chosen.dump() for c in signed["certificates"]]
    si = signed["signer_infos"][0]
    assert si["sid"].name == "issuer_and_serial_number"
    names = [a["type"].native for a in si["signed_attrs"]]
    assert set(names) == {
        "content_type",
        "signing_time",
        "message_digest",
        "signing_certificate_v2",
    }
    # DER SET OF: sorted by encoding
    encoded = [a.dump() for a in si["signed_attrs"]]
    assert encoded == sorted(encoded)
    attrs = {a["type"].native: a["values"][0] for a in si["signed_attrs"]}
    assert attrs["content_type"].native == "data"
    assert attrs["signing_time"].name == "utc_time"
    assert attrs["signing_time"].native == when.replace(microsecond=0)
    assert attrs["message_digest"].native == hashlib.sha256(CONTENT).digest()
    # signingCertificateV2: hashAlgorithm written out even though it is the default (sha256)
    ess_raw = attrs["signing_certificate_v2"].dump()
    sha256_alg = core.ObjectIdentifier("2.16.840.1.101.3.4.2.1").dump()
    assert sha256_alg in ess_raw
    ess = tsp.SigningCertificateV2.load(ess_raw)["certs"][0]
    assert ess["cert_hash"].native == hashlib.sha256(signer.certificate.dump()).digest()
    issuer_serial = ess["issuer_serial"]
    assert issuer_serial["issuer"][0].chosen == signer.certificate.issuer
    assert issuer_serial["serial_number"].native == signer.certificate.serial_number
    assert si["signature_algorithm"]["algorithm"].native == "sha256_ecdsa"
    assert verify_cades(der).signer.signing_time == when.replace(microsecond=0)
    assert signed_attrs_bytes(si)[0] == 0x31


def test_cades_t_timestamp_verifies_in_openssl_ts(
    keys: Keys, qtsp: TestQTSP, ca_pem: Path, tmp_path: Path
) -> None:
    signer = keys.director_rsa.signer()
    der = sign_cades(CONTENT, signer, tsp_url=qtsp.tsp_url)
    result = verify_cades(der, trusted=[qtsp.ca_cert])
    ts = result.signer.timestamp
    assert ts is not None and ts.valid and ts.time is not None
    assert abs(ts.time - datetime.now(UTC)) < timedelta(minutes=2)
    assert _openssl_cms_ok(write(tmp_path / "t.p7s", der), ca_pem)

    token, signature = _token(der)
    tok = write(tmp_path / "token.der", token)
    data = write(tmp_path / "signature.bin", signature)
    ok = openssl("ts", "-verify", "-in", tok, "-token_in", "-data", data, "-CAfile", ca_pem)
    assert ok.returncode == 0, ok.stderr
    digest = hashlib.sha256(signature).hexdigest()
    ok = openssl("ts", "-verify", "-in", tok, "-token_in", "-digest", digest, "-CAfile", ca_pem)
    assert ok.returncode == 0, ok.stderr

    # A changed byte of the stamped data, or of the content, fails both verifiers.
    changed = write(tmp_path / "changed.bin", bytes([signature[0] ^ 1]) + signature[1:])
    bad = openssl("ts", "-verify", "-in", tok, "-token_in", "-data", changed, "-CAfile", ca_pem)
    assert bad.returncode != 0
    broken = _flip_content_byte(der)
    assert not _openssl_cms_ok(write(tmp_path / "bt.p7s", broken), ca_pem)
    with pytest.raises(CadesError):
        verify_cades(broken)


def test_tampered_timestamp_is_refused(keys: Keys, qtsp: TestQTSP, tmp_path: Path) -> None:
    der = sign_cades(CONTENT, keys.director.signer(), tsp_url=qtsp.tsp_url)
    token, _ = _token(der)
    tst = cms.ContentInfo.load(token)["content"]["encap_content_info"]["content"].contents
    pos = der.index(tst) + len(tst) - 3  # inside TSTInfo (nonce/accuracy area)
    bad = der[:pos] + bytes([der[pos] ^ 0x01]) + der[pos + 1 :]
    with pytest.raises(CadesError) as err:
        verify_cades(bad)
    assert err.value.code == "cades_timestamp_invalid"


def test_validity_trust_and_time(keys: Keys, qtsp: TestQTSP) -> None:
    expired = sign_cades(CONTENT, keys.expired.signer(), tsp_url=None)
    with pytest.raises(CadesError) as err:
        verify_cades(expired)
    assert err.value.code == "cades_cert_expired"
    facts = verify_cades(expired, at=datetime.now(UTC) - timedelta(days=365), strict=False)
    assert facts.valid  # it was valid then
    ok = sign_cades(CONTENT, keys.director.signer(), tsp_url=None)
    with pytest.raises(CadesError) as err:
        verify_cades(ok, at=datetime.now(UTC) - timedelta(days=30))
    assert err.value.code == "cades_cert_not_yet_valid"
    other = TestQTSP.create()
    with pytest.raises(CadesError) as err:
        verify_cades(ok, trusted=[other.ca_cert])
    assert err.value.code == "cades_cert_untrusted"


def test_several_signers_counted(keys: Keys, qtsp: TestQTSP) -> None:
    one = cms.ContentInfo.load(sign_cades(CONTENT, keys.director.signer(), tsp_url=None))
    two = cms.ContentInfo.load(sign_cades(CONTENT, keys.seal.signer(), tsp_url=None))
    three = cms.ContentInfo.load(sign_cades(b"other", keys.fop.signer(), tsp_url=None))
    a, b, c = (x["content"] for x in (one, two, three))
    merged = cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": cms.SignedData(
                {
                    "version": "v1",
                    "digest_algorithms": a["digest_algorithms"],
                    "encap_content_info": a["encap_content_info"],
                    "certificates": list(a["certificates"])
                    + list(b["certificates"])
                    + list(c["certificates"]),
                    "signer_infos": [
                        a["signer_infos"][0],
                        b["signer_infos"][0],
                        c["signer_infos"][0],
                    ],
                }
            ),
        }
    ).dump()
    result = verify_cades(merged, strict=False, trusted=[qtsp.ca_cert])
    by_cert = {s.certificate.sha256: s.status for s in result.signers if s.certificate}
    assert by_cert == {
        keys.director.certificate.sha256: "valid",
        keys.seal.certificate.sha256: "valid",
        keys.fop.certificate.sha256: "cades_content_mismatch",  # signed other content
    }
    assert result.signature_count == 2 and result.seal_count == 1
    assert not result.valid
    with pytest.raises(CadesError):
        verify_cades(merged)


def test_detached_and_garbage(keys: Keys, ca_pem: Path, tmp_path: Path) -> None:
    signer: Signer = keys.director.signer()
    der = sign_cades(CONTENT, signer, tsp_url=None, detached=True)
    with pytest.raises(CadesError) as err:
        verify_cades(der)
    assert err.value.code == "cades_no_content"
    assert verify_cades(der, content=CONTENT).valid
    p7s = write(tmp_path / "detached.p7s", der)
    data = write(tmp_path / "content.bin", CONTENT)
    common = ("cms", "-verify", "-inform", "DER", "-in", p7s, "-CAfile", ca_pem, "-purpose", "any")
    assert openssl(*common, "-binary", "-content", data, "-out", tmp_path / "o").returncode == 0
    changed = write(tmp_path / "changed.bin", CONTENT[:-1] + b"!")
    assert openssl(*common, "-binary", "-content", changed, "-out", tmp_path / "o").returncode != 0
    with pytest.raises(CadesError) as err:
        verify_cades(der, content=CONTENT + b" ")
    assert err.value.code == "cades_content_mismatch"
    for junk in (b"", b"\x30\x03\x02\x01\x01", b"hello" * 10):
        with pytest.raises(CadesError) as err:
            verify_cades(junk)
        assert err.value.code == "cades_malformed"


def test_digest_registry() -> None:
    assert digests.digest_name_for_oid("2.16.840.1.101.3.4.2.1") == "sha256"
    assert digests.oid_for("gost34311") == "1.2.804.2.1.1.1.1.2.1"
    assert digests.digest("sha256", b"abc") == hashlib.sha256(b"abc").digest()


@pytest.mark.parametrize(("which", "pss"), [("director", False), ("director_rsa", True)])
def test_verifies_what_openssl_signs(
    keys: Keys, qtsp: TestQTSP, tmp_path: Path, which: str, pss: bool
) -> None:
    """An independent signer (OpenSSL; RSA-PSS too) is verified by our verifier."""
    issued = getattr(keys, which)
    key = write(tmp_path / "k.pem", issued.pkcs8(None))
    cert = write(tmp_path / "c.pem", issued.cert_pem())
    data = write(tmp_path / "data.json", CONTENT)
    out = tmp_path / "o.p7s"
    extra = ("-keyopt", "rsa_padding_mode:pss") if pss else ()
    made = openssl(
        "cms",
        "-sign",
        "-binary",
        "-nodetach",
        "-md",
        "sha256",
        "-in",
        data,
        "-signer",
        cert,
        "-inkey",
        key,
        *extra,
        "-outform",
        "DER",
        "-out",
        out,
    )
    assert made.returncode == 0, made.stderr
    der = out.read_bytes()
    if pss:
        si = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
        assert si["signature_algorithm"]["algorithm"].native == "rsassa_pss"
    result = verify_cades(der, trusted=[qtsp.ca_cert])
    assert result.valid and result.content == CONTENT
    with pytest.raises(CadesError):
        verify_cades(_flip_content_byte(der))
