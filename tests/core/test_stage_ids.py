"""The stage ids are an interface (issue #4): one list, in the official order, on both sides."""

from __future__ import annotations

from ehealth_wizard.core.ehealth import errors, stages
from ehealth_wizard.sandbox import pipeline


def test_stage_ids_are_the_issues_in_its_order() -> None:
    assert stages.SUBMIT_STAGES == (
        "signature",
        "signer",
        "content",
        "kved",
        "edr",
        "license",
        "registration",
        "invitation",
    )
    assert stages.LATER_STAGES == ("account", "registry")
    assert stages.STAGES == stages.SUBMIT_STAGES + stages.LATER_STAGES


def test_the_sandbox_runs_the_clients_stages() -> None:
    assert pipeline.STAGES == stages.SUBMIT_STAGES
    assert pipeline.ALL_STAGES == stages.STAGES


def test_the_earliest_refused_stage_is_the_verdict() -> None:
    body = {
        "error": {
            "type": "validation_failed",
            "invalid": [
                {"entry": "$.license.id", "rules": [{"rule": "invalid", "description": "x"}]},
                {"entry": "$.data.edrpou", "rules": [{"rule": "invalid", "description": "y"}]},
            ],
        }
    }
    assert errors.stage_of_error(422, body) == "edr"
