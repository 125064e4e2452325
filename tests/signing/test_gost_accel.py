"""The compiled GOST module (`ua/_gostc.c`) against the pure-Python reference, in one process.

Every mode the containers use, the 34.311 compression, streaming hash, HMAC and the three
KDF loops give the same bytes in both builds, for the default ДКЕ and random S-boxes; the
classes keep their attributes; `--version` names the build; `EHEALTH_WIZARD_PURE=1` forces
pure Python; a missing module or a failed compile falls back with a one-line notice.
`.ci/run` runs the GOST / container / DSTU tests once more with `EHEALTH_WIZARD_PURE=1`.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from ehealth_wizard.core.signing.ua import accel, gost28147, gost34311
from ehealth_wizard.core.signing.ua.gost28147 import DEFAULT_DKE, Gost28147, pack_sbox
from tests.signing.test_gost28147 import random_sbox

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")
forced_pure = os.environ.get(accel.PURE_ENV, "").strip() not in ("", "0")
needs_native = pytest.mark.skipif(
    accel.native is None, reason="pure-Python run (EHEALTH_WIZARD_PURE or no compiled module)"
)


def test_the_compiled_build_is_in_use_unless_switched_off() -> None:
    """CI builds the module from a clean checkout (.ci/setup): its absence is a failure there."""
    if forced_pure:
        assert accel.native is None and "EHEALTH_WIZARD_PURE" in accel.BUILD
    else:
        assert accel.native is not None, accel.BUILD
        assert accel.BUILD == "compiled (C)"


def _pure(fn: Callable[[], T]) -> T:
    """Run `fn` with the compiled module switched off (objects made inside are pure)."""
    saved = accel.native
    accel.native = None
    try:
        return fn()
    finally:
        accel.native = saved


@pytest.fixture(params=["dke1", "random"])
def sbox(request: pytest.FixtureRequest) -> bytes:
    return DEFAULT_DKE if request.param == "dke1" else pack_sbox(random_sbox())


@needs_native
@pytest.mark.parametrize("size", [0, 1, 7, 8, 9, 16, 31, 64, 100, 4104])
def test_cipher_modes_match_the_reference(sbox: bytes, size: int) -> None:
    key, iv, data = secrets.token_bytes(32), secrets.token_bytes(8), secrets.token_bytes(size)
    whole = data[: size - size % 8]

    def run() -> list[bytes]:
        c = Gost28147(key, sbox)
        return [
            c.ecb_encrypt(whole),
            c.ecb_decrypt(whole),
            c.cfb_encrypt(iv, data),
            c.cfb_decrypt(iv, data),
            c.ctr_crypt(iv, data),
            c.mac(data),
            c.mac(data, 8),
        ]

    compiled = run()
    assert compiled == _pure(run)
    c = Gost28147(key, sbox)
    assert c.ecb_decrypt(c.ecb_encrypt(whole)) == whole
    assert c.cfb_decrypt(iv, c.cfb_encrypt(iv, data)) == data
    assert c.ctr_crypt(iv, c.ctr_crypt(iv, data)) == data


@needs_native
def test_ctr_counter_wraps_like_the_reference() -> None:
    """N4 is added mod 2**32 - 1: 300 blocks step it past the wrap for (almost) any IV."""
    key = secrets.token_bytes(32)
    data = secrets.token_bytes(8 * 300)
    for _ in range(20):
        iv = secrets.token_bytes(8)
        pure = _pure(lambda: Gost28147(key))
        assert Gost28147(key).ctr_crypt(iv, data) == pure.ctr_crypt(iv, data)


@needs_native
def test_bad_sizes_raise_the_same_errors() -> None:
    c = Gost28147(bytes(32))
    with pytest.raises(ValueError, match="whole number"):
        c.ecb_encrypt(b"123")
    with pytest.raises(ValueError, match="8 bytes"):
        c.cfb_decrypt(b"1234", b"data")
    with pytest.raises(ValueError, match="8 bytes"):
        c.ctr_crypt(b"1234", b"data")
    with pytest.raises(ValueError, match="32 bytes"):
        Gost28147(b"short")
    assert accel.native is not None
    with pytest.raises(ValueError, match="64 bytes"):
        accel.native.SBox(b"x" * 63)
    with pytest.raises(ValueError, match="unknown mode"):
        accel.native.crypt(accel.sbox(DEFAULT_DKE), bytes(32), b"", b"", 99)
    names = ("ECB_ENCRYPT", "ECB_DECRYPT", "CFB_ENCRYPT", "CFB_DECRYPT", "CTR", "MAC")
    assert [getattr(accel.native, n) for n in names] == [getattr(accel, n) for n in names]
    box = accel.native.SBox(DEFAULT_DKE)
    assert box.dke == DEFAULT_DKE
    with pytest.raises(TypeError):  # tables never change under a running loop
        box.__init__(bytes(64))  # type: ignore[misc]


@needs_native
@pytest.mark.parametrize("size", [0, 1, 31, 32, 33, 64, 1000, 5000])
def test_hash_hmac_and_streaming_match_the_reference(sbox: bytes, size: int) -> None:
    data = secrets.token_bytes(size)
    key = secrets.token_bytes(1 + size % 40)

    def run() -> list[bytes]:
        h = gost34311.Gost34311(data[: size // 3], sbox)
        h.update(data[size // 3 :])
        copy = h.copy()
        copy.update(b"more")
        mac = gost34311.HmacGost34311(key, data, sbox)
        return [
            gost34311.gost34311(data, sbox),
            h.digest(),
            copy.digest(),
            mac.digest(),
            gost34311.hmac_gost34311(key, data, sbox),
        ]

    assert run() == _pure(run)


@needs_native
def test_compression_matches_the_reference(sbox: bytes) -> None:
    pure = gost34311._Engine(sbox)
    compiled = gost34311._engine_for(sbox, True)
    assert isinstance(compiled, gost34311._NativeEngine)
    for _ in range(50):
        h, m = secrets.randbits(256), secrets.randbits(256)
        assert compiled.compress(h, m) == pure.compress(h, m)
        assert compiled.hash32(m) == pure.hash32(m)
        st = tuple(secrets.randbits(256) for _ in range(4))
        assert compiled.hmac32(*st, m) == pure.hmac32(*st, m)
    assert compiled.compress(2**256 - 1, 2**256 - 1) == pure.compress(2**256 - 1, 2**256 - 1)


@needs_native
@pytest.mark.parametrize("iterations", [1, 2, 249, 250, 251, 777])
def test_kdf_loops_match_the_reference(iterations: int) -> None:
    salt = secrets.token_bytes(32)
    bmp = "пароль".encode("utf-16-be") + b"\0\0"

    def run() -> list[bytes]:
        return [
            gost34311.iterated_hash(b"tect4", iterations),
            gost34311.pbkdf2_gost34311(b"testplat2021", salt, iterations, 32),
            gost34311.pbkdf2_gost34311(b"k" * 40, salt, iterations, 72),  # 3 blocks, long key
            gost34311.pkcs12_kdf_gost34311(bmp, salt, iterations, 3, 32),
            gost34311.pkcs12_kdf_gost34311(bmp, salt, iterations, 1, 40),
        ]

    assert run() == _pure(run)


@needs_native
def test_progress_and_cancel_in_the_compiled_loops() -> None:
    seen: list[tuple[int, int]] = []
    gost34311.iterated_hash(b"pw", 1001, progress=lambda d, t: seen.append((d, t)))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (1000, 1000) and len(seen) >= 4

    class Stop(Exception):
        pass

    calls = 0

    def stop(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise Stop

    with pytest.raises(Stop):
        gost34311.pbkdf2_gost34311(b"pw", b"salt", 100_000, progress=stop)
    calls = 0
    with pytest.raises(Stop):
        gost34311.iterated_hash(b"pw", 100_000, progress=stop)


@needs_native
def test_a_compiled_kdf_lets_other_threads_run() -> None:
    """The loops release the GIL: a GUI thread keeps ticking while a key is derived."""
    ticks = 0
    done = threading.Event()

    def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    start = time.perf_counter()
    gost34311.iterated_hash(b"pw", 30_000)  # one C call, no progress
    elapsed = time.perf_counter() - start
    done.set()
    t.join()
    # with the GIL held for the whole call the ticker would get one or two ticks
    assert ticks >= 5 and ticks > elapsed / 0.01, (ticks, elapsed)


def test_classes_keep_their_attributes() -> None:
    """What a compiled build could change (class attributes, copies, slots) stays put."""
    h = gost34311.Gost34311(b"abc")
    assert (gost34311.Gost34311.digest_size, gost34311.Gost34311.block_size) == (32, 32)
    assert (h.digest_size, h.block_size, h.name) == (32, 32, "gost34311")
    mac = gost34311.HmacGost34311(b"key")
    assert (mac.digest_size, mac.block_size) == (32, 32)
    assert (gost34311.DIGEST_SIZE, gost34311.BLOCK_SIZE) == (32, 32)
    assert (gost28147.BLOCK_SIZE, gost28147.KEY_SIZE) == (8, 32)
    c = h.copy()
    c.update(b"d")
    assert h.digest() == gost34311.gost34311(b"abc") != c.digest()
    assert c.digest() == gost34311.gost34311(b"abcd")
    with pytest.raises(AttributeError):
        h.extra = 1  # type: ignore[attr-defined]
    assert isinstance(gost34311.Gost34311.__new__(gost34311.Gost34311), gost34311.Gost34311)


def test_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    from ehealth_wizard.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("ehealth-wizard 0.")
    assert f"GOST 28147/34.311: {accel.BUILD}" in out


def _run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != accel.PURE_ENV}
    full.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=full, cwd=ROOT
    )


CHECK = (
    "from ehealth_wizard.core.signing.ua import accel, gost34311;"
    "print(accel.BUILD);"
    "print(gost34311.gost34311(b'123456').hex())"
)
KAT_123456 = "9648e3650b970d6239bc76cd4ca5944c2c9c27692402f4d4870588992be37d5d"


def test_the_environment_switch_forces_pure_python() -> None:
    run = _run_python(CHECK, EHEALTH_WIZARD_PURE="1")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["pure Python (EHEALTH_WIZARD_PURE is set)", KAT_123456]
    version = _run_python(
        "from ehealth_wizard.cli import main; main(['--version'])", EHEALTH_WIZARD_PURE="1"
    )
    assert "GOST 28147/34.311: pure Python" in version.stdout


def test_without_the_compiled_module_the_pure_code_runs() -> None:
    blocked = "import sys; sys.modules['ehealth_wizard.core.signing.ua._gostc'] = None;"
    run = _run_python(blocked + CHECK)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "pure Python (the compiled module is not built)",
        KAT_123456,
    ]


def test_a_failed_compile_is_a_one_line_notice_not_an_error(tmp_path: Path) -> None:
    """setup.py with a compiler that fails: the build succeeds without the module."""
    env = {k: v for k, v in os.environ.items() if k not in ("CC", "LDSHARED")}
    env.update(CC="false", LDSHARED="false")
    build = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_ext", "-b", str(tmp_path), "-t", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    notices = [line for line in build.stderr.splitlines() if "compiled GOST module" in line]
    assert len(notices) == 1 and "pure-Python one is used" in notices[0]
    assert not list(tmp_path.rglob("_gostc*.so"))


@pytest.fixture
def no_native() -> Iterator[None]:
    saved = accel.native
    accel.native = None
    yield
    accel.native = saved


def test_switching_off_in_process_gives_pure_objects(no_native: None) -> None:
    assert not isinstance(gost34311._engine(DEFAULT_DKE), gost34311._NativeEngine)
    assert Gost28147(bytes(32))._native is None
