"""The sandbox with DSTU demo keys: its QTSP signs certificates, time-stamps and OCSP answers
with DSTU 4145; the default demo key is a DSTU 4145 key in a GOST PKCS#12 named key.p12 (and
IIT Key-6.dat on request, certificate beside it); the director signs CAdES-T through the
sandbox's TSA on 127.0.0.1 and the sandbox's signature service (the pipeline's "digital
signature" stage) accepts it. A sandbox data folder made before DSTU (ECDSA CA) keeps its CA
and keeps working. The end-to-end run over the default with its full 10 000 KDF rounds is
tests/integration/test_ehealth_cli.py; here the demo PKCS#12 is written with fewer rounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from asn1crypto import x509

from ehealth_wizard.core.payload import canonical_bytes
from ehealth_wizard.core.signing import dstu_spki
from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades, verify_cades
from ehealth_wizard.core.signing.containers import key6dat
from ehealth_wizard.core.signing.dstu_signer import DstuSigner
from ehealth_wizard.core.signing.keys import open_key
from ehealth_wizard.core.signing.ocsp import OcspStatus, check_ocsp
from ehealth_wizard.sandbox import demo, qtsp_dstu
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.runner import start_sandbox

COMPANY = "22743189"  # resources/sandbox/edr.json: ТОВ, head Коваленко Олена Петрівна


def _is_dstu(cert: x509.Certificate) -> bool:
    return cert.public_key["algorithm"]["algorithm"].dotted in dstu_spki.KEY_OIDS


def _signed_by_dstu(cert: x509.Certificate) -> bool:
    return cert["signature_algorithm"]["algorithm"].dotted in dstu_spki.KEY_OIDS


@pytest.fixture
def few_rounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qtsp_dstu, "DEMO_PKCS12_ITERATIONS", 200)


def _sign_and_decode(sandbox: object, key: demo.DemoKey, folder: Path) -> bytes:
    paths = demo.write_demo_key(key, folder)
    signer = open_key(paths[0], key.password)
    assert isinstance(signer, DstuSigner)
    try:
        der = sign_cades(canonical_bytes(key.registration), signer, tsp_url=default_tsp_url(signer))
    finally:
        signer.close()
    decoded = sandbox.pipeline.ds.decode_signed_content(der)  # type: ignore[attr-defined]
    (info,) = decoded.signatures
    assert info.is_valid, info.validation_error_message
    assert info.signer["drfo"]
    assert decoded.content == canonical_bytes(key.registration)
    return der


def test_the_default_demo_key_and_the_whole_qtsp_are_dstu(few_rounds: None, tmp_path: Path) -> None:
    with start_sandbox(tmp_path / "sandbox", stage_delay=0) as running:
        sandbox = running.sandbox
        qtsp = sandbox.qtsp.qtsp
        assert qtsp.ca.key_type == qtsp.tsa.key_type == qtsp_dstu.KEY_TYPE
        assert _is_dstu(qtsp.ca_cert) and _signed_by_dstu(qtsp.ca_cert)
        assert _signed_by_dstu(qtsp.tsa_cert)
        key = demo.issue_demo_key(sandbox, COMPANY)  # no format: the default
        assert (key.key_format, key.file_name) == ("pkcs12-dstu", "key.p12")
        cert = x509.Certificate.load(key.certificate_der)
        assert _is_dstu(cert) and _signed_by_dstu(cert)
        der = _sign_and_decode(sandbox, key, tmp_path / "key")
        result = verify_cades(der, trusted=[qtsp.ca_cert])
        timestamp = result.signer.timestamp
        assert timestamp is not None and timestamp.info is not None
        assert _is_dstu(timestamp.info.tsa)  # the time-stamp token is DSTU-signed
        ocsp = check_ocsp(cert, issuer=qtsp.ca_cert)  # the answer's signature is checked
        assert ocsp.status == OcspStatus.GOOD, ocsp.detail


def test_dstu_key6_demo_key_through_the_sandbox_signature_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Key-6.dat's KDF has no count to lower: writing the file runs the real 10 000 hashes,
    # opening it reuses that key instead of running the same hashes again
    real_derive = key6dat.derive_key
    derived: dict[bytes, bytes] = {}

    def derive_once(password: bytes, progress: object = None) -> bytes:
        if password not in derived:
            derived[password] = real_derive(password, progress)  # type: ignore[arg-type]
        return derived[password]

    monkeypatch.setattr(key6dat, "derive_key", derive_once)
    with start_sandbox(tmp_path / "sandbox", stage_delay=0) as running:
        sandbox = running.sandbox
        key = demo.issue_demo_key(sandbox, COMPANY, "valid", key_format="key6-dstu")
        assert key.file_name == "Key-6.dat"
        (tmp_path / "Key-6.dat").write_bytes(key.key_bytes)
        (tmp_path / "director.cer").write_bytes(key.certificate_der)
        signer = open_key(tmp_path / "Key-6.dat", key.password, tmp_path / "director.cer")
        assert isinstance(signer, DstuSigner)
        try:
            der = sign_cades(
                canonical_bytes(key.registration), signer, tsp_url=default_tsp_url(signer)
            )
        finally:
            signer.close()
        decoded = sandbox.pipeline.ds.decode_signed_content(der)
        (info,) = decoded.signatures
        assert info.is_valid, info.validation_error_message
        assert decoded.content == canonical_bytes(key.registration)


def test_a_sandbox_folder_from_before_dstu_keeps_its_ecdsa_ca(
    few_rounds: None, tmp_path: Path
) -> None:
    """An existing user's sandbox data: the QTSP state an earlier version saved (ECDSA CA)."""
    data = tmp_path / "sandbox"
    with start_sandbox(data, stage_delay=0) as running:
        url = running.url
    old = TestQTSP.create(base_url=f"{url}/qtsp")  # what the sandbox created before DSTU
    assert old.ca.key_type == "ecdsa-p256"
    old.save(data / "qtsp")  # replaces the state the first start made
    with start_sandbox(data, stage_delay=0) as running:
        sandbox = running.sandbox
        qtsp = sandbox.qtsp.qtsp
        assert qtsp.ca.key_type == "ecdsa-p256"  # kept, not migrated
        assert qtsp.ca_cert.dump() == old.ca_cert.dump()
        key = demo.issue_demo_key(sandbox, COMPANY)  # DSTU subject key under the ECDSA CA
        cert = x509.Certificate.load(key.certificate_der)
        assert _is_dstu(cert) and not _signed_by_dstu(cert)
        _sign_and_decode(sandbox, key, tmp_path / "key")
        ecdsa = demo.issue_demo_key(sandbox, COMPANY, key_format="pkcs12-ecdsa")
        signer = open_key(demo.write_demo_key(ecdsa, tmp_path / "ecdsa")[0], ecdsa.password)
        try:
            der = sign_cades(canonical_bytes(ecdsa.registration), signer, tsp_url=None)
        finally:
            signer.close()
        assert verify_cades(der, trusted=[old.ca_cert]).valid
