"""`key-info`, `sign`, `verify` as a director (or a script) runs them."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ehealth_wizard.cli import main
from ehealth_wizard.core.payload import build_payload, canonical_bytes, load_registration_file
from ehealth_wizard.sandbox.qtsp import IssuedKey, TestQTSP
from tests.signing.conftest import LLC, LLC_PAYLOAD, PASSWORD, Keys, openssl, write


def llc_payload_bytes() -> bytes:
    return canonical_bytes(build_payload(load_registration_file(LLC_PAYLOAD)))


INFO_KEYS = {
    "surname",
    "given_names",
    "full_name",
    "rnokpp",
    "edrpou",
    "organization",
    "is_seal",
    "key_usage",
    "not_before",
    "not_after",
    "issuer",
    "serial",
    "algorithm",
    "ocsp_url",
    "tsp_url",
}


@pytest.fixture
def key_files(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(issued: IssuedKey) -> tuple[Path, Path]:
        key = write(tmp_path / f"{issued.certificate.serial_number}.pfx", issued.pkcs12(PASSWORD))
        pw = tmp_path / "password.txt"
        pw.write_text(PASSWORD + "\n", "utf-8")
        return key, pw

    return make


def openssl_cms_verify(p7s: Path, ca_pem: Path, content_out: Path):  # type: ignore[no-untyped-def]
    """The independent verifier: OpenSSL checks the CMS and writes the signed content out."""
    return openssl(
        "cms",
        "-verify",
        "-inform",
        "DER",
        "-in",
        p7s,
        "-CAfile",
        ca_pem,
        "-purpose",
        "any",
        "-binary",
        "-out",
        content_out,
    )


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_key_info_json(keys: Keys, key_files, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    key, pw = key_files(keys.director)
    code, out, _ = _run(capsys, "key-info", "--json", "--key", key, "--password-file", pw)
    assert code == 0
    data = json.loads(out)
    assert data.keys() >= INFO_KEYS
    assert data["surname"] == "Бондаренко" and data["edrpou"] == "43127656"
    assert data["key_usage"] == ["digital_signature", "non_repudiation"]
    assert data["is_seal"] is False and data["algorithm"] == "ECDSA P-256"
    datetime.fromisoformat(data["not_before"])

    code, out, _ = _run(capsys, "key-info", "--key", key, "--password-file", pw)
    assert code == 0 and "surname: Бондаренко" in out


def test_key_info_errors_are_words_not_tracebacks(
    keys: Keys,
    key_files,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    key, _ = key_files(keys.director)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "wrong password")
    code, _, err = _run(capsys, "key-info", "--key", key)
    assert code == 2 and err.startswith("error: The password does not fit")
    junk = write(tmp_path / "junk.pfx", os.urandom(512))
    code, _, err = _run(
        capsys, "key-info", "--key", junk, "--password-file", key_files(keys.director)[1]
    )
    assert code == 2 and "not a key container" in err and "Traceback" not in err


def test_sign_then_verify_cades_t(
    keys: Keys,
    key_files,
    tmp_path: Path,
    ca_pem: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    key, pw = key_files(keys.director)
    out_file = tmp_path / "signed.p7s"
    code, out, _ = _run(capsys, "sign", LLC, "--key", key, "--password-file", pw, "-o", out_file)
    assert code == 0, out
    assert "CAdES-T" in out
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600

    code, out, _ = _run(capsys, "verify", "--json", out_file)
    assert code == 1  # the test CA is not in the trust list: cannot be confirmed
    data = json.loads(out)
    assert data["indication"] == "INDETERMINATE"
    assert data["signers"][0]["sub_indication"] == "NO_CERTIFICATE_CHAIN_FOUND"
    code, out, _ = _run(capsys, "verify", "--json", "--trusted", ca_pem, out_file)
    assert code == 0
    data = json.loads(out)
    assert data["valid"] and data["signatures"] == 1 and data["seals"] == 0
    assert data["indication"] == "TOTAL-PASSED"
    (signer,) = data["signers"]
    assert signer["timestamp"]["valid"] and signer["signer"]["surname"] == "Бондаренко"
    content = canonical_bytes(build_payload(load_registration_file(LLC)))
    import hashlib

    assert data["content_digest"] == hashlib.sha256(content).hexdigest()
    result = openssl_cms_verify(out_file, ca_pem, tmp_path / "content.json")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "content.json").read_bytes() == content

    code, out, _ = _run(capsys, "verify", "--trusted", ca_pem, out_file)
    assert code == 0 and out.startswith("valid") and "time-stamp:" in out

    from asn1crypto import cms

    si = cms.ContentInfo.load(out_file.read_bytes())["content"]["signer_infos"][0]
    token = write(tmp_path / "token.der", si["unsigned_attrs"][0]["values"][0].dump())
    stamped = write(tmp_path / "sig.bin", si["signature"].native)
    ts = openssl("ts", "-verify", "-in", token, "-token_in", "-data", stamped, "-CAfile", ca_pem)
    assert ts.returncode == 0, ts.stderr

    der = out_file.read_bytes()
    i = der.index(content) + 10
    tampered = write(tmp_path / "tampered.p7s", der[:i] + bytes([der[i] ^ 1]) + der[i + 1 :])
    code, out, _ = _run(capsys, "verify", "--json", "--trusted", ca_pem, tampered)
    assert code == 1 and json.loads(out)["signers"][0]["status"] == "cades_content_mismatch"


def test_sign_payload_bes_with_fixed_time(
    keys: Keys,
    key_files,
    tmp_path: Path,
    ca_pem: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    key, pw = key_files(keys.director_rsa)
    out_file = tmp_path / "bes.p7s"
    code, out, _ = _run(
        capsys,
        "sign",
        LLC_PAYLOAD,
        "--key",
        key,
        "--password-file",
        pw,
        "--no-tsp",
        "--signing-time",
        "2026-11-20T10:00:00+02:00",
        "-o",
        out_file,
    )
    assert code == 0 and "CAdES-BES" in out
    code, out, _ = _run(capsys, "verify", "--json", "--trusted", ca_pem, out_file)
    data = json.loads(out)
    assert code == 0
    assert data["signers"][0]["signing_time"] == "2026-11-20T08:00:00+00:00"
    assert data["signers"][0]["timestamp"] is None
    result = openssl_cms_verify(out_file, ca_pem, tmp_path / "content.json")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "content.json").read_bytes() == llc_payload_bytes()


def test_sign_refuses_with_preflight_problems(
    keys: Keys,
    key_files,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    expectations = {
        "expired": "signer_cert_expired",
        "seal": "signer_is_seal",
        "other_edrpou": "signer_edrpou_mismatch",
        "key_agreement": "signer_cert_not_for_signing",
        "revoked": "signer_cert_revoked",  # via the live OCSP responder
    }
    for which, expected in expectations.items():
        key, pw = key_files(getattr(keys, which))
        out_file = tmp_path / f"{which}.p7s"
        code, out, _ = _run(
            capsys, "sign", LLC, "--key", key, "--password-file", pw, "--json", "-o", out_file
        )
        assert code == 1, which
        lines = [json.loads(line) for line in out.splitlines()]
        assert expected in {p["code"] for p in lines}, (which, lines)
        assert all({"path", "code", "message", "severity", "params"} <= p.keys() for p in lines)
        assert not out_file.exists()


def test_no_preflight_and_verify_at(
    keys: Keys,
    key_files,
    tmp_path: Path,
    ca_pem: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    key, pw = key_files(keys.expired)
    out_file = tmp_path / "resigned.p7s"
    when = (datetime.now(UTC) - timedelta(days=200)).isoformat()
    code, _, _ = _run(
        capsys,
        "sign",
        LLC,
        "--key",
        key,
        "--password-file",
        pw,
        "--no-tsp",
        "--no-preflight",
        "--signing-time",
        when,
        "-o",
        out_file,
    )
    assert code == 0
    code, out, _ = _run(capsys, "verify", "--json", "--trusted", ca_pem, out_file)
    assert code == 1 and json.loads(out)["signers"][0]["status"] == "cades_cert_expired"
    code, _, _ = _run(capsys, "verify", "--at", when, "--trusted", ca_pem, out_file)
    assert code == 0


def test_tsp_address_needed(
    qtsp: TestQTSP,
    llc,
    key_files,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    d = llc.director
    plain = qtsp.issue(
        surname=d.last_name,
        given_names=d.first_name,
        rnokpp=d.tax_id,
        edrpou=llc.facility.edrpou,
        with_urls=False,
    )
    key, pw = key_files(plain)
    code, _, err = _run(
        capsys, "sign", LLC, "--key", key, "--password-file", pw, "-o", tmp_path / "x.p7s"
    )
    assert code == 2 and "--no-tsp" in err
    code, _, _ = _run(
        capsys,
        "sign",
        LLC,
        "--key",
        key,
        "--password-file",
        pw,
        "--tsp",
        qtsp.tsp_url,
        "-o",
        tmp_path / "x.p7s",
    )
    assert code == 0


def test_sign_refuses_an_invalid_registration_before_asking_for_the_password(
    keys: Keys,
    key_files,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = LLC.parent.parent / "broken" / "birth_date_mismatch.draft.json"
    key, _ = key_files(keys.director)

    def no_prompt(prompt: str = "") -> str:
        raise AssertionError("asked for the password")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    code, out, _ = _run(capsys, "sign", broken, "--key", key, "--json", "-o", tmp_path / "x.p7s")
    assert code == 1
    assert all(json.loads(line)["severity"] in ("error", "warning") for line in out.splitlines())
    assert not (tmp_path / "x.p7s").exists()


BROKEN = sorted((LLC.parent.parent / "broken").glob("*.json"))


@pytest.mark.parametrize("broken", BROKEN, ids=[p.name for p in BROKEN])
def test_sign_refuses_exactly_what_check_refuses(
    broken: Path,
    keys: Keys,
    key_files,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`sign` runs the very checks of `check` (same problems, same JSON lines, exit 1)."""
    key, _ = key_files(keys.director)

    def no_prompt(prompt: str = "") -> str:
        raise AssertionError("asked for the password")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    check_code, check_out, _ = _run(capsys, "check", "--json", broken)
    assert check_code == 1 and check_out.strip()
    code, out, _ = _run(capsys, "sign", broken, "--key", key, "--json", "-o", tmp_path / "x.p7s")
    assert code == 1
    assert out == check_out
    assert not (tmp_path / "x.p7s").exists()
