"""`ehealth-wizard check` and `ehealth-wizard payload`: a draft or v2 request from a terminal."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ehealth_wizard.commands.output import print_problems
from ehealth_wizard.core.problems import has_errors

# core.payload (jsonschema, the dictionaries) loads inside the handlers: building the parser
# happens on every start, including the window's, and must stay cheap.


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's subcommands to the parser."""
    p = sub.add_parser(
        "check",
        help="check a draft or an eHealth v2 request JSON (exit 0 valid, 1 problems, 2 unreadable)",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per problem per line")
    _add_common(p)
    p.set_defaults(func=_check)

    p = sub.add_parser(
        "payload",
        help="print the canonical eHealth v2 request JSON (the bytes that get signed)",
    )
    p.add_argument("--output", "-o", metavar="OUT", help="write the exact bytes to OUT instead")
    _add_common(p)
    p.set_defaults(func=_payload)


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--today", metavar="YYYY-MM-DD", type=date.fromisoformat, help="check as of this date"
    )
    p.add_argument("file", metavar="FILE", help="a draft, a saved registration or a v2 request")


def _check(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.payload import read_registration_file
    from ehealth_wizard.core.validation import file_problems

    loaded = read_registration_file(args.file)
    problems = file_problems(loaded, args.today)
    print_problems(problems, as_json=args.json)
    if has_errors(problems):
        return 1
    if not args.json:
        print(f"ok: {args.file} ({loaded.kind}) is ready to sign")
    return 0


def _payload(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.payload import (
        build_payload,
        canonical_bytes,
        read_registration_file,
    )
    from ehealth_wizard.core.validation import file_problems

    loaded = read_registration_file(args.file)
    problems = file_problems(loaded, args.today)
    print_problems(problems, file=sys.stderr)
    if has_errors(problems):
        return 1
    data = canonical_bytes(build_payload(loaded.registration))
    if args.output:
        from ehealth_wizard.core.atomic import atomic_write_bytes

        atomic_write_bytes(args.output, data)  # 0600, replaced whole like every file written
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data + b"\n")
        sys.stdout.flush()
    return 0
