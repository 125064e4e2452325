"""Build ehealth-wizard for MIS vendors: one command per platform (see packaging/README.md).

    python packaging/build.py linux [--profile vendor.toml] [--no-trim]
    python packaging/build.py windows-installer --dist DIR [--profile vendor.toml]
    python packaging/build.py windows-installer --check

Standard library only, so it runs from any Python with PyInstaller installed (Linux) or with
`makensis` on the PATH (the Windows installer, which makensis also builds on Linux).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP = "ehealth-wizard"

# What the Qt xcb/wayland platform plugins and fonts need on a Debian/Ubuntu desktop.
# The one-folder build leaves these system libraries out (ehealth-wizard.spec SYSTEM_LIBS).
DEB_DEPENDS = (
    "libc6 (>= 2.34), libstdc++6, libgcc-s1, zlib1g, libegl1, libgl1, libfontconfig1, "
    "libfreetype6, libxkbcommon0, libglib2.0-0, libdbus-1-3, libx11-6, libx11-xcb1, libxcb1, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, "
    "libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, "
    "libxcb-glx0, libwayland-client0, libwayland-cursor0, libwayland-egl1, "
    "libgssapi-krb5-2, libsqlite3-0, libzstd1, fonts-dejavu-core"
)


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def read_profile(path: Path | None) -> dict[str, object]:
    """The profile as TOML data, checked by the program's own parser (refuses secrets)."""
    if path is None:
        return {}
    sys.path.insert(0, str(ROOT))
    from ehealth_wizard.core.profile import load_profile

    load_profile(path)  # raises ProfileError with a reason
    return tomllib.loads(path.read_text(encoding="utf-8"))


def copy_profile(profile: Path, dest: Path) -> None:
    """Put the profile next to the program as vendor.toml, its logo/icon under branding/."""
    text = profile.read_text(encoding="utf-8")
    vendor = tomllib.loads(text).get("vendor", {})
    for key in ("logo", "icon"):
        name = vendor.get(key) if isinstance(vendor, dict) else None
        if not name:
            continue
        src = profile.parent / str(name)
        if not src.is_file():
            raise SystemExit(f"profile names {key} = {name!r}, but {src} does not exist")
        (dest / "branding").mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest / "branding" / src.name)
        text = re.sub(
            rf'^(\s*{key}\s*=\s*)(["\']).*?\2',
            lambda m, n=src.name: f'{m.group(1)}"branding/{n}"',
            text,
            count=1,
            flags=re.MULTILINE,
        )
    (dest / "vendor.toml").write_text(text, encoding="utf-8")


def pyinstaller_build(trim: bool, work: Path, dist: Path) -> Path:
    env = dict(os.environ, EHW_TRIM="1" if trim else "0")
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "ehealth-wizard.spec"),
        ],
        env=env,
    )
    return dist / APP


def build_deb(folder: Path, profile: Path | None, out_dir: Path) -> Path:
    data = read_profile(profile)
    vendor = data.get("vendor", {}) if isinstance(data.get("vendor"), dict) else {}
    vendor_name = str(vendor.get("name", "")) if isinstance(vendor, dict) else ""
    support = data.get("support", {})
    support_email = str(support.get("email", "")) if isinstance(support, dict) else ""
    stage = Path(tempfile.mkdtemp(prefix="ehw-deb-"))
    try:
        opt = stage / "opt" / APP
        shutil.copytree(folder, opt, symlinks=True)
        if profile is not None:
            copy_profile(profile, opt)
        bin_dir = stage / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        launcher = bin_dir / APP
        launcher.write_text(f'#!/bin/sh\nexec /opt/{APP}/{APP} "$@"\n', encoding="utf-8")
        launcher.chmod(0o755)
        apps = stage / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        desktop = (PACKAGING / "linux" / f"{APP}.desktop").read_text(encoding="utf-8")
        if vendor_name:
            desktop = desktop.replace("Name=", f"Name={vendor_name}: ", 1)
        (apps / f"{APP}.desktop").write_text(desktop, encoding="utf-8")
        icons = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copy2(PACKAGING / "linux" / f"{APP}.svg", icons / f"{APP}.svg")
        installed_kb = size_of(stage) // 1024
        debian = stage / "DEBIAN"
        debian.mkdir()
        control = (PACKAGING / "linux" / "control.in").read_text(encoding="utf-8")
        control = control.format(
            version=version(),
            depends=DEB_DEPENDS,
            installed_size=installed_kb,
            maintainer=f"{vendor_name or APP} <{support_email or 'support@localhost'}>",
        )
        (debian / "control").write_text(control, encoding="utf-8")
        for script in ("postinst", "postrm"):
            src = PACKAGING / "linux" / script
            shutil.copy2(src, debian / script)
            (debian / script).chmod(0o755)
        out_dir.mkdir(parents=True, exist_ok=True)
        deb = out_dir / f"{APP}_{version()}_amd64.deb"
        run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(stage), str(deb)])
        return deb
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def cmd_linux(args: argparse.Namespace) -> int:
    dist = ROOT / "dist"
    work = ROOT / "build" / "pyinstaller"
    folder = pyinstaller_build(not args.no_trim, work, dist / "linux")
    deb = build_deb(folder, Path(args.profile) if args.profile else None, dist)
    print(f"one-folder build: {folder} ({mb(size_of(folder))})")
    print(f"debian package:   {deb} ({mb(size_of(deb))})")
    return 0


