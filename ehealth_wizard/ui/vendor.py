"""The MIS vendor in the window: its banner on Welcome, the About dialog, the MIS secrets prompt.

The vendor profile (core.profile) names the vendor and its support; the director got the
program from that vendor, so the vendor's phone and e-mail are where they turn for help. The
MIS client secret and API key are never in the profile: they are asked for once and kept in the
OS keyring through `Secrets`; where no keyring exists the dialog says so and keeps nothing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehealth_wizard import __version__
from ehealth_wizard.core.ehealth.environments import Environment
from ehealth_wizard.core.profile import SECRET_NAMES, Support, VendorProfile
from ehealth_wizard.core.settings import Secrets, SecureStoreMissing

translate = QCoreApplication.translate

LOGO_HEIGHT = 48
LICENCE = "Apache-2.0"


def _escape(text: str, quote: bool = True) -> str:
    import html  # here: html.entities is large, and the first window needs none of it

    return html.escape(text, quote)


def _link(href: str, text: str) -> str:
    return f'<a href="{_escape(href, quote=True)}">{_escape(text)}</a>'


def support_html(support: Support) -> str:
    """The support contacts as rich text with clickable tel:/mailto:/https links (also in About)."""
    lines: list[str] = []
    if support.phone:
        phone = "".join(ch for ch in support.phone if ch.isdigit() or ch == "+")
        lines.append(
            translate("VendorBanner", "Phone: {phone}").format(
                phone=_link(f"tel:{phone}", support.phone)
            )
        )
    if support.email:
        lines.append(
            translate("VendorBanner", "E-mail: {email}").format(
                email=_link(f"mailto:{support.email}", support.email)
            )
        )
    if support.url:
        lines.append(
            translate("VendorBanner", "Help online: {url}").format(
                url=_link(support.url, support.url)
            )
        )
    if support.hours:
        lines.append(
            translate("VendorBanner", "Working hours: {hours}").format(hours=_escape(support.hours))
        )
    return "<br>".join(lines)


def _rich_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class VendorBanner(QFrame):
    """On the Welcome page: who provided the program and how to reach their support."""

    def __init__(self, profile: VendorProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vendorBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo = QLabel()
        self.logo.setObjectName("vendorLogo")
        pixmap = QPixmap(str(profile.logo)) if profile.logo else QPixmap()
        if not pixmap.isNull():
            self.logo.setPixmap(
                pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
            self.logo.setAccessibleName(
                translate("VendorBanner", "{vendor} logo").format(vendor=profile.vendor_name)
            )
            row.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.logo.setVisible(False)
        column = QVBoxLayout()
        vendor = _escape(profile.vendor_name)
        if profile.website:
            vendor = _link(profile.website, profile.vendor_name)
        self.title = _rich_label(
            translate("VendorBanner", "Provided to you by {vendor}").format(vendor=vendor)
        )
        self.title.setObjectName("vendorName")
        column.addWidget(self.title)
        contacts = support_html(profile.support)
        self.support = _rich_label(
            translate("VendorBanner", "Questions? Ask {vendor}'s support:").format(
                vendor=_escape(profile.vendor_name)
            )
            + "<br>"
            + contacts
        )
        self.support.setObjectName("vendorSupport")
        self.support.setVisible(bool(contacts))
        column.addWidget(self.support)
        row.addLayout(column, 1)


class AboutDialog(QDialog):
    """Program, version, environment, vendor and support, licence: what support asks first."""

    def __init__(self, environment: Environment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About the program"))
        column = QVBoxLayout(self)
        name = QLabel(translate("AboutDialog", "eHealth registration of a medical practice"))
        name.setObjectName("sectionHeading")
        column.addWidget(name)
        self.version = QLabel(
            translate("AboutDialog", "Version {version}").format(version=__version__)
        )
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.version)
        if environment.is_sandbox:
            where = translate(
                "AboutDialog", "Environment: the sandbox (practice, nothing is really registered)"
            )
        else:
            host = urlsplit(environment.url).hostname or environment.url
            where = translate("AboutDialog", "Environment: eHealth {name} ({host})").format(
                name=environment.name or host, host=host
            )
        self.environment = QLabel(where)
        self.environment.setWordWrap(True)
        self.environment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.environment)
        profile = environment.profile
        self.vendor: QLabel | None = None
        if profile is not None and profile.vendor_name:
            text = translate("AboutDialog", "Provided by {vendor}").format(
                vendor=_escape(profile.vendor_name)
            )
            contacts = support_html(profile.support)
            if contacts:
                text += "<br>" + translate("AboutDialog", "Support:") + "<br>" + contacts
            self.vendor = _rich_label(text)
            self.vendor.setObjectName("aboutVendor")
            column.addWidget(self.vendor)
        self.licence = QLabel(
            translate("AboutDialog", "Free software under the {licence} licence.").format(
                licence=LICENCE
            )
        )
        column.addWidget(self.licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def texts(self) -> str:
        """Everything the dialog shows, as plain text (tests, copying into a support e-mail)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


