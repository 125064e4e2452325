"""The sandbox's post office: invitation e-mails are kept, listed and acted on here.

The real eHealth e-mails the owner a link to its auth web UI where the director creates an
account and approves the owner employee request. Here the letter is kept
in the database, shown at `/mailbox`, and its link `/invite/{token}` accepts it in one step.
"""

from __future__ import annotations

import html
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ehealth_wizard.sandbox.store import Store


class InvitationUnknown(Exception):
    pass


class InvitationExpired(Exception):
    pass


POSITION_NAMES = {
    "P1": "Генеральний директор",
    "P2": "Директор",
    "P3": "Головний лікар",
    "P26": "ФОП",
}


@dataclass
class Mailbox:
    store: Store
    base_url: str
    invite_ttl: float

    def send_invitation(
        self, entity: dict[str, Any], request: dict[str, Any], facility_name: str
    ) -> dict[str, Any]:
        """Keep an invitation letter to the owner and return it (with `link`)."""
        party = request["party"]
        token = secrets.token_urlsafe(24)
        now = time.time()
        link = f"{self.base_url}/invite/{token}"
        name = f"{party.get('first_name', '')} {party.get('second_name') or ''}".strip()
        body = (
            f"Шановний(а) {name}!\n\n"
            f"Заклад «{facility_name}» (ЄДРПОУ {entity['edrpou']}) зареєстровано в електронній "
            f"системі охорони здоров'я. Вас запрошено як керівника "
            f"({POSITION_NAMES.get(request['position'], request['position'])}).\n"
            f"Щоб створити обліковий запис і прийняти запрошення, перейдіть за посиланням:\n"
            f"{link}\n\nПосилання дійсне до {_when(now + self.invite_ttl)}."
        )
        mail = {
            "to": str(party["email"]).lower(),
            "subject": "Запрошення до електронної системи охорони здоров'я",
            "body": body,
            "link": link,
            "token": token,
            "legal_entity_id": entity["id"],
            "employee_request_id": request["id"],
            "sent_at": now,
            "expires_at": now + self.invite_ttl,
        }
        mail["id"] = self.store.add_mail(mail)
        return mail

    def open(self, token: str, now: float | None = None) -> dict[str, Any]:
        """The letter behind a link; InvitationExpired once its time is over (unless used)."""
        mail = self.store.mail_by_token(token)
        if mail is None:
            raise InvitationUnknown(token)
        now = time.time() if now is None else now
        if mail["accepted_at"] is None and now >= mail["expires_at"]:
            raise InvitationExpired(token)
        return mail

    def accept(self, token: str) -> dict[str, Any]:
        """Create the director's account: approve the owner request, mark the entity's account."""
        mail = self.open(token)
        if mail["accepted_at"] is not None:
            return mail
        now = time.time()
        with self.store.transaction():
            self.store.accept_mail(token, now)
            request = self.store.get_employee_request(mail["employee_request_id"])
            if request is not None:
                request["status"] = "APPROVED"
                request["approved_at"] = _when(now)
                self.store.put_employee_request(request)
            doc = self.store.get_entity(mail["legal_entity_id"])
            if doc is not None and doc.get("accepted_at") is None:
                doc["accepted_at"] = now
                doc["account_email"] = mail["to"]
                self.store.put_entity(doc)
        mail["accepted_at"] = now
        return mail


def public_mail(mail: dict[str, Any]) -> dict[str, Any]:
    """A letter as `/api/mailbox` shows it."""
    return {
        "id": mail["id"],
        "to": mail["to"],
        "subject": mail["subject"],
        "body": mail["body"],
        "link": mail["link"],
        "legal_entity_id": mail["legal_entity_id"],
        "employee_request_id": mail["employee_request_id"],
        "sent_at": _when(mail["sent_at"]),
        "expires_at": _when(mail["expires_at"]),
        "accepted": mail["accepted_at"] is not None,
        "expired": mail["accepted_at"] is None and time.time() >= mail["expires_at"],
    }


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


_PAGE = """<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em}}
.mail{{border:1px solid #ccc;border-radius:6px;padding:1em;margin:1em 0}}
.meta{{color:#555;font-size:90%}} pre{{white-space:pre-wrap;font-family:inherit}}
button{{font-size:110%;padding:.4em 1.2em}}</style></head>
<body><h1>{title}</h1>{body}</body></html>"""


def page(title: str, body: str) -> str:
    return _PAGE.format(title=html.escape(title), body=body)


def mailbox_page(mails: list[dict[str, Any]]) -> str:
    if not mails:
        return page("Поштова скринька пісочниці", "<p>Листів ще немає.</p>")
    items = []
    for m in mails:
        pm = public_mail(m)
        state = "прийнято" if pm["accepted"] else ("термін дії минув" if pm["expired"] else "")
        items.append(
            f'<div class="mail"><div class="meta">Кому: {html.escape(pm["to"])} · '
            f"{html.escape(pm['sent_at'])} {html.escape(state)}</div>"
            f"<h2>{html.escape(pm['subject'])}</h2><pre>{html.escape(pm['body'])}</pre>"
            f'<p><a href="{html.escape(pm["link"])}">{html.escape(pm["link"])}</a></p></div>'
        )
    return page("Поштова скринька пісочниці", "\n".join(items))


def invitation_page(mail: dict[str, Any], facility: str) -> str:
    if mail["accepted_at"] is not None:
        body = (
            f"<p>Запрошення до закладу «{html.escape(facility)}» прийнято. Обліковий запис "
            f"для {html.escape(mail['to'])} створено.</p>"
        )
        return page("Запрошення прийнято", body)
    body = (
        f"<pre>{html.escape(mail['body'])}</pre>"
        f'<form method="post"><button type="submit">Прийняти запрошення і створити обліковий '
        f"запис</button></form>"
    )
    return page("Запрошення до ЕСОЗ", body)


def expired_page() -> str:
    return page(
        "Термін дії запрошення минув",
        "<p>Це посилання більше не дійсне: термін дії запрошення минув. Подайте заяву про "
        "реєстрацію закладу ще раз — на пошту керівника надійде новий лист.</p>",
    )


def unknown_page() -> str:
    return page("Запрошення не знайдено", "<p>Такого запрошення немає.</p>")
