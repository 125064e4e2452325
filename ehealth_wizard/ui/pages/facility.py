"""Facility: its type first (pharmacy fields depend on it), identity, KVED, address, contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

from ehealth_wizard.core import dictionaries
from ehealth_wizard.ui.choices import facility_types, settlement_types
from ehealth_wizard.ui.pages.form import FormPage
from ehealth_wizard.ui.pages.form_spec import (
    QT_TRANSLATE_NOOP,
    Choices,
    Custom,
    Dictionary,
    Phone,
    Row,
    Section,
    Text,
    build_form,
)
from ehealth_wizard.ui.widgets.fields import Field
from ehealth_wizard.ui.widgets.kved import KvedPicker
from ehealth_wizard.ui.widgets.settlements import SettlementLookup

translate = QCoreApplication.translate


def phone_types() -> list[tuple[str, str]]:
    return [
        ("MOBILE", translate("FacilityPage", "mobile")),
        ("LAND_LINE", translate("FacilityPage", "landline")),
    ]


CHOOSE = QT_TRANSLATE_NOOP("FacilityPage", "— choose —")

ROWS = (
    Section(QT_TRANSLATE_NOOP("FacilityPage", "Type and identity")),
    Row(
        "$.type",
        QT_TRANSLATE_NOOP("FacilityPage", "Type of facility"),
        Choices(facility_types, CHOOSE),
        hint=QT_TRANSLATE_NOOP("FacilityPage", "Pharmacies fill in a few extra fields."),
    ),
    Row(
        "$.edrpou",
        QT_TRANSLATE_NOOP("FacilityPage", "EDRPOU code"),
        Text("12345678", digits=True),
        hint=QT_TRANSLATE_NOOP(
            "FacilityPage",
            "8 digits for a company; a sole proprietor (FOP) enters "
            "the owner's 10-digit tax number (RNOKPP).",
        ),
    ),
    Row(
        "$.name",
        QT_TRANSLATE_NOOP("FacilityPage", "Full name"),
        Text(QT_TRANSLATE_NOOP("FacilityPage", "e.g. ТОВ «Клініка Здоров'я»")),
        hint=QT_TRANSLATE_NOOP("FacilityPage", "Exactly as in the state register."),
    ),
    Row(
        "$.legal_form",
        QT_TRANSLATE_NOOP("FacilityPage", "Legal form"),
        Dictionary("LEGAL_FORM", CHOOSE),
    ),
    Row(
        "$.kveds",
        QT_TRANSLATE_NOOP("FacilityPage", "KVED codes"),
        Custom("kved_picker"),
        hint=QT_TRANSLATE_NOOP(
            "FacilityPage",
            "Type a code or a word and pick from the list. "
            "A family practice needs 86.21 (or 86.10).",
        ),
        then="kveds_added",
    ),
    Section(QT_TRANSLATE_NOOP("FacilityPage", "Address of the facility")),
    Row(
        "$.residence_address.area",
        QT_TRANSLATE_NOOP("FacilityPage", "Region (oblast)"),
        Text(QT_TRANSLATE_NOOP("FacilityPage", "e.g. Київська")),
    ),
    Row(
        "$.residence_address.region",
        QT_TRANSLATE_NOOP("FacilityPage", "District"),
        Text(QT_TRANSLATE_NOOP("FacilityPage", "e.g. Бучанський")),
    ),
    Row(
        "$.residence_address.settlement_type",
        QT_TRANSLATE_NOOP("FacilityPage", "Type of settlement"),
        Choices(settlement_types, CHOOSE),
    ),
    Row(
        "$.residence_address.settlement",
        QT_TRANSLATE_NOOP("FacilityPage", "Settlement"),
        Text(QT_TRANSLATE_NOOP("FacilityPage", "e.g. Ірпінь")),
        hint=QT_TRANSLATE_NOOP(
            "FacilityPage", "Start typing the name and pick the settlement from the list."
        ),
        then="settlement_added",
    ),
    Row(
        "$.residence_address.settlement_id",
        QT_TRANSLATE_NOOP("FacilityPage", "Settlement ID in eHealth"),
        Text("f2d556b4-86d5-4afe-87b8-3908ad947106"),
        hint=QT_TRANSLATE_NOOP(
            "FacilityPage", "filled in automatically when you pick the settlement from the list"
        ),
        then="settlement_id_added",
    ),
    Row(
        "$.residence_address.street_type",
        QT_TRANSLATE_NOOP("FacilityPage", "Type of street"),
        Dictionary("STREET_TYPE", CHOOSE),
    ),
    Row(
        "$.residence_address.street",
        QT_TRANSLATE_NOOP("FacilityPage", "Street"),
        Text(QT_TRANSLATE_NOOP("FacilityPage", "e.g. Шевченка")),
    ),
    Row(
        "$.residence_address.building",
        QT_TRANSLATE_NOOP("FacilityPage", "Building"),
        Text("15-В"),
    ),
    Row(
        "$.residence_address.apartment",
        QT_TRANSLATE_NOOP("FacilityPage", "Office / apartment"),
        Text("23"),
    ),
    Row(
        "$.residence_address.zip",
        QT_TRANSLATE_NOOP("FacilityPage", "Postal code"),
        Text("08200", digits=True),
    ),
    Section(QT_TRANSLATE_NOOP("FacilityPage", "Contacts")),
    Row(
        "$.phones[0].type",
        QT_TRANSLATE_NOOP("FacilityPage", "Phone type"),
        Choices(phone_types, CHOOSE),
    ),
    Row(
        "$.phones[0].number",
        QT_TRANSLATE_NOOP("FacilityPage", "Phone"),
        Phone(),
        hint=QT_TRANSLATE_NOOP("FacilityPage", "10 digits starting with 0, e.g. 067 123 45 67"),
    ),
    Row(
        "$.email",
        QT_TRANSLATE_NOOP("FacilityPage", "Work e-mail"),
        Text("clinic@example.com"),
    ),
    Row(
        "$.website",
        QT_TRANSLATE_NOOP("FacilityPage", "Website"),
        Text("https://clinic.example.com"),
    ),
    Section(QT_TRANSLATE_NOOP("FacilityPage", "Optional")),
    Row(
        "$.receiver_funds_code",
        QT_TRANSLATE_NOOP("FacilityPage", "Treasury receiver code"),
        Text("123456"),
        hint=QT_TRANSLATE_NOOP("FacilityPage", "Only if the facility receives budget funds."),
    ),
)


class FacilityPage(FormPage):
    step_id = "facility"

    def build(self) -> None:
        self.setTitle(translate("FacilityPage", "Your facility"))
        self.setSubTitle(
            translate(
                "FacilityPage",
                "As written in the state register (EDR). Fields marked * are required.",
            )
        )
        build_form(self, "FacilityPage", ROWS)

    # -- the parts beyond a plain field ----------------------------------------------------------
    def kved_picker(self) -> KvedPicker:
        return KvedPicker(
            dictionaries.dictionary("KVEDS"),
            preferred=tuple(dictionaries.dictionary("KVED_SECTION_Q"))
            + dictionaries.KVEDS_ALLOWED_PHARMACY,
        )

    def kveds_added(self, field: Field) -> None:
        self.kved_field = field

    def settlement_added(self, settlement: Field) -> None:
        """The register lookup under the settlement name, with its note."""
        note = QLabel("")
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        note.setVisible(False)
        box_layout = settlement.box.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.addWidget(note)
        edit = settlement.editor
        assert isinstance(edit, QLineEdit)
        self.settlement_lookup = SettlementLookup(edit, self._lookup_url, note)
        self.settlement_lookup.chosen.connect(self.choose_settlement)

    def settlement_id_added(self, field: Field) -> None:
        """The id is filled by the lookup; "change manually" unlocks it."""
        self.settlement_id_field = field
        id_edit = field.editor
        assert isinstance(id_edit, QLineEdit)
        id_edit.setReadOnly(True)
        self.manual_id = QPushButton(translate("FacilityPage", "change manually"))
        self.manual_id.setObjectName("manualToggle")
        self.manual_id.setCheckable(True)
        self.manual_id.toggled.connect(self._manual_id_toggled)
        id_layout = field.box.layout()
        assert isinstance(id_layout, QVBoxLayout)
        id_layout.addWidget(self.manual_id, 0, Qt.AlignmentFlag.AlignLeft)

    # -- settlement lookup ----------------------------------------------------------------------
    def _lookup_url(self) -> str:
        url = self.session.environment.url
        if not url and self.session.sandbox is not None:
            url = str(getattr(self.session.sandbox, "url", "") or "")
        return str(url)

    def _manual_id_toggled(self, manual: bool) -> None:
        edit = self.settlement_id_field.editor
        assert isinstance(edit, QLineEdit)
        edit.setReadOnly(not manual)
        if manual:
            edit.setFocus()

    def choose_settlement(self, row: dict[str, Any]) -> None:
        """Fill the address from the register row the director picked."""
        values = {
            "$.residence_address.settlement": str(row.get("name", "")),
            "$.residence_address.settlement_type": str(row.get("type", "")),
            "$.residence_address.area": str(row.get("area", "")),
            "$.residence_address.settlement_id": str(row.get("id", "")),
        }
        region = str(row.get("region", "") or "")
        if region and not self.session.get("$.residence_address.region"):
            values["$.residence_address.region"] = region
        for path, value in values.items():
            field = self.fields[path]
            field.set_value(value)
            field.touched = True
            self.session.set(path, value)
        self.refresh(show_all=False)
