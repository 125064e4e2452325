"""The wizard's step ids and their order, apart from core.flow's rules.

The window draws its side panel and its first page from these before core.flow (and with it
the registration model and validation) is loaded: that load waits until the first paint.
"""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    WELCOME = "welcome"
    FACILITY = "facility"
    LICENSE = "license"
    DIRECTOR = "director"
    KEY = "key"
    REVIEW = "review"
    SUBMIT = "submit"
    DONE = "done"


ORDER: tuple[Step, ...] = tuple(Step)
