"""A fresh SoftHSM2 token per test: temporary SOFTHSM2_CONF + token folder, keys generated ON the
token with pkcs11-tool, certificates written beside them (same CKA_ID).

Key generation, certificate writing and token surgery happen in separate processes (softhsm2-util,
pkcs11-tool), as a director's provider would do it; the program under test then loads the module
in this process. `forget_modules()` before and after makes the in-process SoftHSM re-read the
configuration of the current test.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from asn1crypto import keys, x509

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
PIN = "1234"
SO_PIN = "12345678"

# SoftHSM's token.object keeps the CK_TOKEN_INFO flags as attribute CKA_OS_TOKENFLAGS
# (CKA_VENDOR_SOFTHSM + 0x534B): records are u64 type, u64 kind, then the value.
_CKA_OS_TOKENFLAGS = 0x8000534B

requires_softhsm = pytest.mark.skipif(
    not (
        os.path.exists(SOFTHSM_MODULE)
        and shutil.which("softhsm2-util")
        and shutil.which("pkcs11-tool")
    ),
    reason="softhsm2 and opensc (pkcs11-tool) are needed",
)
SOFTHSM_MARKS = [pytest.mark.softhsm, requires_softhsm]


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {done.stdout}\n{done.stderr}")
    return done.stdout


@dataclass
class SoftHsm:
    """One temporary SoftHSM2 world (its own config and token folder)."""

    root: Path
    module: str = SOFTHSM_MODULE
    labels: list[str] = field(default_factory=list)
    pins: dict[str, str] = field(default_factory=dict)

    @property
    def conf(self) -> Path:
        return self.root / "softhsm2.conf"

    @property
    def token_root(self) -> Path:
        return self.root / "tokens"

    def write_conf(self) -> None:
        self.token_root.mkdir(parents=True, exist_ok=True)
        self.conf.write_text(
            f"directories.tokendir = {self.token_root}\n"
            "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
            encoding="utf-8",
        )

    def init_token(self, label: str = "T", pin: str = PIN, so_pin: str = SO_PIN) -> None:
        _run(
            "softhsm2-util", "--init-token", "--free", "--label", label,
            "--so-pin", so_pin, "--pin", pin,
        )  # fmt: skip
        self.labels.append(label)
        self.pins[label] = pin

    def _tool(self, label: str, *args: str, login: bool = True) -> str:
        base = ["pkcs11-tool", "--module", self.module, "--token-label", label]
        if login:
            base += ["--login", "--pin", self.pins.get(label, PIN)]
        return _run(*base, *args)

    def generate(self, label: str, key_type: str, key_id: bytes, name: str) -> keys.PublicKeyInfo:
        """A key pair generated on the token (`EC:prime256v1`, `rsa:2048`); its public key."""
        self._tool(
            label, "--keypairgen", "--key-type", key_type, "--id", key_id.hex(), "--label", name
        )
        out = self.root / f"pub-{key_id.hex()}.der"
        self._tool(
            label, "--read-object", "--type", "pubkey", "--id", key_id.hex(), "-o", str(out),
            login=False,
        )  # fmt: skip
        return keys.PublicKeyInfo.load(out.read_bytes())

    def store_certificate(
        self, label: str, cert: x509.Certificate, key_id: bytes, name: str
    ) -> None:
        path = self.root / f"cert-{key_id.hex()}-{name}.der"
        path.write_bytes(cert.dump())
        self._tool(
            label, "--write-object", str(path), "--type", "cert", "--id", key_id.hex(),
            "--label", name,
        )  # fmt: skip

    def token_dir(self, label: str) -> Path:
        for child in self.token_root.iterdir():
            obj = child / "token.object"
            if obj.exists() and label.encode().ljust(32) in obj.read_bytes():
                return child
        raise LookupError(label)

    def set_token_flags(self, label: str, add: int = 0, remove: int = 0) -> None:
        """Change the CK_TOKEN_INFO flags SoftHSM keeps for the token (it reports them but never
        drives the PIN-retry ones itself, so this is how a token "says" few tries / locked)."""
        path = self.token_dir(label) / "token.object"
        data = bytearray(path.read_bytes())
        pos = 8  # u64 generation counter first
        while pos < len(data):
            attr_type, kind = struct.unpack_from(">QQ", data, pos)
            pos += 16
            if kind == 1:  # bool
                size = 1
            elif kind == 2:  # unsigned long (u64)
                size = 8
            else:  # byte string / mechanism set / attribute map: u64 length prefix
                (size,) = struct.unpack_from(">Q", data, pos)
                pos += 8
            if attr_type == _CKA_OS_TOKENFLAGS:
                (flags,) = struct.unpack_from(">Q", data, pos)
                struct.pack_into(">Q", data, pos, (flags | add) & ~remove)
                # bump the object's generation counter so a running SoftHSM re-reads the file
                (generation,) = struct.unpack_from(">Q", data, 0)
                struct.pack_into(">Q", data, 0, generation + 1)
                path.write_bytes(bytes(data))
                return
            pos += size
        raise LookupError("CKA_OS_TOKENFLAGS not in token.object")

    def remove_token(self, label: str) -> None:
        """Pull the token out: its whole folder disappears under the running module."""
        shutil.rmtree(self.token_dir(label))


@pytest.fixture
def softhsm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SoftHsm]:
    """A temporary SOFTHSM2_CONF for this test only; modules forgotten before and after."""
    from ehealth_wizard.core.signing.tokens import modules, vendor

    hsm = SoftHsm(tmp_path / "softhsm")
    hsm.write_conf()
    monkeypatch.setenv("SOFTHSM2_CONF", str(hsm.conf))
    modules.forget_modules()
    yield hsm
    modules.forget_modules()
    vendor.forget_learned()
