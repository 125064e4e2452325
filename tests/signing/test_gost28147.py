"""GOST 28147-89: known answers, the table-driven core against a plain reference, all modes."""

from __future__ import annotations

import json
import secrets
import struct
from pathlib import Path

import pytest

from ehealth_wizard.core.signing.ua import gost28147
from ehealth_wizard.core.signing.ua.gost28147 import (
    DEFAULT_DKE,
    DEFAULT_SBOX,
    Gost28147,
    cfb_decrypt,
    cfb_encrypt,
    ctr_crypt,
    ecb_decrypt,
    ecb_encrypt,
    mac,
    pack_sbox,
    unpack_sbox,
)

VECTORS = Path(__file__).resolve().parent / "ua_vectors"
KAT = json.loads((VECTORS / "gost-known-answers.json").read_text())


# --- a deliberately plain reference implementation (nibble by nibble, rotate, swap) ---------


def _ref_f(x: int, sbox: tuple[tuple[int, ...], ...]) -> int:
    y = 0
    for i in range(8):
        y |= sbox[i][(x >> (4 * i)) & 15] << (4 * i)
    return ((y << 11) | (y >> 21)) & 0xFFFFFFFF


def _ref_rounds(n1: int, n2: int, keys: list[int], sbox: tuple[tuple[int, ...], ...]) -> list[int]:
    a, b = n1, n2
    for k in keys:
        a, b = b ^ _ref_f((a + k) & 0xFFFFFFFF, sbox), a
    return [a, b]


def ref_encrypt(key: bytes, block: bytes, sbox: tuple[tuple[int, ...], ...]) -> bytes:
    k = list(struct.unpack("<8I", key))
    n1, n2 = struct.unpack("<2I", block)
    a, b = _ref_rounds(n1, n2, k * 3 + k[::-1], sbox)
    return struct.pack("<2I", b, a)  # no swap after the last round


def ref_decrypt(key: bytes, block: bytes, sbox: tuple[tuple[int, ...], ...]) -> bytes:
    k = list(struct.unpack("<8I", key))
    n1, n2 = struct.unpack("<2I", block)
    a, b = _ref_rounds(n1, n2, k + k[::-1] * 3, sbox)
    return struct.pack("<2I", b, a)


def ref_mac(key: bytes, data: bytes, sbox: tuple[tuple[int, ...], ...]) -> bytes:
    k = list(struct.unpack("<8I", key))
    if len(data) % 8:
        data += bytes(8 - len(data) % 8)
    if len(data) == 8:
        data += bytes(8)
    s1 = s2 = 0
    for off in range(0, len(data), 8):
        m1, m2 = struct.unpack("<2I", data[off : off + 8])
        s1, s2 = _ref_rounds(s1 ^ m1, s2 ^ m2, k * 2, sbox)
    return struct.pack("<2I", s1, s2)[:4]


def random_sbox() -> tuple[tuple[int, ...], ...]:
    rows = []
    for _ in range(8):
        row = list(range(16))
        for i in range(15, 0, -1):
            j = secrets.randbelow(i + 1)
            row[i], row[j] = row[j], row[i]
        rows.append(tuple(row))
    return tuple(rows)


# --- tests ---------------------------------------------------------------------------------


def test_default_dke_is_the_vectors_sbox() -> None:
    assert DEFAULT_DKE.hex() == KAT["sbox"].split(": ")[1]
    assert DEFAULT_DKE[:8] == bytes.fromhex("a9d6eb45f13c7082")
    assert DEFAULT_SBOX[0] == (10, 9, 13, 6, 14, 11, 4, 5, 15, 1, 3, 12, 7, 0, 8, 2)


def test_pack_unpack_round_trip() -> None:
    assert pack_sbox(unpack_sbox(DEFAULT_DKE)) == DEFAULT_DKE
    box = random_sbox()
    assert unpack_sbox(pack_sbox(box)) == box
    with pytest.raises(ValueError):
        unpack_sbox(b"\x00" * 63)
    with pytest.raises(ValueError):
        pack_sbox([[0] * 16] * 7)
    with pytest.raises(ValueError):
        pack_sbox([[16] * 16] * 8)


@pytest.mark.parametrize("vec", [v for v in KAT["gost28147"] if v["mode"] == "ECB"])
def test_ecb_known_answer(vec: dict[str, str]) -> None:
    key, plain = bytes.fromhex(vec["key"]), bytes.fromhex(vec["plain"])
    assert ecb_encrypt(key, plain).hex() == vec["cipher"]
    assert ecb_decrypt(key, bytes.fromhex(vec["cipher"])) == plain
    # packed and unpacked S-box give the same cipher
    assert ecb_encrypt(key, plain, DEFAULT_SBOX).hex() == vec["cipher"]
    assert ecb_encrypt(key, plain, [list(r) for r in DEFAULT_SBOX]).hex() == vec["cipher"]


