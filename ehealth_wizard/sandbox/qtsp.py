"""A test qualified trust service provider (КНЕДП): CA, RFC 3161 TSA and OCSP responder.

It issues certificates shaped like Ukrainian qualified ones (DRFO/EDRPOU subject directory
attributes, TINUA-/NTRUA- identifiers, surname/givenName/title/O, keyUsage, the seal EKU,
qcStatements, AIA OCSP + caIssuers, SIA timeStamping), keeps a revocation list, answers
time-stamp and OCSP requests as plain bytes-in/bytes-out functions (served over HTTP by
`qtsp_app`), and saves/loads its state to a folder (keys 0600, atomic writes).

Certificates are built with asn1crypto and signed through a `Signer`, and key pairs come from
`KEY_TYPES` (ECDSA, RSA, and DSTU 4145 from `qtsp_dstu`), for CAs and subjects alike.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from asn1crypto import algos, core, crl, keys, ocsp, tsp, x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12 as crypto_pkcs12
from cryptography.x509 import load_der_x509_certificate

from ehealth_wizard.core.atomic import atomic_write_bytes, atomic_write_json
from ehealth_wizard.core.signing import certinfo as ci
from ehealth_wizard.core.signing import digests
from ehealth_wizard.core.signing.cms import build_signed_data_der, utc
from ehealth_wizard.core.signing.containers import der
from ehealth_wizard.core.signing.keys import CryptographySigner, Signer, spki_of
from ehealth_wizard.core.signing.ocsp import key_bits
from ehealth_wizard.sandbox import qtsp_dstu

SEAL_EKU = ci.SEAL_EKU_OID
TSA_POLICY = "1.2.804.2.1.1.1.2.3.1"
QUALIFIED_POLICY = "1.2.804.2.1.1.1.2.2"

# --- key types --------------------------------------------------------------------------------


@dataclass
class KeyPair:
    """A private key object, its SubjectPublicKeyInfo, and how to make a Signer from it."""

    private_key: Any
    public_key: keys.PublicKeyInfo
    key_type: str

    def signer(
        self, certificate: x509.Certificate, chain: Sequence[x509.Certificate] = ()
    ) -> Signer:
        return KEY_TYPES[self.key_type].make_signer(self, certificate, chain)

    def private_pem(self) -> bytes:
        return KEY_TYPES[self.key_type].dump_private(self)


@dataclass(frozen=True)
class KeyType:
    generate: Callable[[], KeyPair]
    make_signer: Callable[[KeyPair, x509.Certificate, Sequence[x509.Certificate]], Signer]
    dump_private: Callable[[KeyPair], bytes]  # unencrypted PEM, for the QTSP's own state only
    load_private: Callable[[bytes], KeyPair]


def _gen_ec(curve: ec.EllipticCurve, name: str) -> Callable[[], KeyPair]:
    def gen() -> KeyPair:
        key = ec.generate_private_key(curve)
        return KeyPair(key, spki_of(key), name)

    return gen


def _gen_rsa() -> KeyPair:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return KeyPair(key, spki_of(key), "rsa2048")


def _crypto_signer(
    pair: KeyPair, cert: x509.Certificate, chain: Sequence[x509.Certificate]
) -> Signer:
    return CryptographySigner(pair.private_key, cert, chain)


def _dump_crypto(pair: KeyPair) -> bytes:
    return bytes(
        pair.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _load_crypto(name: str) -> Callable[[bytes], KeyPair]:
    def load(data: bytes) -> KeyPair:
        key = serialization.load_pem_private_key(data, None)
        assert isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey)
        return KeyPair(key, spki_of(key), name)

    return load


def _dstu_pair(key: Any) -> KeyPair:
    return KeyPair(key, qtsp_dstu.public_key_info(key), qtsp_dstu.KEY_TYPE)


KEY_TYPES: dict[str, KeyType] = {
    "ecdsa-p256": KeyType(
        _gen_ec(ec.SECP256R1(), "ecdsa-p256"),
        _crypto_signer,
        _dump_crypto,
        _load_crypto("ecdsa-p256"),
    ),
    "ecdsa-p384": KeyType(
        _gen_ec(ec.SECP384R1(), "ecdsa-p384"),
        _crypto_signer,
        _dump_crypto,
        _load_crypto("ecdsa-p384"),
    ),
    "rsa2048": KeyType(_gen_rsa, _crypto_signer, _dump_crypto, _load_crypto("rsa2048")),
    qtsp_dstu.KEY_TYPE: KeyType(
        lambda: _dstu_pair(qtsp_dstu.new_private_key()),
        lambda pair, cert, chain: qtsp_dstu.make_signer(pair.private_key, cert, chain),
        lambda pair: qtsp_dstu.dump_private(pair.private_key),
        lambda data: _dstu_pair(qtsp_dstu.load_private(data)),
    ),
}


# --- extension payloads asn1crypto has no class for ------------------------------------------


class _Attribute(core.Sequence):  # type: ignore[misc]
    _fields = [("type", core.ObjectIdentifier), ("values", core.SetOf, {"spec": core.Any})]  # noqa: RUF012


class _Attributes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _Attribute


def _sda(rnokpp: str, edrpou: str) -> bytes:
    attrs = []
    if rnokpp:
        attrs.append({"type": ci.DRFO_OID, "values": [core.PrintableString(rnokpp)]})
    if edrpou:
        attrs.append({"type": ci.EDRPOU_OID, "values": [core.PrintableString(edrpou)]})
    return bytes(_Attributes(attrs).dump())


def _qc_statements(seal: bool) -> bytes:
    types = ci.QcTypes([ci.QC_TYPE_ESEAL if seal else ci.QC_TYPE_ESIGN])
    return bytes(
        ci.QcStatements(
            [
                {"statement_id": ci.QC_COMPLIANCE_OID},
                {"statement_id": ci.QC_TYPE_OID, "statement_info": core.Any.load(types.dump())},
                {"statement_id": ci.UA_QC_STATEMENT_OID},
            ]
        ).dump()
    )


def _raw_ext(oid: str, value: bytes, critical: bool = False) -> x509.Extension:
    ext = x509.Extension({"extn_id": oid, "critical": critical})
    ext["extn_value"] = core.ParsableOctetString(value)
    return ext


def _time(value: datetime) -> x509.Time:
    value = utc(value)
    if 1950 <= value.year < 2050:
        return x509.Time({"utc_time": value})
    return x509.Time({"general_time": value})


def _key_id(spki: keys.PublicKeyInfo) -> bytes:
    if spki["algorithm"]["algorithm"].dotted.startswith("1.2.804.2.1.1.1.1.3.1"):
        # DSTU 4145 (ua-containers): GOST 34.311 of the public-key OCTET STRING, as UA CAs do
        from ehealth_wizard.core.signing.ua.gost34311 import gost34311

        return gost34311(spki["public_key"].contents[1:])
    return hashlib.sha1(spki["public_key"].contents, usedforsecurity=False).digest()


# --- issued keys ------------------------------------------------------------------------------


@dataclass
class IssuedKey:
    """A subject's key pair and certificate, with helpers to write the usual containers."""

    pair: KeyPair
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def private_key(self) -> Any:
        return self.pair.private_key

    def signer(self) -> Signer:
        return self.pair.signer(self.certificate, self.chain)

    def cert_der(self) -> bytes:
        return bytes(self.certificate.dump())

    def cert_pem(self) -> bytes:
        from asn1crypto import pem

        return bytes(pem.armor("CERTIFICATE", self.certificate.dump()))

    def pkcs12(self, password: bytes | str, *, with_cert: bool = True) -> bytes:
        """A standard PKCS#12 (AES-256/PBKDF2, as OpenSSL 3 writes it)."""
        pw = password.encode() if isinstance(password, str) else password
        cert = load_der_x509_certificate(self.cert_der()) if with_cert else None
        cas = [load_der_x509_certificate(c.dump()) for c in self.chain] if with_cert else None
        return crypto_pkcs12.serialize_key_and_certificates(
            b"key",
            self.pair.private_key,
            cert,
            cas,
            serialization.BestAvailableEncryption(pw),
        )

    def pkcs8(self, password: bytes | str | None, *, pem: bool = True) -> bytes:
        enc: serialization.KeySerializationEncryption = serialization.NoEncryption()
        if password:
            pw = password.encode() if isinstance(password, str) else password
            enc = serialization.BestAvailableEncryption(pw)
        result: bytes = self.pair.private_key.private_bytes(
            serialization.Encoding.PEM if pem else serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            enc,
        )
        return result


