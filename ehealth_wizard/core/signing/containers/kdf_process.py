"""One slow KDF in a second process while the calling thread runs another.

The pure-Python KDFs hold the GIL, so two of them only overlap in two processes (the target
machines have two cores). The process is spawned, never forked: the GUI unlocks keys from a
worker thread of a Qt process, and a fork copies locks other threads hold. The function run
there must be a top-level importable function of bytes/ints. When no process can be started
(or it dies), the work is done in the calling process instead: slower, never wrong.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

log = logging.getLogger(__name__)

#: Below this many iterations starting a process costs more than running the KDF in turn.
MIN_ITERATIONS = 2_000

#: While waiting for the child, the caller's poll (progress / cancellation) runs this often.
POLL_SECONDS = 0.1


class Background:
    """`fn(*args)` running in a spawned process. Use as a context manager (or call `close`):
    leaving it ends the process, also when the caller gives up (Cancelled, WrongPassword)."""

    def __init__(self, fn: Callable[..., bytes], *args: bytes | int) -> None:
        self._fn = fn
        self._args = args
        self._pool: ProcessPoolExecutor | None = None
        self._future: Future[bytes] | None = None
        try:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
            self._future = self._pool.submit(fn, *args)
        except (OSError, RuntimeError, ValueError) as exc:  # no process / thread; shutting down
            log.warning("KDF runs in-process: no second process (%s)", exc)
            self.close()

    @property
    def started(self) -> bool:
        """Whether the work runs in another process (False: `result` computes it here)."""
        return self._future is not None

    def done(self) -> bool:
        """True when `result` will not wait for the child."""
        return self._future is None or self._future.done()

    def result(self, poll: Callable[[], None] | None = None) -> bytes:
        """The function's value: from the child, or computed here when the child could not
        run it. `poll` is called every POLL_SECONDS while waiting; it may raise to give up."""
        future = self._future
        if future is not None:
            while True:
                try:
                    return future.result(timeout=POLL_SECONDS)
                except TimeoutError:
                    if poll is not None:
                        poll()
                except Exception as exc:  # BrokenProcessPool, the child's import failing, ...
                    log.warning("KDF runs in-process: the second process failed (%r)", exc)
                    self._future = None
                    break
        return self._fn(*self._args)

    def close(self) -> None:
        """End the child (terminated when still working) and wait until it is gone."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        future = self._future
        if future is not None and not future.done():
            future.cancel()
            # ProcessPoolExecutor has no public way to stop a running call before 3.14.
            processes = getattr(pool, "_processes", None) or {}
            for process in list(processes.values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Background:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