@pytest.mark.parametrize("vec", [v for v in KAT["gost28147"] if v["mode"] == "CFB"])
def test_cfb_known_answer(vec: dict[str, str]) -> None:
    key, iv = bytes.fromhex(vec["key"]), bytes.fromhex(vec["iv"])
    plain = bytes.fromhex(vec["plain"])
    assert cfb_encrypt(key, iv, plain).hex() == vec["cipher"]
    assert cfb_decrypt(key, iv, bytes.fromhex(vec["cipher"])) == plain
    # a partial last block is the prefix of the full-length result
    assert cfb_encrypt(key, iv, plain[:11]).hex() == vec["cipher"][:22]
    assert cfb_decrypt(key, iv, bytes.fromhex(vec["cipher"])[:11]) == plain[:11]


def test_spec_vector_from_reference_text() -> None:
    key = bytes(range(32))
    plain = bytes.fromhex("0001020304050607f1f2f3f4f5f6f7f8")
    assert ecb_encrypt(key, plain) == bytes.fromhex("e393a17df2b6de6f2086d8230c277432")


@pytest.mark.parametrize("sbox_kind", ["default", "random"])
def test_table_core_matches_reference(sbox_kind: str) -> None:
    box = DEFAULT_SBOX if sbox_kind == "default" else random_sbox()
    for _ in range(20):
        key = secrets.token_bytes(32)
        block = secrets.token_bytes(8)
        c = Gost28147(key, pack_sbox(box))
        enc = c.encrypt_block(block)
        assert enc == ref_encrypt(key, block, box)
        assert c.decrypt_block(enc) == block
        assert ref_decrypt(key, enc, box) == block
        as_int = int.from_bytes(block, "little")
        assert c.encrypt_int(as_int) == int.from_bytes(enc, "little")
        assert c.decrypt_int(int.from_bytes(enc, "little")) == as_int


def test_carry_into_bit_32_is_handled() -> None:
    # key words and data near 2**32 force n + k >= 2**32 in many rounds
    key = b"\xff" * 32
    block = b"\xff" * 8
    assert Gost28147(key).encrypt_block(block) == ref_encrypt(key, block, DEFAULT_SBOX)


def test_ecb_multi_block_and_errors() -> None:
    key = secrets.token_bytes(32)
    data = secrets.token_bytes(64)
    enc = ecb_encrypt(key, data)
    assert all(
        enc[i : i + 8] == ref_encrypt(key, data[i : i + 8], DEFAULT_SBOX) for i in range(0, 64, 8)
    )
    assert ecb_decrypt(key, enc) == data
    with pytest.raises(ValueError):
        ecb_encrypt(key, b"\x00" * 7)
    with pytest.raises(ValueError):
        Gost28147(b"short")
    with pytest.raises(ValueError):
        cfb_encrypt(key, b"\x00" * 7, data)


def _ref_cfb(key: bytes, iv: bytes, data: bytes) -> bytes:
    out = b""
    fb = iv
    for off in range(0, len(data), 8):
        gamma = ref_encrypt(key, fb, DEFAULT_SBOX)
        chunk = bytes(a ^ b for a, b in zip(data[off : off + 8], gamma, strict=False))
        out += chunk
        fb = chunk
    return out


def test_cfb_against_reference() -> None:
    key, iv = secrets.token_bytes(32), secrets.token_bytes(8)
    for size in (0, 1, 8, 13, 40):
        data = secrets.token_bytes(size)
        enc = cfb_encrypt(key, iv, data)
        assert enc == _ref_cfb(key, iv, data)
        assert cfb_decrypt(key, iv, enc) == data


def _ref_ctr(key: bytes, iv: bytes, data: bytes) -> bytes:
    s = ref_encrypt(key, iv, DEFAULT_SBOX)
    n3, n4 = struct.unpack("<2I", s)
    out = b""
    for off in range(0, len(data), 8):
        n3 = (n3 + 0x1010101) % 2**32
        n4 = (n4 + 0x1010104 - 1) % (2**32 - 1) + 1
        gamma = ref_encrypt(key, struct.pack("<2I", n3, n4), DEFAULT_SBOX)
        out += bytes(a ^ b for a, b in zip(data[off : off + 8], gamma, strict=False))
    return out


def test_ctr_against_reference_and_self_inverse() -> None:
    key, iv = secrets.token_bytes(32), secrets.token_bytes(8)
    for size in (0, 5, 16, 29):
        data = secrets.token_bytes(size)
        enc = ctr_crypt(key, iv, data)
        assert enc == _ref_ctr(key, iv, data)
        assert ctr_crypt(key, iv, enc) == data
    # the N4 counter wraps modulo 2**32 - 1 and is never 0
    c = Gost28147(key)
    for n4 in (0xFFFFFFFF - 0x1010104, 0xFFFFFFFF - 0x1010103, 0xFFFFFFFF):
        start = c.decrypt_block(struct.pack("<2I", 0, n4))  # so that E(iv) = (0, n4)
        assert ctr_crypt(key, start, bytes(24)) == _ref_ctr(key, start, bytes(24))


def test_mac_against_reference() -> None:
    key = secrets.token_bytes(32)
    for size in (1, 7, 8, 9, 16, 30, 907):
        data = secrets.token_bytes(size)
        assert mac(key, data) == ref_mac(key, data, DEFAULT_SBOX)
    assert len(mac(key, b"abc", size=8)) == 8
    with pytest.raises(ValueError):
        mac(key, b"abc", size=9)


def test_module_exports_exist() -> None:
    for name in gost28147.__all__:
        assert hasattr(gost28147, name)
