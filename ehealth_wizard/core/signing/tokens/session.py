"""Tokens in a module: listing them, their certificates, and logging in with a PIN.

The PIN comes from a `PinPrompt` asked on the thread doing the work (the GUI's implementation
signals the GUI thread and waits); it is passed to C_Login and dropped — never kept on an
object, never logged. Every PKCS#11 failure becomes a `TokenError` with its own code.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any, Protocol, TypeVar
from urllib.parse import quote

from asn1crypto import x509

from ehealth_wizard.core.errors import Cancelled
from ehealth_wizard.core.signing.tokens.errors import (
    PinInvalid,
    PinLocked,
    TokenError,
    TokenMechanismUnsupported,
    TokenNotFound,
    TokenRemoved,
    WrongPin,
)
from ehealth_wizard.core.signing.tokens.modules import Module

E = TypeVar("E", bound=IntEnum)

# CK_TOKEN_INFO flags (PKCS#11 v2.40 §5.5)
CKF_LOGIN_REQUIRED = 0x00000004
CKF_PROTECTED_AUTHENTICATION_PATH = 0x00000100
CKF_TOKEN_INITIALIZED = 0x00000400
CKF_USER_PIN_COUNT_LOW = 0x00010000
CKF_USER_PIN_FINAL_TRY = 0x00020000
CKF_USER_PIN_LOCKED = 0x00040000


class PinTries(StrEnum):
    """What the token says about PIN tries left (it never gives a number)."""

    NORMAL = "normal"
    FEW = "few"  # CKF_USER_PIN_COUNT_LOW
    LAST = "last"  # CKF_USER_PIN_FINAL_TRY
    LOCKED = "locked"  # CKF_USER_PIN_LOCKED


def pin_tries(flags: int) -> PinTries:
    if flags & CKF_USER_PIN_LOCKED:
        return PinTries.LOCKED
    if flags & CKF_USER_PIN_FINAL_TRY:
        return PinTries.LAST
    if flags & CKF_USER_PIN_COUNT_LOW:
        return PinTries.FEW
    return PinTries.NORMAL


class PinPrompt(Protocol):
    """Asks the director for a token's PIN; called on the worker thread doing the login."""

    def ask(self, token_label: str, tries_left_hint: PinTries) -> str | None:
        """The PIN, or None when the director cancelled."""
        ...


class CallbackPinPrompt:
    """A PinPrompt over a plain function (CLI prompts, tests)."""

    def __init__(self, fn: Callable[[str, PinTries], str | None]) -> None:
        self._fn = fn

    def ask(self, token_label: str, tries_left_hint: PinTries) -> str | None:
        return self._fn(token_label, tries_left_hint)


@dataclass(frozen=True)
class TokenInfo:
    """One plugged-in, initialised token as its module describes it."""

    module_path: str
    slot_id: int
    slot_description: str
    label: str
    serial: str
    manufacturer: str
    model: str
    flags: int

    @property
    def pin_tries(self) -> PinTries:
        return pin_tries(self.flags)

    @property
    def protected_path(self) -> bool:
        """A PIN pad on the device: the PIN is typed there, not here."""
        return bool(self.flags & CKF_PROTECTED_AUTHENTICATION_PATH)

    @property
    def uri(self) -> str:
        """RFC 7512 PKCS#11 URI naming the token (what a draft may remember; never a PIN)."""
        return (
            f"pkcs11:token={quote(self.label, safe='')};serial={quote(self.serial, safe='')}"
            f";manufacturer={quote(self.manufacturer, safe='')}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "slot": self.slot_description,
            "label": self.label,
            "serial": self.serial,
            "manufacturer": self.manufacturer,
            "model": self.model,
            "pin": self.pin_tries.value,
            "pin_pad": self.protected_path,
        }


@dataclass(frozen=True)
class TokenCertificate:
    """An X.509 certificate object on a token and whether a key with its CKA_ID is there."""

    id: bytes
    label: str
    certificate: x509.Certificate
    has_key: bool

    @property
    def id_hex(self) -> str:
        return self.id.hex()

    @property
    def is_ca(self) -> bool:
        return bool(self.certificate.ca)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").strip()


def _pkcs11() -> Any:
    import pkcs11

    return pkcs11


def error_name(exc: BaseException) -> str:
    return str(exc).strip() or type(exc).__name__


# --- listing --------------------------------------------------------------------------------


def _tokens(module: Module) -> list[tuple[Any, TokenInfo]]:
    pkcs11 = _pkcs11()
    found: list[tuple[Any, TokenInfo]] = []

    def scan() -> None:
        for slot in module.lib.get_slots(token_present=True):
            try:
                token = slot.get_token()
                flags = int(token.flags)
            except pkcs11.PKCS11Error:
                continue  # a slot whose token is gone or unreadable: not a usable token
            if not flags & CKF_TOKEN_INITIALIZED:
                continue
            found.append(
                (
                    token,
                    TokenInfo(
                        module_path=module.path,
                        slot_id=int(slot.slot_id),
                        slot_description=_text(slot.slot_description),
                        label=_text(token.label),
                        serial=_text(token.serial),
                        manufacturer=_text(token.manufacturer_id),
                        model=_text(token.model),
                        flags=flags,
                    ),
                )
            )

    try:
        module.call(scan)
    except pkcs11.PKCS11Error as exc:
        raise TokenError(reason=error_name(exc)) from None
    return found


