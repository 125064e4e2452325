"""How `key-info` and `sign` name the key: `--key FILE` or `--token LABEL`, one table.

The password or PIN is read from a no-echo prompt or the first line of a file, never from argv
or the environment; core.registration opens the key the options name.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any, Protocol

from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.reasons import file_reason
from ehealth_wizard.core.registration import FileKey, KeyChoice, token_key


class SignerOption(Protocol):
    """One way to name a signer on the command line (key file, token, ...)."""

    def add_arguments(self, parser: argparse.ArgumentParser, group: Any) -> None:
        """Add the options; the selecting one goes into the mutually exclusive `group`."""

    def selected(self, args: argparse.Namespace) -> bool: ...

    def choice(self, args: argparse.Namespace) -> KeyChoice:
        """The key named by the options (reading the secret from its file or a prompt)."""


def read_secret(path: str | None, prompt: str) -> str:
    """The first line of `path`, else a no-echo prompt."""
    if path:
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserFacingError(
                "key_password_file_unreadable", path=path, reason=file_reason(exc)
            ) from None
        return text.splitlines()[0] if text else ""
    return getpass.getpass(prompt)


class FileKeyOption:
    def add_arguments(self, parser: argparse.ArgumentParser, group: Any) -> None:
        group.add_argument(
            "--key", metavar="KEY", help="key file (.pfx/.p12, .pk8/.pem, Key-6.dat, .jks)"
        )
        parser.add_argument(
            "--cert", metavar="C", help="certificate file (.cer/.crt/.pem/.p7b) or folder"
        )
        parser.add_argument(
            "--password-file", metavar="F", help="read the key password from the first line of F"
        )

    def selected(self, args: argparse.Namespace) -> bool:
        return bool(getattr(args, "key", None))

    def choice(self, args: argparse.Namespace) -> KeyChoice:
        return FileKey(args.key, read_secret(args.password_file, "Key password: "), args.cert)


# --- --token --------------------------------------------------------------


class FilePinPrompt:
    """Reads the PIN from the first line of a file when asked (nothing kept)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def ask(self, token_label: str, tries_left_hint: Any) -> str | None:
        return read_secret(self.path, "")


class TerminalPinPrompt:
    """No-echo PIN prompt on the terminal, warning when the token reports few tries left."""

    def ask(self, token_label: str, tries_left_hint: Any) -> str | None:
        hint = str(getattr(tries_left_hint, "value", tries_left_hint))
        warning = {"few": " (few tries left)", "last": " (LAST try before the PIN locks)"}
        try:
            return getpass.getpass(f"PIN for token “{token_label}”{warning.get(hint, '')}: ")
        except (EOFError, KeyboardInterrupt):
            return None


def _cert_id(value: str) -> bytes:
    try:
        return bytes.fromhex(value.replace(":", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a hex id: {value}") from None


class TokenOption:
    def add_arguments(self, parser: argparse.ArgumentParser, group: Any) -> None:
        group.add_argument("--token", metavar="LABEL", help="sign with the key on this token")
        parser.add_argument("--module", metavar="PATH", help="PKCS#11 module of the token")
        parser.add_argument("--pin-file", metavar="F", help="read the PIN from the first line of F")
        parser.add_argument(
            "--token-cert",
            metavar="ID",
            type=_cert_id,
            help="CKA_ID (hex) of the certificate to use when the token holds several",
        )

    def selected(self, args: argparse.Namespace) -> bool:
        return bool(getattr(args, "token", None))

    def choice(self, args: argparse.Namespace) -> KeyChoice:
        if args.pin_file and not Path(args.pin_file).is_file():
            raise UserFacingError(
                "key_password_file_unreadable", path=args.pin_file, reason="not a file"
            )
        prompt = FilePinPrompt(args.pin_file) if args.pin_file else TerminalPinPrompt()
        return token_key(
            prompt, module_path=args.module, token_label=args.token, cert_id=args.token_cert
        )


SIGNER_OPTIONS: tuple[SignerOption, ...] = (FileKeyOption(), TokenOption())


def add_signer_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    for option in SIGNER_OPTIONS:
        option.add_arguments(parser, group)


def key_choice(args: argparse.Namespace) -> KeyChoice:
    """The key the parsed options name (a file or a token); opened by core.registration."""
    for option in SIGNER_OPTIONS:
        if option.selected(args):
            return option.choice(args)
    raise UserFacingError("key_file_unreadable", path="", reason="no key given")