# --- the provider -----------------------------------------------------------------------------


@dataclass
class Revocation:
    revoked_at: datetime
    reason: str = "key_compromise"


@dataclass
class TestQTSP:
    """CA + TSA + OCSP responder. Create with `TestQTSP.create(...)`, or `TestQTSP.load(dir)`."""

    __test__ = False  # not a pytest test class, despite the name

    ca: KeyPair
    ca_cert: x509.Certificate
    tsa: KeyPair
    tsa_cert: x509.Certificate
    base_url: str = "http://127.0.0.1"
    next_serial: int = 0x1000
    revoked: dict[int, Revocation] = field(default_factory=dict)
    issued: set[int] = field(default_factory=set)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    # A delegated OCSP responder (RFC 6960 §4.2.2.2), as real providers run; None: the CA
    # signs its answers. `ocsp_sends_certificate` False leaves the responder's certificate
    # out of the answers (a verifier must know it, e.g. from the trust list). Not saved.
    ocsp_delegate: tuple[KeyPair, x509.Certificate] | None = None
    ocsp_sends_certificate: bool = True

    # URLs served by qtsp_app under base_url
    @property
    def ocsp_url(self) -> str:
        return f"{self.base_url}/ocsp"

    @property
    def tsp_url(self) -> str:
        return f"{self.base_url}/tsp"

    @property
    def ca_issuers_url(self) -> str:
        return f"{self.base_url}/ca.cer"

    @property
    def crl_url(self) -> str:
        return f"{self.base_url}/ca.crl"

    @classmethod
    def create(
        cls,
        *,
        name: str = "Тестовий КНЕДП",
        edrpou: str = "43395033",
        key_type: str = "ecdsa-p256",
        base_url: str = "http://127.0.0.1",
        now: datetime | None = None,
    ) -> TestQTSP:
        start = utc(now or datetime.now(UTC)) - timedelta(days=365)
        ca = KEY_TYPES[key_type].generate()
        subject = x509.Name.build(
            {
                "country_name": "UA",
                "organization_name": name,
                "common_name": f"{name}: центр сертифікації",
                "serial_number": f"UA-{edrpou}-2026",
                "organization_identifier": f"NTRUA-{edrpou}",
            }
        )
        ca_ski = _key_id(ca.public_key)
        tbs = x509.TbsCertificate(
            {
                "version": "v3",
                "serial_number": 1,
                "signature": _placeholder_alg(),
                "issuer": subject,
                "validity": {
                    "not_before": _time(start),
                    "not_after": _time(start + timedelta(days=365 * 12)),
                },
                "subject": subject,
                "subject_public_key_info": ca.public_key,
                "extensions": [
                    {"extn_id": "basic_constraints", "critical": True, "extn_value": {"ca": True}},
                    {
                        "extn_id": "key_usage",
                        "critical": True,
                        "extn_value": {"key_cert_sign", "crl_sign"},
                    },
                    {"extn_id": "key_identifier", "critical": False, "extn_value": ca_ski},
                ],
            }
        )
        ca_cert = _sign_tbs(tbs, ca, None)
        qtsp = cls(ca=ca, ca_cert=ca_cert, tsa=ca, tsa_cert=ca_cert, base_url=base_url)
        tsa = KEY_TYPES[key_type].generate()
        qtsp.tsa = tsa
        qtsp.tsa_cert = qtsp._issue_cert(
            tsa.public_key,
            {"country_name": "UA", "organization_name": name, "common_name": f"{name} (TSA)"},
            not_before=start,
            not_after=start + timedelta(days=365 * 10),
            key_usage={"digital_signature", "non_repudiation"},
            eku=["time_stamping"],
            eku_critical=True,
            extra=[],
            with_urls=False,
        )
        return qtsp

    # --- issuing ------------------------------------------------------------------------------

    def issue(
        self,
        *,
        surname: str = "",
        given_names: str = "",
        common_name: str | None = None,
        rnokpp: str = "",
        edrpou: str = "",
        organization: str = "",
        title: str = "",
        seal: bool = False,
        key_type: str = "ecdsa-p256",
        key_usage: Iterable[str] = ("digital_signature", "non_repudiation"),
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        drfo_in: str = "sda",  # "sda" (subject directory attribute), "dn" (TINUA-), "both"
        edrpou_in: str = "sda",  # "sda", "dn" (NTRUA- organizationIdentifier), "both"
        with_urls: bool = True,
        public_key: keys.PublicKeyInfo | None = None,
        status_by: str = "ocsp",
    ) -> IssuedKey:
        """A new key pair and certificate. Defaults: valid from a day ago for two years.

        `public_key`: certify a key made elsewhere (e.g. generated on a token) instead of
        generating one; the IssuedKey then has no private key (`pair.private_key` is None).
        `status_by`: "ocsp" (AIA OCSP address) or "crl" (a CRL distribution point, no OCSP).
        """
        now = utc(self.clock())
        nb = not_before or now - timedelta(days=1)
        na = not_after or now + timedelta(days=730)
        if public_key is None:
            pair = KEY_TYPES[key_type].generate()
        else:
            pair = KeyPair(None, public_key, key_type)
        subject: dict[str, str] = {"country_name": "UA", "locality_name": "Київ"}
        cn = common_name or (
            organization if seal else " ".join(p for p in (surname, given_names) if p)
        )
        if cn:
            subject["common_name"] = cn
        if surname:
            subject["surname"] = surname
        if given_names:
            subject["given_name"] = given_names
        if organization:
            subject["organization_name"] = organization
        if title:
            subject["title"] = title
        if rnokpp and drfo_in in ("dn", "both"):
            subject["serial_number"] = f"TINUA-{rnokpp}"
        elif not seal:
            subject["serial_number"] = str(secrets.randbelow(10**6))
        if edrpou and edrpou_in in ("dn", "both"):
            subject["organization_identifier"] = f"NTRUA-{edrpou}"
        extra = []
        sda_rnokpp = rnokpp if drfo_in in ("sda", "both") else ""
        sda_edrpou = edrpou if edrpou_in in ("sda", "both") else ""
        if sda_rnokpp or sda_edrpou:
            extra.append(_raw_ext(ci.SDA_EXT, _sda(sda_rnokpp, sda_edrpou)))
        extra.append(_raw_ext(ci.QC_STATEMENTS_EXT, _qc_statements(seal)))
        cert = self._issue_cert(
            pair.public_key,
            subject,
            not_before=nb,
            not_after=na,
            key_usage=set(key_usage),
            eku=[SEAL_EKU] if seal else [],
            eku_critical=False,
            extra=extra,
            with_urls=with_urls,
            status_by=status_by,
        )
        return IssuedKey(pair, cert, (self.ca_cert,))

    def _issue_cert(
        self,
        spki: keys.PublicKeyInfo,
        subject: dict[str, str],
        *,
        not_before: datetime,
        not_after: datetime,
        key_usage: set[str],
        eku: list[str],
        eku_critical: bool,
        extra: list[x509.Extension],
        with_urls: bool,
        status_by: str = "ocsp",
    ) -> x509.Certificate:
        serial = (int.from_bytes(secrets.token_bytes(8), "big") << 16) | self.next_serial
        self.next_serial += 1
        exts: list[Any] = [
            {"extn_id": "basic_constraints", "critical": True, "extn_value": {"ca": False}},
            {"extn_id": "key_usage", "critical": True, "extn_value": key_usage},
            {"extn_id": "key_identifier", "critical": False, "extn_value": _key_id(spki)},
            {
                "extn_id": "authority_key_identifier",
                "critical": False,
                "extn_value": {"key_identifier": _key_id(self.ca.public_key)},
            },
            {
                "extn_id": "certificate_policies",
                "critical": False,
                "extn_value": [{"policy_identifier": QUALIFIED_POLICY}],
            },
        ]
        if eku:
            exts.append(
                {"extn_id": "extended_key_usage", "critical": eku_critical, "extn_value": eku}
            )
        if with_urls:
            access = [
                {
                    "access_method": "ca_issuers",
                    "access_location": {"uniform_resource_identifier": self.ca_issuers_url},
                }
            ]
            if status_by == "ocsp":
                ocsp_access = {
                    "access_method": "ocsp",
                    "access_location": {"uniform_resource_identifier": self.ocsp_url},
                }
                access.insert(0, ocsp_access)
            else:
                exts.append(
                    {
                        "extn_id": "crl_distribution_points",
                        "critical": False,
                        "extn_value": [
                            {
                                "distribution_point": x509.DistributionPointName(
                                    name="full_name",
                                    value=[
                                        x509.GeneralName(
                                            name="uniform_resource_identifier", value=self.crl_url
                                        )
                                    ],
                                )
                            }
                        ],
                    }
                )
            exts.append(
                {"extn_id": "authority_information_access", "critical": False, "extn_value": access}
            )
            exts.append(
                {
                    "extn_id": "subject_information_access",
                    "critical": False,
                    "extn_value": [
                        {
                            "access_method": "time_stamping",
                            "access_location": {"uniform_resource_identifier": self.tsp_url},
                        }
                    ],
                }
            )
        exts.extend(extra)
        tbs = x509.TbsCertificate(
            {
                "version": "v3",
                "serial_number": serial,
                "signature": _placeholder_alg(),
                "issuer": self.ca_cert.subject,
                "validity": {"not_before": _time(not_before), "not_after": _time(not_after)},
                "subject": x509.Name.build(subject),
                "subject_public_key_info": spki,
                "extensions": exts,
            }
        )
        cert = _sign_tbs(tbs, self.ca, self.ca_cert)
        self.issued.add(serial)
        return cert

    def delegate_ocsp(self, *, send_certificate: bool = True) -> x509.Certificate:
        """Answer OCSP from now on with a responder certificate (id-kp-OCSPSigning) this CA
        issues; returns that certificate."""
        pair = KEY_TYPES[self.ca.key_type].generate()
        now = utc(self.clock())
        cert = self._issue_cert(
            pair.public_key,
            {"country_name": "UA", "organization_name": "OCSP", "common_name": "OCSP-сервер"},
            not_before=now - timedelta(days=1),
            not_after=now + timedelta(days=365),
            key_usage={"digital_signature"},
            eku=["ocsp_signing"],
            eku_critical=False,
            extra=[],
            with_urls=False,
        )
        self.ocsp_delegate = (pair, cert)
        self.ocsp_sends_certificate = send_certificate
        return cert

    def revoke(
        self,
        cert: x509.Certificate,
        *,
        when: datetime | None = None,
        reason: str = "key_compromise",
    ) -> None:
        self.revoked[cert.serial_number] = Revocation(utc(when or self.clock()), reason)

    # --- services -----------------------------------------------------------------------------

    def _signer(self, pair: KeyPair, cert: x509.Certificate) -> Signer:
        return pair.signer(cert, () if cert is self.ca_cert else (self.ca_cert,))

    def tsp_respond(self, request_der: bytes) -> bytes:
        """RFC 3161: a TimeStampResp (granted, or rejection with a status) for a request."""
        try:
            req = tsp.TimeStampReq.load(request_der)
            imprint = req["message_imprint"]
            digests.name_of(imprint["hash_algorithm"])
            hashed = imprint["hashed_message"].native
            nonce = req["nonce"].native
            cert_req = bool(req["cert_req"].native)
        except Exception:
            return _tsp_reject("rejection", "bad_data_format")
        tst: dict[str, Any] = {
            "version": "v1",
            "policy": TSA_POLICY,
            "message_imprint": {
                "hash_algorithm": imprint["hash_algorithm"],
                "hashed_message": hashed,
            },
            "serial_number": int.from_bytes(secrets.token_bytes(12), "big"),
            "gen_time": utc(self.clock()),
            "accuracy": {"seconds": 1},
        }
        if nonce is not None:
            tst["nonce"] = nonce
        tst_der = tsp.TSTInfo(tst).dump()
        signer = self._signer(self.tsa, self.tsa_cert)
        token = build_signed_data_der(
            tst_der,
            signer,
            content_type="tst_info",
            signing_time=self.clock(),
            with_certificates=cert_req,  # RFC 3161: the TSA certificate only when asked for
        )
        # TimeStampResp { PKIStatusInfo { granted }, token } written around the token's bytes
        status = bytes(tsp.PKIStatusInfo({"status": "granted"}).dump())
        return der.e_seq(status, token)

    def ocsp_respond(self, request_der: bytes) -> bytes:
        """RFC 6960: a signed BasicOCSPResponse (good / revoked / unknown) for each CertID."""
        try:
            req = ocsp.OCSPRequest.load(request_der)
            items = list(req["tbs_request"]["request_list"])
            nonce = None
            for ext in req["tbs_request"]["request_extensions"] or []:
                if ext["extn_id"].native == "nonce":
                    nonce = ext["extn_value"].parsed.native
        except Exception:
            return bytes(ocsp.OCSPResponse({"response_status": "malformed_request"}).dump())
        now = utc(self.clock())
        responses = []
        for item in items:
            cert_id = item["req_cert"]
            responses.append(
                {
                    "cert_id": cert_id,
                    "cert_status": self._status(cert_id),
                    "this_update": now,
                    "next_update": now + timedelta(hours=1),
                }
            )
        pair, cert = self.ocsp_delegate or (self.ca, self.ca_cert)
        data: dict[str, Any] = {
            "version": "v1",
            "responder_id": {
                "by_key": hashlib.sha1(key_bits(cert), usedforsecurity=False).digest()
            },
            "produced_at": now,
            "responses": responses,
        }
        if nonce is not None:
            data["response_extensions"] = [
                {"extn_id": "nonce", "critical": False, "extn_value": core.OctetString(nonce)}
            ]
        tbs = ocsp.ResponseData(data)
        signer = self._signer(pair, cert)
        basic: dict[str, Any] = {
            "tbs_response_data": tbs,
            "signature_algorithm": signer.signature_algorithm,
            "signature": getattr(signer, "sign_x509", signer.sign)(tbs.dump()),
        }
        if self.ocsp_sends_certificate:
            basic["certs"] = [cert]
        return bytes(
            ocsp.OCSPResponse(
                {
                    "response_status": "successful",
                    "response_bytes": {
                        "response_type": "basic_ocsp_response",
                        "response": ocsp.BasicOCSPResponse(basic),
                    },
                }
            ).dump()
        )

    def crl(self) -> bytes:
        """RFC 5280: the CA's full CRL (every revocation so far), valid for an hour."""
        now = utc(self.clock())
        signer = self._signer(self.ca, self.ca_cert)
        tbs: dict[str, Any] = {
            "version": "v2",
            "signature": signer.signature_algorithm,
            "issuer": self.ca_cert.subject,
            "this_update": x509.Time({"utc_time": now}),
            "next_update": x509.Time({"utc_time": now + timedelta(hours=1)}),
        }
        entries = [
            {
                "user_certificate": serial,
                "revocation_date": x509.Time({"utc_time": rev.revoked_at}),
                "crl_entry_extensions": [{"extn_id": "crl_reason", "extn_value": rev.reason}],
            }
            for serial, rev in sorted(self.revoked.items())
        ]
        if entries:
            tbs["revoked_certificates"] = entries
        tbs_list = crl.TbsCertList(tbs)
        return bytes(
            crl.CertificateList(
                {
                    "tbs_cert_list": tbs_list,
                    "signature_algorithm": signer.signature_algorithm,
                    "signature": getattr(signer, "sign_x509", signer.sign)(tbs_list.dump()),
                }
            ).dump()
        )

    def _status(self, cert_id: ocsp.CertId) -> ocsp.CertStatus:
        try:
            name = digests.name_of(cert_id["hash_algorithm"])
            ours = cert_id["issuer_name_hash"].native == digests.digest(
                name, self.ca_cert.subject.dump()
            ) and cert_id["issuer_key_hash"].native == digests.digest(name, key_bits(self.ca_cert))
        except Exception:
            ours = False
        serial = cert_id["serial_number"].native
        if not ours or serial not in self.issued:
            return ocsp.CertStatus({"unknown": None})
        rev = self.revoked.get(serial)
        if rev is None:
            return ocsp.CertStatus({"good": None})
        return ocsp.CertStatus(
            {"revoked": {"revocation_time": rev.revoked_at, "revocation_reason": rev.reason}}
        )

    # --- persistence --------------------------------------------------------------------------

    def save(self, directory: str | Path) -> None:
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(folder / "ca.key", self.ca.private_pem())
        atomic_write_bytes(folder / "tsa.key", self.tsa.private_pem())
        atomic_write_bytes(folder / "ca.cer", self.ca_cert.dump())
        atomic_write_bytes(folder / "tsa.cer", self.tsa_cert.dump())
        atomic_write_json(
            folder / "state.json",
            {
                "ca_key_type": self.ca.key_type,
                "tsa_key_type": self.tsa.key_type,
                "base_url": self.base_url,
                "next_serial": self.next_serial,
                "issued": sorted(self.issued),
                "revoked": {
                    str(k): {"at": v.revoked_at.isoformat(), "reason": v.reason}
                    for k, v in self.revoked.items()
                },
            },
        )

    @classmethod
    def load(cls, directory: str | Path) -> TestQTSP:
        folder = Path(directory)
        state = json.loads((folder / "state.json").read_text("utf-8"))
        ca = KEY_TYPES[state["ca_key_type"]].load_private((folder / "ca.key").read_bytes())
        tsa = KEY_TYPES[state["tsa_key_type"]].load_private((folder / "tsa.key").read_bytes())
        return cls(
            ca=ca,
            ca_cert=x509.Certificate.load((folder / "ca.cer").read_bytes()),
            tsa=tsa,
            tsa_cert=x509.Certificate.load((folder / "tsa.cer").read_bytes()),
            base_url=state["base_url"],
            next_serial=int(state["next_serial"]),
            issued={int(s) for s in state["issued"]},
            revoked={
                int(k): Revocation(datetime.fromisoformat(v["at"]), v["reason"])
                for k, v in state["revoked"].items()
            },
        )

    @classmethod
    def load_or_create(cls, directory: str | Path, **create_args: Any) -> TestQTSP:
        folder = Path(directory)
        if (folder / "state.json").exists():
            return cls.load(folder)
        qtsp = cls.create(**create_args)
        qtsp.save(folder)
        return qtsp


