"""Never frozen: a CPU-heavy job in a worker leaves the GUI thread's timer on time.

The job is honest about the GIL: it is the pure-Python GOST 28147 cipher a Key-6.dat unlock
runs (core.signing.ua.gost28147), not a sleep and not a C call that drops the GIL. CPython hands the
GIL over every `sys.getswitchinterval()` (5 ms), which is what keeps the GUI thread's timer
within bounds while such a job runs.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from ehealth_wizard.core.signing.ua import gost28147
from ehealth_wizard.ui.workers import Worker
from tests.ui.conftest import wait_until

TICK_MS = 20


def unlock_like_job(seconds: float) -> int:
    key = gost28147.key_words(bytes(range(32)))
    tables = gost28147.round_tables()
    n1, n2 = 0x01234567, 0x89ABCDEF
    blocks = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        for _ in range(50):
            n1, n2 = gost28147.encrypt_words(n1, n2, *key, *tables)
        blocks += 50
    return blocks


def test_gui_heartbeat_stays_on_time_during_cpu_heavy_worker(qapp: Any) -> None:
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    results: list[Any] = []
    started = time.perf_counter()
    worker = Worker(unlock_like_job, 1.5)
    worker.succeeded.connect(results.append)
    worker.start()
    assert wait_until(lambda: bool(results), 20)
    elapsed = time.perf_counter() - started
    timer.stop()
    assert results[0] > 1000, "the job did real cipher work"
    assert elapsed >= 1.5
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(gaps) > 30
    late_ms = sorted(g * 1000 - TICK_MS for g in gaps)
    worst_late_ms, p90_late_ms = late_ms[-1], late_ms[int(len(late_ms) * 0.9)]
    print(
        f"heartbeat: {len(gaps)} ticks, 90% within {p90_late_ms:.1f} ms, worst {worst_late_ms:.1f}"
    )
    # A worker hogging the GIL makes every tick late; a machine loaded by other processes
    # (CI shares its cores) deschedules the whole process now and then: a few outliers. So 90%
    # of the ticks must be on time, and none may wait for the job to end (1.5 s).
    assert p90_late_ms < 100, f"heartbeat was {p90_late_ms:.0f} ms late (90th percentile)"
    assert worst_late_ms < 1000, f"the GUI thread froze for {worst_late_ms:.0f} ms"
