"""`key-info`, `sign`, `verify` with Ukrainian containers: Key-6.dat + a separate .cer, a GOST
.pfx (certificate inside, CAdES-T through a DSTU TSA on 127.0.0.1) and a PrivatBank-style .jks.
The CLI runs in-process (`cli.main`), exactly as the console script does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ehealth_wizard.cli import main
from ehealth_wizard.core.signing.containers import jks, key6dat
from ehealth_wizard.core.signing.containers.dstu_key import encode_private_key_info
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_app import serve_qtsp
from tests.signing import ua_keys as V

REGISTRATION = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "registrations"
    / "valid"
    / "llc_outpatient_clinic.payload.json"
)


@pytest.fixture(scope="module")
def dstu_world() -> Iterator[TestQTSP]:
    qtsp = TestQTSP.create(key_type=qtsp_dstu.KEY_TYPE)
    with serve_qtsp(qtsp):
        yield qtsp


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def _password_file(tmp_path: Path, password: str) -> str:
    path = tmp_path / "password.txt"
    path.write_text(password + "\n", "utf-8")
    return str(path)


def test_cli_key6dat_with_separate_certificate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # key-info unlocks the real Key-6.dat through the real KDF; `sign` then reuses that
    # derived key instead of running the same 10 000 hashes again
    real_derive = key6dat.derive_key
    derived: dict[bytes, bytes] = {}

    def derive_once(password: bytes, progress: object = None) -> bytes:
        if password not in derived:
            derived[password] = real_derive(password, progress)  # type: ignore[arg-type]
        return derived[password]

    monkeypatch.setattr(key6dat, "derive_key", derive_once)
    cert = tmp_path / "director.cer"
    cert.write_bytes(V.cms_pem_signer_certificate().dump())
    pw = _password_file(tmp_path, V.KEY6_PASSWORD.decode())
    key = ["--key", str(V.KEY6), "--cert", str(cert), "--password-file", pw]
    code, out = _run(capsys, "key-info", *key, "--json")
    assert code == 0
    info = json.loads(out)
    assert info["surname"] == "Нестеренко" and info["algorithm"] == "DSTU 4145-2002 M257"
    p7s = tmp_path / "reg.p7s"
    code, out = _run(
        capsys, "sign", str(REGISTRATION), *key, "--no-tsp", "--no-preflight",
        "--signing-time", "2020-11-10T12:00:00+00:00", "-o", str(p7s),
    )  # fmt: skip
    assert code == 0, out
    code, out = _run(
        capsys, "verify", "--offline", str(p7s), "--at", "2020-11-10T12:00:00+00:00", "--json"
    )
    result = json.loads(out)
    assert code == 0 and result["valid"]
    assert result["signers"][0]["digest_algorithm"] == "gost34311"


def test_cli_gost_pfx_cades_t(
    dstu_world: TestQTSP, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, password, _cert = qtsp_dstu.issue_dstu_director_key(
        dstu_world, "pkcs12", iterations=100, surname="Бондаренко", given_names="Андрій",
        rnokpp="2800411372", edrpou="43127656", organization="ТОВ Клініка", title="Директор",
    )  # fmt: skip
    pfx = tmp_path / "key.pfx"
    pfx.write_bytes(data)
    key = ["--key", str(pfx), "--password-file", _password_file(tmp_path, password)]
    code, out = _run(capsys, "key-info", *key, "--json")
    assert code == 0 and json.loads(out)["rnokpp"] == "2800411372"
    p7s = tmp_path / "reg.p7s"
    code, out = _run(capsys, "sign", str(REGISTRATION), *key, "--no-preflight", "-o", str(p7s))
    assert code == 0, out
    assert "CAdES-T" in out
    ca = tmp_path / "ca.cer"
    ca.write_bytes(dstu_world.ca_cert.dump())
    code, out = _run(capsys, "verify", str(p7s), "--trusted", str(ca), "--json")
    result = json.loads(out)
    assert code == 0 and result["valid"] and result["signers"][0]["trusted"]
    assert result["signers"][0]["timestamp"]["valid"]
    # wrong password: exit 2 with the wrong-password text
    bad = ["--key", str(pfx), "--password-file", _password_file(tmp_path, password + "x")]
    assert main(["key-info", *bad]) == 2


def test_cli_jks(dstu_world: TestQTSP, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issued = dstu_world.issue(
        key_type=qtsp_dstu.KEY_TYPE, surname="Ткаченко", given_names="Ольга", rnokpp="3012345678"
    )
    store = tmp_path / "key.jks"
    store.write_bytes(
        jks.write_jks(
            encode_private_key_info(issued.pair.private_key),
            [issued.cert_der(), dstu_world.ca_cert.dump()],
            store_password=b"store-pass",
            key_password=b"store-pass",
        )
    )
    key = ["--key", str(store), "--password-file", _password_file(tmp_path, "store-pass")]
    code, out = _run(capsys, "key-info", *key, "--json")
    assert code == 0 and json.loads(out)["surname"] == "Ткаченко"
    p7s = tmp_path / "reg.p7s"
    code, out = _run(
        capsys, "sign", str(REGISTRATION), *key, "--no-tsp", "--no-preflight", "-o", str(p7s)
    )
    assert code == 0, out
    ca = tmp_path / "ca.cer"
    ca.write_bytes(dstu_world.ca_cert.dump())
    code, out = _run(capsys, "verify", str(p7s), "--trusted", str(ca), "--json")
    assert code == 0 and json.loads(out)["valid"]
