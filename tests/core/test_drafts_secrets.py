"""Drafts never hold a password, PIN or key material: `save` refuses them before any write."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ehealth_wizard.core.drafts import DraftSecretRefused, DraftStore, Submission, find_secrets
from ehealth_wizard.core.flow import Step, Wizard, WizardState
from ehealth_wizard.core.model import Registration, set_path
from ehealth_wizard.core.problems import Problem
from ehealth_wizard.core.registration import record_in_draft

PASSWORD = "Пароль-до-ключа-2026!"  # the secret the test hunts for


def make_key_file(folder: Path, password: str) -> tuple[Path, bytes]:
    """A password-protected PKCS#12 like a director's key; returns it and its private key DER."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Коваль Петро")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    blob = pkcs12.serialize_key_and_certificates(
        b"director",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(password.encode()),
    )
    path = folder / "director.p12"
    path.write_bytes(blob)
    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return path, der


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "data")


PEM_KEY = (
    "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n"
    "-----END PRIVATE KEY-----\n"
)
P12_B64 = base64.b64encode(bytes(range(256)) * 2).decode()


@pytest.mark.parametrize(
    "extra",
    [
        {"password": "x"},
        {"key_password": "x"},
        {"keyPassword": "x"},
        {"PIN": "1234"},
        {"token_pin": "1234"},
        {"pin_code": "1234"},
        {"passphrase": "x"},
        {"private_key": "x"},
        {"privateKey": "x"},
        {"client_secret": "x"},
        {"pkcs12": "x"},
        {"nested": {"deeper": [{"user_password": ""}]}},
        {"note": PEM_KEY},
        {"blob": P12_B64},
        {"wrapped": "\n".join(P12_B64[i : i + 64] for i in range(0, len(P12_B64), 64))},
    ],
)
def test_save_refuses_secret_looking_meta(store: DraftStore, extra: dict[str, Any]) -> None:
    draft = store.new_draft()
    draft.meta.extra = extra
    with pytest.raises(DraftSecretRefused) as info:
        store.save(draft)
    assert info.value.params["path"].startswith("$.meta.extra")
    assert "1234" not in str(info.value) and "BEGIN" not in str(info.value)
    assert not store.folder.exists() or list(store.folder.iterdir()) == []


def test_save_refuses_key_material_in_a_registration_field(store: DraftStore) -> None:
    draft = store.new_draft(set_path(Registration.empty(), "$.license.what_licensed", PEM_KEY))
    with pytest.raises(DraftSecretRefused) as info:
        store.save(draft)
    assert info.value.params["path"] == "$.registration.license.what_licensed"


def test_save_refuses_raw_bytes(store: DraftStore) -> None:
    draft = store.new_draft()
    draft.meta.extra = {"thumbnail": b"\x89PNG"}
    with pytest.raises(DraftSecretRefused):
        store.save(draft)


def test_a_refused_save_leaves_the_previous_draft_alone(store: DraftStore) -> None:
    draft = store.new_draft(set_path(Registration.empty(), "$.name", "Клініка"))
    store.save(draft)
    before = store.main_path(draft.draft_id).read_bytes()
    draft.meta.extra = {"pin": "1234"}
    with pytest.raises(DraftSecretRefused):
        store.save(draft)
    assert store.main_path(draft.draft_id).read_bytes() == before
    assert not store.backup_path(draft.draft_id).exists()


def test_ordinary_text_is_not_mistaken_for_a_secret() -> None:
    ordinary = {
        "registration": Registration.empty().to_dict(),
        "meta": {
            "key_path": "/home/director/Ключі/Key-6.dat",
            "step": "key",
            "submission": Submission(job_id="5f1c2e9a-0b7d-4c55-9a51-3f1f3e0c1a77").to_dict(),
            "extra": {
                "spinner": True,  # "pin" inside a word is not a PIN
                "what_licensed": "Medical practice in general practice family medicine " * 5,
                "passport_number": "МЕ123456",
            },
        },
    }
    assert find_secrets(ordinary) == []


def _valid_enough(reg: Registration, today: dt.date | None) -> list[Problem]:
    return []  # the flow's completeness is not what this test is about


def test_a_whole_session_with_an_unlocked_key_leaves_no_secret_on_disk(tmp_path: Path) -> None:
    """Walk the wizard, unlock a real password-protected key, sign with it, autosave at every
    step: no file the store wrote holds the password or the key in any encoding."""
    key_path, key_der = make_key_file(tmp_path, PASSWORD)
    store = DraftStore(tmp_path / "data")
    draft = store.new_draft()
    reg = set_path(Registration.empty(), "$.name", "Клініка «Здоров'я»")
    reg = set_path(reg, "$.public_offer.consent", True)
    wizard = Wizard(WizardState(registration=reg), validator=_valid_enough)

    while wizard.current is not Step.SUBMIT:
        if wizard.current is Step.KEY:
            password = PASSWORD  # what the director typed into the key page
            private_key, _, _ = pkcs12.load_key_and_certificates(
                key_path.read_bytes(), password.encode()
            )
            assert isinstance(private_key, ec.EllipticCurvePrivateKey)
            private_key.sign(b"pre-flight", ec.ECDSA(hashes.SHA256()))
            wizard.set_key(str(key_path), checked=True)
            del password, private_key
        store.save(record_in_draft(wizard, draft))
        wizard.next()
    draft.meta.submission = Submission(server_url="http://127.0.0.1:1", job_id="job-7")
    store.save(record_in_draft(wizard, draft))

    written = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    assert written
    needles = [
        PASSWORD.encode("utf-8"),
        PASSWORD.encode("utf-16-le"),
        PASSWORD.encode("unicode_escape"),
        base64.b64encode(PASSWORD.encode()),
        key_der[-32:],
        base64.b64encode(key_der)[8:40],
        key_path.read_bytes()[:64],
        base64.b64encode(key_path.read_bytes())[8:40],
    ]
    for needle in needles:
        assert needle not in written
    loaded = store.load(draft.draft_id).draft
    assert loaded.meta.key_path == str(key_path)  # the path, and only the path
    assert loaded.meta.step == "submit"
