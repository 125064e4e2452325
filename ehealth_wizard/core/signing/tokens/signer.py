"""`TokenSigner`: the Signer whose private key never leaves the token.

The host hashes (SHA-2 for ECDSA, GOST 34.311 for DSTU 4145) and the token signs the digest;
RSA goes through CKM_SHA256_RSA_PKCS (the token hashes), or CKM_RSA_PKCS over a DigestInfo when
a module lacks it. The one call into the token is `TokenKey.sign(mechanism, data)`: the real one
is `Pkcs11Key` (python-pkcs11); a test substitutes it to exercise the DSTU vendor path, which no
free token emulator speaks. Every signature is checked against the certificate before it is
returned, so a key/certificate mix-up or a wrong DSTU byte order never leaves this module.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from asn1crypto import algos, core, x509
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.algorithms import (
    DSTU4145_BE,
    DSTU4145_LE,
    EC_PUBLIC_KEY,
    RSA_ENCRYPTION,
    verify_signature,
)
from ehealth_wizard.core.signing.signer_base import CertifiedSigner
from ehealth_wizard.core.signing.tokens import vendor
from ehealth_wizard.core.signing.tokens.errors import (
    TokenError,
    TokenKeyMissing,
    TokenMechanismUnsupported,
    TokenSignatureInvalid,
)
from ehealth_wizard.core.signing.tokens.modules import Module, resolve_module
from ehealth_wizard.core.signing.tokens.session import (
    PinPrompt,
    TokenCertificate,
    TokenInfo,
    _quiet_close,
    error_name,
    find_token,
    locate_token,
    login,
    mechanism,
    read_certificates,
    translate_error,
)

CKM_RSA_PKCS = 0x00000001
CKM_ECDSA = 0x00001041
CKM_SHA256_RSA_PKCS = 0x00000040
CKM_SHA384_RSA_PKCS = 0x00000041
CKM_SHA512_RSA_PKCS = 0x00000042
_RSA_MECHANISMS = {
    "sha256": CKM_SHA256_RSA_PKCS,
    "sha384": CKM_SHA384_RSA_PKCS,
    "sha512": CKM_SHA512_RSA_PKCS,
}
_EC_DIGEST = {
    "1.2.840.10045.3.1.7": "sha256",  # P-256
    "1.3.132.0.34": "sha384",  # P-384
    "1.3.132.0.35": "sha512",  # P-521
}
_EC_SIG_ALG = {"sha256": "sha256_ecdsa", "sha384": "sha384_ecdsa", "sha512": "sha512_ecdsa"}
_RSA_SIG_ALG = {"sha256": "sha256_rsa", "sha384": "sha384_rsa", "sha512": "sha512_rsa"}
DSTU_KEY_OIDS = (DSTU4145_LE, DSTU4145_BE)


class TokenKey(Protocol):
    """A private key on a token: the single low-level call that signs."""

    @property
    def module_name(self) -> str:
        """Module file name (the DSTU byte-order table is keyed by it)."""
        ...

    @property
    def manufacturer(self) -> str: ...

    @property
    def mechanisms(self) -> Collection[int] | None:
        """CKM_* the token offers, or None when the module does not say."""
        ...

    def sign(self, mechanism: int, data: bytes) -> bytes:
        """C_SignInit(mechanism) + C_Sign(data) on the key."""
        ...

    def close(self) -> None: ...


class Pkcs11Key:
    """A TokenKey over a python-pkcs11 session and private-key object."""

    def __init__(self, module: Module, session: Any, key: Any, info: TokenInfo) -> None:
        self._module = module
        self._session: Any = session
        self._key: Any = key
        self._info = info
        self._mechanisms: frozenset[int] | None = None
        try:
            mechs = module.call(lambda: session.token.slot.get_mechanisms())
            self._mechanisms = frozenset(int(m) for m in mechs)
        except Exception:  # noqa: S110 - some modules do not list mechanisms; then we just try
            pass

    @property
    def module_name(self) -> str:
        return self._module.name

    @property
    def manufacturer(self) -> str:
        return self._info.manufacturer

    @property
    def mechanisms(self) -> Collection[int] | None:
        return self._mechanisms

    def sign(self, mechanism_id: int, data: bytes) -> bytes:
        import pkcs11

        key = self._key
        if key is None:
            raise TokenError("token_closed")
        sign = getattr(key, "sign", None)
        if sign is None:  # python-pkcs11 adds sign() only to objects with CKA_SIGN true
            raise TokenMechanismUnsupported(label=self._info.label, mechanism="CKA_SIGN")
        mech = mechanism(mechanism_id)
        try:
            return bytes(self._module.call(lambda: sign(data, mechanism=mech)))
        except pkcs11.PKCS11Error as exc:
            raise translate_error(exc, self._module, self._info) from None

    def close(self) -> None:
        session, self._session, self._key = self._session, None, None
        if session is not None:
            self._module.call(lambda: _quiet_close(session))
            self._module.session_closed()


class TokenSigner(CertifiedSigner):
    """Signer protocol (core.signing.keys.Signer) over a key that stays on a token."""

    def __init__(
        self,
        key: TokenKey,
        certificate: x509.Certificate,
        chain: Sequence[x509.Certificate] = (),
        *,
        token: TokenInfo | None = None,
    ) -> None:
        super().__init__(certificate, chain)
        self._key = key
        self.token = token
        self._lock = threading.Lock()
        self._closed = False
        spki = certificate.public_key
        oid = spki["algorithm"]["algorithm"].dotted
        self.key_oid = oid
        if oid == EC_PUBLIC_KEY:
            curve = spki["algorithm"]["parameters"]
            curve_oid = curve.chosen.dotted if curve.name == "named" else ""
            if curve_oid not in _EC_DIGEST:
                raise TokenMechanismUnsupported(label=self.label, mechanism=f"EC {curve_oid}")
            self.kind = "ecdsa"
            self._digest = _EC_DIGEST[curve_oid]
            self._sig_alg = algos.SignedDigestAlgorithm({"algorithm": _EC_SIG_ALG[self._digest]})
        elif oid == RSA_ENCRYPTION:
            self.kind = "rsa"
            self._digest = "sha256"
            self._sig_alg = algos.SignedDigestAlgorithm({"algorithm": _RSA_SIG_ALG[self._digest]})
        elif oid in DSTU_KEY_OIDS:
            from ehealth_wizard.core.signing.dstu_spki import parse_spki

            self.kind = "dstu4145"
            self._digest = "gost34311"
            self._dstu_public = parse_spki(spki.dump())
            self._sig_alg = algos.SignedDigestAlgorithm({"algorithm": DSTU4145_LE})
        else:
            raise TokenMechanismUnsupported(label=self.label, mechanism=oid)

    @property
    def label(self) -> str:
        return self.token.label if self.token is not None else ""

    # -- Signer protocol ----------------------------------------------------------------------
    @property
    def digest_name(self) -> str:
        return self._digest

    @property
    def signature_algorithm(self) -> algos.SignedDigestAlgorithm:
        return self._sig_alg

    def sign(self, data: bytes) -> bytes:
        with self._lock:
            if self._closed:
                raise TokenError("token_closed")
            if self.kind == "ecdsa":
                signature = self._sign_ecdsa(data)
            elif self.kind == "rsa":
                signature = self._sign_rsa(data)
            else:
                return self._sign_dstu(data)
        if not verify_signature(
            self._certificate.public_key,
            self._sig_alg["algorithm"].dotted,
            signature,
            data,
            self._digest,
        ):
            raise TokenSignatureInvalid(label=self.label)
        return signature

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._key.close()

    # -- per algorithm ------------------------------------------------------------------------
    def _sign_ecdsa(self, data: bytes) -> bytes:
        raw = self._key.sign(CKM_ECDSA, digests.digest(self._digest, data))
        if not raw or len(raw) % 2:
            raise TokenSignatureInvalid(label=self.label)
        half = len(raw) // 2
        # PKCS#11 returns r‖s, big-endian, fixed width; CMS wants the DER SEQUENCE {r, s}.
        r, s = int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big")
        return encode_dss_signature(r, s)

    def _sign_rsa(self, data: bytes) -> bytes:
        mechs = self._key.mechanisms
        combined = _RSA_MECHANISMS[self._digest]
        if mechs is None or combined in mechs or CKM_RSA_PKCS not in mechs:
            return self._key.sign(combined, data)
        info = algos.DigestInfo(
            {
                "digest_algorithm": {"algorithm": self._digest, "parameters": core.Null()},
                "digest": digests.digest(self._digest, data),
            }
        )
        return self._key.sign(CKM_RSA_PKCS, info.dump())

    def _sign_dstu(self, data: bytes) -> bytes:
        from ehealth_wizard.core.signing.dstu_spki import verify_with_key
        from ehealth_wizard.core.signing.ua.gost34311 import gost34311

        public = self._dstu_public
        digest = gost34311(data, public.params.sbox)
        raw = self._key.sign(vendor.CKM_DSTU4145, digest)
        if len(raw) != 2 * public.params.order_bytes:
            raise TokenSignatureInvalid(label=self.label)
        configured = vendor.byte_order(self._key.module_name, self._key.manufacturer)
        for order in (configured, *(o for o in vendor.ORDERS if o != configured)):
            value = vendor.to_cms(raw, order)
            if verify_with_key(public, value, data):
                if order != configured:
                    vendor.remember_order(self._key.module_name, order)
                return value
        raise TokenSignatureInvalid(label=self.label)


# --- opening ----------------------------------------------------------------------------------


def _choose(
    certs: Sequence[TokenCertificate], cert_id: bytes | None, label: str
) -> TokenCertificate:
    from ehealth_wizard.core.signing.certinfo import cert_info

    if cert_id is not None:
        for c in certs:
            if c.id == cert_id:
                if not c.has_key:
                    raise TokenKeyMissing("token_key_missing", label=label, cert_id=cert_id.hex())
                return c
        raise TokenKeyMissing("token_certificate_not_found", label=label, cert_id=cert_id.hex())
    paired = [c for c in certs if c.has_key and not c.is_ca]
    if not paired:
        raise TokenKeyMissing("token_no_certificate", label=label)
    signing = [c for c in paired if cert_info(c.certificate).can_sign]
    return (signing or paired)[0]


def _private_key(module: Module, session: Any, key_id: bytes) -> Any:
    import pkcs11

    def find() -> Any:
        for obj in session.get_objects(
            {pkcs11.Attribute.CLASS: pkcs11.ObjectClass.PRIVATE_KEY, pkcs11.Attribute.ID: key_id}
        ):
            return obj
        return None

    return module.call(find)


@dataclass
class TokenKeySource:
    """The director's choice of token key (KeySource): module, token, certificate.

    `open(pin)` follows the KeySource protocol; `open_with_prompt(prompt)` asks through a
    PinPrompt (the GUI's and the CLI's way) so the PIN is requested only when really needed.
    """

    module_path: str | None = None
    token_label: str | None = None
    token_serial: str | None = None
    cert_id: bytes | None = None
    description: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        """What a draft may remember: a PKCS#11 URI (no PIN, ever)."""
        parts = []
        if self.token_label:
            parts.append(f"token={self.token_label}")
        if self.token_serial:
            parts.append(f"serial={self.token_serial}")
        if self.cert_id:
            parts.append(f"id={''.join(f'%{b:02x}' for b in self.cert_id)}")
        return "pkcs11:" + ";".join(parts)

    def open(self, secret: bytes | str) -> TokenSigner:
        from ehealth_wizard.core.signing.tokens.session import CallbackPinPrompt

        pin = secret.decode("utf-8") if isinstance(secret, bytes) else secret
        holder = [pin]
        del pin, secret

        def once(_label: str, _tries: Any) -> str | None:
            return holder.pop() if holder else None

        try:
            return self.open_with_prompt(CallbackPinPrompt(once))
        finally:
            holder.clear()

    def open_with_prompt(
        self, prompt: PinPrompt, cancel: threading.Event | None = None
    ) -> TokenSigner:
        return open_token_signer(
            self.module_path,
            label=self.token_label,
            serial=self.token_serial,
            cert_id=self.cert_id,
            prompt=prompt,
            cancel=cancel,
        )


