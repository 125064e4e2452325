"""ETSI EN 319 102-1 outcomes, content time-stamps, the signer-identifier encodings tools write,
nested signatures and detached verification — on signatures the test QTSP makes and reshapes
(sandbox.artefacts) as other tools do; every ECDSA/RSA one also checked by `openssl cms`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from asn1crypto import cms

from ehealth_wizard.cli import main
from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.cades import _timestamp, sign_cades, verify_cades
from ehealth_wizard.core.signing.cms import find_signer_certificate, signer_identifier
from ehealth_wizard.sandbox import artefacts
from ehealth_wizard.sandbox.qtsp import TestQTSP
from tests.signing.conftest import Keys, openssl, write

CONTENT = '{"edrpou":"43127656","owner":{"last_name":"Бондаренко"}}'.encode()


def _openssl_ok(p7s: bytes, ca: Path, tmp: Path, content: bytes | None = None) -> bool:
    src = write(tmp / "in.p7s", p7s)
    out = tmp / "out.bin"
    args = ["cms", "-verify", "-binary", "-inform", "DER", "-in", src, "-CAfile", ca]
    args += ["-purpose", "any", "-out", out]
    if content is not None:
        args += ["-content", write(tmp / "content.bin", content)]
    result = openssl(*args)
    return result.returncode == 0 and out.read_bytes() == CONTENT


def _attr_types(p7s: bytes, *, signed: bool) -> list[str]:
    si = cms.ContentInfo.load(p7s)["content"]["signer_infos"][0]
    attrs = si["signed_attrs" if signed else "unsigned_attrs"]
    return [a["type"].dotted for a in attrs] if attrs.contents else []


@pytest.mark.parametrize("mode", ["both", "content", "signature"])
def test_tsp_modes(keys: Keys, qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, mode: str) -> None:
    der = sign_cades(CONTENT, keys.director.signer(), tsp_url=qtsp.tsp_url, tsp_mode=mode)
    content_ts = "1.2.840.113549.1.9.16.2.20" in _attr_types(der, signed=True)
    signature_ts = "1.2.840.113549.1.9.16.2.14" in _attr_types(der, signed=False)
    assert (content_ts, signature_ts) == (mode != "signature", mode != "content")
    result = verify_cades(der, trusted=[qtsp.ca_cert])
    s = result.signer
    assert s.indication == "TOTAL-PASSED" and s.sub_indication is None
    assert (s.content_timestamp is not None) == content_ts
    assert (s.timestamp is not None) == signature_ts
    for ts in s.timestamps:
        assert ts.valid and ts.indication == "TOTAL-PASSED" and ts.time is not None
        assert "TSA" in ts.tsa
    if s.content_timestamp is not None:  # its imprint is the content's digest
        assert s.content_timestamp.info is not None
        assert s.content_timestamp.info.imprint == digests.digest("sha256", CONTENT)
        assert s.content_timestamp.kind == "content"
    assert _openssl_ok(der, ca_pem, tmp_path)


def test_content_timestamp_over_other_content_fails(keys: Keys, qtsp: TestQTSP) -> None:
    """A content time-stamp copied from another signature is TOTAL-FAILED/HASH_FAILURE for the
    stamp and leaves the signature INDETERMINATE (not proven in time), never TOTAL-PASSED."""
    other = sign_cades(b"other", keys.director.signer(), tsp_url=qtsp.tsp_url, tsp_mode="content")
    copied_si = cms.ContentInfo.load(other)["content"]["signer_infos"][0]
    status = _timestamp(copied_si, [qtsp.ca_cert], [], "content", CONTENT)
    assert status is not None and not status.valid
    assert (status.indication, status.sub_indication) == ("TOTAL-FAILED", "HASH_FAILURE")
    assert _timestamp(copied_si, [qtsp.ca_cert], [], "content", b"other").valid  # type: ignore[union-attr]


def test_tsa_certificate_not_embedded(keys: Keys, qtsp: TestQTSP, tmp_path: Path) -> None:
    """Diia's tokens carry no TSA certificate: INDETERMINATE until the trust list supplies it,
    never "invalid"."""
    der = sign_cades(CONTENT, keys.director.signer(), tsp_url=qtsp.tsp_url, tsp_mode="signature")
    bare = artefacts.without_tsa_certificates(der)
    token = cms.ContentInfo.load(bare)["content"]["signer_infos"][0]["unsigned_attrs"][0]
    assert not len(token["values"][0]["content"]["certificates"] or [])
    unknown = verify_cades(bare, trusted=[qtsp.ca_cert], strict=False).signer
    assert unknown.timestamp is not None and unknown.timestamp.error == "tsp_cert_missing"
    assert unknown.indication == "INDETERMINATE"
    assert unknown.sub_indication == "NO_SIGNING_CERTIFICATE_FOUND"
    assert unknown.timestamp.indication == "INDETERMINATE"
    known = verify_cades(bare, trusted=[qtsp.ca_cert, qtsp.tsa_cert])
    assert known.signer.indication == "TOTAL-PASSED"
    assert known.signer.timestamp is not None and known.signer.timestamp.valid


def test_failed_and_indeterminate(keys: Keys, qtsp: TestQTSP) -> None:
    der = sign_cades(CONTENT, keys.director.signer(), tsp_url=None)
    i = der.index(CONTENT) + 3
    changed = der[:i] + bytes([der[i] ^ 1]) + der[i + 1 :]
    s = verify_cades(changed, strict=False).signer
    assert (s.indication, s.sub_indication) == ("TOTAL-FAILED", "HASH_FAILURE")
    sig = cms.ContentInfo.load(der)["content"]["signer_infos"][0]["signature"].native
    j = der.index(sig) + 10
    broken = der[:j] + bytes([der[j] ^ 1]) + der[j + 1 :]
    s = verify_cades(broken, strict=False).signer
    assert (s.indication, s.sub_indication) == ("TOTAL-FAILED", "SIG_CRYPTO_FAILURE")
    other = TestQTSP.create(name="Інший КНЕДП")
    s = verify_cades(der, trusted=[other.ca_cert], strict=False).signer
    assert (s.indication, s.sub_indication) == ("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND")
    no_cert = artefacts.without_certificates(der)
    s = verify_cades(no_cert, strict=False).signer
    assert (s.indication, s.sub_indication) == ("INDETERMINATE", "NO_SIGNING_CERTIFICATE_FOUND")
    # ... which the trust list (here: --trusted) may supply
    assert verify_cades(no_cert, trusted=[keys.director.certificate]).valid


@pytest.mark.parametrize("kind", artefacts.SIGNER_ID_KINDS)
def test_signer_identifier_encodings(
    keys: Keys, qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, kind: str
) -> None:
    der = sign_cades(CONTENT, keys.director.signer(), tsp_url=qtsp.tsp_url)
    reshaped = artefacts.with_signer_id(der, kind)
    si = cms.ContentInfo.load(reshaped)["content"]["signer_infos"][0]
    name, value = signer_identifier(si)
    assert name == (
        "issuer_and_serial_number" if kind == "issuer_serial" else "subject_key_identifier"
    )
    if kind == "ski_explicit":  # IIT: [0] { OCTET STRING }, constructed
        assert si.contents[3:7] == bytes([0xA0, len(value) + 2, 0x04, len(value)])
    result = verify_cades(reshaped, trusted=[qtsp.ca_cert])
    assert result.signer.indication == "TOTAL-PASSED"
    assert result.signer.certificate is not None
    assert result.signer.certificate.sha256 == keys.director.certificate.sha256
    if kind in ("issuer_serial", "ski"):  # the encodings RFC 5652 defines: OpenSSL agrees
        assert _openssl_ok(reshaped, ca_pem, tmp_path)


def test_unreadable_signer_identifier_matches_nothing(keys: Keys) -> None:
    der = sign_cades(CONTENT, keys.director.signer(), tsp_url=None)
    reshaped = artefacts.with_signer_id(der, "ski_explicit")
    si = cms.ContentInfo.load(reshaped)["content"]["signer_infos"][0]
    sid = si.contents[3:7]
    assert sid[0] == 0xA0 and sid[2] == 0x04
    garbled = reshaped.replace(sid, sid[:2] + b"\x02" + sid[3:], 1)
    si = cms.ContentInfo.load(garbled)["content"]["signer_infos"][0]
    assert find_signer_certificate(si, [keys.director.certificate]) is None


@pytest.mark.parametrize("style", ["data", "signed_data"])
def test_seal_over_signature(keys: Keys, qtsp: TestQTSP, style: str) -> None:
    inner = sign_cades(CONTENT, keys.director.signer(), tsp_url=qtsp.tsp_url)
    outer = artefacts.seal_over(inner, keys.seal.signer(), style=style)
    result = verify_cades(outer, trusted=[qtsp.ca_cert])
    assert result.content == CONTENT  # the innermost content, not the inner .p7s
    assert [(s.level, s.role) for s in result.signers] == [(0, "seal"), (1, "signature")]
    assert [s.indication for s in result.signers] == ["TOTAL-PASSED"] * 2
    assert result.signers[1].facts is not None
    assert result.signers[1].facts.surname == keys.director.certificate.subject.native["surname"]
    assert (result.signature_count, result.seal_count) == (1, 1)
    # a changed byte of the document breaks both levels
    i = outer.index(CONTENT) + 3
    changed = outer[:i] + bytes([outer[i] ^ 1]) + outer[i + 1 :]
    bad = verify_cades(changed, trusted=[qtsp.ca_cert], strict=False)
    assert {s.indication for s in bad.signers} == {"TOTAL-FAILED"}


def test_detached_cli(keys: Keys, qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    der = sign_cades(CONTENT, keys.director.signer(), tsp_url=qtsp.tsp_url, detached=True)
    p7s = write(tmp_path / "doc.p7s", der)
    content = write(tmp_path / "doc.json", CONTENT)
    code = main(["verify", "--json", "--trusted", str(ca_pem), str(p7s), "--content", str(content)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["valid"] and data["detached"] is True
    assert data["indication"] == "TOTAL-PASSED"
    signer = data["signers"][0]
    assert signer["indication"] == "TOTAL-PASSED" and signer["sub_indication"] is None
    assert signer["content_timestamp"]["indication"] == "TOTAL-PASSED"
    assert signer["timestamp"]["kind"] == "signature"
    assert _openssl_ok(der, ca_pem, tmp_path, content=CONTENT)
    write(tmp_path / "doc.json", CONTENT + b" ")
    code = main(["verify", "--json", "--trusted", str(ca_pem), str(p7s), "--content", str(content)])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["signers"][0]["sub_indication"] == "HASH_FAILURE"
    code = main(["verify", str(p7s)])
    assert code == 2 and "document" in capsys.readouterr().err
    code = main(["verify", str(p7s), "--content", str(tmp_path / "missing.json")])
    err = capsys.readouterr().err
    assert code == 2 and "missing.json" in err
