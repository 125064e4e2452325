"""What goes wrong talking to eHealth, and how the server's error JSON lands on the form's fields.

Two families live here:

* transport failures (no network, timeout, TLS, a 5xx) — `UserFacingError` subclasses with
  stable codes, raised by the client;
* the server's refusals (422 `validation_failed` with `invalid[]`, message-only 422,
  409 `request_conflict`, 400/401/403/404) — `ApiError`, which keeps the status and the raw body
  and turns it into `Problem`s on the same JSON paths the form's own validation uses, so the GUI's
  "fix it" can jump straight to the field.

`stage_of_error` names the verification stage a refusal belongs to; the synchronous submit path
needs it to show a refusal on the same stage list the live event stream feeds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ehealth_wizard.core.ehealth.stage_ids import SUBMIT_STAGES
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.problems import Problem
from ehealth_wizard.core.reasons import host_of

# Where the signed container itself is the culprit: the key / signature step of the wizard.
SIGNATURE_PATH = "$.signed_legal_entity_request"
# A refusal that names no field (message-only 422, most 409s the table below does not know).
WHOLE_REQUEST_PATH = "$"

# `rule` values the server is known to use in this flow; each has a `server_<rule>` text.
KNOWN_RULES = frozenset(
    {
        "required",
        "format",
        "inclusion",
        "invalid",
        "length",
        "subset",
        "number",
        "date",
        "cast",
        "schemata",
        "unique",
        "exclusion",
        "email",
        "schema_does_not_allow_additional_properties",
    }
)


# --- transport and protocol failures -------------------------------------------------------------


class EHealthError(UserFacingError):
    """Base of everything that goes wrong between the program and the eHealth server.

    The texts name the server by its `host` (derived here from `url`, which stays in the params
    for logs and `--json`); a director needs no API path.
    """

    code = "ehealth_error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        url = params.get("url")
        if isinstance(url, str) and url and "host" not in params:
            params["host"] = host_of(url)
        super().__init__(code, **params)

    @property
    def reason(self) -> str:
        """Why it failed, as a `reason` code (core/reasons.py)."""
        reason = self.params.get("reason")
        if isinstance(reason, str) and reason:
            return reason
        if isinstance(self, NetworkTimeout):
            return "timeout"
        if isinstance(self, ServerError | BadResponse | ApiError):
            return "server_failed"
        return "other"


class NetworkUnreachable(EHealthError):
    """Nothing answered: no network, wrong address, server down. Safe to retry: nothing was sent."""

    code = "network_unreachable"


class NetworkTimeout(EHealthError):
    """The server took too long. `sent` says whether the request may have reached it."""

    code = "network_timeout"

    def __init__(self, *, url: str, phase: str, sent: bool) -> None:
        super().__init__(url=url, phase=phase)
        self.sent = sent


class ConnectionDropped(EHealthError):
    """The connection broke after the request went out: the outcome is unknown."""

    code = "connection_dropped"


class TlsError(EHealthError):
    """The server's certificate did not verify (or TLS failed): never sent anything over it."""

    code = "tls_error"


class InsecureServer(EHealthError):
    """Credentials would travel over plain HTTP to a host that is not this computer."""

    code = "insecure_server_url"


class BadServerUrl(EHealthError):
    code = "bad_server_url"


