"""The "*" on a form field agrees with the rules: a field is marked required exactly when the
core's validation reports an error on it once it is left empty.

The rules are asked, not restated: an empty registration with one blank item in every list,
then for each list item field the item with everything else filled. (The pages declare the
marks themselves: deriving them while the window is built would load validation, with
phonenumbers and email-validator, before the first window shows.)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ehealth_wizard.core.flow import Step
from ehealth_wizard.core.model import LIST_ITEM_FIELDS, Registration, append_item, set_path
from ehealth_wizard.core.problems import Severity
from ehealth_wizard.core.validation.rules import registration_problems
from ehealth_wizard.ui.pages.base import FormPage
from ehealth_wizard.ui.wizard import MainController, make_session


def _errors(reg: Registration) -> set[str]:
    return {
        p.path for p in registration_problems(reg, date.today()) if p.severity is Severity.ERROR
    }


def required_by_the_rules() -> set[str]:
    blank = Registration()
    for list_path in LIST_ITEM_FIELDS:
        blank = append_item(blank, list_path)
    required = _errors(blank)
    for list_path, names in LIST_ITEM_FIELDS.items():
        for target in names:
            reg = append_item(Registration(), list_path)
            for name in names:
                reg = set_path(reg, f"{list_path}[0].{name}", "" if name == target else "x")
            if f"{list_path}[0].{target}" in _errors(reg):
                required.add(f"{list_path}[0].{target}")
    return required


def test_every_form_field_is_marked_required_exactly_when_the_rules_require_it(
    qapp: Any, tmp_path: Path
) -> None:
    args = SimpleNamespace(server=None, profile=None, data_dir=str(tmp_path))
    window = MainController(make_session(args), "en").window
    required = required_by_the_rules()
    marked: dict[str, bool] = {}
    for step in (Step.FACILITY, Step.DIRECTOR, Step.LICENSE):
        page = window.pages[step]
        assert isinstance(page, FormPage)
        for path, field in page.fields.items():
            marked[path] = field.required
            assert field.label.text().endswith(" *") == field.required, path
    assert len(marked) > 30
    wrong = {
        path: is_marked for path, is_marked in marked.items() if is_marked != (path in required)
    }
    assert wrong == {}
    window.close()
