"""The Key page's "token" choice: token program (PKCS#11 module), token, certificate; then PIN.

The token list refreshes by polling (every 2 s while the panel is visible) in a worker, so a
token plugged in shows up by itself and a pulled one disappears. Certificates are read without
the PIN (they are public objects) once per newly seen token. Opening happens in a worker with
the Qt PIN prompt (`ui.pin_prompt`), through `opening_job(reg)` (the Key page runs it like a file
key: signer, certificate facts, pre-flight) or `open_signer()` (emits `signer_ready`).

Interface kept from the placeholder: `source_ready = Signal(object)` (a TokenKeySource once a
token and a certificate are chosen) and `key_label()` (a PKCS#11 URI for the draft; never a PIN).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehealth_wizard.core.registration import TokenKey, open_and_check
from ehealth_wizard.core.signing.tokens.errors import TokenError
from ehealth_wizard.core.signing.tokens.modules import ModuleCandidate, find_modules, product_of
from ehealth_wizard.core.signing.tokens.session import (
    PinPrompt,
    PinTries,
    TokenCertificate,
    TokenInfo,
)
from ehealth_wizard.core.signing.tokens.signer import TokenKeySource
from ehealth_wizard.ui import messages
from ehealth_wizard.ui.pin_prompt import QtPinPrompt
from ehealth_wizard.ui.widgets.controls import Choice
from ehealth_wizard.ui.widgets.dialogs import open_file_dialog
from ehealth_wizard.ui.widgets.fields import add_row_with_button
from ehealth_wizard.ui.workers import Worker

translate = QCoreApplication.translate

POLL_MS = 2000
ROLE = Qt.ItemDataRole.UserRole
TIP = Qt.ItemDataRole.ToolTipRole


# --- worker bodies (core calls only) ----------------------------------------------------------


@dataclass(frozen=True)
class ScanResult:
    """One poll: the module's tokens now and the certificates of each (by token serial)."""

    module_path: str
    tokens: tuple[TokenInfo, ...] = ()
    certificates: dict[str, tuple[TokenCertificate, ...]] = field(default_factory=dict)
    error: BaseException | None = None


def scan_tokens(
    module_path: str, rescan: bool, known: dict[str, tuple[TokenCertificate, ...]]
) -> ScanResult:
    """Tokens of a module and their certificates (read once per token that shows some)."""
    from ehealth_wizard.core.signing.token import list_certificates, list_tokens, load_module

    try:
        module = load_module(module_path)
        tokens = tuple(list_tokens(module, rescan=rescan))
    except TokenError as exc:
        return ScanResult(module_path, error=exc)
    certs: dict[str, tuple[TokenCertificate, ...]] = {}
    for info in tokens:
        if known.get(info.serial):  # read again while a token shows none (being written)
            certs[info.serial] = known[info.serial]
            continue
        try:
            certs[info.serial] = tuple(list_certificates(module, info))
        except TokenError:
            certs[info.serial] = ()
    return ScanResult(module_path, tokens, certs)


# --- texts ------------------------------------------------------------------------------------


def token_text(info: TokenInfo) -> str:
    name = info.label or translate("TokenPanel", "(no name)")
    maker = " ".join(p for p in (info.manufacturer, info.model) if p)
    text = translate("TokenPanel", "{label} — {maker}, No. {serial}").format(
        label=name, maker=maker, serial=info.serial
    )
    note = {
        PinTries.FEW: translate("TokenPanel", "few PIN tries left"),
        PinTries.LAST: translate("TokenPanel", "last PIN try"),
        PinTries.LOCKED: translate("TokenPanel", "PIN locked"),
    }.get(info.pin_tries)
    return f"{text} ({note})" if note else text


def certificate_text(cert: TokenCertificate) -> str:
    from ehealth_wizard.core.signing.certinfo import cert_info

    info = cert_info(cert.certificate)
    name = info.full_name or info.organization or cert.label or cert.id_hex
    if info.is_seal:
        kind = translate("TokenPanel", "seal")
    elif info.can_sign:
        kind = translate("TokenPanel", "signature")
    else:
        kind = translate("TokenPanel", "not for signing")
    until = info.not_after.strftime("%d.%m.%Y") if info.not_after else "?"
    return translate("TokenPanel", "{name} — {kind}, valid until {date}").format(
        name=name, kind=kind, date=until
    )


