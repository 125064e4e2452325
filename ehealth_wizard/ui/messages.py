"""The one map from codes (Problems, errors, stages) to words the director reads.

The core keeps an English template per code (core.texts); here it is translated through Qt
(context "texts", the .ts files carry every template) and then filled with the parameters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ehealth_wizard.core import texts
from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.problems import Problem

translate = QCoreApplication.translate


class _Safe(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(code: str, params: Mapping[str, Any] | None = None) -> str:
    """Translated text for a core code; an unknown code falls back to a calm generic sentence."""
    template = texts.TEXTS.get(code)
    if template is None:
        return translate("messages", "Something went wrong ({code}).").format(code=code)
    expand = getattr(texts, "expand_params", None)  # reason codes -> words, translated too
    filled = expand(params, _tr_text) if expand is not None else dict(params or {})
    filled = _dates_as_read(_named_values(code, filled))
    return translate("texts", template).format_map(_Safe(filled)).strip()


# Problem parameters that carry a coded value (FEMALE, OUTPATIENT, P7, PASSPORT): shown by name.
_CODED_PARAMS: dict[str, tuple[str, str]] = {
    "rnokpp_gender_mismatch": ("rnokpp_gender", "gender"),
    "owner_position_not_allowed": ("value", "POSITION"),
    "document_type_duplicate": ("type", "DOCUMENT_TYPE"),
    "document_number_format": ("type", "DOCUMENT_TYPE"),
    "phone_type_duplicate": ("type", "PHONE_TYPE"),
    "kved_not_allowed_for_type": ("type", "facility_type"),
}


def _named_values(code: str, params: dict[str, Any]) -> dict[str, Any]:
    entry = _CODED_PARAMS.get(code)
    if entry is None or not isinstance(params.get(entry[0]), str):
        return params
    key, source = entry
    value = params[key]
    names: Mapping[str, str]
    try:
        if source == "gender":
            from ehealth_wizard.ui.choices import genders

            names = dict(genders())
        elif source == "facility_type":
            from ehealth_wizard.ui.choices import facility_types

            names = dict(facility_types())
        else:
            from ehealth_wizard.core import dictionaries

            names = dictionaries.dictionary(source)
    except Exception:  # a missing dictionary must never hide the message itself
        return params
    return {**params, key: names.get(value, value)}


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def _dates_as_read(params: dict[str, Any]) -> dict[str, Any]:
    """2024-12-31 as 31.12.2024, and a timestamp on the director's clock (QA #8)."""
    out = dict(params)
    for key, value in params.items():
        if not isinstance(value, str):
            continue
        day = _ISO_DATE.fullmatch(value)
        if day:
            out[key] = f"{day.group(3)}.{day.group(2)}.{day.group(1)}"
        elif _ISO_TIME.fullmatch(value):
            out[key] = local_time(value.replace("Z", "+00:00"))
    return out


def _tr_text(template: str) -> str:
    return translate("texts", template)


