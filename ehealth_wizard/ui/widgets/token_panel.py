"""PLACE FOR THE TOKENS WORK (issue #7): choosing a hardware key (PKCS#11 token).

Hook for the tokens engineer — replace the body of `TokenPanel`, keep its interface:
  * `source_ready = Signal(object)`: emit a core KeySource (e.g. core.signing.token.TokenKeySource)
    when the director has picked a token and a key on it; the Key page then opens it in a
    worker exactly like a file key (`source.open(pin)` -> Signer), with progress and Cancel.
  * `key_label() -> str`: what the draft remembers (`DraftMeta.key_path`, e.g. a token URI);
    never a PIN.
  * the PIN prompt: ui/pin_prompt.py (signal to the GUI thread + threading.Event), per DESIGN.md.
Until then the panel says that tokens come in a later version and points to the file option.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class TokenPanel(QWidget):
    source_ready = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("tokenPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            translate(
                "TokenPanel",
                "Hardware keys (tokens such as Алмаз, Кристал, SecureToken) will be supported "
                "in the next version. For now, please use a key file.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("sectionNote")
        layout.addWidget(note)

    def key_label(self) -> str:
        return ""
