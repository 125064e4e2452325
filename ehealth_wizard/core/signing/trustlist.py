"""The trust list: public certificates of Ukraine's qualified trust service providers (ЦЗО roots,
КНЕДП CA/TSP/OCSP) that signatures are chained to by default.

Where it comes from, first match wins: the copy `ehealth-wizard trust update` keeps in the
config folder > the vendor profile's `[signing] trust_list` (a file) > the bundled
resources/trust/CACertificates.p7b (its source and date: resources/trust/SOURCES.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import httpx
from asn1crypto import x509

from ehealth_wizard.core.atomic import atomic_write_bytes
from ehealth_wizard.core.bounded import read_regular_file
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.http_fetch import ResponseTooLarge, fetch
from ehealth_wizard.core.reasons import file_reason, host_of, network_reason

FILE_NAME = "CACertificates.p7b"
DEFAULT_URL = "https://iit.com.ua/download/productfiles/CACertificates.p7b"
MAX_SIZE = 16 * 1024 * 1024  # the 2025 bundle is 1.2 MB
TIMEOUT = 30.0


class TrustListError(UserFacingError):
    """`trust_list_unreadable` (file/URL cannot be read) or `trust_list_invalid` (no
    certificates in it)."""

    code = "trust_list_unreadable"


@dataclass(frozen=True)
class TrustList:
    certificates: tuple[x509.Certificate, ...]
    source: str  # path of the file it was read from

    def __len__(self) -> int:
        return len(self.certificates)


def bundled_path() -> Path:
    from ehealth_wizard.resources import resource

    return Path(str(resource("trust", FILE_NAME)))


def user_path(config_dir: Path) -> Path:
    """Where `trust update` keeps the refreshed copy."""
    return config_dir / "trust" / FILE_NAME


def active_path(config_dir: Path | None = None, profile_list: str | Path | None = None) -> Path:
    """The file the trust list is read from (see the module docstring)."""
    if config_dir is not None and user_path(config_dir).is_file():
        return user_path(config_dir)
    if profile_list and not str(profile_list).startswith(("http://", "https://")):
        return Path(profile_list)
    return bundled_path()


def parse(data: bytes, source: str) -> tuple[x509.Certificate, ...]:
    """Certificates of a .p7b / PEM / DER file; TrustListError when it holds none."""
    from ehealth_wizard.core.signing.certparse import parse_certificates

    certs = tuple(parse_certificates(data))
    if not certs:
        raise TrustListError("trust_list_invalid", path=source)
    return certs


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> TrustList:
    data = _read_file(Path(path))
    return TrustList(parse(data, path), path)


def load(config_dir: Path | None = None, profile_list: str | Path | None = None) -> TrustList:
    """The active trust list (cached until its file changes)."""
    path = active_path(config_dir, profile_list)
    try:
        st = path.stat()
    except OSError as exc:
        raise TrustListError(path=str(path), reason=file_reason(exc)) from None
    return _load(str(path), st.st_mtime_ns, st.st_size)


def _read_file(path: Path) -> bytes:
    """At most MAX_SIZE bytes of an ordinary file (a FIFO or a device is refused at once)."""
    try:
        return read_regular_file(path, MAX_SIZE)
    except OSError as exc:  # FileRefused too: its reason_code, e.g. too_large
        raise TrustListError(path=str(path), reason=file_reason(exc)) from None


def _download(url: str, http: httpx.Client | None) -> bytes:
    try:
        reply = fetch(url, http=http, timeout=TIMEOUT, max_bytes=MAX_SIZE, follow_redirects=True)
    except ResponseTooLarge:
        raise TrustListError(path=url, reason="too_large") from None
    except httpx.HTTPError as exc:
        raise TrustListError(
            "trust_list_unreachable", path=url, host=host_of(url), reason=network_reason(exc)
        ) from None
    if reply.status_code != 200:
        raise TrustListError(path=url, reason=f"HTTP {reply.status_code}")
    return reply.body


def update(
    source: str | None,
    config_dir: Path,
    *,
    profile_list: str | None = None,
    http: httpx.Client | None = None,
) -> TrustList:
    """Fetch a new trust list from `source` (a file or an http(s) URL; default: the vendor
    profile's URL, else IIT's), check it holds certificates, then replace the config-folder
    copy atomically (a failed update leaves the old list in place)."""
    if not source:
        source = (
            profile_list
            if profile_list and str(profile_list).startswith(("http://", "https://"))
            else DEFAULT_URL
        )
    if source.startswith(("http://", "https://")):
        data = _download(source, http)
    else:
        data = _read_file(Path(source))
    certs = parse(data, source)
    target = user_path(config_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, data)
    return TrustList(certs, str(target))


def with_extra(base: TrustList | None, extra: Sequence[x509.Certificate]) -> list[x509.Certificate]:
    """Trust anchors for a check: the trust list plus certificates the user adds (--trusted)."""
    out = list(base.certificates) if base is not None else []
    seen = {c.sha256 for c in out}
    out.extend(c for c in extra if c.sha256 not in seen)
    return out
