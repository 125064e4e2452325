"""One submission per failing stage: which stage fails, and the error as eHealth shapes it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from asn1crypto import cms

from ehealth_wizard.core.validation.checkdigits import rnokpp_check_digit, rnokpp_first_five
from tests.sandbox.conftest import (
    COMPANY,
    COMPANY_2,
    FOP,
    NO_KVED,
    TERMINATED,
    TWO_ACTIVE,
    Client,
    failed_stage,
    only_rule,
    run_stages,
)

SIGNED = "$.signed_legal_entity_request"


def _fails(sandbox: Client, der: bytes, stage: str) -> tuple[dict[str, Any], dict[str, Any]]:
    events, final = run_stages(sandbox, der)
    assert failed_stage(events) == stage
    failed = next(e for e in events if e["status"] == "failed")
    assert failed["details"]["status_code"] == final["status_code"]
    assert failed["details"]["error"] == final["body"]["error"]
    assert final["body"]["meta"]["code"] == final["status_code"]
    # The synchronous call answers the very same thing.
    sync = sandbox.put(der)
    assert sync.status_code == final["status_code"]
    assert sync.json()["error"] == final["body"]["error"]
    return failed, final


def test_broken_signature_fails_signature(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    der = sandbox.sign(payload, signer)
    info = cms.ContentInfo.load(der)
    content = info["content"]["encap_content_info"]["content"].native
    tampered = content.replace(b'"email":"', b'"email":"x', 1)
    info["content"]["encap_content_info"]["content"] = tampered
    _, final = _fails(sandbox, info.dump(), "signature")
    assert final["status_code"] == 422
    assert only_rule(final["body"]) == (SIGNED, "invalid", "verifying the signature of data failed")


def test_two_signatures_fail_signature(sandbox: Client) -> None:
    signer_a, payload = sandbox.demo_key(COMPANY)
    signer_b, _ = sandbox.demo_key(COMPANY)
    sd_a = cms.ContentInfo.load(sandbox.sign(payload, signer_a))["content"]
    sd_b = cms.ContentInfo.load(sandbox.sign(payload, signer_b))["content"]
    # A new SignedData from the parsed parts (each keeps its signed bytes, both signatures stay
    # valid). Editing the parsed `sd_a` in place and dumping it gave DER that did not parse
    # (a length mismatch) about one time in ten: the sandbox rightly answered 400.
    both = cms.SignedData(
        {
            "version": sd_a["version"],
            "digest_algorithms": sd_a["digest_algorithms"],
            "encap_content_info": sd_a["encap_content_info"],
            "certificates": [*sd_a["certificates"], *sd_b["certificates"]],
            "signer_infos": [*sd_a["signer_infos"], *sd_b["signer_infos"]],
        }
    )
    der = cms.ContentInfo({"content_type": "signed_data", "content": both}).dump()
    _, final = _fails(sandbox, der, "signature")
    assert only_rule(final["body"]) == (
        SIGNED,
        "invalid",
        "document must contain 1 signature and 0 stamps but contains 2 signatures and 0 stamps",
    )


def test_seal_fails_signature(sandbox: Client) -> None:
    seal, payload = sandbox.demo_key(COMPANY, "seal")
    _, final = _fails(sandbox, sandbox.sign(payload, seal), "signature")
    assert only_rule(final["body"])[2] == (
        "document must contain 1 signature and 0 stamps but contains 0 signatures and 1 stamps"
    )


def test_expired_certificate_fails_signature(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY, "expired")
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "signature")
    assert only_rule(final["body"]) == (SIGNED, "invalid", "certificate timestamp expired")


def test_revoked_certificate_fails_signature(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY, "revoked")
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "signature")
    assert only_rule(final["body"]) == (SIGNED, "invalid", "OCSP certificate verificaton failed")


def test_missing_timestamp_fails_signature(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    _, final = _fails(sandbox, sandbox.sign(payload, signer, tsp=False), "signature")
    assert only_rule(final["body"])[2] == (
        "retrieving a timestamp of data from an envelope with signed data failed"
    )


def test_not_a_signature_is_422_on_the_envelope(sandbox: Client) -> None:
    """The DS reports one invalid signature "error processing signed data"; eHealth's v2
    validator turns every signature failure into a 422 on the envelope's entry (issue 14)."""
    _, final = _fails(sandbox, b"this is no CMS", "signature")
    assert final["status_code"] == 422
    assert only_rule(final["body"]) == (SIGNED, "invalid", "error processing signed data")


def test_another_edrpou_fails_signer(sandbox: Client) -> None:
    signer, _ = sandbox.demo_key(COMPANY)
    _, other = sandbox.demo_key(COMPANY_2)
    other["owner"]["last_name"] = "Коваленко"  # only the EDRPOU differs from the key
    failed, final = _fails(sandbox, sandbox.sign(other, signer), "signer")
    assert only_rule(final["body"]) == (
        "$.edrpou",
        "inclusion",
        "EDRPOU does not match legal_entity edrpou",
    )
    assert failed["message"] == "$.edrpou: EDRPOU does not match legal_entity edrpou"


