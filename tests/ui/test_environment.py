"""Environments: the sandbox badge by default, a real server named in the title bar."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ehealth_wizard.ui.wizard import MainController, make_session


def window_for(tmp_path: Path, server: str | None) -> Any:
    args = SimpleNamespace(server=server, profile=None, data_dir=str(tmp_path))
    return MainController(make_session(args), "en").window


def test_no_configuration_means_the_sandbox_with_a_badge(qapp: Any, tmp_path: Path) -> None:
    window = window_for(tmp_path, None)
    assert window.session.environment.is_sandbox
    assert "SANDBOX" in window.windowTitle()
    assert window.side.badge.objectName() == "sandboxBadge"
    assert "SANDBOX" in window.side.badge.text()
    window.show()
    assert not window.pages[_welcome()].demo_box.isHidden()
    window.close()


def test_a_real_server_is_shown_in_the_title_bar(qapp: Any, tmp_path: Path) -> None:
    window = window_for(tmp_path, "https://api-preprod.ehealth.gov.ua")
    assert not window.session.environment.is_sandbox
    assert "https://api-preprod.ehealth.gov.ua" in window.windowTitle()
    assert "SANDBOX" not in window.windowTitle()
    assert window.side.badge.objectName() == "realBadge"
    assert "api-preprod.ehealth.gov.ua" in window.side.badge.text()
    window.show()
    assert window.pages[_welcome()].demo_box.isHidden()
    window.close()


def _welcome() -> Any:
    from ehealth_wizard.core.flow import Step

    return Step.WELCOME


def test_no_display_is_one_plain_sentence_and_exit_2(tmp_path: Path) -> None:
    """Not a Qt abort (exit 134) blaming libxcb-cursor0: the director reads one sentence."""
    import os
    import subprocess
    import sys

    for lang, words in (("uk", "робочого столу"), ("en", "desktop session")):
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        }
        env["EHEALTH_WIZARD_LANG"] = lang
        done = subprocess.run(
            [sys.executable, "-m", "ehealth_wizard", "--data-dir", str(tmp_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2, (done.returncode, done.stderr[-500:])
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], done.stderr
        assert "xcb" not in done.stderr and "Traceback" not in done.stderr
