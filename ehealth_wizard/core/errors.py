"""Errors meant for the user: a stable code plus parameters; anything else is a bug."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class UserFacingError(Exception):
    """An expected failure the director must be told about (wrong password, broken file, ...).

    `code` is stable (the UI and the CLI look up their wording by it); `params` fill the text.
    """

    code: str = "error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params: Mapping[str, Any] = params
        super().__init__(self.code, dict(params))

    def __str__(self) -> str:
        from ehealth_wizard.core.texts import describe

        return describe(self.code, self.params)


class Cancelled(UserFacingError):
    """The user cancelled a long operation."""

    code = "cancelled"
