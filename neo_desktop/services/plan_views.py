"""The plain data the plan service answers with, and how it is built from the stored rows.

Every view is a frozen dataclass carrying the ``version`` it was read at. Item views are also what a later
save passes back as ``original`` (the item as the user saw it); their field names match the model's columns
and the domain's input dataclasses, so the service can compare items field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.models import (
    Participant,
    Plan,
    PlanReview,
    PlanRevision,
    PlanStep,
)
from neo_desktop.domain.organisation import Language
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
from neo_desktop.domain.plan_changes import RevisionContents
from neo_desktop.domain.plan_rules import is_overdue
from neo_desktop.reports.plan_pdf import (
    DocumentBarrier,
    DocumentGoal,
    DocumentResource,
    DocumentStep,
    PlanDocument,
)


@dataclass(frozen=True)
class GoalView:
    """A job or education goal."""

    id: int
    version: int
    kind: GoalKind
    field: str
    target_date: date | None
    description: str | None


@dataclass(frozen=True)
class ResourceView:
    """A resource or competence (input to matchmaking)."""

    id: int
    version: int
    kind: ResourceKind
    description: str
    level: str | None


@dataclass(frozen=True)
class BarrierView:
    """A barrier; ``sensitive`` ones are shown to staff only and never printed."""

    id: int
    version: int
    kind: BarrierKind
    description: str | None
    sensitive: bool


@dataclass(frozen=True)
class StepView:
    """A step; ``key`` is the same across versions, ``overdue`` is computed for today."""

    id: int
    version: int
    key: str
    description: str
    activity_kind: ActivityKind
    owner: StepOwner
    owner_name: str | None
    due_on: date | None
    status: StepStatus
    completed_on: date | None
    placement_id: int | None
    overdue: bool


@dataclass(frozen=True)
class RevisionView:
    """One version of the plan; ``locked`` once the young person agreed to it."""

    id: int
    version: int
    number: int
    locked: bool
    agreed_on: date | None
    agreement_method: AgreementMethod | None
    created_at: datetime | None


@dataclass(frozen=True)
class ReviewView:
    """A review, with the young person's own rating of readiness for work."""

    id: int
    version: int
    reviewed_on: date
    readiness_rating: int | None
    note: str | None


@dataclass(frozen=True)
class ProgressSummary:
    """How far the steps of the newest version have come, and the readiness ratings over time (for a chart)."""

    steps: int
    done: int
    in_progress: int
    dropped: int
    overdue: int
    ratings: tuple[tuple[date, int], ...]

    @property
    def share_done(self) -> float:
        """Done steps out of the steps still part of the plan (dropped ones do not count), 0.0–1.0."""
        counted = self.steps - self.dropped
        return self.done / counted if counted else 0.0


@dataclass(frozen=True)
class PlanView:
    """A plan as the plan view shows it: the newest version's contents and everything around it."""

    id: int
    version: int
    participant_id: int
    participant_name: str
    birth_date: date | None
    preferred_language: Language
    project_id: int
    status: PlanStatus
    starts_on: date
    review_on: date | None
    closed_on: date | None
    template_id: int | None
    revision: RevisionView  # the newest version: the one being edited or last agreed
    revisions: tuple[RevisionView, ...]
    goals: tuple[GoalView, ...]
    resources: tuple[ResourceView, ...]
    barriers: tuple[BarrierView, ...]
    steps: tuple[StepView, ...]
    reviews: tuple[ReviewView, ...]
    progress: ProgressSummary

    @property
    def needs_agreement(self) -> bool:
        """True while the newest version has not been agreed with the young person."""
        return not self.revision.locked

    @property
    def agreed_revision(self) -> RevisionView | None:
        """The newest version the young person agreed to (the one in force), if any."""
        return next((r for r in reversed(self.revisions) if r.locked), None)


@dataclass(frozen=True)
class OverdueStep:
    """An overdue step of a plan in the caseload (a caseload warning)."""

    plan_id: int
    participant_id: int
    participant_name: str
    step_id: int
    step_key: str
    description: str
    owner: StepOwner
    owner_name: str | None
    due_on: date
    days_overdue: int


