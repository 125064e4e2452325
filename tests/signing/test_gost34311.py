"""GOST 34.311-95 hash, HMAC, PBKDF2, the PKCS#12 KDF and the Key-6.dat KDF."""

from __future__ import annotations

import hmac
import json
import secrets
from pathlib import Path

import pytest
from asn1crypto import core, pkcs12

from ehealth_wizard.core.signing.ua import gost28147, gost34311
from ehealth_wizard.core.signing.ua.gost28147 import DEFAULT_SBOX, pack_sbox
from ehealth_wizard.core.signing.ua.gost34311 import (
    Gost34311,
    HmacGost34311,
    hash_32_bytes,
    hmac_gost34311,
    iterated_hash,
    pbkdf2_gost34311,
    pkcs12_kdf_gost34311,
)
from tests.signing import ua_keys as V
from tests.signing.test_gost28147 import random_sbox, ref_encrypt

VECTORS = Path(__file__).resolve().parent / "ua_vectors"
KAT = json.loads((VECTORS / "gost-known-answers.json").read_text())


def _kat_input(vec: dict[str, str]) -> bytes:
    return vec["input_ascii"].encode() if "input_ascii" in vec else bytes.fromhex(vec["input_hex"])


# --- a byte-array reference in the shape of gost89 lib/hash.js ------------------------------


def _ref_step(h: bytes, m: bytes, box: tuple[tuple[int, ...], ...]) -> bytes:
    def xor(a: bytes, b: bytes) -> bytes:
        return bytes(x ^ y for x, y in zip(a, b, strict=True))

    def p(w: bytes) -> bytes:
        k = bytearray(32)
        for i in range(4):
            for j in range(8):
                k[i + 4 * j] = w[8 * i + j]
        return bytes(k)

    def a(w: bytes) -> bytes:
        return w[8:] + xor(w[:8], w[8:16])

    def psi(d: bytes) -> bytes:
        t0 = d[0] ^ d[2] ^ d[4] ^ d[6] ^ d[24] ^ d[30]
        t1 = d[1] ^ d[3] ^ d[5] ^ d[7] ^ d[25] ^ d[31]
        return d[2:] + bytes([t0, t1])

    s = ref_encrypt(p(xor(h, m)), h[0:8], box)
    u, v = a(h), a(a(m))
    s += ref_encrypt(p(xor(u, v)), h[8:16], box)
    u = bytearray(a(u))
    for i in (1, 3, 5, 7, 8, 10, 12, 14, 17, 18, 20, 23, 24, 28, 29, 31):
        u[i] ^= 0xFF
    v = a(a(v))
    s += ref_encrypt(p(xor(bytes(u), v)), h[16:24], box)
    u, v = a(bytes(u)), a(a(v))
    s += ref_encrypt(p(xor(u, v)), h[24:32], box)
    for _ in range(12):
        s = psi(s)
    s = psi(xor(s, m))
    s = xor(s, h)
    for _ in range(61):
        s = psi(s)
    return s


def ref_hash(data: bytes, box: tuple[tuple[int, ...], ...] = DEFAULT_SBOX) -> bytes:
    h = bytes(32)
    sigma = 0
    full = len(data) - len(data) % 32
    for off in range(0, full, 32):
        block = data[off : off + 32]
        h = _ref_step(h, block, box)
        sigma += int.from_bytes(block, "little")
    if len(data) % 32 or not data:
        block = data[full:].ljust(32, b"\0")
        h = _ref_step(h, block, box)
        sigma += int.from_bytes(block, "little")
    h = _ref_step(h, (len(data) * 8).to_bytes(32, "little"), box)
    return _ref_step(h, (sigma % 2**256).to_bytes(32, "little"), box)


# --- hash ------------------------------------------------------------------------------------


@pytest.mark.parametrize("vec", KAT["gost34311"], ids=lambda v: v["src"] + ":" + v["hash"][:8])
def test_hash_known_answers(vec: dict[str, str]) -> None:
    data = _kat_input(vec)
    assert gost34311.gost34311(data).hex() == vec["hash"]
    h = Gost34311()
    for i in range(0, len(data), 5):
        h.update(data[i : i + 5])
    assert h.hexdigest() == vec["hash"]


def test_reference_table_from_ua_crypto_md() -> None:
    table = {
        b"123123": "34d4da2c04e9c1ceb933282069c864617d94ed7cc5c0a9840c0c1a99629df637",
        b"12345678901234567890123456789011": (
            "7686f3f4b113aadc97bca9ea054f41821f0676c5c28ffb987e41797a568e1ed4"
        ),
        bytes(range(32)): "811cb06a8ee423182d9cc9d281f783908f4cfbaf47a68be8415d3499674a3063",
        b"123456": "9648e3650b970d6239bc76cd4ca5944c2c9c27692402f4d4870588992be37d5d",
        b"abcdefghijklmnopqrstuvwxyz012345": (
            "39e1eae583ce45bbfd328d9220e78185aaf9db324bdfbcaa83b6bf99657b9375"
        ),
        b"The quick brown fox jumps over the lazy dog": (
            "0f1355130b4a820a1e4e3f6474f6bdecc718a4a73345595edc1c1809832b2333"
        ),
    }
    for data, digest in table.items():
        assert gost34311.gost34311(data).hex() == digest
        assert ref_hash(data).hex() == digest  # the reference itself is right


