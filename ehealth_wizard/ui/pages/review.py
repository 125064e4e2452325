"""Review: everything that will be signed, grouped, with links back; the exact JSON on demand."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ehealth_wizard.core import dictionaries
from ehealth_wizard.ui import messages
from ehealth_wizard.ui.choices import facility_types, genders, settlement_types
from ehealth_wizard.ui.pages.base import StepPage, add_scroll_column, page_layout
from ehealth_wizard.ui.pages.license import accreditation_categories
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.controls import ClickLabel
from ehealth_wizard.ui.widgets.fields import keep_words_whole

translate = QCoreApplication.translate


def _named(pairs: list[tuple[str, str]], code: str) -> str:
    return dict(pairs).get(code, code)


def _doc_type(code: str) -> str:
    return dictionaries.dictionary("DOCUMENT_TYPE").get(code, code)


def _date(iso: str) -> str:
    parts = iso.split("-")
    return f"{parts[2]}.{parts[1]}.{parts[0]}" if len(parts) == 3 else iso


# The terms a facility joins eHealth under: the Cabinet of Ministers' Procedure for the
# functioning of the electronic health care system (resolution No. 411 of 25.04.2018), on the
# official legislation portal; the register of health care providers it sets up is kept under
# the Ministry of Health's order No. 2243 of 18.10.2021.
OFFER_URL = "https://zakon.rada.gov.ua/laws/show/411-2018-%D0%BF"


class ReviewPage(StepPage):
    step_id = "review"
    edit_requested = Signal(str)  # a JSON path whose page should open

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._name_the_commit()
        outer = page_layout(self)
        self.sent_banner = QLabel(
            translate(
                "ReviewPage",
                "This registration has already been sent to eHealth and accepted; changes made "
                "here will not be sent.",
            )
        )
        self.sent_banner.setObjectName("nextReason")
        self.sent_banner.setWordWrap(True)
        self.sent_banner.setVisible(False)
        outer.addWidget(self.sent_banner)
        _, self.column = add_scroll_column(outer, 1)
        self.column.setSpacing(10)
        self.column.addStretch(1)
        self.json_toggle = QCheckBox(translate("ReviewPage", "Show the exact data (JSON)"))
        self.json_toggle.toggled.connect(self._toggle_json)
        self.json_view = QPlainTextEdit()
        self.json_view.setReadOnly(True)
        self.json_view.setObjectName("jsonView")
        self.json_view.setAccessibleName(translate("ReviewPage", "The exact data (JSON)"))
        self.json_view.setVisible(False)
        self.json_view.setMinimumHeight(160)
        consent_words = translate(
            "ReviewPage",
            "I accept the public offer for joining the eHealth system "
            "and confirm that the data above are correct.",
        )
        # A check box does not wrap its text: a box without text and a wrapping label beside it
        # (a click on the words ticks it), with a link to the terms agreed to below the words.
        self.consent = QCheckBox()
        self.consent.setObjectName("consent")
        self.consent.setAccessibleName(consent_words)
        self.consent.toggled.connect(self._consent)
        self.consent_text = ClickLabel(consent_words)
        self.consent_text.setWordWrap(True)
        self.consent_text.setBuddy(self.consent)
        self.consent_text.clicked.connect(self.consent.toggle)
        self.offer_link = QLabel(
            '<a href="{url}">{text}</a>'.format(
                url=OFFER_URL,
                text=translate(
                    "ReviewPage",
                    "What is agreed to: the Procedure for the functioning of the electronic "
                    "health care system (Cabinet of Ministers resolution No. 411)",
                ),
            )
        )
        self.offer_link.setObjectName("offerLink")
        self.offer_link.setWordWrap(True)
        self.offer_link.setTextFormat(Qt.TextFormat.RichText)
        self.offer_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.offer_link.setToolTip(OFFER_URL)
        self.offer_link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.consent_text)
        words.addWidget(self.offer_link)
        consent_row.addLayout(words, 1)
        self.reason = QLabel("")
        self.reason.setObjectName("nextReason")
        self.reason.setWordWrap(True)
        outer.addWidget(self.json_toggle)
        outer.addWidget(self.json_view)
        outer.addLayout(consent_row)
        outer.addWidget(self.reason)
        self._groups: list[QWidget] = []

    def _name_the_commit(self) -> None:
        """Signing words, or sending words when it was signed elsewhere already (an imported
        signature, which the session drops as soon as the form changes)."""
        if self.session.external is not None:
            self.setTitle(translate("ReviewPage", "Check before sending"))
            self.setSubTitle(
                translate(
                    "ReviewPage",
                    "This is exactly what was signed elsewhere and will be sent to eHealth.",
                )
            )
            text = translate("ReviewPage", "Send")
        else:
            self.setTitle(translate("ReviewPage", "Check before signing"))
            self.setSubTitle(
                translate(
                    "ReviewPage",
                    "This is exactly what will be signed with your key and sent to eHealth.",
                )
            )
            text = translate("ReviewPage", "Sign and send")
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    def load(self) -> None:
        self._name_the_commit()
        for w in self._groups:
            self.column.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._groups = []
        self.sent_banner.setVisible(
            self.session.flow.state.finished and self.session.draft.meta.submission is not None
        )
        reg = self.session.reg
        f, lic, acc, d = reg.facility, reg.license, reg.accreditation, reg.director
        addr = f.residence_address
        address = ", ".join(
            x
            for x in (
                addr.zip,
                addr.area,
                addr.region,
                f"{_named(settlement_types(), addr.settlement_type)} {addr.settlement}".strip(),
                " ".join(
                    x
                    for x in (
                        dictionaries.dictionary("STREET_TYPE").get(addr.street_type, ""),
                        addr.street,
                        addr.building,
                    )
                    if x
                ),
                addr.apartment,
            )
            if x
        )
        kveds = "\n".join(f"{c} {dictionaries.kved_name(c)}".strip() for c in f.kveds)
        self._group(
            translate("ReviewPage", "Facility"),
            "$.edrpou",
            [
                (translate("ReviewPage", "Type"), _named(facility_types(), f.type)),
                (translate("ReviewPage", "EDRPOU code"), f.edrpou),
                (translate("ReviewPage", "Facility name"), f.name),
                (
                    translate("ReviewPage", "Legal form"),
                    dictionaries.dictionary("LEGAL_FORM").get(f.legal_form, f.legal_form),
                ),
                (translate("ReviewPage", "KVED"), kveds),
                (translate("ReviewPage", "Address"), address),
                (
                    translate("ReviewPage", "Phone"),
                    ", ".join(p.number for p in f.phones if p.number),
                ),
                (translate("ReviewPage", "E-mail"), f.email),
                (translate("ReviewPage", "Website"), f.website),
            ],
        )
        self._group(
            translate("ReviewPage", "License and accreditation"),
            "$.license.issued_by",
            [
                (translate("ReviewPage", "License number"), lic.license_number),
                (translate("ReviewPage", "Issued by"), lic.issued_by),
                (translate("ReviewPage", "Order number"), lic.order_no),
                (translate("ReviewPage", "Date issued"), _date(lic.issued_date)),
                (translate("ReviewPage", "Valid from"), _date(lic.active_from_date)),
                (translate("ReviewPage", "Valid until"), _date(lic.expiry_date)),
                (
                    translate("ReviewPage", "Accreditation"),
                    _named(accreditation_categories(), acc.category) if acc.category else "",
                ),
            ],
        )
        doc = d.documents[0] if d.documents else None
        self._group(
            translate("ReviewPage", "Head of the facility"),
            "$.owner.last_name",
            [
                (
                    translate("ReviewPage", "Full name"),
                    " ".join(x for x in (d.last_name, d.first_name, d.second_name) if x),
                ),
                (translate("ReviewPage", "Tax number (RNOKPP)"), d.tax_id),
                (translate("ReviewPage", "Date of birth"), _date(d.birth_date)),
                (translate("ReviewPage", "Sex"), _named(genders(), d.gender)),
                (
                    translate("ReviewPage", "Position"),
                    dictionaries.dictionary("POSITION").get(d.position, d.position),
                ),
                (
                    translate("ReviewPage", "Document"),
                    f"{_doc_type(doc.type)} {doc.number}" if doc else "",
                ),
                (translate("ReviewPage", "E-mail"), d.email),
                (
                    translate("ReviewPage", "Phone"),
                    ", ".join(p.number for p in d.phones if p.number),
                ),
            ],
        )
        if self.session.cert_facts is not None:
            info = self.session.cert_facts
            self._group(
                translate("ReviewPage", "Signed with the key of"),
                "",
                [
                    (translate("ReviewPage", "Key holder"), info.full_name),
                    (translate("ReviewPage", "Key issued by"), info.issuer),
                ],
            )
        blocked = self.consent.blockSignals(True)
        self.consent.setChecked(bool(self.session.reg.public_offer.consent))
        self.consent.blockSignals(blocked)
        if self.json_toggle.isChecked():
            self._toggle_json(True)
        self._update_reason()

    def _group(self, title: str, edit_path: str, rows: list[tuple[str, str]]) -> None:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setHorizontalSpacing(12)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        for label, value in rows:
            if not value:
                continue
            text = QLabel(value)
            text.setWordWrap(True)
            text.setProperty("dataText", True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            keep_words_whole(text)  # narrow: the caption goes above the value
            form.addRow(QLabel(label), text)
        if edit_path:
            row = QHBoxLayout()
            row.addStretch(1)
            edit = QPushButton(translate("ReviewPage", "Edit"))
            edit.setObjectName("linkButton")
            edit.setAccessibleName(translate("ReviewPage", "Edit: {section}").format(section=title))
            edit.clicked.connect(lambda _=False, p=edit_path: self.edit_requested.emit(p))
            row.addWidget(edit)
            form.addRow(row)
        self.column.insertWidget(self.column.count() - 1, box)  # above the stretch
        self._groups.append(box)

    def payload_text(self) -> str:
        from ehealth_wizard.core.payload import build_payload

        payload: dict[str, Any] = build_payload(self.session.reg)
        return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True)

    def _toggle_json(self, shown: bool) -> None:
        if shown:
            try:
                self.json_view.setPlainText(self.payload_text())
            except Exception as exc:  # an incomplete form may not build yet
                self.json_view.setPlainText(messages.error_text(exc))
        self.json_view.setVisible(shown)

    def _consent(self, checked: bool) -> None:
        self.session.set("$.public_offer.consent", checked)
        self._update_reason()
        self.completeChanged.emit()

    def _update_reason(self) -> None:
        status = self.session.status(self.step_id)
        lines = []
        names = {
            "facility": translate("ReviewPage", "Facility"),
            "license": translate("ReviewPage", "License and accreditation"),
            "director": translate("ReviewPage", "Head of the facility"),
            "key": translate("ReviewPage", "Signature key"),
        }
        for p in status.blockers:
            if p.code == "flow.step_incomplete":
                step = str(p.params.get("step", ""))
                lines.append(
                    translate("ReviewPage", "Not finished yet: {step}").format(
                        step=names.get(step, step)
                    )
                )
            else:
                lines.append(messages.problem_text(p))
        self.reason.setText("\n".join(lines))
        self.reason.setVisible(bool(lines))

    def isComplete(self) -> bool:
        return self.session.status(self.step_id).complete
