"""End to end with a token: the sandbox's own QTSP certifies a key generated on SoftHSM, the token
signs the registration (CAdES-T with the sandbox TSP), and every submission stage passes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ehealth_wizard.core.ehealth.client import EHealthClient
from ehealth_wizard.core.ehealth.stages import (
    PASSED,
    RESULT_STAGE,
    SUBMIT_STAGES,
    submit_and_follow,
)
from ehealth_wizard.core.payload import build_payload, canonical_bytes
from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades
from ehealth_wizard.core.signing.token import TokenKeySource
from ehealth_wizard.sandbox.demo import registration_for
from ehealth_wizard.sandbox.edr import sandbox_persons
from ehealth_wizard.sandbox.runner import start_sandbox
from tests.signing.softhsm import PIN, SOFTHSM_MODULE, SoftHsm, requires_softhsm, softhsm
from tests.signing.test_tokens import EC_ID

__all__ = ["softhsm"]

GOOD_EDRPOU = "22743189"  # a limited company in the seed ЄДР whose registration passes


@pytest.mark.softhsm
@requires_softhsm
def test_a_registration_signed_on_the_token_passes_every_sandbox_stage(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    running = start_sandbox(tmp_path / "sandbox", stage_delay=0, registry_delay=0)
    try:
        record = running.sandbox.edr.active(GOOD_EDRPOU)[0]
        person = sandbox_persons(record)[0]
        softhsm.init_token("Director")
        spki = softhsm.generate("Director", "EC:prime256v1", EC_ID, "director")
        issued = running.sandbox.qtsp.issue(
            public_key=spki,
            surname=str(person["last_name"]),
            given_names=f"{person['first_name']} {person.get('second_name') or ''}".strip(),
            rnokpp=str(person["tax_id"]),
            edrpou=str(record["code"]),
            organization=str(record["names"]["short"] or ""),
            title="Директор",
            drfo_in="both",
        )
        softhsm.store_certificate("Director", issued.certificate, EC_ID, "director")
        reg = registration_for(record, person, datetime.now(UTC).date())
        content = canonical_bytes(build_payload(reg))

        signer = TokenKeySource(SOFTHSM_MODULE, token_label="Director").open(PIN)
        try:
            tsp_url = default_tsp_url(signer)
            assert tsp_url and tsp_url.startswith(running.url)
            der = sign_cades(content, signer, tsp_url=tsp_url)
        finally:
            signer.close()

        with EHealthClient(running.url) as client:
            events = list(submit_and_follow(client, der))
    finally:
        running.stop()
    passed = [e.stage for e in events if e.status == PASSED]
    assert passed == [*SUBMIT_STAGES, RESULT_STAGE], [e.to_dict() for e in events]
    assert events[-1].result is not None and events[-1].result.legal_entity_id
