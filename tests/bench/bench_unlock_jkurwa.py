"""Key unlock side by side with jkurwa (issue targets: Key-6.dat <= 1.0x jkurwa's unlock work,
GOST PKCS#12 <= 0.5x): pure-Python build, compiled build, jkurwa, in one run.

Run:  .venv/bin/python -m pytest tests/bench/bench_unlock_jkurwa.py -p no:xdist -s
  or  .venv/bin/python -m tests.bench.bench_unlock_jkurwa [--reps N]

Only the unlock work is timed on every side (each side's cold start is outside the clock):
`load_container` in this process, `Priv.from_protected` in a node process after one warm-up
unlock. Repetitions are interleaved (pure, compiled, jkurwa, pure, ...) because the CI machine's
2 cores are shared: the table gives medians and the 1-minute load average. jkurwa comes from
npm (jkurwa 1.21.0 and its gost89 algorithms), installed by this script into a cache folder
under the temp directory; without npm the comparison is skipped and says so. jkurwa 1.21.0 on
npm names its asn1.js fork by a GitHub URL; the install overrides it with asn1.js from npm.
Under the suite (benchmarks disabled, e.g. xdist) only one compiled unlock of each runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ehealth_wizard.core.signing.containers import load_container
from ehealth_wizard.core.signing.ua import accel

VECTORS = Path(__file__).resolve().parents[1] / "signing" / "ua_vectors" / "dstu-engine"
CASES = (  # (name, file, password, keys the unlock yields here)
    ("Key-6.dat", VECTORS / "Key-6.dat", b"tect4", 2),
    ("GOST PKCS#12 (Key-6.pfx)", VECTORS / "Key-6.pfx", b"testplat2021", 1),
)
TARGETS = {"Key-6.dat": 1.0, "GOST PKCS#12 (Key-6.pfx)": 0.5}
JKURWA = {"jkurwa": "1.21.0", "gost89": "0.1.11"}
NODE_UNLOCK = r"""
const jk = require('jkurwa'); const gost89 = require('gost89'); const fs = require('fs');
const algo = gost89.compat.algos();
const [file, password, count] = process.argv.slice(1);
const buf = fs.readFileSync(file);
const unlock = () => jk.Priv.from_protected(buf, password, algo);
const keys = unlock().keys.length;  // warm-up (JIT, module loading): not timed
const ms = [];
for (let i = 0; i < Number(count); i++) {
  const t = process.hrtime.bigint(); unlock(); ms.push(Number(process.hrtime.bigint() - t) / 1e6);
}
console.log(JSON.stringify({keys, ms}));
"""


def jkurwa_dir() -> Path | None:
    """node_modules with jkurwa, installed once into a cache folder; None without node/npm."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return None
    home = Path(tempfile.gettempdir()) / "ehw-bench-jkurwa"
    if (home / "node_modules" / "jkurwa" / "package.json").is_file():
        return home
    home.mkdir(parents=True, exist_ok=True)
    manifest = {
        "name": "ehw-bench-jkurwa",
        "private": True,
        "dependencies": JKURWA,
        "overrides": {"asn1.js": "^5.4.1"},
    }
    (home / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    install = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=home,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if install.returncode != 0:
        print(f"npm install jkurwa failed: {install.stderr.strip()[-300:]}")
        return None
    return home


def jkurwa_unlock_ms(home: Path, path: Path, password: bytes, count: int = 1) -> list[float]:
    run = subprocess.run(
        ["node", "-e", NODE_UNLOCK, str(path), password.decode(), str(count)],
        cwd=home,
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, NODE_PATH=str(home / "node_modules")),
    )
    if run.returncode != 0:
        raise RuntimeError(run.stderr.strip()[-500:])
    result = json.loads(run.stdout)
    if result["keys"] < 1:
        raise RuntimeError("jkurwa found no key")
    return [float(ms) for ms in result["ms"]]


def unlock_ms(data: bytes, password: bytes, keys: int, *, pure: bool) -> float:
    """One unlock in this process; `pure` switches the compiled module off (and, through the
    environment, in the process the pure PKCS#12 unlock starts for its MAC)."""
    saved = accel.native
    if pure:
        accel.native = None
        os.environ[accel.PURE_ENV] = "1"
    try:
        start = time.perf_counter()
        entries = load_container(data, password)
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        accel.native = saved
        os.environ.pop(accel.PURE_ENV, None)
    assert len(entries) == keys
    return elapsed


def measure(reps: int, *, with_pure: bool = True, log: Callable[[str], None] = print) -> str:
    """Interleaved repetitions; returns the table (markdown)."""
    if accel.native is None:
        raise SystemExit(f"the compiled build is not in use: {accel.BUILD}")
    home = jkurwa_dir()
    if home is None:
        log("npm (or node) is not available: the jkurwa comparison is skipped")
    times: dict[tuple[str, str], list[float]] = {}
    for name, path, password, keys in CASES:
        data = path.read_bytes()
        unlock_ms(data, password, keys, pure=False)  # warm-up: tables, imports
        for rep in range(reps):
            if with_pure:
                times.setdefault((name, "pure"), []).append(
                    unlock_ms(data, password, keys, pure=True)
                )
            times.setdefault((name, "compiled"), []).append(
                unlock_ms(data, password, keys, pure=False)
            )
            if home is not None:
                times.setdefault((name, "jkurwa"), []).extend(
                    jkurwa_unlock_ms(home, path, password)
                )
            log(f"{name} rep {rep + 1}/{reps}: " + ", ".join(
                f"{side} {vals[-1]:.0f} ms" for (n, side), vals in times.items() if n == name
            ))  # fmt: skip
    load1 = os.getloadavg()[0]
    rows = [
        f"GOST build: {accel.BUILD}; {reps} interleaved repetitions, medians; "
        f"1-minute load average at the end {load1:.2f} (2 cores)",
        "",
        "| unlock | pure Python | compiled (C) | jkurwa | compiled / jkurwa | target |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, *_ in CASES:
        med = {side: statistics.median(v) for (n, side), v in times.items() if n == name}
        pure = f"{med['pure']:.0f} ms" if "pure" in med else "-"
        jk = f"{med['jkurwa']:.0f} ms" if "jkurwa" in med else "skipped (no npm)"
        ratio = f"{med['compiled'] / med['jkurwa']:.3f}x" if "jkurwa" in med else "-"
        rows.append(
            f"| {name} | {pure} | {med['compiled']:.1f} ms | {jk} | {ratio} | <= {TARGETS[name]}x |"
        )
    return "\n".join(rows)


def test_unlock_against_jkurwa(request: pytest.FixtureRequest) -> None:
    config = request.config
    if hasattr(config, "workerinput") or config.getoption("benchmark_disable", False):
        # inside the suite (xdist): one compiled unlock each, no npm, no table
        for _, path, password, keys in CASES:
            unlock_ms(path.read_bytes(), password, keys, pure=False)
        return
    print("\n" + measure(int(os.environ.get("EHW_BENCH_REPS", "5"))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--no-pure", action="store_true", help="skip the (slow) pure build")
    args = parser.parse_args()
    print(measure(args.reps, with_pure=not args.no_pure))


if __name__ == "__main__":
    main()
