"""Any valid registration survives a draft round trip and is never mistaken for a secret."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from ehealth_wizard.core.drafts import DraftStore, find_secrets
from ehealth_wizard.core.model import Registration
from tests.fixtures.strategies import registrations


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reg=registrations())
def test_any_registration_round_trips_through_a_draft(reg: Registration) -> None:
    assert find_secrets(reg.to_dict()) == []
    with tempfile.TemporaryDirectory() as folder:
        store = DraftStore(Path(folder))
        draft = store.new_draft(reg)
        assert store.save(draft)
        loaded = DraftStore(Path(folder)).load(draft.draft_id)
        assert loaded.events == []
        assert loaded.draft.registration == reg
        assert store.save(loaded.draft) is False  # nothing changed: no write
