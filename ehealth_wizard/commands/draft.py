"""`ehealth-wizard draft list|show|export|import|delete`: the saved drafts from a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store loads when a draft command runs, not on every start
    from ehealth_wizard.core.drafts import DraftEvent, DraftStore
from ehealth_wizard.core.texts import describe


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's subcommands to the parser."""
    parser = sub.add_parser("draft", help="list, show, export, import or delete saved drafts")
    actions = parser.add_subparsers(dest="draft_command", metavar="ACTION", required=True)

    p = actions.add_parser("list", help="the saved drafts: id, title, last change, step")
    p.add_argument("--json", action="store_true", help="one JSON object per draft per line")
    p.set_defaults(func=_list)

    p = actions.add_parser("show", help="print a draft as JSON")
    p.add_argument("draft_id", metavar="ID")
    p.set_defaults(func=_show)

    p = actions.add_parser("export", help="copy a draft to a file")
    p.add_argument("draft_id", metavar="ID")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=_export)

    p = actions.add_parser(
        "import", help="add a draft from a file (an exported draft or a v2 request JSON)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the new draft's row as JSON")
    p.set_defaults(func=_import)

    p = actions.add_parser("delete", help="delete a draft and its backup copies")
    p.add_argument("draft_id", metavar="ID")
    p.set_defaults(func=_delete)


def _store(args: argparse.Namespace) -> DraftStore:
    from ehealth_wizard.core.drafts import DraftStore

    return DraftStore(getattr(args, "data_dir", None))


def _report(events: Iterable[DraftEvent]) -> None:
    for event in events:
        print(f"warning: {describe(event.code, event.params)}", file=sys.stderr)


def _list(args: argparse.Namespace) -> int:
    infos = _store(args).list()
    if args.json:
        for info in infos:
            print(json.dumps(info.to_dict(), ensure_ascii=False))
        return 0
    if not infos:
        print("No drafts.", file=sys.stderr)
        return 0
    rows = [("ID", "TITLE", "UPDATED", "STEP")]
    for info in infos:
        title = info.title or "(untitled)"
        if info.damaged:
            title += " [damaged]"
        rows.append((info.draft_id, title, info.updated_at, info.step))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])
    return 0


def _document(args: argparse.Namespace) -> dict[str, Any]:
    result = _store(args).load(args.draft_id)
    _report(result.events)
    from ehealth_wizard.core.drafts import draft_document

    return draft_document(result.draft)


def _show(args: argparse.Namespace) -> int:
    print(json.dumps(_document(args), ensure_ascii=False, indent=2, sort_keys=True))
    return 0


def _export(args: argparse.Namespace) -> int:
    events = _store(args).export(args.draft_id, args.file)
    _report(events)
    print(f"exported {args.draft_id} to {args.file}", file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
    draft = _store(args).import_(args.file)
    if args.json:
        row = {"draft_id": draft.draft_id, "title": draft.title, "edrpou": draft.edrpou}
        print(json.dumps(row, ensure_ascii=False))
    else:
        print(draft.draft_id)
    return 0


def _delete(args: argparse.Namespace) -> int:
    _store(args).delete(args.draft_id)
    print(f"deleted {args.draft_id}", file=sys.stderr)
    return 0