def list_tokens(module: Module, *, rescan: bool = False) -> list[TokenInfo]:
    """The initialised tokens plugged in now. `rescan` re-initialises the module first (when
    no session is open) so readers and tokens attached since it loaded appear; cheap enough for
    the Key page to poll every two seconds."""
    if rescan:
        module.rescan()
    return [info for _, info in _tokens(module)]


def find_token(
    module: Module, label: str | None = None, serial: str | None = None
) -> tuple[Any, TokenInfo]:
    """The token with this label/serial (either may be None). If it is not there, rescan once
    (it may have been plugged in after the module loaded)."""
    for attempt in range(2):
        tokens = _tokens(module)
        matches = [
            (t, i)
            for t, i in tokens
            if (label is None or i.label == label) and (serial is None or i.serial == serial)
        ]
        if len(matches) == 1 or (matches and serial is not None):
            return matches[0]
        if len(matches) > 1:
            raise TokenNotFound(
                "token_several", labels=", ".join(f"{i.label} ({i.serial})" for _, i in matches)
            )
        if attempt == 0 and not module.rescan():
            break
    if not tokens:
        raise TokenNotFound("token_absent", module=module.name)
    raise TokenNotFound(
        "token_not_found",
        label=label or serial or "",
        available=", ".join(i.label for _, i in tokens),
    )


def locate_token(
    label: str | None = None,
    serial: str | None = None,
    candidates: Sequence[str] | None = None,
) -> tuple[Module, Any, TokenInfo]:
    """The token with this label/serial in whichever known module has it (no module named).

    Modules that do not load are skipped; if no module has the token, the error says what is
    connected across all of them (`token_not_found`), or that nothing is (`token_absent`).
    """
    from ehealth_wizard.core.signing.tokens.errors import NoTokenModule
    from ehealth_wizard.core.signing.tokens.modules import find_modules, load_module

    paths = list(candidates) if candidates is not None else [c.path for c in find_modules()]
    available: list[str] = []
    loaded = 0
    last: TokenError | None = None
    for path in paths:
        try:
            module = load_module(path)
        except TokenError as exc:
            last = exc
            continue
        loaded += 1
        try:
            token, info = find_token(module, label, serial)
        except TokenNotFound as exc:
            if exc.code == "token_several":
                raise
            available.extend(i.label for i in list_tokens(module))
            continue
        return module, token, info
    if not loaded:
        raise last if last is not None else NoTokenModule()
    if not available:
        raise TokenNotFound("token_absent", module="")
    raise TokenNotFound(
        "token_not_found", label=label or serial or "", available=", ".join(available)
    )


def token_present(module: Module, serial: str) -> bool:
    """Is the token with this serial still readable (no rescan: that would close sessions)?"""
    try:
        return any(i.serial == serial for _, i in _tokens(module))
    except TokenError:
        return False


def _vendor_member(enum_cls: type[E], value: int) -> E:
    """An IntEnum value python-pkcs11 does not list (vendor-defined mechanisms, key types)."""
    try:
        return enum_cls(value)
    except ValueError:
        member = int.__new__(enum_cls, value)
        member._name_ = f"VENDOR_{value:#x}"
        member._value_ = value
        return member


def attribute_mapper() -> Any:
    """python-pkcs11's mapper, tolerant of vendor key types (DSTU keys: CKK_VENDOR + 0x420131)."""
    pkcs11 = _pkcs11()
    from pkcs11.attributes import AttributeMapper, handle_ulong

    mapper = AttributeMapper()
    pack, unpack = handle_ulong
    mapper.register_handler(
        pkcs11.Attribute.KEY_TYPE,
        lambda v: pack(int(v)),
        lambda b: _vendor_member(pkcs11.KeyType, unpack(b)),
    )
    return mapper


def mechanism(value: int) -> Any:
    """A python-pkcs11 Mechanism for any CKM_* number, vendor-defined ones included."""
    return _vendor_member(_pkcs11().Mechanism, value)


