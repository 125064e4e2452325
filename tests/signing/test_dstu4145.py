"""DSTU 4145-2002: the ten curves, key pairs, sign/verify, compression, encodings, real data."""

from __future__ import annotations

import itertools
import json
import secrets
from pathlib import Path

import pytest
from asn1crypto import cms, core, parser, pem, x509
from hypothesis import given, settings
from hypothesis import strategies as st

from ehealth_wizard.core.signing.ua import dstu4145 as dstu
from ehealth_wizard.core.signing.ua.dstu4145 import (
    Curve,
    InvalidPoint,
    InvalidSignatureEncoding,
    Point,
    PrivateKey,
)
from ehealth_wizard.core.signing.ua.gost34311 import gost34311

VECTORS = Path(__file__).resolve().parent / "ua_vectors"
KAT = json.loads((VECTORS / "gost-known-answers.json").read_text())
CURVES_JSON = json.loads((VECTORS / "dstu4145_curves.json").read_text())


def naive_mul(curve: Curve, k: int, p: Point | None) -> Point | None:
    """Affine double-and-add: slow but obviously right."""
    r: Point | None = None
    for bit in bin(k)[2:]:
        r = curve.double(r)
        if bit == "1":
            r = curve.add(r, p)
    return r


# --- curves -------------------------------------------------------------------------------


def test_named_curves_match_the_vector_file() -> None:
    for entry in CURVES_JSON["curves"]:
        c = dstu.named_curve(entry["index"])
        assert c.oid == entry["oid"]
        assert c.m == entry["m"]
        assert c.exponents == tuple(entry["poly_exponents"])
        assert c.a == int(entry["a"]) if isinstance(entry["a"], int) else int(entry["a"], 16)
        assert c.b == int(entry["b"], 16)
        assert c.n == int(entry["n"], 16)
        assert c.base == Point(int(entry["px"], 16), int(entry["py"], 16))
        assert dstu.named_curve_by_oid(entry["oid"]) is c
    with pytest.raises(ValueError):
        dstu.named_curve(10)
    with pytest.raises(ValueError):
        dstu.named_curve_by_oid("1.2.3")


@pytest.mark.parametrize("index", range(10))
def test_each_curve(index: int) -> None:
    c = dstu.named_curve(index)
    assert c.is_on_curve(c.base)
    assert c.mul(c.n, c.base) is None  # n·P = O
    assert c.mul(c.n - 1, c.base) == c.negate(c.base)
    assert c.mul_base(c.n + 5) == c.mul(5, c.base)
    # compression round trip (base point and a random point)
    k = 1 + secrets.randbelow(c.n - 1)
    p = c.mul_base(k)
    assert p is not None
    assert p == c.mul(k, c.base)
    for q in (c.base, p):
        assert dstu.decompress_point(c, dstu.compress_point(c, q)) == q
        raw = dstu.public_key_bytes_le(c, q)
        assert len(raw) == (c.m + 7) // 8
        assert dstu.public_key_from_bytes_le(c, raw) == q
    # key pair, sign, verify, tampering
    key = PrivateKey(c, 1 + secrets.randbelow(c.n - 1))
    q = key.public_key()
    assert c.is_on_curve(q)
    h = secrets.token_bytes(32)
    r, s = key.sign(h)
    assert 0 < r < c.n and 0 < s < c.n
    assert r.bit_length() < c.n.bit_length()
    assert dstu.verify(c, q, h, r, s)
    assert not dstu.verify(c, q, bytes([h[0] ^ 1]) + h[1:], r, s)
    assert not dstu.verify(c, q, h, r, (s + 1) % c.n or 1)
    assert not dstu.verify(c, q, h, r ^ 1 or 2, s)
    assert not dstu.verify(c, c.negate(q), h, r, s)  # type: ignore[arg-type]


def test_scalar_multiplication_against_affine_reference() -> None:
    for index in (0, 2, 6):
        c = dstu.named_curve(index)
        for k in (1, 2, 3, 15, 16, 17, 31, 32, 33, 1 + secrets.randbelow(c.n - 1)):
            expected = naive_mul(c, k, c.base)
            assert c.mul(k, c.base) == expected
            assert c.mul_base(k) == expected
        q = c.mul_base(12345)
        assert q is not None
        k1, k2 = secrets.randbelow(c.n), 1 + secrets.randbelow(c.n - 1)
        assert c.mul_add(k1, k2, q) == c.add(c.mul_base(k1), c.mul(k2, q))
        assert c.mul(-7, q) == c.negate(c.mul(7, q))
        assert c.mul(0, q) is None
        assert c.mul_base(0) is None
        assert c._fixed is not None  # both k·P paths (before and after the table) were used


