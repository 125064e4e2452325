"""Optional cross-check: the DSTU 4145 signatures the project makes verify in jkurwa (dstucrypt,
an independent JavaScript implementation). Skips when node/npm is missing or jkurwa cannot be
installed from the npm registry (its asn1.js dependency is pinned to the registry release in
tests/signing/jkurwa/package.json, since jkurwa names a GitHub fork)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ehealth_wizard.core.signing.cades import sign_cades
from ehealth_wizard.sandbox import qtsp_dstu
from ehealth_wizard.sandbox.qtsp import TestQTSP
from ehealth_wizard.sandbox.qtsp_app import serve_qtsp

HERE = Path(__file__).resolve().parent / "jkurwa"
CONTENT = '{"edrpou":"43127656","owner":{"last_name":"Бондаренко"}}'.encode()

pytestmark = pytest.mark.slow  # installs from the npm registry


@pytest.fixture(scope="module")
def jkurwa(tmp_path_factory: pytest.TempPathFactory) -> Path:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node/npm not installed")
    work = tmp_path_factory.mktemp("jkurwa")
    for name in ("package.json", "verify.js"):
        shutil.copy(HERE / name, work / name)
    try:
        done = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund"], cwd=work, capture_output=True, timeout=240
        )
    except subprocess.TimeoutExpired:
        pytest.skip("npm install timed out")
    if done.returncode != 0:
        pytest.skip(f"jkurwa could not be installed: {done.stderr.decode()[-300:]}")
    return work


def _jkurwa_says(work: Path, p7s: bytes) -> str:
    path = work / "sig.p7s"
    path.write_bytes(p7s)
    done = subprocess.run(
        ["node", "verify.js", str(path)], cwd=work, capture_output=True, timeout=120
    )
    return done.stdout.decode().strip() or done.stderr.decode()[-300:]


def test_dstu_signatures_verify_in_jkurwa(jkurwa: Path) -> None:
    provider = TestQTSP.create(key_type=qtsp_dstu.KEY_TYPE)
    issued = provider.issue(key_type=qtsp_dstu.KEY_TYPE, surname="Бондаренко", given_names="Андрій")
    with serve_qtsp(provider):
        for mode in ("both", "content", "signature"):
            p7s = sign_cades(CONTENT, issued.signer(), tsp_url=provider.tsp_url, tsp_mode=mode)
            assert _jkurwa_says(jkurwa, p7s) == "valid", mode
    bes = sign_cades(CONTENT, issued.signer(), tsp_url=None)
    assert _jkurwa_says(jkurwa, bes) == "valid"
    i = bes.index(CONTENT) + 3
    assert _jkurwa_says(jkurwa, bes[:i] + bytes([bes[i] ^ 1]) + bes[i + 1 :]) == "invalid"