def makensis(dist: Path, profile: Path | None, out: Path, *, strict: bool = False) -> Path:
    if shutil.which("makensis") is None:
        raise SystemExit("makensis is not installed (Debian: apt-get install nsis)")
    data = read_profile(profile)
    vendor = data.get("vendor", {}) if isinstance(data.get("vendor"), dict) else {}
    vendor_name = str(vendor.get("name", "ehealth-wizard")) if isinstance(vendor, dict) else ""
    defines = {
        "APP_VERSION": version(),
        "DIST_DIR": str(dist.resolve()),
        "OUT_FILE": str(out.resolve()),
        "VENDOR_NAME": vendor_name or "ehealth-wizard",
    }
    staged = Path(tempfile.mkdtemp(prefix="ehw-profile-"))
    if profile is not None:
        copy_profile(profile, staged)
        defines["PROFILE_DIR"] = str(staged)
        icon = vendor.get("icon") if isinstance(vendor, dict) else None
        if icon and str(icon).lower().endswith(".ico"):
            defines["ICON_FILE"] = str((profile.parent / str(icon)).resolve())
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["makensis", "-V2", "-INPUTCHARSET", "UTF8"] + (["-WX"] if strict else [])
    cmd += [f"-D{k}={v}" for k, v in defines.items()]
    cmd.append(str(PACKAGING / "windows" / "installer.nsi"))
    try:
        run(cmd)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    return out


def stand_in_dist(folder: Path) -> Path:
    """A folder shaped like a Windows one-folder build, so the NSIS script compiles here."""
    dist = folder / APP
    (dist / "_internal" / "resources").mkdir(parents=True)
    (dist / f"{APP}.exe").write_bytes(b"MZ stand-in for the PyInstaller executable\n")
    (dist / "_internal" / "python311.dll").write_bytes(b"stand-in\n")
    (dist / "_internal" / "resources" / "README.txt").write_text("stand-in\n", encoding="utf-8")
    return dist


def cmd_windows_installer(args: argparse.Namespace) -> int:
    profile = Path(args.profile) if args.profile else None
    if args.check:
        with tempfile.TemporaryDirectory(prefix="ehw-nsis-") as tmp:
            dist = stand_in_dist(Path(tmp))
            out = makensis(dist, profile, Path(tmp) / f"{APP}-{version()}-setup.exe", strict=True)
            print(f"NSIS script compiles: stand-in installer {mb(size_of(out))}")
        return 0
    if not args.dist:
        raise SystemExit("--dist DIR (a Windows one-folder build) or --check is required")
    dist = Path(args.dist)
    if not (dist / f"{APP}.exe").is_file():
        raise SystemExit(f"{dist} is not a Windows one-folder build (no {APP}.exe)")
    out = ROOT / "dist" / f"{APP}-{version()}-setup.exe"
    makensis(dist, profile, out)
    print(f"Windows installer: {out} ({mb(size_of(out))})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="target", required=True)
    linux = sub.add_parser("linux", help="one-folder build and .deb under dist/")
    linux.add_argument("--profile", help="vendor profile to bake in")
    linux.add_argument("--no-trim", action="store_true", help="keep every Qt module (to measure)")
    linux.set_defaults(func=cmd_linux)
    win = sub.add_parser("windows-installer", help="NSIS installer from a Windows build")
    win.add_argument("--dist", help="the Windows one-folder build (dist/ehealth-wizard)")
    win.add_argument("--profile", help="vendor profile to bake in")
    win.add_argument("--check", action="store_true", help="compile against a stand-in folder")
    win.set_defaults(func=cmd_windows_installer)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
