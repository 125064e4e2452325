"""The sandbox with DSTU demo keys: its QTSP issues a DSTU 4145 director key as Key-6.dat
(certificate beside it), the director signs CAdES-T through the sandbox's TSA on 127.0.0.1,
and the sandbox's signature service (the pipeline's "digital signature" stage) accepts it."""

from __future__ import annotations

from pathlib import Path

from ehealth_wizard.core.payload import canonical_bytes
from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades
from ehealth_wizard.core.signing.dstu_signer import DstuSigner
from ehealth_wizard.core.signing.keys import open_key
from ehealth_wizard.sandbox import demo, qtsp_dstu
from ehealth_wizard.sandbox.runner import start_sandbox

COMPANY = "22743189"  # resources/sandbox/edr.json: ТОВ, head Коваленко Олена Петрівна


def test_dstu_key6_demo_key_through_the_sandbox_signature_service(tmp_path: Path) -> None:
    qtsp_dstu.install(default_demo_format=False)  # the sandbox owner decides the default
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
        assert info.signer["drfo"]
        assert decoded.content == canonical_bytes(key.registration)
