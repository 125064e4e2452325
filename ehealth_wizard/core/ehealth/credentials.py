"""The facility's OAuth credentials after a registration: they reach the MIS, never dropped.

eHealth answers a successful registration with the facility's `client_id` and `client_secret`
once; the MIS needs them for the token exchange. Where they go, in order:

1. the MIS hand-off endpoint a vendor profile names (`[handoff] url`, https): a JSON POST of
   `{client_id, client_secret, legal_entity_id, redirect_uri}` with the vendor's MIS API key
   (`API-key` header) and an `Idempotency-Key` derived from the credentials, so a retry after a
   lost answer cannot register them twice; retried on network errors, 408, 429 and 5xx;
2. otherwise the OS keyring;
3. where neither exists, a file the director chooses (0600, written atomically) — the GUI
   shows the secret once with Copy and Save, the CLI takes `submit --secret-out FILE`.

`plan_destinations` is asked BEFORE sending: on a real environment with no destination at all
the registration is refused up front (SecretDestinationMissing) rather than losing the secret
after eHealth has issued it; on the sandbox it only warns. The GUI's Done page and the CLI's
`submit` call these functions; no front end keeps the secret anywhere else.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ehealth_wizard.core.atomic import atomic_write_json
from ehealth_wizard.core.ehealth.urls import check_handoff_url
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.paths import APP_NAME
from ehealth_wizard.core.reasons import file_reason, network_reason

if TYPE_CHECKING:
    import httpx

    from ehealth_wizard.core.ehealth.stages import RegistrationResult

HANDOFF_ATTEMPTS = 4
HANDOFF_TIMEOUT = 15.0
MAX_BACKOFF = 8.0
MAX_ANSWER_BYTES = 64 * 1024
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class HandoffFailed(UserFacingError):
    """The MIS did not take the credentials; `reason` says why (the secret is kept elsewhere)."""

    code = "handoff_failed"


class SecretDestinationMissing(UserFacingError):
    """A real environment and nowhere to keep the facility's secret: refused before sending."""

    code = "secret_destination_missing"


class SecretFileUnwritable(UserFacingError):
    code = "secret_file_unwritable"


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str = field(repr=False)
    legal_entity_id: str
    redirect_uri: str = ""

    @classmethod
    def from_result(cls, result: RegistrationResult) -> Credentials:
        return cls(
            client_id=result.client_id,
            client_secret=result.client_secret,
            legal_entity_id=result.legal_entity_id,
            redirect_uri=result.redirect_uri,
        )

    def to_json(self) -> dict[str, str]:
        return dataclasses.asdict(self)

    @property
    def idempotency_key(self) -> str:
        """The same credentials always carry the same key (a retry is recognisable); the
        secret enters only through a hash."""
        digest = hashlib.sha256(f"{self.client_id}\n{self.client_secret}".encode()).hexdigest()
        return f"ehealth-wizard-handoff-{self.legal_entity_id}-{digest[:32]}"


@dataclass(frozen=True)
class HandoffReceipt:
    """What the MIS answered: its status, its JSON (or text) and how many tries it took."""

    url: str
    status_code: int
    answer: Mapping[str, Any]
    attempts: int


def _answer(raw: bytes) -> dict[str, Any]:
    try:
        import json

        data = json.loads(raw)
    except ValueError:
        return {"text": raw.decode("utf-8", "replace")[:500]}
    return data if isinstance(data, dict) else {"data": data}


def _retry_after(headers: httpx.Headers, default: float) -> float:
    try:
        return min(MAX_BACKOFF, max(0.0, float(headers.get("retry-after", default))))
    except ValueError:
        return default


def handoff(
    url: str,
    credentials: Credentials,
    api_key: str | None,
    *,
    http: httpx.Client | None = None,
    attempts: int = HANDOFF_ATTEMPTS,
    backoff: float = 0.5,
    sleep: Any = time.sleep,
) -> HandoffReceipt:
    """POST the credentials to the MIS; retry what is safe to retry; HandoffFailed otherwise."""
    import json

    import httpx

    from ehealth_wizard.core.http_fetch import ResponseTooLarge, fetch

    target = check_handoff_url(url)
    body = json.dumps(credentials.to_json()).encode("utf-8")
    headers = {
        "Idempotency-Key": credentials.idempotency_key,
        "Accept": "application/json",
        "Content-Type": "application/json",
    }
    if api_key:
        headers["API-key"] = api_key
    own = http is None
    client = http or httpx.Client(timeout=HANDOFF_TIMEOUT, follow_redirects=False)
    reason = ""
    try:
        for attempt in range(1, max(1, attempts) + 1):
            delay = min(MAX_BACKOFF, backoff * 2 ** (attempt - 1))
            try:
                reply = fetch(
                    target,
                    method="POST",
                    content=body,
                    headers=headers,
                    http=client,
                    timeout=HANDOFF_TIMEOUT,
                    max_bytes=MAX_ANSWER_BYTES,
                )
            except ResponseTooLarge:  # no acknowledgement is that long: not retried
                reason = "answer_too_large"
                break
            except httpx.HTTPError as exc:
                reason = network_reason(exc)
            else:
                status = reply.status_code
                if 200 <= status < 300:
                    return HandoffReceipt(target, status, _answer(reply.body), attempt)
                reason = f"HTTP {status}"
                if status not in RETRY_STATUSES:
                    break
                delay = _retry_after(reply.headers, delay)
            if attempt < attempts:
                sleep(delay)
    finally:
        if own:
            client.close()
    raise HandoffFailed(url=target, reason=reason)


