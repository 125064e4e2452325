"""Registrations run as jobs in the server, independent of whoever watches them.

A job is created per `PUT /api/v2/legal_entities` (synchronous or `Prefer: respond-async`); its
stage events are appended to the database as they happen, numbered from 1, so a stream that
drops can resume after the last event id it saw and a client that lost the answer can read it
back (`GET /api/jobs/{id}`, or by its `Idempotency-Key`). A retried PUT with a key already used
joins the existing job instead of registering twice.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from ehealth_wizard.sandbox.pipeline import Event, Pipeline, Response, SandboxStopping, event
from ehealth_wizard.sandbox.store import Store


class Jobs:
    def __init__(self, store: Store, pipeline: Pipeline) -> None:
        self.store = store
        self.pipeline = pipeline
        self._lock = threading.Lock()
        self._done: dict[str, threading.Event] = {}
        self._threads: list[threading.Thread] = []
        for job_id in store.abandon_unfinished_jobs():
            self._close_interrupted(job_id)

    def _close_interrupted(self, job_id: str) -> None:
        """A job cut by a restart ends with a failed event so its watchers are not left hanging."""
        seen = self.store.job_events(job_id)
        seq = seen[-1][0] if seen else 0
        stage = seen[-1][1]["stage"] if seen else "signature"
        response = Response(
            503,
            {
                "meta": {
                    "code": 503,
                    "url": self.pipeline.url,
                    "type": "object",
                    "request_id": str(uuid.uuid4()),
                },
                "error": {
                    "type": "service_unavailable",
                    "message": "The sandbox restarted while this request was checked",
                },
            },
        )
        last = event(
            stage,
            "failed",
            "The sandbox restarted while this stage ran",
            {"status_code": 503, "response": response.to_dict()},
        )
        self.store.finish_job(
            job_id, response.to_dict(), None, state="interrupted", final_event=(seq + 1, last)
        )

    def submit(self, body: Any, idempotency_key: str | None) -> tuple[str, bool]:
        """Start a job for a request body; (job id, False) when the key names an older job."""
        with self._lock:
            new_id = str(uuid.uuid4())
            job_id = self.store.create_job(new_id, idempotency_key)
            if job_id != new_id:
                return job_id, False
            done = threading.Event()
            self._done[job_id] = done
        thread = threading.Thread(
            target=self._run,
            args=(job_id, body, done),
            name=f"sandbox-job-{job_id[:8]}",
            daemon=True,
        )
        with self._lock:
            self._threads.append(thread)
        thread.start()
        return job_id, True

    def _run(self, job_id: str, body: Any, done: threading.Event) -> None:
        seq = 0
        final: list[tuple[int, Event]] = []  # the answer's event: written with the job's end

        def emit(ev: Event) -> None:
            nonlocal seq
            seq += 1
            if "response" in ev["details"]:
                final.append((seq, ev))
            else:
                self.store.add_job_event(job_id, seq, ev)

        def finish(response: Response, entity_id: str | None) -> None:
            for item in final[:-1]:  # an answer already given before a failure: kept in order
                self.store.add_job_event(job_id, *item)
            last = final[-1] if final else None
            self.store.finish_job(job_id, response.to_dict(), entity_id, final_event=last)

        try:
            response = self.pipeline.run(body, emit)
            entity_id = None
            if response.status_code == 200:
                entity_id = response.body["data"]["id"]
            finish(response, entity_id)
        except SandboxStopping:
            pass  # left "running": the next start marks it interrupted and closes its stream
        except Exception as exc:  # a bug in the sandbox: still end the job visibly
            response = Response(
                500,
                {
                    "meta": {
                        "code": 500,
                        "url": self.pipeline.url,
                        "type": "object",
                        "request_id": str(uuid.uuid4()),
                    },
                    "error": {"type": "internal_error", "message": f"sandbox error: {exc!r}"},
                },
            )
            emit(
                event(
                    "registration",
                    "failed",
                    "Internal sandbox error",
                    {"status_code": 500, "response": response.to_dict()},
                )
            )
            finish(response, None)
        finally:
            done.set()
            with self._lock:  # a long-running sandbox must not keep every finished job's thread
                self._done.pop(job_id, None)
                current = threading.current_thread()
                self._threads = [t for t in self._threads if t is not current and t.is_alive()]

    @property
    def running_threads(self) -> int:
        """How many job threads are kept (only those still working)."""
        with self._lock:
            return len(self._threads)

    def wait(self, job_id: str, timeout: float | None = None) -> dict[str, Any] | None:
        """Block until the job has finished (for the synchronous PUT); its row."""
        done = self._done.get(job_id)
        if done is not None:
            done.wait(timeout)
        else:  # a job of an earlier run, or one another request started: poll
            end = None if timeout is None else time.monotonic() + timeout
            while True:
                job = self.store.get_job(job_id)
                if job is None or job["state"] != "running":
                    break
                if end is not None and time.monotonic() >= end:
                    break
                time.sleep(0.02)
        return self.store.get_job(job_id)

    def join_all(self, timeout: float = 5.0) -> None:
        for thread in list(self._threads):
            thread.join(timeout)
