"""`ehealth-wizard --smoke-test` from the source tree: the path an installed build runs.

The .deb test (slow, root only) runs the same command on an installed build; this one keeps the
smoke test itself working between packaging runs (window, sandbox, demo key, sign, submit).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_smoke_test_passes_every_step_from_source(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "ehealth_wizard.cli", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    steps = {line["step"]: line["status"] for line in lines if "step" in line}
    assert steps == {
        "window": "passed",
        "sandbox": "passed",
        "demo-key": "passed",
        "sign": "passed",
        "smoke-test": "passed",
    }, lines
    passed = [line["stage"] for line in lines if line.get("status") == "passed" and "stage" in line]
    assert "invitation" in passed and passed[-1] == "result"
