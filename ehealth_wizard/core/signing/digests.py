"""Digest algorithms by name and OID: one registry every hash in signing goes through.

The GOST 34.311 implementation lives in `gost34311.py` (written separately) and is imported only
when first used, so this module loads even before that one exists.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from asn1crypto import algos

from ehealth_wizard.core.signing.errors import UnsupportedAlgorithm

DigestFunc = Callable[[bytes], bytes]

GOST34311_OID = "1.2.804.2.1.1.1.1.2.1"


@dataclass(frozen=True)
class DigestAlgorithm:
    name: str
    oid: str
    size: int
    func: DigestFunc


_BY_NAME: dict[str, DigestAlgorithm] = {}
_BY_OID: dict[str, DigestAlgorithm] = {}


def register_digest(name: str, oid: str, func: DigestFunc, size: int) -> None:
    """Add (or replace) a digest algorithm; later registrations win."""
    alg = DigestAlgorithm(name, oid, size, func)
    _BY_NAME[name] = alg
    _BY_OID[oid] = alg


def _hashlib(name: str) -> DigestFunc:
    def run(data: bytes) -> bytes:
        return hashlib.new(name, data).digest()

    return run


def _gost34311(data: bytes) -> bytes:
    module = importlib.import_module("ehealth_wizard.core.signing.ua.gost34311")
    result: bytes = module.gost34311(data)
    return result


register_digest("sha1", "1.3.14.3.2.26", _hashlib("sha1"), 20)
register_digest("sha224", "2.16.840.1.101.3.4.2.4", _hashlib("sha224"), 28)
register_digest("sha256", "2.16.840.1.101.3.4.2.1", _hashlib("sha256"), 32)
register_digest("sha384", "2.16.840.1.101.3.4.2.2", _hashlib("sha384"), 48)
register_digest("sha512", "2.16.840.1.101.3.4.2.3", _hashlib("sha512"), 64)
register_digest("gost34311", GOST34311_OID, _gost34311, 32)


def algorithm(name: str) -> DigestAlgorithm:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise UnsupportedAlgorithm("digest_unsupported", algorithm=name) from None


def digest(name: str, data: bytes) -> bytes:
    """Hash `data` with the named algorithm ("sha256", "gost34311", ...)."""
    return algorithm(name).func(data)


def oid_for(name: str) -> str:
    return algorithm(name).oid


def digest_name_for_oid(oid: str) -> str:
    """The registered name of a digest OID; `UnsupportedAlgorithm` when none is known."""
    try:
        return _BY_OID[oid].name
    except KeyError:
        raise UnsupportedAlgorithm("digest_unsupported", algorithm=oid) from None


def known(name_or_oid: str) -> bool:
    return name_or_oid in _BY_NAME or name_or_oid in _BY_OID


def digest_algorithm_id(name: str) -> algos.DigestAlgorithm:
    """The AlgorithmIdentifier to write for a digest (parameters absent, as RFC 5754 and UAPKI)."""
    return algos.DigestAlgorithm({"algorithm": algorithm(name).oid})


def name_of(identifier: algos.DigestAlgorithm) -> str:
    """The registered name of an asn1crypto DigestAlgorithm (by its OID)."""
    return digest_name_for_oid(identifier["algorithm"].dotted)
