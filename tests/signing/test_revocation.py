"""Revocation and long-term validation in `verify`: the signer certificate's OCSP responder (the
test QTSP, really listening on 127.0.0.1), its CRL when it names no responder, an unreachable
or foreign responder, revocation values carried in the signature (no network), and a
certificate expired now but valid at the time its signature time-stamp proves. openssl checks
the same responder, CRL and signatures where it can."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from asn1crypto import cms, ocsp, pem

from ehealth_wizard.cli import main
from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.cms import assemble_signed_data_der
from ehealth_wizard.core.signing.containers import der
from ehealth_wizard.core.signing.ocsp import build_request
from ehealth_wizard.core.signing.revocation import RevocationPolicy
from ehealth_wizard.sandbox.qtsp import IssuedKey, TestQTSP
from ehealth_wizard.sandbox.qtsp_app import RunningServer, serve_qtsp
from tests.signing.conftest import openssl, write
from tests.signing.test_tsp_ocsp import _closed_port_url

CONTENT = b'{"edrpou":"43127656"}'


def _person(qtsp: TestQTSP, **kwargs: Any) -> IssuedKey:
    return qtsp.issue(surname="Бондаренко", given_names="Олена", rnokpp="3012345678", **kwargs)


def _verify(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, dict[str, Any]]:
    code = main(["verify", "--json", *map(str, argv)])
    return code, json.loads(capsys.readouterr().out)


def _pem(tmp: Path, name: str, der_: bytes, kind: str = "CERTIFICATE") -> Path:
    return write(tmp / name, pem.armor(kind, der_))


def _openssl_ocsp(qtsp: TestQTSP, key: IssuedKey, tmp: Path) -> str:
    """openssl's own OCSP request to the same responder: 'good' / 'revoked' (after checking
    the answer's signature against the CA)."""
    ca = _pem(tmp, "ca.pem", qtsp.ca_cert.dump())
    cert = _pem(tmp, "cert.pem", key.certificate.dump())
    result = openssl(
        "ocsp", "-issuer", ca, "-cert", cert, "-url", qtsp.ocsp_url, "-CAfile", ca, "-no_nonce"
    )
    text = (result.stdout + result.stderr).decode()
    assert "Response verify OK" in text, text
    return text.split(f"{cert}: ", 1)[1].split()[0]


def _signed(key: IssuedKey, qtsp: TestQTSP, tmp: Path, name: str = "doc.p7s") -> Path:
    return write(tmp / name, sign_cades(CONTENT, key.signer(), tsp_url=qtsp.tsp_url))


@pytest.mark.parametrize("key_type", ["ecdsa-p256", "rsa2048"])
def test_ocsp_good_revoked_after_and_before_the_time_stamp(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], key_type: str
) -> None:
    key = _person(qtsp, key_type=key_type)
    p7s = _signed(key, qtsp, tmp_path)

    code, data = _verify(capsys, "--trusted", ca_pem, p7s)
    signer = data["signers"][0]
    assert code == 0 and data["valid"] and data["indication"] == "TOTAL-PASSED"
    assert signer["revocation"]["status"] == "good" and signer["revocation"]["source"] == "ocsp"
    assert signer["revocation"]["url"] == qtsp.ocsp_url
    assert _openssl_ocsp(qtsp, key, tmp_path) == "good"
    poe = datetime.fromisoformat(signer["timestamp"]["time"])

    # Revoked after the time-stamp's time: the signature was made before, so it stands.
    qtsp.revoke(key.certificate, when=poe + timedelta(seconds=2))
    code, data = _verify(capsys, "--trusted", ca_pem, p7s)
    signer = data["signers"][0]
    assert code == 0 and data["valid"] and signer["indication"] == "TOTAL-PASSED"
    assert signer["revocation"]["status"] == "revoked"
    assert signer["revocation"]["revoked_after_poe"] is True
    assert signer["poe_time"] == signer["timestamp"]["time"]
    assert _openssl_ocsp(qtsp, key, tmp_path) == "revoked"
    main(["verify", "--trusted", str(ca_pem), str(p7s)])
    assert "after the time-stamp: the signature stands" in capsys.readouterr().out

    # Revoked before it was signed: TOTAL-FAILED / REVOKED; `valid` false.
    qtsp.revoke(key.certificate, when=poe - timedelta(hours=1), reason="key_compromise")
    code, data = _verify(capsys, "--trusted", ca_pem, p7s)
    signer = data["signers"][0]
    assert code == 1 and not data["valid"] and data["indication"] == "TOTAL-FAILED"
    assert (signer["indication"], signer["sub_indication"]) == ("TOTAL-FAILED", "REVOKED")
    assert signer["revocation"]["reason"] == "key_compromise"
    assert signer["revocation"]["revoked_after_poe"] is False
    assert signer["status"] == "cades_cert_revoked"


