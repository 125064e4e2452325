"""The one map from codes (Problems, errors, stages) to words the director reads.

The core keeps an English template per code (core.texts); here it is translated through Qt
(context "texts", the .ts files carry every template) and then filled with the parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ehealth_wizard.core import texts
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.problems import Problem

translate = QCoreApplication.translate


class _Safe(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(code: str, params: Mapping[str, Any] | None = None) -> str:
    """Translated text for a core code; an unknown code falls back to a calm generic sentence."""
    template = texts.TEXTS.get(code)
    if template is None:
        return translate("messages", "Something went wrong ({code}).").format(code=code)
    return translate("texts", template).format_map(_Safe(params or {}))


def problem_text(problem: Problem) -> str:
    return describe(problem.code, problem.params)


def error_text(exc: BaseException) -> str:
    """What to tell the director about a failure from a worker."""
    if isinstance(exc, UserFacingError):
        return describe(exc.code, exc.params)
    return translate(
        "messages",
        "The program hit an unexpected problem. Your draft is saved. "
        "Please try again; if it repeats, send the log to support.",
    )


def stage_title(stage: str) -> str:
    """Human name of a server-side verification stage (ids fixed by the sandbox issue)."""
    if stage == "sign":
        return translate("stages", "Signing on this computer")
    code = f"stage_{stage}"
    return describe(code) if code in texts.TEXTS else stage


def stage_status(status: str) -> str:
    code = f"stage_status_{status}"
    return describe(code) if code in texts.TEXTS else status
