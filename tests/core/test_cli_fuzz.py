"""No traceback, ever, from the command line (issue 11, item 6): each command that parses a file
gets ≥ 10 000 mutated files through `cli.main` itself, seeded with the inputs the audit found
(DSTU/ECDSA key files, CMS, 5 000-digit integers, `saved` 1e300 / NaN). Every run must end with
exit 0, 1 or 2 and, on 2, a known one-line reason: the top-level guard's "unexpected problem"
line counts as a failure here, since it means some parser let a raw exception out.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.hazmat.primitives.serialization import pkcs12 as crypto_pkcs12
from cryptography.x509.oid import NameOID

from ehealth_wizard.cli import main
from tests.fixtures import fixture_path
from tests.signing.fuzz_support import Seed, mutate

INPUTS = 10_000
UNEXPECTED = "unexpected problem"
VECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "vectors"


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def _fuzz(
    name: str, seeds: list[bytes], argv: Callable[[Path], list[str]], folder: Path, salt: int
) -> int:
    """Feed INPUTS mutations of `seeds` (and the seeds themselves) to one command."""
    rng = random.Random(0x11_0000 + salt)
    prepared = [Seed(s) for s in seeds]
    target = folder / f"{name}.input"
    started = time.monotonic()
    for n in range(INPUTS + len(seeds)):
        data = seeds[n] if n < len(seeds) else mutate(rng.choice(prepared), rng)
        target.write_bytes(data)
        try:
            code, err = _run(argv(target))
        except BaseException as exc:  # only an interpreter-level escape gets here
            exc.add_note(f"{name} input {n}: {data.hex()}")
            raise
        assert code in (0, 1, 2), (name, n, code, err, data.hex())
        assert UNEXPECTED not in err, (name, n, err, data.hex())
        assert "Traceback" not in err, (name, n, err)
        lines = [line for line in err.splitlines() if line.startswith("error:")]
        assert len(lines) <= 1, (name, n, err)
    took = time.monotonic() - started
    print(f"{name}: {INPUTS + len(seeds)} inputs, 0 tracebacks, {took:.1f} s")
    return INPUTS + len(seeds)


# --- seeds -----------------------------------------------------------------------------------


def _ecdsa_material() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Коваленко Олена Петрівна"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, "TINUA-3127781333"),
        ]
    )
    import datetime as dt

    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(0x1101)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _cms_seeds() -> list[bytes]:
    key, cert = _ecdsa_material()
    content = fixture_path("llc_outpatient_clinic", "payload").read_bytes()
    attached = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    return [attached]


def _key_seeds(folder: Path) -> tuple[list[bytes], Path]:
    key, cert = _ecdsa_material()
    cheap = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(1)
        .key_cert_algorithm(crypto_pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(b"pw")
    )
    p12 = crypto_pkcs12.serialize_key_and_certificates(b"k", key, cert, None, cheap)
    pkcs8 = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    password = folder / "password.txt"
    password.write_text("pw")
    # the DSTU certificates of the committed vectors ride along in the key's folder
    return [p12, pkcs8, (VECTORS / "jkurwa" / "Key40A0.cer").read_bytes()], password


def _json_seeds() -> list[bytes]:
    draft = fixture_path("llc_outpatient_clinic").read_bytes()
    request = fixture_path("llc_outpatient_clinic", "payload").read_bytes()
    v1 = json.dumps(
        {"version": 1, "id": "d1", "saved": 1_700_000_000, "data": {}, "page": 1}
    ).encode()
    audit = [  # what the audit found: each was a traceback from `draft import`
        v1.replace(b"1700000000", b"1e300"),
        v1.replace(b"1700000000", b"NaN"),
        v1.replace(b"1700000000", b"9" * 5000),
        request.replace(b'"edrpou": "', b'"edrpou": ' + b"7" * 5000 + b', "x": "', 1),
    ]
    return [draft, request, v1, *audit]


# --- the parsers -----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EHEALTH_WIZARD_DATA_DIR", str(tmp_path / "data"))


def test_fuzz_verify(tmp_path: Path) -> None:
    _fuzz("verify", _cms_seeds(), lambda f: ["verify", "--json", str(f)], tmp_path, 1)


def test_fuzz_key_info(tmp_path: Path) -> None:
    seeds, password = _key_seeds(tmp_path)
    _fuzz(
        "key-info",
        seeds,
        lambda f: ["key-info", "--json", "--key", str(f), "--password-file", str(password)],
        tmp_path,
        2,
    )


def test_fuzz_draft_import(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    _fuzz(
        "draft-import",
        _json_seeds(),
        lambda f: ["--data-dir", data, "draft", "import", str(f)],
        tmp_path,
        3,
    )


def test_fuzz_check(tmp_path: Path) -> None:
    _fuzz(
        "check",
        _json_seeds(),
        lambda f: ["check", "--json", "--today", "2026-01-15", str(f)],
        tmp_path,
        4,
    )
