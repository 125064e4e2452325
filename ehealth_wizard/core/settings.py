"""Where the vendor profile is found, and the secrets kept in the keyring.

What a profile says, and how it is read and checked, is in core/profile.py: that is loaded only
when a profile file exists (the embedded sandbox's start goes without it). The MIS client secret
and API key are never in the file: the program asks for them once and keeps them in the OS
keyring; when no secure store exists it says so instead of falling back to a plaintext file.

Where a profile is found, first match wins: `--profile FILE` > `EHEALTH_WIZARD_PROFILE` >
`vendor.toml` next to the executable (frozen builds, /opt/ehealth-wizard) > the system config
folder (/etc/xdg/ehealth-wizard/vendor.toml, C:\\ProgramData\\ehealth-wizard\\vendor.toml).
No profile: the program runs on the embedded sandbox.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from ehealth_wizard import APP_NAME
from ehealth_wizard.core.errors import UserFacingError

if TYPE_CHECKING:
    from ehealth_wizard.core.profile import VendorProfile

PROFILE_FILE = "vendor.toml"
ENV_PROFILE = "EHEALTH_WIZARD_PROFILE"


class SecureStoreMissing(UserFacingError):
    """No OS keyring is available to keep the MIS secrets."""

    code = "secure_store_missing"


def profile_candidates(explicit: Path | str | None = None) -> list[Path]:
    """Where a profile is looked for, in order (see the module docstring)."""
    found: list[Path] = []
    if explicit:
        found.append(Path(explicit))
    env = os.environ.get(ENV_PROFILE)
    if env:
        found.append(Path(env))
    found.append(Path(sys.executable).resolve().parent / PROFILE_FILE)
    if getattr(sys, "frozen", False) is False:
        found.append(Path(sys.argv[0]).resolve().parent / PROFILE_FILE)
    found.append(Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / PROFILE_FILE)
    return found


def find_profile(explicit: Path | str | None = None) -> VendorProfile | None:
    """The active vendor profile, or None (embedded sandbox, no branding).

    An explicitly named file that is missing is an error; the implicit places are optional.
    """
    if explicit and not Path(explicit).is_file():
        from ehealth_wizard.core.profile import ProfileError

        raise ProfileError(file=str(explicit), reason="file not found")
    for candidate in profile_candidates(explicit):
        if candidate.is_file():
            from ehealth_wizard.core.profile import load_profile  # only when there is one

            return load_profile(candidate)
    return None


class Secrets:
    """The MIS client secret and API key in the OS keyring, one entry per vendor environment."""

    def __init__(self, service: str) -> None:
        self.service = service

    def get(self, name: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(self.service, name)
        except KeyringError as exc:
            raise SecureStoreMissing(reason=str(exc)) from None

    def set(self, name: str, value: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        from ehealth_wizard.core.profile import SECRET_NAMES

        if name not in SECRET_NAMES:
            raise ValueError(name)
        try:
            keyring.set_password(self.service, name, value)
        except KeyringError as exc:
            raise SecureStoreMissing(reason=str(exc)) from None

    def missing(self) -> list[str]:
        from ehealth_wizard.core.profile import SECRET_NAMES

        return [name for name in SECRET_NAMES if not self.get(name)]
