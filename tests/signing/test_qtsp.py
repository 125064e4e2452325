"""The test QTSP keeps its state in a folder (keys 0600) and serves its CA certificate."""

from __future__ import annotations

import stat
from pathlib import Path

import httpx

from ehealth_wizard.core.signing.cades import sign_cades, verify_cades
from ehealth_wizard.core.signing.ocsp import OcspStatus, check_ocsp
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_app import serve_qtsp


def test_save_load_and_serve(tmp_path: Path) -> None:
    first = TestQTSP.create()
    with serve_qtsp(first) as server:
        issued = first.issue(surname="Шевченко", given_names="Тарас", rnokpp="1234567890")
        revoked = first.issue(surname="Франко", given_names="Іван", rnokpp="1234567891")
        first.revoke(revoked.certificate)
        first.save(tmp_path / "qtsp")
        for name in ("ca.key", "tsa.key", "state.json"):
            mode = stat.S_IMODE((tmp_path / "qtsp" / name).stat().st_mode)
            assert mode == 0o600, name
        with httpx.Client() as http:
            ca = http.get(f"{server.url}/ca.cer")
            assert ca.status_code == 200 and ca.content == first.ca_cert.dump()
            assert http.post(f"{server.url}/tsp", content=b"x").status_code == 415

    again = TestQTSP.load(tmp_path / "qtsp")
    assert again.ca_cert.dump() == first.ca_cert.dump()
    with serve_qtsp(again) as server:
        # the same CA (restored) answers for what the first one issued, on its new address
        url = f"{server.url}/ocsp"
        assert check_ocsp(issued.certificate, pool=issued.chain, url=url).status is OcspStatus.GOOD
        result = check_ocsp(revoked.certificate, pool=revoked.chain, url=url)
        assert result.status is OcspStatus.REVOKED
        der = sign_cades(b"{}", issued.signer(), tsp_url=f"{server.url}/tsp")
        assert verify_cades(der, trusted=[again.ca_cert]).valid
    assert TestQTSP.load_or_create(tmp_path / "qtsp").ca_cert.dump() == first.ca_cert.dump()
