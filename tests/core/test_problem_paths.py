"""One rule for "this JSON path lies inside that one", shared by flow, validation and the pages."""

from __future__ import annotations

from ehealth_wizard.core.flow import Step, step_of_path
from ehealth_wizard.core.problems import Problem, Severity, belongs
from ehealth_wizard.core.validation import merge_problems


def test_a_path_belongs_to_itself_and_to_what_holds_it() -> None:
    assert belongs("$.owner", "$.owner")
    assert belongs("$.owner.last_name", "$.owner")
    assert belongs("$.owner.phones[0].number", "$.owner.phones")
    assert belongs("$.owner.phones[0].number", "$.owner.phones[0]")
    assert not belongs("$.owner", "$.owner.last_name")
    assert not belongs("$.owner_position", "$.owner")  # a common prefix is not containment
    assert not belongs("$.owner.phones_extra", "$.owner.phones")


def test_flow_and_validation_use_the_same_rule() -> None:
    assert step_of_path("$.owner.phones[1].type") is Step.DIRECTOR
    assert step_of_path("$.ownerx") is Step.FACILITY
    rule = Problem("$.owner.phones", "phones_required")
    schema_inside = Problem("$.owner.phones[0].number", "schema_format")
    schema_beside = Problem("$.owner_x", "schema_format")
    warning = Problem("$.email", "email_unusual", severity=Severity.WARNING)
    merged = merge_problems([rule, warning], [schema_inside, schema_beside])
    assert schema_inside not in merged  # covered by the rule's error on the list
    assert schema_beside in merged
