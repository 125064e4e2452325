"""Form pages (facility, license, director): grouped Field rows bound to JSON paths.

They check a field when the director leaves it, show the message under it, and keep Next
disabled with a short reason until the page has no blocking problem.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QGroupBox, QLabel

from ehealth_wizard.core.field_rules import required_paths
from ehealth_wizard.core.problems import Problem, Severity, belongs
from ehealth_wizard.ui import messages
from ehealth_wizard.ui.pages.base import StepPage, add_scroll_column, page_layout, settle_layouts
from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.fields import Field

translate = QCoreApplication.translate


NAME_PATHS = ("$.owner.last_name", "$.owner.first_name", "$.owner.second_name")


class FormPage(StepPage):
    """A page of grouped fields. Subclasses call `section()` and `add()` in `build()`."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.fields: dict[str, Field] = {}
        outer = page_layout(self)
        # What eHealth said when "Fix it" brought the director here (QA #6).
        self.server_note = QLabel("")
        self.server_note.setObjectName("pageError")
        self.server_note.setWordWrap(True)
        self.server_note.setVisible(False)
        outer.addWidget(self.server_note)
        self.scroll_area, self._column = add_scroll_column(outer, 1)
        self._column.setContentsMargins(4, 4, 12, 4)
        self._column.setSpacing(12)
        self.page_error = QLabel("")
        self.page_error.setObjectName("pageError")
        self.page_error.setWordWrap(True)
        self.page_error.setVisible(False)
        self.reason = QLabel("")
        self.reason.setObjectName("nextReason")
        self.reason.setWordWrap(True)
        outer.addWidget(self.page_error)
        outer.addWidget(self.reason)
        self._form: QFormLayout | None = None
        self._loading = False
        self._announced: bool | None = None
        self._announce_pending = False
        self._server_said: dict[str, str] = {}  # field path -> eHealth's words, from "Fix it"
        self.build()
        self._column.addStretch(1)
        session.changed.connect(self._session_changed)

    def build(self) -> None:
        raise NotImplementedError

    def section(self, title: str, note: str = "") -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        if note:
            label = QLabel(note)
            label.setObjectName("sectionNote")
            label.setWordWrap(True)
            form.addRow(label)
        self._column.addWidget(box)
        self._form = form
        return box

    def add(self, field: Field) -> Field:
        assert self._form is not None, "call section() first"
        field.setParent(self)  # Qt owns it with the page: no Python GC of a live event filter
        field.add_to(self._form)
        field.edited.connect(self._edited)
        field.left.connect(self._left)
        self.fields[field.path] = field
        return field

    # -- values -----------------------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        try:
            for path, field in self.fields.items():
                field.set_value(self.session.get(path))
            self.update_visibility()
        finally:
            self._loading = False
        self.update_required()
        self.refresh(show_all=False)

    def initializePage(self) -> None:
        super().initializePage()
        QTimer.singleShot(0, self, self.focus_first)

    def focus_first(self) -> None:
        """Start the keyboard on the first visible field (QWizard may pick a hidden one)."""
        for field in self.fields.values():
            if not field.label.isHidden():
                field.focus()
                return

    def _edited(self, path: str) -> None:
        if self._loading:
            return
        self._server_said.pop(path, None)  # changed since eHealth refused it
        self.session.set(path, self.fields[path].value())

    def _left(self, path: str) -> None:
        self.refresh(show_all=False)

    def _session_changed(self, path: str) -> None:
        if path == "":
            if self.isVisible():
                self.load()
            return
        if path in self.fields:
            self.update_visibility()
            self.update_required()
            self.refresh(show_all=False)

    def update_visibility(self) -> None:
        """Show or hide fields that depend on others (e.g. pharmacy-only fields)."""

    def update_required(self) -> None:
        """The "*" marks as the core's rules say for the registration as it is now."""
        required = required_paths(self.session.reg)
        for path, field in self.fields.items():
            if field.required != (path in required):
                field.set_required(path in required)

    # -- problems ---------------------------------------------------------------------------
    def visible_paths(self) -> list[str]:
        return [p for p, f in self.fields.items() if not f.label.isHidden()]

    def page_problems(self) -> list[Problem]:
        """This step's problems (core.flow decides which step owns a path)."""
        status = self.session.status(self.step_id)
        return [*status.errors, *status.warnings]

    def refresh(self, *, show_all: bool) -> None:
        """Show each touched field's problem under it; recompute Next and its reason."""
        problems = self.page_problems()
        by_field: dict[str, Problem] = {}
        unplaced: list[Problem] = []
        for problem in problems:
            target = next((p for p in self.fields if belongs(problem.path, p)), None)
            if target is None:
                unplaced.append(problem)
                continue
            current: Problem | None = by_field.get(target)
            if current is None or (
                current.severity is Severity.WARNING and problem.severity is Severity.ERROR
            ):
                by_field[target] = problem
        for path, field in self.fields.items():
            shown = by_field.get(path)
            if shown is not None and (show_all or field.touched or self._has_value(path)):
                field.show_problem(
                    messages.problem_text(shown), warning=shown.severity is Severity.WARNING
                )
            elif path in self._server_said:
                field.show_problem(self._server_said[path])
            else:
                field.show_problem("")
        self.page_error.setText(
            "\n".join(messages.problem_text(p) for p in unplaced if self._any_touched())
        )
        self.page_error.setVisible(bool(self.page_error.text()))
        blocking = [p for p in problems if p.severity is Severity.ERROR]
        if blocking:
            order = {path: i for i, path in enumerate(self.fields)}  # the page's own order
            ranked: list[tuple[int, str]] = []
            for problem in blocking:
                target = next((p for p in self.fields if belongs(problem.path, p)), None)
                name = self.fields[target].plain_label if target else messages.problem_text(problem)
                if name not in (n for _, n in ranked):
                    ranked.append((order[target] if target else len(order), name))
            names = [name for _, name in sorted(ranked, key=lambda r: r[0])]
            listed = ", ".join(names[:4]) + ("…" if len(names) > 4 else "")
            self.reason.setText(
                translate("FormPage", "To continue, fill in or correct: {fields}").format(
                    fields=listed
                )
            )
        else:
            self.reason.setText("")
        self.reason.setVisible(bool(blocking))
        self._announce_complete()

    def _announce_complete(self) -> None:
        """Tell the wizard only when Next's state really changes, and not while a drop-down list
        or suggestions are open: QWizard's button update closes an open popup under the mouse."""
        if QApplication.activePopupWidget() is not None:
            if not self._announce_pending:
                self._announce_pending = True
                QTimer.singleShot(150, self, self._announce_later)
            return
        complete = self.isComplete()
        if complete != self._announced:
            self._announced = complete
            self.completeChanged.emit()

    def _announce_later(self) -> None:
        self._announce_pending = False
        self._announce_complete()

    def _has_value(self, path: str) -> bool:
        value = self.session.get(path)
        return bool(value)

    def _any_touched(self) -> bool:
        return any(f.touched for f in self.fields.values())

    def isComplete(self) -> bool:
        return self.session.status(self.step_id).complete

    def show_all_problems(self) -> None:
        for field in self.fields.values():
            field.touched = True
        self.refresh(show_all=True)

    def show_server_note(self, text: str) -> None:
        """What eHealth said, above the page; a new "Fix it" forgets the marks of the last one."""
        self._server_said = {}
        self.server_note.setText(text)
        self.server_note.setVisible(bool(text))

    def field_for(self, path: str) -> str | None:
        """The field a problem at `path` is about: the field holding it, else the first visible
        field inside it (a problem about `$.owner.documents` lands on the document's type)."""
        held = next((p for p in self.fields if belongs(path, p)), None)
        if held is not None:
            return held
        return next((p for p in self.visible_paths() if belongs(p, path)), None)

    def focus_path(self, path: str, note: str = "") -> bool:
        """ "Fix it": the field scrolled into view, its problem (or eHealth's `note`) shown under
        it, and the cursor in it."""
        target = self.field_for(path)
        if target is None:
            return False
        field = self.fields[target]
        if note:
            self._server_said[target] = note
        self.show_all_problems()
        settle_layouts()  # the messages just shown move the fields below them
        if target in NAME_PATHS:  # a name refused as a whole: keep all three in view
            for name in reversed(NAME_PATHS):
                if name in self.fields:
                    self.scroll_area.ensureWidgetVisible(self.fields[name].box)
        self.scroll_area.ensureWidgetVisible(field.box)
        field.focus()
        return True

    def problem_for(self, paths: Iterable[str]) -> list[Problem]:
        return [p for p in self.session.problems() if any(belongs(p.path, x) for x in paths)]
