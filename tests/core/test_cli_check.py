"""`ehealth-wizard check` and `payload` on the fixtures: exit codes, paths, codes, output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ehealth_wizard import cli
from ehealth_wizard.core.payload import build_payload, canonical_bytes
from tests.fixtures import BROKEN_DIR, fixture_path, load_registration, valid_files

# broken fixture -> (path, code) that `check` must name. Each exists as a draft and, when the
# v2 request carries the field, as a payload.
EXPECTED = {
    "edrpou_checksum": ("$.edrpou", "edrpou_checksum"),
    "fop_edrpou_checksum": ("$.edrpou", "rnokpp_checksum"),
    "rnokpp_checksum": ("$.owner.tax_id", "rnokpp_checksum"),
    "birth_date_mismatch": ("$.owner.birth_date", "rnokpp_birth_date_mismatch"),
    "gender_mismatch": ("$.owner.gender", "rnokpp_gender_mismatch"),
    "phone_not_ukrainian": ("$.phones[0].number", "phone_not_ukrainian"),
    "phone_not_mobile": ("$.phones[0].number", "phone_not_mobile"),
    "license_expired": ("$.license.expiry_date", "license_expired"),
    "russian_letter_in_name": ("$.owner.last_name", "name_russian_letters"),
    "latin_letter_in_name": ("$.owner.first_name", "name_latin_letters"),
    "pharmacy_without_license_number": (
        "$.license.license_number",
        "license_number_required_for_pharmacy",
    ),
    "owner_position_not_allowed": ("$.owner.position", "owner_position_not_allowed"),
    "email_invalid": ("$.owner.email", "email_invalid"),
    "redirect_not_https": ("$.security.redirect_uri", "redirect_uri_not_https"),
    "zip_format": ("$.residence_address.zip", "zip_format"),
    "director_too_young": ("$.owner.birth_date", "director_too_young"),
    "kved_not_allowed_for_type": ("$.kveds", "kved_not_allowed_for_type"),
    "public_offer_not_accepted": ("$.public_offer.consent", "public_offer_consent_required"),
}
BROKEN = sorted(BROKEN_DIR.glob("*.json"))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ehealth_wizard", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        cwd=Path(__file__).parents[2],
    )


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_every_broken_fixture_is_expected() -> None:
    names = {p.name.split(".")[0] for p in BROKEN}
    assert names == set(EXPECTED)
    assert len(BROKEN) >= 2 * len(EXPECTED) - 1


@pytest.mark.parametrize("path", valid_files(), ids=lambda p: p.name)
def test_check_passes_valid_fixtures(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--json", str(path)]) == 0
    assert capsys.readouterr().out == ""
    assert cli.main(["check", str(path)]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_check_names_what_is_broken(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--json", str(path)]) == 1
    lines = json_lines(capsys.readouterr().out)
    expected_path, expected_code = EXPECTED[path.name.split(".")[0]]
    errors = [(d["path"], d["code"]) for d in lines if d["severity"] == "error"]
    assert errors == [(expected_path, expected_code)]
    for line in lines:
        assert {"path", "code", "message", "severity"} <= set(line)
        assert isinstance(line["message"], str)
        assert line["message"] and "{" not in line["message"]


def test_real_process_valid_and_broken() -> None:
    ok = run_cli("check", str(fixture_path("fop_family_doctor", "payload")))
    assert ok.returncode == 0, ok.stderr
    assert "ready to sign" in ok.stdout
    bad = run_cli("check", "--json", str(fixture_path("rnokpp_checksum", "payload", broken=True)))
    assert bad.returncode == 1, bad.stderr
    assert json_lines(bad.stdout) == [
        {
            "path": "$.owner.tax_id",
            "code": "rnokpp_checksum",
            "message": (
                "This РНОКПП has a mistake in it: its last (check) digit does not fit the other "
                "digits. Compare it with the director's tax number card."
            ),
            "severity": "error",
            "params": {},
        }
    ]
    text = run_cli("check", str(fixture_path("russian_letter_in_name", broken=True)))
    assert text.returncode == 1
    assert text.stdout.splitlines() == [
        "error: $.owner.last_name: Russian-only letters (э) are not allowed; "
        "use Ukrainian spelling. [name_russian_letters]"
    ]


def test_real_process_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{broken", encoding="utf-8")
    result = run_cli("check", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith("error: Cannot read")
    assert result.stdout == ""


@pytest.mark.parametrize(
    "content",
    [None, "{oops", "[]", '{"a": 1}', '{"schema_version": 2, "registration": {"facility": 5}}'],
)
def test_unreadable_or_unknown_files_exit_2(
    tmp_path: Path, content: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "file.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert cli.main(["check", str(path)]) == 2
    assert cli.main(["payload", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reg = load_registration("fop_family_doctor")
    data = reg.to_dict()
    data["facility"]["kveds"] = ["86.10"]  # primary care without 86.21: a warning
    path = tmp_path / "reg.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["check", "--json", str(path)]) == 0
    [line] = json_lines(capsys.readouterr().out)
    assert (line["path"], line["code"], line["severity"]) == (
        "$.kveds",
        "kved_primary_care_without_86_21",
        "warning",
    )
    assert cli.main(["check", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("warning: $.kveds:")
    assert out[1].startswith("ok: ")


def test_today_option(capsys: pytest.CaptureFixture[str]) -> None:
    path = fixture_path("license_expired", "payload", broken=True)
    assert cli.main(["check", "--today", "2024-06-01", str(path)]) == 0
    assert cli.main(["check", "--today", "2025-01-01", str(path)]) == 1


def test_payload_prints_canonical_json(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    expected = canonical_bytes(build_payload(load_registration("pharmacy")))
    for kind in ("draft", "payload"):
        assert cli.main(["payload", str(fixture_path("pharmacy", kind))]) == 0
        assert capsysbinary.readouterr().out == expected + b"\n"


def test_payload_writes_exact_bytes(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run_cli("payload", "-o", str(out), str(fixture_path("llc_outpatient_clinic")))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == canonical_bytes(
        build_payload(load_registration("llc_outpatient_clinic"))
    )


def test_payload_of_a_broken_file_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["payload", str(fixture_path("edrpou_checksum", broken=True))]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "[edrpou_checksum]" in captured.err


def test_check_on_a_file_that_is_not_json_says_where_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text("Директор: Коваленко\n", encoding="utf-8")
    assert cli.main(["check", str(notes)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"error: Cannot read {notes}: it is not a saved registration or draft (the text is broken "
        "at line 1, column 1).\n"
    )
    missing = tmp_path / "missing.json"
    assert cli.main(["check", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "the file or folder does not exist" in err and "No such file" not in err
