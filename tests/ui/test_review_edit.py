"""QA #1: «Змінити» on Review goes to the page asked for and never signs or sends.

A module of its own, so the module-scoped sandbox holds no registration from other tests.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QPushButton

from ehealth_wizard.core import flow
from ehealth_wizard.ui.demo import DEMO_EDRPOU
from tests.ui.conftest import wait_until


def test_edit_on_review_lands_on_the_page_and_sends_nothing(
    scenario_factory: Any, sandbox: Any
) -> None:
    sc = scenario_factory("uk")
    sc.fill_demo()
    sc.through_forms()
    sc.open_chosen_key()
    sc.window.next()
    assert sc.window.current_step is flow.Step.REVIEW
    review = sc.page("review")
    review.consent.setChecked(True)
    assert review.isComplete()
    facility_box = review._groups[0]
    edits = [b for b in facility_box.findChildren(QPushButton) if b.objectName() == "linkButton"]
    assert edits, "the facility group offers «Змінити»"
    edits[0].click()
    assert wait_until(lambda: sc.window.current_step is flow.Step.FACILITY, 5)
    # give any queued automatic Next every chance to run
    wait_until(lambda: False, 1.5)
    assert sc.window.current_step is flow.Step.FACILITY
    assert sc.page("submit").worker is None
    assert sc.session.draft.meta.submission is None
    assert sandbox.sandbox.store.list_entities(DEMO_EDRPOU) == []
    assert sandbox.sandbox.store.list_mail() == []