@pytest.mark.parametrize("size", [0, 1, 31, 32, 33, 64, 100])
def test_hash_matches_reference_any_length(size: int) -> None:
    data = secrets.token_bytes(size)
    assert gost34311.gost34311(data) == ref_hash(data)


def test_hash_with_other_sbox_matches_reference() -> None:
    box = random_sbox()
    data = secrets.token_bytes(45)
    assert gost34311.gost34311(data, pack_sbox(box)) == ref_hash(data, box)
    assert gost34311.gost34311(data, box) == ref_hash(data, box)
    assert gost34311.gost34311(data, box) != gost34311.gost34311(data)


def test_streaming_copy_and_fast_path() -> None:
    data = secrets.token_bytes(200)
    h = Gost34311(data[:50])
    c = h.copy()
    h.update(data[50:])
    assert h.digest() == gost34311.gost34311(data)
    assert h.digest() == h.digest()  # digest() does not consume the state
    c.update(memoryview(data[50:]))
    assert c.digest() == h.digest()
    block = secrets.token_bytes(32)
    assert hash_32_bytes(block) == ref_hash(block)
    with pytest.raises(ValueError):
        hash_32_bytes(b"x")


# --- HMAC, PBKDF2, PKCS#12 KDF, Key-6.dat KDF -------------------------------------------------


@pytest.mark.parametrize("key_size", [0, 5, 32, 33, 70])
def test_hmac_matches_stdlib_hmac(key_size: int) -> None:
    key = secrets.token_bytes(key_size)
    msg = secrets.token_bytes(77)
    expected = hmac.new(key, msg, Gost34311).digest()  # RFC 2104 by the standard library
    assert hmac_gost34311(key, msg) == expected
    mac = HmacGost34311(key)
    mac.update(msg[:10])
    mac2 = mac.copy()
    mac.update(msg[10:])
    assert mac.digest() == expected
    mac2.update(msg[10:])
    assert mac2.digest() == expected
    m32 = secrets.token_bytes(32)
    fast = mac.mac32(int.from_bytes(m32, "little")).to_bytes(32, "little")
    assert fast == hmac.new(key, m32, Gost34311).digest()


def _ref_pbkdf2(password: bytes, salt: bytes, iterations: int, dklen: int) -> bytes:
    out = b""
    index = 1
    while len(out) < dklen:
        u = hmac.new(password, salt + index.to_bytes(4, "big"), Gost34311).digest()
        acc = bytearray(u)
        for _ in range(iterations - 1):
            u = hmac.new(password, u, Gost34311).digest()
            acc = bytearray(a ^ b for a, b in zip(acc, u, strict=True))
        out += acc
        index += 1
    return out[:dklen]


def test_pbkdf2() -> None:
    password, salt = b"testplat2021", secrets.token_bytes(32)
    # one iteration is HMAC(password, salt ‖ INT(1))
    assert pbkdf2_gost34311(password, salt, 1) == hmac_gost34311(password, salt + b"\0\0\0\1")
    assert pbkdf2_gost34311(password, salt, 5) == _ref_pbkdf2(password, salt, 5, 32)
    assert pbkdf2_gost34311(password, salt, 3, dklen=40) == _ref_pbkdf2(password, salt, 3, 40)
    long_pw = secrets.token_bytes(40)
    assert pbkdf2_gost34311(long_pw, salt, 2) == _ref_pbkdf2(long_pw, salt, 2, 32)
    with pytest.raises(ValueError):
        pbkdf2_gost34311(password, salt, 0)


