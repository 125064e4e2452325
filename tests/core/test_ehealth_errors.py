"""eHealth's error bodies → Problems on the form's fields and a stage id."""

from __future__ import annotations

from typing import Any

import pytest

from ehealth_wizard.core.ehealth import errors
from ehealth_wizard.core.ehealth.errors import (
    SIGNATURE_PATH,
    ApiError,
    form_path,
    problems_from_error,
    stage_of_error,
)
from ehealth_wizard.core.ehealth.stages import RESULT_STAGE, STAGES, stage_title_code
from ehealth_wizard.core.texts import TEXTS, describe

VALIDATION_MESSAGE = (
    "Validation failed. You can find validators description at our API Manifest: "
    "http://docs.apimanifest.apiary.io/#introduction/interacting-with-api/errors."
)


def validation(entry: str, rule: str, description: str, params: list[Any] | None = None) -> dict:
    return {
        "meta": {
            "code": 422,
            "url": "http://x/api/v2/legal_entities",
            "type": "object",
            "request_id": "r1",
        },
        "error": {
            "type": "validation_failed",
            "message": VALIDATION_MESSAGE,
            "invalid": [
                {
                    "entry_type": "json_data_property",
                    "entry": entry,
                    "rules": [{"rule": rule, "params": params or [], "description": description}],
                }
            ],
        },
    }


def message(status: int, kind: str, text: str) -> dict:
    return {
        "meta": {"code": status, "url": "http://x", "type": "object", "request_id": "r2"},
        "error": {"type": kind, "message": text},
    }


# (status, body, expected form path, expected Problem code, expected stage)
CASES = [
    # reference §5, verbatim
    (
        422,
        validation("$.owner.tax_id", "invalid", "invalid tax_id value"),
        "$.owner.tax_id",
        "server_invalid",
        "content",
    ),
    # §3.2
    (
        422,
        validation(
            SIGNATURE_PATH,
            "invalid",
            "document must contain 1 signature and 0 stamps but contains 2 signatures and 0 stamps",
        ),
        SIGNATURE_PATH,
        "server_invalid",
        "signature",
    ),
    (
        422,
        validation(SIGNATURE_PATH, "invalid", "certificate timestamp expired"),
        SIGNATURE_PATH,
        "server_invalid",
        "signature",
    ),
    (
        422,
        validation(
            SIGNATURE_PATH,
            "invalid",
            "Malformed encoded content. Probably, you have encoded corrupted JSON.",
        ),
        SIGNATURE_PATH,
        "server_invalid",
        "signature",
    ),
    (
        400,
        message(400, "request_malformed", "Invalid signature"),
        SIGNATURE_PATH,
        "server_malformed",
        "signature",
    ),
    # §3.3 item 9: signer against content
    (
        422,
        validation("$.edrpou", "inclusion", "EDRPOU does not match legal_entity edrpou"),
        "$.edrpou",
        "server_inclusion",
        "signer",
    ),
    (
        422,
        validation("$.drfo", "inclusion", "DRFO does not match signer drfo", ["3067305998"]),
        "$.edrpou",
        "server_inclusion",
        "signer",
    ),
    (
        422,
        validation("$.data.signatures", "invalid", "EDRPOU and DRFO is empty in digital sign"),
        SIGNATURE_PATH,
        "server_invalid",
        "signer",
    ),
    (
        422,
        validation("$.owner.last_name", "invalid", "Does not match the signer last name"),
        "$.owner.last_name",
        "server_invalid",
        "signer",
    ),
    # §3.3 schema and field checks
    (
        422,
        validation(
            "$.edrpou", "format", 'string does not match pattern "^[0-9]{8,10}|[0-9]{9,10}$"'
        ),
        "$.edrpou",
        "server_format",
        "content",
    ),
    (
        422,
        validation(
            "$.phones.[0].number", "format", 'string does not match pattern "^\\+38[0-9]{10}$"'
        ),
        "$.phones[0].number",
        "server_format",
        "content",
    ),
    (
        422,
        validation("$.owner", "required", "required property email was not present"),
        "$.owner.email",
        "server_required",
        "content",
    ),
    (
        422,
        validation(
            "$.license.license_number",
            "invalid",
            "license_number is required for legal_entity with type-based PHARMACY",
        ),
        "$.license.license_number",
        "server_invalid",
        "content",
    ),
    (
        422,
        message(
            422, "request_malformed", "Only legal_entity with type MSP or Pharmacy could be created"
        ),
        "$.type",
        "server_malformed",
        "content",
    ),
    # §3.4 KVED (v1 wording)
    (
        422,
        validation(
            "$.kveds", "invalid", 'At least one KVED code must be from list ["86.10", "86.21"]'
        ),
        "$.kveds",
        "server_invalid",
        "kved",
    ),
    # §3.5 ЄДР
    (
        422,
        validation("$.data.edrpou", "invalid", "Provided EDRPOU is not active in EDR"),
        "$.edrpou",
        "server_invalid",
        "edr",
    ),
    (
        422,
        validation("$.data.edrpou", "invalid", "More than 1 active entities in EDR"),
        "$.edrpou",
        "server_invalid",
        "edr",
    ),
    (
        409,
        message(409, "request_conflict", "Legal Entity not found in EDR"),
        "$.edrpou",
        "server_conflict",
        "edr",
    ),
    (
        409,
        message(409, "request_conflict", "Invalid edr state. Previous legal entity must be closed"),
        "$.edrpou",
        "server_conflict",
        "edr",
    ),
    (
        422,
        validation(
            "$.owner",
            "invalid",
            "Owner full name does not match any head of the legal entity in EDR",
        ),
        "$.owner",
        "server_invalid",
        "edr",
    ),
    # §3.6 license
    (
        409,
        message(409, "request_conflict", "License is expired"),
        "$.license.expiry_date",
        "server_conflict",
        "license",
    ),
    (
        409,
        message(409, "request_conflict", "License is needed for chosen legal entity type"),
        "$.license",
        "server_conflict",
        "license",
    ),
    (
        409,
        message(409, "request_conflict", "Legal entity type and license type mismatch"),
        "$.license.type",
        "server_conflict",
        "license",
    ),
    (
        422,
        validation("$.license.id", "invalid", "License not found"),
        "$.license.id",
        "server_invalid",
        "license",
    ),
    # §3.7
    (
        500,
        message(500, "internal_error", "Failed to send email"),
        "$.owner.email",
        "server_message",
        "invitation",
    ),
]