def secret_labels() -> dict[str, str]:
    return {
        "mis_client_secret": translate("MisSecretsDialog", "MIS client secret"),
        "api_key": translate("MisSecretsDialog", "API key"),
    }


class MisSecretsDialog(QDialog):
    """Asks for the vendor environment's MIS secrets once; keeps them only in the OS keyring."""

    def __init__(
        self,
        secrets: Secrets,
        names: list[str],
        environment_name: str = "",
        store_missing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("misSecretsDialog")
        self.secrets = secrets
        self.stored = False
        self.setWindowTitle(translate("MisSecretsDialog", "Connect to eHealth"))
        column = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "MisSecretsDialog",
                "To work with eHealth {environment}, the program needs the MIS client secret "
                "and API key your MIS vendor gave you. Enter them once: they are kept in this "
                "computer's secure password store (keyring), never in a file.",
            ).format(environment=environment_name)
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        labels = secret_labels()
        for name in names:
            field = QLineEdit()
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(labels.get(name, name))
            field.textChanged.connect(self._update)
            form.addRow(labels.get(name, name), field)
            self.fields[name] = field
        column.addLayout(form)
        self.message = QLabel("")
        self.message.setObjectName("pageError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        column.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("MisSecretsDialog", "Later")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        if store_missing:
            self._no_store()
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(
            not self.message.isVisible() and all(f.text() for f in self.fields.values())
        )

    def _no_store(self) -> None:
        self.message.setText(
            translate(
                "MisSecretsDialog",
                "This computer has no secure password store (keyring), so the secrets cannot "
                "be kept; they are never written to a file instead. Ask your MIS vendor's "
                "support to set up Windows Credential Manager, GNOME Keyring or KWallet, then "
                "start the program again.",
            )
        )
        self.message.setVisible(True)
        for field in self.fields.values():
            field.clear()
            field.setEnabled(False)
        self.save_button.setEnabled(False)

    def save(self) -> None:
        try:
            for name, field in self.fields.items():
                self.secrets.set(name, field.text())
        except SecureStoreMissing:
            self._no_store()
            return
        for field in self.fields.values():
            field.clear()
        self.stored = True
        self.accept()


def ask_secrets_once(parent: QWidget, environment: Environment) -> MisSecretsDialog | None:
    """On start with a vendor environment: ask for the MIS secrets the keyring lacks, if any."""
    if environment.is_sandbox or not environment.keyring_service:
        return None
    secrets = Secrets(environment.keyring_service)
    store_missing = False
    try:
        missing = secrets.missing()
    except SecureStoreMissing:
        missing, store_missing = list(SECRET_NAMES), True
    if not missing:
        return None
    dialog = MisSecretsDialog(
        secrets, missing, environment.name or environment.url, store_missing, parent
    )
    dialog.open()
    return dialog
