"""The key-container reader chain, in the order `load_container` asks the readers.

The standard PKCS#12 and PKCS#8 readers come first; each hands a file with GOST algorithms over
(`UnsupportedAlgorithm`) to the DSTU reader after it.
"""

from __future__ import annotations

from ehealth_wizard.core.signing.containers.base import ContainerReader
from ehealth_wizard.core.signing.containers.jks import JksReader
from ehealth_wizard.core.signing.containers.key6dat import Key6Reader
from ehealth_wizard.core.signing.containers.pkcs8 import Pkcs8Reader
from ehealth_wizard.core.signing.containers.pkcs8_gost import Pkcs8DstuReader
from ehealth_wizard.core.signing.containers.pkcs12 import Pkcs12Reader
from ehealth_wizard.core.signing.containers.pkcs12_gost import Pkcs12GostReader

READERS: tuple[ContainerReader, ...] = (
    Pkcs12Reader(),
    Pkcs8Reader(),
    Key6Reader(),
    Pkcs12GostReader(),
    Pkcs8DstuReader(),
    JksReader(),
)