@pytest.mark.parametrize(("status", "body", "path", "code", "stage"), CASES)
def test_real_error_bodies_land_on_fields_and_stages(
    status: int, body: dict, path: str, code: str, stage: str
) -> None:
    problems = problems_from_error(status, body)
    assert [(p.path, p.code) for p in problems] == [(path, code)]
    server_text = (
        body["error"]
        .get("invalid", [{}])[0]
        .get("rules", [{}])[0]
        .get("description", body["error"]["message"])
    )
    assert problems[0].params["description"] == server_text
    assert code in TEXTS
    assert server_text in describe(problems[0].code, problems[0].params)
    assert stage_of_error(status, body) == stage


def test_rule_params_and_original_entry_are_kept() -> None:
    body = validation("$.drfo", "inclusion", "DRFO does not match signer drfo", ["3067305998"])
    (problem,) = problems_from_error(422, body)
    assert problem.params["rule"] == "inclusion"
    assert problem.params["rule_params"] == ["3067305998"]
    assert problem.params["entry"] == "$.drfo"


def test_several_entries_each_become_a_problem_and_the_earliest_stage_wins() -> None:
    body = validation("$.owner.tax_id", "invalid", "invalid tax_id value")
    body["error"]["invalid"].append(
        {
            "entry_type": "json_data_property",
            "entry": "$.edrpou",
            "rules": [
                {
                    "rule": "inclusion",
                    "params": [],
                    "description": "EDRPOU does not match legal_entity edrpou",
                },
                {"rule": "format", "params": [], "description": "string does not match"},
            ],
        }
    )
    problems = problems_from_error(422, body)
    assert [p.path for p in problems] == ["$.owner.tax_id", "$.edrpou", "$.edrpou"]
    assert stage_of_error(422, body) == "signer"


def test_an_unknown_rule_keeps_its_name_in_params() -> None:
    (problem,) = problems_from_error(422, validation("$.email", "weird_rule", "strange"))
    assert problem.code == "server_rule"
    assert describe(problem.code, problem.params) == "eHealth: strange (rule weird_rule)."


@pytest.mark.parametrize(
    ("status", "kind", "code"),
    [
        (401, "access_denied", "server_access_denied"),
        (403, "forbidden", "server_forbidden"),
        (404, "not_found", "server_not_found"),
    ],
)
def test_gateway_refusals_are_no_stage_verdict(status: int, kind: str, code: str) -> None:
    body = message(status, kind, "Invalid api key")
    assert stage_of_error(status, body) is None
    error = ApiError(status, body, url="https://api.example/api/v2/legal_entities")
    assert error.code == code
    assert "Invalid api key" in str(error)


def test_api_error_exposes_the_mapping() -> None:
    body = validation("$.data.edrpou", "invalid", "Provided EDRPOU is not active in EDR")
    error = ApiError(422, body)
    assert error.code == "server_validation_failed"
    assert error.stage() == "edr"
    assert [p.path for p in error.problems()] == ["$.edrpou"]
    assert error.invalid[0]["entry"] == "$.data.edrpou"


@pytest.mark.parametrize(
    ("entry", "path"),
    [
        ("$.data.edrpou", "$.edrpou"),
        ("$.data.owner.tax_id", "$.owner.tax_id"),
        ("$.drfo", "$.edrpou"),
        ("$.signed_content", SIGNATURE_PATH),
        ("$.owner.documents.[1].number", "$.owner.documents[1].number"),
        ("owner.email", "$.owner.email"),
        ("", "$"),
    ],
)
def test_form_path(entry: str, path: str) -> None:
    assert form_path(entry) == path


def test_every_code_this_area_emits_has_an_english_text() -> None:
    codes = {stage_title_code(s) for s in (*STAGES, RESULT_STAGE)}
    codes |= {f"server_{rule}" for rule in errors.KNOWN_RULES} | {"server_rule", "server_message"}
    codes |= set(errors._API_CODES.values()) | set(errors._STATUS_CODES.values())
    codes |= {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.EHealthError)
    }
    from ehealth_wizard.commands import ehealth as command

    codes |= {
        command.SignedFileUnreadable.code,
        command.SignedFileEmpty.code,
        command.SandboxUnavailable.code,
        "secret_stored",
        "secret_not_stored",
    }
    missing = sorted(c for c in codes if c not in TEXTS)
    assert missing == []
