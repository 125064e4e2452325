"""AppPaths: where the program keeps its files, and folders created owner-only."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

from ehealth_wizard.core.paths import (
    APP_NAME,
    ENV_DATA_DIR,
    PORTABLE_MARKER,
    AppPaths,
    ensure_dir,
    portable_dir,
)


def test_explicit_folder_wins_over_everything(tmp_path: Path) -> None:
    exe = tmp_path / "app" / "ehealth-wizard.exe"
    exe.parent.mkdir()
    (exe.parent / PORTABLE_MARKER).write_text("")
    paths = AppPaths.resolve(
        tmp_path / "mine", environ={ENV_DATA_DIR: str(tmp_path / "env")}, executable=exe
    )
    assert paths.source == "explicit"
    assert paths.data_dir == tmp_path / "mine"
    assert paths.config_dir == tmp_path / "mine" / "config"
    assert paths.cache_dir == tmp_path / "mine" / "cache"
    assert paths.log_dir == tmp_path / "mine" / "logs"
    assert paths.drafts_dir == tmp_path / "mine" / "drafts"


def test_environment_variable_then_portable_then_platform(tmp_path: Path) -> None:
    exe = tmp_path / "app" / "ehealth-wizard"
    exe.parent.mkdir()
    env = {ENV_DATA_DIR: str(tmp_path / "env")}
    assert AppPaths.resolve(environ=env, executable=exe).data_dir == tmp_path / "env"
    assert AppPaths.resolve(environ=env, executable=exe).source == "env"
    assert AppPaths.resolve(environ={ENV_DATA_DIR: "  "}, executable=exe).source == "platform"

    (exe.parent / PORTABLE_MARKER).write_text("")
    portable = AppPaths.resolve(environ={}, executable=exe)
    assert portable.source == "portable"
    assert portable.data_dir == exe.parent / "data"


def test_platform_places_follow_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    paths = AppPaths.resolve()  # a plain interpreter is never portable
    assert paths.source == "platform"
    assert paths.data_dir == Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    assert paths.config_dir == Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    assert paths.log_dir == Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    assert APP_NAME in str(paths.data_dir)


def test_home_is_expanded_in_an_explicit_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/director")
    assert AppPaths.in_folder("~/eh").data_dir == Path("/home/director/eh")


def test_nothing_is_created_until_asked(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path / "new")
    assert not (tmp_path / "new").exists()
    assert paths.drafts_ready() == tmp_path / "new" / "drafts"
    assert (tmp_path / "new" / "drafts").is_dir()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_created_folders_are_0700_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        paths = AppPaths.in_folder(tmp_path / "a" / "b")
        for made in (paths.drafts_ready(), paths.config_ready(), paths.cache_ready()):
            assert made.stat().st_mode & 0o777 == 0o700
        assert paths.logs_ready().stat().st_mode & 0o777 == 0o700
        assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700
        assert (tmp_path / "a" / "b").stat().st_mode & 0o777 == 0o700
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    ensure_dir(shared / "drafts")
    assert shared.stat().st_mode & 0o777 == 0o755
    assert (shared / "drafts").stat().st_mode & 0o777 == 0o700


def test_portable_needs_a_frozen_program_unless_told_the_executable(tmp_path: Path) -> None:
    assert portable_dir() is None  # the test runs in a plain interpreter
    exe = tmp_path / "ehealth-wizard"
    assert portable_dir(exe) is None
    (tmp_path / PORTABLE_MARKER).mkdir()  # a folder is not the marker file
    assert portable_dir(exe) is None
