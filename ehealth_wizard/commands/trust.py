"""`trust`: the trust list signatures are chained to (public certificates of the qualified
providers). `trust show` says which file is in use; `trust update [--from FILE|URL]` replaces
the config-folder copy atomically (a failed update keeps the old one)."""

from __future__ import annotations

import argparse
import json

from ehealth_wizard.core.paths import AppPaths
from ehealth_wizard.core.settings import find_profile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's subcommands to the parser."""
    p = sub.add_parser("trust", help="the trust list of qualified providers' certificates")
    actions = p.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    u = actions.add_parser("update", help="refresh the trust list (atomically)")
    u.add_argument(
        "--from",
        dest="source",
        metavar="FILE|URL",
        help="a .p7b/PEM file or an http(s) address (default: the vendor profile's, else IIT's)",
    )
    u.set_defaults(func=_update)
    s = actions.add_parser("show", help="which trust list is in use and how many certificates")
    s.add_argument("--json", action="store_true", help="one JSON object")
    s.set_defaults(func=_show)


def _where(args: argparse.Namespace) -> tuple[AppPaths, str | None]:
    profile = find_profile(getattr(args, "profile", None))
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    return paths, (profile.trust_list or None) if profile else None


def _update(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.signing import trustlist

    paths, profile_list = _where(args)
    updated = trustlist.update(args.source, paths.config_dir, profile_list=profile_list)
    print(f"ok: {len(updated)} certificates in {updated.source}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.signing import trustlist

    paths, profile_list = _where(args)
    current = trustlist.load(paths.config_dir, profile_list)
    bundled = str(trustlist.bundled_path()) == current.source
    if args.json:
        print(
            json.dumps(
                {"source": current.source, "bundled": bundled, "certificates": len(current)},
                ensure_ascii=False,
            )
        )
    else:
        print(f"{len(current)} certificates from {current.source}{' (bundled)' if bundled else ''}")
    return 0
