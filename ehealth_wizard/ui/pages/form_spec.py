"""Form pages as data: a page lists its sections and fields, `build_form` makes the widgets.

Texts in a table are marked with `QT_TRANSLATE_NOOP(context, text)` (lupdate finds the call by
its name and files the text under the page's context) and translated when the page is built,
in the window's language. Which fields carry "*" and how long a text may be are not in the
tables: they come from the core (`core.field_rules`), the same answer the validation uses.
A field that needs
more than its editor (a lookup, a tick box) names a page method in `then`; it runs right after
the field is added, so the extra widgets take their place in the keyboard order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ehealth_wizard.core import dictionaries
from ehealth_wizard.core.field_rules import max_length, required_paths
from ehealth_wizard.ui.pages.form import FormPage
from ehealth_wizard.ui.widgets.fields import DateEdit, Field, PhoneEdit, combo, line_edit

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation under `context`; it is translated where it is shown."""
    return text


@dataclass(frozen=True)
class Text:
    """A line edit; `example` is shown greyed (translated when the table marks it); `digits`
    accepts digits only."""

    example: str = ""
    digits: bool = False


@dataclass(frozen=True)
class Choices:
    """A drop-down of the program's own choices (`items()` gives code, translated name)."""

    items: Callable[[], Sequence[tuple[str, str]]]
    empty: str


@dataclass(frozen=True)
class Dictionary:
    """A drop-down of a server dictionary (its names are Ukrainian data, not program text)."""

    name: str
    empty: str
    codes: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Date:
    """A day.month.year field with a calendar button."""


@dataclass(frozen=True)
class Phone:
    """A Ukrainian phone number."""


@dataclass(frozen=True)
class Custom:
    """An editor the page makes itself: `make` names a page method returning the widget."""

    make: str


Editor = Text | Choices | Dictionary | Date | Phone | Custom


@dataclass(frozen=True)
class Row:
    path: str
    label: str
    editor: Editor
    hint: str = ""
    then: str = ""  # a page method called with the added Field


@dataclass(frozen=True)
class Section:
    title: str
    note: str = ""


def data_combo(name: str, empty: str, codes: tuple[str, ...] | None = None) -> QComboBox:
    """A combo of a server dictionary; its names are Ukrainian data, not program text."""
    values = dictionaries.dictionary(name)
    items = [(c, values[c]) for c in (codes or tuple(values)) if c in values]
    box = combo(items, empty)
    box.setProperty("dataText", True)
    return box


def build_form(
    page: FormPage, context: str, rows: Sequence[Section | Row], *, calendar: str = ""
) -> None:
    """Add `rows` to `page` in order; `calendar` is the date fields' button text (translated)."""

    def tr(text: str) -> str:
        return translate(context, text) if text else ""

    required = required_paths(page.session.reg)

    for row in rows:
        if isinstance(row, Section):
            page.section(tr(row.title), tr(row.note))
            continue
        field = page.add(
            Field(
                row.path,
                tr(row.label),
                _editor(page, row, tr, calendar),
                hint=tr(row.hint),
                required=row.path in required,
            )
        )
        if row.then:
            getattr(page, row.then)(field)


def _editor(page: FormPage, row: Row, tr: Callable[[str], str], calendar: str) -> QWidget:
    spec = row.editor
    if isinstance(spec, Text):
        cap = max_length(row.path)
        return line_edit(tr(spec.example), digits=cap if spec.digits else None, max_len=cap)
    if isinstance(spec, Choices):
        return combo(spec.items(), tr(spec.empty))
    if isinstance(spec, Dictionary):
        return data_combo(spec.name, tr(spec.empty), spec.codes)
    if isinstance(spec, Date):
        return DateEdit(calendar)
    if isinstance(spec, Phone):
        return PhoneEdit()
    made: QWidget = getattr(page, spec.make)()
    return made
