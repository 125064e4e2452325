"""What the form pays per edit: a full validation, one field's check, the payload and its bytes,
and the v2 schema check the sandbox runs for its content stage."""

from __future__ import annotations

from datetime import date

from pytest_benchmark.fixture import BenchmarkFixture

from ehealth_wizard.core.payload import build_payload, canonical_bytes, schema_problems
from ehealth_wizard.core.validation import validate, validate_field
from tests.fixtures import load_registration

TODAY = date(2026, 6, 15)


def test_bench_validate(benchmark: BenchmarkFixture) -> None:
    reg = load_registration("llc_outpatient_clinic")
    assert benchmark(validate, reg, TODAY) == []


def test_bench_validate_field(benchmark: BenchmarkFixture) -> None:
    reg = load_registration("llc_outpatient_clinic")
    assert benchmark(validate_field, reg, "$.owner.tax_id", TODAY) == []


def test_bench_payload_bytes(benchmark: BenchmarkFixture) -> None:
    reg = load_registration("pharmacy")
    data = benchmark(lambda: canonical_bytes(build_payload(reg)))
    assert data.startswith(b'{"edrpou":')


def test_bench_schema_problems(benchmark: BenchmarkFixture) -> None:
    payload = build_payload(load_registration("fop_family_doctor"))
    assert benchmark(schema_problems, payload) == []
