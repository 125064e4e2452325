"""`key-info`, `sign`, `verify`: the director's key and CAdES signatures from a terminal.

The key is named by `--key FILE [--cert C] [--password-file F]` or `--token LABEL [--module PATH]
[--pin-file F]` (commands/key_options.py); the password/PIN is read from a no-echo prompt or a
file, never from argv or the environment.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from ehealth_wizard.commands.key_options import add_signer_arguments, key_choice
from ehealth_wizard.commands.output import print_problems
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.problems import has_errors
from ehealth_wizard.core.reasons import file_reason
from ehealth_wizard.core.registration import open_and_check
from ehealth_wizard.core.texts import describe


def _time(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(describe("cli_time_invalid", {"value": value})) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's subcommands to the parser."""
    p = sub.add_parser("key-info", help="show what the key's certificate says")
    p.add_argument("--json", action="store_true", help="one JSON object")
    add_signer_arguments(p)
    p.set_defaults(func=_key_info)

    p = sub.add_parser("sign", help="sign a draft or v2 request as CAdES (DER .p7s)")
    p.add_argument("file", metavar="FILE", help="a draft, a saved registration or a v2 request")
    add_signer_arguments(p)
    tsp = p.add_mutually_exclusive_group()
    tsp.add_argument("--tsp", metavar="URL", help="time-stamp service (default: the certificate's)")
    tsp.add_argument("--no-tsp", action="store_true", help="no time-stamp (CAdES-BES)")
    p.add_argument(
        "--tsp-mode",
        choices=("content", "signature", "both"),
        default="both",
        help="time-stamp the content (signed contentTimeStamp), the signature (unsigned "
        "timeStampToken) or both (default, as Diia/UAPKI)",
    )
    p.add_argument("--no-preflight", action="store_true", help="skip the certificate checks")
    p.add_argument("--signing-time", metavar="ISO8601", type=_time, help="signingTime to write")
    p.add_argument("--json", action="store_true", help="problems as JSON lines (as `check`)")
    p.add_argument("-o", "--output", metavar="OUT.p7s", required=True, help="where to write")
    p.set_defaults(func=_sign)

    p = sub.add_parser("verify", help="verify a CAdES signature (exit 0 only when valid)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.add_argument("--at", metavar="ISO8601", type=_time, help="check validity at this moment")
    p.add_argument(
        "--trusted",
        metavar="CA",
        action="append",
        default=[],
        help="CA certificate(s) to trust besides the trust list (file or folder)",
    )
    p.add_argument(
        "--content", metavar="FILE", help="the signed file, for a detached signature (.p7s)"
    )
    p.add_argument(
        "--offline",
        action="store_true",
        help="no network: revocation only from what the signature carries (else not checked)",
    )
    p.add_argument("file", metavar="FILE.p7s")
    p.set_defaults(func=_verify)


# --- key-info -----------------------------------------------------------------------------------


def _key_info(args: argparse.Namespace) -> int:
    check = open_and_check(key_choice(args), None)
    check.close()
    data = check.facts.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(value)
        print(f"{key}: {'' if value is None else value}")
    return 0


# --- sign ---------------------------------------------------------------------------------------


def _sign(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.atomic import atomic_write_bytes
    from ehealth_wizard.core.payload import read_registration_file
    from ehealth_wizard.core.registration import sign_registration, tsp_url_for
    from ehealth_wizard.core.validation import file_problems

    loaded = read_registration_file(args.file)
    problems = list(file_problems(loaded))
    if has_errors(problems):  # no point asking for the password yet
        print_problems(problems, as_json=args.json)
        return 1
    check = open_and_check(key_choice(args), loaded.registration, checks=not args.no_preflight)
    try:
        problems.extend(check.problems)
        print_problems(problems, as_json=args.json)
        if has_errors(problems):
            return 1
        if args.no_tsp:
            tsp_url = None
        else:
            tsp_url = args.tsp or tsp_url_for(check.signer)
            if not tsp_url:
                raise UserFacingError("tsp_url_missing")
        der = sign_registration(
            loaded.registration,
            check.signer,
            tsp_url=tsp_url,
            signing_time=args.signing_time,
            tsp_mode=args.tsp_mode,
        )
    finally:
        check.close()
    atomic_write_bytes(args.output, der)
    if not args.json:
        kind = "CAdES-T" if tsp_url else "CAdES-BES"
        print(f"ok: {args.output} ({kind}, {len(der)} bytes)")
    return 0


# --- verify -------------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _read_input(path: str, code: str, limit: int) -> bytes:
    from ehealth_wizard.core.bounded import read_regular_file

    try:
        return read_regular_file(path, limit)
    except OSError as exc:
        raise UserFacingError(code, path=path, reason=file_reason(exc)) from None


def _verify(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.bounded import MAX_SIGNED_FILE
    from ehealth_wizard.core.signing import trustlist
    from ehealth_wizard.core.signing.cades import verify_cades
    from ehealth_wizard.core.signing.keys import load_certificates
    from ehealth_wizard.core.signing.revocation import RevocationPolicy

    der = _unarmor(_read_input(args.file, "signature_file_unreadable", MAX_SIGNED_FILE))
    content = (
        _read_input(args.content, "content_file_unreadable", MAX_SIGNED_FILE)
        if args.content
        else None
    )
    extra = [c for path in args.trusted for c in load_certificates(path)]
    trusted = trustlist.with_extra(_trust_list(args), extra)
    try:
        result = verify_cades(
            der,
            at=args.at,
            trusted=trusted,
            content=content,
            strict=False,
            revocation=RevocationPolicy(online=not args.offline),
        )
    except ValueError:  # asn1crypto on a damaged structure it parses lazily (fuzzed files)
        raise UserFacingError("cades_malformed") from None
    data = verification_json(result)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        _print_verification(data)
    return 0 if result.valid else 1


def _trust_list(args: argparse.Namespace) -> Any:
    from ehealth_wizard.core.paths import AppPaths
    from ehealth_wizard.core.settings import find_profile
    from ehealth_wizard.core.signing import trustlist

    profile = find_profile(getattr(args, "profile", None))
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    return trustlist.load(paths.config_dir, profile.trust_list if profile else None)


def _timestamp_json(ts: Any) -> dict[str, Any] | None:
    if ts is None:
        return None
    return {
        "kind": ts.kind,
        "valid": ts.valid,
        "indication": str(ts.indication),
        "sub_indication": ts.sub_indication,
        "time": _iso(ts.time),
        "tsa": ts.tsa,
        "error": ts.error,
    }


def _revocation_json(s: Any) -> dict[str, Any] | None:
    rev = s.revocation
    if rev is None:
        return None
    return {
        "status": rev.status,
        "source": rev.source,
        "url": rev.url,
        "revoked_at": _iso(rev.revoked_at),
        "reason": rev.reason,
        "produced_at": _iso(rev.produced_at),
        "detail": rev.detail,
        "message": describe(rev.detail, {}) if rev.detail else "",
        "revoked_after_poe": s.revoked_after_poe,
    }


def verification_json(result: Any) -> dict[str, Any]:
    """The `verify --json` object for a core.signing.cades.VerificationResult."""
    signers = []
    for s in result.signers:
        signers.append(
            {
                "valid": s.valid,
                "indication": str(s.indication),
                "sub_indication": s.sub_indication,
                "status": s.status,
                "message": describe(s.status, {}) if not s.valid else "",
                "role": s.role,
                "level": s.level,
                "is_seal": s.is_seal,
                "signer": s.facts.to_json() if s.facts else None,
                "signing_time": _iso(s.signing_time),
                "timestamp": _timestamp_json(s.timestamp),
                "content_timestamp": _timestamp_json(s.content_timestamp),
                "digest_algorithm": s.digest_name,
                "trusted": s.trusted,
                "revocation": _revocation_json(s),
                "poe_time": _iso(s.poe_time),
            }
        )
    return {
        "valid": result.valid,
        "indication": str(result.indication),
        "checked_at": _iso(result.at),
        "detached": result.detached,
        "content_digest": result.content_digest.hex(),
        "content_digest_algorithm": result.content_digest_name,
        "content_length": len(result.content),
        "signatures": result.signature_count,
        "seals": result.seal_count,
        "signers": signers,
    }


def _verdict(indication: str, sub: str | None) -> str:
    words = {
        "TOTAL-PASSED": "valid",
        "INDETERMINATE": "cannot be confirmed",
        "TOTAL-FAILED": "INVALID",
    }.get(indication, indication)
    return f"{words} ({indication}{'/' + sub if sub else ''})"


def _print_verification(data: dict[str, Any]) -> None:
    print(f"{_verdict(data['indication'], None)}, checked at {data['checked_at']}")
    print(
        f"content: {data['content_length']} bytes"
        f"{' (supplied: detached signature)' if data['detached'] else ''}, "
        f"{data['content_digest_algorithm']} {data['content_digest']}"
    )
    for i, s in enumerate(data["signers"], 1):
        facts = s["signer"] or {}
        verdict = _verdict(s["indication"], s["sub_indication"])
        extra = "" if s["valid"] else f": {s['message']} [{s['status']}]"
        nested = f", inside level {s['level'] - 1}" if s["level"] else ""
        print(f"{s['role']} {i}{nested}: {verdict}{extra}")
        print(
            f"  name: {facts.get('full_name', '')}  РНОКПП: {facts.get('rnokpp') or '-'}  "
            f"ЄДРПОУ: {facts.get('edrpou') or '-'}  seal: {s['is_seal']}"
        )
        print(
            f"  certificate: {facts.get('serial', '')} from {facts.get('issuer', '')}, "
            f"valid {facts.get('not_before')} .. {facts.get('not_after')}"
        )
        print(f"  signing time: {s['signing_time'] or '-'}")
        stamps = [t for t in (s["content_timestamp"], s["timestamp"]) if t is not None]
        if not stamps:
            print("  time-stamp: none (CAdES-BES)")
        for ts in stamps:
            label = "content time-stamp" if ts["kind"] == "content" else "signature time-stamp"
            verdict = _verdict(ts["indication"], ts["sub_indication"])
            print(f"  {label}: {ts['time'] or '-'} by {ts['tsa'] or '?'}: {verdict}")
        _print_revocation(s)


def _print_revocation(s: dict[str, Any]) -> None:
    rev = s["revocation"]
    if rev is None:
        print("  revocation: not checked")
    elif rev["status"] == "not_checked":
        why = rev["message"] or "--offline, and the signature carries none"
        print(f"  revocation: not checked ({why})")
    elif rev["status"] == "good":
        print(f"  revocation: not revoked ({rev['source']}, {rev['produced_at'] or '-'})")
    elif rev["status"] == "revoked":
        when = f"revoked {rev['revoked_at'] or '?'} ({rev['reason'] or 'no reason given'})"
        note = ", after the time-stamp: the signature stands" if rev["revoked_after_poe"] else ""
        print(f"  revocation: {when}, {rev['source']}{note}")
    else:
        print(f"  revocation: unknown: {rev['message'] or rev['detail']}")
    if s["poe_time"]:
        print(f"  proof of existence (signature time-stamp): {s['poe_time']}")


def _unarmor(data: bytes) -> bytes:
    from asn1crypto import pem

    if pem.detect(data):
        _, _, der = pem.unarmor(data)
        return bytes(der)
    return data
