"""The Done page never drops the facility's credentials (issue 14, item 7): with no keyring it
shows them once with Copy and Save; with a vendor hand-off address it sends them on request."""

from __future__ import annotations

import dataclasses
import json
import stat
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtGui import QGuiApplication

from ehealth_wizard.core.profile import VendorProfile
from tests.ui.conftest import send_demo


def _registered(sc: Any) -> Any:
    result = send_demo(sc)
    assert result is not None and result.client_secret
    return result


def test_without_a_keyring_done_shows_the_secret_once_with_copy_and_save(
    scenario_factory: Any, tmp_path: Path
) -> None:
    sc = scenario_factory("en")  # the suite's keyring is the null backend: nothing can keep it
    result = _registered(sc)
    sc.window.next()
    sc.pump()
    panel = sc.page("done").credentials
    assert panel.isVisible() and panel.secret.isVisible()
    assert result.client_secret in panel.secret.text()
    assert panel.copy.isVisible() and panel.save.isVisible() and not panel.send.isVisible()
    assert sc.session.credentials is None  # handed to the panel: the session forgot it
    panel.copy.click()
    assert result.client_secret in QGuiApplication.clipboard().text()
    target = tmp_path / "chosen" / "facility.json"
    target.parent.mkdir()
    panel.save_to(str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["client_secret"] == result.client_secret
    assert str(target) in panel.note.text()
    sc.page("done").cleanupPage()  # leaving the page: shown once, then gone
    assert panel.credentials is None and result.client_secret not in panel.secret.text()


def test_with_a_handoff_address_done_sends_them_to_the_mis_on_request(
    scenario_factory: Any, sandbox: Any
) -> None:
    sc = scenario_factory("en")
    url = f"{sandbox.url}/mis/handoff"
    profile = VendorProfile(vendor_id="acme", handoff_url=url)
    sc.session.environment = dataclasses.replace(sc.session.environment, profile=profile)
    result = _registered(sc)
    sc.window.next()
    sc.pump()
    panel = sc.page("done").credentials
    assert panel.send.isVisible() and not panel.secret.isVisible()
    assert "127.0.0.1" in panel.note.text()
    panel.send.click()
    assert sc.wait(lambda: panel.worker is None and "Handed to your MIS" in panel.note.text())
    arrived = httpx.get(url, timeout=10).json()["data"]
    assert result.legal_entity_id in [a["legal_entity_id"] for a in arrived]
    assert "HTTP 201" in panel.note.text()
    assert panel.credentials is None


def test_done_shows_the_invitation_deadline_eHealth_gives(scenario_factory: Any) -> None:
    from datetime import datetime

    sc = scenario_factory("en")
    _registered(sc)
    sc.window.next()
    page = sc.page("done")
    assert sc.wait(lambda: page.deadline.isVisible())
    request_id = sc.session.draft.meta.submission.employee_request_id
    url = sc.session.environment.url
    inserted = httpx.get(f"{url}/api/employee_requests/{request_id}", timeout=10).json()
    start = datetime.fromisoformat(inserted["data"]["inserted_at"].replace("Z", "+00:00"))
    params = httpx.get(f"{url}/api/global_parameters", timeout=10).json()["data"]
    assert params["employee_request_term_unit"] == "DAYS"
    from datetime import timedelta

    expected = start + timedelta(days=int(params["employee_request_expiration"]))
    assert expected.astimezone().strftime("%d.%m.%Y %H:%M") in page.deadline.text()
