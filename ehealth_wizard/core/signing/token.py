"""Hardware tokens (PKCS#11): the public face of `core.signing.tokens`.

Import from here: `TokenKeySource`, `TokenSigner`, `open_token_signer`, `list_tokens`,
`list_certificates`, `find_modules`, `load_module`, `PinPrompt`, `PinTries`, and the errors.
"""

from __future__ import annotations

from ehealth_wizard.core.signing.tokens.errors import (
    NoTokenModule,
    PinInvalid,
    PinLocked,
    TokenError,
    TokenKeyMissing,
    TokenMechanismUnsupported,
    TokenModuleMissing,
    TokenModuleUnloadable,
    TokenNotFound,
    TokenRemoved,
    TokenSignatureInvalid,
    WrongPin,
)
from ehealth_wizard.core.signing.tokens.modules import (
    KNOWN_MODULES,
    ModuleCandidate,
    find_modules,
    forget_modules,
    load_module,
    resolve_module,
)
from ehealth_wizard.core.signing.tokens.session import (
    CallbackPinPrompt,
    PinPrompt,
    PinTries,
    TokenCertificate,
    TokenInfo,
    list_certificates,
    list_tokens,
)
from ehealth_wizard.core.signing.tokens.signer import (
    TokenKey,
    TokenKeySource,
    TokenSigner,
    open_token_signer,
)

__all__ = [
    "KNOWN_MODULES",
    "CallbackPinPrompt",
    "ModuleCandidate",
    "NoTokenModule",
    "PinInvalid",
    "PinLocked",
    "PinPrompt",
    "PinTries",
    "TokenCertificate",
    "TokenError",
    "TokenInfo",
    "TokenKey",
    "TokenKeyMissing",
    "TokenKeySource",
    "TokenMechanismUnsupported",
    "TokenModuleMissing",
    "TokenModuleUnloadable",
    "TokenNotFound",
    "TokenRemoved",
    "TokenSignatureInvalid",
    "TokenSigner",
    "WrongPin",
    "find_modules",
    "forget_modules",
    "list_certificates",
    "list_tokens",
    "load_module",
    "open_token_signer",
    "resolve_module",
]
