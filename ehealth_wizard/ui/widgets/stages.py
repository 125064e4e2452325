"""The live list of verification stages: each row turns passed / failed with its time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ehealth_wizard.core.problems import Problem
from ehealth_wizard.ui import messages

translate = QCoreApplication.translate
ICONS = {"pending": "○", "running": "◔", "passed": "✔", "failed": "✘", "skipped": "–"}


class StageRow:
    def __init__(self, grid: QGridLayout, row: int, stage: str) -> None:
        self.stage = stage
        self.icon = QLabel(ICONS["pending"])
        self.icon.setObjectName("stageIcon")
        self.title = QLabel(messages.stage_title(stage))
        self.title.setObjectName("stageTitle")
        self.title.setWordWrap(True)  # long stage names wrap at 200 % instead of scrolling
        self.status = QLabel(messages.stage_status("pending"))
        self.status.setWordWrap(True)
        self.time = QLabel("")
        self.time.setObjectName("stageTime")
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 4)
        self.detail.setVisible(False)
        grid.addWidget(self.icon, row * 2, 0)
        grid.addWidget(self.title, row * 2, 1)
        grid.addWidget(self.status, row * 2, 2)
        grid.addWidget(self.time, row * 2, 3)
        grid.addWidget(self.detail, row * 2 + 1, 1, 1, 3)
        self.state = "pending"

    def set(self, status: str, at: datetime | None = None) -> None:
        self.state = status
        self.icon.setText(ICONS.get(status, "?"))
        self.status.setText(messages.stage_status(status))
        for w in (self.icon, self.status, self.title):
            w.setProperty("state", status)
            w.style().unpolish(w)
            w.style().polish(w)
        if at is not None and status in ("passed", "failed", "skipped"):
            self.time.setText(at.astimezone().strftime("%H:%M:%S"))

    def show_failure(
        self, texts: Sequence[tuple[str, Problem | None]], fix: Callable[[str], None] | None
    ) -> None:
        while self.detail_layout.count():
            item = self.detail_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, problem in texts:
            line = QHBoxLayout()
            label = QLabel(text)
            label.setObjectName("stageMessage")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.addWidget(label, 1)
            if fix is not None and problem is not None and problem.path not in ("", "$"):
                button = QPushButton(translate("StageList", "Fix it"))
                button.setObjectName("fixButton")
                button.setAccessibleName(
                    translate("StageList", "Fix it: {problem}").format(problem=text)
                )
                button.clicked.connect(lambda _=False, p=problem.path: fix(p))
                line.addWidget(button)
            holder = QWidget()
            holder.setLayout(line)
            self.detail_layout.addWidget(holder)
        self.detail.setVisible(bool(texts))


class StageList(QWidget):
    def __init__(self, stages: Sequence[str]) -> None:
        super().__init__()
        self.setObjectName("stageList")
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, StageRow] = {}
        for i, stage in enumerate(stages):
            self.rows[stage] = StageRow(self.grid, i, stage)

    def reset(self) -> None:
        for row in self.rows.values():
            row.set("pending")
            row.time.setText("")
            row.show_failure([], None)

    def row(self, stage: str) -> StageRow | None:
        return self.rows.get(stage)
