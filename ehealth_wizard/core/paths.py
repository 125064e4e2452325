"""Where the program keeps its files: the OS's usual places, or one folder the user names.

Order of choice: an explicit folder (`--data-dir`, tests) > `EHEALTH_WIZARD_DATA_DIR` > portable
mode (a frozen build with a `portable` marker file beside the executable keeps everything in
`data/` next to it, e.g. on a USB stick) > platformdirs. Nothing is created until asked for, and
folders the program creates are owner-only (0700).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ehealth_wizard import APP_NAME as APP_NAME

ENV_DATA_DIR = "EHEALTH_WIZARD_DATA_DIR"
PORTABLE_MARKER = "portable"
DIR_MODE = 0o700


def ensure_dir(path: Path) -> Path:
    """Create `path` (and missing parents) owner-only if it does not exist; return it.

    Folders that already exist keep their mode: a folder the user picked is theirs.
    """
    missing: list[Path] = []
    node = path
    while not node.exists():
        missing.append(node)
        if node.parent == node:
            break
        node = node.parent
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if sys.platform != "win32":
        for created in missing:
            os.chmod(created, DIR_MODE)  # mkdir's mode is filtered by the umask
    return path


@dataclass(frozen=True)
class AppPaths:
    """The program's folders: plain paths; `ensure_dir` or the `*_ready` helpers create them."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path
    source: str = "platform"  # "explicit" | "env" | "portable" | "platform": for diagnostics

    @classmethod
    def in_folder(cls, base: Path | str, *, source: str = "explicit") -> AppPaths:
        """Everything under one folder: data in it, config/cache/logs in subfolders."""
        root = Path(base).expanduser().absolute()
        return cls(
            data_dir=root,
            config_dir=root / "config",
            cache_dir=root / "cache",
            log_dir=root / "logs",
            source=source,
        )

    @classmethod
    def platform(cls) -> AppPaths:
        """The OS's usual per-user places (XDG on Linux, %LOCALAPPDATA% on Windows, ...)."""
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            source="platform",
        )

    @classmethod
    def resolve(
        cls,
        data_dir: Path | str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        executable: Path | str | None = None,
    ) -> AppPaths:
        """Pick the folders by the order in the module docstring."""
        env = os.environ if environ is None else environ
        if data_dir:
            return cls.in_folder(data_dir, source="explicit")
        from_env = env.get(ENV_DATA_DIR, "").strip()
        if from_env:
            return cls.in_folder(from_env, source="env")
        portable = portable_dir(executable)
        if portable is not None:
            return cls.in_folder(portable, source="portable")
        return cls.platform()

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    def drafts_ready(self) -> Path:
        """The drafts folder, created owner-only if needed."""
        return ensure_dir(self.drafts_dir)

    def config_ready(self) -> Path:
        return ensure_dir(self.config_dir)

    def cache_ready(self) -> Path:
        return ensure_dir(self.cache_dir)

    def logs_ready(self) -> Path:
        return ensure_dir(self.log_dir)


def portable_dir(executable: Path | str | None = None) -> Path | None:
    """`<exe folder>/data` when a frozen build sits beside a `portable` marker file, else None.

    `executable` is given by tests; by default only a frozen (PyInstaller) program qualifies,
    so a Python interpreter with a stray file named `portable` beside it never switches modes.
    """
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        executable = sys.executable
    folder = Path(executable).absolute().parent
    if (folder / PORTABLE_MARKER).is_file():
        return folder / "data"
    return None
