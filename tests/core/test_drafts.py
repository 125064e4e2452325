"""DraftStore: round trip, owner-only atomic files, backup, idempotent autosave, several drafts,
export/import, migration of the version-1 layout."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from ehealth_wizard.core import atomic, drafts
from ehealth_wizard.core.drafts import (
    MIGRATIONS,
    SCHEMA_VERSION,
    V1_PAGES,
    Draft,
    DraftIdInvalid,
    DraftImportUnreadable,
    DraftMeta,
    DraftMigrated,
    DraftNotADraft,
    DraftNotFound,
    DraftStore,
    DraftTooNew,
    DraftWriteFailed,
    Submission,
    draft_document,
    read_draft_file,
)
from ehealth_wizard.core.model import Registration, set_path
from ehealth_wizard.core.payload import build_payload
from ehealth_wizard.core.texts import TEXTS


def reg_named(name: str, edrpou: str = "") -> Registration:
    reg = set_path(Registration.empty(), "$.name", name)
    return set_path(reg, "$.edrpou", edrpou) if edrpou else reg


def folder_names(store: DraftStore) -> set[str]:
    return {p.name for p in store.folder.iterdir()}


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path)


def test_round_trip_keeps_registration_and_meta(store: DraftStore) -> None:
    draft = store.new_draft(reg_named("Аптека «Подорожник»", "38123456"))
    draft.meta = DraftMeta(
        key_path="/home/director/keys/Key-6.dat",
        step="review",
        submission=Submission(server_url="http://127.0.0.1:8080", job_id="job-1"),
        extra={"window": {"width": 900}},
    )
    assert store.save(draft)
    loaded = store.load(draft.draft_id)
    assert loaded.events == []
    assert loaded.draft.registration == draft.registration
    assert loaded.draft.meta == draft.meta
    assert loaded.draft.created_at == draft.created_at
    assert loaded.draft.updated_at == draft.updated_at != ""
    doc = json.loads(store.main_path(draft.draft_id).read_text(encoding="utf-8"))
    assert doc["schema_version"] == SCHEMA_VERSION
    assert doc["draft_id"] == draft.draft_id
    assert doc["title"] == "Аптека «Подорожник»"
    assert doc["registration"] == draft.registration.to_dict()
    assert doc["meta"]["key_path"] == "/home/director/keys/Key-6.dat"
    assert doc["meta"]["submission"]["job_id"] == "job-1"
    assert "Аптека" in store.main_path(draft.draft_id).read_text(encoding="utf-8")  # readable


def test_new_draft_is_not_written_until_saved(store: DraftStore) -> None:
    draft = store.new_draft()
    assert draft.registration == Registration.empty()
    assert store.list() == []
    with pytest.raises(DraftNotFound):
        store.load(draft.draft_id)


def test_files_are_owner_only_and_folder_0700(store: DraftStore) -> None:
    old = os.umask(0)  # even a careless umask must not widen the modes
    try:
        draft = store.new_draft(reg_named("A"))
        store.save(draft)
        draft.registration = reg_named("B")
        store.save(draft)
    finally:
        os.umask(old)
    assert store.folder.stat().st_mode & 0o777 == 0o700
    for name in (f"{draft.draft_id}.json", f"{draft.draft_id}.json.bak"):
        assert (store.folder / name).stat().st_mode & 0o777 == 0o600
    assert folder_names(store) == {f"{draft.draft_id}.json", f"{draft.draft_id}.json.bak"}


def test_backup_holds_the_previous_save(store: DraftStore) -> None:
    draft = store.new_draft(reg_named("Перша"))
    store.save(draft)
    assert not store.backup_path(draft.draft_id).exists()
    for name, previous in (("Друга", "Перша"), ("Третя", "Друга")):
        draft.registration = reg_named(name)
        store.save(draft)
        backup = json.loads(store.backup_path(draft.draft_id).read_text(encoding="utf-8"))
        assert backup["registration"]["facility"]["name"] == previous
        assert store.load(draft.draft_id).draft.registration.facility.name == name


def test_saving_unchanged_content_writes_nothing(store: DraftStore, tmp_path: Path) -> None:
    draft = store.new_draft(reg_named("Клініка"))
    assert store.save(draft) is True
    before = store.main_path(draft.draft_id).stat()
    assert store.save(draft) is False
    draft.meta.step = "facility"
    assert store.save(draft) is True
    after_change = store.main_path(draft.draft_id).stat()
    assert after_change.st_ino != before.st_ino
    # A second program instance (no cache) sees the same content on disk and skips too.
    other = DraftStore(tmp_path)
    reloaded = other.load(draft.draft_id).draft
    assert other.save(reloaded) is False
    assert store.main_path(draft.draft_id).stat().st_ino == after_change.st_ino


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = store.new_draft(reg_named("Стара"))
    store.save(draft)
    old_bytes = store.main_path(draft.draft_id).read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    draft.registration = reg_named("Нова")
    with pytest.raises(DraftWriteFailed) as info:
        store.save(draft)
    assert info.value.params["error"] == "disk_full"  # a stable reason code, in plain words:
    assert "the disk is full" in str(info.value) and "No space left" not in str(info.value)
    monkeypatch.undo()
    assert store.main_path(draft.draft_id).read_bytes() == old_bytes
    assert store.backup_path(draft.draft_id).read_bytes() == old_bytes  # the backup step ran
    assert folder_names(store) == {f"{draft.draft_id}.json", f"{draft.draft_id}.json.bak"}
    assert store.save(draft) is True  # and it works once the disk is back


def test_several_drafts_list_and_find_by_edrpou(store: DraftStore) -> None:
    ids = []
    for name, edrpou, step in (
        ("Сімейний лікар ФОП Коваль", "3067305998", "director"),
        ("ТОВ «Клініка Здоров'я»", "38123456", "license"),
        ("", "", "facility"),
    ):
        draft = store.new_draft(reg_named(name, edrpou))
        draft.meta.step = step
        store.save(draft)
        ids.append(draft.draft_id)
        time.sleep(0.01)  # timestamps have millisecond resolution
    infos = store.list()
    assert {i.draft_id for i in infos} == set(ids)
    assert infos[0].draft_id == ids[2]  # newest first
    by_id = {i.draft_id: i for i in infos}
    assert by_id[ids[0]].title == "Сімейний лікар ФОП Коваль"
    assert by_id[ids[0]].step == "director"
    assert by_id[ids[2]].title == ""
    assert not any(i.damaged for i in infos)
    found = store.find_by_edrpou("38123456")
    assert found is not None and found.draft_id == ids[1]
    assert store.find_by_edrpou("99999999") is None
    assert store.find_by_edrpou("") is None


def test_title_falls_back_to_edrpou() -> None:
    draft = Draft("x1", registration=reg_named("", "38123456"))
    assert draft.title == "38123456"


def test_delete_removes_every_file_of_that_draft_only(store: DraftStore) -> None:
    keep = store.new_draft(reg_named("Лишається"))
    store.save(keep)
    gone = store.new_draft(reg_named("Видалити"))
    store.save(gone)
    gone.registration = reg_named("Видалити 2")
    store.save(gone)
    (store.folder / f"{gone.draft_id}.corrupt-20260101T000000Z.json").write_text("x")
    store.delete(gone.draft_id)
    assert folder_names(store) == {f"{keep.draft_id}.json"}
    with pytest.raises(DraftNotFound):
        store.delete(gone.draft_id)
    with pytest.raises(DraftNotFound):
        store.load(gone.draft_id)


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "", "a/b", "A B", ".hidden", "x" * 65])
def test_ids_that_are_not_safe_file_names_are_refused(store: DraftStore, bad_id: str) -> None:
    with pytest.raises(DraftIdInvalid):
        store.load(bad_id)
    with pytest.raises(DraftIdInvalid):
        store.save(Draft(bad_id))


def test_export_then_import_elsewhere_and_again_here(store: DraftStore, tmp_path: Path) -> None:
    draft = store.new_draft(reg_named("Клініка", "38123456"))
    draft.meta.key_path = "/media/usb/Key-6.dat"
    store.save(draft)
    exported = tmp_path / "out" / "draft.json"
    exported.parent.mkdir()
    assert store.export(draft.draft_id, exported) == []
    assert exported.stat().st_mode & 0o777 == 0o600
    assert json.loads(exported.read_text(encoding="utf-8")) == draft_document(draft)

    elsewhere = DraftStore(tmp_path / "other")
    imported = elsewhere.import_(exported)
    assert imported.draft_id == draft.draft_id  # the id was free there
    assert elsewhere.load(draft.draft_id).draft.registration == draft.registration
    assert elsewhere.load(draft.draft_id).draft.meta.key_path == "/media/usb/Key-6.dat"

    again = store.import_(exported)  # the id is taken here: a new one, nothing overwritten
    assert again.draft_id != draft.draft_id
    assert len(store.list()) == 2


def test_import_of_a_v2_request_and_of_a_saved_registration(
    store: DraftStore, tmp_path: Path
) -> None:
    reg = reg_named("", "38123456")
    reg = set_path(reg, "$.owner.first_name", "Петро")
    payload_file = tmp_path / "request.json"
    payload_file.write_text(json.dumps(build_payload(reg), ensure_ascii=False), encoding="utf-8")
    draft = store.import_(payload_file)
    assert draft.registration.facility.edrpou == "38123456"
    assert draft.registration.director.first_name == "Петро"
    assert store.find_by_edrpou("38123456") is not None

    reg_file = tmp_path / "registration.json"
    reg_file.write_text(json.dumps(reg.to_dict(), ensure_ascii=False), encoding="utf-8")
    assert store.import_(reg_file).registration == reg


@pytest.mark.parametrize(
    "content", [b"", b"not json", b'["a list"]', b'{"some": "thing"}', b"\xff\xfe\x00"]
)
def test_import_of_something_else_is_refused(
    store: DraftStore, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "thing.json"
    path.write_bytes(content)
    with pytest.raises(DraftNotADraft) as info:
        store.import_(path)
    assert str(path) in str(info.value)
    assert store.list() == []


def test_import_of_a_missing_file(store: DraftStore, tmp_path: Path) -> None:
    with pytest.raises(DraftImportUnreadable):
        store.import_(tmp_path / "nope.json")


# -- format versions ------------------------------------------------------------------------


def v1_file(reg: Registration, *, page: int, key_file: str, draft_id: str) -> bytes:
    """A draft as the version-1 prototype wrote it."""
    return json.dumps(
        {
            "version": 1,
            "id": draft_id,
            "saved": 1767225600.5,  # 2026-01-01T00:00:00Z
            "data": reg.to_dict(),
            "key_file": key_file,
            "page": page,
        },
        ensure_ascii=False,
    ).encode("utf-8")


def test_every_older_version_has_a_migration() -> None:
    assert set(MIGRATIONS) == set(range(1, SCHEMA_VERSION))


def test_version_1_draft_is_migrated_on_load(store: DraftStore) -> None:
    reg = reg_named("Стара клініка", "38123456")
    store.folder.mkdir(parents=True)
    raw = v1_file(
        reg, page=V1_PAGES.index("director"), key_file="C:\\Keys\\Key-6.dat", draft_id="old1"
    )
    store.main_path("old1").write_bytes(raw)

    result = store.load("old1")
    assert [type(e) for e in result.events] == [DraftMigrated]
    assert result.events[0].code == "drafts.migrated"
    assert result.events[0].params == {"from_version": 1, "to_version": SCHEMA_VERSION}
    draft = result.draft
    assert draft.registration == reg
    assert draft.meta.step == "director"
    assert draft.meta.key_path == "C:\\Keys\\Key-6.dat"
    assert draft.meta.submission is None
    assert draft.created_at == "2026-01-01T00:00:00+00:00"
    # Rewritten in the current format; the old file is kept as the backup.
    doc = json.loads(store.main_path("old1").read_text(encoding="utf-8"))
    assert doc["schema_version"] == SCHEMA_VERSION
    assert doc["title"] == "Стара клініка"
    assert store.backup_path("old1").read_bytes() == raw
    again = store.load("old1")
    assert again.events == []
    assert again.draft.registration == reg
    assert [i.title for i in store.list()] == ["Стара клініка"]


def test_read_draft_file_reads_any_version_without_a_store(tmp_path: Path) -> None:
    reg = reg_named("Стара клініка")
    old = tmp_path / "old.json"
    old.write_bytes(v1_file(reg, page=1, key_file="", draft_id="old1"))
    draft = read_draft_file(old)
    assert (draft.draft_id, draft.registration, draft.meta.step) == ("old1", reg, "facility")
    junk = tmp_path / "junk.json"
    junk.write_text("[]", encoding="utf-8")
    with pytest.raises(DraftNotADraft):
        read_draft_file(junk)
    with pytest.raises(DraftImportUnreadable):
        read_draft_file(tmp_path / "missing.json")


def test_version_1_page_indices_map_to_current_steps(store: DraftStore) -> None:
    store.folder.mkdir(parents=True)
    for page, step in enumerate(V1_PAGES):
        draft_id = f"p{page}"
        store.main_path(draft_id).write_bytes(
            v1_file(Registration.empty(), page=page, key_file="", draft_id=draft_id)
        )
        assert store.load(draft_id).draft.meta.step == step


def test_a_draft_from_a_newer_program_is_left_alone(store: DraftStore) -> None:
    draft = store.new_draft(reg_named("Нова"))
    store.save(draft)
    path = store.main_path(draft.draft_id)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["schema_version"] = SCHEMA_VERSION + 1
    raw = json.dumps(doc).encode()
    path.write_bytes(raw)
    with pytest.raises(DraftTooNew) as info:
        store.load(draft.draft_id)
    assert info.value.params["version"] == SCHEMA_VERSION + 1
    assert path.read_bytes() == raw
    assert folder_names(store) == {path.name}


def test_stale_temp_files_are_swept_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    stale = folder / ".abc.json.x1y2.tmp"
    fresh = folder / ".abc.json.z3w4.tmp"  # a writer killed a moment ago
    for path in (stale, fresh):
        path.write_text("{")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    store = DraftStore(tmp_path)
    assert not stale.exists()
    assert not fresh.exists()  # no writer holds it (tests/core/test_files_hardening.py)
    assert store.list() == []


def test_every_drafts_code_has_a_text() -> None:
    codes = {
        cls.code
        for cls in vars(drafts).values()
        if isinstance(cls, type) and issubclass(cls, drafts.DraftError)
    }
    codes |= {f"drafts.damaged.{r}" for r in drafts.DAMAGE_REASONS}
    codes |= {"drafts.recovered_from_backup", "drafts.recovery_failed", "drafts.migrated"}
    missing = sorted(code for code in codes if code not in TEXTS)
    assert missing == []
