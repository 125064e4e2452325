"""Every code the signing modules can emit has English text (the UI translates these)."""

from __future__ import annotations

import re
from pathlib import Path

import ehealth_wizard
from ehealth_wizard.core.texts import TEXTS

ROOT = Path(ehealth_wizard.__file__).resolve().parent
MODULES = [
    "core/signing/errors.py",
    "core/signing/digests.py",
    "core/signing/algorithms.py",
    "core/signing/keys.py",
    "core/signing/cms.py",
    "core/signing/cades.py",
    "core/signing/tsp.py",
    "core/signing/ocsp.py",
    "core/signing/revocation.py",
    "core/signing/preflight.py",
    "core/signing/containers/__init__.py",
    "core/signing/containers/pkcs12.py",
    "core/signing/containers/pkcs8.py",
    "commands/keys.py",
]
# Error("code", ...), Problem(PATH, "code", ...), code = "code", return "code", / detail="code"
PATTERNS = [
    re.compile(r'(?:Error|Password|Algorithm)\(\s*"([a-z_]+)"'),
    re.compile(r'Problem\(\s*[A-Z_]+,\s*"([a-z_]+)"'),
    re.compile(r'^\s+code = "([a-z_]+)"', re.M),
    re.compile(r'return "(cades_[a-z_]+)"'),
    re.compile(r'result\("(cades_[a-z_]+)"\)'),
    re.compile(r'detail="([a-z_]+)"'),
    re.compile(r'unreachable\("([a-z_]+)"\)'),
]


def test_every_emitted_code_has_text() -> None:
    found: set[str] = set()
    for rel in MODULES:
        source = (ROOT / rel).read_text("utf-8")
        for pattern in PATTERNS:
            found.update(pattern.findall(source))
    assert len(found) > 40
    missing = sorted(code for code in found if code not in TEXTS)
    assert missing == []
