"""The environment's words in the window (the choice itself is core.ehealth.environments')."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehealth_wizard.core.ehealth.environments import Environment

translate = QCoreApplication.translate


def environment_title(environment: Environment) -> str:
    if environment.is_sandbox:
        return translate("environment", "Sandbox (practice, nothing is really registered)")
    return environment.name or environment.url
