"""`ehealth-wizard draft list|show|export|import|delete` with the global --data-dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ehealth_wizard.cli import main
from ehealth_wizard.core.drafts import DraftStore, draft_document
from ehealth_wizard.core.model import Registration, set_path
from ehealth_wizard.core.paths import ENV_DATA_DIR

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registrations" / "valid"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def two_drafts(data: Path) -> tuple[str, str]:
    store = DraftStore(data)
    first = store.new_draft(set_path(Registration.empty(), "$.name", "Аптека «Ромашка»"))
    first.meta.step = "license"
    store.save(first)
    second = store.new_draft(set_path(Registration.empty(), "$.edrpou", "38123456"))
    second.meta.step = "director"
    store.save(second)
    return first.draft_id, second.draft_id


def test_list_when_there_are_none(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(data), "draft", "list")
    assert (code, out) == (0, "")
    assert "No drafts" in err
    assert run(capsys, "--data-dir", str(data), "draft", "list", "--json")[:2] == (0, "")


def test_list_shows_id_title_updated_step(
    capsys: pytest.CaptureFixture[str], data: Path, two_drafts: tuple[str, str]
) -> None:
    first, second = two_drafts
    code, out, _ = run(capsys, "--data-dir", str(data), "draft", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "UPDATED", "STEP"]
    assert len(lines) == 3
    row = next(line for line in lines if line.startswith(first))
    assert "Аптека «Ромашка»" in row and row.rstrip().endswith("license")
    assert any(line.startswith(second) and "38123456" in line for line in lines)

    code, out, _ = run(capsys, "--data-dir", str(data), "draft", "list", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["draft_id"] for r in rows} == {first, second}
    by_id = {r["draft_id"]: r for r in rows}
    assert by_id[second]["title"] == "38123456"
    assert by_id[second]["step"] == "director"
    assert set(by_id[first]) == {"draft_id", "title", "edrpou", "updated_at", "step", "damaged"}


def test_show_prints_the_draft_json(
    capsys: pytest.CaptureFixture[str], data: Path, two_drafts: tuple[str, str]
) -> None:
    first, _ = two_drafts
    code, out, err = run(capsys, "--data-dir", str(data), "draft", "show", first)
    assert code == 0 and err == ""
    assert json.loads(out) == draft_document(DraftStore(data).load(first).draft)


def test_show_of_a_damaged_draft_warns_and_shows_the_backup(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    store = DraftStore(data)
    draft = store.new_draft(set_path(Registration.empty(), "$.name", "Стара"))
    store.save(draft)
    draft.registration = set_path(draft.registration, "$.name", "Нова")
    store.save(draft)
    store.main_path(draft.draft_id).write_bytes(b'{"schema_version": 2, "reg')
    code, out, err = run(capsys, "--data-dir", str(data), "draft", "show", draft.draft_id)
    assert code == 0
    assert json.loads(out)["title"] == "Стара"
    assert "warning: The draft file" in err and "cut short" in err
    assert "previous copy" in err


def test_unknown_or_bad_id_exits_2(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(data), "draft", "show", "deadbeef")
    assert (code, out) == (2, "")
    assert err.strip() == "error: There is no draft deadbeef."
    code, _, err = run(capsys, "--data-dir", str(data), "draft", "delete", "../../x")
    assert code == 2 and "not a valid draft id" in err


def test_export_import_delete(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, two_drafts: tuple[str, str]
) -> None:
    first, _ = two_drafts
    out_file = tmp_path / "export.json"
    code, _, _ = run(capsys, "--data-dir", str(data), "draft", "export", first, str(out_file))
    assert code == 0
    assert out_file.stat().st_mode & 0o777 == 0o600

    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "--data-dir", str(elsewhere), "draft", "import", str(out_file))
    assert (code, out.strip()) == (0, first)
    assert DraftStore(elsewhere).load(first).draft.registration.facility.name == "Аптека «Ромашка»"

    code, out, _ = run(capsys, "--data-dir", str(data), "draft", "import", "--json", str(out_file))
    row = json.loads(out)
    assert code == 0 and row["draft_id"] != first and row["title"] == "Аптека «Ромашка»"

    code, _, err = run(capsys, "--data-dir", str(data), "draft", "delete", first)
    assert code == 0 and "deleted" in err
    ids = {i.draft_id for i in DraftStore(data).list()}
    assert first not in ids and row["draft_id"] in ids
    assert run(capsys, "--data-dir", str(data), "draft", "delete", first)[0] == 2


def test_import_of_a_v2_request_fixture(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    payload = FIXTURES / "pharmacy.payload.json"
    code, out, _ = run(capsys, "--data-dir", str(data), "draft", "import", "--json", str(payload))
    assert code == 0
    edrpou = json.loads(payload.read_text(encoding="utf-8"))["edrpou"]
    assert json.loads(out)["edrpou"] == edrpou


def test_import_of_a_file_that_is_not_a_draft(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.json"
    junk.write_text('{"hello": "world"}', encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data), "draft", "import", str(junk))
    assert code == 2 and "neither a saved draft" in err
    code, _, err = run(capsys, "--data-dir", str(data), "draft", "import", str(tmp_path / "no"))
    assert code == 2 and "cannot be read" in err


def test_real_process_honours_the_environment_variable(tmp_path: Path) -> None:
    data = tmp_path / "env-data"
    store = DraftStore(data)
    draft = store.new_draft(set_path(Registration.empty(), "$.name", "Клініка з оточення"))
    store.save(draft)
    env = {**os.environ, ENV_DATA_DIR: str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "ehealth_wizard", "draft", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Клініка з оточення"
