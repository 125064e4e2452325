"""The RFC 3161 client and the OCSP pre-check against responders really listening on 127.0.0.1."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator

import httpx
import pytest
from asn1crypto import tsp
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ehealth_wizard.core.problems import Severity
from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.errors import TspError
from ehealth_wizard.core.signing.ocsp import OcspStatus, check_ocsp
from ehealth_wizard.core.signing.preflight import ocsp_problems
from ehealth_wizard.core.signing.tsp import build_request, request_timestamp
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_app import RunningServer, serve_in_thread
from tests.signing.conftest import Keys


def _closed_port_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def liar(qtsp: TestQTSP) -> Iterator[RunningServer]:
    """A TSA that answers with real tokens for the wrong question, or with junk."""

    async def other_imprint(request: Request) -> Response:
        req = build_request("sha256", hashlib.sha256(b"something else").digest(), 7).dump()
        return Response(qtsp.tsp_respond(req))

    async def other_nonce(request: Request) -> Response:
        asked = tsp.TimeStampReq.load(await request.body())
        req = build_request("sha256", asked["message_imprint"]["hashed_message"].native, 1)
        return Response(qtsp.tsp_respond(req.dump()))

    async def junk(request: Request) -> Response:
        return Response(b"<html>proxy error</html>")

    async def refuse(request: Request) -> Response:
        return Response(qtsp.tsp_respond(b"not a request"))

    routes = [
        Route("/imprint", other_imprint, methods=["POST"]),
        Route("/nonce", other_nonce, methods=["POST"]),
        Route("/junk", junk, methods=["POST"]),
        Route("/refuse", refuse, methods=["POST"]),
    ]
    server = serve_in_thread(lambda url: Starlette(routes=routes))
    yield server
    server.stop()


def test_timestamp_round_trip(qtsp: TestQTSP) -> None:
    imprint = hashlib.sha256(b"signature value").digest()
    with httpx.Client(timeout=10) as http:
        token, info = request_timestamp(
            qtsp.tsp_url, "sha256", imprint, http=http, trusted=[qtsp.ca_cert]
        )
    assert info.imprint == imprint and info.digest_name == "sha256"
    assert info.nonce is not None and info.tsa.dump() == qtsp.tsa_cert.dump()
    assert token["content_type"].native == "signed_data"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/imprint", "tsp_imprint_mismatch"),
        ("/nonce", "tsp_nonce_mismatch"),
        ("/junk", "tsp_bad_response"),
        ("/refuse", "tsp_rejected"),
        ("/missing", "tsp_http_error"),
    ],
)
def test_timestamp_replies_that_do_not_check_out(liar: RunningServer, path: str, code: str) -> None:
    with pytest.raises(TspError) as err:
        request_timestamp(liar.url + path, "sha256", digests.digest("sha256", b"x"))
    assert err.value.code == code


def test_timestamp_unreachable() -> None:
    with pytest.raises(TspError) as err:
        request_timestamp(_closed_port_url() + "/tsp", "sha256", b"\x00" * 32, timeout=2)
    assert err.value.code == "tsp_unreachable"
    assert "{" not in str(err.value)
    assert err.value.params["reason"] == "refused"  # a plain reason and the host, no path
    assert "is not accepting connections" in str(err.value)
    assert "/tsp" not in str(err.value) and "ConnectError" not in str(err.value)


def test_ocsp_four_outcomes(qtsp: TestQTSP, keys: Keys) -> None:
    good = check_ocsp(keys.director.certificate, pool=keys.director.chain)
    assert good.status is OcspStatus.GOOD and good.url == qtsp.ocsp_url
    assert ocsp_problems(good) == []

    revoked = check_ocsp(keys.revoked.certificate, pool=keys.revoked.chain)
    assert revoked.status is OcspStatus.REVOKED and revoked.revoked_at is not None
    assert [p.code for p in ocsp_problems(revoked)] == ["signer_cert_revoked"]

    stranger = qtsp.issue(surname="Невідомий", rnokpp="1234567890")
    qtsp.issued.discard(stranger.certificate.serial_number)
    unknown = check_ocsp(stranger.certificate, pool=stranger.chain)
    assert unknown.status is OcspStatus.UNKNOWN
    assert [p.code for p in ocsp_problems(unknown)] == ["signer_cert_status_unknown"]

    down = check_ocsp(
        keys.director.certificate, pool=keys.director.chain, url=_closed_port_url(), timeout=2
    )
    assert down.status is OcspStatus.UNREACHABLE and down.detail == "ocsp_network_error"
    (problem,) = ocsp_problems(down)
    assert problem.code == "signer_ocsp_unreachable" and problem.severity is Severity.WARNING


def test_ocsp_fetches_the_issuer_and_checks_the_responder(qtsp: TestQTSP, keys: Keys) -> None:
    # No chain given: the issuer comes from the AIA caIssuers address (GET /ca.cer).
    assert check_ocsp(keys.director.certificate).status is OcspStatus.GOOD
    # A responder signing with a key that is not the issuer's is not believed.
    other = TestQTSP.create()
    with httpx.Client() as http:
        reply = http.post(
            qtsp.ocsp_url,
            content=b"junk",
            headers={"Content-Type": "application/ocsp-request"},
        )
    assert reply.status_code == 200
    from ehealth_wizard.core.signing.ocsp import build_request as ocsp_request
    from ehealth_wizard.core.signing.ocsp import interpret_response

    nonce = b"n" * 16
    forged = other.ocsp_respond(ocsp_request(keys.director.certificate, qtsp.ca_cert, nonce))
    result = interpret_response(forged, keys.director.certificate, qtsp.ca_cert, nonce=nonce)
    assert result.status is OcspStatus.UNREACHABLE and result.detail == "ocsp_signature_invalid"


def test_certificate_without_responder(qtsp: TestQTSP) -> None:
    plain = qtsp.issue(surname="Без", rnokpp="1234567890", with_urls=False)
    result = check_ocsp(plain.certificate, pool=plain.chain)
    assert result.status is OcspStatus.UNREACHABLE and result.detail == "ocsp_no_url"


def test_ocsp_cert_id_with_sha256(keys: Keys) -> None:
    result = check_ocsp(
        keys.director.certificate, pool=keys.director.chain, cert_id_digest="sha256"
    )
    assert result.status is OcspStatus.GOOD
