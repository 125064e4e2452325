"""Drafts: the director's half-filled forms, kept on disk between sessions, never lost.

One JSON file per draft in `<data>/drafts/<id>.json`:

    {"schema_version": 2, "draft_id": "...", "created_at": "...", "updated_at": "...",
     "title": "...", "registration": <Registration.to_dict()>, "meta": {...}}

`meta` holds what the window needs to resume and nothing secret: the key file's PATH (never its
content), the current step, the last submission (server, job id, legal entity id, employee
request id). Every save is atomic (core.atomic) and first copies the previous good file to
`<id>.json.bak`; a damaged file is moved aside as `<id>.corrupt-<time>.json`, the backup loaded
and the event reported. `save` refuses anything that looks like a password, PIN or key.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ehealth_wizard.core.atomic import (
    TEMP_SUFFIX,
    atomic_write_bytes,
    is_temp_file,
    json_bytes,
    remove_stale_temp_files,
    temp_prefix,
)
from ehealth_wizard.core.bounded import MAX_REGISTRATION_FILE, read_regular_file
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.model import Registration, RegistrationMalformed, RegistrationTooNew
from ehealth_wizard.core.paths import AppPaths, ensure_dir
from ehealth_wizard.core.reasons import file_reason

SCHEMA_VERSION = 2

MAIN_SUFFIX = ".json"
BACKUP_SUFFIX = ".json.bak"
_CORRUPT_MARK = ".corrupt-"
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Why a file could not be used: each is the tail of a `drafts.damaged.<reason>` event code.
DAMAGE_REASONS = ("missing", "unreadable", "not_utf8", "truncated", "bad_json", "wrong_shape")


# -- errors -------------------------------------------------------------------------------


class DraftError(UserFacingError):
    code = "drafts.error"


class DraftNotFound(DraftError):
    code = "drafts.not_found"


class DraftIdInvalid(DraftError):
    code = "drafts.bad_id"


class DraftTooNew(DraftError):
    """Written by a newer program: left untouched (not moved aside) so an update can open it."""

    code = "drafts.too_new"


class DraftSecretRefused(DraftError):
    """A password, PIN or key material reached the draft: a bug upstream, never written."""

    code = "drafts.secret_refused"


class DraftWriteFailed(DraftError):
    code = "drafts.write_failed"


class DraftImportUnreadable(DraftError):
    code = "drafts.import_unreadable"


class DraftNotADraft(DraftError):
    code = "drafts.import_not_a_draft"


# -- events reported by load ----------------------------------------------------------------


@dataclass(frozen=True)
class DraftEvent:
    """Something the director should be told about after a load; `code` has a text."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DraftRecovered(DraftEvent):
    """A damaged file was set aside, or the backup copy replaced the main one."""


@dataclass(frozen=True)
class DraftMigrated(DraftEvent):
    """An older file format was updated on load."""


# -- the draft ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """Where the last signed request went, so the window can follow it after a restart.

    `idempotency_key` is written (status "sending") before the first byte of the request goes
    out and repeated on every retry, so a registration whose answer was lost is never sent
    twice (core/registration.py)."""

    server_url: str = ""
    job_id: str = ""
    legal_entity_id: str = ""
    employee_request_id: str = ""
    submitted_at: str = ""
    status: str = ""
    idempotency_key: str = ""

    def to_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Submission:
        if not isinstance(data, Mapping):
            raise _Damaged("wrong_shape")
        values = {}
        for name in (f.name for f in dataclasses.fields(cls)):
            value = data.get(name, "")
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise _Damaged("wrong_shape")
            values[name] = value
        return cls(**values)


@dataclass
class DraftMeta:
    """Non-secret extras the window needs to resume a draft."""

    key_path: str = ""  # where the director's key file is; its content is never stored
    step: str = "welcome"
    submission: Submission | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # window state; kept across versions

    def to_dict(self) -> dict[str, Any]:
        return {
            "key_path": self.key_path,
            "step": self.step,
            "submission": self.submission.to_dict() if self.submission else None,
            "extra": self.extra,
        }

    @classmethod
    def from_dict(cls, data: Any) -> DraftMeta:
        if not isinstance(data, Mapping):
            raise _Damaged("wrong_shape")
        key_path = data.get("key_path", "") or ""
        step = data.get("step", "welcome") or "welcome"
        extra = data.get("extra", {}) or {}
        if not isinstance(key_path, str) or not isinstance(step, str):
            raise _Damaged("wrong_shape")
        if not isinstance(extra, dict):
            raise _Damaged("wrong_shape")
        raw_submission = data.get("submission")
        submission = None if raw_submission is None else Submission.from_dict(raw_submission)
        return cls(key_path=key_path, step=step, submission=submission, extra=dict(extra))


@dataclass
class Draft:
    """One facility's form in progress; the window edits it and hands it to `save`."""

    draft_id: str
    registration: Registration = field(default_factory=Registration.empty)
    meta: DraftMeta = field(default_factory=DraftMeta)
    created_at: str = ""
    updated_at: str = ""

    @property
    def title(self) -> str:
        return draft_title(self.registration)

    @property
    def edrpou(self) -> str:
        return self.registration.facility.edrpou.strip()


