"""How every command prints Problems: one readable line each, or one JSON object per line.

`check`, `payload` and `sign` share it so a script reading `--json` gets the same shape from all.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import TextIO

from ehealth_wizard.core.problems import Problem
from ehealth_wizard.core.texts import describe


def problem_line(problem: Problem) -> str:
    """`error: $.owner.tax_id: <text> [code]`."""
    message = describe(problem.code, problem.params)
    return f"{problem.severity.value}: {problem.path}: {message} [{problem.code}]"


def problem_json(problem: Problem) -> str:
    """One JSON object: path, code, message, severity, params."""
    return json.dumps(
        {
            "path": problem.path,
            "code": problem.code,
            "message": describe(problem.code, problem.params),
            "severity": problem.severity.value,
            "params": dict(problem.params),
        },
        ensure_ascii=False,
    )


def print_problems(
    problems: Iterable[Problem], *, as_json: bool = False, file: TextIO | None = None
) -> None:
    """Print each problem on its own line (to stdout unless `file` is given)."""
    out = file if file is not None else sys.stdout
    for problem in problems:
        print(problem_json(problem) if as_json else problem_line(problem), file=out)
