"""The coded choices the pages offer and the messages name, in the director's language.

Apart from the pages so that ui/messages.py can name a coded value without importing a page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def genders() -> list[tuple[str, str]]:
    return [
        ("FEMALE", translate("DirectorPage", "female")),
        ("MALE", translate("DirectorPage", "male")),
    ]


def facility_types() -> list[tuple[str, str]]:
    return [
        ("PRIMARY_CARE", translate("FacilityPage", "Primary care (family doctor, therapist)")),
        ("OUTPATIENT", translate("FacilityPage", "Outpatient specialist care")),
        ("PHARMACY", translate("FacilityPage", "Pharmacy")),
    ]


def settlement_types() -> list[tuple[str, str]]:
    return [
        ("CITY", translate("FacilityPage", "city")),
        ("TOWNSHIP", translate("FacilityPage", "urban-type settlement")),
        ("VILLAGE", translate("FacilityPage", "village")),
        ("SETTLEMENT", translate("FacilityPage", "settlement")),
    ]
