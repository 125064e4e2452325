"""The password is dropped when the work ends (issue 11, item 9): the worker lets go of its
arguments, the key page's bytearray is zeroed, and after the key is open no worker holds it."""

from __future__ import annotations

import gc
from typing import Any

import pytest

pytest.importorskip("PySide6")

from ehealth_wizard.ui import workers
from ehealth_wizard.ui.workers import Worker

SECRET = "correct-horse-battery-staple"


def _holds(obj: Any, secret: str) -> bool:
    values = [*getattr(obj, "_args", ()), *getattr(obj, "_kwargs", {}).values()]
    return any(
        (isinstance(v, str) and secret in v)
        or (isinstance(v, bytes | bytearray) and secret.encode() in bytes(v))
        for v in values
    )


def test_a_worker_lets_go_of_its_arguments_once_it_has_run(qapp: Any) -> None:
    seen: list[str] = []
    worker = Worker(lambda password: seen.append(password), SECRET)
    worker.run()
    assert seen == [SECRET]
    assert not _holds(worker, SECRET)


def test_a_failing_workers_traceback_keeps_no_password(qapp: Any) -> None:
    failures: list[BaseException] = []

    def unlock(password: str) -> None:
        local_copy = password * 1  # noqa: F841 - a local the traceback would keep
        raise ValueError("wrong password")

    worker = Worker(unlock, SECRET)
    worker.failed.connect(failures.append)
    worker.run()
    assert not _holds(worker, SECRET)
    tb = failures[0].__traceback__ if failures else None
    while tb is not None:
        assert SECRET not in repr(tb.tb_frame.f_locals)
        tb = tb.tb_next


def test_no_worker_holds_the_password_after_the_key_is_open(scenario_factory: Any) -> None:
    from ehealth_wizard.core import flow

    sc = scenario_factory()
    sc.fill_demo()
    sc.through_forms()
    assert sc.window.current_step is flow.Step.KEY
    key = sc.page("key")
    password = key.password.text()
    assert password  # the demo types it in
    zeroed: list[bytearray] = []
    original = Worker.__init__

    def spy(self: Worker, fn: Any, /, *args: Any, **kwargs: Any) -> None:
        for a in args:  # the password travels as a bytearray, alone or inside the key choice
            secret = a if isinstance(a, bytearray) else getattr(a, "password", None)
            if isinstance(secret, bytearray):
                zeroed.append(secret)
        original(self, fn, *args, **kwargs)

    Worker.__init__ = spy  # type: ignore[method-assign]
    try:
        sc.open_chosen_key()
    finally:
        Worker.__init__ = original  # type: ignore[method-assign]
    assert key.isComplete()
    assert key.password.text() == ""
    assert zeroed and all(not any(b) for b in zeroed)  # the page's bytearray, zeroed
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, Worker)]
    assert not any(_holds(w, password) for w in alive)
    assert not any(_holds(w, password) for w in workers._LIVE)
