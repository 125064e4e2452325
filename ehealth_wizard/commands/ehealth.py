"""`submit` and `status`: send a signed registration to eHealth and follow its stages.

Each stage event is printed as one JSON line `{"stage", "status", "message", "details"}`; the last
line of `submit` is the `result` pseudo-stage with the new entity's ids. Exit codes: 0 the
registration succeeded, 1 a stage failed, 2 the file cannot be read or the server not reached.
With no `--server` (global or after the command) the configured environment is used, else the
embedded sandbox is started in-process on its persistent data dir (`<data dir>/sandbox`), so
`status` finds later what `submit` registered.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.paths import ensure_dir
from ehealth_wizard.core.reasons import network_reason
from ehealth_wizard.core.signed_file import SignedFileEmpty as SignedFileEmpty
from ehealth_wizard.core.signed_file import SignedFileUnreadable as SignedFileUnreadable
from ehealth_wizard.core.texts import describe

if TYPE_CHECKING:  # httpx and the client load only when a command of this group runs
    from ehealth_wizard.core.ehealth.client import EHealthClient
    from ehealth_wizard.core.ehealth.credentials import Destinations
    from ehealth_wizard.core.ehealth.stages import RegistrationResult, StageEvent
    from ehealth_wizard.core.registration import FileRecords


class SandboxUnavailable(UserFacingError):
    code = "sandbox_unavailable"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `submit` and `status`."""
    submit = sub.add_parser(
        "submit",
        help="submit a signed registration to eHealth and print each verification stage",
        description="Submit SIGNED.p7s (CAdES, DER, PEM or base64; made here or by any signing "
        "tool, e.g. czo.gov.ua/sign) to eHealth. First it is checked as eHealth will (one "
        "signer, not a seal, the signature, the certificate, ЄДРПОУ/РНОКПП, the request's "
        "content) and completed without the key (a detached signature gets its content, a "
        "CAdES-BES a time-stamp); any problem refuses it before anything is sent (exit 1). "
        "Prints one JSON line per stage event; exits 0 only when the registration succeeded.",
    )
    submit.add_argument("signed", metavar="SIGNED.p7s", help="the signed registration")
    submit.add_argument(
        "--content",
        metavar="FILE",
        help="for a detached signature: the signed file itself (what `payload -o FILE` wrote); "
        "it is embedded before sending",
    )
    _server_option(submit)
    submit.add_argument(
        "--follow",
        action="store_true",
        help="follow the stages live as the server runs them (event stream); without it the "
        "program makes the plain synchronous call and prints the outcome of every stage",
    )
    submit.add_argument(
        "--secret-out",
        metavar="FILE",
        help="also write the facility's client credentials (client_id, client_secret) to FILE, "
        "readable only by you (0600); needed on a real environment when this computer has no "
        "keyring and the vendor profile no hand-off address",
    )
    submit.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help="repeat a submission safely: the server answers a known key with the first result",
    )
    submit.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow sending the signed personal data to a plain http:// server that is not this "
        "computer (refused without it)",
    )
    submit.set_defaults(func=run_submit)

    status = sub.add_parser(
        "status",
        help="print the later stages (account, registry) of a registered facility",
        description="Print the later stages of the legal entity ID as JSON lines.",
    )
    status.add_argument("id", metavar="ID", help="the legal entity id `submit` printed")
    _server_option(status)
    status.add_argument("--follow", action="store_true", help="wait until both stages are settled")
    status.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        metavar="SECONDS",
        help="with --follow: give up after this long (default 600)",
    )
    status.set_defaults(func=run_status)


def _server_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps the global `--server` (given before the command) when this one is absent.
    parser.add_argument(
        "--server",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="eHealth API base URL or environment name (preprod, prod, sandbox); "
        "default: EHEALTH_WIZARD_SERVER, the configured environment, else the embedded sandbox",
    )


def read_signed(path: Path) -> bytes:
    """The DER bytes of a signed file saved as DER, PEM or base64 text (size-capped)."""
    from ehealth_wizard.core.signed_file import read_signature_file

    return read_signature_file(path)


