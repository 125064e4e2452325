"""The head of the facility: the person whose qualified key signs and who gets the invitation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehealth_wizard.core import dictionaries
from ehealth_wizard.ui.choices import genders
from ehealth_wizard.ui.pages.form import FormPage
from ehealth_wizard.ui.pages.form_spec import (
    QT_TRANSLATE_NOOP,
    Choices,
    Date,
    Dictionary,
    Phone,
    Row,
    Section,
    Text,
    build_form,
)

translate = QCoreApplication.translate

CHOOSE = QT_TRANSLATE_NOOP("DirectorPage", "— choose —")

ROWS = (
    Section(QT_TRANSLATE_NOOP("DirectorPage", "Person")),
    Row(
        "$.owner.last_name",
        QT_TRANSLATE_NOOP("DirectorPage", "Last name"),
        Text(QT_TRANSLATE_NOOP("DirectorPage", "e.g. Коваленко")),
    ),
    Row(
        "$.owner.first_name",
        QT_TRANSLATE_NOOP("DirectorPage", "First name"),
        Text(QT_TRANSLATE_NOOP("DirectorPage", "e.g. Олена")),
    ),
    Row(
        "$.owner.second_name",
        QT_TRANSLATE_NOOP("DirectorPage", "Patronymic"),
        Text(QT_TRANSLATE_NOOP("DirectorPage", "e.g. Петрівна")),
    ),
    Row(
        "$.owner.tax_id",
        QT_TRANSLATE_NOOP("DirectorPage", "Tax number (RNOKPP)"),
        Text("3067305998", digits=True),
        hint=QT_TRANSLATE_NOOP("DirectorPage", "10 digits, from the tax number card."),
    ),
    Row(
        "$.owner.birth_date",
        QT_TRANSLATE_NOOP("DirectorPage", "Date of birth"),
        Date(),
        hint=QT_TRANSLATE_NOOP("DirectorPage", "Day.month.year, e.g. 19.08.1981"),
    ),
    Row(
        "$.owner.gender",
        QT_TRANSLATE_NOOP("DirectorPage", "Sex"),
        Choices(genders, CHOOSE),
    ),
    Row(
        "$.owner.position",
        QT_TRANSLATE_NOOP("DirectorPage", "Position"),
        Dictionary("POSITION", CHOOSE, dictionaries.OWNER_POSITIONS),
    ),
    Section(QT_TRANSLATE_NOOP("DirectorPage", "Identity document")),
    Row(
        "$.owner.documents[0].type",
        QT_TRANSLATE_NOOP("DirectorPage", "Document"),
        Dictionary("DOCUMENT_TYPE", CHOOSE),
    ),
    Row(
        "$.owner.documents[0].number",
        QT_TRANSLATE_NOOP("DirectorPage", "Series and number"),
        Text(QT_TRANSLATE_NOOP("DirectorPage", "e.g. МЕ123456 or 001234567")),
    ),
    Row(
        "$.owner.documents[0].issued_by",
        QT_TRANSLATE_NOOP("DirectorPage", "Issued by"),
        Text(QT_TRANSLATE_NOOP("DirectorPage", "e.g. 8012")),
    ),
    Row("$.owner.documents[0].issued_at", QT_TRANSLATE_NOOP("DirectorPage", "Date issued"), Date()),
    Section(QT_TRANSLATE_NOOP("DirectorPage", "Contacts")),
    Row(
        "$.owner.email",
        QT_TRANSLATE_NOOP("DirectorPage", "E-mail"),
        Text("olena@example.com"),
        hint=QT_TRANSLATE_NOOP(
            "DirectorPage", "eHealth sends the invitation to this address. Use one you read."
        ),
    ),
    Row(
        "$.owner.phones[0].number",
        QT_TRANSLATE_NOOP("DirectorPage", "Mobile phone"),
        Phone(),
        hint=QT_TRANSLATE_NOOP("DirectorPage", "10 digits starting with 0, e.g. 067 123 45 67"),
    ),
)


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
        build_form(
            self,
            "DirectorPage",
            ROWS,
            calendar=translate("DirectorPage", "Pick a date from the calendar"),
        )
