"""The command line: a thin front end over the core. With no command it opens the wizard."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ehealth_wizard import __version__
from ehealth_wizard.core.errors import UserFacingError

# Each module registers its subcommands with `register(subparsers)`; handlers return exit codes.
COMMAND_MODULES = (
    "ehealth_wizard.commands.check",  # check, payload
    "ehealth_wizard.commands.draft",  # draft list|show|export|import|delete
    "ehealth_wizard.commands.keys",  # key-info, sign, verify
    "ehealth_wizard.commands.tokens",  # tokens
    "ehealth_wizard.commands.ehealth",  # submit, status
    "ehealth_wizard.commands.sandbox",  # sandbox, demo-key
    "ehealth_wizard.commands.receipt",  # receipt
)


class _Version(argparse.Action):
    """``--version``: the program's version and which GOST build runs (compiled or pure
    Python, see core/signing/ua/accel.py), imported only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from ehealth_wizard.core.signing.ua import accel

        print(f"{parser.prog} {__version__}\nGOST 28147/34.311: {accel.BUILD}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ehealth-wizard",
        description="Register a medical practice in eHealth (ЕСОЗ). "
        "Without a command, the wizard window opens.",
    )
    parser.add_argument("--version", action=_Version, help="show the version and GOST build")
    parser.add_argument("--server", metavar="URL", help="eHealth API base URL (default: sandbox)")
    parser.add_argument("--profile", metavar="FILE", help="vendor profile (TOML)")
    parser.add_argument("--data-dir", metavar="DIR", help="keep drafts and settings in DIR")
    parser.add_argument("--lang", choices=("uk", "en"), help="language of the window")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="run the whole path on the embedded sandbox without a person and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            if args.smoke_test:
                from ehealth_wizard.smoke import run_smoke_test

                return int(run_smoke_test(args))
            return _launch_gui(args)
        handler = args.func
        result: int = handler(args)
        return result
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _launch_gui(args: argparse.Namespace) -> int:
    try:
        from ehealth_wizard.ui.app import run_gui
    except ImportError as exc:  # the GUI is optional for headless installs
        print(f"The window cannot open here ({exc}). Commands:\n", file=sys.stderr)
        build_parser().print_help(sys.stderr)
        return 2
    return int(run_gui(args))


if __name__ == "__main__":
    raise SystemExit(main())