@dataclass(frozen=True)
class ReviewDue:
    """A plan whose review date has come (a follow-up)."""

    plan_id: int
    participant_id: int
    participant_name: str
    review_on: date
    status: PlanStatus


def _revision_view(r: PlanRevision) -> RevisionView:
    return RevisionView(r.id, r.version, r.number, bool(r.locked), r.agreed_on, r.agreement_method, r.created_at)


def _step_view(s: PlanStep, today: date) -> StepView:
    return StepView(s.id, s.version, s.step_key, s.description, s.activity_kind, s.owner, s.owner_name, s.due_on,
                    s.status, s.completed_on, s.placement_id, is_overdue(s.status, s.due_on, today))


def contents_of(revision: PlanRevision, today: date) -> RevisionContents:
    """One version's contents as views (what the diff compares)."""
    return RevisionContents(
        goals=tuple(GoalView(g.id, g.version, g.kind, g.field, g.target_date, g.description) for g in revision.goals),
        resources=tuple(ResourceView(r.id, r.version, r.kind, r.description, r.level) for r in revision.resources),
        barriers=tuple(BarrierView(b.id, b.version, b.kind, b.description, bool(b.sensitive))
                       for b in revision.barriers),
        steps=tuple(_step_view(s, today) for s in revision.steps),
    )


def build_plan_view(session: Session, plan: Plan, participant: Participant, today: date) -> PlanView:
    """The plan as plain data: only the newest version's contents are loaded, however many versions exist."""
    session.flush()  # ids and versions of what this transaction changed are final before they are copied out
    revisions = session.scalars(select(PlanRevision).where(PlanRevision.plan_id == plan.id)
                                .order_by(PlanRevision.number)).all()
    current = revisions[-1]
    contents = contents_of(current, today)
    reviews = session.scalars(select(PlanReview).where(PlanReview.plan_id == plan.id)
                              .order_by(PlanReview.reviewed_on, PlanReview.id)).all()
    steps: tuple[StepView, ...] = tuple(contents.steps)  # type: ignore[arg-type]
    progress = ProgressSummary(
        steps=len(steps),
        done=sum(s.status is StepStatus.DONE for s in steps),
        in_progress=sum(s.status is StepStatus.IN_PROGRESS for s in steps),
        dropped=sum(s.status is StepStatus.DROPPED for s in steps),
        overdue=sum(s.overdue for s in steps),
        ratings=tuple((r.reviewed_on, r.readiness_rating) for r in reviews if r.readiness_rating is not None),
    )
    return PlanView(
        plan.id, plan.version, participant.id, f"{participant.first_name} {participant.last_name}",
        participant.birth_date, participant.preferred_language, plan.project_id, plan.status, plan.starts_on,
        plan.review_on, plan.closed_on, plan.template_id, _revision_view(current),
        tuple(_revision_view(r) for r in revisions), tuple(contents.goals), tuple(contents.resources),
        tuple(contents.barriers), steps,
        tuple(ReviewView(r.id, r.version, r.reviewed_on, r.readiness_rating, r.note) for r in reviews), progress,
    )


def build_document(view: PlanView, project_name: str, caseworker_name: str | None, today: date) -> PlanDocument:
    """What the printed plan shows: the newest version, steps by date, sensitive barriers left out."""
    steps = sorted(view.steps, key=lambda s: (s.due_on is None, s.due_on or date.min))
    return PlanDocument(
        participant_name=view.participant_name, birth_date=view.birth_date, project_name=project_name,
        caseworker_name=caseworker_name, starts_on=view.starts_on, review_on=view.review_on,
        version_number=view.revision.number, agreed_on=view.revision.agreed_on,
        agreement_method=view.revision.agreement_method,
        goals=tuple(DocumentGoal(g.kind, g.field, g.target_date, g.description) for g in view.goals),
        steps=tuple(DocumentStep(s.description, s.owner, s.due_on, s.status, s.activity_kind, s.owner_name)
                    for s in steps),
        resources=tuple(DocumentResource(r.kind, r.description, r.level) for r in view.resources),
        barriers=tuple(DocumentBarrier(b.kind, b.description, b.sensitive) for b in view.barriers
                       if not b.sensitive),
        printed_on=today,
    )
