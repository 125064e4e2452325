"""Digest algorithms by name and OID: one table every hash in signing goes through."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from asn1crypto import algos

from ehealth_wizard.core.signing.errors import UnsupportedAlgorithm
from ehealth_wizard.core.signing.ua import gost34311

DigestFunc = Callable[[bytes], bytes]

GOST34311_OID = "1.2.804.2.1.1.1.1.2.1"


@dataclass(frozen=True)
class DigestAlgorithm:
    name: str
    oid: str
    size: int
    func: DigestFunc


def _hashlib(name: str) -> DigestFunc:
    def run(data: bytes) -> bytes:
        return hashlib.new(name, data).digest()

    return run


def _gost34311(data: bytes) -> bytes:
    return gost34311.gost34311(data)


_ALGORITHMS = (
    DigestAlgorithm("sha1", "1.3.14.3.2.26", 20, _hashlib("sha1")),
    DigestAlgorithm("sha224", "2.16.840.1.101.3.4.2.4", 28, _hashlib("sha224")),
    DigestAlgorithm("sha256", "2.16.840.1.101.3.4.2.1", 32, _hashlib("sha256")),
    DigestAlgorithm("sha384", "2.16.840.1.101.3.4.2.2", 48, _hashlib("sha384")),
    DigestAlgorithm("sha512", "2.16.840.1.101.3.4.2.3", 64, _hashlib("sha512")),
    DigestAlgorithm("gost34311", GOST34311_OID, 32, _gost34311),
)
_BY_NAME = {a.name: a for a in _ALGORITHMS}
_BY_OID = {a.oid: a for a in _ALGORITHMS}


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
    """The name of a digest OID; `UnsupportedAlgorithm` when none is known."""
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
    """The name of an asn1crypto DigestAlgorithm (by its OID)."""
    return digest_name_for_oid(identifier["algorithm"].dotted)
