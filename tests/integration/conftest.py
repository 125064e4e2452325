"""A real sandbox on 127.0.0.1 (stage and registry delays 0) and registrations signed for it."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ehealth_wizard.core.payload import canonical_bytes
from ehealth_wizard.core.signing.cades import default_tsp_url, sign_cades
from ehealth_wizard.core.signing.keys import FileKeySource
from ehealth_wizard.sandbox.demo import DemoKey, issue_demo_key, write_demo_key
from ehealth_wizard.sandbox.runner import RunningSandbox, start_sandbox

# A limited company whose head is in the seed ЄДР with KVED 86.21 (everything passes).
GOOD_EDRPOU = "22743189"


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[RunningSandbox]:
    running = start_sandbox(tmp_path / "sandbox", stage_delay=0, registry_delay=0)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def shared_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    """One sandbox for tests that register nothing (failing submissions)."""
    running = start_sandbox(
        tmp_path_factory.mktemp("shared") / "sandbox", stage_delay=0, registry_delay=0
    )
    try:
        yield running
    finally:
        running.stop()


@dataclass(frozen=True)
class Signed:
    der: bytes
    demo: DemoKey
    payload: dict[str, Any]


SignDemo = Callable[..., Signed]


def sign_demo_for(running: RunningSandbox, folder: Path) -> SignDemo:
    """Issue a demo key at `running` and sign its registration (edited by `edit`) with it."""

    def sign(
        edrpou: str = GOOD_EDRPOU,
        variant: str = "valid",
        edit: Callable[[dict[str, Any]], None] | None = None,
    ) -> Signed:
        # ECDSA: these tests are about stages, not DSTU (its default demo key costs seconds of
        # KDF; test_ehealth_cli's end-to-end test runs over that default)
        demo = issue_demo_key(running.sandbox, edrpou, variant, key_format="pkcs12-ecdsa")
        out = folder / f"{edrpou}-{variant}-{len(list(folder.glob('*')))}"
        write_demo_key(demo, out)
        payload = copy.deepcopy(demo.registration)
        if edit is not None:
            edit(payload)
        signer = FileKeySource(out / demo.file_name).open(demo.password)
        try:
            der = sign_cades(canonical_bytes(payload), signer, tsp_url=default_tsp_url(signer))
        finally:
            signer.close()
        return Signed(der, demo, payload)

    return sign


@pytest.fixture
def sign_demo(sandbox: RunningSandbox, tmp_path: Path) -> SignDemo:
    return sign_demo_for(sandbox, tmp_path / "keys")


@pytest.fixture(scope="module")
def sign_shared(
    shared_sandbox: RunningSandbox, tmp_path_factory: pytest.TempPathFactory
) -> SignDemo:
    return sign_demo_for(shared_sandbox, tmp_path_factory.mktemp("shared-keys"))
