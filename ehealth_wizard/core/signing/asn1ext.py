"""Teach asn1crypto to carry keys it has no type for (DSTU 4145) instead of raising KeyError.

asn1crypto picks the public/private key field type from a fixed table of algorithm names; an
unknown OID (every DSTU key) makes any access to the SubjectPublicKeyInfo raise. These fallbacks
keep such keys as opaque bytes, which is all certificates, CMS and the container readers need.
Imported by `ehealth_wizard.core.signing` so every signing module gets it.
"""

from __future__ import annotations

from typing import Any

from asn1crypto import cms, core, keys

_public_spec = keys.PublicKeyInfo._public_key_spec
_private_spec = keys.PrivateKeyInfo._private_key_spec


def _public_key_spec(self: keys.PublicKeyInfo) -> Any:
    try:
        return _public_spec(self)
    except (KeyError, ValueError):  # unknown, or unreadable, algorithm: opaque key bytes
        return (core.OctetBitString, None)


def _private_key_spec(self: keys.PrivateKeyInfo) -> Any:
    try:
        return _private_spec(self)
    except KeyError:
        return core.Any


if not getattr(keys.PublicKeyInfo, "_ehealth_patched", False):
    keys.PublicKeyInfo._spec_callbacks = {"public_key": _public_key_spec}
    keys.PrivateKeyInfo._spec_callbacks = {"private_key": _private_key_spec}
    keys.PublicKeyInfo._ehealth_patched = True


# contentTimeStamp (CAdES, RFC 5126): without a spec asn1crypto
# parses the token as a bare Any and fails on its [0] fields (dstu-engine cms.pem carries one).
# Added by ua-containers.
_CONTENT_TS = "1.2.840.113549.1.9.16.2.20"
if _CONTENT_TS not in cms.CMSAttributeType._map:
    cms.CMSAttributeType._map[_CONTENT_TS] = "content_time_stamp"
    if cms.CMSAttributeType._reverse_map is not None:
        cms.CMSAttributeType._reverse_map["content_time_stamp"] = _CONTENT_TS
    cms.CMSAttribute._oid_specs["content_time_stamp"] = cms.SetOfContentInfo
