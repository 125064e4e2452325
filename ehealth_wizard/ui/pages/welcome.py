"""Welcome: what the director needs, and what to do — new, continue a draft, follow a submission."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ehealth_wizard.core.steps import Step
from ehealth_wizard.ui.pages.base import StepPage, scrolling_column
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.controls import Choice
from ehealth_wizard.ui.widgets.qtvalues import ALIGN_TOP, set_alignment

translate = QCoreApplication.translate

NEW, CONTINUE, FOLLOW = 0, 1, 2


def needs() -> list[str]:
    return [
        translate(
            "WelcomePage", "the facility's EDRPOU code and KVED codes (from the state register)"
        ),
        translate("WelcomePage", "the license and, if you have one, the accreditation"),
        translate("WelcomePage", "your passport or ID card and your tax number (RNOKPP)"),
        translate(
            "WelcomePage",
            "your qualified electronic signature key (file or token) and its password",
        ),
        translate("WelcomePage", "a work e-mail you read and a mobile phone number"),
    ]


class WelcomePage(StepPage):
    step_id = "welcome"
    demo_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setTitle(translate("WelcomePage", "Register your practice in eHealth"))
        self.setSubTitle(
            translate(
                "WelcomePage",
                "This takes about 15 minutes. Everything you type is saved as you go; "
                "you can close the window at any time and continue later.",
            )
        )
        layout = scrolling_column(self)
        layout.setSpacing(10)
        self.vendor_banner: QFrame | None = (
            None  # from the vendor profile: the vendor and its support
        )
        if session.environment.profile is not None:
            from ehealth_wizard.ui.vendor import VendorBanner

            self.vendor_banner = VendorBanner(session.environment.profile)
            layout.addWidget(self.vendor_banner)
        heading = QLabel(translate("WelcomePage", "Have these at hand:"))
        heading.setObjectName("sectionHeading")
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for index, text in enumerate(needs()):
            bullet = QLabel("•")
            set_alignment(bullet, ALIGN_TOP)
            item = QLabel(text)
            item.setWordWrap(True)
            grid.addWidget(bullet, index, 0)
            grid.addWidget(item, index, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        layout.addWidget(line)
        choose = QLabel(translate("WelcomePage", "What would you like to do?"))
        choose.setObjectName("sectionHeading")
        layout.addWidget(choose)
        self.group = QButtonGroup(self)
        self.new_button = QRadioButton(translate("WelcomePage", "Start a new registration"))
        self.continue_button = QRadioButton(translate("WelcomePage", "Continue a saved draft:"))
        self.follow_button = QRadioButton(
            translate("WelcomePage", "Follow a registration I have already sent:")
        )
        self.drafts = Choice()
        self.drafts.setObjectName("draftsList")
        self.drafts.setAccessibleName(translate("WelcomePage", "Saved drafts"))
        self.drafts.setProperty("dataText", True)
        self.sent = Choice()
        self.sent.setObjectName("sentList")
        self.sent.setAccessibleName(translate("WelcomePage", "Sent registrations"))
        self.sent.setProperty("dataText", True)
        for i, button in enumerate((self.new_button, self.continue_button, self.follow_button)):
            self.group.addButton(button, i)
        self.new_button.setChecked(True)
        layout.addWidget(self.new_button)
        for button, box in ((self.continue_button, self.drafts), (self.follow_button, self.sent)):
            layout.addWidget(button)
            row = QHBoxLayout()  # the list under its choice: nothing runs off at 200 %
            row.setContentsMargins(24, 0, 0, 0)
            row.addWidget(box, 1)
            layout.addLayout(row)
            button.toggled.connect(box.setEnabled)
            box.setEnabled(False)
        self.group.idToggled.connect(lambda *_: self.completeChanged.emit())

        self.demo_box = QFrame()
        self.demo_box.setObjectName("demoBox")
        demo = QVBoxLayout(self.demo_box)
        demo_text = QLabel(
            translate(
                "WelcomePage",
                "This is the sandbox: a practice copy of eHealth on your computer. "
                "Nothing is really registered. Want to see the whole path first? "
                "The demo fills in a facility from the practice state register "
                "and makes a demo key for its head.",
            )
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(translate("WelcomePage", "Fill in a demo facility"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demo_requested.emit)
        self.demo_status = QLabel("")
        self.demo_status.setWordWrap(True)
        self.demo_status.setObjectName("demoStatus")
        demo.addWidget(demo_text)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.demo_status, 1)
        demo.addLayout(row)
        layout.addWidget(self.demo_box)
        layout.addStretch(1)
        self.notice = QLabel("")
        self.notice.setObjectName("pageError")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

    def initializePage(self) -> None:
        super().initializePage()
        self.demo_box.setVisible(self.session.environment.is_sandbox)
        if self.session.is_open:
            self.refresh_drafts()
        elif not self._waiting:  # the window's start: the lists fill once the drafts load
            self._waiting = True
            self.session.opened.connect(self.refresh_drafts)

    _waiting = False

    def refresh_drafts(self) -> None:
        from ehealth_wizard.ui import messages

        self.drafts.clear()
        self.sent.clear()
        for info in self.session.store.list():
            if info.draft_id == self.session.draft.draft_id and not info.title:
                continue
            title = info.title or translate("WelcomePage", "(no name yet)")
            when = messages.local_time(info.updated_at)
            label = f"{title} — {when}"
            if info.sent and info.step in (Step.SUBMIT.value, Step.DONE.value):
                self.sent.addItem(label, info.draft_id)
            else:
                self.drafts.addItem(label, info.draft_id)
        self.continue_button.setEnabled(self.drafts.count() > 0)
        self.follow_button.setEnabled(self.sent.count() > 0)
        if self.drafts.count() and self.group.checkedId() == NEW:
            # On start the program offers to continue.
            self.continue_button.setChecked(True)

    def choice(self) -> int:
        return self.group.checkedId()

    def isComplete(self) -> bool:
        return self.choice() in (NEW, CONTINUE, FOLLOW)

    keep_current = False  # the demo filled the current draft: Next keeps it

    def validatePage(self) -> bool:
        """Open what the director chose before the wizard moves on."""
        if self.keep_current:
            return True
        from ehealth_wizard.core import flow
        from ehealth_wizard.ui import messages

        choice = self.choice()
        session = self.session
        try:
            if choice == CONTINUE and self.drafts.currentData():
                session.open_draft(str(self.drafts.currentData()))
            elif choice == FOLLOW and self.sent.currentData():
                session.open_draft(str(self.sent.currentData()))
                session.flow.state.intent = flow.Intent.FOLLOW
                session.flow.restart()  # Next leads to the sending page, then to Done
            elif choice == NEW and session.has_content():
                session.start_new()
        except Exception as exc:  # a damaged draft must not stop the director
            self.notice.setText(messages.error_text(exc))
            self.notice.setVisible(True)
            return False
        if choice != FOLLOW:
            session.flow.state.intent = flow.Intent.NEW
        return True
