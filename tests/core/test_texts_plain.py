"""The English texts a director reads: plain words, no internals, every placeholder kept.

The texts are for a clinic director, not a programmer: they name no data formats, object
identifiers or program internals, and each names its own parameters only.
"""

from __future__ import annotations

import re
import string

import pytest

from ehealth_wizard.core.texts import drafts, ehealth, reasons, settings, signing, validation

TABLES = {
    "validation": validation.TEXTS,
    "drafts": drafts.TEXTS,
    "signing": signing.TEXTS,
    "ehealth": ehealth.TEXTS,
    "settings": settings.TEXTS,
    "reasons": reasons.TEXTS,
}
# Words of programmers, not of directors.
JARGON = re.compile(
    r"ASN\.1|\bOID\b|Traceback|\bexception\b|\bUUID\b|\bJSON\b|\bschema\b|\bCMS\b"
    r"|\bnonce\b|\bdetached\b|\bUTF-8\b|\bDER\b|\bstack\b|\bnull\b",
    re.IGNORECASE,
)


def _fields(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


@pytest.mark.parametrize("domain", sorted(TABLES))
def test_texts_speak_plainly(domain: str) -> None:
    leaks = {code: text for code, text in TABLES[domain].items() if JARGON.search(text)}
    assert leaks == {}


@pytest.mark.parametrize("domain", sorted(TABLES))
def test_texts_have_simple_placeholders(domain: str) -> None:
    for code, text in TABLES[domain].items():
        assert text and text.strip() == text, code
        for name in _fields(text):
            assert re.fullmatch(r"[a-z_]+", name), (code, name)  # no {0}, no {x.attr}
