"""`sandbox` (serve the local eHealth) and `demo-key` (a test key for a ЄДР record's head)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.reasons import network_reason


class SandboxPortBusy(UserFacingError):
    code = "sandbox_port_busy"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's subcommands to the parser."""
    p = sub.add_parser(
        "sandbox",
        help="run the local eHealth sandbox (127.0.0.1 only)",
        description="Serve the embedded eHealth sandbox: the legal-entity API with live "
        "verification stages, a local ЄДР, a test CA/TSP/OCSP and a mailbox.",
    )
    p.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--data", metavar="DIR", help="keep the sandbox's state in DIR")
    p.add_argument(
        "--stage-delay",
        type=float,
        metavar="SECONDS",
        default=None,
        help="pause per verification stage (default: a realistic 0.3–1.5 s; 0 for none)",
    )
    p.add_argument("--edr", metavar="FILE", help="ЄДР records to load instead of the seed")
    p.add_argument(
        "--invite-ttl",
        type=float,
        metavar="SECONDS",
        default=None,
        help="how long invitation links stay valid (default 7 days)",
    )
    p.add_argument(
        "--registry-delay",
        type=float,
        metavar="SECONDS",
        default=None,
        help="delay between account acceptance and public listing (default 5 s)",
    )
    p.set_defaults(func=run_sandbox)

    d = sub.add_parser(
        "demo-key",
        help="issue a test key for the head of a ЄДР record in the sandbox",
        description="Ask the sandbox's test CA for a key of the head of the ЄДР record with "
        "this code; write the key (DIR/key.p12 or DIR/Key-6.dat), DIR/password.txt, "
        "DIR/registration.json and DIR/certificate.cer.",
    )
    d.add_argument(
        "--server",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="sandbox URL (default: the embedded sandbox)",
    )
    d.add_argument("--edrpou", required=True, metavar="CODE", help="ЄДРПОУ or РНОКПП of a ФОП")
    d.add_argument("--out", required=True, metavar="DIR", help="folder to write the files to")
    variant = d.add_mutually_exclusive_group()
    variant.add_argument(
        "--expired",
        dest="variant",
        action="store_const",
        const="expired",
        help="a certificate that has already expired (to see the signer check refuse it)",
    )
    variant.add_argument(
        "--revoked",
        dest="variant",
        action="store_const",
        const="revoked",
        help="a certificate the test CA has revoked (its status service says so)",
    )
    variant.add_argument(
        "--seal",
        dest="variant",
        action="store_const",
        const="seal",
        help="an electronic seal of the organisation instead of the director's personal key",
    )
    d.add_argument(
        "--format",
        dest="key_format",
        default=None,
        metavar="FORMAT",
        help="key container: pkcs12-dstu (key.p12, ДСТУ 4145; the default), key6-dstu "
        "(Key-6.dat, ДСТУ 4145) or pkcs12-ecdsa (key.p12, ECDSA P-256)",
    )
    d.set_defaults(func=run_demo_key, variant="valid")


def run_sandbox(args: argparse.Namespace) -> int:
    from ehealth_wizard.sandbox.runner import default_sandbox_dir, start_sandbox

    data = Path(args.data) if args.data else default_sandbox_dir(args.data_dir)
    try:
        running = start_sandbox(
            data,
            port=args.port,
            stage_delay=args.stage_delay,
            edr_file=args.edr,
            invite_ttl=args.invite_ttl,
            registry_delay=args.registry_delay,
            log_level="info",
        )
    except OSError as exc:
        raise SandboxPortBusy(port=args.port, reason=network_reason(exc)) from None
    print(f"eHealth sandbox: {running.url}", flush=True)
    print(f"  mailbox: {running.url}/mailbox   data: {data}", flush=True)
    stop = threading.Event()
    # Stop on SIGTERM (a service manager, `kill`) as on SIGINT (Ctrl+C), whatever disposition
    # was inherited: a shell starts background jobs with SIGINT ignored.
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in _STOP_SIGNALS}
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        running.stop()
    return 0


_STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGBREAK") if hasattr(signal, name)
)


def run_demo_key(args: argparse.Namespace) -> int:
    from ehealth_wizard.sandbox import demo

    out = Path(args.out)
    server = getattr(args, "server", None)
    key_format = args.key_format or demo.DEFAULT_FORMAT
    if server:
        issued = demo.fetch_demo_key(server, args.edrpou, args.variant, key_format)
    else:
        from ehealth_wizard.sandbox.runner import default_sandbox_dir, start_sandbox

        with start_sandbox(default_sandbox_dir(args.data_dir), stage_delay=0) as running:
            issued = demo.issue_demo_key(running.sandbox, args.edrpou, args.variant, key_format)
    paths = demo.write_demo_key(issued, out)
    for path in paths:
        print(path)
    print(f"director: {issued.director_name}; certificate: {issued.variant}", file=sys.stderr)
    return 0
