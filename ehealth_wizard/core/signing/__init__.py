"""Keys, signatures (CAdES), time-stamps and certificate checks; DSTU 4145 plugs in here too."""

from ehealth_wizard.core.signing import asn1ext as _asn1ext  # noqa: F401 - patches asn1crypto
