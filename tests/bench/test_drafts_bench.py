"""What an autosave costs: a real change (backup + two fsync'd atomic writes), a save with
nothing changed (the window's timer fires often), and loading a draft."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from ehealth_wizard.core.drafts import DraftStore
from ehealth_wizard.core.model import Registration, set_path

FIXTURE = (
    Path(__file__).parents[1]
    / "fixtures"
    / "registrations"
    / "valid"
    / "fop_family_doctor.draft.json"
)


def _registration() -> Registration:
    doc = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return Registration.from_dict(doc["registration"])


def test_bench_save_after_an_edit(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    draft = store.new_draft(_registration())
    store.save(draft)
    names = ("Клініка А", "Клініка Б")
    counter = iter(range(10**9))

    def edit_and_save() -> bool:
        draft.registration = set_path(draft.registration, "$.name", names[next(counter) % 2])
        return store.save(draft)

    assert benchmark.pedantic(edit_and_save, rounds=40, warmup_rounds=2) is True


def test_bench_save_unchanged(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    draft = store.new_draft(_registration())
    store.save(draft)
    assert benchmark.pedantic(store.save, args=(draft,), rounds=200, warmup_rounds=5) is False


def test_bench_load(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    draft = store.new_draft(_registration())
    store.save(draft)
    result = benchmark.pedantic(store.load, args=(draft.draft_id,), rounds=100, warmup_rounds=2)
    assert result.draft.registration == draft.registration and result.events == []
