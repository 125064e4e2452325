"""GOST PKCS#12 unlock with the MAC's KDF in a spawned process alongside the bag's PBKDF2
(`containers.kdf_process`): same keys as the in-process path, a wrong password still
WrongPassword (and early), cancelling leaves no child behind, and a process that cannot start
or dies falls back to working in-process. Containers here are written with few iterations and
`MIN_ITERATIONS` lowered, so the real process path runs without 10 000-round KDFs (the real
Key-6.pfx vector takes that path as shipped in `ua_keys.pfx_entries` and the wrong-password
test of test_containers_ua)."""

from __future__ import annotations

import functools
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.core.signing.containers import (
    kdf_process,
    load_container,
    pkcs12_gost,
    progress,
)
from ehealth_wizard.core.signing.containers.dstu_key import DstuPrivateKey
from ehealth_wizard.core.signing.errors import WrongPassword
from ehealth_wizard.core.signing.ua import accel
from tests.signing import ua_keys as V

ITERATIONS = 400


@functools.cache
def _key() -> DstuPrivateKey:
    """jkurwa's unencrypted PRIV1 (no KDF to read it) and its certificate SELF_SIGNED1."""
    (entry,) = load_container((V.JK / "PRIV1.cer").read_bytes(), b"")
    assert isinstance(entry.private_key, DstuPrivateKey)
    return entry.private_key


@functools.cache
def _container() -> bytes:
    cert = V.certificate(V.JK / "SELF_SIGNED1.cer").dump()
    return pkcs12_gost.write_pkcs12_gost(_key(), b"pw", certificates=[cert], iterations=ITERATIONS)


def _d() -> int:
    return _key().d


@pytest.fixture
def in_a_process(monkeypatch: pytest.MonkeyPatch) -> list[kdf_process.Background]:
    """Lower the threshold so the small container takes the process path; record the
    Background objects the unlock made (to see where the MAC's KDF ran). The process path is
    the pure-Python build's, so the compiled module is switched off here."""
    monkeypatch.setattr(kdf_process, "MIN_ITERATIONS", 1)
    monkeypatch.setattr(accel, "native", None)
    made: list[kdf_process.Background] = []
    real = kdf_process.Background

    class Recording(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(kdf_process, "Background", Recording)
    return made


def _no_children() -> bool:
    return not multiprocessing.active_children()


def test_below_the_threshold_no_process_is_started(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no process for a cheap KDF")

    monkeypatch.setattr(kdf_process, "Background", refuse)
    (entry,) = pkcs12_gost.load_pkcs12_gost(_container(), b"pw")
    assert entry.private_key.d == _d()


def test_mac_in_a_process_gives_the_same_key(in_a_process: list[kdf_process.Background]) -> None:
    seen: list[int] = []
    with progress.reporting(lambda done, total: seen.append(done)):
        (entry,) = pkcs12_gost.load_pkcs12_gost(_container(), b"pw")
    assert entry.private_key.d == _d()
    assert entry.certificates
    (child,) = in_a_process
    assert child.started and child.done()
    assert seen == sorted(seen) and seen[-1] == progress.SCALE
    assert _no_children()


def test_wrong_password_in_a_process(in_a_process: list[kdf_process.Background]) -> None:
    with pytest.raises(WrongPassword):
        pkcs12_gost.load_pkcs12_gost(_container(), b"pW")
    assert in_a_process[0].started
    assert _no_children()


def test_cancel_ends_the_child(in_a_process: list[kdf_process.Background]) -> None:
    def cancel(done: int, total: int) -> None:
        raise Cancelled()

    with progress.reporting(cancel), pytest.raises(Cancelled):
        pkcs12_gost.load_pkcs12_gost(V.PFX.read_bytes(), V.PFX_PASSWORD)  # 10 000 iterations
    (child,) = in_a_process
    assert child.started
    assert _no_children()  # terminated and reaped, not left running its 10 000 rounds


def test_no_process_falls_back_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf_process, "MIN_ITERATIONS", 1)
    monkeypatch.setattr(accel, "native", None)

    def cannot_start(*args: object, **kwargs: object) -> ProcessPoolExecutor:
        raise OSError("no more processes")

    monkeypatch.setattr(kdf_process, "ProcessPoolExecutor", cannot_start)
    (entry,) = pkcs12_gost.load_pkcs12_gost(_container(), b"pw")
    assert entry.private_key.d == _d()
    with pytest.raises(WrongPassword):
        pkcs12_gost.load_pkcs12_gost(_container(), b"pW")


def test_child_failure_falls_back_in_process(
    monkeypatch: pytest.MonkeyPatch, in_a_process: list[kdf_process.Background]
) -> None:
    # A function the spawned child cannot import: the call fails there, not here.
    real = pkcs12_gost.GOST_PKCS12_KDF
    monkeypatch.setattr(pkcs12_gost, "GOST_PKCS12_KDF", lambda *a: real(*a))
    (entry,) = pkcs12_gost.load_pkcs12_gost(_container(), b"pw")
    assert entry.private_key.d == _d()
    assert _no_children()