def test_group_law_edge_cases() -> None:
    c = dstu.named_curve(6)
    p = c.base
    assert c.add(p, c.negate(p)) is None
    assert c.add(None, p) == p
    assert c.add(p, None) == p
    assert c.add(p, p) == c.double(p)
    two = Point(0, c.field.sqrt(c.b))  # the point of order 2
    assert c.is_on_curve(two)
    assert c.double(two) is None
    assert c.mul(2, two) is None
    assert not c.is_on_curve(None)
    assert not c.is_on_curve(Point(p.x, p.y ^ 1))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=2**300))
def test_digit_recodings_reconstruct_the_scalar(k: int) -> None:
    naf = dstu._wnaf(k, 5)
    assert sum(d << i for i, d in enumerate(naf)) == k
    assert all(d == 0 or (d % 2 and -16 < d < 16) for d in naf)
    # no two non-zero digits within a window of 5
    nz = [i for i, d in enumerate(naf) if d]
    assert all(b - a >= 5 for a, b in itertools.pairwise(nz))
    digits = dstu._signed_digits(k, 5)
    assert sum(d << (5 * i) for i, d in enumerate(digits)) == k
    assert all(-16 <= d <= 16 for d in digits)


# --- the exact signing equations -----------------------------------------


def test_sign_follows_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    c = dstu.named_curve(6)
    d = 1 + secrets.randbelow(c.n - 1)
    e = 1 + secrets.randbelow(c.n - 1)
    monkeypatch.setattr(dstu.secrets, "randbelow", lambda n: e - 1)
    h = secrets.token_bytes(32)
    r, s = PrivateKey(c, d).sign(h)
    # independent recomputation: reverse the hash, multiply by x(eP), cut to bitlen(n) - 1
    hf = int.from_bytes(h[::-1], "big") & ((1 << c.m) - 1) or 1
    ep = naive_mul(c, e, c.base)
    assert ep is not None
    y = c.field.mul(hf, ep.x)
    assert r == y % (1 << (c.n.bit_length() - 1))
    assert s == (e + d * r) % c.n
    # public key is −d·P
    assert PrivateKey(c, d).public_key() == c.negate(naive_mul(c, d, c.base))


def test_hash_to_field() -> None:
    c163 = dstu.named_curve(0)
    h = b"\xff" * 32
    assert dstu.hash_to_field(c163, h) == (1 << 163) - 1
    assert dstu.hash_to_field(c163, bytes(32)) == 1
    assert dstu.hash_to_field(dstu.named_curve(6), b"\x01" + bytes(31)) == 1
    assert dstu.hash_to_field(dstu.named_curve(6), bytes(31) + b"\x01") == 1 << 248


def test_nonces_never_repeat() -> None:
    c = dstu.named_curve(6)
    key = PrivateKey(c, 1 + secrets.randbelow(c.n - 1))
    h = secrets.token_bytes(32)
    sigs = {key.sign(h) for _ in range(4)}
    assert len({r for r, _ in sigs}) == 4


def test_private_key_lifecycle() -> None:
    c = dstu.named_curve(6)
    with PrivateKey(c, 12345) as key:
        sig = key.sign_le(bytes(32))
        assert len(sig) == 64
        assert "12345" not in repr(key)
    assert "destroyed" in repr(key)
    with pytest.raises(ValueError):
        key.sign(bytes(32))
    with pytest.raises(ValueError):
        key.public_key()
    for bad in (0, c.n, -1):
        with pytest.raises(ValueError):
            PrivateKey(c, bad)


# --- encodings ------------------------------------------------------------------------------


