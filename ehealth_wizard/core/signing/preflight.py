"""Pre-flight: will eHealth accept a signature by this certificate for this registration?

The server's own signer rules and the official procedure's,
checked before anything is signed. Each failure is a Problem on the JSON path the director
should look at (`$.signature` for the key itself).
"""

from __future__ import annotations

from datetime import UTC, datetime

from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.normalize import name_key
from ehealth_wizard.core.problems import Problem, Severity
from ehealth_wizard.core.signing.certinfo import CertInfo
from ehealth_wizard.core.signing.ocsp import OcspResult, OcspStatus

KEY_PATH = "$.signature"
EDRPOU_PATH = "$.edrpou"
LAST_NAME_PATH = "$.owner.last_name"
FIRST_NAME_PATH = "$.owner.first_name"
SECOND_NAME_PATH = "$.owner.second_name"
TAX_ID_PATH = "$.owner.tax_id"
EDRPOU_LENGTH = 8  # a legal entity's code; a ФОП's РНОКПП has 10 digits


def _digits(value: str) -> str:
    return "".join(value.split())


def preflight(
    reg: Registration,
    info: CertInfo,
    *,
    now: datetime | None = None,
    ocsp: OcspResult | None = None,
) -> list[Problem]:
    """Problems that would make eHealth refuse this signer for this registration."""
    when = now or datetime.now(UTC)
    problems: list[Problem] = []
    if info.not_before is not None and when < info.not_before:
        problems.append(
            Problem(
                KEY_PATH, "signer_cert_not_yet_valid", {"not_before": info.not_before.isoformat()}
            )
        )
    elif info.not_after is None or when > info.not_after:
        problems.append(
            Problem(
                KEY_PATH,
                "signer_cert_expired",
                {"not_after": info.not_after.isoformat() if info.not_after else ""},
            )
        )
    if not info.can_sign:
        problems.append(
            Problem(
                KEY_PATH, "signer_cert_not_for_signing", {"key_usage": ", ".join(info.key_usage)}
            )
        )
    if info.is_seal:
        problems.append(Problem(KEY_PATH, "signer_is_seal", {"organization": info.organization}))

    edrpou = _digits(reg.facility.edrpou)
    cert_edrpou = _digits(info.edrpou)
    cert_rnokpp = _digits(info.rnokpp)
    if cert_edrpou:
        if edrpou != cert_edrpou:
            problems.append(
                Problem(
                    EDRPOU_PATH,
                    "signer_edrpou_mismatch",
                    {"cert_edrpou": cert_edrpou, "edrpou": edrpou},
                )
            )
    elif cert_rnokpp and len(edrpou) == EDRPOU_LENGTH:
        # A personal key (Дія.Підпис and most cloud keys) for a legal entity: eHealth wants the
        # ЄДРПОУ in the certificate (validate_state_registry_number), i.e. the head's key
        # issued *for the entity*, whatever the РНОКПП says.
        problems.append(
            Problem(
                EDRPOU_PATH,
                "signer_personal_key_for_entity",
                {"cert_rnokpp": cert_rnokpp, "edrpou": edrpou},
            )
        )
    elif cert_rnokpp:
        if edrpou != cert_rnokpp:
            problems.append(
                Problem(
                    EDRPOU_PATH,
                    "signer_drfo_mismatch",
                    {"cert_rnokpp": cert_rnokpp, "edrpou": edrpou},
                )
            )
    else:
        problems.append(Problem(KEY_PATH, "signer_no_edrpou_or_drfo"))

    if not info.is_seal:
        problems.extend(name_problems(reg, info))
    tax_id = _digits(reg.director.tax_id)
    if cert_rnokpp and tax_id != cert_rnokpp:
        problems.append(
            Problem(
                TAX_ID_PATH,
                "signer_tax_id_mismatch",
                {"cert_rnokpp": cert_rnokpp, "tax_id": tax_id},
            )
        )
    if ocsp is not None:
        problems.extend(ocsp_problems(ocsp))
    return problems


def cert_name_parts(info: CertInfo) -> tuple[str, str | None, str | None]:
    """Surname, first name and patronymic as the certificate names them (None: not stated).

    Ukrainian qualified certificates carry the surname and givenName = "first patronymic";
    without givenName, the common name "Surname First Patronymic" is split instead."""
    given = info.given_names.split()
    if not given:
        full = info.full_name.split()
        surname = info.surname.split()
        if surname and [name_key(p) for p in full[: len(surname)]] == [
            name_key(p) for p in surname
        ]:
            given = full[len(surname) :]
    if not given:
        return info.surname, None, None
    return info.surname, given[0], " ".join(given[1:]) or None  # no patronymic: nothing to say


def name_problems(reg: Registration, info: CertInfo) -> list[Problem]:
    """The whole name, part by part, compared as ЄДР compares it (core.normalize.name_key):
    "Ирина" in the form and "Ірина" in the key pass no register check later."""
    director = reg.director
    surname, first, second = cert_name_parts(info)
    out: list[Problem] = []
    if name_key(surname) != name_key(director.last_name):
        out.append(
            Problem(
                LAST_NAME_PATH,
                "signer_last_name_mismatch",
                {"cert_surname": surname, "last_name": director.last_name},
            )
        )
    for path, code, cert_value, value in (
        (FIRST_NAME_PATH, "signer_first_name_mismatch", first, director.first_name),
        (SECOND_NAME_PATH, "signer_second_name_mismatch", second, director.second_name),
    ):
        if cert_value is not None and name_key(cert_value) != name_key(value):
            out.append(Problem(path, code, {"cert_value": cert_value, "value": value}))
    return out


def ocsp_problems(result: OcspResult) -> list[Problem]:
    """Revoked and unknown block signing; an unreachable responder is only a warning."""
    if result.status is OcspStatus.REVOKED:
        return [
            Problem(
                KEY_PATH,
                "signer_cert_revoked",
                {
                    "revoked_at": result.revoked_at.isoformat() if result.revoked_at else "",
                    "reason": result.reason or "",
                },
            )
        ]
    if result.status is OcspStatus.UNKNOWN:
        return [Problem(KEY_PATH, "signer_cert_status_unknown", {"url": result.url or ""})]
    if result.status is OcspStatus.UNREACHABLE:
        return [
            Problem(
                KEY_PATH,
                "signer_ocsp_unreachable",
                {"url": result.url or "", "detail": result.detail or ""},
                Severity.WARNING,
            )
        ]
    return []