def read_certificates(module: Module, token: Any, session: Any = None) -> list[TokenCertificate]:
    """X.509 certificate objects on the token, each marked whether a key shares its CKA_ID.

    Without `session` a public session is opened (no PIN): certificates and public keys are
    public objects; private keys may only show after login, which `session` may have done.
    """
    pkcs11 = _pkcs11()
    Attribute, ObjectClass = pkcs11.Attribute, pkcs11.ObjectClass

    def read(s: Any) -> list[TokenCertificate]:
        key_ids: set[bytes] = set()
        for cls in (ObjectClass.PRIVATE_KEY, ObjectClass.PUBLIC_KEY):
            for obj in s.get_objects({Attribute.CLASS: cls}):
                try:
                    key_ids.add(bytes(obj[Attribute.ID]))
                except pkcs11.PKCS11Error:
                    continue
        out: list[TokenCertificate] = []
        for obj in s.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
            try:
                der = bytes(obj[Attribute.VALUE])
                cid = bytes(obj[Attribute.ID])
            except pkcs11.PKCS11Error:
                continue
            try:
                label = _text(obj[Attribute.LABEL])
            except pkcs11.PKCS11Error:
                label = ""
            try:
                cert = x509.Certificate.load(der)
                cert["tbs_certificate"]["subject"].native  # noqa: B018 - parse now
            except Exception:  # noqa: S112 - a damaged certificate object is skipped
                continue
            out.append(TokenCertificate(cid, label, cert, cid in key_ids))
        return out

    def run() -> list[TokenCertificate]:
        if session is not None:
            return read(session)
        s = token.open(attribute_mapper=attribute_mapper())
        try:
            return read(s)
        finally:
            _quiet_close(s)

    try:
        return module.call(run)
    except pkcs11.PKCS11Error as exc:
        raise TokenError(reason=error_name(exc)) from None


def list_certificates(module: Module, info: TokenInfo) -> list[TokenCertificate]:
    """The certificates on the token `info` names (for the CLI listing and the Key page)."""
    token, _ = find_token(module, info.label, info.serial)
    return read_certificates(module, token)


def _quiet_close(session: Any) -> None:
    with contextlib.suppress(Exception):  # the token may be gone; nothing to release then
        session.close()


# --- login ----------------------------------------------------------------------------------

_WRONG_CODES = {
    PinTries.NORMAL: "token_pin_wrong",
    PinTries.FEW: "token_pin_wrong_few",
    PinTries.LAST: "token_pin_wrong_last",
}


def _flags_now(module: Module, serial: str) -> int | None:
    try:
        for _, info in _tokens(module):
            if info.serial == serial:
                return info.flags
    except TokenError:
        return None
    return None


def _drop_failed_session(module: Module) -> None:
    """python-pkcs11 leaves the session of a refused C_Login open; when no session of ours is
    in use, re-initialising the module closes it (tokens allow only so many sessions)."""
    with contextlib.suppress(TokenError):
        module.rescan()


def login(
    module: Module,
    token: Any,
    info: TokenInfo,
    prompt: PinPrompt,
    cancel: threading.Event | None = None,
) -> Any:
    """Open a session on `token` and log the user in; returns the python-pkcs11 Session.

    The PIN is asked once (a wrong one raises `WrongPin` saying what the token reports about
    tries left; the director decides whether to try again). A PIN pad token logs in without one.
    """
    pkcs11 = _pkcs11()
    tries = pin_tries(_flags_now(module, info.serial) or info.flags)
    if tries is PinTries.LOCKED:
        raise PinLocked(label=info.label)
    mapper = attribute_mapper()
    if info.protected_path:
        user_pin: Any = pkcs11.PROTECTED_AUTH
    else:
        answer = prompt.ask(info.label, tries)
        if answer is None or (cancel is not None and cancel.is_set()):
            raise Cancelled()
        user_pin = answer
        del answer
    try:
        try:
            with module.lock:  # counted open before the lock is released: no rescan under it
                session = token.open(user_pin=user_pin, attribute_mapper=mapper)
                module.session_opened()
        finally:
            user_pin = None  # the PIN lives no longer than the C_Login call
    except pkcs11.PinIncorrect:
        after = pin_tries(_flags_now(module, info.serial) or 0)
        _drop_failed_session(module)
        if after is PinTries.LOCKED:
            raise PinLocked(label=info.label) from None
        raise WrongPin(_WRONG_CODES[after], label=info.label, tries=after.value) from None
    except pkcs11.PinLocked:
        _drop_failed_session(module)
        raise PinLocked(label=info.label) from None
    except (pkcs11.PinLenRange, pkcs11.PinInvalid):
        _drop_failed_session(module)
        raise PinInvalid(label=info.label) from None
    except pkcs11.UserAlreadyLoggedIn:
        # Another session of this program is logged in (the token's login is per application):
        # use a plain session; closing it must not log the other one out.
        with module.lock:
            session = token.open(attribute_mapper=mapper)
            module.session_opened()
    except pkcs11.PKCS11Error as exc:
        raise translate_error(exc, module, info) from None
    return session


def translate_error(exc: BaseException, module: Module, info: TokenInfo) -> TokenError:
    """The TokenError for a PKCS#11 failure during use: gone token first, then by kind."""
    pkcs11 = _pkcs11()
    if isinstance(exc, pkcs11.DeviceRemoved | pkcs11.TokenNotPresent) or not token_present(
        module, info.serial
    ):
        return TokenRemoved(label=info.label)
    if isinstance(
        exc,
        pkcs11.MechanismInvalid
        | pkcs11.MechanismParamInvalid
        | pkcs11.KeyTypeInconsistent
        | pkcs11.FunctionNotSupported,
    ):
        return TokenMechanismUnsupported(label=info.label, mechanism=error_name(exc))
    if isinstance(exc, pkcs11.PinExpired):
        return TokenError("token_pin_expired", label=info.label)
    return TokenError(reason=error_name(exc))
