"""Signatures made elsewhere: import, check, complete (core.signing.external), with the test QTSP
served on 127.0.0.1 (its TSA and OCSP answer over HTTP) and OpenSSL checking the results."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import cms, pem

from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.payload import build_payload, canonical_bytes
from ehealth_wizard.core.signed_file import decode_signature, read_signature_file
from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.cms import build_signed_data_der
from ehealth_wizard.core.signing.errors import CadesError
from ehealth_wizard.core.signing.external import (
    ExternalSignatureRefused,
    import_signature,
    payload_differences,
)
from ehealth_wizard.sandbox.qtsp import IssuedKey
from tests.signing.conftest import Keys, openssl, write


def _payload(reg: Registration) -> bytes:
    return canonical_bytes(build_payload(reg))


def _bes(key: IssuedKey, content: bytes, *, detached: bool = False) -> bytes:
    """What a signing page returns for "without a time-stamp": CAdES-BES."""
    return sign_cades(content, key.signer(), tsp_url=None, detached=detached)


def _signer_info(der: bytes) -> cms.SignerInfo:
    return cms.ContentInfo.load(der)["content"]["signer_infos"][0]


def _codes(exc: pytest.ExceptionInfo[ExternalSignatureRefused]) -> list[str]:
    return [p.code for p in exc.value.problems]


def _openssl_verifies(der: bytes, ca_pem: Path, tmp_path: Path) -> bytes:
    signed = write(tmp_path / "out.p7s", der)
    done = openssl("cms", "-verify", "-inform", "DER", "-in", signed, "-CAfile", ca_pem)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def test_a_bes_is_time_stamped_without_changing_a_signed_byte(
    keys: Keys, llc: Registration, ca_pem: Path, tmp_path: Path
) -> None:
    content = _payload(llc)
    bes = _bes(keys.director, content)
    assert verify_cades(bes).signer.timestamp is None

    imported = import_signature(bes, expected=content, registration=llc)

    assert imported.completed == ("timestamp_added",)
    assert imported.received == bes and imported.der != bes
    before, after = _signer_info(bes), _signer_info(imported.der)
    assert after["signed_attrs"].dump() == before["signed_attrs"].dump()
    assert after["signature"].dump() == before["signature"].dump()
    result = verify_cades(imported.der)
    assert result.signer.timestamp is not None and result.signer.timestamp.valid
    assert result.content == content
    assert imported.timestamp_time is not None
    assert imported.tsa_url == imported.facts.tsp_url
    assert _openssl_verifies(imported.der, ca_pem, tmp_path) == content


def test_a_detached_signature_gets_its_content_embedded(
    keys: Keys, llc: Registration, ca_pem: Path, tmp_path: Path
) -> None:
    content = _payload(llc)
    detached = _bes(keys.director, content, detached=True)
    with pytest.raises(CadesError) as refused:
        verify_cades(detached)
    assert refused.value.code == "cades_no_content"

    imported = import_signature(detached, content=content)  # the CLI: --content

    assert imported.completed == ("content_embedded", "timestamp_added")
    assert _signer_info(imported.der)["signed_attrs"].dump() == (
        _signer_info(detached)["signed_attrs"].dump()
    )
    assert _signer_info(imported.der)["signature"].native == (
        _signer_info(detached)["signature"].native
    )
    assert verify_cades(imported.der).content == content
    assert _openssl_verifies(imported.der, ca_pem, tmp_path) == content
    # the window needs no --content: it wrote those bytes for signing itself
    again = import_signature(detached, expected=content, registration=llc)
    assert again.completed == ("content_embedded", "timestamp_added")


def test_a_cades_t_is_sent_as_received(keys: Keys, llc: Registration) -> None:
    content = _payload(llc)
    t = sign_cades(content, keys.director.signer(), tsp_url=_tsp(keys))
    imported = import_signature(t, expected=content, registration=llc)
    assert imported.der == t and imported.completed == () and not imported.changed


def _tsp(keys: Keys) -> str:
    from ehealth_wizard.core.signing.certinfo import cert_info

    url = cert_info(keys.director.certificate).tsp_url
    assert url
    return url


def test_pem_and_base64_files_are_read(keys: Keys, llc: Registration, tmp_path: Path) -> None:
    content = _payload(llc)
    der = _bes(keys.director, content)
    as_pem = pem.armor("PKCS7", der)
    as_b64 = base64.encodebytes(der)
    assert decode_signature(as_pem) == der
    assert decode_signature(b"\xef\xbb\xbf" + as_b64 + b"\r\n") == der
    assert read_signature_file(write(tmp_path / "s.p7s", as_pem)) == der
    imported = import_signature(as_b64, expected=content, registration=llc)
    assert imported.received == der


def test_a_key_of_another_edrpou_is_refused(keys: Keys, llc: Registration) -> None:
    content = _payload(llc)
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(_bes(keys.other_edrpou, content), expected=content, registration=llc)
    [problem] = [p for p in exc.value.problems if p.code == "signer_edrpou_mismatch"]
    assert problem.path == "$.edrpou"
    assert problem.params == {"cert_edrpou": "12345678", "edrpou": llc.facility.edrpou}


def test_a_personal_key_without_edrpou_is_refused_for_a_legal_entity(
    keys: Keys, llc: Registration, qtsp: object
) -> None:
    from ehealth_wizard.sandbox.qtsp import TestQTSP

    assert isinstance(qtsp, TestQTSP)
    d = llc.director
    diia_like = qtsp.issue(  # a Дія.Підпис-style key: the person's РНОКПП, no ЄДРПОУ
        surname=d.last_name, given_names=d.first_name, rnokpp=d.tax_id
    )
    content = _payload(llc)
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(_bes(diia_like, content), expected=content, registration=llc)
    [problem] = exc.value.problems
    assert problem.code == "signer_personal_key_for_entity"
    assert problem.params == {"cert_rnokpp": d.tax_id, "edrpou": llc.facility.edrpou}


def test_a_seal_and_two_signers_are_refused(keys: Keys, llc: Registration) -> None:
    content = _payload(llc)
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(_bes(keys.seal, content), expected=content, registration=llc)
    assert "signer_is_seal" in _codes(exc)

    one = cms.ContentInfo.load(_bes(keys.director, content))
    other = cms.ContentInfo.load(
        build_signed_data_der(content, keys.director_rsa.signer(), signing_time=datetime.now(UTC))
    )["content"]
    signed = one["content"]
    two = cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": cms.SignedData(
                {
                    "version": signed["version"],
                    "digest_algorithms": signed["digest_algorithms"],
                    "encap_content_info": signed["encap_content_info"],
                    "certificates": [*signed["certificates"], *other["certificates"]],
                    "signer_infos": [signed["signer_infos"][0], other["signer_infos"][0]],
                }
            ),
        }
    ).dump()
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(two, expected=content, registration=llc)
    [problem] = exc.value.problems
    assert (problem.code, dict(problem.params)) == (
        "external_signer_count",
        {"signatures": 2, "seals": 0},
    )


def test_content_other_than_the_draft_is_named_by_field(keys: Keys, llc: Registration) -> None:
    content = _payload(llc)
    payload = build_payload(llc)
    payload["email"] = "other@example.com"
    payload["owner"]["phones"][0]["number"] = "+380500000000"
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(
            _bes(keys.director, canonical_bytes(payload)), expected=content, registration=llc
        )
    assert [(p.path, p.code) for p in exc.value.problems] == [
        ("$.email", "external_content_differs"),
        ("$.owner.phones[0].number", "external_content_differs"),
    ]
    # the same data in other bytes (spaces, key order) is not what was prepared either
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(
            _bes(keys.director, json.dumps(build_payload(llc), indent=1).encode()),
            expected=content,
            registration=llc,
        )
    assert [(p.path, p.code) for p in exc.value.problems] == [("$", "external_content_differs")]
    # and a detached signature over other bytes does not verify over the draft's
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(
            _bes(keys.director, canonical_bytes(payload), detached=True),
            expected=content,
            registration=llc,
        )
    assert _codes(exc) == ["cades_content_mismatch"]


def test_without_a_draft_the_content_must_pass_check(keys: Keys, llc: Registration) -> None:
    payload = build_payload(llc)
    payload["owner"]["tax_id"] = "1234567890"  # a wrong check digit
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(_bes(keys.director, canonical_bytes(payload)))
    assert "$.owner.tax_id" in [p.path for p in exc.value.problems]
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(_bes(keys.director, b"hello"))
    assert _codes(exc) == ["external_content_not_registration"]


def test_an_expired_or_revoked_certificate_is_refused(keys: Keys, llc: Registration) -> None:
    content = _payload(llc)
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(_bes(keys.revoked, content), expected=content, registration=llc)
    assert _codes(exc) == ["signer_cert_revoked"]
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(_bes(keys.expired, content), expected=content, registration=llc)
    assert "signer_cert_expired" in _codes(exc)


def test_garbage_is_refused_with_a_code(llc: Registration) -> None:
    with pytest.raises(ExternalSignatureRefused) as exc:
        import_signature(b"not a signature at all", expected=b"{}", registration=llc)
    assert _codes(exc) == ["cades_malformed"]


def test_differences_are_json_paths() -> None:
    assert payload_differences({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0}) == [
        "$.b[1]",
        "$.c",
    ]
    assert payload_differences({"a": True}, {"a": 1}) == ["$.a"]
