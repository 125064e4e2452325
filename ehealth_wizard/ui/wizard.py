"""The main window: a QWizard whose pages are the steps of core.flow.

Navigation lives in the session's core.flow Wizard (Electrum's shape): Next and Back ask it where
to go (`next()`, `back()`, `go_to()` for "fix it"), and this frame only shows the page of each
step on the flow's back-stack (`show_flow`). It also shows the steps and the environment in a
side panel, and saves the draft (debounced) as the director types.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ehealth_wizard.core.ehealth.environments import Environment, resolve_environment
from ehealth_wizard.core.steps import ORDER, Step
from ehealth_wizard.ui.environment import environment_title
from ehealth_wizard.ui.first_paint import after_first_paint
from ehealth_wizard.ui.language import app_display_name
from ehealth_wizard.ui.pages.base import StepPage
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.controls import Choice, ClickLabel
from ehealth_wizard.ui.widgets.qtvalues import ALIGN_CENTER, set_alignment
from ehealth_wizard.ui.widgets.restyle import repolish

if TYPE_CHECKING:
    from ehealth_wizard.core.drafts import DraftStore

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

STEP_IDS: dict[Step, int] = {step: i for i, step in enumerate(ORDER)}


def step_names() -> dict[Step, str]:
    return {
        Step.WELCOME: translate("Wizard", "Start"),
        Step.FACILITY: translate("Wizard", "Facility"),
        Step.LICENSE: translate("Wizard", "License"),
        Step.DIRECTOR: translate("Wizard", "Director"),
        Step.KEY: translate("Wizard", "Signature key"),
        Step.REVIEW: translate("Wizard", "Check"),
        Step.SUBMIT: translate("Wizard", "Sending"),
        Step.DONE: translate("Wizard", "Done"),
    }


PAGE_CLASSES: dict[Step, str] = {
    Step.WELCOME: "welcome.WelcomePage",
    Step.FACILITY: "facility.FacilityPage",
    Step.LICENSE: "license.LicensePage",
    Step.DIRECTOR: "director.DirectorPage",
    Step.KEY: "key.KeyPage",
    Step.REVIEW: "review.ReviewPage",
    Step.SUBMIT: "submit.SubmitPage",
    Step.DONE: "done.DonePage",
}


def build_page(step: Step, session: Session) -> StepPage:
    """The page of `step` (its module is imported only now: ehealth_wizard.ui.pages.*)."""
    module, name = PAGE_CLASSES[step].split(".")
    cls: type[StepPage] = getattr(import_module(f"ehealth_wizard.ui.pages.{module}"), name)
    return cls(session)


class Pages(Mapping[Step, StepPage]):
    """The window's pages, each built the first time it is asked for (the window shows the
    welcome page sooner). Iterating gives the pages built so far."""

    def __init__(self, build: Callable[[Step], StepPage]) -> None:
        self._build = build
        self._built: dict[Step, StepPage] = {}

    def __getitem__(self, step: Step | str) -> StepPage:
        try:
            key = Step(step)
        except ValueError:
            raise KeyError(step) from None
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._build(key)
        return page

    def built(self, step: Step) -> StepPage | None:
        """The page of `step` if it is built already (never builds it)."""
        return self._built.get(step)

    def __contains__(self, step: object) -> bool:
        """Whether that page is built already (asking never builds it)."""
        return step in self._built

    def __iter__(self) -> Iterator[Step]:
        return iter(list(self._built))

    def __len__(self) -> int:
        return len(self._built)


MINIMUM_SIZE = QSize(720, 480)


def minimum_size() -> QSize:
    """Small enough for 200 % on 1920×1080 (960×540 usable) and 150 % on 1366×768; never larger
    than the screen's available area, so the buttons stay reachable (the pages scroll)."""
    size = QSize(MINIMUM_SIZE)
    screen = QApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry().size()
        if available.isValid() and not available.isEmpty():
            size = size.boundedTo(available)
    return size


OPENING_SIZE = QSize(1000, 740)


def opening_size() -> QSize:
    """Roomy enough that Welcome's demo offer and a form's first fields show without scrolling,
    yet within 90 % of the screen's free area (the pages scroll below that)."""
    size = QSize(OPENING_SIZE)
    screen = QApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry().size()
        if available.isValid() and not available.isEmpty():
            size = size.boundedTo(available * 0.9)
    return size.expandedTo(minimum_size())


