"""Qualification plans: revisions (earlier ones locked and agreed), goals, resources, barriers, steps, reviews.

A plan's steps are made once as the *current* list; earlier revisions are snapshots of it (the steps added
by then, with the status they had), so ``step_key`` follows each step through the revisions.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count

from neo_desktop.db.models import Plan, PlanBarrier, PlanGoal, PlanResource, PlanReview, PlanRevision, PlanStep
from neo_desktop.domain.organisation import OrganisationKind
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.plan import (
    ActivityKind,
    AgreementMethod,
    BarrierKind,
    GoalKind,
    PlanStatus,
    ResourceKind,
    StepOwner,
    StepStatus,
)

from .catalogue import PLAN_TEMPLATES
from .context import ParticipantRecord, Weighted, World, between
from .employers import INTERNSHIP_TYPES
from .texts import (
    BARRIERS,
    CERTIFICATES,
    CHANGE_NOTES,
    DRIVING_LICENCE,
    EDUCATION_FIELDS,
    EXPERIENCES,
    GOAL_FIELDS,
    INTERESTS,
    LANGUAGE_LEVELS,
    LANGUAGES,
    REVIEW_NOTES,
    SENSITIVE_BARRIERS,
    STEPS,
    STRENGTHS,
)
from .writer import BufferedInsert, BulkWriter

S = ParticipantStatus
_PLANNED_STATUSES = (S.INTAKE, S.ACTIVE, S.PAUSED, S.COMPLETED)
_OWNER = Weighted(tuple(StepOwner), (35, 25, 15, 12, 13))
_ACTIVITY = Weighted(tuple(ActivityKind), (10, 6, 12, 10, 14, 10, 10, 6, 6))
_BARRIER_KINDS = tuple(BarrierKind)
_BARRIER_COUNT = Weighted((0, 1, 2, 3), (20, 40, 28, 12))
_METHOD = Weighted(tuple(AgreementMethod), (25, 60, 15))
_REVISIONS = Weighted((1, 2, 3), (70, 22, 8))
_STEP_COUNT = Weighted(range(4, 11), (12, 18, 20, 18, 14, 10, 8))  # 4–10 steps, most plans 5–8
_OVERDUE = Weighted((StepStatus.DONE, StepStatus.IN_PROGRESS, StepStatus.PLANNED, StepStatus.DROPPED), (65, 15, 12, 8))
_RATING_STEP = Weighted((0, 1, 2), (25, 50, 25))
_TEMPLATE_GROUPS = [template.target_group for template in PLAN_TEMPLATES]


@dataclass(slots=True)
class _Step:
    key: str
    activity: ActivityKind
    description: str
    owner: StepOwner
    owner_name: str | None
    due_on: date
    earlier_due_on: date  # the date an earlier revision had (the same, or before it was moved)
    status: StepStatus
    completed_on: date | None
    placement_id: int | None
    added_in: int  # the revision that added it


# Column orders of the tuple rows (the big tables; see writer.BulkWriter.insert_tuples).
REVISION_COLUMNS = ("id", "organisation_id", "project_id", "plan_id", "number", "locked", "agreed_on",
                    "agreement_method", "agreement_recorded_by_id", "created_by_id", "change_note")
GOAL_COLUMNS = ("id", "organisation_id", "project_id", "revision_id", "position", "kind", "field", "description",
                "target_date")
RESOURCE_COLUMNS = ("id", "organisation_id", "project_id", "revision_id", "position", "kind", "description", "level")
BARRIER_COLUMNS = ("id", "organisation_id", "project_id", "revision_id", "position", "kind", "description",
                   "sensitive")
STEP_COLUMNS = ("id", "organisation_id", "project_id", "revision_id", "step_key", "position", "activity_kind",
                "description", "owner", "owner_name", "due_on", "status", "completed_on", "placement_id")
REVIEW_COLUMNS = ("id", "organisation_id", "project_id", "plan_id", "reviewed_on", "readiness_rating", "note",
                  "reviewer_id")


def write_plans(world: World, writer: BulkWriter) -> None:
    """Write a plan for every participant in intake, active, paused or completed status."""
    with writer.buffered(
        Plan.__table__, (PlanRevision.__table__, REVISION_COLUMNS), (PlanGoal.__table__, GOAL_COLUMNS),
        (PlanResource.__table__, RESOURCE_COLUMNS), (PlanBarrier.__table__, BARRIER_COLUMNS),
        (PlanStep.__table__, STEP_COLUMNS), (PlanReview.__table__, REVIEW_COLUMNS),
    ) as out:
        dates = (PlanRevision.__table__.c.agreed_on, PlanGoal.__table__.c.target_date, PlanStep.__table__.c.due_on,
                 PlanStep.__table__.c.completed_on, PlanReview.__table__.c.reviewed_on)
        plans = _Plans(world, out, writer.value_converter(*dates))
        for person in world.participants:
            if person.status in _PLANNED_STATUSES:
                plans.write(person)
                out.flush_if_full()


class _Plans:
    """Makes one participant's plan at a time into the buffered rows (enum members go in as they are: they are
    str, and the writer turns them into their values)."""

    def __init__(self, world: World, out: BufferedInsert, to_db: Callable[[date | None], object]) -> None:
        self.world = world
        self.to_db = to_db  # applied to every date of the tuple rows
        self.plans, self.revisions, self.goals, self.resources, self.barriers, self.steps, self.reviews = (
            out.rows(table) for table in (Plan.__table__, PlanRevision.__table__, PlanGoal.__table__,
                                          PlanResource.__table__, PlanBarrier.__table__, PlanStep.__table__,
                                          PlanReview.__table__))
        self.plan_ids, self.revision_ids, self.goal_ids, self.resource_ids, self.barrier_ids, self.step_ids = (
            count(1), count(1), count(1), count(1), count(1), count(1))
        self.review_ids = count(1)

    def write(self, person: ParticipantRecord) -> None:
        """Queue the plan of ``person`` with its revisions, contents and reviews."""
        world = self.world
        rng, today = world.rng, world.today
        scope = (person.organisation_id, person.project.id)
        caseworker_id = person.caseworker.id
        assert person.enrolled_on is not None
        end = person.exited_on or today
        starts_on = min(person.enrolled_on + timedelta(days=rng.randint(0, 14)), end)
        if person.status is S.INTAKE:
            status, revisions = PlanStatus.DRAFT, 1
        else:
            possible = 1 + (end - starts_on).days // 75  # a new version every two or three months at most
            revisions = min(possible, _REVISIONS(rng))
            status = PlanStatus.CLOSED if person.status is S.COMPLETED else PlanStatus.AGREED
            if person.status is S.ACTIVE and revisions >= 2 and rng.random() < 0.35:
                status = PlanStatus.UNDER_REVIEW
        plan_id = person.plan_id = next(self.plan_ids)
        template_id = None
        for flag, group in zip((person.early_school_leaver, person.newly_arrived, person.long_term_unemployed),
                               _TEMPLATE_GROUPS, strict=True):
            if flag and rng.random() < 0.6:
                template_id = world.template_ids[group]
                break
        reviews = [] if status is PlanStatus.DRAFT else _reviews(world, person, starts_on, end)
        last_review = reviews[-1][0] if reviews else starts_on
        self.plans.append({
            "id": plan_id, "organisation_id": scope[0], "project_id": scope[1], "participant_id": person.id,
            "status": status, "starts_on": starts_on,
            "review_on": None if status is PlanStatus.CLOSED else last_review + timedelta(days=90),
            "closed_on": person.exited_on if status is PlanStatus.CLOSED else None,
            "template_id": template_id, "created_by_id": caseworker_id,
        })
        for reviewed_on, rating, note in reviews:
            self.reviews.append((next(self.review_ids), *scope, plan_id, self.to_db(reviewed_on), rating, note,
                                 caseworker_id))
        span = max(1, (end - starts_on).days)
        created = [starts_on + timedelta(days=span * k // (revisions + 1)) for k in range(revisions)]
        steps = _steps(world, person, starts_on, end, revisions, status)
        goals, resources, barriers = _contents(rng, person)
        for number in range(1, revisions + 1):
            revision_id = next(self.revision_ids)
            is_last = number == revisions
            if is_last and status in (PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW):  # still open for changes
                self.revisions.append((revision_id, *scope, plan_id, number, False, None, None, None, caseworker_id,
                                       rng.choice(CHANGE_NOTES[person.country]) if number > 1 else None))
            else:
                agreed_on = min(created[number - 1] + timedelta(days=rng.randint(0, 10)), end)
                self.revisions.append((revision_id, *scope, plan_id, number, True, self.to_db(agreed_on), _METHOD(rng),
                                       caseworker_id, caseworker_id,
                                       rng.choice(CHANGE_NOTES[person.country]) if number > 1 else None))
            self._contents(scope, revision_id, goals, resources[: len(resources) - revisions + number],
                           barriers[: max(0, len(barriers) - number + 1)])
            self._steps(scope, revision_id, steps, number, None if is_last else created[number])

    def _contents(self, scope: tuple[int, int], revision_id: int, goals: list[tuple[GoalKind, str, date]],
                  resources: list[tuple[ResourceKind, str, str | None]], barriers: list[tuple[BarrierKind, str]],
                  ) -> None:
        for position, (kind, field_name, target) in enumerate(goals):
            self.goals.append((next(self.goal_ids), *scope, revision_id, position, kind, field_name, None,
                               self.to_db(target)))
        for position, (kind, description, level) in enumerate(resources):
            self.resources.append((next(self.resource_ids), *scope, revision_id, position, kind, description, level))
        for position, (kind, description) in enumerate(barriers):
            self.barriers.append((next(self.barrier_ids), *scope, revision_id, position, kind, description,
                                  kind in SENSITIVE_BARRIERS))

    def _steps(self, scope: tuple[int, int], revision_id: int, steps: list[_Step], number: int,
               superseded: date | None) -> None:
        """The steps of revision ``number``; an earlier one (``superseded`` on a date) shows them as they were."""
        to_db = self.to_db
        position = 0
        for step in steps:
            if step.added_in > number:
                continue
            step_status, completed_on, due_on = step.status, step.completed_on, step.due_on
            if superseded is not None:
                due_on = step.earlier_due_on
                if completed_on is None or completed_on > superseded:
                    step_status = StepStatus.PLANNED if due_on > superseded else StepStatus.IN_PROGRESS
                    completed_on = None
            self.steps.append((next(self.step_ids), *scope, revision_id, step.key, position, step.activity,
                               step.description, step.owner, step.owner_name, to_db(due_on), step_status,
                               to_db(completed_on), step.placement_id))
            position += 1


def _contents(
    rng: random.Random, person: ParticipantRecord
) -> tuple[list[tuple[GoalKind, str, date]], list[tuple[ResourceKind, str, str | None]], list[tuple[BarrierKind, str]]]:
    country = person.country
    base = person.enrolled_on or person.referred_on
    goals = [(GoalKind.JOB, rng.choice(GOAL_FIELDS[country]), base + timedelta(days=rng.randint(180, 540)))]
    if person.early_school_leaver or rng.random() < 0.25:
        goals.append((GoalKind.EDUCATION, rng.choice(EDUCATION_FIELDS[country]),
                      base + timedelta(days=rng.randint(240, 600))))
    interests = INTERESTS[country]
    resources: list[tuple[ResourceKind, str, str | None]] = [
        (ResourceKind.INTEREST, interest, None) for interest in rng.sample(interests, 1 if rng.random() < 0.7 else 2)
    ]
    if rng.random() < 0.6:
        resources.append((ResourceKind.STRENGTH, rng.choice(STRENGTHS[country]), None))
    languages = LANGUAGES[country]
    resources.append((ResourceKind.LANGUAGE, languages[0], "fluent" if not person.newly_arrived else "basic"))
    if person.newly_arrived or rng.random() < 0.2:
        resources.append((ResourceKind.LANGUAGE, rng.choice(languages[1:]), rng.choice(LANGUAGE_LEVELS)))
    if rng.random() < 0.3:
        resources.append((ResourceKind.EXPERIENCE, rng.choice(EXPERIENCES[country]), None))
    if rng.random() < 0.25:
        resources.append((ResourceKind.DRIVING_LICENCE, DRIVING_LICENCE[country], "B"))
    if rng.random() < 0.1:
        resources.append((ResourceKind.CERTIFICATE, rng.choice(CERTIFICATES[country]), None))
    barriers = []
    for kind in rng.sample(_BARRIER_KINDS, _BARRIER_COUNT(rng)):
        barriers.append((kind, rng.choice(BARRIERS[country][kind])))
    if person.newly_arrived and BarrierKind.LANGUAGE not in {kind for kind, _ in barriers}:
        barriers.append((BarrierKind.LANGUAGE, BARRIERS[country][BarrierKind.LANGUAGE][0]))
    return goals, resources, barriers


def _steps(
    world: World, person: ParticipantRecord, starts_on: date, end: date, revisions: int, status: PlanStatus
) -> list[_Step]:
    rng, today, country = world.rng, world.today, person.country
    partners = person.project.partners_of(OrganisationKind.EDUCATION_PROVIDER, OrganisationKind.HEALTH)
    plans: list[tuple[ActivityKind, StepOwner, date, int | None, str | None]] = []
    for placement in person.placements:
        activity = ActivityKind.INTERNSHIP if placement.placement_type in INTERNSHIP_TYPES else ActivityKind.OTHER
        plans.append((activity, StepOwner.EMPLOYER, placement.starts_on, placement.id, placement.employer.name))
    wanted = _STEP_COUNT(rng)
    horizon = max(60, (end - starts_on).days + (90 if status is not PlanStatus.CLOSED else 0))
    while len(plans) < wanted:
        owner = _OWNER(rng)
        activity = _ACTIVITY(rng)
        if owner is StepOwner.EMPLOYER:
            activity = ActivityKind.INTERNSHIP
        due = starts_on + timedelta(days=rng.randint(7, horizon))
        plans.append((activity, owner, due, None, None))
    plans.sort(key=lambda item: item[2])
    steps = []
    descriptions = STEPS[country]
    for activity, owner, due, placement_id, owner_name in plans:
        if owner_name is None:
            if owner is StepOwner.CASEWORKER:
                owner_name = person.caseworker.full_name
            elif owner is StepOwner.COORDINATOR:
                owner_name = person.coordinator.full_name
            elif owner is StepOwner.OTHER_PARTNER and partners:
                owner_name = rng.choice(partners).name
        step_status, completed_on = _step_status(rng, status, starts_on, due, end, today)
        earlier_due, added_in = due, 1
        if revisions > 1:
            if rng.random() < 0.3:  # moved in a later revision
                earlier_due = due - timedelta(days=rng.randint(14, 45))
            if rng.random() < 0.3:  # added by a later revision; most steps were there from the start
                added_in = rng.randint(2, revisions)
        steps.append(_Step(world.uuid4(), activity, rng.choice(descriptions[activity]), owner, owner_name, due,
                           earlier_due, step_status, completed_on, placement_id, added_in))
    return steps


def _step_status(
    rng: random.Random, plan_status: PlanStatus, starts_on: date, due: date, end: date, today: date
) -> tuple[StepStatus, date | None]:
    """The step's status now (or at the plan's close), with the day it was done, near its due date."""
    if plan_status is PlanStatus.DRAFT:
        return StepStatus.PLANNED, None
    if plan_status is PlanStatus.CLOSED:
        if due <= end and rng.random() < 0.8:
            return StepStatus.DONE, max(starts_on, min(end, due + timedelta(days=rng.randint(-10, 10))))
        return StepStatus.DROPPED, None
    if due < today:  # some overdue steps stay open: the caseload's "overdue" list
        status = _OVERDUE(rng)
        if status is not StepStatus.DONE:
            return status, None
        return status, max(starts_on, min(today, due + timedelta(days=rng.randint(-10, 10))))
    return (StepStatus.IN_PROGRESS if rng.random() < 0.25 else StepStatus.PLANNED), None


def _reviews(world: World, person: ParticipantRecord, starts_on: date, end: date) -> list[tuple[date, int, str]]:
    """(reviewed_on, readiness rating, note) every three months; readiness trends upwards."""
    rng = world.rng
    rating = rng.randint(2, 5)
    reviews = []
    for number in range(1, min(4, (end - starts_on).days // 90) + 1):
        reviewed_on = min(end, between(rng, starts_on + timedelta(days=90 * number - 10),
                                       starts_on + timedelta(days=90 * number + 10)))
        reviews.append((reviewed_on, rating, rng.choice(REVIEW_NOTES[person.country])))
        rating = min(10, rating + _RATING_STEP(rng))
    return reviews
