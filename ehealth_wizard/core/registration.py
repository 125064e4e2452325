"""The one path of every use case: the window, the command line and the smoke test all go here.

`RegistrationSession` owns the draft, the wizard's flow, the opened signer (closed on every path:
an error, Cancel, a new draft, quitting) with its certificate facts and checks, and the draft's
submission record. Two plain functions hold the use cases, each written once:

* `open_and_check(source, registration, cancel)`: open the key → certificate facts → OCSP (when
  the certificate names a responder) → pre-flight. A worker body: it returns a `KeyCheck` and
  never leaks the signer when a later step raises or Cancel comes.
* `sign_and_submit(...)`: sign (or take a CMS signed elsewhere) → send → follow the stages. The
  idempotency key is stored in the submission record *before the first byte is sent* and reused
  on every retry — Try again, a restart of the program, `submit` run twice — so eHealth never
  receives the same registration as two.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ehealth_wizard.core import flow
from ehealth_wizard.core.drafts import Draft, DraftEvent, DraftStore, Submission
from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.problems import Problem, Severity

if TYPE_CHECKING:  # the signing and HTTP stacks load when a key is opened or a request is sent
    from ehealth_wizard.core.ehealth.client import EHealthClient
    from ehealth_wizard.core.ehealth.environments import Environment
    from ehealth_wizard.core.ehealth.stages import StageEvent
    from ehealth_wizard.core.receipt import ReceiptStore
    from ehealth_wizard.core.signing.certinfo import CertInfo
    from ehealth_wizard.core.signing.external import ImportedSignature
    from ehealth_wizard.core.signing.keys import Signer
    from ehealth_wizard.core.signing.tokens.session import PinPrompt
    from ehealth_wizard.core.signing.tokens.signer import TokenKeySource

# Problems that come from the OCSP answer (kept when re-checking without asking OCSP again).
OCSP_CODES = frozenset(
    {"signer_cert_revoked", "signer_cert_status_unknown", "signer_ocsp_unreachable"}
)
# Submission record statuses.
SENDING, SUBMITTED, REFUSED = "sending", "submitted", "refused"


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


# --- the key ------------------------------------------------------------------------------------


class KeyChoice(Protocol):
    """What the director chose to sign with; `open` may ask for a PIN (tokens) or not."""

    @property
    def label(self) -> str:
        """What a draft may remember: a path or a PKCS#11 URI, never a secret."""

    def open(self, cancel: threading.Event | None = None) -> Signer: ...


@dataclass
class FileKey:
    """A key file with its password (in memory only; `forget` wipes a bytearray)."""

    path: str
    password: bytes | bytearray | str = field(repr=False)
    cert: str | None = None

    @property
    def label(self) -> str:
        return self.path

    def open(self, cancel: threading.Event | None = None) -> Signer:
        from ehealth_wizard.core.signing.keys import open_key

        try:
            secret = self.password
            return open_key(
                self.path,
                bytes(secret) if isinstance(secret, bytearray) else secret,
                self.cert or None,
            )
        finally:
            self.forget()

    def forget(self) -> None:
        if isinstance(self.password, bytearray):
            self.password[:] = bytes(len(self.password))
        self.password = b""


@dataclass(frozen=True)
class TokenKey:
    """A key on a PKCS#11 token; the PIN is asked through `prompt` only when needed."""

    source: TokenKeySource
    prompt: PinPrompt

    @property
    def label(self) -> str:
        return str(self.source.label)

    def open(self, cancel: threading.Event | None = None) -> Signer:
        return self.source.open_with_prompt(self.prompt, cancel)


def token_key(
    prompt: PinPrompt,
    *,
    module_path: str | None = None,
    token_label: str | None = None,
    token_serial: str | None = None,
    cert_id: bytes | None = None,
) -> TokenKey:
    """A `TokenKey` from the parts a front end knows (module, token, certificate)."""
    from ehealth_wizard.core.signing.tokens.signer import TokenKeySource

    source = TokenKeySource(
        module_path=module_path, token_label=token_label, token_serial=token_serial, cert_id=cert_id
    )
    return TokenKey(source, prompt)