def test_fop_key_of_another_person_fails_signer_on_drfo(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(FOP)
    payload["edrpou"] = "3181068229"  # another ФОП's РНОКПП
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "signer")
    entry, rule, description = only_rule(final["body"])
    assert (entry, rule, description) == ("$.drfo", "inclusion", "DRFO does not match signer drfo")
    assert final["body"]["error"]["invalid"][0]["rules"][0]["params"] == [FOP]


def test_other_surname_fails_signer(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    payload["owner"]["last_name"] = "Коваль"
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "signer")
    assert only_rule(final["body"]) == (
        "$.owner.last_name",
        "invalid",
        "Does not match the signer last name",
    )


def test_bad_tax_id_fails_content(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    tax_id = payload["owner"]["tax_id"]
    payload["owner"]["tax_id"] = tax_id[:9] + str((int(tax_id[9]) + 1) % 10)
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "content")
    assert only_rule(final["body"]) == ("$.owner.tax_id", "invalid", "invalid tax_id value")


def test_schema_errors_fail_content_with_every_entry(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    payload["phones"][0]["number"] = "0441234567"
    del payload["owner"]["gender"]
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "content")
    invalid = {i["entry"]: i["rules"][0] for i in final["body"]["error"]["invalid"]}
    assert invalid["$.phones[0].number"]["rule"] == "format"
    assert invalid["$.phones[0].number"]["description"].startswith("string does not match pattern")
    assert invalid["$.owner"] == {
        "rule": "required",
        "params": [],
        "description": "required property gender was not present",
    }


def test_no_allowed_kved_fails_kved(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(NO_KVED)
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "kved")
    assert only_rule(final["body"]) == (
        "$.kveds",
        "invalid",
        'At least one KVED code must be from list ["86.10", "86.21"]',
    )


def test_terminated_record_fails_edr(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(TERMINATED)
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "edr")
    assert only_rule(final["body"]) == (
        "$.data.edrpou",
        "invalid",
        "Provided EDRPOU is not active in EDR",
    )


def test_two_active_records_fail_edr(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(TWO_ACTIVE)
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "edr")
    assert only_rule(final["body"])[2] == "More than 1 active entities in EDR"


def test_director_who_is_not_a_head_fails_edr(sandbox: Client) -> None:
    birth = date(1984, 5, 17)
    first9 = rnokpp_first_five(birth) + "1235"
    stranger = {
        "last_name": "Стрілець",
        "first_name": "Тарас",
        "second_name": "Богданович",
        "tax_id": first9 + str(rnokpp_check_digit(first9)),
        "birth_date": birth.isoformat(),
        "gender": "MALE",
        "email": "taras.strilets@example.com",
        "phone": "+380671112233",
        "passport": "КВ123456",
    }
    signer, payload = sandbox.demo_key(COMPANY, person=stranger)
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "edr")
    invalid = final["body"]["error"]["invalid"]
    assert [e["entry"] for e in invalid] == [
        "$.owner.last_name",
        "$.owner.first_name",
        "$.owner.second_name",
    ]
    assert invalid[0]["rules"][0]["description"] == (
        'owner.last_name "Стрілець" does not match EDR; the register holds: '
        "КОВАЛЕНКО ОЛЕНА ПЕТРІВНА (керівник)"
    )


def test_expired_license_fails_license(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    payload["license"]["expiry_date"] = yesterday.isoformat()
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "license")
    assert final["status_code"] == 409
    assert final["body"]["error"] == {"type": "request_conflict", "message": "License is expired"}


def test_missing_license_fails_license(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(COMPANY)
    del payload["license"]
    _, final = _fails(sandbox, sandbox.sign(payload, signer), "license")
    assert final["body"]["error"]["message"] == "License is needed for chosen legal entity type"


def test_failed_submissions_register_nothing(sandbox: Client) -> None:
    signer, payload = sandbox.demo_key(NO_KVED)
    assert sandbox.put(sandbox.sign(payload, signer)).status_code == 422
    store = sandbox.running.sandbox.store
    assert store.list_entities(NO_KVED) == []
    assert store.list_entities(TERMINATED) == []
    assert sandbox.mails(payload["owner"]["email"]) == []


def test_code_unknown_to_edr_skips_kved_and_fails_edr(sandbox: Client) -> None:
    from ehealth_wizard.core.validation.checkdigits import edrpou_check_digit

    unknown = "3999999" + str(edrpou_check_digit("3999999"))
    assert sandbox.running.sandbox.edr.search(unknown) == []
    _, payload = sandbox.demo_key(COMPANY)
    payload["edrpou"] = unknown
    owner = payload["owner"]
    signer = sandbox.running.sandbox.qtsp.issue(
        surname=owner["last_name"],
        given_names=f"{owner['first_name']} {owner['second_name']}",
        rnokpp=owner["tax_id"],
        edrpou=unknown,
    ).signer()
    events, final = run_stages(sandbox, sandbox.sign(payload, signer))
    outcomes = [(e["stage"], e["status"]) for e in events if e["status"] != "running"]
    assert outcomes[2:5] == [("content", "passed"), ("kved", "skipped"), ("edr", "failed")]
    assert only_rule(final["body"]) == (
        "$.data.edrpou",
        "invalid",
        "Provided EDRPOU is not active in EDR",
    )