def fit_width(view: QListWidget) -> None:
    """Long lines wrap in the list's width instead of scrolling it sideways."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)


# --- the panel --------------------------------------------------------------------------------


class TokenPanel(QWidget):
    source_ready = Signal(object)  # TokenKeySource, once a token and a certificate are chosen
    signer_ready = Signal(object)  # TokenSigner opened by open_signer()
    open_failed = Signal(object)  # the exception from open_signer()
    scanned = Signal(object)  # ScanResult after each poll

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        poll_ms: int = POLL_MS,
        modules: Sequence[ModuleCandidate] | None = None,
        prompt: PinPrompt | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tokenPanel")
        self.prompt: PinPrompt = prompt if prompt is not None else QtPinPrompt(self)
        self._scan: Worker | None = None
        self._opening: Worker | None = None
        self._cert_cache: dict[str, tuple[TokenCertificate, ...]] = {}
        self._last: ScanResult | None = None
        self._serial = ""
        self._cert_id = ""
        self._emitted: TokenKeySource | None = None
        self._auto_module = True  # until the director picks a module: go where a token is

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        outer.addLayout(form)

        self.module_combo = Choice()
        self.module_combo.setAccessibleName(translate("TokenPanel", "Token program"))
        # A long name must not widen the page (it would scroll sideways): the list shows it.
        self.module_combo.setSizeAdjustPolicy(
            Choice.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.module_combo.setMinimumContentsLength(10)
        self.module_browse = QPushButton(translate("TokenPanel", "Choose file…"))
        self.module_browse.clicked.connect(self._choose_module)
        add_row_with_button(
            form, translate("TokenPanel", "Token program"), self.module_combo, self.module_browse
        )

        self.token_list = QListWidget()
        self.token_list.setObjectName("tokenList")
        self.token_list.setAccessibleName(translate("TokenPanel", "Connected tokens"))
        self.token_list.setMaximumHeight(90)
        fit_width(self.token_list)
        token_label = QLabel(translate("TokenPanel", "Token"))
        token_label.setBuddy(self.token_list)
        form.addRow(token_label, self.token_list)

        self.cert_list = QListWidget()
        self.cert_list.setObjectName("tokenCertificates")
        self.cert_list.setAccessibleName(translate("TokenPanel", "Certificates on the token"))
        self.cert_list.setMaximumHeight(90)
        fit_width(self.cert_list)
        cert_label = QLabel(translate("TokenPanel", "Certificate"))
        cert_label.setBuddy(self.cert_list)
        form.addRow(cert_label, self.cert_list)

        self.status = QLabel("")
        self.status.setObjectName("sectionNote")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        note = QLabel(
            translate(
                "TokenPanel",
                "The PIN is asked when the key is opened. The key never leaves the token.",
            )
        )
        note.setWordWrap(True)
        outer.addWidget(note)

        self.token_list.currentItemChanged.connect(self._token_chosen)
        self.cert_list.currentItemChanged.connect(self._cert_chosen)
        self.module_combo.currentIndexChanged.connect(self._module_changed)
        self.module_combo.activated.connect(self._module_picked)

        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.refresh)
        self.set_modules(find_modules() if modules is None else modules)

    # -- modules ----------------------------------------------------------------------------
    def set_modules(self, modules: Sequence[ModuleCandidate]) -> None:
        self.module_combo.blockSignals(True)
        self.module_combo.clear()
        for candidate in modules:
            self._add_module_item(candidate.product, candidate.path)
        self.module_combo.blockSignals(False)
        self._module_changed()

    def _add_module_item(self, product: str, path: str) -> None:
        """The program's name, not its file path (that is in the tooltip); two files of one
        product are told apart by the file name."""
        file_name = Path(path).name
        combo = self.module_combo
        taken = any(combo.itemText(i) == product for i in range(combo.count()))
        text = f"{product} ({file_name})" if taken and product != file_name else product
        combo.addItem(text, path)
        combo.setItemData(combo.count() - 1, path, TIP)

    def _module_picked(self, *_: Any) -> None:
        self._auto_module = False

    def add_module(self, path: str) -> None:
        self._auto_module = False
        index = self.module_combo.findData(path)
        if index < 0:
            self._add_module_item(product_of(path), path)
            index = self.module_combo.count() - 1
        self.module_combo.setCurrentIndex(index)

    def module_path(self) -> str:
        data = self.module_combo.currentData()
        return str(data) if data else ""

    def _choose_module(self) -> None:
        path, _ = open_file_dialog(
            self,
            translate("TokenPanel", "Choose the token program (PKCS#11 module)"),
            self.module_path(),  # its folder, else home
            translate("TokenPanel", "PKCS#11 modules (*.dll *.so *.dylib);;All files (*)"),
        )
        if path:
            self.add_module(path)

    def _module_changed(self, *_: Any) -> None:
        self._cert_cache.clear()
        self._last = None
        self.token_list.clear()
        self.cert_list.clear()
        if not self.module_path():
            self._set_status(
                translate(
                    "TokenPanel",
                    "No token program was found on this computer. Install the program that "
                    "came with your token, or choose its module file.",
                )
            )
        if self.isVisible():  # a hidden panel (file key chosen) loads no module at all
            self.refresh()

    # -- polling ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def refresh(self) -> None:
        """Start one poll in a worker unless one is running."""
        path = self.module_path()
        if self._scan is not None or not path:
            return
        rescan = self._last is None or not self._last.tokens
        worker = Worker(scan_tokens, path, rescan, dict(self._cert_cache))
        worker.succeeded.connect(self._scanned)
        worker.finished.connect(functools.partial(self._scan_finished, worker))
        self._scan = worker
        worker.start()

    def _scan_finished(self, worker: Worker) -> None:
        if self._scan is worker:
            self._scan = None

    def _scanned(self, result: ScanResult) -> None:
        if result.module_path != self.module_path():
            return  # the director switched module meanwhile
        before = [c.id for c in self._cert_cache.get(self._serial, ())]
        self._last = result
        self._cert_cache = dict(result.certificates)
        if result.error is not None:
            self.token_list.clear()
            self.cert_list.clear()
            self._set_status(messages.error_text(result.error))
        else:
            self._show_tokens(result)
            if [c.id for c in self._cert_cache.get(self._serial, ())] != before:
                self._token_chosen()  # certificates appeared on the chosen token
        self.scanned.emit(result)
        count = self.module_combo.count()
        if self._auto_module and not result.tokens and count > 1:
            # No token behind the auto-chosen module: look behind the next one next time, so
            # the panel settles on the module the director's token answers to.
            self.module_combo.setCurrentIndex((self.module_combo.currentIndex() + 1) % count)

    def _show_tokens(self, result: ScanResult) -> None:
        serials = [t.serial for t in result.tokens]
        shown = [self.token_list.item(i).data(ROLE) for i in range(self.token_list.count())]
        if shown != serials:
            keep = self._serial
            self.token_list.blockSignals(True)
            self.token_list.clear()
            for info in result.tokens:
                item = QListWidgetItem(token_text(info))
                item.setData(ROLE, info.serial)
                self.token_list.addItem(item)
            self.token_list.blockSignals(False)
            target = serials.index(keep) if keep in serials else (0 if serials else -1)
            self.token_list.setCurrentRow(target)
            if target < 0:
                self._token_chosen()
        else:
            for i, info in enumerate(result.tokens):  # PIN state may have changed
                self.token_list.item(i).setText(token_text(info))
        if not result.tokens:
            self._set_status(
                translate("TokenPanel", "No token is connected. Plug in your key (token).")
            )

    # -- choosing ---------------------------------------------------------------------------
    def current_token(self) -> TokenInfo | None:
        if self._last is None:
            return None
        for info in self._last.tokens:
            if info.serial == self._serial:
                return info
        return None

    def _token_chosen(self, *_: Any) -> None:
        item = self.token_list.currentItem()
        self._serial = str(item.data(ROLE)) if item is not None else ""
        info = self.current_token()
        self.cert_list.blockSignals(True)
        self.cert_list.clear()
        certs = [c for c in self._cert_cache.get(self._serial, ()) if not c.is_ca]
        for cert in certs:
            entry = QListWidgetItem(certificate_text(cert))
            entry.setData(ROLE, cert.id_hex)
            self.cert_list.addItem(entry)
        self.cert_list.blockSignals(False)
        ids = [c.id_hex for c in certs]
        if self._cert_id in ids:
            self.cert_list.setCurrentRow(ids.index(self._cert_id))
        elif certs:
            self.cert_list.setCurrentRow(self._preferred(certs))
        else:
            self._cert_chosen()
        if info is not None and not certs:
            self._set_status(
                translate(
                    "TokenPanel",
                    "No certificate is visible on the token “{label}” before the PIN is "
                    "entered; the program looks again after you enter it.",
                ).format(label=info.label)
            )
        elif info is not None and info.pin_tries is PinTries.LOCKED:
            self._set_status(messages.describe("token_pin_locked", {"label": info.label}))
        elif info is not None:
            self._set_status("")

    @staticmethod
    def _preferred(certs: Sequence[TokenCertificate]) -> int:
        from ehealth_wizard.core.signing.certinfo import cert_info

        for i, cert in enumerate(certs):
            if cert.has_key and cert_info(cert.certificate).can_sign:
                return i
        return 0

    def _cert_chosen(self, *_: Any) -> None:
        item = self.cert_list.currentItem()
        self._cert_id = str(item.data(ROLE)) if item is not None else ""
        source = self.source()
        if source is not None and source != self._emitted:
            self._emitted = source
            self.source_ready.emit(source)

    def source(self) -> TokenKeySource | None:
        """The chosen token key, or None while the choice is incomplete."""
        info = self.current_token()
        if info is None:
            return None
        visible = [c for c in self._cert_cache.get(info.serial, ()) if not c.is_ca]
        if visible and not self._cert_id:
            return None
        # No certificate visible before login (some tokens keep them private): the key is
        # chosen after the PIN, as open_token_signer does.
        return TokenKeySource(
            module_path=self.module_path(),
            token_label=info.label,
            token_serial=info.serial,
            cert_id=bytes.fromhex(self._cert_id) if self._cert_id else None,
            description=token_text(info),
        )

    def key_label(self) -> str:
        """What the draft remembers (a PKCS#11 URI); never a PIN."""
        source = self.source()
        return source.label if source is not None else ""

    def missing_choice_text(self) -> str:
        if not self.module_path():
            return translate("TokenPanel", "Choose the token program first.")
        if self.current_token() is None:
            return translate("TokenPanel", "Plug in your token and choose it in the list.")
        return translate("TokenPanel", "Choose the certificate to sign with.")

    # -- opening ----------------------------------------------------------------------------
    def opening_job(self, reg: Any) -> Callable[..., Any] | None:
        """A worker body for the Key page (signer, facts, pre-flight), or None if incomplete."""
        source = self.source()
        if source is None:
            return None
        return functools.partial(open_and_check, TokenKey(source, self.prompt), reg)

    def open_signer(self) -> bool:
        """Open the chosen key in a worker (PIN through the prompt): `signer_ready` or
        `open_failed`. False when the choice is incomplete or an opening is running."""
        source = self.source()
        if source is None or self._opening is not None:
            return False

        def job(cancel: threading.Event) -> Any:
            return TokenKey(source, self.prompt).open(cancel)

        worker = Worker(job)
        worker.succeeded.connect(self.signer_ready.emit)
        worker.failed.connect(self.open_failed.emit)
        worker.finished.connect(functools.partial(self._open_finished, worker))
        self._opening = worker
        worker.start()
        return True

    def _open_finished(self, worker: Worker) -> None:
        if self._opening is worker:
            self._opening = None

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        close = getattr(self.prompt, "close", None)
        if callable(close):
            close()
        super().closeEvent(event)


__all__ = ["ScanResult", "TokenPanel", "scan_tokens"]