@dataclass
class KeyCheck:
    """An opened signer, what its certificate says, and the checks against the form."""

    signer: Signer
    facts: CertInfo
    problems: list[Problem] = field(default_factory=list)
    label: str = ""

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # an old signer failing to close is harmless
            self.signer.close()


def open_and_check(
    source: KeyChoice,
    registration: Registration | None,
    cancel: threading.Event | None = None,
    *,
    checks: bool = True,
) -> KeyCheck:
    """Open the key, read its certificate, ask OCSP (when the certificate names a responder) and
    run the pre-flight against `registration` (None, or `checks=False`: facts only).

    The signer is closed if anything after opening raises or Cancel comes."""
    from ehealth_wizard.core.signing.certinfo import cert_info

    signer = source.open(cancel)
    try:
        _check(cancel)
        facts = cert_info(signer.certificate)
        problems: list[Problem] = []
        if registration is not None and checks:
            from ehealth_wizard.core.signing.ocsp import check_ocsp
            from ehealth_wizard.core.signing.preflight import preflight

            answer = (
                check_ocsp(signer.certificate, pool=list(signer.chain)) if facts.ocsp_url else None
            )
            _check(cancel)
            problems = preflight(registration, facts, ocsp=answer)
        return KeyCheck(signer, facts, problems, source.label)
    except BaseException:
        signer.close()
        raise


def recheck(check: KeyCheck, registration: Registration) -> list[Problem]:
    """The pre-flight again for a changed form (no password, no OCSP: its answer is kept)."""
    from ehealth_wizard.core.signing.preflight import preflight

    kept = [p for p in check.problems if p.code in OCSP_CODES]
    check.problems = preflight(registration, check.facts) + kept
    return check.problems


# --- signing ------------------------------------------------------------------------------------


class _Default:
    """`tsp_url` not given: the time-stamp service the certificate names."""


CERTIFICATE_TSP = _Default()


def content_of(registration: Registration | Mapping[str, Any]) -> bytes:
    """The canonical bytes that are signed: of a Registration, or of a ready v2 request."""
    from ehealth_wizard.core.payload import build_payload, canonical_bytes

    if isinstance(registration, Registration):
        return canonical_bytes(build_payload(registration))
    return canonical_bytes(dict(registration))


def tsp_url_for(signer: Signer) -> str | None:
    from ehealth_wizard.core.signing.cades import default_tsp_url

    return default_tsp_url(signer)


def sign_registration(
    registration: Registration | Mapping[str, Any],
    signer: Signer,
    *,
    tsp_url: str | _Default | None = CERTIFICATE_TSP,
    signing_time: datetime | None = None,
    tsp_mode: str = "both",
) -> bytes:
    """CAdES (DER) over the registration's canonical bytes: -T with the certificate's (or the
    given) time-stamp service and the time-stamps `tsp_mode` asks for, -BES with `tsp_url=None`."""
    from ehealth_wizard.core.signing.cades import sign_cades

    url = tsp_url_for(signer) if isinstance(tsp_url, _Default) else tsp_url
    return sign_cades(
        content_of(registration),
        signer,
        tsp_url=url,
        signing_time=signing_time,
        tsp_mode=tsp_mode,
    )


# --- the submission record ----------------------------------------------------------------------


class SubmissionRecords(Protocol):
    """Where a submission's record lives; `store` is durable when it returns."""

    def load(self) -> Submission | None: ...

    def store(self, submission: Submission) -> None: ...


