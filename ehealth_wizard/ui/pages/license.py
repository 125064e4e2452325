"""License (required) and accreditation (optional): numbers, who issued them, dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from ehealth_wizard.core import dictionaries
from ehealth_wizard.core.model import INDEFINITE_LICENSE_EXPIRY
from ehealth_wizard.ui.pages.form import FormPage
from ehealth_wizard.ui.pages.form_spec import (
    QT_TRANSLATE_NOOP,
    Choices,
    Date,
    Row,
    Section,
    Text,
    build_form,
)
from ehealth_wizard.ui.widgets.fields import Field

translate = QCoreApplication.translate


def accreditation_categories() -> list[tuple[str, str]]:
    return [
        ("HIGHEST", translate("LicensePage", "Highest category")),
        ("FIRST", translate("LicensePage", "First category")),
        ("SECOND", translate("LicensePage", "Second category")),
        ("NO_ACCREDITATION", translate("LicensePage", "Not accredited")),
    ]


ROWS = (
    Section(QT_TRANSLATE_NOOP("LicensePage", "License")),
    Row(
        "$.license.license_number",
        QT_TRANSLATE_NOOP("LicensePage", "License number"),
        Text(QT_TRANSLATE_NOOP("LicensePage", "e.g. АВ 123456")),
        hint=QT_TRANSLATE_NOOP(
            "LicensePage", "Required for pharmacies; other facilities may leave it empty."
        ),
    ),
    Row(
        "$.license.issued_by",
        QT_TRANSLATE_NOOP("LicensePage", "Issued by"),
        Text(QT_TRANSLATE_NOOP("LicensePage", "e.g. Міністерство охорони здоров'я України")),
    ),
    Row(
        "$.license.order_no",
        QT_TRANSLATE_NOOP("LicensePage", "Order number"),
        Text("1234"),
        hint=QT_TRANSLATE_NOOP("LicensePage", "The number of the order that granted the license."),
    ),
    Row(
        "$.license.issued_date",
        QT_TRANSLATE_NOOP("LicensePage", "Date issued"),
        Date(),
        hint=QT_TRANSLATE_NOOP("LicensePage", "Day.month.year, e.g. 19.08.2021"),
    ),
    Row(
        "$.license.active_from_date",
        QT_TRANSLATE_NOOP("LicensePage", "Valid from"),
        Date(),
    ),
    Row(
        "$.license.expiry_date",
        QT_TRANSLATE_NOOP("LicensePage", "Valid until"),
        Date(),
        hint=QT_TRANSLATE_NOOP(
            "LicensePage",
            "eHealth needs an end date. For an indefinite license tick the box below: "
            "it is sent as valid until 31.12.9999.",
        ),
        then="expiry_added",
    ),
    Row(
        "$.license.what_licensed",
        QT_TRANSLATE_NOOP("LicensePage", "What is licensed"),
        Text(QT_TRANSLATE_NOOP("LicensePage", "e.g. медична практика")),
    ),
    Section(
        QT_TRANSLATE_NOOP("LicensePage", "Accreditation (if you have one)"),
        QT_TRANSLATE_NOOP(
            "LicensePage", "A new practice usually has none; then leave this part empty."
        ),
    ),
    Row(
        "$.accreditation.category",
        QT_TRANSLATE_NOOP("LicensePage", "Category"),
        Choices(accreditation_categories, QT_TRANSLATE_NOOP("LicensePage", "— none —")),
    ),
    Row(
        "$.accreditation.order_no",
        QT_TRANSLATE_NOOP("LicensePage", "Order number"),
        Text(QT_TRANSLATE_NOOP("LicensePage", "e.g. 123")),
    ),
    Row("$.accreditation.order_date", QT_TRANSLATE_NOOP("LicensePage", "Order date"), Date()),
    Row("$.accreditation.issued_date", QT_TRANSLATE_NOOP("LicensePage", "Date issued"), Date()),
    Row("$.accreditation.expiry_date", QT_TRANSLATE_NOOP("LicensePage", "Valid until"), Date()),
)


class LicensePage(FormPage):
    step_id = "license"

    def build(self) -> None:
        self.setTitle(translate("LicensePage", "License and accreditation"))
        self.setSubTitle(
            translate(
                "LicensePage",
                "Copy these from the license issued by the Ministry of Health "
                "(the order that granted it).",
            )
        )
        cal = translate("LicensePage", "Pick a date from the calendar")
        self.license_type = QLabel("")
        self.license_type.setObjectName("licenseType")
        build_form(self, "LicensePage", ROWS, calendar=cal)

    def expiry_added(self, field: Field) -> None:
        """ "Indefinite" is a tick box under the end date: ticked sends 31.12.9999."""
        self.expiry_field = field
        self.indefinite = QCheckBox(translate("LicensePage", "Indefinite license (no end date)"))
        self.indefinite.setObjectName("indefiniteLicense")
        self.indefinite.toggled.connect(self._indefinite_toggled)
        expiry_layout = field.box.layout()
        assert isinstance(expiry_layout, QVBoxLayout)
        expiry_layout.insertWidget(1, self.indefinite)

    def load(self) -> None:
        # The license type follows the facility type (the server demands the matching one).
        wanted = dictionaries.LICENSE_TYPE_FOR.get(str(self.session.get("$.type")), "")
        if wanted and self.session.get("$.license.type") != wanted:
            self.session.set("$.license.type", wanted)
        super().load()
        indefinite = self.session.get("$.license.expiry_date") == INDEFINITE_LICENSE_EXPIRY
        blocked = self.indefinite.blockSignals(True)
        self.indefinite.setChecked(indefinite)
        self.indefinite.blockSignals(blocked)
        self.expiry_field.editor.setEnabled(not indefinite)

    def _indefinite_toggled(self, indefinite: bool) -> None:
        """The tick box and the date are one answer: ticked means 31.12.9999 is sent."""
        field = self.expiry_field
        value = INDEFINITE_LICENSE_EXPIRY if indefinite else ""
        if not indefinite and self.session.get(field.path) != INDEFINITE_LICENSE_EXPIRY:
            value = str(self.session.get(field.path) or "")
        field.set_value(value)
        field.editor.setEnabled(not indefinite)
        field.touched = True
        self.session.set(field.path, value)
        self.refresh(show_all=False)
