"""A damaged draft file is moved aside, the backup loaded and the event reported: every case."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ehealth_wizard.core.drafts import DraftRecovered, DraftStore, DraftTooNew, LoadResult
from ehealth_wizard.core.model import Registration, set_path
from ehealth_wizard.core.texts import TEXTS, describe


def reg_named(name: str) -> Registration:
    return set_path(Registration.empty(), "$.name", name)


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path)


def saved_twice(store: DraftStore) -> str:
    """A draft saved as "Стара" and then "Нова": main holds Нова, the backup Стара."""
    draft = store.new_draft(reg_named("Стара"))
    store.save(draft)
    draft.registration = reg_named("Нова")
    store.save(draft)
    return draft.draft_id


def _truncate(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _garbage_inside(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"meta"', '"meta" ::', 1), encoding="utf-8")


def _not_utf8(path: Path) -> None:
    path.write_bytes(b'{"schema_version": 2, "title": "\xcf\xf0\xe8\xe2\xb3\xf2"}')  # cp1251


def _zeros(path: Path) -> None:  # what a power cut can leave on some file systems
    path.write_bytes(b"\x00" * 4096)


def _a_list(path: Path) -> None:
    path.write_text("[1, 2, 3]", encoding="utf-8")


def _no_registration(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["registration"]
    path.write_text(json.dumps(doc), encoding="utf-8")


def _registration_of_wrong_type(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["registration"]["facility"] = ["not", "an", "object"]
    path.write_text(json.dumps(doc), encoding="utf-8")


def _meta_of_wrong_type(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["meta"]["step"] = 7
    path.write_text(json.dumps(doc), encoding="utf-8")


def _version_is_text(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["schema_version"] = "two"
    path.write_text(json.dumps(doc), encoding="utf-8")


def _a_folder_in_its_place(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _symlink_loop(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.name)  # ELOOP: unreadable, even for root


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncate, "truncated"),
    "empty": (_empty, "truncated"),
    "garbage": (_garbage_inside, "bad_json"),
    "not_utf8": (_not_utf8, "not_utf8"),
    "zeros": (_zeros, "truncated"),
    "a_list": (_a_list, "wrong_shape"),
    "no_registration": (_no_registration, "wrong_shape"),
    "registration_wrong_type": (_registration_of_wrong_type, "wrong_shape"),
    "meta_wrong_type": (_meta_of_wrong_type, "wrong_shape"),
    "version_is_text": (_version_is_text, "wrong_shape"),
    "a_folder": (_a_folder_in_its_place, "unreadable"),
    "symlink_loop": (_symlink_loop, "unreadable"),
}


def assert_texts_render(result: LoadResult) -> None:
    for event in result.events:
        assert event.code in TEXTS
        assert "{" not in describe(event.code, event.params)  # every placeholder filled


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_damaged_main_file_falls_back_to_the_backup(store: DraftStore, case: str) -> None:
    damage, reason = DAMAGE[case]
    draft_id = saved_twice(store)
    main = store.main_path(draft_id)
    damage(main)
    damaged_bytes = main.read_bytes() if main.is_file() and not main.is_symlink() else None

    result = store.load(draft_id)

    assert result.recovered
    assert [e.code for e in result.events] == [
        f"drafts.damaged.{reason}",
        "drafts.recovered_from_backup",
    ]
    assert all(isinstance(e, DraftRecovered) for e in result.events)
    assert result.draft.registration == reg_named("Стара")
    assert_texts_render(result)
    # The damaged file was kept (moved aside, bytes intact), not deleted.
    moved = store.corrupt_paths(draft_id)
    assert [str(p) for p in moved] == [result.events[0].params["moved_to"]]
    if damaged_bytes is not None:
        assert moved[0].read_bytes() == damaged_bytes
    # The backup became the main file again: the next load is clean, listing is normal.
    again = store.load(draft_id)
    assert again.events == []
    assert again.draft.registration == reg_named("Стара")
    assert [i.title for i in store.list()] == ["Стара"]


def _as_unprivileged_user(work: Callable[[], str]) -> str:
    """Run `work` in a forked child that dropped root (root reads 0000 files anyway)."""
    importlib.import_module("encodings.utf_8_sig")  # the child cannot reach the stdlib
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            os.close(read_end)
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write_end, work().encode())
            code = 0
        except BaseException as exc:
            os.write(write_end, repr(exc).encode())
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        out = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, out
    return out


NOBODY = 65534


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions")
def test_file_without_read_permission_falls_back_to_the_backup(tmp_path: Path) -> None:
    as_root = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="drafts-perm-")) if as_root else tmp_path
    try:
        store = DraftStore(base)
        draft_id = saved_twice(store)
        store.main_path(draft_id).chmod(0)
        if as_root:
            for path in (base, *base.rglob("*")):
                os.chown(path, NOBODY, NOBODY)

        def load() -> str:
            result = DraftStore(base).load(draft_id)
            name = result.draft.registration.facility.name
            return json.dumps({"codes": [e.code for e in result.events], "name": name})

        outcome = json.loads(_as_unprivileged_user(load) if as_root else load())
    finally:
        if as_root:
            shutil.rmtree(base)
    assert outcome == {
        "codes": ["drafts.damaged.unreadable", "drafts.recovered_from_backup"],
        "name": "Стара",
    }


def test_missing_main_file_with_a_backup(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    store.main_path(draft_id).unlink()
    result = store.load(draft_id)
    assert [e.code for e in result.events] == [
        "drafts.damaged.missing",
        "drafts.recovered_from_backup",
    ]
    assert result.draft.registration == reg_named("Стара")
    assert_texts_render(result)
    assert store.main_path(draft_id).exists()


def test_both_files_damaged_gives_an_empty_draft_and_keeps_both(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    store.main_path(draft_id).write_text("{oops", encoding="utf-8")
    store.backup_path(draft_id).write_bytes(b"\x00\x00")  # a power cut's zero-filled file

    result = store.load(draft_id)

    assert [e.code for e in result.events] == [
        "drafts.damaged.truncated",
        "drafts.damaged.truncated",
        "drafts.recovery_failed",
    ]
    assert_texts_render(result)
    assert result.draft.draft_id == draft_id
    assert result.draft.registration == Registration.empty()
    kept = {p.read_bytes() for p in store.corrupt_paths(draft_id)}
    assert kept == {b"{oops", b"\x00\x00"}
    # Saving the fresh draft starts over under the same id, the damaged copies stay.
    store.save(result.draft)
    assert store.load(draft_id).events == []
    assert len(store.corrupt_paths(draft_id)) == 2


def test_damaged_file_without_any_backup(store: DraftStore) -> None:
    draft = store.new_draft(reg_named("Одна"))
    store.save(draft)
    store.main_path(draft.draft_id).write_text('{"schema_version": 2, "registr', encoding="utf-8")
    result = store.load(draft.draft_id)
    assert [e.code for e in result.events] == ["drafts.damaged.truncated", "drafts.recovery_failed"]
    assert result.draft.registration == Registration.empty()
    assert len(store.corrupt_paths(draft.draft_id)) == 1


def test_damaged_backup_alone_is_not_touched_while_main_is_good(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    store.backup_path(draft_id).write_bytes(b"garbage")
    result = store.load(draft_id)
    assert result.events == []
    assert result.draft.registration == reg_named("Нова")


def test_a_damaged_main_file_never_overwrites_a_good_backup(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    store.main_path(draft_id).write_bytes(b"{broken")
    good_backup = store.backup_path(draft_id).read_bytes()
    other = DraftStore(store.folder.parent)  # e.g. the window had it open from before
    draft = other.new_draft(reg_named("Третя"))
    draft.draft_id = draft_id
    other.save(draft)
    assert store.backup_path(draft_id).read_bytes() == good_backup


def test_saving_over_a_damaged_main_file_sets_it_aside_first(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    store.main_path(draft_id).write_bytes(b"{broken")
    fresh = DraftStore(store.folder.parent)  # no memory of what it wrote
    draft = fresh.new_draft(reg_named("Третя"))
    draft.draft_id = draft_id
    assert fresh.save(draft)
    assert [p.read_bytes() for p in store.corrupt_paths(draft_id)] == [b"{broken"]
    assert fresh.load(draft_id).draft.registration == reg_named("Третя")


def test_saving_never_overwrites_a_draft_from_a_newer_program(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    path = store.main_path(draft_id)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["schema_version"] = 99
    path.write_text(json.dumps(doc), encoding="utf-8")
    draft = DraftStore(store.folder.parent).new_draft(reg_named("Третя"))
    draft.draft_id = draft_id
    with pytest.raises(DraftTooNew):
        DraftStore(store.folder.parent).save(draft)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 99


def test_backup_that_is_a_symlink_loop_is_reported_not_crashed_on(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    store.main_path(draft_id).write_bytes(b"")
    backup = store.backup_path(draft_id)
    backup.unlink()
    backup.symlink_to(backup.name)
    result = store.load(draft_id)
    assert [e.code for e in result.events] == [
        "drafts.damaged.truncated",
        "drafts.damaged.unreadable",
        "drafts.recovery_failed",
    ]


def test_list_reports_damage_without_moving_anything(store: DraftStore) -> None:
    draft_id = saved_twice(store)
    lost = store.new_draft(reg_named("Втрачена"))
    store.save(lost)
    store.main_path(draft_id).write_bytes(b"{broken")
    store.main_path(lost.draft_id).write_bytes(b"")
    before = sorted(p.name for p in store.folder.iterdir())

    infos = {i.draft_id: i for i in store.list()}

    assert infos[draft_id].damaged and infos[draft_id].title == "Стара"  # read from the backup
    assert infos[lost.draft_id].damaged and infos[lost.draft_id].title == ""
    assert sorted(p.name for p in store.folder.iterdir()) == before
