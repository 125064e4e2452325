"""Why a file or a connection failed, as a stable `reason` code instead of the OS's own words.

Errors put the code into their `reason` (or drafts' `error`) parameter; `core.texts` words it
through the `reason.<code>` texts, so the director reads "the file does not exist" rather than
"[Errno 2] No such file or directory", and scripts reading `--json` get a code they can test.
Network errors name the server by its host only (`host_of`); the full URL stays in `url`.
"""

from __future__ import annotations

import errno
from urllib.parse import urlsplit

__all__ = ["file_reason", "host_of", "network_reason"]

_ERRNO_REASONS: dict[int, str] = {
    errno.ENOENT: "not_found",
    errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied",
    errno.EISDIR: "is_a_directory",
    errno.ENOTDIR: "not_a_directory",
    errno.ENOSPC: "disk_full",
    errno.EROFS: "read_only",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EBUSY: "in_use",
    errno.EEXIST: "already_exists",
    errno.EIO: "io_error",
    errno.ECONNREFUSED: "refused",
    errno.ECONNRESET: "reset",
    errno.ECONNABORTED: "reset",
    errno.EPIPE: "reset",
    errno.ETIMEDOUT: "timeout",
    errno.ENETUNREACH: "network_down",
    errno.EHOSTUNREACH: "network_down",
    errno.ENETDOWN: "network_down",
    errno.EADDRINUSE: "address_in_use",
    errno.EADDRNOTAVAIL: "address_in_use",
}
for _name, _reason in (("EDQUOT", "disk_full"), ("ETXTBSY", "in_use")):  # not on every OS
    if hasattr(errno, _name):
        _ERRNO_REASONS[getattr(errno, _name)] = _reason

# Windows reports some failures through `winerror` only (errno stays EINVAL or EACCES).
_WINERROR_REASONS: dict[int, str] = {
    2: "not_found",  # ERROR_FILE_NOT_FOUND
    3: "not_found",  # ERROR_PATH_NOT_FOUND
    5: "permission_denied",  # ERROR_ACCESS_DENIED
    32: "in_use",  # ERROR_SHARING_VIOLATION
    33: "in_use",  # ERROR_LOCK_VIOLATION
    112: "disk_full",  # ERROR_DISK_FULL
    10048: "address_in_use",  # WSAEADDRINUSE
    10054: "reset",  # WSAECONNRESET
    10060: "timeout",  # WSAETIMEDOUT
    10061: "refused",  # WSAECONNREFUSED
    10065: "network_down",  # WSAEHOSTUNREACH
    11001: "dns",  # WSAHOST_NOT_FOUND
}

# Words the resolvers use when a host name cannot be found (their errno varies by platform).
_DNS_WORDS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
)


def _os_reason(exc: OSError) -> str | None:
    import socket  # here, not at the first window's start

    if isinstance(exc, socket.gaierror):
        return "dns"
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in _WINERROR_REASONS:
        return _WINERROR_REASONS[winerror]
    if exc.errno is not None and exc.errno in _ERRNO_REASONS:
        return _ERRNO_REASONS[exc.errno]
    for kind, reason in (
        (FileNotFoundError, "not_found"),
        (IsADirectoryError, "is_a_directory"),
        (NotADirectoryError, "not_a_directory"),
        (PermissionError, "permission_denied"),
        (ConnectionRefusedError, "refused"),
        (ConnectionResetError, "reset"),
        (ConnectionAbortedError, "reset"),
        (BrokenPipeError, "reset"),
        (TimeoutError, "timeout"),
    ):
        if isinstance(exc, kind):
            return reason
    return None


def file_reason(exc: BaseException) -> str:
    """The reason code for a failed file operation (`other` when the kind is not known)."""
    if isinstance(exc, UnicodeDecodeError):
        return "not_text"
    code = getattr(exc, "reason_code", None)  # core.bounded.FileRefused
    if isinstance(code, str):
        return code
    if isinstance(exc, OSError):
        return _os_reason(exc) or "other"
    return "other"


def _chain(exc: BaseException) -> list[BaseException]:
    seen: set[int] = set()
    out: list[BaseException] = []
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        out.append(node)
        node = node.__cause__ or node.__context__
    return out


def network_reason(exc: BaseException) -> str:
    """The reason code for a failed connection, looking through the wrapped causes."""
    import ssl  # (not at import: the window's start does not need TLS)

    chain = _chain(exc)
    for node in chain:
        if isinstance(node, ssl.SSLError | ssl.CertificateError):
            return "tls"
        if isinstance(node, OSError):
            reason = _os_reason(node)
            if reason is not None:
                return reason
    for node in chain:
        text = str(node).lower()
        if any(words in text for words in _DNS_WORDS):
            return "dns"
        if "certificate_verify_failed" in text or "[ssl" in text or "ssl:" in text:
            return "tls"
        if "connection refused" in text:
            return "refused"
        if "timed out" in text:
            return "timeout"
        if "server disconnected" in text or "connection reset" in text or "peer closed" in text:
            return "reset"
    return "other"


def host_of(url: str) -> str:
    """The server as a director knows it: host and port, no path, query or user name."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return url
    if not host:
        return url
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    return f"{host}:{port}" if port else host
