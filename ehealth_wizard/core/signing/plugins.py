"""The modules that plug algorithms, key containers and signers into the signing registries.

Each module listed here registers itself when imported (`register_reader`, `register_verifier`,
`register_signer_factory`, `register_key_describer`, ...). The registries call `load_plugins()`
before their first lookup, so nothing else needs to import them. The DSTU plug-in adds its
module names here.
"""

from __future__ import annotations

import importlib

PLUGIN_MODULES: list[str] = [
    "ehealth_wizard.core.signing.containers.pkcs12",
    "ehealth_wizard.core.signing.containers.pkcs8",
    # DSTU 4145 (ua-containers): verifier, signer, and the Ukrainian container readers
    "ehealth_wizard.core.signing.dstu_spki",
    "ehealth_wizard.core.signing.dstu_signer",
    "ehealth_wizard.core.signing.containers.key6dat",
    "ehealth_wizard.core.signing.containers.pkcs12_gost",
    "ehealth_wizard.core.signing.containers.pkcs8_gost",
    "ehealth_wizard.core.signing.containers.jks",
]

_loaded = False
_loading = False


def load_plugins() -> None:
    """Import every plug-in module once (idempotent, re-entrant)."""
    global _loaded, _loading
    if _loaded or _loading:
        return
    _loading = True
    try:
        for name in PLUGIN_MODULES:
            importlib.import_module(name)
        _loaded = True
    finally:
        _loading = False
