"""The rules of a plan without a database: status changes, validation (plan_rules), and the readable
version diff (plan_changes)."""

from __future__ import annotations

import string
from dataclasses import dataclass, replace
from datetime import date

import pytest

from neo_desktop.domain.errors import ValidationError
from neo_desktop.domain.plan import (
    ActivityKind,
    BarrierKind,
    GoalKind,
    PlanStatus,
    ResourceKind,
    StepOwner,
    StepStatus,
)
from neo_desktop.domain.plan_changes import (
    CHANGE_TEMPLATES,
    ChangeKind,
    ChangeSection,
    PlanChange,
    RevisionContents,
    compare_revisions,
    describe_change,
    describe_changes,
    english_date,
)
from neo_desktop.domain.plan_rules import (
    BarrierInput,
    GoalInput,
    ResourceInput,
    StepInput,
    allowed_transitions,
    check_transition,
    is_overdue,
    status_after_edit,
    validate_barrier,
    validate_goal,
    validate_rating,
    validate_resource,
    validate_step,
)

START = date(2026, 9, 1)
TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Step:
    key: str
    description: str
    owner: StepOwner = StepOwner.PARTICIPANT
    due_on: date | None = None
    status: StepStatus = StepStatus.PLANNED
    activity_kind: ActivityKind = ActivityKind.OTHER
    owner_name: str | None = None
    placement_id: int | None = None


@dataclass(frozen=True)
class Goal:
    kind: GoalKind
    field: str
    target_date: date | None = None
    description: str | None = None


@dataclass(frozen=True)
class Barrier:
    kind: BarrierKind
    description: str | None = None
    sensitive: bool = False


def contents(steps: tuple[Step, ...] = (), goals: tuple[Goal, ...] = (), barriers: tuple[Barrier, ...] = (),
             resources: tuple[ResourceInput, ...] = ()) -> RevisionContents:
    return RevisionContents(goals=goals, resources=resources, barriers=barriers, steps=steps)


# ------------------------------------------------------------------------------------------- status

def test_the_life_of_a_plan() -> None:
    assert allowed_transitions(PlanStatus.DRAFT) == {PlanStatus.AGREED, PlanStatus.CLOSED}
    assert allowed_transitions(PlanStatus.AGREED) == {PlanStatus.UNDER_REVIEW, PlanStatus.CLOSED}
    assert allowed_transitions(PlanStatus.UNDER_REVIEW) == {PlanStatus.AGREED, PlanStatus.CLOSED}
    assert allowed_transitions(PlanStatus.CLOSED) == frozenset()


