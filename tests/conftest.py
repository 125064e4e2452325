"""Suite-wide settings: offscreen Qt, no real keyring, no network beyond 127.0.0.1."""

from __future__ import annotations

import os
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# Never let a test pick up a developer's or a vendor's real configuration.
os.environ.pop("EHEALTH_WIZARD_PROFILE", None)
os.environ.pop("EHEALTH_WIZARD_SERVER", None)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: Any) -> None:
    """What a command keeps in the data dir (submission records, the CLI's sandbox) stays in a
    folder of the test's own, never in the user's."""
    monkeypatch.setenv("EHEALTH_WIZARD_DATA_DIR", str(tmp_path_factory.mktemp("appdata")))
