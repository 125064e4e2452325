"""The sandbox's memory: one SQLite file under its data dir, so a restart keeps registrations.

Rows hold JSON documents plus the few columns they are looked up by. One connection guarded by a
lock serves every thread (uvicorn's event loop, the pipeline workers, in-process callers); SQLite
in WAL mode makes each write durable before the call returns.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS legal_entities (
    id TEXT PRIMARY KEY, edrpou TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
    doc TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS le_edrpou_type ON legal_entities (edrpou, type, status);
CREATE TABLE IF NOT EXISTS employee_requests (
    id TEXT PRIMARY KEY, legal_entity_id TEXT NOT NULL, status TEXT NOT NULL,
    doc TEXT NOT NULL, created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS mail (
    id INTEGER PRIMARY KEY AUTOINCREMENT, to_addr TEXT NOT NULL, subject TEXT NOT NULL,
    body TEXT NOT NULL, link TEXT NOT NULL, token TEXT NOT NULL UNIQUE,
    legal_entity_id TEXT NOT NULL, employee_request_id TEXT NOT NULL,
    sent_at REAL NOT NULL, expires_at REAL NOT NULL, accepted_at REAL
);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, idempotency_key TEXT UNIQUE, state TEXT NOT NULL,
    legal_entity_id TEXT, result TEXT, created_at REAL NOT NULL, finished_at REAL
);
CREATE TABLE IF NOT EXISTS job_events (
    job_id TEXT NOT NULL, seq INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (job_id, seq)
);
"""

Row = dict[str, Any]


def _owner_only(db: Path) -> None:
    """Create the database file 0600 before SQLite opens it: SQLite gives its `-wal` and `-shm`
    files the database file's permissions, so they come out owner-only too (and files left
    0644 by an older version are tightened)."""
    os.close(os.open(db, os.O_RDWR | os.O_CREAT, 0o600))
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if path.exists():
            path.chmod(0o600)


