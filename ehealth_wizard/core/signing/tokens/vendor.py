"""Ukrainian vendor PKCS#11 extensions and the one table of DSTU byte orders.

Tokens such as Алмаз-1К, Кристал-1 and SecureToken-337 sign DSTU 4145 through vendor mechanisms
(`CKM_VENDOR_DEFINED + 0x00420031`: sign a 32-byte GOST 34.311 hash computed by the caller).
What comes back is the r‖s pair, but modules disagree on its byte order, so the order is looked
up here, in ONE place, keyed by module file name or token manufacturer:

* "le" — r_LE ‖ s_LE: exactly the raw bytes a CMS SignerInfo carries;
  this is the DEFAULT (UAPKI writes the token's value into CMS unchanged).
* "be" — the DSTU "BE" form s_BE ‖ r_BE; reversing the whole buffer gives the LE form.

The signer checks every DSTU value against the certificate's public key; if the configured
order does not verify but the other does, it uses the other and remembers it for the module
(`remember_order`), so a wrong entry costs one extra verification, never a bad signature.
"""

from __future__ import annotations

import threading
from typing import Literal

CKM_VENDOR_DEFINED = 0x80000000
CKK_VENDOR_DEFINED = 0x80000000
CKA_VENDOR_DEFINED = 0x80000000

CKM_DSTU4145 = CKM_VENDOR_DEFINED + 0x00420031  # sign a hash (what we use)
CKM_DSTU4145_WITH_GOST34311 = CKM_VENDOR_DEFINED + 0x00420032
CKM_GOST34311 = CKM_VENDOR_DEFINED + 0x00420021
CKM_DSTU4145_KEY_PAIR_GEN = CKM_VENDOR_DEFINED + 0x00420042
CKK_DSTU4145 = CKK_VENDOR_DEFINED + 0x00420131
CKA_DSTU4145_SBOX = CKA_VENDOR_DEFINED + 0x00420311

ByteOrder = Literal["le", "be"]
ORDERS: tuple[ByteOrder, ...] = ("le", "be")

DEFAULT_ORDER: ByteOrder = "le"

# Lower-case module file base name or token manufacturer -> order of the value C_Sign returns.
# Entries for modules not yet confirmed on hardware say "le" (the default) explicitly, so that
# a confirmed measurement changes one line here.
DSTU_BYTE_ORDER: dict[str, ByteOrder] = {
    "av337cryptokid": "le",
    "avcryptokinxt": "le",
    "avcryptoki": "le",
    "sisp11": "le",
    "efitkeynxt": "le",
}

_LEARNED: dict[str, ByteOrder] = {}
_LOCK = threading.Lock()


def _keys(module_name: str, manufacturer: str) -> list[str]:
    stem = module_name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].split(".")[0].lower()
    names = [stem, stem[3:] if stem.startswith("lib") else stem]
    if manufacturer.strip():
        names.append(manufacturer.strip().lower())
    return names


def byte_order(module_name: str, manufacturer: str = "") -> ByteOrder:
    """The r‖s byte order a module's DSTU signature comes in (learned, then table, then default)."""
    keys = _keys(module_name, manufacturer)
    with _LOCK:
        for key in keys:
            if key in _LEARNED:
                return _LEARNED[key]
    for key in keys:
        if key in DSTU_BYTE_ORDER:
            return DSTU_BYTE_ORDER[key]
    return DEFAULT_ORDER


def remember_order(module_name: str, order: ByteOrder) -> None:
    with _LOCK:
        _LEARNED[_keys(module_name, "")[1]] = order


def forget_learned() -> None:
    with _LOCK:
        _LEARNED.clear()


def to_cms(value: bytes, order: ByteOrder) -> bytes:
    """The token's raw DSTU value turned into the LE r‖s bytes CMS carries."""
    if order == "le":
        return bytes(value)
    if order == "be":
        return bytes(value)[::-1]
    raise ValueError(f"unknown byte order {order!r}")