def test_signature_encodings() -> None:
    c = dstu.named_curve(6)
    r, s = 0x0102 | (1 << 200), 0x0304 | (1 << 250)
    be = dstu.encode_signature_be(c, r, s)
    le = dstu.encode_signature_le(c, r, s)
    assert len(be) == len(le) == 64
    assert be == s.to_bytes(32, "big") + r.to_bytes(32, "big")
    assert le == be[::-1]
    assert le[:32] == r.to_bytes(32, "little")
    assert dstu.decode_signature_le(c, le) == (r, s)
    assert dstu.decode_signature_be(c, be) == (r, s)
    with pytest.raises(InvalidSignatureEncoding):
        dstu.decode_signature_le(c, b"\x01" * 63)
    with pytest.raises(InvalidSignatureEncoding):
        dstu.decode_signature_le(c, b"")
    assert dstu.named_curve(9).signature_half_bytes == 54


def test_invalid_points_are_rejected() -> None:
    c = dstu.named_curve(6)
    with pytest.raises(InvalidPoint):
        dstu.public_key_from_bytes_le(c, b"\x01" * 32)
    with pytest.raises(InvalidPoint):
        dstu.decompress_point(c, 1 << 257)
    # about half of all x values have no point: find one and check it is refused
    f = c.field
    for x in range(2, 400, 2):
        if f.trace(x) != f.trace(c.a):
            x |= 1
        w = x ^ c.a ^ f.mul(c.b, f.inv(f.sqr(x)))
        if f.trace(w):
            with pytest.raises(InvalidPoint):
                dstu.decompress_point(c, x)
            break
    else:  # pragma: no cover
        pytest.fail("no invalid x found")
    q = c.base
    assert not dstu.verify(c, Point(q.x, q.y ^ 1), bytes(32), 1, 1)
    assert not dstu.verify(c, q, bytes(32), 0, 1)
    assert not dstu.verify(c, q, bytes(32), 1, c.n)
    assert dstu.compress_point(c, Point(0, f.sqrt(c.b))) == 0
    assert dstu.decompress_point(c, 0) == Point(0, f.sqrt(c.b))


def test_explicit_parameters() -> None:
    c6 = dstu.named_curve(6)
    same = dstu.curve_from_params(257, [12, 0], 0, c6.b, c6.n, c6.base.x, c6.base.y)
    assert same is c6 and same.index == 6
    comp = dstu.compress_point(c6, c6.base)
    assert dstu.curve_from_params_compressed(257, (12,), 0, c6.b, c6.n, comp) is c6
    assert dstu.curve_from_params(257, (12,), 0, c6.b, c6.n, comp) is c6
    # a genuinely explicit curve: the 163-bit curve's parameters with another base point
    c0 = dstu.named_curve(0)
    other = c0.mul_base(7)
    assert other is not None
    ex = dstu.curve_from_params(163, (7, 6, 3), 1, c0.b, c0.n, other.x, other.y)
    assert ex.index is None and ex.oid is None
    key = PrivateKey(ex, 99)
    r, s = key.sign(bytes(range(32)))
    assert dstu.verify(ex, key.public_key(), bytes(range(32)), r, s)
    assert dstu.curve_from_params(163, (7, 6, 3), 1, c0.b, c0.n, other.x, other.y) is ex
    with pytest.raises(InvalidPoint):
        dstu.curve_from_params(163, (7, 6, 3), 1, c0.b, c0.n, other.x, other.y ^ 1)
    with pytest.raises(ValueError):  # n + 2 is not the order (and not prime)
        dstu.curve_from_params(163, (7, 6, 3), 1, c0.b, c0.n + 2, other.x, other.y)
    wrong_n = c0.n + 2  # a prime that is not the order: n·P ≠ O
    while not dstu._probably_prime(wrong_n):
        wrong_n += 2
    with pytest.raises(InvalidPoint):
        dstu.curve_from_params(163, (7, 6, 3), 1, c0.b, wrong_n, other.x, other.y)
    with pytest.raises(ValueError):
        dstu.curve_from_params(163, (7, 6, 3), 2, c0.b, c0.n, other.x, other.y)
    with pytest.raises(ValueError):
        dstu.curve_from_params(163, (7, 6, 3), 1, 0, c0.n, other.x, other.y)


# --- real data: jkurwa message.p7, PRIV1.cer, SELF_SIGNED1.cer ---------------------------------


def _tlvs(data: bytes) -> list[tuple[int, int, int, bytes, bytes, bytes]]:
    out = []
    while data:
        size = parser.peek(data)
        out.append(parser.parse(data[:size]))
        data = data[size:]
    return out


