"""English wording of every Problem / error / stage code, for the CLI and as Qt source strings.

Each domain keeps its own table in a sibling module; the GUI translates these same English
strings through Qt (context "texts"), so one table serves both front ends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ehealth_wizard.core.texts import (
    drafts,
    ehealth,
    external,
    reasons,
    settings,
    signing,
    tokens,
    validation,
)

TEXTS: dict[str, str] = {}
for _table in (
    validation.TEXTS,
    drafts.TEXTS,
    signing.TEXTS,
    ehealth.TEXTS,
    external.TEXTS,
    tokens.TEXTS,
    settings.TEXTS,
    reasons.TEXTS,
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


# Parameters that carry a `reason` code (core/reasons.py), worded by the `reason.<code>` texts.
REASON_PARAMS = ("reason", "error")


def _same(text: str) -> str:
    return text


def expand_params(
    params: Mapping[str, Any] | None, render: Callable[[str], str] = _same
) -> dict[str, Any]:
    """`params` with each reason code replaced by its words.

    `render` turns an English template into the reader's language (the GUI passes its Qt
    translation); the reason's own placeholders (`{line}`, ...) are filled from `params`.
    """
    out = dict(params or {})
    for name in REASON_PARAMS:
        value = out.get(name)
        if isinstance(value, str) and f"reason.{value}" in TEXTS:
            out[name] = render(TEXTS[f"reason.{value}"]).format_map(_Safe(params or {}))
    return out


def describe(code: str, params: Mapping[str, Any] | None = None) -> str:
    """English text for a code with its parameters filled in (missing ones stay visible).

    Reason codes are worded, and an empty trailing parameter leaves no stray space behind.
    """
    return template(code).format_map(_Safe(expand_params(params))).strip()
