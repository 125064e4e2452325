"""The sandbox's own cost per submission with zero stage delay: one pre-signed request PUT
synchronously (CAdES + TSP token + OCSP state check, schema, ЄДР, store, invitation), and the
same through the live event stream. Signing is outside the timed part."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import httpx
import httpx_sse
import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from ehealth_wizard.core.payload import canonical_bytes
from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades
from ehealth_wizard.core.signing.keys import open_key
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.demo import issue_demo_key, write_demo_key
from ehealth_wizard.sandbox.runner import RunningSandbox, start_sandbox

EDRPOU = "3127781333"


@pytest.fixture(scope="module")
def signed(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RunningSandbox, dict[str, str]]]:
    base: Path = tmp_path_factory.mktemp("bench-sandbox")
    with start_sandbox(base / "data", stage_delay=0) as running, pytest.MonkeyPatch.context() as mp:
        # the default (DSTU) demo key, with few KDF rounds: opening it is not what is timed
        mp.setattr(qtsp_dstu, "DEMO_PKCS12_ITERATIONS", 100)
        key = issue_demo_key(running.sandbox, EDRPOU)
        paths = write_demo_key(key, base / "key")
        signer = open_key(paths[0], key.password)
        der = sign_cades(canonical_bytes(key.registration), signer, tsp_url=default_tsp_url(signer))
        envelope = {
            "signed_legal_entity_request": base64.b64encode(der).decode("ascii"),
            "signed_content_encoding": "base64",
        }
        yield running, envelope


def test_bench_sandbox_synchronous_put(
    benchmark: BenchmarkFixture, signed: tuple[RunningSandbox, dict[str, str]]
) -> None:
    running, envelope = signed
    with httpx.Client(base_url=running.url, timeout=30) as http:

        def put() -> int:
            return http.put("/api/v2/legal_entities", json=envelope).status_code

        assert benchmark.pedantic(put, rounds=20, warmup_rounds=1) == 200


def test_bench_sandbox_live_stream(
    benchmark: BenchmarkFixture, signed: tuple[RunningSandbox, dict[str, str]]
) -> None:
    running, envelope = signed
    with httpx.Client(base_url=running.url, timeout=30) as http:

        def put_and_follow() -> int:
            job = http.put(
                "/api/v2/legal_entities", json=envelope, headers={"Prefer": "respond-async"}
            ).json()
            with httpx_sse.connect_sse(http, "GET", job["events_url"]) as source:
                events = [sse.json() for sse in source.iter_sse()]
            return int(events[-1]["details"]["response"]["status_code"])

        assert benchmark.pedantic(put_and_follow, rounds=20, warmup_rounds=1) == 200
