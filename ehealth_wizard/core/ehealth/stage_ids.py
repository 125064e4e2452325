"""The fixed ids of eHealth's verification stages, in the official order.

One list for the client (`stages`, `errors`) and the sandbox (which imports it; the core never
imports the sandbox), so the two sides cannot drift apart.
"""

from __future__ import annotations

# The submission's stages, in the official procedure's order.
SUBMIT_STAGES: tuple[str, ...] = (
    "signature",
    "signer",
    "content",
    "kved",
    "edr",
    "license",
    "registration",
    "invitation",
)
# Stages that happen later, outside the submission: the director accepts, the registry lists.
LATER_STAGES: tuple[str, ...] = ("account", "registry")
STAGES: tuple[str, ...] = SUBMIT_STAGES + LATER_STAGES
