"""Run blocking core work off the GUI thread (superqt style): a callable or a generator.

The core stays Qt-free: it receives a `threading.Event` (`cancel`) when it asks for one, checks it
between steps and raises `core.errors.Cancelled`. A generator's every `yield` becomes a `progress`
signal on the GUI thread, which is how live stages and "opening the key..." reach the window.
"""

from __future__ import annotations

import inspect
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ehealth_wizard.core.errors import Cancelled


class WorkerSignals(QObject):
    """Lives on the GUI thread; the runnable emits through it (queued across threads)."""

    started = Signal()
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception (Cancelled, UserFacingError, or a bug)
    finished = Signal()


class Worker(QRunnable):
    """One job on the shared thread pool.

    `fn(*args, **kwargs)` may be a plain function (its return value is `succeeded`'s payload) or
    a generator function (each yield is `progress`; the generator's return value is `succeeded`'s).
    If `fn` takes a `cancel` keyword, it gets the Event that `cancel()` sets.
    """

    def __init__(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self.cancel_event = threading.Event()
        self._fn = fn
        self._args = args
        self._kwargs = dict(kwargs)
        if _accepts_cancel(fn):
            self._kwargs.setdefault("cancel", self.cancel_event)
        self.done = threading.Event()
        self.exc_info: str = ""

    # Convenience aliases so callers can write worker.succeeded.connect(...)
    @property
    def started(self) -> Any:
        return self.signals.started

    @property
    def progress(self) -> Any:
        return self.signals.progress

    @property
    def succeeded(self) -> Any:
        return self.signals.succeeded

    @property
    def failed(self) -> Any:
        return self.signals.failed

    @property
    def finished(self) -> Any:
        return self.signals.finished

    def cancel(self) -> None:
        """Ask the job to stop; it ends with `failed(Cancelled)` at its next check."""
        self.cancel_event.set()

    def start(self, pool: QThreadPool | None = None) -> Worker:
        _LIVE.add(self)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def run(self) -> None:
        signals = self.signals
        try:
            signals.started.emit()
            args, kwargs = self._args, self._kwargs
            # Released before the work even ends: a password or PIN among the arguments lives
            # only as long as the call needs it, not as long as the Worker object.
            self._args, self._kwargs = (), {}
            try:
                result = self._fn(*args, **kwargs)
            finally:
                del args, kwargs
            if isinstance(result, Iterator) and inspect.isgenerator(result):
                result = self._drain(result)
            if self.cancel_event.is_set():
                raise Cancelled()
            signals.succeeded.emit(result)
        except BaseException as exc:
            self.exc_info = traceback.format_exc()
            # The frames' locals (the password the key was opened with) go with the traceback.
            traceback.clear_frames(exc.__traceback__)
            signals.failed.emit(exc)
        finally:
            self.done.set()
            signals.finished.emit()
            _LIVE.discard(self)

    def _drain(self, gen: Iterator[Any]) -> Any:
        while True:
            if self.cancel_event.is_set():
                close = getattr(gen, "close", None)
                if close is not None:
                    close()
                raise Cancelled()
            try:
                item = next(gen)
            except StopIteration as stop:
                return stop.value
            self.signals.progress.emit(item)


# Keep running workers (and their signal objects) alive until they finish.
_LIVE: set[Worker] = set()


def _accepts_cancel(fn: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "cancel" in params


def run_in_worker(
    fn: Callable[..., Any],
    /,
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    **kwargs: Any,
) -> Worker:
    """Start `fn` in a worker and wire the usual callbacks."""
    worker = Worker(fn, *args, **kwargs)
    if on_success is not None:
        worker.succeeded.connect(on_success)
    if on_failure is not None:
        worker.failed.connect(on_failure)
    if on_progress is not None:
        worker.progress.connect(on_progress)
    return worker.start()