@pytest.mark.parametrize(("current", "new", "agreed", "words"), [
    (PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW, False, "cannot go from 'draft' to 'under review'"),
    (PlanStatus.DRAFT, PlanStatus.AGREED, False, "has not been agreed with the young person yet"),
    (PlanStatus.UNDER_REVIEW, PlanStatus.AGREED, False, "Record the agreement first"),
    (PlanStatus.CLOSED, PlanStatus.DRAFT, True, "This plan is closed"),
])
def test_refused_status_changes_say_why(current: PlanStatus, new: PlanStatus, agreed: bool, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_transition(current, new, latest_number=2, latest_agreed=agreed)
    assert words in caught.value.message
    assert caught.value.field == "status"


def test_allowed_status_changes_pass() -> None:
    check_transition(PlanStatus.UNDER_REVIEW, PlanStatus.AGREED, latest_number=1, latest_agreed=True)
    check_transition(PlanStatus.AGREED, PlanStatus.CLOSED, latest_number=1, latest_agreed=True)
    check_transition(PlanStatus.DRAFT, PlanStatus.DRAFT, latest_number=1, latest_agreed=False)


def test_editing_an_agreed_plan_puts_it_under_review() -> None:
    assert status_after_edit(PlanStatus.AGREED) is PlanStatus.UNDER_REVIEW
    assert status_after_edit(PlanStatus.DRAFT) is PlanStatus.DRAFT
    assert status_after_edit(PlanStatus.UNDER_REVIEW) is PlanStatus.UNDER_REVIEW


def test_overdue_means_past_its_date_and_still_open() -> None:
    assert is_overdue(StepStatus.PLANNED, date(2026, 11, 22), TODAY)
    assert is_overdue(StepStatus.IN_PROGRESS, date(2026, 1, 1), TODAY)
    assert not is_overdue(StepStatus.PLANNED, TODAY, TODAY)
    assert not is_overdue(StepStatus.DONE, date(2026, 1, 1), TODAY)
    assert not is_overdue(StepStatus.DROPPED, date(2026, 1, 1), TODAY)
    assert not is_overdue(StepStatus.PLANNED, None, TODAY)


# ------------------------------------------------------------------------------------------- input

def test_a_step_is_tidied_and_kept_in_line_with_its_status() -> None:
    step = validate_step(StepInput("  Skriv CV ", StepOwner.PARTICIPANT, date(2026, 9, 15), owner_name="  ",
                                   status=StepStatus.DONE), START, TODAY)
    assert (step.description, step.owner_name, step.completed_on) == ("Skriv CV", None, TODAY)
    reopened = validate_step(replace(step, status=StepStatus.IN_PROGRESS), START, TODAY)
    assert reopened.completed_on is None


@pytest.mark.parametrize(("step", "field", "words"), [
    (StepInput("Skriv CV", None), "owner", "Every step needs someone who is responsible"),
    (StepInput("   ", StepOwner.PARTICIPANT), "description", "Describe the step"),
    (StepInput("x" * 401, StepOwner.PARTICIPANT), "description", "at most 400 characters, not 401"),
    (StepInput("Skriv CV", StepOwner.PARTICIPANT, date(2026, 8, 31)), "due_on",
     "The date 2026-08-31 is before the plan starts (2026-09-01)"),
    (StepInput("Skriv CV", StepOwner.PARTICIPANT, status=StepStatus.DONE, completed_on=date(2026, 12, 1)),
     "completed_on", "cannot be completed in the future"),
])
def test_a_bad_step_is_refused_with_its_field(step: StepInput, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_step(step, START, TODAY)
    assert caught.value.field == field
    assert words in caught.value.message


def test_goals_resources_and_barriers_are_checked() -> None:
    assert validate_goal(GoalInput(GoalKind.JOB, " Kok ", START), START).field == "Kok"
    with pytest.raises(ValidationError, match="Name the job") as caught:
        validate_goal(GoalInput(GoalKind.JOB, " "), START)
    assert caught.value.field == "field"
    with pytest.raises(ValidationError) as caught:
        validate_goal(GoalInput(GoalKind.EDUCATION, "Tømrer", date(2026, 8, 1)), START)
    assert caught.value.field == "target_date"
    assert validate_resource(ResourceInput(ResourceKind.LANGUAGE, " Dansk ", " ")).level is None
    with pytest.raises(ValidationError):
        validate_resource(ResourceInput(ResourceKind.STRENGTH, ""))
    assert validate_barrier(BarrierInput(BarrierKind.HOUSING, "  ")).description is None


@pytest.mark.parametrize("rating", [0, 11, -3, True, 5.5])
def test_a_rating_outside_one_to_ten_is_refused(rating: object) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_rating(rating)  # type: ignore[arg-type]
    assert caught.value.field == "readiness_rating"


@pytest.mark.parametrize("rating", [None, 1, 10])
def test_ratings_one_to_ten_or_none_pass(rating: int | None) -> None:
    validate_rating(rating)


# -------------------------------------------------------------------------------------------- diff

def test_the_diff_names_exactly_what_changed_in_the_steps() -> None:
    cv = Step("a", "Skriv CV", StepOwner.PARTICIPANT, date(2026, 9, 15))
    course = Step("b", "Truckkursus", StepOwner.CASEWORKER, date(2026, 10, 1), activity_kind=ActivityKind.COURSE)
    meeting = Step("c", "Mød op i netværksgruppen", StepOwner.PARTICIPANT)
    new_step = Step("d", "Praktik i Netto", StepOwner.EMPLOYER, date(2027, 1, 4), owner_name="Netto Viborg")
    old = contents(steps=(cv, course, meeting))
    new = contents(steps=(replace(cv, owner=StepOwner.COORDINATOR), replace(course, due_on=date(2026, 11, 1),
                                                                             status=StepStatus.IN_PROGRESS),
                          new_step))
    assert describe_changes(compare_revisions(old, new)) == [
        "Step “Skriv CV”: now done by the coordinator or mentor instead of the young person.",
        "Step “Truckkursus”: due date moved from 1 October 2026 to 1 November 2026.",
        "Step “Truckkursus”: status changed from planned to in progress.",
        "New step “Praktik i Netto”: the employer (Netto Viborg), by 4 January 2027.",
        "Step removed: “Mød op i netværksgruppen”.",
    ]
    assert compare_revisions(old, old) == []


def test_renamed_steps_dates_set_and_cleared_read_naturally() -> None:
    old = contents(steps=(Step("a", "Skriv CV"), Step("b", "Jobsamtale", due_on=date(2026, 10, 1))))
    new = contents(steps=(Step("a", "Skriv CV og ansøgning", due_on=date(2026, 10, 5)), Step("b", "Jobsamtale"),
                          Step("c", "Ring til Arbetsförmedlingen", StepOwner.CASEWORKER)))
    assert describe_changes(compare_revisions(old, new)) == [
        "Step “Skriv CV” is now called “Skriv CV og ansøgning”.",
        "Step “Skriv CV og ansøgning”: due date set to 5 October 2026.",
        "Step “Jobsamtale”: due date removed (was 1 October 2026).",
        "New step “Ring til Arbetsförmedlingen”: the caseworker, no date set.",
    ]


def test_goals_pair_by_content_then_by_order() -> None:
    chef, carpenter = Goal(GoalKind.JOB, "Kok"), Goal(GoalKind.EDUCATION, "Tømrer", date(2027, 8, 1))
    old = contents(goals=(chef, carpenter))
    new = contents(goals=(replace(carpenter, target_date=date(2027, 9, 1)), Goal(GoalKind.JOB, "Smed"),
                          Goal(GoalKind.EDUCATION, "Elektriker")))
    assert describe_changes(compare_revisions(old, new)) == [
        "Goal “Tømrer”: target date moved from 1 August 2027 to 1 September 2027.",
        "Goal “Kok” changed to “Smed”.",  # the same kind, so most likely the same goal renamed
        "New education goal: Elektriker.",
    ]
    # Nothing in common: read as one goal replaced by another.
    assert describe_changes(compare_revisions(contents(goals=(chef,)), contents(goals=(carpenter,)))) == [
        "New education goal: Tømrer.", "Job goal removed: Kok."]
    renamed_kind = replace(chef, kind=GoalKind.EDUCATION)
    [kind_change] = compare_revisions(contents(goals=(chef,)), contents(goals=(renamed_kind,)))
    assert describe_change(kind_change) == "Goal “Kok” is now an education goal instead of a job goal."
    # An untouched goal pairs with its copy whatever the order.
    assert compare_revisions(contents(goals=(chef, carpenter)), contents(goals=(carpenter, chef))) == []


def test_barriers_and_resources_changes() -> None:
    old = contents(barriers=(Barrier(BarrierKind.HEALTH, "Ryg"),),
                   resources=(ResourceInput(ResourceKind.LANGUAGE, "Svenska", "basic"),))
    new = contents(barriers=(Barrier(BarrierKind.HEALTH, "Ryg", sensitive=True), Barrier(BarrierKind.CHILDCARE)),
                   resources=(ResourceInput(ResourceKind.LANGUAGE, "Svenska", "good"),))
    assert describe_changes(compare_revisions(old, new)) == [
        "Resource “Svenska”: level changed from basic to good.",
        "Barrier “Ryg” is now marked sensitive.",
        "New barrier (childcare): childcare.",
    ]


def test_change_records_are_structured_for_translation() -> None:
    [change] = compare_revisions(contents(steps=(Step("a", "Skriv CV", due_on=date(2026, 10, 1)),)),
                                 contents(steps=(Step("a", "Skriv CV", due_on=date(2026, 10, 8)),)))
    assert (change.section, change.kind, change.field, change.old, change.new, change.subject) == (
        ChangeSection.STEP, ChangeKind.CHANGED, "due_on", date(2026, 10, 1), date(2026, 10, 8), "Skriv CV")
    assert change.code == "step.due_on.moved"
    danish = {"Step “{subject}”: due date moved from {old} to {new}.": "“{subject}”: fristen er flyttet fra {old} "
                                                                       "til {new}."}
    sentence = describe_change(change, template=lambda text: danish.get(text, text),
                               value=lambda v: v.strftime("%d.%m.%Y") if isinstance(v, date) else str(v))
    assert sentence == "“Skriv CV”: fristen er flyttet fra 01.10.2026 til 08.10.2026."


def test_every_template_uses_only_the_known_placeholders() -> None:
    known = {"subject", "old", "new", "owner", "due_on", "item_kind"}
    for code, template in CHANGE_TEMPLATES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert names <= known, code
    for section in ChangeSection:  # every section has a fallback sentence
        assert f"{section.value}.changed" in CHANGE_TEMPLATES
    assert PlanChange(ChangeSection.STEP, ChangeKind.CHANGED, "x", "unknown_field").template == \
        CHANGE_TEMPLATES["step.changed"]


def test_english_dates() -> None:
    assert english_date(date(2026, 11, 23)) == "23 November 2026"
    assert english_date(date(2027, 1, 4)) == "4 January 2027"