def draft_title(reg: Registration) -> str:
    """What a list of drafts shows: the facility's name, else its ЄДРПОУ / РНОКПП."""
    name = (reg.facility.short_name or reg.facility.name).strip()
    if name:
        return name
    return reg.facility.edrpou.strip()


@dataclass(frozen=True)
class DraftInfo:
    """A row of the drafts list. `damaged`: the main file is unusable (the backup was read)."""

    draft_id: str
    title: str
    edrpou: str
    updated_at: str
    step: str
    damaged: bool = False
    sent: bool = False  # eHealth accepted it (a job or an entity id): to follow, not to edit

    def to_dict(self) -> dict[str, Any]:
        return {
            "draft_id": self.draft_id,
            "title": self.title,
            "edrpou": self.edrpou,
            "updated_at": self.updated_at,
            "step": self.step,
            "damaged": self.damaged,
        }


@dataclass
class LoadResult:
    draft: Draft
    events: list[DraftEvent] = field(default_factory=list)

    @property
    def recovered(self) -> bool:
        return any(isinstance(e, DraftRecovered) for e in self.events)


# -- no secrets in drafts -------------------------------------------------------------------

_SECRET_WORDS = (
    "password",
    "passwd",
    "passphrase",
    "privatekey",
    "secretkey",
    "clientsecret",
    "secret",
    "keymaterial",
    "keydata",
    "keybytes",
    "keycontent",
    "pincode",
    "pkcs12",
    "pkcs8",
)
_SECRET_TOKENS = frozenset({"pin", "pwd", "pass", "p12", "pfx", "jks"})
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_BASE64_BLOB = re.compile(r"^[A-Za-z0-9+/=_\-\r\n]{160,}$")


def _secret_key(name: str) -> bool:
    lowered = _CAMEL.sub("_", name).lower()
    tokens = [t for t in _WORD_SPLIT.split(lowered) if t]
    joined = "".join(tokens)
    return any(word in joined for word in _SECRET_WORDS) or any(t in _SECRET_TOKENS for t in tokens)


def _secret_value(value: Any) -> bool:
    if isinstance(value, bytes | bytearray | memoryview):
        return True  # raw bytes have no business in a draft
    if not isinstance(value, str):
        return False
    if "-----BEGIN" in value:
        return True  # PEM: a key or a certificate bundle
    # A long unbroken base64 run (digits and both letter cases): a PKCS#12 / Key-6.dat / DER dump.
    return bool(
        _BASE64_BLOB.match(value)
        and any(c.isdigit() for c in value)
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
    )


def find_secrets(data: Any, path: str = "$") -> list[str]:
    """JSON paths in `data` whose key or value looks like a password, PIN or key material."""
    found: list[str] = []
    if isinstance(data, Mapping):
        for key, value in data.items():
            here = f"{path}.{key}"
            if _secret_key(str(key)):
                found.append(here)
            else:
                found.extend(find_secrets(value, here))
    elif isinstance(data, list | tuple):
        for i, item in enumerate(data):
            found.extend(find_secrets(item, f"{path}[{i}]"))
    elif _secret_value(data):
        found.append(path)
    return found


