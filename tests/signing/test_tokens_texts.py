"""Every code the token modules can emit has English text (the UI translates these)."""

from __future__ import annotations

import re
from pathlib import Path

import ehealth_wizard
from ehealth_wizard.core.texts import TEXTS
from ehealth_wizard.core.texts import tokens as token_texts

ROOT = Path(ehealth_wizard.__file__).resolve().parent
MODULES = sorted((ROOT / "core" / "signing" / "tokens").glob("*.py"))
PATTERNS = [
    re.compile(r'[A-Z][A-Za-z]+\(\s*"([a-z_]+)"'),  # SomeError("code", ...)
    re.compile(r'^\s+code = "([a-z_]+)"', re.M),
    re.compile(r"_WRONG_CODES = \{[^}]*\}", re.S),
]
CODE = re.compile(r'"(token_[a-z_]+)"')


def test_every_token_code_has_text_and_every_text_is_emitted() -> None:
    found: set[str] = set()
    for path in MODULES:
        source = path.read_text("utf-8")
        for pattern in PATTERNS:
            for match in pattern.findall(source):
                found.update(CODE.findall(f'"{match}"') or CODE.findall(match))
    assert len(found) >= 18
    assert sorted(c for c in found if c not in TEXTS) == []
    assert sorted(c for c in token_texts.TEXTS if c not in found) == []
