"""The wizard's step graph and back-stack, free of Qt (Electrum's wizard shape).

Each step id has a rule: where Next goes from it and what must hold before it may. Field
completeness comes from validation: every Problem's JSON path belongs to one step (`$.owner…`
to the director step, `$.license…` to the license step, ...); an ERROR there blocks Next, a
WARNING never does. Conditions that are not about fields (a key chosen and checked, the public
offer accepted, a submission finished) are `reasons`: flow codes with a text in texts/drafts.py.
The Qt layer only attaches a page to each step id and asks this module what to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ehealth_wizard.core.errors import UserFacingError
from ehealth_wizard.core.model import Registration
from ehealth_wizard.core.problems import Problem, Severity, belongs
from ehealth_wizard.core.steps import ORDER as ORDER
from ehealth_wizard.core.steps import Step as Step

FORM_STEPS: tuple[Step, ...] = (Step.FACILITY, Step.LICENSE, Step.DIRECTOR)


class Intent(StrEnum):
    NEW = "new"  # fill in and send a registration
    FOLLOW = "follow"  # watch a registration sent earlier


class FlowError(UserFacingError):
    code = "flow.error"


class StepBlocked(FlowError):
    """Next was asked for while the step still has errors or unmet conditions."""

    code = "flow.step_incomplete"


class CannotGoBack(FlowError):
    code = "flow.cannot_go_back"


class StepNotReachable(FlowError):
    code = "flow.not_visited"


# -- which step owns a problem --------------------------------------------------------------

_PATH_STEPS: tuple[tuple[str, Step], ...] = (
    ("$.owner", Step.DIRECTOR),
    ("$.license", Step.LICENSE),
    ("$.accreditation", Step.LICENSE),
    ("$.public_offer", Step.REVIEW),
    ("$.security", Step.REVIEW),
)


def step_of_path(path: str) -> Step:
    """The step whose page holds the field at `path`; facility fields are the top level.

    A problem about the whole request (`$`) belongs to the review step, which shows everything.
    """
    for prefix, step in _PATH_STEPS:
        if belongs(path, prefix):
            return step
    if path in ("", "$"):
        return Step.REVIEW
    return Step.FACILITY


# -- state the pages fill in ----------------------------------------------------------------


@dataclass
class WizardState:
    """Everything the rules look at. Holds no password or PIN: those never leave the key page."""

    registration: Registration = field(default_factory=Registration.empty)
    intent: Intent = Intent.NEW
    key_path: str = ""  # a key file path or a token URI; never the key itself
    key_checked: bool = False  # set by the key page after a pre-flight with no errors
    job_id: str = ""  # the sent request's job, once eHealth accepted it for processing
    sending: bool = False  # a submission is under way: Back is blocked
    finished: bool = False  # the registration went through: Done is open
    today: date | None = None  # validation's "today"; None = the real date


@dataclass(frozen=True)
class StepStatus:
    """What a page needs to show and whether Next is open."""

    step: Step
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    reasons: tuple[Problem, ...] = ()  # flow conditions, e.g. flow.key_not_ready

    @property
    def complete(self) -> bool:
        return not self.errors and not self.reasons

    @property
    def blockers(self) -> tuple[Problem, ...]:
        return self.errors + self.reasons


Validator = Callable[[Registration, date | None], Sequence[Problem]]


def _default_validator(reg: Registration, today: date | None) -> Sequence[Problem]:
    from ehealth_wizard.core.validation import validate

    problems: Sequence[Problem] = validate(reg, today=today)
    return problems


def _reason(code: str, **params: object) -> Problem:
    return Problem(path="", code=code, params=params)


# -- the rules ------------------------------------------------------------------------------


def _next_welcome(state: WizardState) -> Step:
    return Step.SUBMIT if state.intent is Intent.FOLLOW else Step.FACILITY


_LINEAR: dict[Step, Step] = {
    Step.FACILITY: Step.LICENSE,
    Step.LICENSE: Step.DIRECTOR,
    Step.DIRECTOR: Step.KEY,
    Step.KEY: Step.REVIEW,
    Step.REVIEW: Step.SUBMIT,
    Step.SUBMIT: Step.DONE,
}


def next_step(step: Step, state: WizardState) -> Step | None:
    """Where Next leads from `step` (None from the last step), whether or not it is open."""
    if step is Step.WELCOME:
        return _next_welcome(state)
    return _LINEAR.get(step)


def can_leave_backwards(step: Step, state: WizardState) -> bool:
    if step is Step.DONE:
        return False  # the registration is through; a new one starts from the welcome page
    if step is Step.SUBMIT:
        # Sending: wait for the answer. Accepted: the registration is through, and a change on
        # Review would not be sent (Done names what eHealth got); following one sent earlier
        # may go back to the start.
        return not state.sending and not (state.finished and state.intent is Intent.NEW)
    return True


class Wizard:
    """The navigation: current step, back-stack, and the rules that open Next."""

    def __init__(
        self,
        state: WizardState | None = None,
        *,
        validator: Validator | None = None,
    ) -> None:
        self.state = state if state is not None else WizardState()
        self._validator: Validator = validator or _default_validator
        self._stack: list[Step] = [Step.WELCOME]
        self._return_to: Step | None = None
        self._fixing: Step | None = None  # the step `go_to` jumped back to
        self._cache_key: tuple[Registration, date | None] | None = None
        self._cache: tuple[Problem, ...] = ()

    # where we are
    @property
    def current(self) -> Step:
        return self._stack[-1]

    @property
    def history(self) -> tuple[Step, ...]:
        """The back-stack, oldest first; the last item is the current step."""
        return tuple(self._stack)

    @property
    def return_to(self) -> Step | None:
        """The step Next heads back to after `go_to` jumped back to fix something."""
        return self._return_to

    def is_last(self) -> bool:
        return next_step(self.current, self.state) is None

    # what blocks
    def problems(self) -> tuple[Problem, ...]:
        """Validation of the current registration (cached until it or `today` changes)."""
        key = (self.state.registration, self.state.today)
        if self._cache_key != key:
            self._cache = tuple(self._validator(self.state.registration, self.state.today))
            self._cache_key = key
        return self._cache

    def status(self, step: Step | None = None) -> StepStatus:
        step = self.current if step is None else step
        own = [p for p in self.problems() if step_of_path(p.path) is step]
        errors = tuple(p for p in own if p.severity is Severity.ERROR)
        warnings = tuple(p for p in own if p.severity is not Severity.ERROR)
        return StepStatus(step, errors, warnings, tuple(self._reasons(step, errors)))

    def _reasons(self, step: Step, errors: tuple[Problem, ...]) -> list[Problem]:
        state = self.state
        reasons: list[Problem] = []
        if step is Step.WELCOME and state.intent is Intent.FOLLOW and not state.job_id:
            reasons.append(_reason("flow.no_submission"))
        elif step is Step.KEY and not (state.key_path and state.key_checked):
            reasons.append(_reason("flow.key_not_ready"))
        elif step is Step.REVIEW:
            for earlier in (*FORM_STEPS, Step.KEY):
                status = self.status(earlier)
                if not status.complete:
                    count = len(status.blockers)
                    reasons.append(_reason("flow.step_incomplete", step=earlier.value, count=count))
            consent_error = any(p.path.startswith("$.public_offer") for p in errors)
            if not state.registration.public_offer.consent and not consent_error:
                reasons.append(_reason("flow.consent_missing"))
        elif step is Step.SUBMIT and not state.finished:
            reasons.append(_reason("flow.not_submitted"))
        return reasons

    def can_next(self) -> bool:
        return not self.is_last() and self.status().complete

    def can_back(self) -> bool:
        return len(self._stack) > 1 and can_leave_backwards(self.current, self.state)

    # moving
    def next(self) -> Step:
        """Go forward; after `go_to` jumped back, run on through complete steps to where the
        director was. Raises StepBlocked (with the first blocker) when Next is not open."""
        status = self.status()
        if self.is_last() or not status.complete:
            first = status.blockers[0] if status.blockers else None
            raise StepBlocked(
                step=self.current.value,
                count=len(status.blockers),
                first=first.code if first else "",
            )
        self._push(self._forward())
        while self._return_to is not None and self.current is not self._return_to:
            if self._return_to not in self._ahead():
                self._return_to = self._fixing = None  # the way changed: forget it
                break
            if not self.status().complete:
                break  # stop where the director has something to fix
            self._push(self._forward())
        if self.current is self._return_to:
            self._return_to = self._fixing = None
        return self.current

    def _forward(self) -> Step:
        target = next_step(self.current, self.state)
        if target is None:  # callers check is_last() first
            raise StepNotReachable(step=self.current.value)
        return target

    def _push(self, step: Step) -> None:
        self._stack.append(step)

    def _ahead(self) -> list[Step]:
        """The steps Next would pass through from here, in order."""
        out: list[Step] = []
        step: Step | None = self.current
        while step is not None:
            step = next_step(step, self.state)
            if step is None or step in out:
                break
            out.append(step)
        return out

    def back(self) -> Step:
        if not self.can_back():
            raise CannotGoBack(step=self.current.value)
        self._stack.pop()
        if self._fixing is not None and ORDER.index(self.current) < ORDER.index(self._fixing):
            self._return_to = self._fixing = None  # walking back by hand: no shortcut any more
        return self.current

    def go_to(self, step: Step) -> Step:
        """Open `step`: an earlier step on the back-stack (to fix a field, remembering where
        the director was), or a later one as far as complete steps lead. Returns where it
        landed (a later jump stops at the first step that blocks)."""
        if step is self.current:
            return step
        if step in self._stack:
            if not can_leave_backwards(self.current, self.state):
                raise CannotGoBack(step=self.current.value)
            # Return to the farthest point reached, but no further than review: changed data
            # is looked over again before it is sent again.
            here = min(self.current, Step.REVIEW, key=ORDER.index)
            if self._return_to is None or ORDER.index(here) > ORDER.index(self._return_to):
                self._return_to = here
            del self._stack[self._stack.index(step) + 1 :]
            self._fixing = step
            return self.current
        if step not in self._ahead():
            raise StepNotReachable(step=step.value)
        while self.current is not step and self.status().complete and not self.is_last():
            self._push(self._forward())
        if self._return_to is not None and self._return_to in self._stack:
            self._return_to = self._fixing = None
        return self.current

    def restart(self) -> Step:
        """Back to the welcome page with an empty back-stack (e.g. after Done)."""
        self._stack = [Step.WELCOME]
        self._return_to = self._fixing = None
        return self.current

    # edits the pages make
    def set_registration(self, registration: Registration) -> None:
        """Take the form's new data. A key checked against the old ЄДРПОУ / РНОКПП has to be
        checked again (the pre-flight compares them with the certificate)."""
        old = self.state.registration
        if (
            old.facility.edrpou != registration.facility.edrpou
            or old.director.tax_id != registration.director.tax_id
        ):
            self.state.key_checked = False
        self.state.registration = registration

    def set_key(self, key_path: str, *, checked: bool = False) -> None:
        """The key page chose a key (and, once its pre-flight passed, marks it checked)."""
        if key_path != self.state.key_path:
            self.state.key_checked = False
        self.state.key_path = key_path
        self.state.key_checked = checked and bool(key_path)

    # resuming
    @classmethod
    def resume(
        cls,
        state: WizardState,
        step: Step | str,
        *,
        validator: Validator | None = None,
    ) -> Wizard:
        """A wizard on `step` with the back-stack Next would have built, or on the first step
        on the way that blocks (a draft saved on review whose license has since expired opens
        on the license step)."""
        wizard = cls(state, validator=validator)
        target = Step(step) if isinstance(step, str) else step
        if target is Step.WELCOME:
            return wizard
        if state.intent is Intent.NEW and target in (Step.SUBMIT, Step.DONE) and not state.job_id:
            target = Step.REVIEW
        if target not in wizard._ahead():
            return wizard
        wizard.go_to(target)
        return wizard
