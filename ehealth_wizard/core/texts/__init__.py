"""English wording of every Problem / error / stage code, for the CLI and as Qt source strings.

Each domain keeps its own table in a sibling module; the GUI translates these same English
strings through Qt (context "texts"), so one table serves both front ends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ehealth_wizard.core.texts import drafts, ehealth, settings, signing, tokens, validation

TEXTS: dict[str, str] = {}
for _table in (
    validation.TEXTS,
    drafts.TEXTS,
    signing.TEXTS,
    ehealth.TEXTS,
    tokens.TEXTS,
    settings.TEXTS,
):
    TEXTS.update(_table)
TEXTS.setdefault("cancelled", "Cancelled.")
TEXTS.setdefault("error", "Something went wrong.")


class _Safe(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def template(code: str) -> str:
    """The English template for a code; the code itself when none is registered."""
    return TEXTS.get(code, code)


def describe(code: str, params: Mapping[str, Any] | None = None) -> str:
    """English text for a code with its parameters filled in (missing ones stay visible)."""
    return template(code).format_map(_Safe(params or {}))
