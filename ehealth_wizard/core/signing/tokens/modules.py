"""PKCS#11 modules: where token vendors install them, and loading one safely.

A module is a shared library (`.dll` / `.so` / `.dylib`) the token vendor ships. We look for the
names Ukrainian tokens use, then OpenSC and SoftHSM, in the usual library
folders; the director can also pick the file. Every call into a loaded module goes through the
module's lock: PKCS#11 modules initialised without locking callbacks (what python-pkcs11 does)
may assume one thread at a time, and the Key page polls while another worker signs.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ehealth_wizard.core.signing.tokens.errors import (
    NoTokenModule,
    TokenModuleMissing,
    TokenModuleUnloadable,
)

T = TypeVar("T")


@dataclass(frozen=True)
class KnownModule:
    """A vendor module by its base name (no `lib` prefix, no extension)."""

    name: str
    product: str


# Order = preference when several are installed: Ukrainian vendor modules first.
KNOWN_MODULES: tuple[KnownModule, ...] = (
    KnownModule("Av337CryptokiD", "Avtor SecureToken-337"),
    KnownModule("avcryptokinxt", "Avtor (Кристал-1, SecureToken)"),
    KnownModule("avcryptoki", "Avtor"),
    KnownModule("sisp11", "SIS / Алмаз-1К, Кристал-1"),
    KnownModule("efitkeynxt", "Efit Key (Автор)"),
    KnownModule("opensc-pkcs11", "OpenSC"),
    KnownModule("softhsm2", "SoftHSM 2 (test token)"),
    KnownModule("softhsm2-x64", "SoftHSM 2 (test token)"),
)

LINUX_DIRS: tuple[str, ...] = (
    "/usr/lib",
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu/pkcs11",
    "/usr/lib/softhsm",
    "/usr/lib/pkcs11",
    "/usr/lib64",
    "/usr/lib64/pkcs11",
    "/usr/local/lib",
    "/usr/local/lib/softhsm",
    "/usr/local/lib/pkcs11",
)
WINDOWS_DIRS: tuple[str, ...] = (
    r"C:\Windows\System32",
    r"C:\Program Files\OpenSC Project\OpenSC\pkcs11",
    r"C:\SoftHSM2\lib",
)
MAC_DIRS: tuple[str, ...] = ("/usr/local/lib", "/opt/homebrew/lib", "/Library/OpenSC/lib")


def file_names(name: str, system: str) -> list[str]:
    """The file names a module called `name` has on `system` ("linux", "win32", "darwin")."""
    if system.startswith("win"):
        return [f"{name}.dll"]
    ext = ".dylib" if system == "darwin" else ".so"
    base = name[3:] if name.startswith("lib") else name
    return [f"lib{base}{ext}", f"{base}{ext}"]


def search_dirs(system: str | None = None) -> tuple[str, ...]:
    system = system or sys.platform
    if system.startswith("win"):
        return WINDOWS_DIRS
    if system == "darwin":
        return MAC_DIRS
    return LINUX_DIRS


@dataclass(frozen=True)
class ModuleCandidate:
    """A module file found on this computer (not loaded yet)."""

    path: str
    product: str


def find_modules(
    dirs: Sequence[str] | None = None,
    known: Iterable[KnownModule] = KNOWN_MODULES,
    system: str | None = None,
) -> list[ModuleCandidate]:
    """Known modules present in the library folders, vendor modules first, each path once."""
    system = system or sys.platform
    folders = list(dirs if dirs is not None else search_dirs(system))
    found: list[ModuleCandidate] = []
    seen: set[str] = set()
    for module in known:
        for folder in folders:
            for file_name in file_names(module.name, system):
                path = os.path.join(folder, file_name)
                if not os.path.isfile(path):
                    continue
                real = os.path.realpath(path)
                if real in seen:
                    continue
                seen.add(real)
                found.append(ModuleCandidate(path, module.product))
    return found


def product_of(path: str) -> str:
    """The product a module file belongs to (by its base name), or the file name itself."""
    stem = Path(path).name.split(".")[0].lower()
    for module in KNOWN_MODULES:
        name = module.name.lower()
        if stem in (name, f"lib{name}"):
            return module.product
    return Path(path).name


class Module:
    """A loaded PKCS#11 module (python-pkcs11 `lib`) with its lock and open-session count."""

    def __init__(self, path: str, lib: Any) -> None:
        self.path = path
        self.lib = lib
        self.lock = threading.RLock()
        self._sessions = 0

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def manufacturer(self) -> str:
        return str(getattr(self.lib, "manufacturer_id", "") or "").strip()

    @property
    def description(self) -> str:
        return str(getattr(self.lib, "library_description", "") or "").strip()

    def call(self, fn: Callable[[], T]) -> T:
        """Run one PKCS#11 interaction under the module's lock."""
        with self.lock:
            return fn()

    def session_opened(self) -> None:
        with self.lock:
            self._sessions += 1

    def session_closed(self) -> None:
        with self.lock:
            self._sessions = max(0, self._sessions - 1)

    @property
    def busy(self) -> bool:
        return self._sessions > 0

    def rescan(self) -> bool:
        """Re-initialise the module so it sees readers/tokens plugged in since it loaded.

        Only while no session of ours is open (finalising would close it); returns whether it
        re-initialised. Cheap (C_Finalize + C_Initialize).
        """
        with self.lock:
            if self._sessions:
                return False
            try:
                self.lib.reinitialize()
            except Exception as exc:  # the module refuses: report like a failed load
                raise TokenModuleUnloadable(path=self.path, reason=_reason(exc)) from None
            return True

    def finalize(self) -> None:
        with self.lock:
            with contextlib.suppress(Exception):  # a module failing to finalise is dropped anyway
                self.lib.finalize()
            self._sessions = 0


_MODULES: dict[str, Module] = {}
_MODULES_LOCK = threading.Lock()


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__


def load_module(path: str | os.PathLike[str]) -> Module:
    """The loaded module at `path` (loaded once per process, then shared)."""
    key = os.path.abspath(os.fspath(path))
    with _MODULES_LOCK:
        module = _MODULES.get(key)
        if module is not None:
            return module
        if not os.path.isfile(key):
            raise TokenModuleMissing(path=key)
        try:
            import pkcs11

            lib = pkcs11.lib(key)
        except Exception as exc:
            raise TokenModuleUnloadable(path=key, reason=_reason(exc)) from None
        module = Module(key, lib)
        _MODULES[key] = module
        return module


def default_module(dirs: Sequence[str] | None = None) -> Module:
    """The first known module found that loads; `NoTokenModule` when there is none."""
    last: Exception | None = None
    for candidate in find_modules(dirs):
        try:
            return load_module(candidate.path)
        except (TokenModuleMissing, TokenModuleUnloadable) as exc:
            last = exc
    if last is not None:
        raise last
    raise NoTokenModule()


def resolve_module(path: str | os.PathLike[str] | None) -> Module:
    """`path` when given, else the first module found in the usual folders."""
    return load_module(path) if path else default_module()


def forget_modules() -> None:
    """Finalise every loaded module (tests switch SOFTHSM2_CONF between tokens; a module
    reads its configuration when it initialises)."""
    with _MODULES_LOCK:
        modules = list(_MODULES.values())
        _MODULES.clear()
    for module in modules:
        module.finalize()
