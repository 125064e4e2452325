"""The vendor's build commands: the NSIS script compiles here; the .deb installs, runs, removes.

The .deb test builds the real one-folder program with PyInstaller (minutes), so it is marked
slow: `.ci/run` runs it after the main suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = [sys.executable, str(ROOT / "packaging" / "build.py")]
SAMPLE_PROFILE = ROOT / "packaging" / "vendor-profile.sample.toml"


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian nsis) missing")
@pytest.mark.parametrize("profile", [None, SAMPLE_PROFILE], ids=["plain", "vendor"])
def test_windows_installer_script_compiles(profile: Path | None) -> None:
    cmd = [*BUILD, "windows-installer", "--check"]
    if profile is not None:
        cmd += ["--profile", str(profile)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "NSIS script compiles" in result.stdout


def test_windows_installer_refuses_a_folder_that_is_not_a_build(tmp_path: Path) -> None:
    result = subprocess.run(
        [*BUILD, "windows-installer", "--dist", str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "ehealth-wizard.exe" in result.stderr


def test_a_profile_holding_a_secret_is_refused_by_the_build(tmp_path: Path) -> None:
    bad = tmp_path / "vendor.toml"
    bad.write_text(
        "[environment]\napi_base_url = 'https://api.example'\nmis_client_secret = 'x'\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [*BUILD, "windows-installer", "--check", "--profile", str(bad)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "keyring" in result.stderr


def _dpkg_installed(package: str) -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True)
    return b"install ok installed" in out.stdout


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="installing a .deb needs root")
@pytest.mark.skipif(shutil.which("apt-get") is None, reason="not a Debian machine")
def test_deb_builds_installs_runs_the_smoke_test_and_removes_cleanly(tmp_path: Path) -> None:
    assert not _dpkg_installed("ehealth-wizard"), "remove the installed ehealth-wizard first"
    build = subprocess.run(
        [*BUILD, "linux", "--profile", str(SAMPLE_PROFILE)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(build.stdout[-600:])
    debs = sorted((ROOT / "dist").glob("ehealth-wizard_*_amd64.deb"))
    assert debs
    deb = debs[-1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["DEBIAN_FRONTEND"] = "noninteractive"
    install = subprocess.run(
        ["apt-get", "install", "-y", "-q", str(deb)], capture_output=True, text=True, env=env
    )
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
    try:
        assert Path("/usr/bin/ehealth-wizard").exists()
        assert Path("/usr/share/applications/ehealth-wizard.desktop").is_file()
        assert Path("/opt/ehealth-wizard/vendor.toml").is_file()
        env["QT_QPA_PLATFORM"] = "offscreen"
        version = subprocess.run(
            ["/usr/bin/ehealth-wizard", "--version"], capture_output=True, text=True, env=env
        )
        assert "GOST 28147/34.311: compiled (C)" in version.stdout, version.stdout + version.stderr
        env["HOME"] = str(tmp_path)  # the smoke test's drafts and sandbox live here
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
        smoke = subprocess.run(
            ["/usr/bin/ehealth-wizard", "--smoke-test"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert smoke.returncode == 0, smoke.stdout[-3000:] + smoke.stderr[-3000:]
        assert '"stage": "invitation"' in smoke.stdout
    finally:
        remove = subprocess.run(
            ["apt-get", "remove", "-y", "-q", "ehealth-wizard"],
            capture_output=True,
            text=True,
            env=env,
        )
    assert remove.returncode == 0, remove.stderr
    assert not _dpkg_installed("ehealth-wizard")
    assert not Path("/opt/ehealth-wizard").exists()
    assert not Path("/usr/bin/ehealth-wizard").exists()
