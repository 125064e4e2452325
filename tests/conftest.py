"""Suite-wide settings: offscreen Qt, no real keyring, no network beyond 127.0.0.1."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# Never let a test pick up a developer's or a vendor's real configuration.
os.environ.pop("EHEALTH_WIZARD_PROFILE", None)
os.environ.pop("EHEALTH_WIZARD_SERVER", None)
