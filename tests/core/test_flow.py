"""The wizard's step graph driven with plain data and the real validation, no GUI (as
Electrum's tests/test_wizard.py drives its wizard)."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from ehealth_wizard.core.drafts import DraftStore, Submission
from ehealth_wizard.core.flow import (
    ORDER,
    CannotGoBack,
    Intent,
    Step,
    StepBlocked,
    StepNotReachable,
    Wizard,
    WizardState,
    step_of_path,
)
from ehealth_wizard.core.model import Registration, get_path, set_path
from ehealth_wizard.core.problems import Problem, Severity
from ehealth_wizard.core.registration import record_in_draft, wizard_for_draft
from ehealth_wizard.core.texts import TEXTS
from ehealth_wizard.core.validation import validate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registrations" / "valid"
TODAY = date(2026, 11, 27)


def fixture(name: str = "fop_family_doctor") -> Registration:
    doc = json.loads((FIXTURES / f"{name}.draft.json").read_text(encoding="utf-8"))
    return Registration.from_dict(doc["registration"])


def copy_fields(target: Registration, source: Registration, *roots: str) -> Registration:
    """What a director does on a page: fill in every field of those parts of the form."""
    for root in roots:
        target = dataclasses.replace(target, **{root: getattr(source, root)})
    return target


def wizard(reg: Registration, **state: object) -> Wizard:
    return Wizard(WizardState(registration=reg, today=TODAY, **state))  # type: ignore[arg-type]


def walk_to(w: Wizard, step: Step) -> None:
    while w.current is not step:
        w.next()


def codes(problems: Sequence[Problem]) -> list[str]:
    return [p.code for p in problems]


@pytest.mark.parametrize(
    ("path", "step"),
    [
        ("$.edrpou", Step.FACILITY),
        ("$.type", Step.FACILITY),
        ("$.kveds", Step.FACILITY),
        ("$.kveds[1]", Step.FACILITY),
        ("$.name", Step.FACILITY),
        ("$.residence_address.settlement_id", Step.FACILITY),
        ("$.phones[0].number", Step.FACILITY),
        ("$.email", Step.FACILITY),
        ("$.website", Step.FACILITY),
        ("$.archive[0].place", Step.FACILITY),
        ("$.license.expiry_date", Step.LICENSE),
        ("$.license", Step.LICENSE),
        ("$.accreditation.category", Step.LICENSE),
        ("$.owner.tax_id", Step.DIRECTOR),
        ("$.owner.documents[0].number", Step.DIRECTOR),
        ("$.owner", Step.DIRECTOR),
        ("$.public_offer.consent", Step.REVIEW),
        ("$.security.redirect_uri", Step.REVIEW),
        ("$", Step.REVIEW),
        ("$.ownership", Step.FACILITY),  # a prefix of a word is not the owner
        ("$.licenses", Step.FACILITY),
    ],
)
def test_each_problem_path_belongs_to_one_step(path: str, step: Step) -> None:
    assert step_of_path(path) is step


def test_every_problem_of_an_empty_form_lands_on_a_form_page_or_review() -> None:
    steps = {step_of_path(p.path) for p in validate(Registration.empty(), today=TODAY)}
    assert steps == {Step.FACILITY, Step.LICENSE, Step.DIRECTOR, Step.REVIEW}


def test_a_whole_new_registration_forward_page_by_page() -> None:
    """An empty form filled page by page; each Next opens only when that page is complete."""
    full = fixture()
    w = wizard(Registration.empty())
    assert w.current is Step.WELCOME and not w.can_back()
    w.next()
    assert w.current is Step.FACILITY

    for step, roots in (
        (Step.FACILITY, ("facility",)),
        (Step.LICENSE, ("license", "accreditation")),
        (Step.DIRECTOR, ("director",)),
    ):
        assert w.current is step
        status = w.status()
        assert not status.complete and not w.can_next()
        assert status.errors and all(step_of_path(p.path) is step for p in status.errors)
        with pytest.raises(StepBlocked) as info:
            w.next()
        assert info.value.params["step"] == step.value
        assert w.current is step
        w.set_registration(copy_fields(w.state.registration, full, *roots))
        assert w.status().complete
        w.next()

    assert w.current is Step.KEY
    assert codes(w.status().reasons) == ["flow.key_not_ready"]
    w.set_key("/media/usb/Key-6.dat")  # chosen, not yet checked
    assert not w.can_next()
    w.set_key("/media/usb/Key-6.dat", checked=True)  # the pre-flight passed
    w.next()

    assert w.current is Step.REVIEW
    assert codes(w.status().errors) == ["public_offer_consent_required"]
    w.set_registration(set_path(w.state.registration, "$.public_offer.consent", True))
    assert w.status().complete
    w.next()

    assert w.current is Step.SUBMIT
    assert codes(w.status().reasons) == ["flow.not_submitted"]
    w.state.sending = True
    assert not w.can_back()
    w.state.job_id = "job-42"
    w.state.sending = False
    w.state.finished = True
    w.next()

    assert w.current is Step.DONE
    assert w.is_last() and not w.can_next() and not w.can_back()
    assert w.history == ORDER
    with pytest.raises(StepBlocked):
        w.next()
    with pytest.raises(CannotGoBack):
        w.back()
    assert w.restart() is Step.WELCOME and w.history == (Step.WELCOME,)


def test_back_all_the_way_and_forward_again() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True)
    walk_to(w, Step.REVIEW)
    assert w.history == ORDER[: ORDER.index(Step.REVIEW) + 1]
    visited = []
    while w.can_back():
        visited.append(w.back())
    assert visited == [Step.KEY, Step.DIRECTOR, Step.LICENSE, Step.FACILITY, Step.WELCOME]
    with pytest.raises(CannotGoBack):
        w.back()
    walk_to(w, Step.REVIEW)
    assert w.history == ORDER[: ORDER.index(Step.REVIEW) + 1]


def test_jump_back_from_review_to_fix_a_field_then_return() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True)
    walk_to(w, Step.REVIEW)

    assert w.go_to(Step.FACILITY) is Step.FACILITY
    assert w.return_to is Step.REVIEW
    assert w.history == (Step.WELCOME, Step.FACILITY)
    w.set_registration(set_path(w.state.registration, "$.email", "not an e-mail"))
    assert not w.can_next()
    assert [p.path for p in w.status().errors] == ["$.email"]
    w.set_registration(set_path(w.state.registration, "$.email", "info@likar.example.com"))

    assert w.next() is Step.REVIEW  # straight back over the complete pages
    assert w.return_to is None
    assert w.history == ORDER[: ORDER.index(Step.REVIEW) + 1]  # Back still walks every page
    assert w.back() is Step.KEY


def test_two_jumps_back_still_return_to_the_farthest_page() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True)
    walk_to(w, Step.REVIEW)
    w.go_to(Step.DIRECTOR)
    w.go_to(Step.FACILITY)
    assert w.return_to is Step.REVIEW
    assert w.next() is Step.REVIEW


def test_a_fix_after_a_rejected_submission_returns_to_review_not_submit() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True)
    walk_to(w, Step.SUBMIT)
    w.go_to(Step.DIRECTOR)  # eHealth rejected the owner's data
    assert w.return_to is Step.REVIEW
    assert w.next() is Step.REVIEW


def test_walking_back_past_the_fixed_page_drops_the_shortcut() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True)
    walk_to(w, Step.REVIEW)
    w.go_to(Step.LICENSE)
    assert w.back() is Step.FACILITY
    assert w.return_to is None
    assert w.next() is Step.LICENSE
    assert w.next() is Step.DIRECTOR


def test_the_return_stops_at_a_page_the_fix_broke() -> None:
    """Changing the ЄДРПОУ invalidates the key check (the certificate must match it again)."""
    full = fixture("llc_outpatient_clinic")
    w = wizard(full, key_path="/k", key_checked=True)
    walk_to(w, Step.REVIEW)
    w.go_to(Step.FACILITY)
    other = fixture("pharmacy").facility.edrpou
    w.set_registration(set_path(w.state.registration, "$.edrpou", other))
    assert not w.state.key_checked
    assert w.next() is Step.KEY  # not review: the key must be checked again
    assert w.return_to is Step.REVIEW
    w.set_key("/k", checked=True)
    assert w.next() is Step.REVIEW
    assert w.return_to is None


def test_editing_other_fields_keeps_the_key_check() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True)
    w.set_registration(set_path(w.state.registration, "$.owner.email", "new@likar.example.com"))
    assert w.state.key_checked
    w.set_registration(set_path(w.state.registration, "$.owner.tax_id", "1234567890"))
    assert not w.state.key_checked


def test_review_lists_every_incomplete_page() -> None:
    full = fixture()
    w = wizard(full, key_path="/k", key_checked=True)
    walk_to(w, Step.REVIEW)
    broken = set_path(full, "$.license.expiry_date", "2020-01-01")
    broken = set_path(broken, "$.owner.first_name", "Petro")
    broken = set_path(broken, "$.public_offer.consent", False)
    w.set_registration(broken)
    status = w.status()
    assert not status.complete
    incomplete = [r.params["step"] for r in status.reasons if r.code == "flow.step_incomplete"]
    assert incomplete == ["license", "director"]
    assert codes(status.errors) == ["public_offer_consent_required"]
    assert all(r.code in TEXTS for r in status.reasons)


def test_consent_is_required_even_if_validation_did_not_say_so() -> None:
    def no_problems(reg: Registration, today: date | None) -> list[Problem]:
        return []

    w = Wizard(WizardState(key_path="/k", key_checked=True), validator=no_problems)
    walk_to(w, Step.REVIEW)
    assert codes(w.status().reasons) == ["flow.consent_missing"]
    w.set_registration(set_path(w.state.registration, "$.public_offer.consent", True))
    assert w.next() is Step.SUBMIT


def test_warnings_show_but_never_block() -> None:
    reg = set_path(fixture(), "$.kveds", ("86.10",))  # PRIMARY_CARE without 86.21
    w = wizard(reg)
    w.next()
    status = w.status()
    assert status.warnings and all(p.severity is Severity.WARNING for p in status.warnings)
    assert status.errors == () and status.complete
    assert w.next() is Step.LICENSE


def test_follow_a_submitted_registration_from_welcome() -> None:
    w = wizard(fixture(), intent=Intent.FOLLOW)
    assert codes(w.status().reasons) == ["flow.no_submission"]
    with pytest.raises(StepNotReachable):
        w.go_to(Step.FACILITY)  # not on the follow path
    w.state.job_id = "job-42"
    assert w.next() is Step.SUBMIT
    assert w.history == (Step.WELCOME, Step.SUBMIT)
    assert w.back() is Step.WELCOME
    w.next()
    w.state.sending = True  # the window is following the stages
    assert not w.can_back()
    w.state.sending = False
    w.state.finished = True
    assert w.next() is Step.DONE
    assert w.history == (Step.WELCOME, Step.SUBMIT, Step.DONE)


def test_jump_forward_stops_at_the_first_blocking_page() -> None:
    reg = set_path(fixture(), "$.owner.tax_id", "")
    w = wizard(reg)
    assert w.go_to(Step.REVIEW) is Step.DIRECTOR
    assert w.history == (Step.WELCOME, Step.FACILITY, Step.LICENSE, Step.DIRECTOR)


def test_cannot_jump_back_from_done_or_while_sending() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True, job_id="j", finished=True)
    walk_to(w, Step.SUBMIT)
    w.state.sending = True
    with pytest.raises(CannotGoBack):
        w.go_to(Step.FACILITY)
    w.state.sending = False
    walk_to(w, Step.DONE)
    with pytest.raises(CannotGoBack):
        w.go_to(Step.REVIEW)


def test_validation_runs_once_per_change() -> None:
    calls = []

    def counting(reg: Registration, today: date | None) -> list[Problem]:
        calls.append(reg)
        return validate(reg, today=today)

    w = Wizard(WizardState(registration=fixture(), today=TODAY), validator=counting)
    for step in ORDER:
        w.status(step)
    w.can_next()
    assert len(calls) == 1
    w.set_registration(set_path(w.state.registration, "$.website", "https://likar.example.com"))
    w.can_next()
    assert len(calls) == 2


# -- drafts resume where the director left ------------------------------------------------


def test_a_saved_draft_resumes_on_its_step_with_the_key_to_check_again(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    draft = store.new_draft(fixture("pharmacy"))
    w = wizard(draft.registration)
    walk_to(w, Step.LICENSE)
    store.save(record_in_draft(w, draft))

    resumed = wizard_for_draft(store.load(draft.draft_id).draft, today=TODAY)
    assert resumed.current is Step.LICENSE
    assert resumed.history == (Step.WELCOME, Step.FACILITY, Step.LICENSE)

    w = resumed
    w.set_key("/media/usb/pharmacy.pfx", checked=True)
    walk_to(w, Step.REVIEW)
    store.save(record_in_draft(w, draft))
    again = wizard_for_draft(store.load(draft.draft_id).draft, today=TODAY)
    assert again.state.key_path == "/media/usb/pharmacy.pfx"
    assert again.current is Step.KEY  # the password is gone, so the key is checked again
    assert again.state.intent is Intent.NEW


def test_a_draft_whose_license_has_since_expired_opens_on_the_license_page(
    tmp_path: Path,
) -> None:
    store = DraftStore(tmp_path)
    draft = store.new_draft(fixture())
    draft.meta.step = "review"
    store.save(draft)
    expiry = get_path(draft.registration, "$.license.expiry_date")
    later = date.fromisoformat(expiry).replace(day=1, month=1, year=int(expiry[:4]) + 1)
    resumed = wizard_for_draft(store.load(draft.draft_id).draft, today=later)
    assert resumed.current is Step.LICENSE
    assert codes(resumed.status().errors) == ["license_expired"]


@pytest.mark.parametrize(("step", "finished"), [("submit", False), ("done", True)])
def test_a_sent_draft_resumes_following_its_submission(
    tmp_path: Path, step: str, finished: bool
) -> None:
    store = DraftStore(tmp_path)
    draft = store.new_draft(fixture())
    draft.meta.step = step
    draft.meta.submission = Submission(server_url="http://127.0.0.1:9", job_id="job-9")
    store.save(draft)
    resumed = wizard_for_draft(store.load(draft.draft_id).draft, today=TODAY)
    assert resumed.state.intent is Intent.FOLLOW
    assert resumed.state.job_id == "job-9"
    assert resumed.state.finished is finished
    assert resumed.current is Step(step)


def test_a_draft_claiming_submit_without_a_submission_opens_the_form() -> None:
    state = WizardState(registration=fixture(), today=TODAY, key_path="/k")
    assert Wizard.resume(state, "submit").current is Step.KEY


def test_a_draft_with_an_unknown_step_opens_on_welcome(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    draft = store.new_draft(fixture())
    draft.meta.step = "a-page-from-a-newer-version"
    assert wizard_for_draft(draft, today=TODAY).current is Step.WELCOME


def test_every_flow_code_has_a_text() -> None:
    from ehealth_wizard.core import flow

    codes_ = {
        cls.code
        for cls in vars(flow).values()
        if isinstance(cls, type) and issubclass(cls, flow.FlowError)
    }
    codes_ |= {
        "flow.key_not_ready",
        "flow.consent_missing",
        "flow.step_incomplete",
        "flow.not_submitted",
        "flow.no_submission",
    }
    assert sorted(c for c in codes_ if c not in TEXTS) == []
    source = Path(flow.__file__).read_text(encoding="utf-8")
    assert set(re.findall(r'"(flow\.[a-z_]+)"', source)) <= set(TEXTS)


def test_after_acceptance_submit_is_sealed_but_following_may_go_back() -> None:
    w = wizard(fixture(), key_path="/k", key_checked=True)
    walk_to(w, Step.SUBMIT)
    w.state.job_id, w.state.finished = "job-1", True  # eHealth accepted it
    assert not w.can_back()
    with pytest.raises(CannotGoBack):
        w.back()
    with pytest.raises(CannotGoBack):
        w.go_to(Step.REVIEW)  # a change there would not be sent
    follow = wizard(fixture(), intent=Intent.FOLLOW, job_id="job-1")
    assert follow.next() is Step.SUBMIT
    follow.state.finished = True
    assert follow.can_back() and follow.back() is Step.WELCOME


def test_flow_knows_nothing_of_drafts() -> None:
    import ast
    import inspect

    from ehealth_wizard.core import flow

    tree = ast.parse(inspect.getsource(flow))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "ehealth_wizard.core.drafts" not in imported