def open_token_signer(
    module: Module | str | None,
    *,
    label: str | None = None,
    serial: str | None = None,
    cert_id: bytes | None = None,
    prompt: PinPrompt,
    cancel: threading.Event | None = None,
) -> TokenSigner:
    """Find the token, pick its signing certificate, ask the PIN, log in: a TokenSigner.

    Certificates are read before the PIN is asked, so a token holding other certificates but
    not the asked one fails without costing a PIN try; a token showing none before login (some
    keep them private) is looked at again after it. The caller closes the signer (logout +
    close session).
    """
    import pkcs11

    from ehealth_wizard.core.errors import Cancelled

    if isinstance(module, Module):
        mod = module
        token, info = find_token(mod, label, serial)
    elif module:
        mod = resolve_module(module)
        token, info = find_token(mod, label, serial)
    else:  # no module named: whichever known module has the token
        mod, token, info = locate_token(label, serial)
    certs = read_certificates(mod, token)
    if certs and cert_id is not None and all(c.id != cert_id for c in certs):
        raise TokenKeyMissing(
            "token_certificate_not_found", label=info.label, cert_id=cert_id.hex()
        )
    session = login(mod, token, info, prompt, cancel)
    try:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        certs = read_certificates(mod, token, session)  # private keys show after login
        chosen = _choose(certs, cert_id, info.label)
        key = _private_key(mod, session, chosen.id)
        if key is None:
            raise TokenKeyMissing("token_key_missing", label=info.label, cert_id=chosen.id_hex)
        chain = [c.certificate for c in certs if c.is_ca]
        token_key = Pkcs11Key(mod, session, key, info)
        return TokenSigner(token_key, chosen.certificate, chain, token=info)
    except pkcs11.PKCS11Error as exc:
        _release(mod, session)
        raise translate_error(exc, mod, info) from None
    except BaseException:
        _release(mod, session)
        raise


def _release(module: Module, session: Any) -> None:
    module.call(lambda: _quiet_close(session))
    module.session_closed()


__all__ = [
    "CKM_ECDSA",
    "CKM_RSA_PKCS",
    "CKM_SHA256_RSA_PKCS",
    "Pkcs11Key",
    "TokenKey",
    "TokenKeySource",
    "TokenSigner",
    "error_name",
    "open_token_signer",
]
