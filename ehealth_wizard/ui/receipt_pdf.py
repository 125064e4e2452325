"""The receipt (core.receipt) as a PDF: QTextDocument printed through QPdfWriter, no new library.

Needs a QGuiApplication (fonts); the `receipt` command makes an offscreen one.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ehealth_wizard.core.atomic import atomic_write_bytes
from ehealth_wizard.core.receipt import Receipt
from ehealth_wizard.ui import messages

translate = QCoreApplication.translate


def data_labels() -> dict[str, str]:
    """Names of the signed request's main fields; any other field is shown by its path."""
    return {
        "$.name": translate("Receipt", "Full name"),
        "$.edrpou": translate("Receipt", "EDRPOU code"),
        "$.type": translate("Receipt", "Type of facility"),
        "$.legal_form": translate("Receipt", "Legal form"),
        "$.email": translate("Receipt", "Work e-mail"),
        "$.owner.last_name": translate("Receipt", "Head: last name"),
        "$.owner.first_name": translate("Receipt", "Head: first name"),
        "$.owner.second_name": translate("Receipt", "Head: patronymic"),
        "$.owner.tax_id": translate("Receipt", "Head: tax number (RNOKPP)"),
        "$.license.license_number": translate("Receipt", "License number"),
        "$.license.expiry_date": translate("Receipt", "License valid until"),
    }


def signer_labels() -> dict[str, str]:
    return {
        "holder": translate("Receipt", "Key holder"),
        "rnokpp": translate("Receipt", "Tax number (RNOKPP)"),
        "edrpou": translate("Receipt", "EDRPOU code"),
        "organization": translate("Receipt", "Organisation"),
        "issuer": translate("Receipt", "Certificate issued by"),
        "serial": translate("Receipt", "Certificate serial number"),
        "valid": translate("Receipt", "Certificate valid"),
    }


def _when(iso: str) -> str:
    return messages.local_time(iso) if iso else "—"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='38%'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='0' cellpadding='3' border='0.5' width='100%'>{cells}</table>"


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"


def receipt_html(receipt: Receipt) -> str:
    labels = data_labels()
    facts = signer_labels()
    parts = [
        _heading(2, translate("Receipt", "Registration in eHealth: receipt")),
        _table(
            [
                (
                    translate("Receipt", "Legal entity id in eHealth"),
                    receipt.legal_entity_id or translate("Receipt", "not recorded"),
                ),
                (translate("Receipt", "Server"), receipt.server_url or "—"),
                (
                    translate("Receipt", "SHA-256 of the signed file"),
                    " ".join(receipt.sha256[i : i + 16] for i in range(0, len(receipt.sha256), 16)),
                ),
            ]
        ),
        _heading(3, translate("Receipt", "Signature")),
        _table(
            [(facts.get(k, k), v) for k, v in receipt.signer]
            + [
                (translate("Receipt", "Signed at (signer's clock)"), _when(receipt.signing_time)),
                (translate("Receipt", "Time-stamp"), _when(receipt.timestamp)),
                (translate("Receipt", "Time-stamp service"), receipt.timestamp_authority or "—"),
            ]
        ),
        _heading(3, translate("Receipt", "What eHealth checked")),
    ]
    if receipt.stages:
        parts.append(
            _table(
                [
                    (
                        f"{messages.stage_title(s.stage)} ({s.stage})",
                        f"{messages.stage_status(s.status)} — {_when(s.at)}"
                        + (f" — {messages.server_text(s.message)}" if s.message else ""),
                    )
                    for s in receipt.stages
                ]
            )
        )
    else:
        none = translate("Receipt", "No stages were recorded on this computer.")
        parts.append(f"<p>{html.escape(none)}</p>")
    parts.append(_heading(3, translate("Receipt", "The data as signed")))
    parts.append(_table([(labels.get(path, path), value) for path, value in receipt.data]))
    return (
        "<html><body style='font-family: DejaVu Sans; font-size: 9pt'>"
        + "".join(parts)
        + ("</body></html>")
    )


def pdf_bytes(receipt: Receipt) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("Receipt", "Registration in eHealth: receipt"))
    writer.setCreator("ehealth-wizard")
    doc = QTextDocument()
    doc.setHtml(receipt_html(receipt))
    doc.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def write_pdf(receipt: Receipt, path: Path | str) -> Path:
    """The PDF at `path`, replaced atomically (0600)."""
    target = Path(path)
    atomic_write_bytes(target, pdf_bytes(receipt))
    return target
