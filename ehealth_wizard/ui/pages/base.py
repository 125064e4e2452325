"""What every step page shares: a step id, a title, a session, the Next-is-allowed contract,
and the scrolling column the pages are laid out in (form pages are pages/form.py's).

Welcome is built from this alone before the window's first paint, so it loads no more than
that: neither the registration model nor PySide's `Qt` namespace (ui/widgets/qtvalues.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from ehealth_wizard.ui.session import Session
from ehealth_wizard.ui.widgets.qtvalues import NO_FOCUS, set_focus_policy


class StepPage(QWizardPage):
    step_id = ""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName(f"page_{self.step_id}")

    def load(self) -> None:
        """Fill the widgets from the session (a draft was opened or the page is shown)."""

    def initializePage(self) -> None:
        self.session.set_step(self.step_id)
        self.load()

    def focus_path(self, path: str, note: str = "") -> bool:
        """Put the cursor on the field for `path` (marked with eHealth's `note`, if any);
        False when this page has none."""
        return False


def settle_layouts() -> None:
    """Lay out now what was just shown or hidden, so positions (scrolling to a field) are true."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def page_layout(page: QWidget) -> QVBoxLayout:
    """The page's outer column, edge to edge (the wizard frames it)."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    return outer


def add_scroll_column(outer: QVBoxLayout, stretch: int = 0) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area added to `outer`, so at 1024×700 or 200 % nothing is squeezed
    or cut off; returns it and the column inside it to fill."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    set_focus_policy(scroll, NO_FOCUS)
    content = QWidget()
    column = QVBoxLayout(content)
    scroll.setWidget(content)
    outer.addWidget(scroll, stretch)
    return scroll, column


def scrolling_column(page: QWidget) -> QVBoxLayout:
    """All of the page's content scrolls; returns the column to fill. The scroll area is
    `page.scroll_area`."""
    scroll, column = add_scroll_column(page_layout(page))
    page.scroll_area = scroll  # type: ignore[attr-defined]
    return column