def _placeholder_alg() -> algos.SignedDigestAlgorithm:
    return algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"})


def _sign_tbs(
    tbs: x509.TbsCertificate, issuer: KeyPair, issuer_cert: x509.Certificate | None
) -> x509.Certificate:
    """Sign a tbsCertificate with the issuer's key (self-signed when issuer_cert is None)."""
    if issuer_cert is None:
        # A Signer needs a certificate; for the self-signed root a stand-in with the same key.
        stand_in = x509.Certificate(
            {
                "tbs_certificate": tbs,
                "signature_algorithm": _placeholder_alg(),
                "signature_value": b"",
            }
        )
        signer = issuer.signer(stand_in)
    else:
        signer = issuer.signer(issuer_cert)
    tbs["signature"] = signer.signature_algorithm
    # DSTU signers wrap the value in an OCTET STRING for X.509
    sign: Callable[[bytes], bytes] = getattr(signer, "sign_x509", signer.sign)
    signature = sign(tbs.dump(force=True))
    return x509.Certificate.load(
        x509.Certificate(
            {
                "tbs_certificate": tbs,
                "signature_algorithm": signer.signature_algorithm,
                "signature_value": signature,
            }
        ).dump()
    )


class _RejectedTimeStampResp(core.Sequence):  # type: ignore[misc]
    # asn1crypto's TimeStampResp makes the (OPTIONAL) token mandatory
    _fields = [("status", tsp.PKIStatusInfo)]  # noqa: RUF012


def _tsp_reject(status: str, failure: str) -> bytes:
    reply = _RejectedTimeStampResp({"status": {"status": status, "fail_info": {failure}}})
    return bytes(reply.dump())
