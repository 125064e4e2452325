"""The command line: a thin front end over the core. With no command it opens the wizard."""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from ehealth_wizard import LANGUAGES, __version__
from ehealth_wizard.core.errors import UserFacingError

# Each module registers its subcommands with `register(subparsers)`; handlers return exit codes.
COMMAND_MODULES = (
    "ehealth_wizard.commands.check",  # check, payload
    "ehealth_wizard.commands.draft",  # draft list|show|export|import|delete
    "ehealth_wizard.commands.keys",  # key-info, sign, verify
    "ehealth_wizard.commands.trust",  # trust update|show
    "ehealth_wizard.commands.tokens",  # tokens
    "ehealth_wizard.commands.ehealth",  # submit, status
    "ehealth_wizard.commands.sandbox",  # sandbox, demo-key
    "ehealth_wizard.ui.receipt_command",  # receipt (renders the PDF with Qt, so it lives in ui)
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


def _global_parser(**options: object) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ehealth-wizard",
        description="Register a medical practice in eHealth (ЕСОЗ). "
        "Without a command, the wizard window opens.",
        **options,  # type: ignore[arg-type]
    )
    parser.add_argument("--version", action=_Version, help="show the version and GOST build")
    parser.add_argument("--server", metavar="URL", help="eHealth API base URL (default: sandbox)")
    parser.add_argument("--profile", metavar="FILE", help="vendor profile (TOML)")
    parser.add_argument("--data-dir", metavar="DIR", help="keep drafts and settings in DIR")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on an unexpected error, write its details to the log (<data dir>/logs/cli.log)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="run the whole path on the embedded sandbox without a person and exit",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


@functools.cache
def _parser() -> argparse.ArgumentParser:
    return build_parser()


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they name no command (the window opens), read without importing the
    command modules (they pull in signing and HTTP: a slower first window); else None."""
    try:
        args, rest = _global_parser(add_help=False, exit_on_error=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    if rest:
        return None  # a command, --help, or something only the full parser knows
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _window_args(argv) or _parser().parse_args(argv)
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
        _say(f"error: {_one_line(str(exc))}")
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # `... | head`: the reader left; nothing more to say to it
        _mute_stdout()
        _say("error: the output was closed before everything was written")
        return 2
    except Exception as exc:
        where = _log_unexpected(args, exc) if getattr(args, "debug", False) else None
        _say(
            f"error: an unexpected problem stopped the command ({type(exc).__name__}); "
            + (f"details in {where}" if where else "run it again with --debug for the details")
        )
        return 2


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _say(text: str) -> None:
    """A line on stderr, even when stderr is gone too."""
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr, flush=True)


def _mute_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _log_unexpected(args: argparse.Namespace, exc: BaseException) -> str | None:
    """Append the traceback to <data dir>/logs/cli.log (0600); its path, or None when the log
    cannot be written. Only with --debug: a traceback is for a developer, not for the screen."""
    import traceback
    from datetime import UTC, datetime

    from ehealth_wizard.core.paths import AppPaths

    try:
        folder = AppPaths.resolve(getattr(args, "data_dir", None)).logs_ready()
        path = folder / "cli.log"
        text = f"--- {datetime.now(UTC).isoformat()} {' '.join(sys.argv[1:2])}\n"
        text += "".join(traceback.format_exception(exc))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(text)
    except OSError:
        return None
    return str(path)


# What the first window needs of the pure-Python core (the environment its title and badge
# name), imported before Qt: every module imported after PySide6 also passes through its import
# hook. The rest of the core (drafts, flow, the registration) loads after the first paint.
WINDOW_CORE = "ehealth_wizard.core.ehealth.environments"


def _launch_gui(args: argparse.Namespace) -> int:
    # No cyclic garbage collection until the window has been painted (run_gui turns it back
    # on): the start allocates modules and classes that live as long as the program, and
    # collecting them again and again is time the director waits for nothing.
    gc.disable()
    try:
        importlib.import_module(WINDOW_CORE)
        try:
            from ehealth_wizard.ui.app import run_gui
        except ImportError as exc:  # the GUI is optional for headless installs
            print(f"The window cannot open here ({exc}). Commands:\n", file=sys.stderr)
            build_parser().print_help(sys.stderr)
            return 2
        return int(run_gui(args))
    finally:
        gc.enable()


if __name__ == "__main__":
    raise SystemExit(main())