def server_messages() -> dict[str, str]:
    """The real eHealth's fixed refusal texts, so they read in the UI language."""
    return {
        "Invalid signature": translate("server", "Invalid signature"),
        "Not a base64 string": translate("server", "Not a base64 string"),
        "Malformed encoded content. Probably, you have encoded corrupted JSON.": translate(
            "server", "Malformed encoded content. Probably, you have encoded corrupted JSON."
        ),
        "EDRPOU does not match legal_entity edrpou": translate(
            "server", "EDRPOU does not match legal_entity edrpou"
        ),
        "DRFO does not match signer drfo": translate("server", "DRFO does not match signer drfo"),
        "EDRPOU and DRFO is empty in digital sign": translate(
            "server", "EDRPOU and DRFO is empty in digital sign"
        ),
        "Does not match the signer last name": translate(
            "server", "Does not match the signer last name"
        ),
        "Legal Entity not found in EDR": translate("server", "Legal Entity not found in EDR"),
        "More than 1 active entities in EDR": translate(
            "server", "More than 1 active entities in EDR"
        ),
        "Provided EDRPOU is not active in EDR": translate(
            "server", "Provided EDRPOU is not active in EDR"
        ),
        "error processing signed data": translate("server", "error processing signed data"),
        "Invalid edrpou": translate("server", "Invalid edrpou"),
        "invalid settlement value": translate("server", "invalid settlement value"),
        "invalid area value": translate("server", "invalid area value"),
        "invalid region value": translate("server", "invalid region value"),
        "invalid settlement_type value": translate("server", "invalid settlement_type value"),
        "License is not needed for chosen legal entity type": translate(
            "server", "License is not needed for chosen legal entity type"
        ),
        "License is needed for chosen legal entity type": translate(
            "server", "License is needed for chosen legal entity type"
        ),
        "License not found": translate("server", "License not found"),
        "Legal entity type and license type mismatch": translate(
            "server", "Legal entity type and license type mismatch"
        ),
        "License doesn't correspond to your legal entity": translate(
            "server", "License doesn't correspond to your legal entity"
        ),
        "License is expired": translate(
            "server",
            "The license has expired or has no end date (an indefinite license is sent as "
            "valid until 31.12.9999)",
        ),
    }


_KVED_LIST = re.compile(r"At least one KVED code must be from list \[(?P<codes>[^\]]*)\]")
_NOT_IN_EDR = re.compile(
    r'owner\.(?P<field>\w+) "(?P<value>[^"]*)" does not match EDR; '
    r"the register holds: (?P<holds>.*)"
)
_NO_SETTLEMENT = re.compile(r"settlement with id = (?P<id>\S*) does not exist")


def _register_roles(holds: str) -> str:
    """ЄДР's role words after each name ("(керівник)", "(підписант)") in the UI language."""
    roles = {
        "(керівник)": "({})".format(translate("server", "head")),
        "(підписант)": "({})".format(translate("server", "signatory")),
    }
    for word, text in roles.items():
        holds = holds.replace(word, text)
    return holds


def server_text(description: str) -> str:
    """A server description in the UI language when it is one of eHealth's known texts."""
    known = server_messages().get(description)
    if known is not None:
        return known
    m = _KVED_LIST.fullmatch(description)
    if m:
        return translate("server", "At least one KVED code must be from the list: {codes}").format(
            codes=m.group("codes")
        )
    m = _NOT_IN_EDR.fullmatch(description)
    if m:
        return translate(
            "server", "“{value}” does not match the state register (ЄДР), which lists: {holds}"
        ).format(value=m.group("value"), holds=_register_roles(m.group("holds")))
    m = _NO_SETTLEMENT.fullmatch(description)
    if m:
        return translate("server", "No settlement with id {id} in the settlements register").format(
            id=m.group("id")
        )
    return description


def problem_text(problem: Problem) -> str:
    params = dict(problem.params)
    for key in ("description", "message"):
        if isinstance(params.get(key), str):
            params[key] = server_text(params[key])
    return describe(problem.code, params)


def error_text(exc: BaseException) -> str:
    """What to tell the director about a failure from a worker."""
    if isinstance(exc, UserFacingError):
        return describe(exc.code, exc.params)
    return translate(
        "messages",
        "The program hit an unexpected problem. Your draft is saved. "
        "Please try again; if it repeats, send the log to support.",
    )


def stage_title(stage: str) -> str:
    """Human name of a server-side verification stage (ids fixed in core/ehealth/stage_ids.py)."""
    if stage == "sign":
        return translate("stages", "Signing on this computer")
    code = f"stage_{stage}"
    return describe(code) if code in texts.TEXTS else stage


def stage_status(status: str) -> str:
    code = f"stage_status_{status}"
    return describe(code) if code in texts.TEXTS else status


def local_time(iso: str) -> str:
    """A stored UTC timestamp as the director's clock shows it: 27.11.2026 13:20."""
    from datetime import UTC, datetime

    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16].replace("T", " ")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%d.%m.%Y %H:%M")
