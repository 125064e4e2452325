"""`tokens`, and `key-info` / `sign` with `--token LABEL --module PATH --pin-file F`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ehealth_wizard.cli import main
from ehealth_wizard.core.model import Registration
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_app import RunningServer
from tests.signing.conftest import LLC_PAYLOAD, openssl
from tests.signing.softhsm import PIN, SOFTHSM_MARKS, SOFTHSM_MODULE, SoftHsm, softhsm
from tests.signing.test_tokens import EC_ID, make_token

__all__ = ["softhsm"]

pytestmark = SOFTHSM_MARKS


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def pin_file(tmp_path: Path, pin: str = PIN) -> Path:
    path = tmp_path / "pin.txt"
    path.write_text(pin + "\n", "utf-8")
    return path


def test_tokens_lists_the_module_its_token_and_certificates(
    softhsm: SoftHsm, qtsp: TestQTSP, llc: Registration, capsys: pytest.CaptureFixture[str]
) -> None:
    token = make_token(softhsm, qtsp, llc, label="Director")
    code, out, _ = run(capsys, "tokens", "--module", SOFTHSM_MODULE, "--json")
    assert code == 0
    (module,) = json.loads(out)["modules"]
    assert module["path"] == SOFTHSM_MODULE and module["loaded"] and module["error"] is None
    (tok,) = module["tokens"]
    assert tok["label"] == "Director" and tok["serial"] and tok["pin"] == "normal"
    (cert,) = tok["certificates"]
    assert cert["id"] == EC_ID.hex() and cert["has_key"] and cert["can_sign"]
    assert cert["rnokpp"] == llc.director.tax_id
    assert int(cert["serial"], 16) == token.certs[EC_ID].serial_number
    code, out, _ = run(capsys, "tokens", "--module", SOFTHSM_MODULE)
    assert code == 0
    assert "token: Director" in out and f"certificate id {EC_ID.hex()}" in out


def test_tokens_with_a_missing_module_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "tokens", "--module", tmp_path / "libnone.so")
    assert code == 2
    assert "was not found" in err


def test_key_info_reads_the_facts_from_the_token(
    softhsm: SoftHsm,
    qtsp: TestQTSP,
    llc: Registration,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_token(softhsm, qtsp, llc)
    code, out, _ = run(
        capsys, "key-info", "--token", "T", "--module", SOFTHSM_MODULE,
        "--pin-file", pin_file(tmp_path), "--json",
    )  # fmt: skip
    assert code == 0
    info = json.loads(out)
    # without --module: the token is looked for in every module found (SoftHSM among them)
    code, out, _ = run(
        capsys, "key-info", "--token", "T", "--pin-file", pin_file(tmp_path), "--json"
    )
    assert code == 0 and json.loads(out) == info
    assert info["rnokpp"] == llc.director.tax_id
    assert info["edrpou"] == llc.facility.edrpou
    assert info["surname"] == llc.director.last_name
    assert info["algorithm"] == "ECDSA P-256"


def test_key_info_wrong_pin_and_missing_token_exit_2_with_their_words(
    softhsm: SoftHsm,
    qtsp: TestQTSP,
    llc: Registration,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["key-info", "--module", SOFTHSM_MODULE, "--json"]
    code, _, err = run(capsys, *base, "--token", "T", "--pin-file", pin_file(tmp_path))
    assert code == 2 and "No token is connected" in err
    make_token(softhsm, qtsp, llc)
    code, _, err = run(capsys, *base, "--token", "T", "--pin-file", pin_file(tmp_path, "0000"))
    assert code == 2 and "Wrong PIN for the token “T”" in err


def test_sign_with_the_token_gives_a_cades_t_that_verifies(
    softhsm: SoftHsm,
    qtsp_server: tuple[TestQTSP, RunningServer],
    llc: Registration,
    ca_pem: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    qtsp, _ = qtsp_server
    make_token(softhsm, qtsp, llc)
    out_file = tmp_path / "signed.p7s"
    code, out, err = run(
        capsys, "sign", LLC_PAYLOAD, "--token", "T", "--module", SOFTHSM_MODULE,
        "--pin-file", pin_file(tmp_path), "-o", out_file,
    )  # fmt: skip
    assert code == 0, out + err
    assert "CAdES-T" in out
    code, out, _ = run(capsys, "verify", "--trusted", ca_pem, "--json", out_file)
    assert code == 0 and json.loads(out)["valid"]
    done = openssl(
        "cms", "-verify", "-inform", "DER", "-in", out_file, "-CAfile", ca_pem, "-binary",
        "-purpose", "any", "-out", tmp_path / "content.json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