# -- format versions ------------------------------------------------------------------------

# Version 1 was the first prototype's layout:
#   {"version": 1, "id": "...", "saved": <unix seconds>, "data": <registration dict>,
#    "key_file": "<path>", "page": <index into V1_PAGES>}
# It had no separate license page and no record of submissions.
V1_PAGES = ("welcome", "facility", "director", "key", "review", "submit", "done")


def _migrate_1_to_2(old: dict[str, Any]) -> dict[str, Any]:
    saved = old.get("saved")
    if not isinstance(saved, int | float) or isinstance(saved, bool):
        raise _Damaged("wrong_shape")
    try:  # 1e300, NaN, a 5000-digit integer: a damaged file, not a date
        stamp = datetime.fromtimestamp(float(saved), UTC).isoformat(timespec="seconds")
    except (ValueError, OverflowError, OSError) as exc:
        raise _Damaged("wrong_shape") from exc
    page = old.get("page", 0)
    if not isinstance(page, int) or isinstance(page, bool) or not 0 <= page < len(V1_PAGES):
        page = 0
    key_file = old.get("key_file") or ""
    if not isinstance(key_file, str):
        raise _Damaged("wrong_shape")
    return {
        "schema_version": 2,
        "draft_id": old.get("id", ""),
        "created_at": stamp,
        "updated_at": stamp,
        "title": "",
        "registration": old.get("data"),
        "meta": {"key_path": key_file, "step": V1_PAGES[page], "submission": None, "extra": {}},
    }


# from_version -> function producing the from_version + 1 layout.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2}


def _version_of(doc: dict[str, Any]) -> int:
    version = doc.get("schema_version")
    if version is None and "version" in doc and "data" in doc:
        version = doc["version"]  # the version-1 layout
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Damaged("wrong_shape")
    return version


