"""Facility: its type first (pharmacy fields depend on it), identity, KVED, address, contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

from ehealth_wizard.core import dictionaries
from ehealth_wizard.ui.choices import facility_types, settlement_types
from ehealth_wizard.ui.pages.base import FormPage
from ehealth_wizard.ui.widgets.fields import Field, PhoneEdit, combo, line_edit
from ehealth_wizard.ui.widgets.kved import KvedPicker
from ehealth_wizard.ui.widgets.settlements import SettlementLookup

translate = QCoreApplication.translate


def data_combo(name: str, empty: str, codes: tuple[str, ...] | None = None):  # type: ignore[no-untyped-def]
    """A combo of a server dictionary; its names are Ukrainian data, not program text."""
    values = dictionaries.dictionary(name)
    items = [(c, values[c]) for c in (codes or tuple(values)) if c in values]
    box = combo(items, empty)
    box.setProperty("dataText", True)
    return box


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
        choose = translate("FacilityPage", "— choose —")
        self.section(translate("FacilityPage", "Type and identity"))
        self.add(
            Field(
                "$.type",
                translate("FacilityPage", "Type of facility"),
                combo(facility_types(), choose),
                hint=translate("FacilityPage", "Pharmacies fill in a few extra fields."),
                required=True,
            )
        )
        self.add(
            Field(
                "$.edrpou",
                translate("FacilityPage", "EDRPOU code"),
                line_edit("12345678", digits=10),
                hint=translate(
                    "FacilityPage",
                    "8 digits for a company; a sole proprietor (FOP) enters "
                    "the owner's 10-digit tax number (RNOKPP).",
                ),
                required=True,
            )
        )
        self.add(
            Field(
                "$.name",
                translate("FacilityPage", "Full name"),
                line_edit(translate("FacilityPage", "e.g. ТОВ «Клініка Здоров'я»")),
                hint=translate("FacilityPage", "Exactly as in the state register."),
                required=True,
            )
        )
        self.add(
            Field(
                "$.legal_form",
                translate("FacilityPage", "Legal form"),
                data_combo("LEGAL_FORM", choose),
                required=True,
            )
        )
        kved = KvedPicker(
            dictionaries.dictionary("KVEDS"),
            preferred=tuple(dictionaries.dictionary("KVED_SECTION_Q"))
            + dictionaries.KVEDS_ALLOWED_PHARMACY,
        )
        self.kved_field = self.add(
            Field(
                "$.kveds",
                translate("FacilityPage", "KVED codes"),
                kved,
                hint=translate(
                    "FacilityPage",
                    "Type a code or a word and pick from the list. "
                    "A family practice needs 86.21 (or 86.10).",
                ),
                required=True,
            )
        )

        self.section(translate("FacilityPage", "Address of the facility"))
        self.add(
            Field(
                "$.residence_address.area",
                translate("FacilityPage", "Region (oblast)"),
                line_edit(translate("FacilityPage", "e.g. Київська")),
                required=True,
            )
        )
        self.add(
            Field(
                "$.residence_address.region",
                translate("FacilityPage", "District"),
                line_edit(translate("FacilityPage", "e.g. Бучанський")),
            )
        )
        self.add(
            Field(
                "$.residence_address.settlement_type",
                translate("FacilityPage", "Type of settlement"),
                combo(settlement_types(), choose),
                required=True,
            )
        )
        settlement = self.add(
            Field(
                "$.residence_address.settlement",
                translate("FacilityPage", "Settlement"),
                line_edit(translate("FacilityPage", "e.g. Ірпінь")),
                hint=translate(
                    "FacilityPage", "Start typing the name and pick the settlement from the list."
                ),
                required=True,
            )
        )
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
        self.settlement_id_field = self.add(
            Field(
                "$.residence_address.settlement_id",
                translate("FacilityPage", "Settlement ID in eHealth"),
                line_edit("f2d556b4-86d5-4afe-87b8-3908ad947106", max_len=36),
                hint=translate(
                    "FacilityPage",
                    "filled in automatically when you pick the settlement from the list",
                ),
                required=True,
            )
        )
        id_edit = self.settlement_id_field.editor
        assert isinstance(id_edit, QLineEdit)
        id_edit.setReadOnly(True)
        self.manual_id = QPushButton(translate("FacilityPage", "change manually"))
        self.manual_id.setObjectName("manualToggle")
        self.manual_id.setCheckable(True)
        self.manual_id.toggled.connect(self._manual_id_toggled)
        id_layout = self.settlement_id_field.box.layout()
        assert isinstance(id_layout, QVBoxLayout)
        id_layout.addWidget(self.manual_id, 0, Qt.AlignmentFlag.AlignLeft)
        self.add(
            Field(
                "$.residence_address.street_type",
                translate("FacilityPage", "Type of street"),
                data_combo("STREET_TYPE", choose),
            )
        )
        self.add(
            Field(
                "$.residence_address.street",
                translate("FacilityPage", "Street"),
                line_edit(translate("FacilityPage", "e.g. Шевченка")),
            )
        )
        self.add(
            Field(
                "$.residence_address.building",
                translate("FacilityPage", "Building"),
                line_edit("15-В", max_len=21),
            )
        )
        self.add(
            Field(
                "$.residence_address.apartment",
                translate("FacilityPage", "Office / apartment"),
                line_edit("23", max_len=20),
            )
        )
        self.add(
            Field(
                "$.residence_address.zip",
                translate("FacilityPage", "Postal code"),
                line_edit("08200", digits=5),
            )
        )

        self.section(translate("FacilityPage", "Contacts"))
        self.add(
            Field(
                "$.phones[0].type",
                translate("FacilityPage", "Phone type"),
                combo(
                    [
                        ("MOBILE", translate("FacilityPage", "mobile")),
                        ("LAND_LINE", translate("FacilityPage", "landline")),
                    ],
                    choose,
                ),
                required=True,
            )
        )
        self.add(
            Field(
                "$.phones[0].number",
                translate("FacilityPage", "Phone"),
                PhoneEdit(),
                hint=translate("FacilityPage", "10 digits starting with 0, e.g. 067 123 45 67"),
                required=True,
            )
        )
        self.add(
            Field(
                "$.email",
                translate("FacilityPage", "Work e-mail"),
                line_edit("clinic@example.com", max_len=254),
                required=True,
            )
        )
        self.add(
            Field(
                "$.website",
                translate("FacilityPage", "Website"),
                line_edit("https://clinic.example.com", max_len=254),
            )
        )
        self.section(translate("FacilityPage", "Optional"))
        self.add(
            Field(
                "$.receiver_funds_code",
                translate("FacilityPage", "Treasury receiver code"),
                line_edit("123456", max_len=20),
                hint=translate("FacilityPage", "Only if the facility receives budget funds."),
            )
        )

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