@dataclass(frozen=True)
class Target:
    """The server a command talks to and the credentials it presents there."""

    url: str
    api_key: str | None = None
    is_sandbox: bool = False
    handoff_url: str = ""

    def client(self, *, insecure_http: bool = False) -> EHealthClient:
        from ehealth_wizard.core.ehealth.client import EHealthClient

        return EHealthClient(self.url, api_key=self.api_key, insecure_http=insecure_http)


def _profile_target(args: argparse.Namespace) -> Target | None:
    """The vendor profile's environment, with its API key from the keyring when one is kept."""
    from ehealth_wizard.core.ehealth.environments import vendor_api_key
    from ehealth_wizard.core.settings import find_profile

    profile = find_profile(getattr(args, "profile", None))
    if profile is None or profile.environment is None or not profile.environment.api_base_url:
        return None
    api_key = vendor_api_key(profile.keyring_service)
    return Target(profile.environment.api_base_url, api_key, False, profile.handoff_url)


def _profile_handoff(args: argparse.Namespace) -> str:
    """The vendor profile's MIS hand-off address, if a profile names one."""
    from ehealth_wizard.core.settings import find_profile

    profile = find_profile(getattr(args, "profile", None))
    return profile.handoff_url if profile is not None else ""


def _is_local(url: str) -> bool:
    """The sandbox listens on 127.0.0.1 only: a loopback server is a sandbox, not eHealth."""
    from urllib.parse import urlsplit

    from ehealth_wizard.core.ehealth.urls import is_loopback_host

    return is_loopback_host(urlsplit(url).hostname)


@contextmanager
def server_for(args: argparse.Namespace) -> Iterator[Target]:
    """The server for this command: `--server` > EHEALTH_WIZARD_SERVER > the vendor profile's
    environment > the embedded sandbox, started here (and stopped afterwards)."""
    from ehealth_wizard.core.ehealth.environments import ENV_SERVER, server_url

    named = (getattr(args, "server", None) or os.environ.get(ENV_SERVER) or "").strip()
    url = server_url(named)
    if url is not None:
        yield Target(url, is_sandbox=_is_local(url), handoff_url=_profile_handoff(args))
        return
    if not named:  # nothing named: the vendor profile's environment, if there is one
        target = _profile_target(args)
        if target is not None:
            url = server_url(target.url) or target.url
            yield Target(url, target.api_key, _is_local(url), target.handoff_url)
            return
    try:
        from ehealth_wizard.sandbox.runner import default_sandbox_dir, start_sandbox
    except ImportError as exc:  # a build without the sandbox
        raise SandboxUnavailable(reason=str(exc)) from exc
    folder = ensure_dir(default_sandbox_dir(getattr(args, "data_dir", None)))
    try:
        running = start_sandbox(folder)
    except OSError as exc:
        raise SandboxUnavailable(reason=network_reason(exc)) from exc
    except RuntimeError as exc:
        raise SandboxUnavailable(reason=str(exc)) from exc
    try:
        yield Target(running.url, is_sandbox=True)
    finally:
        running.stop()


def _print(event: StageEvent) -> None:
    data = event.to_dict()
    try:
        print(json.dumps(data, ensure_ascii=False), flush=True)
    except UnicodeEncodeError:  # a console or pipe whose code page lacks a letter: escape it
        print(json.dumps(data), flush=True)


def keep_secret(
    result: RegistrationResult, plan: Destinations, target: Target, *, secret_out: bool
) -> None:
    """Hand the facility's credentials to the MIS / keyring / file (core.ehealth.credentials)
    and say on stderr where they went; if every destination failed, print them once to stderr
    rather than lose them."""
    from ehealth_wizard.core.ehealth.credentials import Credentials, keep

    if not result.client_secret:
        return
    credentials = Credentials.from_result(result)
    kept = keep(credentials, plan, api_key=target.api_key)
    for problem in kept.problems:
        print(describe(problem.code, problem.params), file=sys.stderr)
    if kept.handoff is not None:
        receipt = kept.handoff
        print(
            describe(
                "secret_handed_off",
                {"url": receipt.url, "status": receipt.status_code, "attempts": receipt.attempts},
            ),
            file=sys.stderr,
        )
        print(json.dumps({"handoff": dict(receipt.answer)}, ensure_ascii=False), file=sys.stderr)
    if kept.keyring:
        print(describe("secret_stored"), file=sys.stderr)
    if kept.file is not None:
        print(describe("secret_saved", {"path": str(kept.file)}), file=sys.stderr)
    if not kept.kept:
        if target.is_sandbox and not secret_out:
            print(describe("secret_dropped_sandbox"), file=sys.stderr)
            return
        print(describe("secret_shown_once"), file=sys.stderr)
        print(json.dumps(credentials.to_json()), file=sys.stderr)


