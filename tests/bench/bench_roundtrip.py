"""The full round trip a director waits for, with zero stage delay: sign the registration
(CAdES-T, a time-stamp from the sandbox TSP), submit it, follow every stage to the result —
against an in-process sandbox over real HTTP on 127.0.0.1. What remains is the program's own
cost: signing, HTTP, the sandbox's checks (signature, OCSP, schema, ЄДР) and the event stream.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from ehealth_wizard.core.ehealth.client import EHealthClient
from ehealth_wizard.core.ehealth.stages import PASSED, RESULT_STAGE, submit_and_follow
from ehealth_wizard.core.payload import canonical_bytes
from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades
from ehealth_wizard.core.signing.keys import FileKeySource, Signer
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.demo import issue_demo_key, write_demo_key
from ehealth_wizard.sandbox.runner import RunningSandbox, start_sandbox

EDRPOU = "22743189"


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RunningSandbox, Signer, bytes]]:
    base = tmp_path_factory.mktemp("roundtrip")
    running = start_sandbox(base / "sandbox", stage_delay=0, registry_delay=0)
    with pytest.MonkeyPatch.context() as mp:
        # the default (DSTU) demo key, with few KDF rounds: opening it is not what is timed
        mp.setattr(qtsp_dstu, "DEMO_PKCS12_ITERATIONS", 100)
        demo = issue_demo_key(running.sandbox, EDRPOU)
    write_demo_key(demo, base / "demo")
    signer = FileKeySource(Path(base / "demo" / demo.file_name)).open(demo.password)
    try:
        yield running, signer, canonical_bytes(demo.registration)
    finally:
        signer.close()
        running.stop()


@pytest.mark.parametrize("live", [True, False], ids=["event-stream", "synchronous"])
def test_bench_sign_submit_follow(
    benchmark: BenchmarkFixture, world: tuple[RunningSandbox, Signer, bytes], live: bool
) -> None:
    running, signer, content = world
    tsp = default_tsp_url(signer)
    assert tsp is not None and tsp.startswith(running.url)

    with EHealthClient(running.url) as client:

        def round_trip() -> str:
            signed = sign_cades(content, signer, tsp_url=tsp)
            final = list(submit_and_follow(client, signed, live=live))[-1]
            assert (final.stage, final.status) == (RESULT_STAGE, PASSED)
            return final.details["legal_entity_id"]

        entity = benchmark.pedantic(round_trip, rounds=12, warmup_rounds=1)
    # every round updated the same facility (a resubmission), never a second one
    assert [d["data"]["id"] for d in running.sandbox.store.list_entities(EDRPOU)] == [entity]