def keyring_available() -> bool:
    """Whether the OS has a secure store keyring can write to (not its fail/null backends)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no secure store
        return False
    if isinstance(backend, fail.Keyring):
        return False
    priority = getattr(backend, "priority", 1)
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return True


FACILITY_SECRET_SERVICE = APP_NAME  # keyring service; the username is the facility's client id


def keep_in_keyring(credentials: Credentials) -> str | None:
    """The secret into the OS keyring, read back to be sure; None when kept, else a reason
    code (`no_secure_store`, `secure_store_failed`). It is never written anywhere else."""
    import keyring
    from keyring.errors import InitError, KeyringError, NoKeyringError

    try:
        keyring.set_password(
            FACILITY_SECRET_SERVICE, credentials.client_id, credentials.client_secret
        )
        if (
            keyring.get_password(FACILITY_SECRET_SERVICE, credentials.client_id)
            != credentials.client_secret
        ):
            return "no_secure_store"
    except (NoKeyringError, InitError):
        return "no_secure_store"
    except (RuntimeError, KeyringError):
        return "secure_store_failed"
    return None


def save_secret_file(path: Path | str, credentials: Credentials) -> Path:
    """The credentials as JSON in a file only its owner can read (0600, atomic replace)."""
    target = Path(path).expanduser()
    try:
        atomic_write_json(target, credentials.to_json())
    except OSError as exc:
        raise SecretFileUnwritable(path=str(target), reason=file_reason(exc)) from None
    return target


@dataclass(frozen=True)
class Destinations:
    """Where this registration's secret can go, known before anything is sent."""

    handoff_url: str = ""
    keyring: bool = False
    secret_file: Path | None = None

    @property
    def any(self) -> bool:
        return bool(self.handoff_url or self.keyring or self.secret_file)


def plan_destinations(
    *,
    handoff_url: str = "",
    secret_file: Path | str | None = None,
    is_sandbox: bool,
    keyring: bool | None = None,
) -> Destinations:
    """The destinations, or SecretDestinationMissing for a real environment without any
    (asked before sending: eHealth gives the secret once)."""
    plan = Destinations(
        handoff_url=check_handoff_url(handoff_url) if handoff_url else "",
        keyring=keyring_available() if keyring is None else keyring,
        secret_file=Path(secret_file).expanduser() if secret_file else None,
    )
    if not plan.any and not is_sandbox:
        raise SecretDestinationMissing()
    return plan


@dataclass
class Kept:
    """What became of the secret: the hand-off receipt, keyring, file; `problems` in order."""

    handoff: HandoffReceipt | None = None
    keyring: bool = False
    file: Path | None = None
    problems: list[UserFacingError] = field(default_factory=list)

    @property
    def kept(self) -> bool:
        return self.handoff is not None or self.keyring or self.file is not None


def keep(
    credentials: Credentials,
    plan: Destinations,
    *,
    api_key: str | None = None,
    http: httpx.Client | None = None,
    sleep: Any = time.sleep,
) -> Kept:
    """Hand off (if configured), else the keyring; and the file when one was asked for."""
    out = Kept()
    if plan.handoff_url:
        try:
            out.handoff = handoff(plan.handoff_url, credentials, api_key, http=http, sleep=sleep)
        except HandoffFailed as exc:
            out.problems.append(exc)
    if out.handoff is None and plan.keyring:
        reason = keep_in_keyring(credentials)
        out.keyring = reason is None
        if reason is not None:
            out.problems.append(SecretKeyringFailed(reason=reason))
    if plan.secret_file is not None:
        try:
            out.file = save_secret_file(plan.secret_file, credentials)
        except SecretFileUnwritable as exc:
            out.problems.append(exc)
    return out


class SecretKeyringFailed(UserFacingError):
    code = "secret_not_stored"