def _cert_public_key() -> tuple[Curve, Point]:
    cert = x509.Certificate.load((VECTORS / "jkurwa" / "SELF_SIGNED1.cer").read_bytes())
    spki = cert["tbs_certificate"]["subject_public_key_info"]
    assert spki["algorithm"]["algorithm"].dotted == "1.2.804.2.1.1.1.1.3.1.1"
    params = _tlvs(spki["algorithm"]["parameters"].dump())[0][4]
    curve_oid, dke = _tlvs(params)
    assert (
        core.ObjectIdentifier.load(curve_oid[3] + curve_oid[4]).dotted
        == "1.2.804.2.1.1.1.1.3.1.1.2.6"
    )
    assert dke[4] == bytes.fromhex(KAT["sbox"].split(": ")[1])
    inner = core.OctetString.load(spki["public_key"].contents[1:]).native
    c = dstu.named_curve(6)
    return c, dstu.public_key_from_bytes_le(c, inner)


def test_verify_the_real_signature_in_message_p7() -> None:
    c, q = _cert_public_key()
    info = cms.ContentInfo.load((VECTORS / "jkurwa" / "message.p7").read_bytes())
    signed = info["content"]
    assert signed["encap_content_info"]["content"].native == b"123"
    signer = signed["signer_infos"][0]
    sig = signer["signature"].native
    assert sig.hex() == KAT["dstu4145_cms"]["signature"]
    attrs = signer["signed_attrs"].dump()
    tbs = b"\x31" + attrs[1:]
    r, s = dstu.decode_signature_le(c, sig)
    assert dstu.verify(c, q, gost34311(tbs), r, s)
    # the messageDigest attribute is GOST 34.311 of the content
    digests = [a for a in signer["signed_attrs"] if a["type"].native == "message_digest"]
    assert digests[0]["values"][0].native == gost34311(b"123")
    # one changed byte of the signed attributes, or of the signature, fails
    bad = bytearray(tbs)
    bad[-1] ^= 1
    assert not dstu.verify(c, q, gost34311(bytes(bad)), r, s)
    r2, s2 = dstu.decode_signature_le(c, bytes([sig[0] ^ 1]) + sig[1:])
    assert not dstu.verify(c, q, gost34311(tbs), r2, s2)


def test_priv1_explicit_curve_and_key_match_the_certificate() -> None:
    top = _tlvs((VECTORS / "jkurwa" / "PRIV1.cer").read_bytes())[0]
    _version, alg, d_octets, _attrs = _tlvs(top[4])
    _oid, params = _tlvs(alg[4])
    curve_tlv, _dke = _tlvs(params[4])
    f, a, b, n, bp = _tlvs(curve_tlv[4])
    m, k = _tlvs(f[4])

    def integer(t: tuple[int, int, int, bytes, bytes, bytes]) -> int:
        return int.from_bytes(t[4], "big", signed=True)

    c = dstu.curve_from_params_compressed(
        integer(m),
        (integer(k),),
        integer(a),
        int.from_bytes(b[4], "little"),
        integer(n),
        int.from_bytes(bp[4], "little"),
    )
    cert_curve, q = _cert_public_key()
    assert c is cert_curve  # explicit parameters of the 257-bit named curve
    key = PrivateKey(c, int.from_bytes(d_octets[4], "little"))
    assert key.public_key() == q
    h = gost34311(b"123")
    r, s = key.sign(h)
    assert dstu.verify(c, q, h, r, s)


def test_points_of_small_order_do_not_break_multiplication() -> None:
    c = dstu.named_curve(6)  # cofactor 4: there are points of order 2 and 4
    two = Point(0, c.field.sqrt(c.b))
    assert c.mul(5, two) == two
    assert c.mul(6, two) is None
    f = c.field
    four = None
    for x in range(3, 400):  # a point outside 2E: Tr(x) ≠ Tr(a), so n·P has order 4
        if f.trace(x) == f.trace(c.a):
            continue
        z = f.solve_quadratic(x ^ c.a ^ f.mul(c.b, f.inv(f.sqr(x))))
        if z is not None:
            four = Point(x, f.mul(z, x))
            break
    assert four is not None and c.is_on_curve(four)
    t = c.mul(c.n, four)  # a point of order 2 or 4, not in the prime subgroup
    assert t is not None
    assert c.mul(c.n * 4, four) is None
    assert c.mul(3, t) == c.add(t, c.double(t))
    assert not dstu.verify(c, t, bytes(32), 1, 1)


