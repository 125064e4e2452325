"""Tests read nothing outside the checkout (issue 11, item 13): no hard-coded absolute path to a
reference folder that exists on one machine and makes the test skip silently on every other."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# A path opened from a literal into a machine's own folders (the shared reference folder, a home).
OUTSIDE = re.compile(r"""Path\(\s*["'](/work/|/home/|/root/|/tmp/)""")
ALLOWED = {"test_paths.py"}  # builds paths from literals on purpose, reads none


def test_no_test_reads_a_hard_coded_absolute_path() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path.name in ALLOWED or path == Path(__file__).resolve():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(TESTS)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_reference_copies_are_committed() -> None:
    assert (TESTS / "fixtures/reference/legal_entity_create_request.json").is_file()
    assert sorted((TESTS / "fixtures/vectors/jkurwa").glob("*.cer"))
