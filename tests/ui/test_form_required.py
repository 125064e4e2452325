"""The "*" on a form field is derived from the core's rules, never declared by a page.

Two links are checked, in several registration states (a company, a ФОП, a pharmacy, a started
accreditation), because which fields are required depends on the state:
- `core.field_rules.required_paths` agrees with validation: a field it names gets an error once
  it is left empty, and a field it does not name gets none. The rules are asked, not restated:
  every form field emptied in the state, plus, for each list row field, the row with its other
  fields filled.
- every field of the three form pages carries "*" exactly when `required_paths` names it, for
  the registration the window holds; a page that declared its own mark would disagree in one
  of the states (the ФОП has no legal form, the pharmacy needs its license number).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from ehealth_wizard.core.field_rules import required_paths
from ehealth_wizard.core.flow import Step
from ehealth_wizard.core.model import LIST_ITEM_FIELDS, Registration, append_item, set_path
from ehealth_wizard.core.problems import Severity
from ehealth_wizard.core.validation.rules import registration_problems
from ehealth_wizard.ui.pages.form import FormPage
from ehealth_wizard.ui.pages.form_spec import Row
from ehealth_wizard.ui.wizard import MainController, make_session

FORM_STEPS = (Step.FACILITY, Step.DIRECTOR, Step.LICENSE)
# The part of the state each case sets; everything else is empty.
STATES: dict[str, dict[str, str]] = {
    "company": {"$.edrpou": "38782323"},
    "fop": {"$.edrpou": "3067305998"},
    "pharmacy": {"$.type": "PHARMACY", "$.edrpou": "38782323"},
    "accreditation": {"$.accreditation.category": "FIRST"},
}


def _state(name: str) -> Registration:
    reg = Registration()
    for list_path in LIST_ITEM_FIELDS:
        reg = append_item(reg, list_path)
    for path, value in STATES[name].items():
        reg = set_path(reg, path, value)
    return reg


def _errors(reg: Registration) -> set[str]:
    return {
        p.path for p in registration_problems(reg, date.today()) if p.severity is Severity.ERROR
    }


def required_by_validation(reg: Registration, paths: Iterable[str]) -> set[str]:
    """Of `paths` (empty in `reg`), those validation reports once they are left empty."""
    wanted = set(paths)
    required = _errors(reg) & wanted
    for list_path, names in LIST_ITEM_FIELDS.items():
        for target in names:
            if f"{list_path}[0].{target}" not in wanted:
                continue
            row = reg
            for name in names:
                row = set_path(row, f"{list_path}[0].{name}", "" if name == target else "x")
            if f"{list_path}[0].{target}" in _errors(row):
                required.add(f"{list_path}[0].{target}")
    return required


@pytest.fixture(scope="module")
def window(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    args = SimpleNamespace(server=None, profile=None, data_dir=str(tmp_path_factory.mktemp("d")))
    window = MainController(make_session(args), "en").window
    yield window
    window.close()


def _form_fields(window: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for step in FORM_STEPS:
        page = window.pages[step]
        assert isinstance(page, FormPage)
        page.load()  # what showing the page does
        fields.update(page.fields)
    return fields


def test_a_page_table_cannot_declare_a_required_mark() -> None:
    assert "required" not in {f.name for f in dataclasses.fields(Row)}


@pytest.mark.parametrize("state", STATES)
def test_required_paths_is_what_validation_requires(window: Any, state: str) -> None:
    reg = _state(state)
    field_paths = set(_form_fields(window))
    empty = field_paths - set(STATES[state])
    derived = required_paths(reg) & empty
    assert len(empty) > 30
    assert derived == required_by_validation(reg, empty)


@pytest.mark.parametrize("state", STATES)
def test_every_form_field_is_marked_exactly_as_the_core_derives(window: Any, state: str) -> None:
    reg = _state(state)
    window.session.replace(reg)
    required = required_paths(reg)
    marked: dict[str, bool] = {}
    for path, field in _form_fields(window).items():
        marked[path] = field.required
        assert field.label.text() == field.plain_label + (" *" if field.required else ""), path
    wrong = {path: mark for path, mark in marked.items() if mark != (path in required)}
    assert wrong == {}
    expected = {
        "company": ("$.legal_form", "$.edrpou"),
        "fop": ("$.edrpou",),
        "pharmacy": ("$.license.license_number", "$.legal_form"),
        "accreditation": ("$.accreditation.category", "$.accreditation.order_no"),
    }[state]
    assert all(marked[path] for path in expected)
    if state == "fop":
        assert not marked["$.legal_form"]  # a ФОП is its owner: no legal form
    if state != "pharmacy":
        assert not marked["$.license.license_number"]
    if state != "accreditation":
        assert not marked["$.accreditation.category"]


def test_a_mark_follows_the_registration_while_the_page_is_open(window: Any) -> None:
    window.session.replace(_state("company"))
    page = window.pages[Step.LICENSE]
    page.load()
    category = page.fields["$.accreditation.category"]
    assert not category.required
    window.session.set("$.accreditation.order_no", "12")
    assert category.required and category.label.text().endswith(" *")
    window.session.set("$.accreditation.order_no", "")
    assert not category.required


def test_a_page_is_built_with_the_derived_marks(qapp: Any, tmp_path: Path) -> None:
    """Right as a page is built (before it is shown and reloaded), no mark of its own."""
    args = SimpleNamespace(server=None, profile=None, data_dir=str(tmp_path))
    window = MainController(make_session(args), "en").window
    required = required_paths(window.session.reg)
    for step in FORM_STEPS:
        page = window.pages[step]
        assert isinstance(page, FormPage)
        wrong = {p: f.required for p, f in page.fields.items() if f.required != (p in required)}
        assert wrong == {}, step
        assert any(f.required for f in page.fields.values())
    window.close()
