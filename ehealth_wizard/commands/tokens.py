"""`tokens`: PKCS#11 modules found, their tokens and certificates; and `--token` for key-info/sign.

`tokens [--module PATH] [--json]` lists; with `--module` only that module (a module that does
not load is an error, exit 2); without it every known module found in the usual folders (one
that does not load is listed with its error). The `--token LABEL [--module PATH] [--pin-file F]
[--token-cert ID]` option of `key-info` and `sign` lives in commands/key_options.py.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ehealth_wizard.core.texts import describe


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's subcommands to the parser."""
    p = sub.add_parser("tokens", help="list PKCS#11 modules, tokens and their certificates")
    p.add_argument("--module", metavar="PATH", help="only this PKCS#11 module (.so/.dll)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=_tokens)


# --- tokens -----------------------------------------------------------------------------------


def _certificate_json(tc: Any) -> dict[str, Any]:
    from ehealth_wizard.core.signing.certinfo import cert_info

    info = cert_info(tc.certificate)
    facts = info.to_json()
    return {
        "id": tc.id_hex,
        "label": tc.label,
        "has_key": tc.has_key,
        "is_ca": tc.is_ca,
        "can_sign": info.can_sign,
        "subject": facts.get("full_name") or facts.get("organization") or "",
        "rnokpp": facts.get("rnokpp") or "",
        "edrpou": facts.get("edrpou") or "",
        "serial": facts.get("serial") or "",
        "issuer": facts.get("issuer") or "",
        "not_after": facts.get("not_after"),
        "algorithm": facts.get("algorithm") or "",
    }


def _module_json(path: str, product: str) -> dict[str, Any]:
    from ehealth_wizard.core.signing.token import (
        TokenError,
        list_certificates,
        list_tokens,
        load_module,
    )

    entry: dict[str, Any] = {"path": path, "product": product, "loaded": False, "error": None}
    try:
        module = load_module(path)
    except TokenError as exc:
        entry["error"] = {"code": exc.code, "message": describe(exc.code, exc.params)}
        entry["tokens"] = []
        return entry
    entry.update(loaded=True, manufacturer=module.manufacturer, description=module.description)
    tokens = []
    for info in list_tokens(module, rescan=True):
        token = info.to_json()
        try:
            token["certificates"] = [_certificate_json(c) for c in list_certificates(module, info)]
        except TokenError as exc:
            token["certificates"] = []
            token["error"] = {"code": exc.code, "message": describe(exc.code, exc.params)}
        tokens.append(token)
    entry["tokens"] = tokens
    return entry


def _tokens(args: argparse.Namespace) -> int:
    from ehealth_wizard.core.signing.token import NoTokenModule, find_modules, load_module
    from ehealth_wizard.core.signing.tokens.modules import product_of

    if args.module:
        module = load_module(args.module)  # TokenModuleMissing / Unloadable -> exit 2
        modules = [_module_json(module.path, product_of(module.path))]
    else:
        found = find_modules()
        if not found:
            raise NoTokenModule()
        modules = [_module_json(c.path, c.product) for c in found]
    data = {"modules": modules}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    for m in modules:
        print(f"module: {m['path']} ({m['product']})")
        if m["error"]:
            print(f"  error: {m['error']['message']} [{m['error']['code']}]")
            continue
        if not m["tokens"]:
            print("  no token connected")
        for t in m["tokens"]:
            pin = {
                "few": ", PIN: few tries left",
                "last": ", PIN: last try",
                "locked": ", PIN LOCKED",
            }
            print(
                f"  token: {t['label']}  serial {t['serial']}  ({t['manufacturer']} {t['model']}, "
                f"slot {t['slot_id']}{pin.get(t['pin'], '')})"
            )
            if t.get("error"):
                print(f"    error: {t['error']['message']} [{t['error']['code']}]")
            if not t["certificates"]:
                print("    no certificates")
            for c in t["certificates"]:
                kind = "CA" if c["is_ca"] else ("signing" if c["can_sign"] else "not for signing")
                key = "key present" if c["has_key"] else "no key visible before login"
                print(
                    f"    certificate id {c['id']}: {c['subject']} ({kind}; {key}); "
                    f"serial {c['serial']}, valid until {c['not_after']}"
                )
    return 0