class LanguageChoice(Choice):
    """The language box: arrows reaching it by Tab must not switch the whole window's language.
    The list opens with Space, F4 or Alt+Down, and is chosen from there."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = QtCore.Qt.Key
        moves = (
            key.Key_Up,
            key.Key_Down,
            key.Key_PageUp,
            key.Key_PageDown,
            key.Key_Home,
            key.Key_End,
        )
        bare = event.modifiers() == QtCore.Qt.KeyboardModifier.NoModifier
        if bare and event.key() in moves:
            event.ignore()
            return
        super().keyPressEvent(event)


class StepLabel(ClickLabel):
    """A step in the side panel; a click opens it when it is a way the flow allows (`link`)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setObjectName("stepLabel")
        self.link = False

    def set_link(self, link: bool) -> None:
        self.link = link
        self.setProperty("link", link)
        if link:
            self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
            self.setToolTip(translate("Wizard", "Open this step"))
        else:
            self.unsetCursor()
            self.setToolTip("")

    def accepts_click(self) -> bool:
        return self.link


class SidePanel(QFrame):
    """Left column: the environment badge, the steps with the current one marked (visited
    steps the flow can reach are links), language."""

    step_clicked = Signal(object)  # Step

    def __init__(self, environment: Environment, lang: str) -> None:
        super().__init__()
        self.setObjectName("sidePanel")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(6)
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        set_alignment(self.badge, ALIGN_CENTER)
        column.addWidget(self.badge)
        column.addSpacing(8)
        self.steps: dict[Step, StepLabel] = {}
        for step, name in step_names().items():
            label = StepLabel(name)
            label.clicked.connect(lambda s=step: self.step_clicked.emit(s))
            column.addWidget(label)
            self.steps[step] = label
        column.addStretch(1)
        lang_label = QLabel(translate("Wizard", "Language"))
        self.language = LanguageChoice()
        self.language.addItem("Українська", "uk")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "uk" else 1)
        self.language.setProperty("dataText", True)
        lang_label.setBuddy(self.language)
        self.language.setAccessibleName(translate("Wizard", "Language"))
        column.addWidget(lang_label)
        column.addWidget(self.language)
        self.about = QPushButton(translate("AboutDialog", "About"))  # the program, the vendor
        self.about.setObjectName("aboutButton")
        self.about.setAccessibleName(translate("AboutDialog", "About the program"))
        column.addWidget(self.about)
        self._compact = False
        self._full_height = 0  # what the panel needs laid out in full (measured when shown)
        self._badge_full = self._badge_short = ""
        self.set_environment(environment)

    def set_environment(self, environment: Environment) -> None:
        if environment.is_sandbox:
            self.badge.setObjectName("sandboxBadge")
            self._badge_full = translate("Wizard", "SANDBOX\npractice mode")
            self._badge_short = translate("Wizard", "SANDBOX")
            self.badge.setToolTip(environment_title(environment))
        else:
            self.badge.setObjectName("realBadge")
            host = urlsplit(environment.url).hostname or environment.url
            self._badge_full = translate("Wizard", "eHealth\n{name}").format(
                name=environment.name or host
            )
            self._badge_short = self._badge_full.replace("\n", " ")
            self.badge.setToolTip(environment.url)
        self.badge.setText(self._badge_short if self._compact else self._badge_full)
        repolish(self.badge)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Short of height (200 % on a small screen): a denser panel, the badge on one line,
        rather than labels squeezed over each other."""
        super().resizeEvent(event)
        if not self._compact:
            self._full_height = self.sizeHint().height()
        self._set_compact(self.height() < self._full_height)

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        column = self.layout()
        assert column is not None
        column.setSpacing(1 if compact else 6)
        margin = 6 if compact else 12
        column.setContentsMargins(margin, margin, margin, margin)
        self.badge.setText(self._badge_short if compact else self._badge_full)
        for label in (self.badge, *self.steps.values()):
            label.setProperty("compact", compact)
            repolish(label)

    def mark(
        self,
        current: Step,
        visited: set[Step],
        links: frozenset[Step] | set[Step] = frozenset(),
    ) -> None:
        for step, label in self.steps.items():
            state = "current" if step is current else ("done" if step in visited else "")
            link = step in links and step is not current
            if label.property("state") == state and label.link == link:
                continue  # unchanged: no re-polish (the first window is marked before it shows)
            label.setProperty("state", state)
            label.set_link(link)
            repolish(label)


class RegistrationWizard(QWizard):
    def __init__(self, session: Session, lang: str = "uk") -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.setObjectName("registrationWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setMinimumSize(minimum_size())
        self._visited: set[Step] = set()
        self._target: Step | None = None  # the page show_flow is stepping to
        self.pages = Pages(self._add_page)
        self.pages[Step.WELCOME]  # the others when first needed
        self.setStartId(STEP_IDS[Step.WELCOME])
        self.side = SidePanel(session.environment, lang)
        start = Step.WELCOME
        self.side.mark(start, {start})  # as show() will: styled by the first polish, not again
        self.setSideWidget(self.side)
        self.side.about.clicked.connect(self.show_about)
        # QWizard re-chains its buttons as pages change; put the side panel after them each time.
        self.currentIdChanged.connect(lambda _id: self._side_last_in_tab_order())
        self.side.language.currentIndexChanged.connect(self._language_chosen)
        self.currentIdChanged.connect(self._page_changed)
        self.side.step_clicked.connect(self.go_to_step)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton):
            button = self.button(which)  # Next asks the flow (QWizard's own slot would not)
            button.clicked.disconnect()
            button.clicked.connect(self.next)
        back = self.button(QWizard.WizardButton.BackButton)
        back.clicked.disconnect()
        back.clicked.connect(self.back)
        finish = self.button(QWizard.WizardButton.FinishButton)  # on Done: close as the
        finish.clicked.disconnect()  # title bar's x does (save, stop following), not accept()
        finish.clicked.connect(self.close)
        session.environment_changed.connect(self._environment_changed)
        self.language_switch: Any = None  # set by the controller
        self._update_title()

    def _add_page(self, step: Step) -> StepPage:
        page = build_page(step, self.session)
        self.setPage(STEP_IDS[step], page)
        page.completeChanged.connect(self._mark_side)  # e.g. sending ended: links open again
        for signal, slot in (
            ("edit_requested", self.go_to_field),  # Review
            ("fix_requested", self.go_to_field),  # Submit
            ("demo_requested", self.start_demo),  # Welcome
        ):
            if hasattr(page, signal):
                getattr(page, signal).connect(slot)
        return page

    def _side_last_in_tab_order(self) -> None:
        """Tab from a page's last field goes to Back/Next, not to the language box."""
        buttons = (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        )
        previous: QWidget = self.button(buttons[0])
        for which in buttons[1:]:
            QWidget.setTabOrder(previous, self.button(which))
            previous = self.button(which)
        for widget in (self.side.language, self.side.about):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    # -- steps ------------------------------------------------------------------------------
    def step_of(self, page_id: int) -> Step | None:
        for step, i in STEP_IDS.items():
            if i == page_id:
                return step
        return None

    @property
    def current_step(self) -> Step:
        return self.step_of(self.currentId()) or Step.WELCOME

    def page_for(self, step: Step | str) -> StepPage:
        return self.pages[Step(step)]

    def nextId(self) -> int:
        """Where QWizard's Next would lead: the page show_flow is stepping to, else the flow's
        next step from here (which decides the Next / Finish button)."""
        step = self.step_of(self.currentId())
        if self._target is not None and step is not self._target:
            return STEP_IDS[self._target]
        # Arrived (QWizard asks again on switching, to choose Next or Finish): the flow says.
        if step is None:
            return -1
        if not self.session.is_open:  # the first window: Welcome leads on (QWizard only asks
            return STEP_IDS[ORDER[1]]  # to label its button); the flow loads after the paint
        from ehealth_wizard.core import flow

        target = flow.next_step(step, self.session.flow.state)
        return STEP_IDS[target] if target is not None else -1

    def validateCurrentPage(self) -> bool:
        """QWizard asks while show_flow steps: the flow has decided already."""
        return self._target is not None or super().validateCurrentPage()

    def next(self) -> None:
        """Next: the page takes what was typed (the welcome page opens a draft), the flow moves
        (a StepBlocked here is a bug and is not hidden), the window shows where it went."""
        page = self.currentPage()
        if page is None or not page.isComplete() or not page.validatePage():
            return
        wizard = self.session.flow
        if wizard.current is self.current_step:
            wizard.next()
        # else: the page moved the flow itself (a draft opened where the director left it)
        self.show_flow()

    def back(self) -> None:
        """Back as the flow allows (never while sending, never after eHealth accepted)."""
        wizard = self.session.flow
        if not wizard.can_back():
            self._update_back()
            return
        wizard.back()
        self.show_flow()

    def show_flow(self) -> None:
        """Show the flow's current step with QWizard's history equal to the flow's back-stack
        (so the pages' initializePage/cleanupPage run as they would one Next/Back at a time)."""
        history = list(self.session.flow.history)
        shown = [self.step_of(i) for i in self.visitedIds()]
        keep = 0
        while keep < min(len(shown), len(history)) and shown[keep] is history[keep]:
            keep += 1
        keep = max(keep, 1)
        while len(self.visitedIds()) > keep:
            super().back()
        try:
            for step in history[keep:]:
                self.pages[step]  # built before QWizard switches to it
                self._target = step
                super().next()
        finally:
            self._target = None
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()  # QWizard redraws Next / Finish for this page
        self._update_back()

    def _update_back(self) -> None:
        """Back is on exactly when the flow allows it (after QWizard's own button update)."""
        QTimer.singleShot(0, self._apply_back)

    def _apply_back(self) -> None:
        button = self.button(QWizard.WizardButton.BackButton)
        # (Welcome, drawn before the flow loads, has no Back)
        button.setEnabled(self.session.is_open and self.session.flow.can_back())

    def _page_changed(self, page_id: int) -> None:
        step = self.step_of(page_id)
        if step is None:
            return
        self._visited.add(step)
        self._mark_side()
        self.session.set_step(step.value)
        self._update_back()

    def side_links(self) -> set[Step]:
        """Visited steps a click in the side panel may open: those behind on the flow's
        back-stack (when Back is allowed), and visited ones ahead up to Review while this step
        is complete (signing and sending wait for the director's press)."""
        if not self.session.is_open:
            return set()  # the first window: nothing visited but Welcome
        from ehealth_wizard.core import flow

        wizard = self.session.flow
        links: set[Step] = set()
        if flow.can_leave_backwards(wizard.current, wizard.state):
            links.update(wizard.history[:-1])
        ahead = flow.next_step(wizard.current, wizard.state)
        if ahead in self._visited and not wizard.status().complete:
            ahead = None  # (validation runs only when a visited step lies ahead)
        while ahead in self._visited and ahead not in (Step.SUBMIT, Step.DONE, None):
            links.add(ahead)
            ahead = flow.next_step(ahead, wizard.state)
        return links & self._visited

    def _mark_side(self) -> None:
        step = self.step_of(self.currentId())
        if step is not None:
            self.side.mark(step, self._visited, self.side_links())

    def go_to_step(self, step: Step) -> None:
        """A click on a step in the side panel: there through the flow, if it allows."""
        if step not in self.side_links():
            return
        from ehealth_wizard.core import flow

        try:
            self.session.flow.go_to(step)
        except flow.FlowError:
            return
        self.show_flow()

    def go_to_field(self, path: str) -> None:
        """'Fix it': open the page that holds `path` and put the cursor in the field."""
        # The key itself ($.signature, pre-flight and the server's signature checks) lives on
        # the key page; core.flow.step_of_path knows only form fields.
        from ehealth_wizard.core import flow

        on_key = path.startswith(("$.signature", "$.signed_legal_entity_request"))
        target = Step.KEY if on_key else flow.step_of_path(path)
        here = self.current_step
        # Straight to the page asked for; nothing moves forward by itself afterwards (Next then
        # runs on through complete pages, never past Review: signing and sending wait for the
        # director's press).
        if target is not here:
            self.session.flow.go_to(target)
            self.show_flow()
        page = self.pages.get(target)
        notes = getattr(self.pages.built(Step.SUBMIT), "failure_notes", {})
        note = notes.get(path, "") if here is Step.SUBMIT else ""
        show_note = getattr(page, "show_server_note", None)
        if show_note is not None:
            show_note(note)
        if page is not None:
            QTimer.singleShot(0, lambda: page.focus_path(path, note))

    def show_about(self) -> None:
        """The program's version, the environment and the vendor's support (read now: the
        environment may have changed)."""
        from ehealth_wizard.ui.vendor import AboutDialog

        dialog = AboutDialog(self.session.environment, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def start_demo(self) -> None:
        from ehealth_wizard.ui.demo import run_demo

        run_demo(self)

    # -- window -----------------------------------------------------------------------------
    def _update_title(self) -> None:
        """ "ПІСОЧНИЦЯ — Реєстрація в eHealth": the title ends with the application's display
        name, so the desktop (Qt's formatWindowTitle) does not append it a second time."""
        env = self.session.environment
        where = translate("Wizard", "SANDBOX") if env.is_sandbox else env.name or env.url
        self.setWindowTitle(f"{where} — {app_display_name()}")

    def _environment_changed(self) -> None:
        self.side.set_environment(self.session.environment)
        self._update_title()

    def _language_chosen(self, index: int) -> None:
        lang = str(self.side.language.itemData(index))
        if lang != self.lang and self.language_switch is not None:
            QTimer.singleShot(0, lambda: self.language_switch(lang))

    def save_now(self) -> Any:
        return self.session.save_now()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == QtCore.Qt.Key.Key_Escape:
            event.ignore()  # Escape must not close the window by accident
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-way asks nothing and loses nothing; the opened key is closed."""
        try:
            self.session.close()
        except Exception:
            log.exception("saving the draft on close failed")
        for page in self.pages.values():
            if hasattr(page, "_session_changed") and not getattr(page, "_detached", False):
                page._detached = True  # type: ignore[attr-defined]
                self.session.changed.disconnect(page._session_changed)
            stop = getattr(page, "stop_following", None)
            if stop is not None:
                stop()
        event.accept()  # not QDialog.closeEvent: it would route through reject()


class MainController:
    """Owns the session (draft, environment, sandbox) across language switches."""

    def __init__(self, session: Session, lang: str) -> None:
        self.session = session
        self.lang = lang
        self.window = self._make_window(lang)

    def _make_window(self, lang: str) -> RegistrationWizard:
        window = RegistrationWizard(self.session, lang)
        window.language_switch = self.switch_language
        return window

    def switch_language(self, lang: str) -> None:
        from ehealth_wizard.ui.language import install_translators

        app = QApplication.instance()
        assert app is not None
        self.session.save_now()
        install_translators(app, lang)
        old = self.window
        geometry = old.geometry()
        for page in old.pages.values():
            if hasattr(page, "_session_changed") and not getattr(page, "_detached", False):
                page._detached = True  # type: ignore[attr-defined]
                self.session.changed.disconnect(page._session_changed)
        self.lang = lang
        self.window = self._make_window(lang)
        self.window.setGeometry(geometry)
        self.window.show()
        self.window.show_flow()  # the same step and back-stack, in the new language
        old.hide()
        old.deleteLater()

    def save_now(self) -> Any:
        return self.session.save_now()


def make_session(args: Any, *, deferred: bool = False) -> Session:
    """The session for `args` (--data-dir, --server, --profile). `deferred`, at the window's
    start: the environment now (the title names it), the draft store once the window has been
    painted (open_main_window)."""

    def open_store() -> DraftStore:
        from ehealth_wizard.core.drafts import DraftStore
        from ehealth_wizard.core.paths import AppPaths

        return DraftStore.for_paths(AppPaths.resolve(getattr(args, "data_dir", None)))

    environment = resolve_environment(getattr(args, "server", None), getattr(args, "profile", None))
    if deferred:
        return Session.deferred(open_store, environment)
    return Session(open_store(), environment)


def open_main_window(args: Any, lang: str) -> MainController:
    session = make_session(args, deferred=True)
    controller = MainController(session, lang)
    controller.window.resize(opening_size())
    controller.window.show()
    # The drafts (and the registration model) load right after the first paint: the director
    # sees the window sooner; Welcome's lists fill a moment later (Session.opened).
    after_first_paint(controller.window, session.open, at_the_latest_ms=1000)
    if session.environment.is_sandbox:

        def start_sandbox() -> None:
            from ehealth_wizard.ui.sandbox_control import start_embedded_sandbox

            start_embedded_sandbox(session)

        # After the first paint: its imports would otherwise compete with showing the window.
        after_first_paint(controller.window, start_sandbox, at_the_latest_ms=1000)
    else:  # a vendor environment asks once for the MIS secrets it lacks
        from ehealth_wizard.ui.vendor import ask_secrets_once

        QTimer.singleShot(0, lambda: ask_secrets_once(controller.window, session.environment))
    return controller