class DraftRecords:
    """The record in a draft (`meta.submission`), saved at once through its DraftStore."""

    def __init__(
        self, drafts: DraftStore | None, draft: Draft, lock: threading.RLock | None = None
    ) -> None:
        self.drafts = drafts
        self.draft = draft
        self._lock = lock or threading.RLock()

    def load(self) -> Submission | None:
        return self.draft.meta.submission

    def store(self, submission: Submission) -> None:
        with self._lock:
            self.draft.meta.submission = submission
            if self.drafts is not None:
                self.drafts.save(self.draft)


MAX_RECORD_BYTES = 65536  # a submission record is a few hundred bytes


class FileRecords:
    """A record in its own file (0600, replaced atomically): the command line's, one per signed
    registration content, so `submit` run twice on the same registration repeats its key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_signed(cls, folder: Path, signed_der: bytes) -> FileRecords:
        return cls(folder / f"{signed_content_digest(signed_der)}.json")

    def load(self) -> Submission | None:
        import json

        from ehealth_wizard.core.bounded import read_regular_file

        try:
            raw = read_regular_file(self.path, MAX_RECORD_BYTES)
            return Submission.from_dict(json.loads(raw.decode("utf-8")))
        except Exception:  # missing, not a plain file, too large or damaged: as good as none
            return None

    def store(self, submission: Submission) -> None:
        from ehealth_wizard.core.atomic import atomic_write_json
        from ehealth_wizard.core.paths import ensure_dir

        ensure_dir(self.path.parent)
        atomic_write_json(self.path, submission.to_dict())


def signed_content_digest(signed_der: bytes) -> str:
    """SHA-256 of what a CMS signs (its encapsulated content); of the whole file when it is no
    CMS with content. Signing the same registration again keeps the digest."""
    import hashlib

    from asn1crypto import cms

    content = signed_der
    with contextlib.suppress(Exception):  # not a CMS: the file's own bytes
        inner = cms.ContentInfo.load(signed_der)["content"]["encap_content_info"]["content"]
        if isinstance(inner.native, bytes) and inner.native:
            content = inner.native
    return hashlib.sha256(content).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def idempotency_key_for(previous: Submission | None, given: str | None = None) -> str:
    """`given`, else the key of the earlier attempt `previous` unless it was refused, else new."""
    if given:
        return given
    if previous is not None and previous.idempotency_key and previous.status != REFUSED:
        return previous.idempotency_key
    import uuid  # here: it loads `platform`, a slower first window

    return uuid.uuid4().hex


# --- signing and sending ------------------------------------------------------------------------


def sign_and_submit(
    registration: Registration | Mapping[str, Any] | None,
    *,
    client: EHealthClient,
    records: SubmissionRecords,
    signer: Signer | None = None,
    signed: bytes | None = None,
    tsp_url: str | _Default | None = CERTIFICATE_TSP,
    live: bool = True,
    idempotency_key: str | None = None,
    cancel: threading.Event | None = None,
    receipts: ReceiptStore | None = None,
) -> Iterator[StageEvent]:
    """Sign `registration` with `signer` (stage `sign`) — or take `signed`, a CMS made elsewhere
    (a cloud signature, `sign` run earlier) — then send it and yield every stage. An accepted
    registration's signed file and stages are kept in `receipts` (the director's receipt).

    Before the PUT the record holds the idempotency key (status "sending"); the key is kept
    until eHealth answers: on success the record gets the entity's ids, on a refusal the key is
    dropped (a fixed registration is a new request). Anything else — a lost answer, Cancel, a
    crash — leaves the key for the next attempt."""
    from ehealth_wizard.core.ehealth.stages import (
        PASSED,
        RESULT_STAGE,
        RUNNING,
        StageEvent,
        submit_and_follow,
    )
    from ehealth_wizard.core.receipt import record_events

    signing: list[StageEvent] = []
    if signed is None:
        if signer is None or registration is None:
            raise ValueError("sign_and_submit needs a signer and a registration, or `signed`")
        signing.append(StageEvent("sign", RUNNING))
        yield signing[-1]
        signed = sign_registration(registration, signer, tsp_url=tsp_url)
        signing.append(StageEvent("sign", PASSED))
        yield signing[-1]
    _check(cancel)
    previous = records.load()
    key = idempotency_key_for(previous, idempotency_key)
    base = (
        previous
        if previous is not None and previous.idempotency_key == key
        else Submission(submitted_at=_now())
    )
    sending = replace(base, server_url=client.base_url, idempotency_key=key, status=SENDING)
    records.store(sending)  # durable before the first byte of the request leaves
    events = submit_and_follow(client, signed, idempotency_key=key, cancel=cancel, live=live)
    for event in record_events(receipts, signed, client.base_url, events, first=signing):
        if event.stage == RESULT_STAGE:
            records.store(_settled(sending, event))
        yield event


def _settled(sending: Submission, event: StageEvent) -> Submission:
    result = event.result
    if event.status == "passed" and result is not None:
        return replace(
            sending,
            job_id=str(event.details.get("job_id", "")) or result.legal_entity_id,
            legal_entity_id=result.legal_entity_id,
            employee_request_id=result.employee_request_id,
            submitted_at=_now(),
            status=SUBMITTED,
        )
    return replace(sending, status=REFUSED, idempotency_key="")


# --- drafts and the flow -----------------------------------------------------------------------


def state_from_draft(draft: Draft, *, today: date | None = None) -> flow.WizardState:
    """The wizard state a saved draft resumes with; the key must be checked again."""
    submission = draft.meta.submission
    job_id = submission.job_id if submission else ""
    following = bool(job_id) and draft.meta.step in (flow.Step.SUBMIT.value, flow.Step.DONE.value)
    return flow.WizardState(
        registration=draft.registration,
        intent=flow.Intent.FOLLOW if following else flow.Intent.NEW,
        key_path=draft.meta.key_path,
        key_checked=False,
        job_id=job_id,
        finished=following and draft.meta.step == flow.Step.DONE.value,
        today=today,
    )


def wizard_for_draft(
    draft: Draft, *, today: date | None = None, validator: flow.Validator | None = None
) -> flow.Wizard:
    """Open a saved draft where the director left it (or at the first step that now blocks)."""
    state = state_from_draft(draft, today=today)
    try:
        step = flow.Step(draft.meta.step)
    except ValueError:
        step = flow.Step.WELCOME
    return flow.Wizard.resume(state, step, validator=validator)


def record_in_draft(wizard: flow.Wizard, draft: Draft) -> Draft:
    """Copy what the wizard knows into the draft before an autosave (no secrets travel)."""
    draft.registration = wizard.state.registration
    draft.meta.key_path = wizard.state.key_path
    draft.meta.step = wizard.current.value
    return draft


# --- the session --------------------------------------------------------------------------------


class RegistrationSession:
    """The draft being worked on, its flow, the opened key and the submission record.

    Front ends read and change everything through here. The signer lives in memory only and is
    closed whenever it is replaced or the session moves to another draft or quits."""

    def __init__(self, store: DraftStore, draft: Draft | None = None) -> None:
        self.store = store
        self.draft: Draft = draft if draft is not None else store.new_draft()
        self.flow: flow.Wizard = flow.Wizard(flow.WizardState(registration=self.draft.registration))
        self.load_events: list[DraftEvent] = []
        self.key: KeyCheck | None = None
        # A signature made elsewhere (a cloud key, another program), checked and completed by
        # core.signing.external; it takes the opened key's place until the form changes.
        self.external: ImportedSignature | None = None
        self.external_path = ""
        self._lock = threading.RLock()  # the draft file: autosave and the submission record

    # -- the registration ----------------------------------------------------------------------
    @property
    def registration(self) -> Registration:
        return self.draft.registration

    def set_registration(self, registration: Registration) -> None:
        self.draft.registration = registration
        self.flow.set_registration(registration)

    # -- drafts --------------------------------------------------------------------------------
    def start_new(self) -> None:
        self.close_key()
        self.drop_external()
        self.draft = self.store.new_draft()
        self.flow = flow.Wizard(flow.WizardState(registration=self.draft.registration))
        self.load_events = []

    def open_draft(self, draft_id: str) -> None:
        result = self.store.load(draft_id)
        self.close_key()
        self.drop_external()
        self.draft = result.draft
        self.load_events = list(result.events)
        self.flow = wizard_for_draft(self.draft)

    def save(self) -> None:
        with self._lock:
            self.store.save(self.draft)

    @property
    def records(self) -> DraftRecords:
        return DraftRecords(self.store, self.draft, self._lock)

    @property
    def submission(self) -> Submission | None:
        return self.draft.meta.submission

    # -- the key -------------------------------------------------------------------------------
    @property
    def signer(self) -> Signer | None:
        return self.key.signer if self.key is not None else None

    @property
    def cert_facts(self) -> CertInfo | None:
        if self.key is not None:
            return self.key.facts
        return self.external.facts if self.external is not None else None

    @property
    def checks(self) -> list[Problem]:
        if self.key is not None:
            return list(self.key.problems)
        return list(self.external.warnings) if self.external is not None else []

    def choose_key(self, label: str) -> None:
        """A new key was chosen (not opened yet): the old one is closed."""
        self.close_key()
        self.drop_external()
        self.set_key_label(label, checked=False)

    def take_external(self, imported: ImportedSignature, path: str, label: str) -> None:
        """Keep a signature made elsewhere (checked in a worker); an opened key is closed."""
        self.close_key()
        self.external = imported
        self.external_path = path
        ok = not any(p.severity is Severity.ERROR for p in imported.warnings)
        self.set_key_label(label, checked=ok)

    def drop_external(self) -> None:
        self.external = None
        self.external_path = ""

    def take_key(self, check: KeyCheck, label: str = "") -> None:
        """Keep a key opened by `open_and_check` (in a worker) and open Next if its checks pass."""
        if self.key is not None and self.key.signer is not check.signer:
            self.key.close()
        self.key = check
        self.set_key_label(label or check.label, checked=check.ok)

    def recheck(self) -> list[Problem]:
        """The pre-flight again on the current form; Next follows its outcome."""
        if self.key is None:
            return []
        problems = recheck(self.key, self.registration)
        self.flow.set_key(self.flow.state.key_path, checked=self.key.ok)
        return problems

    def set_key_label(self, label: str, *, checked: bool) -> None:
        self.flow.set_key(label, checked=checked)
        self.draft.meta.key_path = label

    def close_key(self) -> None:
        if self.key is not None:
            self.key.close()
            self.key = None

    def close(self) -> None:
        """Quitting: the signer is closed (a token session logs out)."""
        self.close_key()

    # -- sending -------------------------------------------------------------------------------
    def sign_and_submit(
        self,
        environment: Environment,
        *,
        cancel: threading.Event | None = None,
        signed: bytes | None = None,
        receipts: ReceiptStore | None = None,
    ) -> Iterator[StageEvent]:
        """Sign with the opened key (or take `signed`, or the imported signature made elsewhere)
        and send to the environment's server with its API key (read here, in the worker)."""
        from ehealth_wizard.core.ehealth.client import EHealthClient
        from ehealth_wizard.core.ehealth.environments import api_key_for
        from ehealth_wizard.core.ehealth.stages import PASSED, StageEvent

        if signed is None and self.external is not None:
            signed = self.external.der
            yield StageEvent("sign", PASSED, details={"signed_elsewhere": True})
        signer = self.signer
        registration = self.registration
        with EHealthClient(environment.url, api_key=api_key_for(environment)) as client:
            yield from sign_and_submit(
                registration,
                client=client,
                records=self.records,
                signer=signer,
                signed=signed,
                cancel=cancel,
                receipts=receipts,
            )
