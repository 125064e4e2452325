"""The vendor in the window: Welcome banner, About, MIS secrets kept only in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from ehealth_wizard import __version__
from ehealth_wizard.core.flow import Step
from ehealth_wizard.core.settings import Secrets
from ehealth_wizard.ui.vendor import (
    AboutDialog,
    MisSecretsDialog,
    VendorBanner,
    ask_secrets_once,
)
from ehealth_wizard.ui.wizard import MainController, make_session, open_main_window
from tests.fixtures.keyrings import MemoryKeyring, using_keyring
from tests.ui.conftest import wait_until

SAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "vendor-profile.sample.toml"
SECRET = "s3cr3t-client-Ωvalue-7731"
API_KEY = "api-key-Ж-90210-zz"


@pytest.fixture(autouse=True)
def _no_ambient_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EHEALTH_WIZARD_SERVER", raising=False)
    monkeypatch.delenv("EHEALTH_WIZARD_PROFILE", raising=False)


@pytest.fixture
def profile(qapp: Any, tmp_path: Path) -> Path:
    """A copy of the sample profile whose logo is a real PNG next to it."""
    folder = tmp_path / "vendor"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    logo = QImage(96, 64, QImage.Format.Format_ARGB32)
    logo.fill(QColor("#1f6feb"))
    assert logo.save(str(folder / "logo.png"))
    text = text.replace('logo = "linux/ehealth-wizard.svg"', 'logo = "logo.png"')
    assert 'logo = "logo.png"' in text
    target = folder / "vendor.toml"
    target.write_text(text, encoding="utf-8")
    return target


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


def _args(tmp_path: Path, profile: Path | None, server: str | None = None) -> Any:
    return SimpleNamespace(
        server=server, profile=str(profile) if profile else None, data_dir=str(tmp_path / "data")
    )


def _texts(widget: Any) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_the_welcome_page_shows_the_vendor_and_its_support(
    qapp: Any, tmp_path: Path, profile: Path
) -> None:
    window = MainController(make_session(_args(tmp_path, profile)), "en").window
    welcome = window.pages[Step.WELCOME]
    banner = welcome.findChild(VendorBanner)
    assert banner is not None and banner is welcome.vendor_banner  # type: ignore[attr-defined]
    window.show()
    assert banner.isVisible()
    text = _texts(banner)
    assert "МедСофт" in text
    assert "support@medsoft.example.ua" in text
    assert 'href="mailto:support@medsoft.example.ua"' in banner.support.text()
    assert 'href="tel:+380441234567"' in banner.support.text()
    assert banner.support.openExternalLinks()
    assert not banner.logo.isHidden() and not banner.logo.pixmap().isNull()
    window.close()


def test_about_shows_version_vendor_and_environment(
    qapp: Any, tmp_path: Path, profile: Path, memory_keyring: MemoryKeyring
) -> None:
    session = make_session(_args(tmp_path, profile))
    window = MainController(session, "en").window
    window.show()
    button = window.findChild(QPushButton, "aboutButton")
    assert button is not None
    button.click()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.texts()
    assert __version__ in text
    assert "МедСофт" in text
    assert "PREPROD" in text and "api-preprod.ehealth.gov.ua" in text
    assert "support@medsoft.example.ua" in text
    assert "Apache-2.0" in text
    dialog.close()
    window.close()


def test_about_in_the_sandbox_says_sandbox_and_names_no_vendor(qapp: Any, tmp_path: Path) -> None:
    window = MainController(make_session(_args(tmp_path, None)), "en").window
    dialog = AboutDialog(window.session.environment, window)
    assert "sandbox" in dialog.texts()
    assert __version__ in dialog.texts()
    assert dialog.vendor is None
    window.close()


def test_the_secrets_are_asked_once_and_kept_only_in_the_keyring(
    qapp: Any, tmp_path: Path, profile: Path, memory_keyring: MemoryKeyring
) -> None:
    controller = open_main_window(_args(tmp_path, profile), "en")
    window = controller.window
    assert wait_until(lambda: window.findChild(MisSecretsDialog) is not None, 5)
    dialog = window.findChild(MisSecretsDialog)
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.fields) == {"mis_client_secret", "api_key"}
    for field in dialog.fields.values():
        assert field.echoMode() == field.EchoMode.Password
    assert not dialog.save_button.isEnabled()
    dialog.fields["mis_client_secret"].setText(SECRET)
    dialog.fields["api_key"].setText(API_KEY)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert dialog.stored and not dialog.isVisible()
    service = window.session.environment.keyring_service
    assert memory_keyring.entries == {
        (service, "mis_client_secret"): SECRET,
        (service, "api_key"): API_KEY,
    }
    assert Secrets(service).missing() == []
    controller.save_now()
    window.close()
    QApplication.processEvents()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in (SECRET, API_KEY):
                assert secret.encode() not in data, path
                assert secret.encode("utf-16-le") not in data, path
    # Started again with the secrets in the keyring: nothing is asked.
    assert ask_secrets_once(window, window.session.environment) is None


def test_without_a_keyring_it_says_so_and_stores_nothing(
    qapp: Any, tmp_path: Path, profile: Path
) -> None:
    with using_keyring(fail.Keyring()):  # type: ignore[no-untyped-call]
        session = make_session(_args(tmp_path, profile))
        window = MainController(session, "en").window
        dialog = ask_secrets_once(window, session.environment)
        assert dialog is not None and dialog.isVisible()
        assert dialog.message.isVisible()
        assert "no secure password store" in dialog.message.text()
        assert not dialog.save_button.isEnabled()
        assert all(not f.isEnabled() for f in dialog.fields.values())
        dialog.close()
    # A keyring that fails only when writing: the message appears after Save, nothing stored.
    backend = _ReadOnlyKeyring()
    with using_keyring(backend):
        dialog = ask_secrets_once(window, session.environment)
        assert dialog is not None and not dialog.message.isVisible()
        dialog.fields["mis_client_secret"].setText(SECRET)
        dialog.fields["api_key"].setText(API_KEY)
        dialog.save_button.click()
        assert not dialog.stored
        assert dialog.message.isVisible() and "no secure password store" in dialog.message.text()
        assert all(f.text() == "" for f in dialog.fields.values())
        assert backend.entries == {}
        dialog.close()
    window.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


class _ReadOnlyKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        from keyring.errors import PasswordSetError

        raise PasswordSetError("read-only")


def test_no_profile_means_no_banner_and_no_secrets_dialog(
    qapp: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    window = MainController(make_session(_args(tmp_path, None)), "en").window
    assert window.pages[Step.WELCOME].findChild(VendorBanner) is None
    assert ask_secrets_once(window, window.session.environment) is None
    window.close()
    # A real server without a profile: no vendor, so nothing to ask either.
    controller = open_main_window(
        _args(tmp_path, None, server="https://api-preprod.ehealth.gov.ua"), "en"
    )
    wait_until(lambda: False, 0.2)
    assert controller.window.findChild(MisSecretsDialog) is None
    assert controller.window.pages[Step.WELCOME].findChild(VendorBanner) is None
    assert memory_keyring.entries == {}
    controller.window.close()


def test_the_sandbox_never_asks_for_secrets(
    qapp: Any, tmp_path: Path, profile: Path, memory_keyring: MemoryKeyring
) -> None:
    session = make_session(_args(tmp_path, profile, server="sandbox"))
    assert session.environment.is_sandbox
    window = MainController(session, "en").window
    assert ask_secrets_once(window, session.environment) is None
    assert window.pages[Step.WELCOME].findChild(VendorBanner) is not None  # still branded
    window.close()


def test_the_banner_and_the_secrets_prompt_speak_ukrainian(
    qapp: Any, tmp_path: Path, profile: Path, memory_keyring: MemoryKeyring
) -> None:
    from ehealth_wizard.ui.app import install_translators, remove_translators

    install_translators(qapp, "uk")
    try:
        window = MainController(make_session(_args(tmp_path, profile)), "uk").window
        banner = window.pages[Step.WELCOME].findChild(VendorBanner)
        assert banner is not None
        assert banner.title.text().startswith("Програму надав ")
        assert ">МедСофт</a>" in banner.title.text()
        assert "Ел. пошта:" in banner.support.text()
        about = window.side.findChild(QPushButton, "aboutButton")
        assert about is not None and about.text() == "Про програму"
        dialog = ask_secrets_once(window, window.session.environment)
        assert dialog is not None
        assert dialog.windowTitle() == "Підключення до eHealth"
        dialog.close()
        window.close()
    finally:
        remove_translators(qapp)