class ServerError(EHealthError):
    """The server failed (5xx) or answered something that is not its API."""

    code = "server_error"

    def __init__(
        self, *, url: str, status: int, message: str = "", body: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(url=url, status=status, message=message)
        self.status = status
        self.body: Mapping[str, Any] = body or {}


class BadResponse(EHealthError):
    """A 2xx answer that does not have the documented shape; `got` says what came instead."""

    code = "bad_response"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if not params.get("got"):
            status = params.get("status")
            params["got"] = f"HTTP {status}" if status else "an unexpected answer"
        super().__init__(code, **params)


class AnswerTooLarge(BadResponse):
    """An answer (or one event of the stream) larger than the client reads: cut off unread."""

    code = "answer_too_large"


class ForeignUrl(EHealthError):
    """The server pointed the client at another origin; nothing was sent there."""

    code = "foreign_url"


class StreamLost(EHealthError):
    """The live event stream kept breaking; the registration may still be running on the server."""

    code = "stream_lost"


class OutcomeUnknown(EHealthError):
    """The submission's outcome is unknown and asking the server again did not settle it."""

    code = "submission_outcome_unknown"


class ApiError(EHealthError):
    """The server refused the request with its documented error envelope.

    `code` is the server's `error.type` when known (`validation_failed`, `request_conflict`,
    `request_malformed`, `access_denied`, `forbidden`, `not_found`), so the text can differ.
    """

    code = "server_refused"

    def __init__(self, status: int, body: Mapping[str, Any] | None, *, url: str = "") -> None:
        self.status = status
        self.body: Mapping[str, Any] = body or {}
        error = _error_object(self.body)
        kind = str(error.get("type") or "")
        message = str(error.get("message") or "")
        code = _API_CODES.get(kind) or _STATUS_CODES.get(status) or "server_refused"
        super().__init__(code, status=status, type=kind, message=message, url=url)
        self.error_type = kind
        self.message = message

    @property
    def invalid(self) -> list[Mapping[str, Any]]:
        entries = _error_object(self.body).get("invalid")
        if not isinstance(entries, list):
            return []
        return [e for e in entries if isinstance(e, Mapping)]

    def problems(self) -> list[Problem]:
        return problems_from_error(self.status, self.body)

    def stage(self) -> str | None:
        return stage_of_error(self.status, self.body)


_API_CODES = {
    "validation_failed": "server_validation_failed",
    "request_conflict": "server_conflict",
    "request_malformed": "server_malformed",
    "access_denied": "server_access_denied",
    "forbidden": "server_forbidden",
    "not_found": "server_not_found",
}
_STATUS_CODES = {
    400: "server_malformed",
    401: "server_access_denied",
    403: "server_forbidden",
    404: "server_not_found",
    409: "server_conflict",
    422: "server_validation_failed",
}


def _error_object(body: Mapping[str, Any]) -> Mapping[str, Any]:
    error = body.get("error")
    return error if isinstance(error, Mapping) else {}


# --- server paths → form paths -------------------------------------------------------------------

_INDEX_DOT = re.compile(r"\.\[(\d+)\]")

# Server-only paths and the form path (or wizard step) that owns them.
_PATH_ALIASES = {
    "$.drfo": "$.edrpou",  # a ФОП's personal key: its РНОКПП must equal `edrpou`
    "$.signed_content": SIGNATURE_PATH,  # the DS service's own name for the container
    "$.signed_content_encoding": SIGNATURE_PATH,
    "$.data.signatures": SIGNATURE_PATH,  # "EDRPOU and DRFO is empty in digital sign"
    "$.data": WHOLE_REQUEST_PATH,
}


def form_path(entry: str) -> str:
    """The form's JSON path for a server `entry` (`$.data.edrpou` → `$.edrpou`, `.[0]` → `[0]`)."""
    path = _INDEX_DOT.sub(r"[\1]", entry.strip() or WHOLE_REQUEST_PATH)
    if not path.startswith("$"):
        path = "$." + path.lstrip(".")
    if path in _PATH_ALIASES:
        return _PATH_ALIASES[path]
    if path.startswith("$.data.") and not path.startswith("$.data.signatures"):
        path = "$." + path[len("$.data.") :]
    return path


# Known message-only refusals (409, message-only 422, a few 400/500): text → (form path, stage).
# Matched case-insensitively on a fragment of the server's message.
_MESSAGE_TABLE: Sequence[tuple[str, str, str]] = (
    ("license is needed", "$.license", "license"),
    ("license is not needed", "$.license", "license"),
    ("license is expired", "$.license.expiry_date", "license"),
    ("license type mismatch", "$.license.type", "license"),
    ("license doesn't correspond", "$.license", "license"),
    ("license not found", "$.license.id", "license"),
    ("license_number is required", "$.license.license_number", "content"),
    ("not found in edr", "$.edrpou", "edr"),
    ("invalid edr state", "$.edrpou", "edr"),
    ("not active in edr", "$.edrpou", "edr"),
    ("active entities in edr", "$.edrpou", "edr"),
    ("such edrpou and type already exists", "$.edrpou", "edr"),
    ("invalid edrpou", "$.edrpou", "edr"),
    ("kved", "$.kveds", "kved"),
    ("does not match edr; the register holds", "$.owner", "edr"),
    (" in edr", "$.edrpou", "edr"),
    ("only legal_entity with type", "$.type", "content"),
    ("invalid signature", SIGNATURE_PATH, "signature"),
    ("error processing signed data", SIGNATURE_PATH, "signature"),
    ("signer last name", "$.owner.last_name", "signer"),
    ("does not match legal_entity edrpou", "$.edrpou", "signer"),
    ("does not match signer drfo", "$.edrpou", "signer"),
    ("edrpou and drfo is empty", SIGNATURE_PATH, "signer"),
    ("failed to send email", "$.owner.email", "invitation"),
    ("no client type", WHOLE_REQUEST_PATH, "registration"),
    ("employee", "$.owner", "registration"),
)


def _known_message(text: str) -> tuple[str, str] | None:
    lowered = text.lower()
    for fragment, path, stage in _MESSAGE_TABLE:
        if fragment in lowered:
            return path, stage
    return None


_REQUIRED = re.compile(r"required property (\w+) was not present")


def _rule_code(rule: str) -> str:
    return f"server_{rule}" if rule in KNOWN_RULES else "server_rule"


def problems_from_error(status: int, body: Mapping[str, Any] | None) -> list[Problem]:
    """The server's refusal as Problems on the form's fields.

    Each `invalid[]` rule becomes one Problem: path = `form_path(entry)`, code = `server_<rule>`,
    params = the server's `description`, `rule`, raw `params` and original `entry`. A refusal with
    only a message becomes one Problem on the field the message is known to concern (else `$`).
    """
    error = _error_object(body or {})
    entries = error.get("invalid")
    problems: list[Problem] = []
    if isinstance(entries, list) and entries:
        for entry in entries:
            if not isinstance(entry, Mapping):
                continue
            raw_entry = str(entry.get("entry") or "")
            rules = entry.get("rules")
            if not isinstance(rules, list) or not rules:
                rules = [{"rule": "invalid", "params": [], "description": ""}]
            for rule in rules:
                if not isinstance(rule, Mapping):
                    continue
                name = str(rule.get("rule") or "invalid")
                description = str(rule.get("description") or "")
                missing = _REQUIRED.fullmatch(description)
                if name == "required" and missing:
                    # The server names the parent; the form wants the missing field itself.
                    path = form_path(f"{raw_entry.rstrip('.') or '$'}.{missing.group(1)}")
                else:
                    path = form_path(raw_entry)
                known = _known_message(description)
                if known is not None and path == WHOLE_REQUEST_PATH:
                    path = known[0]
                problems.append(
                    Problem(
                        path=path,
                        code=_rule_code(name),
                        params={
                            "description": description,
                            "rule": name,
                            "rule_params": _plain(rule.get("params")),
                            "entry": raw_entry,
                        },
                    )
                )
        return problems
    message = str(error.get("message") or "")
    known = _known_message(message)
    path = known[0] if known else WHOLE_REQUEST_PATH
    code = _API_CODES.get(str(error.get("type") or "")) or _STATUS_CODES.get(status)
    problems.append(
        Problem(
            path=path,
            code="server_message" if code is None else code,
            params={"description": message, "status": status, "message": message},
        )
    )
    return problems


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# --- which stage refused -------------------------------------------------------------------------


def _stage_of_entry(entry: str, description: str) -> str:
    known = _known_message(description)
    if known is not None:
        return known[1]
    path = _INDEX_DOT.sub(r"[\1]", entry)
    if path in (SIGNATURE_PATH, "$.signed_content", "$.signed_content_encoding"):
        return "signature"
    if path in ("$.drfo", "$.data.signatures"):
        return "signer"
    if path == "$.data.edrpou":
        return "edr"
    if path.startswith("$.kveds") or path.startswith("$.data.kveds"):
        return "kved"
    if path == "$.license.id":
        return "license"
    return "content"


def stage_of_error(status: int, body: Mapping[str, Any] | None) -> str | None:
    """The verification stage a refusal comes from, or None when it is no stage's verdict
    (401/403/404: the request never reached the pipeline)."""
    error = _error_object(body or {})
    entries = error.get("invalid")
    if isinstance(entries, list) and entries:
        stages: list[str] = []
        for entry in entries:
            if not isinstance(entry, Mapping):
                continue
            rules = entry.get("rules") if isinstance(entry.get("rules"), list) else []
            descriptions = [
                str(r.get("description") or "") for r in rules or [] if isinstance(r, Mapping)
            ] or [""]
            for description in descriptions:
                stages.append(_stage_of_entry(str(entry.get("entry") or ""), description))
        if stages:
            # The pipeline stops at the first failing step: the earliest stage is the verdict.
            return min(stages, key=SUBMIT_STAGES.index)
    if status in (401, 403, 404):
        return None
    message = str(error.get("message") or "")
    known = _known_message(message)
    if known is not None:
        return known[1]
    if status == 400:
        return "signature"  # "Invalid signature" and envelope faults come first
    if status in (409, 422):
        return "content"
    return None