class Store:
    """Thread-safe access to the sandbox database."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = data_dir / "sandbox.sqlite3"
        _owner_only(self.path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Hold the lock and one SQLite transaction across several statements."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _one(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._db.execute(sql, params).fetchone()
            return row

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    # --- legal entities -------------------------------------------------------------------
    def find_active_entity(self, edrpou: str, type_: str) -> Row | None:
        row = self._one(
            "SELECT doc FROM legal_entities WHERE edrpou=? AND type=? AND status='ACTIVE' "
            "ORDER BY created_at LIMIT 1",
            (edrpou, type_),
        )
        return _doc(row)

    def get_entity(self, entity_id: str) -> Row | None:
        return _doc(self._one("SELECT doc FROM legal_entities WHERE id=?", (entity_id,)))

    def list_entities(self, edrpou: str | None = None) -> list[Row]:
        if edrpou is None:
            rows = self._all("SELECT doc FROM legal_entities ORDER BY created_at")
        else:
            rows = self._all(
                "SELECT doc FROM legal_entities WHERE edrpou=? ORDER BY created_at", (edrpou,)
            )
        return [json.loads(r["doc"]) for r in rows]

    def put_entity(self, doc: Row) -> None:
        """Insert or replace an entity document (`doc["data"]` is the API's view)."""
        now = time.time()
        data = doc["data"]
        with self._lock:
            self._db.execute(
                "INSERT INTO legal_entities (id, edrpou, type, status, doc, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET status=excluded.status,"
                " doc=excluded.doc, updated_at=excluded.updated_at",
                (data["id"], data["edrpou"], data["type"], data["status"], _dump(doc), now, now),
            )

    # --- employee requests ----------------------------------------------------------------
    def put_employee_request(self, doc: Row) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO employee_requests (id, legal_entity_id, status, doc, created_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET status=excluded.status,"
                " doc=excluded.doc",
                (doc["id"], doc["legal_entity_id"], doc["status"], _dump(doc), time.time()),
            )

    def get_employee_request(self, request_id: str) -> Row | None:
        return _doc(self._one("SELECT doc FROM employee_requests WHERE id=?", (request_id,)))

    # --- mail -----------------------------------------------------------------------------
    def add_mail(self, mail: Row) -> int:
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO mail (to_addr, subject, body, link, token, legal_entity_id,"
                " employee_request_id, sent_at, expires_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    mail["to"],
                    mail["subject"],
                    mail["body"],
                    mail["link"],
                    mail["token"],
                    mail["legal_entity_id"],
                    mail["employee_request_id"],
                    mail["sent_at"],
                    mail["expires_at"],
                ),
            )
            return int(cur.lastrowid or 0)

    def list_mail(self, to: str | None = None) -> list[Row]:
        if to is None:
            rows = self._all("SELECT * FROM mail ORDER BY id DESC")
        else:
            rows = self._all("SELECT * FROM mail WHERE to_addr=? ORDER BY id DESC", (to.lower(),))
        return [_mail(r) for r in rows]

    def mail_by_token(self, token: str) -> Row | None:
        row = self._one("SELECT * FROM mail WHERE token=?", (token,))
        return None if row is None else _mail(row)

    def latest_mail_for_entity(self, entity_id: str) -> Row | None:
        row = self._one(
            "SELECT * FROM mail WHERE legal_entity_id=? ORDER BY id DESC LIMIT 1", (entity_id,)
        )
        return None if row is None else _mail(row)

    def accept_mail(self, token: str, when: float) -> None:
        with self._lock:
            self._db.execute("UPDATE mail SET accepted_at=? WHERE token=?", (when, token))

    # --- jobs -----------------------------------------------------------------------------
    def create_job(self, job_id: str, idempotency_key: str | None) -> str:
        """Register a job; with a key already used, return the existing job's id instead."""
        with self._lock:
            if idempotency_key is not None:
                row = self._db.execute(
                    "SELECT id FROM jobs WHERE idempotency_key=?", (idempotency_key,)
                ).fetchone()
                if row is not None:
                    return str(row["id"])
            self._db.execute(
                "INSERT INTO jobs (id, idempotency_key, state, created_at) VALUES (?,?,?,?)",
                (job_id, idempotency_key, "running", time.time()),
            )
            return job_id

    def get_job(self, job_id: str) -> Row | None:
        row = self._one("SELECT * FROM jobs WHERE id=?", (job_id,))
        return None if row is None else _job(row)

    def job_by_key(self, idempotency_key: str) -> Row | None:
        row = self._one("SELECT * FROM jobs WHERE idempotency_key=?", (idempotency_key,))
        return None if row is None else _job(row)

    def add_job_event(self, job_id: str, seq: int, event: Row) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO job_events (job_id, seq, event) VALUES (?,?,?)",
                (job_id, seq, _dump(event)),
            )

    def job_events(self, job_id: str, after: int = 0) -> list[tuple[int, Row]]:
        rows = self._all(
            "SELECT seq, event FROM job_events WHERE job_id=? AND seq>? ORDER BY seq",
            (job_id, after),
        )
        return [(int(r["seq"]), json.loads(r["event"])) for r in rows]

    def finish_job(
        self,
        job_id: str,
        result: Row,
        entity_id: str | None,
        state: str = "finished",
        final_event: tuple[int, Row] | None = None,
    ) -> None:
        """The job's end, and with it (under one hold of the lock, so no reader sees one without
        the other) the event that carries its answer: a client that saw that event and asks
        for the job finds it finished."""
        with self._lock:
            if final_event is not None:
                seq, event = final_event
                self._db.execute(
                    "INSERT INTO job_events (job_id, seq, event) VALUES (?,?,?)",
                    (job_id, seq, _dump(event)),
                )
            self._db.execute(
                "UPDATE jobs SET state=?, result=?, legal_entity_id=?, finished_at=? WHERE id=?",
                (state, _dump(result), entity_id, time.time(), job_id),
            )

    def abandon_unfinished_jobs(self) -> list[str]:
        """Jobs cut by a restart: marked interrupted (their stages never ran to the end)."""
        with self._lock:
            rows = self._db.execute("SELECT id FROM jobs WHERE state='running'").fetchall()
            self._db.execute("UPDATE jobs SET state='interrupted' WHERE state='running'")
            return [str(r["id"]) for r in rows]

    def last_job_for_entity(self, entity_id: str) -> Row | None:
        row = self._one(
            "SELECT * FROM jobs WHERE legal_entity_id=? ORDER BY finished_at DESC LIMIT 1",
            (entity_id,),
        )
        return None if row is None else _job(row)


def _dump(doc: Row) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _doc(row: sqlite3.Row | None) -> Row | None:
    if row is None:
        return None
    doc: Row = json.loads(row["doc"])
    return doc


def _mail(row: sqlite3.Row) -> Row:
    return {
        "id": row["id"],
        "to": row["to_addr"],
        "subject": row["subject"],
        "body": row["body"],
        "link": row["link"],
        "token": row["token"],
        "legal_entity_id": row["legal_entity_id"],
        "employee_request_id": row["employee_request_id"],
        "sent_at": row["sent_at"],
        "expires_at": row["expires_at"],
        "accepted_at": row["accepted_at"],
    }


def _job(row: sqlite3.Row) -> Row:
    return {
        "id": row["id"],
        "idempotency_key": row["idempotency_key"],
        "state": row["state"],
        "legal_entity_id": row["legal_entity_id"],
        "result": None if row["result"] is None else json.loads(row["result"]),
        "created_at": row["created_at"],
        "finished_at": row["finished_at"],
    }