def migrate(doc: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """Bring a parsed draft file up to SCHEMA_VERSION; returns it and its original version."""
    original = version = _version_of(doc)
    if version > SCHEMA_VERSION:
        raise _TooNew(version)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise _Damaged("wrong_shape")
        doc = step(doc)
        version = _version_of(doc)
    return doc, original


# -- parsing --------------------------------------------------------------------------------


class _Damaged(Exception):
    def __init__(self, reason: str, error: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error


class _TooNew(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


@dataclass
class _Parsed:
    draft: Draft
    original_version: int


def _decode(raw: bytes) -> Any:
    if not raw.strip():
        raise _Damaged("truncated")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Damaged("not_utf8") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        # Every file this program writes ends with "}": anything else was cut short.
        complete = text.rstrip().endswith("}")
        reason = "truncated" if exc.pos >= len(text.rstrip()) or not complete else "bad_json"
        raise _Damaged(reason) from exc
    except (RecursionError, ValueError) as exc:  # too deep; an integer of 5000 digits
        raise _Damaged("bad_json") from exc


def _parse_doc(doc: Any, draft_id: str) -> _Parsed:
    if not isinstance(doc, dict):
        raise _Damaged("wrong_shape")
    doc, original = migrate(doc)
    for key in ("created_at", "updated_at"):
        if not isinstance(doc.get(key, ""), str):
            raise _Damaged("wrong_shape")
    if "registration" not in doc or "meta" not in doc:
        raise _Damaged("wrong_shape")
    try:
        registration = Registration.from_dict(doc["registration"])
    except RegistrationTooNew as exc:
        raise _TooNew(int(exc.params.get("version", 0))) from exc
    except (RegistrationMalformed, TypeError, ValueError, KeyError, AttributeError) as exc:
        raise _Damaged("wrong_shape") from exc
    meta = DraftMeta.from_dict(doc["meta"])
    draft = Draft(
        draft_id=draft_id,
        registration=registration,
        meta=meta,
        created_at=doc.get("created_at", ""),
        updated_at=doc.get("updated_at", ""),
    )
    return _Parsed(draft, original)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _Damaged("unreadable", file_reason(exc)) from exc


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _body(draft: Draft) -> dict[str, Any]:
    """The file's content except `updated_at` (what decides whether a save is needed)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "draft_id": draft.draft_id,
        "created_at": draft.created_at,
        "title": draft.title,
        "registration": draft.registration.to_dict(),
        "meta": draft.meta.to_dict(),
    }


def draft_document(draft: Draft) -> dict[str, Any]:
    """The draft as its file holds it (current format): what `show` prints and `export` writes."""
    return {**_body(draft), "updated_at": draft.updated_at}


def _digest(body: Mapping[str, Any]) -> bytes:
    import hashlib  # here: OpenSSL's loading would slow the first window

    return hashlib.sha256(json_bytes(body)).digest()


def new_draft_id() -> str:
    """A random id that is also a safe file name."""
    return os.urandom(8).hex()  # secrets.token_hex, without loading hashlib and OpenSSL


def check_draft_id(draft_id: str) -> str:
    if not isinstance(draft_id, str) or not _ID_PATTERN.match(draft_id):
        raise DraftIdInvalid(draft_id=str(draft_id))
    return draft_id


# -- the store ------------------------------------------------------------------------------


class DraftStore:
    """Drafts in `<base_dir>/drafts/` (base_dir: the data folder; default from AppPaths)."""

    def __init__(self, base_dir: Path | str | None = None) -> None:
        data_dir = AppPaths.resolve(base_dir).data_dir
        self.folder = data_dir / "drafts"
        # draft id -> (digest of the body last written, (mtime_ns, size, inode) of the file)
        self._written: dict[str, tuple[bytes, tuple[int, int, int]]] = {}
        remove_stale_temp_files(self.folder)

    @classmethod
    def for_paths(cls, paths: AppPaths) -> DraftStore:
        return cls(paths.data_dir)

    # file names
    def main_path(self, draft_id: str) -> Path:
        return self.folder / f"{check_draft_id(draft_id)}{MAIN_SUFFIX}"

    def backup_path(self, draft_id: str) -> Path:
        return self.folder / f"{check_draft_id(draft_id)}{BACKUP_SUFFIX}"

    def corrupt_paths(self, draft_id: str) -> list[Path]:
        check_draft_id(draft_id)
        prefix = f"{draft_id}{_CORRUPT_MARK}"
        try:
            return sorted(p for p in self.folder.iterdir() if p.name.startswith(prefix))
        except OSError:
            return []

    # creating and saving
    def new_draft(self, registration: Registration | None = None) -> Draft:
        """A fresh draft with a new id; written on the first `save`."""
        draft_id = new_draft_id()
        while self.main_path(draft_id).exists() or self.backup_path(draft_id).exists():
            draft_id = new_draft_id()  # pragma: no cover - 64 random bits
        return Draft(
            draft_id=draft_id,
            registration=registration if registration is not None else Registration.empty(),
            created_at=_now(),
        )

    def save(self, draft: Draft) -> bool:
        """Write the draft if it changed; True when a write happened.

        Cheap when nothing changed (a digest and a stat), so the window may call it on every
        edit. Raises DraftSecretRefused before anything touches the disk if the draft holds a
        password, PIN or key material, and DraftWriteFailed when the disk refuses.
        """
        main = self.main_path(draft.draft_id)
        if not draft.created_at:
            draft.created_at = _now()
        body = _body(draft)
        leaked = find_secrets({"registration": body["registration"], "meta": body["meta"]})
        if leaked:
            raise DraftSecretRefused(path=leaked[0])
        digest = _digest(body)
        cached = self._written.get(draft.draft_id)
        if cached is not None and cached[1] == _stat_key(main):
            if cached[0] == digest:
                return False
            previous: bytes | None = _read_or_none(main)  # our own last write: known good
        else:  # first save here, or another process wrote it: check what is on disk
            previous = self._current_good_bytes(main, draft.draft_id)
            if previous is not None and self._same_body(previous, digest):
                self._remember(draft.draft_id, digest, main)
                return False
        updated_at = _now()
        data = json_bytes({**body, "updated_at": updated_at})
        try:
            ensure_dir(self.folder)
            if previous is not None:
                self._write_backup(draft.draft_id, main, previous)
            atomic_write_bytes(main, data)
        except OSError as exc:
            raise DraftWriteFailed(file=str(main), error=file_reason(exc)) from exc
        draft.updated_at = updated_at
        self._remember(draft.draft_id, digest, main)
        return True

    def _remember(self, draft_id: str, digest: bytes, main: Path) -> None:
        key = _stat_key(main)
        if key is not None:
            self._written[draft_id] = (digest, key)

    def _current_good_bytes(self, main: Path, draft_id: str) -> bytes | None:
        """The main file's bytes if it holds a usable draft (what becomes the backup).

        A damaged main file is moved aside rather than overwritten (its bytes are kept for
        support); one written by a newer program is never overwritten (DraftTooNew).
        """
        try:
            raw = main.read_bytes()
            _parse_doc(_decode(raw), draft_id)
        except FileNotFoundError:
            return None
        except _TooNew as exc:
            raise DraftTooNew(
                draft_id=draft_id, version=exc.version, supported=SCHEMA_VERSION
            ) from None
        except (OSError, _Damaged):
            if os.path.lexists(main):
                self._move_aside(main, draft_id)
            return None
        return raw

    @staticmethod
    def _same_body(raw: bytes, digest: bytes) -> bool:
        try:
            doc = json.loads(raw.decode("utf-8-sig"))
        except ValueError:
            return False
        if not isinstance(doc, dict) or doc.get("schema_version") != SCHEMA_VERSION:
            return False
        doc.pop("updated_at", None)
        return _digest(doc) == digest

    def _write_backup(self, draft_id: str, main: Path, previous: bytes) -> None:
        """Make the current (good) main file the backup.

        A hard link costs no data write and no fsync (the bytes are already durable; the
        folder fsync after the main file's replace covers this rename too). Where links are
        not possible, or the file changed under us, the bytes are written out instead.
        """
        backup = self.backup_path(draft_id)
        link = self.folder / f"{temp_prefix(backup)}{os.urandom(6).hex()}{TEMP_SUFFIX}"
        try:
            os.link(main, link)
            try:
                if link.read_bytes() == previous:
                    os.replace(link, backup)
                    return
            finally:
                with contextlib.suppress(FileNotFoundError):
                    link.unlink()
        except OSError:
            pass  # no hard links on this file system (FAT, some network shares)
        atomic_write_bytes(backup, previous)

    # loading
    def load(self, draft_id: str) -> LoadResult:
        """The draft, recovered from its backup if need be; never raises for a damaged file.

        Raises DraftNotFound when neither the file nor its backup exists, DraftTooNew when a
        newer program wrote it (the file is left alone).
        """
        main, backup = self.main_path(draft_id), self.backup_path(draft_id)
        if not os.path.lexists(main) and not os.path.lexists(backup):
            raise DraftNotFound(draft_id=draft_id)
        events: list[DraftEvent] = []
        if os.path.lexists(main):
            parsed = self._try_load(main, draft_id, events)
            if parsed is not None:
                if parsed.original_version < SCHEMA_VERSION:
                    events.append(_migrated(parsed.original_version))
                    self._save_migrated(parsed.draft)
                return LoadResult(parsed.draft, events)
        else:
            events.append(
                DraftRecovered("drafts.damaged.missing", {"file": str(main), "moved_to": ""})
            )
        has_backup = os.path.lexists(backup)
        from_backup = self._try_load(backup, draft_id, events) if has_backup else None
        if from_backup is None:
            events.append(DraftRecovered("drafts.recovery_failed", {"draft_id": draft_id}))
            return LoadResult(Draft(draft_id=draft_id, created_at=_now()), events)
        if from_backup.original_version < SCHEMA_VERSION:
            events.append(_migrated(from_backup.original_version))
        draft = from_backup.draft
        events.append(
            DraftRecovered(
                "drafts.recovered_from_backup",
                {"draft_id": draft_id, "saved_at": draft.updated_at or "?"},
            )
        )
        self._restore_main(draft, backup)
        return LoadResult(draft, events)

    def _try_load(self, path: Path, draft_id: str, events: list[DraftEvent]) -> _Parsed | None:
        """Parse one file; a damaged one is moved aside and reported in `events`."""
        try:
            return _parse_doc(_decode(_read(path)), draft_id)
        except _TooNew as exc:
            raise DraftTooNew(
                draft_id=draft_id, version=exc.version, supported=SCHEMA_VERSION
            ) from None
        except _Damaged as exc:
            moved_to = self._move_aside(path, draft_id)
            events.append(
                DraftRecovered(
                    f"drafts.damaged.{exc.reason}",
                    {"file": str(path), "moved_to": str(moved_to), "error": exc.error},
                )
            )
            return None

    def _move_aside(self, path: Path, draft_id: str) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        kind = "-bak" if path.name.endswith(BACKUP_SUFFIX) else ""
        target = self.folder / f"{draft_id}{_CORRUPT_MARK}{stamp}{kind}.json"
        n = 1
        while os.path.lexists(target):
            target = self.folder / f"{draft_id}{_CORRUPT_MARK}{stamp}{kind}-{n}.json"
            n += 1
        try:
            os.replace(path, target)
        except OSError:
            return path  # cannot move it (read-only folder): leave it where it is
        return target

    def _restore_main(self, draft: Draft, backup: Path) -> None:
        """Put the recovered copy back as the main file so the next start is clean."""
        with contextlib.suppress(OSError):
            atomic_write_bytes(self.main_path(draft.draft_id), backup.read_bytes())

    def _save_migrated(self, draft: Draft) -> None:
        """Rewrite a migrated draft; the old-format file stays as the backup."""
        with contextlib.suppress(DraftError):
            self.save(draft)

    # listing and lookup
    def ids(self) -> list[str]:
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        found: set[str] = set()
        for entry in entries:
            name = entry.name
            if is_temp_file(entry) or _CORRUPT_MARK in name:
                continue
            for suffix in (BACKUP_SUFFIX, MAIN_SUFFIX):
                if name.endswith(suffix):
                    draft_id = name[: -len(suffix)]
                    if _ID_PATTERN.match(draft_id):
                        found.add(draft_id)
                    break
        return sorted(found)

    def list(self) -> list[DraftInfo]:
        """Every draft, newest first. Reads only; damaged files are flagged, not moved."""
        infos = [self._info(draft_id) for draft_id in self.ids()]
        return sorted(infos, key=lambda i: (i.updated_at, i.draft_id), reverse=True)

    def _info(self, draft_id: str) -> DraftInfo:
        for path, damaged in (
            (self.main_path(draft_id), False),
            (self.backup_path(draft_id), True),
        ):
            try:
                parsed = _parse_doc(_decode(path.read_bytes()), draft_id)
            except (OSError, _Damaged, _TooNew):
                continue
            draft = parsed.draft
            return DraftInfo(
                draft_id=draft_id,
                title=draft.title,
                edrpou=draft.edrpou,
                updated_at=draft.updated_at,
                step=draft.meta.step,
                damaged=damaged,
                sent=bool(draft.meta.submission and draft.meta.submission.job_id),
            )
        return DraftInfo(draft_id, title="", edrpou="", updated_at="", step="", damaged=True)

    def __iter__(self) -> Iterator[DraftInfo]:
        return iter(self.list())

    def find_by_edrpou(self, edrpou: str) -> DraftInfo | None:
        """The most recently changed draft for this ЄДРПОУ / РНОКПП (one draft per facility)."""
        wanted = edrpou.strip()
        for info in self.list():
            if wanted and info.edrpou == wanted:
                return info
        return None

    # deleting, export, import
    def delete(self, draft_id: str) -> None:
        """Remove the draft, its backup and any set-aside damaged copies."""
        paths = [
            self.main_path(draft_id),
            self.backup_path(draft_id),
            *self.corrupt_paths(draft_id),
        ]
        removed = False
        for path in paths:
            try:
                path.unlink()
                removed = True
            except FileNotFoundError:
                continue
        self._written.pop(draft_id, None)
        if not removed:
            raise DraftNotFound(draft_id=draft_id)

    def export(self, draft_id: str, path: Path | str) -> builtins.list[DraftEvent]:
        """Write the draft (current format) to `path`, owner-only; returns the load's events."""
        result = self.load(draft_id)
        draft = result.draft
        doc = draft_document(draft)
        target = Path(path)
        try:
            atomic_write_bytes(target, json_bytes(doc))
        except OSError as exc:
            raise DraftWriteFailed(file=str(target), error=file_reason(exc)) from exc
        return result.events

    def import_(self, path: Path | str) -> Draft:
        """Add a draft from a file: an exported draft (any format version), a saved
        Registration or an eHealth v2 legal-entity request. An exported draft keeps its id
        unless that is taken here (then it gets a new one); nothing is overwritten."""
        source = Path(path)
        try:
            raw = read_regular_file(source, MAX_REGISTRATION_FILE)
        except OSError as exc:
            raise DraftImportUnreadable(file=str(source), error=file_reason(exc)) from exc
        try:
            doc = _decode(raw)
        except _Damaged as exc:
            raise DraftNotADraft(file=str(source)) from exc
        draft = self._draft_from_document(doc, source)
        self.save(draft)
        return draft

    def _draft_from_document(self, doc: Any, source: Path) -> Draft:
        if (
            isinstance(doc, dict)
            and ("schema_version" in doc or "version" in doc)
            and ("registration" in doc or "data" in doc)
        ):
            wanted = doc.get("draft_id", doc.get("id", ""))
            try:
                parsed = _parse_doc(doc, "imported")
            except _TooNew as exc:
                raise DraftTooNew(
                    draft_id=str(wanted), version=exc.version, supported=SCHEMA_VERSION
                ) from None
            except _Damaged as exc:
                raise DraftNotADraft(file=str(source)) from exc
            draft = parsed.draft
            draft.draft_id = self._free_id(wanted if isinstance(wanted, str) else "")
            return draft
        if not isinstance(doc, dict):
            raise DraftNotADraft(file=str(source))
        try:
            if "facility" in doc or "director" in doc:  # a saved Registration.to_dict()
                return self.new_draft(Registration.from_dict(doc))
            if "edrpou" in doc and "owner" in doc:  # an eHealth v2 legal-entity request
                from ehealth_wizard.core.payload import registration_from_payload

                return self.new_draft(registration_from_payload(doc))
        except (UserFacingError, TypeError, ValueError, KeyError, AttributeError) as exc:
            raise DraftNotADraft(file=str(source)) from exc
        raise DraftNotADraft(file=str(source))

    def _free_id(self, wanted: str) -> str:
        if (
            wanted
            and _ID_PATTERN.match(wanted)
            and not os.path.lexists(self.main_path(wanted))
            and not os.path.lexists(self.backup_path(wanted))
        ):
            return wanted
        return self.new_draft().draft_id


def read_draft_file(path: Path | str) -> Draft:
    """One draft file (any format version, migrated in memory) read without a store: for
    `check` and tests. Raises DraftImportUnreadable, DraftNotADraft or DraftTooNew."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise DraftImportUnreadable(file=str(source), error=file_reason(exc)) from exc
    name = source.name.removesuffix(BACKUP_SUFFIX).removesuffix(MAIN_SUFFIX)
    try:
        doc = _decode(raw)
        wanted = doc.get("draft_id", doc.get("id", name)) if isinstance(doc, dict) else name
        return _parse_doc(doc, wanted if isinstance(wanted, str) else name).draft
    except _TooNew as exc:
        raise DraftTooNew(draft_id=name, version=exc.version, supported=SCHEMA_VERSION) from None
    except _Damaged as exc:
        raise DraftNotADraft(file=str(source)) from exc


def _migrated(from_version: int) -> DraftMigrated:
    return DraftMigrated(
        "drafts.migrated", {"from_version": from_version, "to_version": SCHEMA_VERSION}
    )


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