def test_revoked_without_a_time_stamp_is_indeterminate(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No time-stamp proves when a CAdES-BES was made: revoked since → REVOKED_NO_POE."""
    key = _person(qtsp)
    signed_at = datetime.now(UTC) - timedelta(days=2)
    p7s = write(
        tmp_path / "bes.p7s",
        sign_cades(CONTENT, key.signer(), tsp_url=None, signing_time=signed_at),
    )
    qtsp.revoke(key.certificate, when=datetime.now(UTC) - timedelta(days=1))
    code, data = _verify(capsys, "--trusted", ca_pem, p7s)
    signer = data["signers"][0]
    assert code == 1 and (signer["indication"], signer["sub_indication"]) == (
        "INDETERMINATE",
        "REVOKED_NO_POE",
    )
    # ... and one claiming to be signed after the revocation is simply revoked
    late = write(tmp_path / "late.p7s", sign_cades(CONTENT, key.signer(), tsp_url=None))
    code, data = _verify(capsys, "--trusted", ca_pem, late)
    assert code == 1 and data["signers"][0]["sub_indication"] == "REVOKED"


def test_crl_when_the_certificate_names_no_responder(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _person(qtsp, status_by="crl")
    p7s = _signed(key, qtsp, tmp_path)
    code, data = _verify(capsys, "--trusted", ca_pem, p7s)
    rev = data["signers"][0]["revocation"]
    assert code == 0 and rev["status"] == "good" and rev["source"] == "crl"
    assert rev["url"] == qtsp.crl_url

    qtsp.revoke(key.certificate, when=datetime.now(UTC) - timedelta(days=1))
    code, data = _verify(capsys, "--trusted", ca_pem, p7s)
    signer = data["signers"][0]
    assert code == 1 and signer["sub_indication"] == "REVOKED"
    assert signer["revocation"]["source"] == "crl"
    # openssl reads the same CRL: signed by the CA, and it lists the serial
    crl_der = httpx.get(qtsp.crl_url).content
    crl_file = write(tmp_path / "ca.crl", crl_der)
    checked = openssl(
        "crl", "-in", crl_file, "-inform", "DER", "-CAfile", ca_pem, "-noout", "-text"
    )
    assert b"verify OK" in checked.stdout + checked.stderr
    assert f"{key.certificate.serial_number:X}".encode() in checked.stdout.replace(b":", b"")


def test_unreachable_responder_is_try_later_and_offline_skips_it(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nobody = TestQTSP.create(base_url=_closed_port_url())  # nothing listens there
    key = _person(nobody)
    p7s = _signed(key, qtsp, tmp_path)  # time-stamped by the running QTSP's TSA
    their_ca = _pem(tmp_path, "their.pem", nobody.ca_cert.dump())
    trusted: list[str | Path] = ["--trusted", ca_pem, "--trusted", their_ca]

    code, data = _verify(capsys, *trusted, p7s)
    signer = data["signers"][0]
    assert code == 1 and not data["valid"]  # not proven valid ...
    assert (signer["indication"], signer["sub_indication"]) == ("INDETERMINATE", "TRY_LATER")
    assert signer["status"] != "cades_signature_invalid"  # ... and never called invalid
    assert signer["revocation"]["status"] == "unknown"
    assert signer["revocation"]["detail"] == "ocsp_network_error"
    main(["verify", *map(str, trusted), str(p7s)])
    out = capsys.readouterr().out
    assert "cannot be confirmed (INDETERMINATE/TRY_LATER)" in out and "cannot be reached" in out

    code, data = _verify(capsys, "--offline", *trusted, p7s)
    signer = data["signers"][0]
    assert code == 0 and signer["indication"] == "TOTAL-PASSED"
    assert signer["revocation"]["status"] == "not_checked"


@pytest.fixture
def foreign_responder() -> Iterator[tuple[TestQTSP, RunningServer]]:
    """A QTSP whose responder answers for a different CA (and signs with its own key)."""
    other = TestQTSP.create(name="Чужий КНЕДП")
    server = serve_qtsp(other)
    try:
        yield other, server
    finally:
        server.stop()


def test_answer_from_an_unknown_responder_is_indeterminate(
    qtsp: TestQTSP,
    ca_pem: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    foreign_responder: tuple[TestQTSP, RunningServer],
) -> None:
    other, _ = foreign_responder
    issuer = TestQTSP.create(base_url=other.base_url)  # its certificates name the other's OCSP
    key = _person(issuer)
    p7s = _signed(key, qtsp, tmp_path)
    ca = _pem(tmp_path, "issuer.pem", issuer.ca_cert.dump())
    code, data = _verify(capsys, "--trusted", ca_pem, "--trusted", ca, p7s)
    signer = data["signers"][0]
    assert code == 1 and signer["indication"] == "INDETERMINATE"
    assert signer["revocation"]["detail"] == "ocsp_signature_invalid"


def _with_revocation_values(
    p7s: bytes,
    key: IssuedKey,
    *,
    ocsp_vals: tuple[bytes, ...] = (),
    crl_vals: tuple[bytes, ...] = (),
) -> bytes:
    """The signature with a CAdES-X-Long revocation-values attribute added (unsigned)."""
    si = cms.ContentInfo.load(p7s)["content"]["signer_infos"][0]
    fields = b""
    if crl_vals:
        fields += der.e_ctx(0, der.e_seq(*crl_vals))
    if ocsp_vals:
        fields += der.e_ctx(1, der.e_seq(*ocsp_vals))
    attr = cms.CMSAttribute.load(
        der.e_seq(der.e_oid("1.2.840.113549.1.9.16.2.24"), der.e_set(der.e_seq(fields)))
    )
    return assemble_signed_data_der(
        CONTENT,
        key.signer(),
        cms.CMSAttributes.load(b"\x31" + si["signed_attrs"].dump()[1:]),
        si["signature"].native,
        certificates=key.signer().chain,
        unsigned_attrs=[*si["unsigned_attrs"], attr],
    )


def _basic_ocsp(qtsp: TestQTSP, key: IssuedKey) -> bytes:
    response = qtsp.ocsp_respond(build_request(key.certificate, qtsp.ca_cert, b"n" * 16))
    return bytes(ocsp.OCSPResponse.load(response)["response_bytes"]["response"].parsed.dump())


def test_revocation_values_in_the_signature_need_no_network(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _person(qtsp)
    plain = sign_cades(CONTENT, key.signer(), tsp_url=qtsp.tsp_url)
    good = write(
        tmp_path / "good.p7s",
        _with_revocation_values(plain, key, ocsp_vals=(_basic_ocsp(qtsp, key),)),
    )
    code, data = _verify(capsys, "--offline", "--trusted", ca_pem, good)
    rev = data["signers"][0]["revocation"]
    assert code == 0 and rev["status"] == "good" and rev["source"] == "signature-ocsp"
    assert _openssl_cms_ok(good.read_bytes(), ca_pem, tmp_path)

    qtsp.revoke(key.certificate, when=datetime.now(UTC) - timedelta(days=1))
    revoked_ocsp = _basic_ocsp(qtsp, key)
    revoked_crl = qtsp.crl()
    for name, values in (
        ("ocsp", {"ocsp_vals": (revoked_ocsp,)}),
        ("crl", {"crl_vals": (revoked_crl,)}),
    ):
        p7s = write(tmp_path / f"{name}.p7s", _with_revocation_values(plain, key, **values))
        code, data = _verify(capsys, "--offline", "--trusted", ca_pem, p7s)
        signer = data["signers"][0]
        assert code == 1 and signer["sub_indication"] == "REVOKED", name
        assert signer["revocation"]["source"] == f"signature-{name}"

    # An answer another CA signed is not believed: with nothing else, not checked offline.
    other = TestQTSP.create()
    forged = other.ocsp_respond(build_request(key.certificate, qtsp.ca_cert, b"n" * 16))
    forged_basic = ocsp.OCSPResponse.load(forged)["response_bytes"]["response"].parsed.dump()
    p7s = write(
        tmp_path / "forged.p7s",
        _with_revocation_values(plain, key, ocsp_vals=(bytes(forged_basic),)),
    )
    code, data = _verify(capsys, "--offline", "--trusted", ca_pem, p7s)
    assert code == 0 and data["signers"][0]["revocation"]["status"] == "not_checked"


def _openssl_cms_ok(p7s: bytes, ca: Path, tmp: Path, *extra: str) -> bool:
    src = write(tmp / "in.p7s", p7s)
    out = tmp / "out.bin"
    result = openssl(
        "cms", "-verify", "-binary", "-inform", "DER", "-in", src, "-CAfile", ca,
        "-purpose", "any", "-out", out, *extra,
    )  # fmt: skip
    return result.returncode == 0 and out.read_bytes() == CONTENT


def test_expired_now_but_time_stamped_within_validity_passes(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Basic long-term validation: the signature time-stamp is proof of existence (POE) while
    the certificate was valid."""
    now = datetime.now(UTC).replace(microsecond=0)
    key = _person(qtsp, not_before=now - timedelta(days=30), not_after=now + timedelta(seconds=3))
    p7s = _signed(key, qtsp, tmp_path, "short.p7s")
    bes = write(tmp_path / "bes.p7s", sign_cades(CONTENT, key.signer(), tsp_url=None))
    time.sleep(max(0.0, (now + timedelta(seconds=4) - datetime.now(UTC)).total_seconds()))

    code, data = _verify(capsys, "--trusted", ca_pem, p7s)
    signer = data["signers"][0]
    assert code == 0 and signer["indication"] == "TOTAL-PASSED"
    poe = datetime.fromisoformat(signer["poe_time"])
    assert poe == datetime.fromisoformat(signer["timestamp"]["time"])
    assert now - timedelta(days=30) <= poe <= now + timedelta(seconds=3)
    main(["verify", "--trusted", str(ca_pem), str(p7s)])
    assert f"proof of existence (signature time-stamp): {signer['poe_time']}" in (
        capsys.readouterr().out
    )
    # openssl agrees it was good at that time, and that the certificate has expired now
    assert _openssl_cms_ok(p7s.read_bytes(), ca_pem, tmp_path, "-attime", str(int(poe.timestamp())))
    assert not _openssl_cms_ok(p7s.read_bytes(), ca_pem, tmp_path)

    # without a time-stamp nothing proves when it was made: still OUT_OF_BOUNDS_NO_POE
    code, data = _verify(capsys, "--trusted", ca_pem, bes)
    signer = data["signers"][0]
    assert code == 1 and (signer["indication"], signer["sub_indication"]) == (
        "INDETERMINATE",
        "OUT_OF_BOUNDS_NO_POE",
    )
    assert signer["poe_time"] is None


def test_core_default_checks_no_revocation(qtsp: TestQTSP) -> None:
    """verify_cades asks nobody unless a policy is given (the sandbox DS has its own check)."""
    key = _person(qtsp)
    signed = sign_cades(CONTENT, key.signer(), tsp_url=qtsp.tsp_url)
    qtsp.revoke(key.certificate, when=datetime.now(UTC) - timedelta(days=1))
    assert verify_cades(signed, trusted=[qtsp.ca_cert]).signer.revocation is None
    checked = verify_cades(
        signed, trusted=[qtsp.ca_cert], revocation=RevocationPolicy(), strict=False
    )
    assert checked.signer.sub_indication == "REVOKED"


@pytest.fixture
def delegated() -> Iterator[TestQTSP]:
    """A QTSP whose OCSP answers are signed by a responder certificate it issued and does not
    send (as the trust list carries Ukrainian providers' OCSP certificates)."""
    provider = TestQTSP.create(name="КНЕДП з OCSP-сервером")
    server = serve_qtsp(provider)
    try:
        yield provider
    finally:
        server.stop()


def test_delegated_responder_known_from_the_trust_list(
    delegated: TestQTSP,
    qtsp: TestQTSP,
    ca_pem: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    responder = delegated.delegate_ocsp(send_certificate=False)
    key = _person(delegated)
    p7s = _signed(key, qtsp, tmp_path)
    ca = _pem(tmp_path, "provider.pem", delegated.ca_cert.dump())
    responder_pem = _pem(tmp_path, "ocsp.pem", responder.dump())

    code, data = _verify(capsys, "--trusted", ca_pem, "--trusted", ca, p7s)
    signer = data["signers"][0]
    assert code == 1 and signer["sub_indication"] == "TRY_LATER"  # who signed it is unknown
    assert signer["revocation"]["detail"] == "ocsp_signature_invalid"

    code, data = _verify(
        capsys, "--trusted", ca_pem, "--trusted", ca, "--trusted", responder_pem, p7s
    )
    assert code == 0 and data["signers"][0]["revocation"]["status"] == "good"
    # openssl, told the responder's certificate, believes the same answer
    cert = _pem(tmp_path, "cert.pem", key.certificate.dump())
    checked = openssl(
        "ocsp", "-issuer", ca, "-cert", cert, "-url", delegated.ocsp_url, "-CAfile", ca,
        "-VAfile", responder_pem, "-no_nonce",
    )  # fmt: skip
    text = (checked.stdout + checked.stderr).decode()
    assert "Response verify OK" in text and f"{cert}: good" in text, text

    # a responder certificate the provider sends along needs no trust-list entry
    delegated.ocsp_sends_certificate = True
    delegated.revoke(key.certificate, when=datetime.now(UTC) - timedelta(days=1))
    code, data = _verify(capsys, "--trusted", ca_pem, "--trusted", ca, p7s)
    assert code == 1 and data["signers"][0]["sub_indication"] == "REVOKED"


def test_an_endless_answer_is_cut_off(qtsp: TestQTSP, tmp_path: Path) -> None:
    """A responder that sends megabytes, or drips bytes for ever, ends as 'no answer' within
    the limits (OCSP 256 KiB; the policy's seconds in all)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    from ehealth_wizard.sandbox.qtsp_app import serve_in_thread

    async def huge(request: Request) -> Response:
        return Response(b"\x30" * (1024 * 1024))

    async def drip(request: Request) -> StreamingResponse:
        import asyncio

        async def body() -> Any:
            for _ in range(600):
                yield b"\x30"
                await asyncio.sleep(0.05)

        return StreamingResponse(body())

    routes = [
        Route("/huge/ocsp", huge, methods=["POST"]),
        Route("/drip/ocsp", drip, methods=["POST"]),
    ]
    server = serve_in_thread(lambda url: Starlette(routes=routes))
    try:
        for path in ("huge", "drip"):
            # its certificates name <server>/<path>/ocsp as their responder
            liar = TestQTSP.create(base_url=f"{server.url.rstrip('/')}/{path}")
            signed = sign_cades(CONTENT, _person(liar).signer(), tsp_url=qtsp.tsp_url)
            started = time.monotonic()
            result = verify_cades(
                signed,
                trusted=[liar.ca_cert, qtsp.ca_cert],
                revocation=RevocationPolicy(timeout=1.0),
                strict=False,
            )
            assert time.monotonic() - started < 15, path  # 600 drips would take 30 s
            assert result.signer.sub_indication == "TRY_LATER", path
            assert result.signer.revocation is not None
            assert result.signer.revocation.detail == "ocsp_reply_too_large", path
    finally:
        server.stop()


def _with_signed_data_crls(p7s: bytes, *crls: bytes) -> bytes:
    """The signature with CRLs in SignedData's own `crls` field ([1] IMPLICIT, RFC 5652)."""
    outer = der.parse(p7s)
    oid, wrapped = der.seq(outer)
    signed = der.parse(wrapped.value)
    fields = [t.raw for t in der.iter_tlvs(signed.value)]
    fields.insert(len(fields) - 1, der.e_ctx(1, b"".join(crls)))  # before signerInfos
    return der.e_seq(oid.raw, der.e_ctx(0, der.e_seq(*fields)))


def test_crl_in_the_signed_data_field(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _person(qtsp, status_by="crl")
    plain = sign_cades(CONTENT, key.signer(), tsp_url=qtsp.tsp_url)
    good = write(tmp_path / "good.p7s", _with_signed_data_crls(plain, qtsp.crl()))
    code, data = _verify(capsys, "--offline", "--trusted", ca_pem, good)
    assert code == 0 and data["signers"][0]["revocation"]["source"] == "signature-crl"
    assert _openssl_cms_ok(good.read_bytes(), ca_pem, tmp_path)
    qtsp.revoke(key.certificate, when=datetime.now(UTC) - timedelta(days=1))
    revoked = write(tmp_path / "revoked.p7s", _with_signed_data_crls(plain, qtsp.crl()))
    code, data = _verify(capsys, "--offline", "--trusted", ca_pem, revoked)
    assert code == 1 and data["signers"][0]["sub_indication"] == "REVOKED"


def test_a_carried_good_answer_must_be_current_at_signing(
    qtsp: TestQTSP, ca_pem: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An OCSP 'good' from days before the signature, or a CRL that had expired by then, says
    nothing about the signing time: it is not used (and offline, nothing else is)."""
    key = _person(qtsp, not_before=datetime.now(UTC) - timedelta(days=10))
    plain = sign_cades(CONTENT, key.signer(), tsp_url=qtsp.tsp_url)
    real_clock = qtsp.clock
    qtsp.clock = lambda: datetime.now(UTC) - timedelta(days=3)
    try:
        old_ocsp, old_crl = _basic_ocsp(qtsp, key), qtsp.crl()
    finally:
        qtsp.clock = real_clock
    for name, values in (
        ("ocsp", {"ocsp_vals": (old_ocsp,)}),
        ("crl", {"crl_vals": (old_crl,)}),
    ):
        p7s = write(tmp_path / f"old-{name}.p7s", _with_revocation_values(plain, key, **values))
        code, data = _verify(capsys, "--offline", "--trusted", ca_pem, p7s)
        assert code == 0 and data["signers"][0]["revocation"]["status"] == "not_checked", name
        # online, the responder is asked instead
        code, data = _verify(capsys, "--trusted", ca_pem, p7s)
        assert code == 0 and data["signers"][0]["revocation"]["source"] == "ocsp", name
