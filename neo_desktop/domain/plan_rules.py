"""The rules of a qualification plan, free of SQL and Qt.

- which status changes are allowed (draft → agreed → under review → closed),
- what a valid step, goal, resource, barrier, review and agreement is.

What changed between two versions is :mod:`neo_desktop.domain.plan_changes`. Error messages are English
templates with ``{named}`` placeholders, marked for Qt's translation tools; the core never translates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ValidationError
from .plan import ActivityKind, BarrierKind, GoalKind, PlanStatus, ResourceKind, StepOwner, StepStatus

MIN_RATING, MAX_RATING = 1, 10
MAX_DESCRIPTION = 400  # plan_step.description and plan_template_step.description are VARCHAR(400)
MAX_SHORT_TEXT = 200

# ---------------------------------------------------------------------------------------------- status

_TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.DRAFT: frozenset({PlanStatus.AGREED, PlanStatus.CLOSED}),
    PlanStatus.AGREED: frozenset({PlanStatus.UNDER_REVIEW, PlanStatus.CLOSED}),
    # Back to agreed only when the agreed version still stands (nothing changed during the review).
    PlanStatus.UNDER_REVIEW: frozenset({PlanStatus.AGREED, PlanStatus.CLOSED}),
    PlanStatus.CLOSED: frozenset(),
}

PLAN_CLOSED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This plan is closed and can no longer be changed. Start a new plan "
                                "if the young person needs one.")
BAD_TRANSITION = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A plan cannot go from '{old}' to '{new}'.")
NEEDS_AGREEMENT = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Version {number} of the plan has not been agreed with the young person yet. Record the "
    "agreement first; that also marks the plan as agreed.")


def allowed_transitions(status: PlanStatus) -> frozenset[PlanStatus]:
    """The statuses a plan in ``status`` may move to."""
    return _TRANSITIONS[status]


def check_editable(status: PlanStatus) -> None:
    """Refuse any change to a closed plan."""
    if status is PlanStatus.CLOSED:
        raise ValidationError(PLAN_CLOSED, field="status")


def check_transition(current: PlanStatus, new: PlanStatus, *, latest_number: int, latest_agreed: bool) -> None:
    """Refuse a status change the life of a plan does not allow.

    A plan becomes *agreed* only when its newest version carries the young person's agreement: either by
    recording that agreement, or by ending a review in which nothing was changed.
    """
    check_editable(current)
    if new is current:
        return
    if new not in _TRANSITIONS[current]:
        # The values read as words ("under review"); the UI may swap in its own labels via the params.
        raise ValidationError(BAD_TRANSITION, field="status", old=current.value.replace("_", " "),
                              new=new.value.replace("_", " "))
    if new is PlanStatus.AGREED and not latest_agreed:
        raise ValidationError(NEEDS_AGREEMENT, field="status", number=latest_number)


def status_after_edit(status: PlanStatus) -> PlanStatus:
    """A change to an agreed plan puts it under review until the young person agrees to the new version."""
    return PlanStatus.UNDER_REVIEW if status is PlanStatus.AGREED else status


OPEN_STEP_STATUSES = (StepStatus.PLANNED, StepStatus.IN_PROGRESS)


def is_overdue(status: StepStatus, due_on: date | None, today: date) -> bool:
    """A step is overdue when its date has passed and it is neither done nor dropped."""
    return due_on is not None and due_on < today and status in OPEN_STEP_STATUSES


# ------------------------------------------------------------------------------------------------ input

@dataclass(frozen=True)
class StepInput:
    """What a person enters for a step; ``owner`` is None while nobody has been chosen (and is refused)."""

    description: str
    owner: StepOwner | None
    due_on: date | None = None
    activity_kind: ActivityKind = ActivityKind.OTHER
    owner_name: str | None = None  # e.g. the employer's or the mentor's name
    status: StepStatus = StepStatus.PLANNED
    completed_on: date | None = None
    placement_id: int | None = None


@dataclass(frozen=True)
class GoalInput:
    """A job or education goal: the occupation or field, and when it should be reached."""

    kind: GoalKind
    field: str
    target_date: date | None = None
    description: str | None = None


@dataclass(frozen=True)
class ResourceInput:
    """A strength, interest, experience, language, driving licence or certificate."""

    kind: ResourceKind
    description: str
    level: str | None = None


@dataclass(frozen=True)
class BarrierInput:
    """Something in the way; ``sensitive`` ones (often health or social) never leave the program."""

    kind: BarrierKind
    description: str | None = None
    sensitive: bool = False


NO_DESCRIPTION = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Describe the step in a few words.")
TOO_LONG = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This text is too long: at most {limit} characters, not {length}.")
NO_OWNER = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Every step needs someone who is responsible for it. Choose who does it: the young person, the "
    "caseworker, the coordinator or mentor, the employer or another partner.")
BEFORE_START = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The date {value} is before the plan starts ({starts_on}). Choose a date on or after the start.")
COMPLETED_IN_FUTURE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A step cannot be completed in the future ({value}).")
NO_GOAL_FIELD = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Name the job or the field of education the goal is about.")
NO_RESOURCE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Describe the resource in a few words.")
BAD_RATING = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The young person's rating of readiness for work is a whole number from 1 to 10, not {rating}.")
IN_FUTURE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The date {value} is in the future. Record it once it has happened.")


def _check_text(value: str | None, field: str, limit: int) -> None:
    if value is not None and len(value) > limit:
        raise ValidationError(TOO_LONG, field=field, limit=limit, length=len(value))


def check_not_before_start(value: date | None, starts_on: date, field: str) -> None:
    """Refuse a date before the plan's start (due dates, target dates, review dates)."""
    if value is not None and value < starts_on:
        raise ValidationError(BEFORE_START, field=field, value=value.isoformat(), starts_on=starts_on.isoformat())