def _profile_tsp(args: argparse.Namespace) -> str | None:
    """The vendor profile's time-stamp service, for certificates that name none."""
    from ehealth_wizard.core.settings import find_profile

    profile = find_profile(getattr(args, "profile", None))
    return (profile.tsp_url or None) if profile is not None else None


def checked_signature(args: argparse.Namespace) -> bytes | None:
    """The signed file, checked and completed as `import_signature` does; None (after saying
    why on stdout and stderr) when it must not be sent."""
    from ehealth_wizard.commands.output import print_problems
    from ehealth_wizard.core.ehealth.stages import FAILED, RESULT_STAGE, StageEvent
    from ehealth_wizard.core.signed_file import read_bounded
    from ehealth_wizard.core.signing.external import ExternalSignatureRefused, import_signature

    raw = read_signed(Path(args.signed))
    content = read_bounded(args.content) if args.content else None
    try:
        imported = import_signature(raw, content=content, tsp_url=_profile_tsp(args))
    except ExternalSignatureRefused as exc:
        print_problems(list(exc.problems), file=sys.stderr)
        _print(
            StageEvent(
                RESULT_STAGE,
                FAILED,
                describe(exc.code, exc.params),
                {"sent": False},
                problems=exc.problems,
            )
        )
        return None
    print_problems(list(imported.warnings), file=sys.stderr)
    if "content_embedded" in imported.completed:
        print(describe("external_content_embedded"), file=sys.stderr)
    if "timestamp_added" in imported.completed:
        print(describe("external_timestamp_added", {"url": imported.tsa_url}), file=sys.stderr)
    return imported.der


def submission_records(args: argparse.Namespace, signed: bytes) -> FileRecords:
    """Where `submit` keeps the record of this signed registration (its idempotency key):
    `<data dir>/submissions/`, one file per signed content, so a second run repeats the key."""
    from ehealth_wizard.core.paths import AppPaths
    from ehealth_wizard.core.registration import FileRecords

    folder = AppPaths.resolve(getattr(args, "data_dir", None)).data_dir / "submissions"
    return FileRecords.for_signed(folder, signed)


def run_submit(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.ehealth.credentials import plan_destinations
    from ehealth_wizard.core.ehealth.errors import InsecureServer
    from ehealth_wizard.core.ehealth.stages import PASSED, RESULT_STAGE
    from ehealth_wizard.core.registration import sign_and_submit

    signed = checked_signature(args)
    if signed is None:
        return 1
    records = submission_records(args, signed)
    succeeded = False
    with server_for(args) as target:
        # Before anything is sent: eHealth gives the secret once, so it must have somewhere
        # to go (a real environment refuses here; the sandbox only warns).
        plan = plan_destinations(
            handoff_url=target.handoff_url,
            secret_file=args.secret_out,
            is_sandbox=target.is_sandbox,
        )
        if not plan.any:
            print(describe("secret_nowhere_sandbox"), file=sys.stderr)
        with target.client(insecure_http=args.insecure_http) as client:
            events = sign_and_submit(
                None,
                client=client,
                records=records,
                signed=signed,
                idempotency_key=args.idempotency_key,
                live=args.follow,
            )
            try:
                for event in events:
                    _print(event)
                    if event.stage == RESULT_STAGE:
                        succeeded = event.status == PASSED
                        if event.result is not None:
                            keep_secret(
                                event.result, plan, target, secret_out=bool(args.secret_out)
                            )
            except InsecureServer as exc:
                if exc.code == "insecure_http_submit":
                    print("hint: --insecure-http sends it anyway", file=sys.stderr)
                raise
    return 0 if succeeded else 1


def run_status(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.ehealth.stages import FAILED, follow_later_stages

    failed = False
    with server_for(args) as target, target.client() as client:
        for event in follow_later_stages(
            client, args.id, wait=args.follow, poll_interval=0.5, timeout=args.timeout
        ):
            _print(event)
            failed = failed or event.status == FAILED
    return 1 if failed else 0
