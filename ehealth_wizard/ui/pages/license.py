"""License (required) and accreditation (optional): numbers, who issued them, dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from ehealth_wizard.core import dictionaries
from ehealth_wizard.core.model import INDEFINITE_LICENSE_EXPIRY
from ehealth_wizard.ui.pages.base import FormPage
from ehealth_wizard.ui.widgets.fields import DateEdit, Field, combo, line_edit

translate = QCoreApplication.translate


def accreditation_categories() -> list[tuple[str, str]]:
    return [
        ("HIGHEST", translate("LicensePage", "Highest category")),
        ("FIRST", translate("LicensePage", "First category")),
        ("SECOND", translate("LicensePage", "Second category")),
        ("NO_ACCREDITATION", translate("LicensePage", "Not accredited")),
    ]


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
        self.section(translate("LicensePage", "License"))
        self.license_type = QLabel("")
        self.license_type.setObjectName("licenseType")
        self.add(
            Field(
                "$.license.license_number",
                translate("LicensePage", "License number"),
                line_edit(translate("LicensePage", "e.g. АВ 123456")),
                hint=translate(
                    "LicensePage", "Required for pharmacies; other facilities may leave it empty."
                ),
            )
        )
        self.add(
            Field(
                "$.license.issued_by",
                translate("LicensePage", "Issued by"),
                line_edit(translate("LicensePage", "e.g. Міністерство охорони здоров'я України")),
                required=True,
            )
        )
        self.add(
            Field(
                "$.license.order_no",
                translate("LicensePage", "Order number"),
                line_edit("1234"),
                hint=translate("LicensePage", "The number of the order that granted the license."),
                required=True,
            )
        )
        self.add(
            Field(
                "$.license.issued_date",
                translate("LicensePage", "Date issued"),
                DateEdit(cal),
                hint=translate("LicensePage", "Day.month.year, e.g. 19.08.2021"),
                required=True,
            )
        )
        self.add(
            Field(
                "$.license.active_from_date",
                translate("LicensePage", "Valid from"),
                DateEdit(cal),
                required=True,
            )
        )
        self.expiry_field = self.add(
            Field(
                "$.license.expiry_date",
                translate("LicensePage", "Valid until"),
                DateEdit(cal),
                hint=translate(
                    "LicensePage",
                    "eHealth needs an end date. For an indefinite license tick the box below: "
                    "it is sent as valid until 31.12.9999.",
                ),
                required=True,
            )
        )
        self.indefinite = QCheckBox(translate("LicensePage", "Indefinite license (no end date)"))
        self.indefinite.setObjectName("indefiniteLicense")
        self.indefinite.toggled.connect(self._indefinite_toggled)
        expiry_layout = self.expiry_field.box.layout()
        assert isinstance(expiry_layout, QVBoxLayout)
        expiry_layout.insertWidget(1, self.indefinite)
        self.add(
            Field(
                "$.license.what_licensed",
                translate("LicensePage", "What is licensed"),
                line_edit(translate("LicensePage", "e.g. медична практика")),
            )
        )

        self.section(
            translate("LicensePage", "Accreditation (if you have one)"),
            translate(
                "LicensePage", "A new practice usually has none; then leave this part empty."
            ),
        )
        choose = translate("LicensePage", "— none —")
        self.add(
            Field(
                "$.accreditation.category",
                translate("LicensePage", "Category"),
                combo(accreditation_categories(), choose),
            )
        )
        self.add(
            Field(
                "$.accreditation.order_no",
                translate("LicensePage", "Order number"),
                line_edit(translate("LicensePage", "e.g. 123")),
            )
        )
        self.add(
            Field(
                "$.accreditation.order_date",
                translate("LicensePage", "Order date"),
                DateEdit(cal),
            )
        )
        self.add(
            Field(
                "$.accreditation.issued_date",
                translate("LicensePage", "Date issued"),
                DateEdit(cal),
            )
        )
        self.add(
            Field(
                "$.accreditation.expiry_date",
                translate("LicensePage", "Valid until"),
                DateEdit(cal),
            )
        )

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