def check_not_in_future(value: date, today: date, field: str) -> None:
    """Refuse a date for something that has already happened (an agreement, a review) that lies ahead."""
    if value > today:
        raise ValidationError(IN_FUTURE, field=field, value=value.isoformat())


def validate_step(step: StepInput, starts_on: date, today: date) -> StepInput:
    """Check a step against the plan's start; return it with ``completed_on`` kept in line with its status."""
    description = step.description.strip()
    if not description:
        raise ValidationError(NO_DESCRIPTION, field="description")
    _check_text(description, "description", MAX_DESCRIPTION)
    if step.owner is None:
        raise ValidationError(NO_OWNER, field="owner")
    owner_name = (step.owner_name or "").strip() or None
    _check_text(owner_name, "owner_name", MAX_SHORT_TEXT)
    check_not_before_start(step.due_on, starts_on, "due_on")
    completed_on = step.completed_on
    if step.status is StepStatus.DONE:
        completed_on = completed_on or today  # "done" without a date means done today
        check_not_before_start(completed_on, starts_on, "completed_on")
        if completed_on > today:
            raise ValidationError(COMPLETED_IN_FUTURE, field="completed_on", value=completed_on.isoformat())
    else:
        completed_on = None  # a step taken up again is no longer completed
    return StepInput(description, step.owner, step.due_on, step.activity_kind, owner_name, step.status,
                     completed_on, step.placement_id)


def validate_goal(goal: GoalInput, starts_on: date) -> GoalInput:
    """Check a goal: it names a job or field, and its target date is not before the plan starts."""
    field_text = goal.field.strip()
    if not field_text:
        raise ValidationError(NO_GOAL_FIELD, field="field")
    _check_text(field_text, "field", MAX_SHORT_TEXT)
    check_not_before_start(goal.target_date, starts_on, "target_date")
    return GoalInput(goal.kind, field_text, goal.target_date, (goal.description or "").strip() or None)


def validate_resource(resource: ResourceInput) -> ResourceInput:
    """Check a resource: it has a description; the level is short."""
    description = resource.description.strip()
    if not description:
        raise ValidationError(NO_RESOURCE, field="description")
    _check_text(description, "description", MAX_SHORT_TEXT)
    level = (resource.level or "").strip() or None
    _check_text(level, "level", 40)
    return ResourceInput(resource.kind, description, level)


def validate_barrier(barrier: BarrierInput) -> BarrierInput:
    """Check a barrier; the description is optional (the kind alone may say enough)."""
    return BarrierInput(barrier.kind, (barrier.description or "").strip() or None, barrier.sensitive)


def validate_rating(rating: int | None) -> None:
    """The young person's own rating of readiness for work: a whole number 1–10, or not given."""
    if rating is None:
        return
    if isinstance(rating, bool) or not isinstance(rating, int) or not MIN_RATING <= rating <= MAX_RATING:
        raise ValidationError(BAD_RATING, field="readiness_rating", rating=rating)