def test_hostile_explicit_parameters_are_refused() -> None:
    c0 = dstu.named_curve(0)
    other = c0.mul_base(7)
    assert other is not None
    with pytest.raises(ValueError):  # x^8 + 1 is reducible
        dstu.curve_from_params(8, (0,), 1, 1, 7, 1, 1)
    with pytest.raises(ValueError):  # x^163 + x^7 + 1 is reducible
        dstu.curve_from_params(163, (7,), 1, c0.b, c0.n, other.x, other.y)
    with pytest.raises(ValueError):
        dstu.curve_from_params(163, (7, 6, 3), 1, c0.b, c0.n * 3, other.x, other.y)
    with pytest.raises(ValueError):
        dstu.curve_from_params(5000, (7,), 1, 1, 7, 1, 1)
    with pytest.raises(ValueError):
        dstu.curve_from_params(163, (7, 6), 1, c0.b, c0.n, other.x, other.y)
    with pytest.raises(ValueError):
        dstu.curve_from_params(163, (9,), 1, c0.b, c0.n, 5)  # compressed base, reducible f


def test_probable_prime_helper() -> None:
    def is_prime(n: int) -> bool:
        return n > 1 and all(n % p for p in range(2, int(n**0.5) + 1))

    assert all(dstu._probably_prime(n) == is_prime(n) for n in range(3000))
    assert all(dstu._probably_prime(dstu.named_curve(i).n) for i in range(10))
    assert not dstu._probably_prime(dstu.named_curve(6).n * 3)


def test_verify_dstu_engine_cms_with_explicit_curve_in_the_certificate() -> None:
    """dstu-engine/cms.pem: another implementation's signature; the certificate carries the
    257-bit curve as explicit ECBinary parameters and the signature is OCTET STRING-wrapped."""
    _, _, der = pem.unarmor((VECTORS / "dstu-engine" / "cms.pem").read_bytes())
    signed = cms.ContentInfo.load(der)["content"]
    cert = signed["certificates"][0].chosen
    spki = cert["tbs_certificate"]["subject_public_key_info"]
    params = _tlvs(spki["algorithm"]["parameters"].dump())[0][4]
    curve_tlv, dke = _tlvs(params)
    assert dke[4] == bytes.fromhex(KAT["sbox"].split(": ")[1])
    f, a, b, n, bp = _tlvs(curve_tlv[4])
    m, k = _tlvs(f[4])

    def integer(t: tuple[int, int, int, bytes, bytes, bytes]) -> int:
        return int.from_bytes(t[4], "big", signed=True)

    c = dstu.curve_from_params(
        integer(m),
        (integer(k),),
        integer(a),
        int.from_bytes(b[4], "little"),
        integer(n),
        int.from_bytes(bp[4], "little"),
    )
    assert c.index == 6
    q = dstu.public_key_from_bytes_le(
        c, core.OctetString.load(spki["public_key"].contents[1:]).native
    )
    signer = signed["signer_infos"][0]
    raw = core.OctetString.load(signer["signature"].native).native
    assert len(raw) == 64
    tbs = b"\x31" + signer["signed_attrs"].dump()[1:]
    r, s = dstu.decode_signature_le(c, raw)
    assert dstu.verify(c, q, gost34311(tbs), r, s)
    assert not dstu.verify(c, q, gost34311(tbs + b"\x00"), r, s)


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=1), st.binary(min_size=32, max_size=32))
def test_random_keys_and_hashes_round_trip(seed: int, h: bytes) -> None:
    c = dstu.named_curve(0)
    d = seed % (c.n - 1) + 1
    key = PrivateKey(c, d)
    q = key.public_key()
    assert dstu.public_key_from_bytes_le(c, dstu.public_key_bytes_le(c, q)) == q
    r, s = key.sign(h)
    assert dstu.verify(c, q, h, r, s)
    assert dstu.decode_signature_le(c, dstu.encode_signature_le(c, r, s)) == (r, s)
