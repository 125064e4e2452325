"""Key containers: a chain of readers that recognise a file by its content.

A reader is any object with `name`, `sniff(data) -> bool` (cheap; "this looks like mine", also
for a truncated file) and `load(data, password) -> list[KeyEntry]`. `load` raises
`WrongPassword`, `KeyFileError` (`key_file_truncated`, `key_file_damaged`, ...) or
`UnsupportedAlgorithm` — the last one means "this is my format but with algorithms I do not
handle" and makes `load_container` try the next reader that sniffs the data (so the standard
PKCS#12 reader hands GOST-encrypted files over to the DSTU one).

The chain is the `READERS` table in `containers/formats.py`, in the order readers are asked.
"""

from __future__ import annotations

from ehealth_wizard.core.signing.containers.base import (
    ContainerReader,
    KeyEntry,
    der_children,
    der_header,
    der_state,
)
from ehealth_wizard.core.signing.errors import KeyFileError, UnsupportedAlgorithm

__all__ = [
    "ContainerReader",
    "KeyEntry",
    "der_children",
    "der_header",
    "der_state",
    "load_container",
    "readers",
]


def readers() -> list[ContainerReader]:
    """The reader chain, in order. Imported on first use: the DSTU readers pull in the GOST
    primitives, and `containers.der` (used by CMS and the sandbox) must stay light."""
    from ehealth_wizard.core.signing.containers.formats import READERS

    return list(READERS)


def load_container(data: bytes, password: bytes) -> list[KeyEntry]:
    """Run the reader chain over a file's bytes; never returns an empty list."""
    if not data.strip():
        raise KeyFileError("key_file_empty")
    unsupported: UnsupportedAlgorithm | None = None
    for reader in readers():
        try:
            mine = reader.sniff(data)
        except Exception:  # a sniffer must not break the chain  # noqa: S112
            continue
        if not mine:
            continue
        try:
            entries = reader.load(data, password)
        except UnsupportedAlgorithm as exc:
            unsupported = exc
            continue
        if not entries:
            raise KeyFileError("key_file_no_key", format=reader.name)
        return entries
    if unsupported is not None:
        raise KeyFileError(
            "key_file_unsupported_algorithm", algorithm=unsupported.params.get("algorithm", "")
        )
    if der_state(data) == "truncated":
        raise KeyFileError("key_file_truncated")
    raise KeyFileError("key_file_unknown_format")
