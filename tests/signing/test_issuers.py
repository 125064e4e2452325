"""Finding issuers in a trust list: the list's index is built once, same-name certificates
with other keys are passed over, and a re-keyed root's link certificate still leads home."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import ec

from ehealth_wizard.core.signing import issuers
from ehealth_wizard.core.signing.cms import chains_to
from tests.fixtures.decoys import certificate, common_name, decoys


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def test_a_large_lists_index_is_built_once() -> None:
    trust = decoys(40)
    first = issuers.by_subject(trust)
    assert issuers.by_subject(trust) is first  # kept for the list last asked about
    assert issuers.by_subject(list(trust)) is first  # the same certificates, another list
    other = decoys(40)
    assert issuers.by_subject(other) is not first
    assert issuers.by_subject(trust) is not first  # rebuilt: only the last list is kept
    small = trust[:3]
    assert issuers.by_subject(small) is not issuers.by_subject(small)  # not kept


def test_the_issuer_is_found_among_same_name_certificates() -> None:
    ca_key = _key()
    ca = certificate(common_name("Test CA"), ca_key)
    leaf = certificate(
        common_name("Director"), _key(), issuer=common_name("Test CA"), signer=ca_key
    )
    trust = [*decoys(60, same_name=ca, every=3), ca]
    assert issuers.issuer_of(leaf, trust) is ca
    assert chains_to(leaf, [], trust)
    assert not chains_to(leaf, [], trust[:-1])  # the same name under other keys: no chain


def test_a_rekeyed_roots_link_certificate_leads_to_the_old_root() -> None:
    name = common_name("Test Root")
    old, new = _key(), _key()
    old_root = certificate(name, old)
    new_root = certificate(name, new)  # self-signed with the new key, not trusted yet
    link = certificate(name, new, issuer=name, signer=old)  # the new key, signed by the old
    leaf = certificate(common_name("Director"), _key(), issuer=name, signer=new)
    for pool in ([new_root, link], [link, new_root]):
        assert chains_to(leaf, pool, [*decoys(20), old_root])
    assert not chains_to(leaf, [new_root], [old_root])
