"""Problems found in the director's data, in a shape both the CLI and the GUI can word."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"  # blocks signing
    WARNING = "warning"  # shown, never blocks


def belongs(path: str, container: str) -> bool:
    """Is the JSON path `path` the path `container` or inside it (`$.owner` holds
    `$.owner.last_name` and `$.owner.phones[0].number`, not `$.owner_x`)?"""
    return path == container or path.startswith((container + ".", container + "["))


@dataclass(frozen=True)
class Problem:
    """One finding: a JSON path as the eHealth server writes it, a stable code, parameters.

    No human text lives here; core.texts (English, for the CLI) and ui.messages (translated)
    turn the code and params into words.
    """

    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "code": self.code,
            "params": dict(self.params),
            "severity": self.severity.value,
        }


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)
