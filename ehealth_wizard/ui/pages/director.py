"""The head of the facility: the person whose qualified key signs and who gets the invitation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehealth_wizard.core import dictionaries
from ehealth_wizard.ui.choices import genders
from ehealth_wizard.ui.pages.base import FormPage
from ehealth_wizard.ui.pages.facility import data_combo
from ehealth_wizard.ui.widgets.fields import DateEdit, Field, PhoneEdit, combo, line_edit

translate = QCoreApplication.translate


class DirectorPage(FormPage):
    step_id = "director"

    def build(self) -> None:
        self.setTitle(translate("DirectorPage", "Head of the facility"))
        self.setSubTitle(
            translate(
                "DirectorPage",
                "The person who signs with their qualified key. "
                "Names exactly as in the passport, in Ukrainian.",
            )
        )
        choose = translate("DirectorPage", "— choose —")
        cal = translate("DirectorPage", "Pick a date from the calendar")
        self.section(translate("DirectorPage", "Person"))
        self.add(
            Field(
                "$.owner.last_name",
                translate("DirectorPage", "Last name"),
                line_edit(translate("DirectorPage", "e.g. Коваленко"), max_len=100),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.first_name",
                translate("DirectorPage", "First name"),
                line_edit(translate("DirectorPage", "e.g. Олена"), max_len=100),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.second_name",
                translate("DirectorPage", "Patronymic"),
                line_edit(translate("DirectorPage", "e.g. Петрівна"), max_len=100),
            )
        )
        self.add(
            Field(
                "$.owner.tax_id",
                translate("DirectorPage", "Tax number (RNOKPP)"),
                line_edit("3067305998", digits=10),
                hint=translate("DirectorPage", "10 digits, from the tax number card."),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.birth_date",
                translate("DirectorPage", "Date of birth"),
                DateEdit(cal),
                hint=translate("DirectorPage", "Day.month.year, e.g. 19.08.1981"),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.gender",
                translate("DirectorPage", "Sex"),
                combo(genders(), choose),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.position",
                translate("DirectorPage", "Position"),
                data_combo("POSITION", choose, dictionaries.OWNER_POSITIONS),
                required=True,
            )
        )

        self.section(translate("DirectorPage", "Identity document"))
        self.add(
            Field(
                "$.owner.documents[0].type",
                translate("DirectorPage", "Document"),
                data_combo("DOCUMENT_TYPE", choose),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.documents[0].number",
                translate("DirectorPage", "Series and number"),
                line_edit(translate("DirectorPage", "e.g. МЕ123456 or 001234567"), max_len=30),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.documents[0].issued_by",
                translate("DirectorPage", "Issued by"),
                line_edit(translate("DirectorPage", "e.g. 8012"), max_len=200),
            )
        )
        self.add(
            Field(
                "$.owner.documents[0].issued_at",
                translate("DirectorPage", "Date issued"),
                DateEdit(cal),
            )
        )

        self.section(translate("DirectorPage", "Contacts"))
        self.add(
            Field(
                "$.owner.email",
                translate("DirectorPage", "E-mail"),
                line_edit("olena@example.com", max_len=254),
                hint=translate(
                    "DirectorPage",
                    "eHealth sends the invitation to this address. Use one you read.",
                ),
                required=True,
            )
        )
        self.add(
            Field(
                "$.owner.phones[0].number",
                translate("DirectorPage", "Mobile phone"),
                PhoneEdit(),
                hint=translate("DirectorPage", "10 digits starting with 0, e.g. 067 123 45 67"),
            )
        )
