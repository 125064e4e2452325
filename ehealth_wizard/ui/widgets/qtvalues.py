"""Qt enum values for the widgets of the first window, set as numbers through Qt's properties.

Reaching any member of PySide's `Qt` namespace (an alignment, a focus policy, a key) makes
PySide build all of its ~90 Python enums at once: 12 ms, a tenth of the window's start
(tests/bench/bench_startup.py). The side panel and Welcome set the few values they need as
numbers through QObject.setProperty, which Qt converts in C++; the modules they import reach
`QtCore.Qt` only inside event handlers. tests/ui/test_startup.py holds these numbers to
PySide's enums and checks that the first window never builds the namespace.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

NO_FOCUS = 0x00  # Qt::NoFocus
STRONG_FOCUS = 0x0B  # Qt::StrongFocus (Tab and click; the wheel does not take the focus)
ALIGN_TOP = 0x20  # Qt::AlignTop
ALIGN_CENTER = 0x84  # Qt::AlignCenter


def set_focus_policy(widget: QWidget, policy: int) -> None:
    widget.setProperty("focusPolicy", policy)


def set_alignment(label: QLabel, alignment: int) -> None:
    label.setProperty("alignment", alignment)
