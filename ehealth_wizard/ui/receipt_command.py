"""`receipt ID|SIGNED.p7s -o FILE.pdf`: the director's receipt of a registration as a PDF.

The content comes from core.receipt (no Qt); only the PDF rendering uses Qt's QtGui
(QTextDocument + QPdfWriter) on the offscreen platform, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "receipt",
        help="write the receipt of a sent registration as a PDF",
        description="Write the receipt of a registration as a PDF: the data as signed, the "
        "signer's certificate, the signature's time-stamp, every stage with its time and "
        "result, the legal entity id and the SHA-256 of the signed file. Give the legal entity "
        "id of a registration sent from this computer, or the signed file (.p7s).",
    )
    parser.add_argument("source", metavar="ID|SIGNED.p7s", help="legal entity id or signed file")
    parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF")
    parser.set_defaults(func=run_receipt)


def run_receipt(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.paths import AppPaths
    from ehealth_wizard.core.receipt import ReceiptStore, assemble
    from ehealth_wizard.core.signed_file import read_signature_file

    store = ReceiptStore(AppPaths.resolve(getattr(args, "data_dir", None)).data_dir)
    source = Path(args.source)
    if source.is_file():
        signed = read_signature_file(source)
        record = store.record_for(signed)
    else:
        signed, record = store.load(args.source)
    receipt = assemble(signed, record)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ehealth_wizard.ui.language import install_translators, pick_language
    from ehealth_wizard.ui.receipt_pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    install_translators(app, pick_language(getattr(args, "lang", None)))
    print(write_pdf(receipt, args.output))
    return 0