def _ref_pkcs12_kdf(pw: bytes, salt: bytes, iterations: int, id_byte: int, n: int) -> bytes:
    """RFC 7292 B.2 step by step (u = v = 32)."""
    v = u = 32
    d = bytes([id_byte]) * v
    s = b"".join([salt] * v)[: v * -(-len(salt) // v)] if salt else b""
    p = b"".join([pw] * v)[: v * -(-len(pw) // v)] if pw else b""
    i = bytearray(s + p)
    c = -(-n // u)
    out = b""
    for _ in range(c):
        a = ref_hash(d + bytes(i))
        for _ in range(iterations - 1):
            a = ref_hash(a)
        out += a
        b = int.from_bytes(a, "big")
        for j in range(0, len(i), v):
            block = (int.from_bytes(i[j : j + v], "big") + b + 1) % 2 ** (8 * v)
            i[j : j + v] = block.to_bytes(v, "big")
    return out[:n]


def test_pkcs12_kdf_against_structural_reference() -> None:
    pw = "пароль".encode("utf-16-be") + b"\0\0"
    salt = secrets.token_bytes(20)
    for id_byte, n in ((3, 32), (1, 40), (2, 8)):
        assert pkcs12_kdf_gost34311(pw, salt, 3, id_byte, n) == _ref_pkcs12_kdf(
            pw, salt, 3, id_byte, n
        )
    assert pkcs12_kdf_gost34311(b"", salt, 2, 3, 32) == _ref_pkcs12_kdf(b"", salt, 2, 3, 32)


def test_iterated_hash_small_counts() -> None:
    pw = b"tect4"
    assert iterated_hash(pw, 1) == gost34311.gost34311(pw)
    assert iterated_hash(pw, 3) == ref_hash(ref_hash(ref_hash(pw)))
    seen: list[tuple[int, int]] = []
    iterated_hash(pw, 600, progress=lambda done, total: seen.append((done, total)))
    assert seen and all(total == 599 for _, total in seen)
    with pytest.raises(ValueError):
        iterated_hash(pw, 0)


def test_progress_can_abort() -> None:
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        pbkdf2_gost34311(b"pw", b"salt", 1000, progress=stop)


# --- real containers ------------------------------------------------------------------------


def _key6_parts() -> tuple[bytes, bytes, bytes]:
    outer = core.Sequence.load((VECTORS / "dstu-engine" / "Key-6.dat").read_bytes())
    head = core.Sequence.load(outer[0].dump())
    params = core.Sequence.load(head[1].dump())
    mac = core.OctetString.load(params[0].dump()).native
    pad = core.OctetString.load(params[1].dump()).native
    body = core.OctetString.load(outer[1].dump()).native
    return mac, pad, body


def test_key6_dat_kdf_and_mac_unlock_the_real_container() -> None:
    mac, pad, body = _key6_parts()
    key = V.iterated_hash(b"tect4")  # iterated_hash(b"tect4"), once per test process
    cipher = gost28147.Gost28147(key)
    plain = cipher.ecb_decrypt(body + pad)[: len(body)]
    assert cipher.mac(plain) == mac  # the 4-byte MAC with zero padding of the last block
    info = core.Sequence.load(plain[: 4 + int.from_bytes(plain[2:4], "big")])
    assert core.Integer.load(info[0].dump()).native == 0
    wrong = gost28147.Gost28147(iterated_hash(b"tect4", 3))  # any other key
    assert wrong.mac(wrong.ecb_decrypt(body + pad)[: len(body)]) != mac


def test_pkcs12_mac_of_the_real_key6_pfx() -> None:
    pfx = pkcs12.Pfx.load((VECTORS / "dstu-engine" / "Key-6.pfx").read_bytes())
    mac_data = pfx["mac_data"]
    assert mac_data["mac"]["digest_algorithm"]["algorithm"].dotted == "1.2.804.2.1.1.1.1.2.1"
    salt = mac_data["mac_salt"].native
    iterations = mac_data["iterations"].native
    auth_safe = pfx["auth_safe"]["content"].native
    password = "testplat2021".encode("utf-16-be") + b"\0\0"
    key = V.pkcs12_mac_kdf(password, salt, iterations)  # pkcs12_kdf_gost34311(..., 3, 32)
    assert hmac_gost34311(key, auth_safe) == mac_data["mac"]["digest"].native


def test_psi_powers_match_the_byte_reference() -> None:
    def psi(d: bytes) -> bytes:
        t0 = d[0] ^ d[2] ^ d[4] ^ d[6] ^ d[24] ^ d[30]
        t1 = d[1] ^ d[3] ^ d[5] ^ d[7] ^ d[25] ^ d[31]
        return d[2:] + bytes([t0, t1])

    data = secrets.token_bytes(32)
    x = int.from_bytes(data, "little")
    for n in (1, 12, 61):
        for _ in range(n):
            data = psi(data)
        x = gost34311._psi_power(x, n)
        assert x.to_bytes(32, "little") == data


def test_the_unrolled_compression_is_what_its_generator_writes(tmp_path: Path) -> None:
    """`_compress` is generated code: tools/gen_gost34311_compress.py must reproduce it, and
    its check must notice a hand edit."""
    import importlib.util

    tool = Path(__file__).resolve().parents[2] / "tools" / "gen_gost34311_compress.py"
    spec = importlib.util.spec_from_file_location("gen_gost34311_compress", tool)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.main(["--check"]) == 0
    edited = tmp_path / "gost34311.py"
    edited.write_text(
        gen.TARGET.read_text(encoding="utf-8").replace("x4 = w0 ^ w1", "x4 = w0 ^ w2", 1),
        encoding="utf-8",
    )
    gen.TARGET = edited
    assert gen.main(["--check"]) == 1
