"""Qualification plans: start, open, change, agree, compare, review and print, one transaction per use case.

Each method checks the role first, then whether the user works with the young person (reading: the same
organisation or their caseload; changing: their caseload, as PostgreSQL's row-level security), logs the
access in the same transaction, and answers with plain data (:mod:`.plan_views`). How versions, locking
and conflicts work is :mod:`.plan_revisions`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Participant,
    Plan,
    PlanReview,
    PlanRevision,
    PlanStep,
    Project,
    Staff,
)
from neo_desktop.domain import plan_rules as rules
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import (
    ERRORS_CONTEXT,
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.plan import AgreementMethod, PlanStatus
from neo_desktop.domain.plan_changes import PlanChange, compare_revisions
from neo_desktop.domain.plan_rules import BarrierInput, GoalInput, ResourceInput, StepInput
from neo_desktop.reports.plan_pdf import write_plan_pdf

from . import participant_signals
from .access_log import record_for_user
from .caseload_query import overdue_plan_steps
from .permissions import AREA_ROLES, Area, requires
from .plan_revisions import (
    ITEM_KINDS,
    ItemKind,
    apply_edit,
    latest_revision,
    revision_by_number,
)
from .plan_templates import PlanTemplateService, TemplateView, template_steps
from .plan_views import (
    BarrierView,
    GoalView,
    OverdueStep,
    PlanView,
    ResourceView,
    ReviewDue,
    StepView,
    build_document,
    build_plan_view,
    contents_of,
)
from .user import SignedInUser, command_line_user

__all__ = ["BarrierInput", "BarrierView", "GoalInput", "GoalView", "OverdueStep", "PlanCandidate", "PlanChange",
           "PlanService", "PlanView", "ResourceInput", "ResourceView", "ReviewDue", "StepInput", "StepView",
           "command_line_actor"]

ALREADY_HAS_PLAN = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "This young person already has an active plan in the project. Open that plan instead, or close "
    "it before starting a new one.")
NO_ACTIVE_PLAN = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Participant {participant} has no active plan.")
NOT_YOURS = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "You can only change the plans of young people you work with (your own caseload).")
REVISION_CHANGED = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Version {number} of the plan was changed after you opened it. Open the plan again and go "
    "through the changes with the young person before recording the agreement.")
NOT_LATEST = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Only the newest version of the plan (version {latest}) can be agreed, not version {number}.")
ALREADY_AGREED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Version {number} was already agreed on {agreed_on}.")
NOTHING_TO_AGREE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "A plan needs at least one goal and one step before the young person can agree to it.")


_LEFT = (ParticipantStatus.COMPLETED, ParticipantStatus.DROPPED_OUT)


@dataclass(frozen=True)
class PlanCandidate:
    """A young person a plan can be started for."""

    participant_id: int
    name: str
    preferred_language: Language


def command_line_actor(os_user: str) -> SignedInUser:
    """The command line's actor for plan exports."""
    return command_line_user(os_user, AREA_ROLES[Area.PLANS])


class PlanService:
    """The plan use cases for one signed-in user (caseworkers and coordinators)."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    # ------------------------------------------------------------------------------------------- reading

    @requires(Area.PLANS, "open plans")
    def open_plan(self, plan_id: int) -> PlanView:
        """The plan with its newest version's contents, versions, reviews and progress (logged as a read)."""
        with self._database.transaction() as session:
            plan, participant = self._plan(session, plan_id, edit=False)
            self._log(session, AccessAction.READ, plan, purpose="open plan")
            return build_plan_view(session, plan, participant, self._today())

    @requires(Area.PLANS, "open plans")
    def plan_for_participant(self, participant_id: int) -> PlanView | None:
        """The participant's active (not closed) plan in their project, or None; logged as a read."""
        with self._database.transaction() as session:
            participant = self._participant(session, participant_id, edit=False)
            plan = self._active_plan(session, participant)
            record_for_user(session, self._user, AccessAction.READ, participant_id=participant.id,
                            organisation_id=participant.organisation_id, project_id=participant.project_id,
                            record_kind="plan", record_id=plan.id if plan else None, purpose="open plan")
            return build_plan_view(session, plan, participant, self._today()) if plan else None

    @requires(Area.PLANS, "open plans")
    def compare_revisions(self, plan_id: int, old_number: int, new_number: int) -> list[PlanChange]:
        """What changed from version ``old_number`` to ``new_number`` (see :func:`plan_changes.describe_change`)."""
        with self._database.transaction() as session:
            plan, _ = self._plan(session, plan_id, edit=False)
            old, new = (revision_by_number(session, plan.id, number) for number in (old_number, new_number))
            self._log(session, AccessAction.READ, plan, purpose="compare plan versions",
                      detail=f"versions {old_number} and {new_number}")
            return compare_revisions(contents_of(old, self._today()), contents_of(new, self._today()))

    @requires(Area.PLANS, "see plan templates")
    def templates(self) -> list[TemplateView]:
        """The active templates a plan can start from."""
        return PlanTemplateService(self._database, self._user).templates()

    @requires(Area.PLANS, "see plans")
    def overdue_steps(self) -> list[OverdueStep]:
        """Overdue steps of the open plans of the user's caseload, oldest first (for the caseload warnings)."""
        today = self._today()
        query = (overdue_plan_steps(today, PlanStep, Plan.id, Participant)
                 .join(Participant, Participant.id == Plan.participant_id)
                 .where(self._mine()).order_by(PlanStep.due_on, Participant.last_name))
        with self._database.transaction() as session:
            rows = session.execute(query).all()
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion="overdue plan steps",
                            purpose="caseload warnings")
        return [OverdueStep(plan_id, p.id, f"{p.first_name} {p.last_name}", s.id, s.step_key, s.description, s.owner,
                            s.owner_name, s.due_on, (today - s.due_on).days) for s, plan_id, p in rows]

    @requires(Area.PLANS, "see plans")
    def reviews_due(self, until: date) -> list[ReviewDue]:
        """Open plans of the user's caseload whose review date is on or before ``until`` (follow-ups)."""
        query = (select(Plan, Participant).join(Participant, Participant.id == Plan.participant_id)
                 .where(self._mine(), Plan.status != PlanStatus.CLOSED, Plan.review_on <= until)
                 .order_by(Plan.review_on, Participant.last_name))
        with self._database.transaction() as session:
            rows = session.execute(query).all()
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion=f"plan reviews until {until}",
                            purpose="follow-ups")
        return [ReviewDue(plan.id, p.id, f"{p.first_name} {p.last_name}", plan.review_on, plan.status)
                for plan, p in rows]

    @requires(Area.PLANS, "see plans")
    def participants_without_plan(self) -> list[PlanCandidate]:
        """Young people of the user's caseload, not yet left, with no active plan in their project (by name)."""
        active = select(Plan.id).where(Plan.participant_id == Participant.id, Plan.project_id == Participant.project_id,
                                       Plan.status != PlanStatus.CLOSED).exists()
        query = (select(Participant).where(self._mine(), Participant.anonymised_at.is_(None), ~active,
                                           Participant.status.not_in(_LEFT))
                 .order_by(Participant.last_name, Participant.first_name))
        with self._database.transaction() as session:
            rows = session.scalars(query).all()
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion="caseload without a plan",
                            purpose="start plan")
        return [PlanCandidate(p.id, f"{p.first_name} {p.last_name}", p.preferred_language) for p in rows]

    # ---------------------------------------------------------------------------------------- the plan

    @requires(Area.PLANS, "start plans")
    def start_plan(self, participant_id: int, *, starts_on: date, template_id: int | None = None,
                   review_on: date | None = None) -> PlanView:
        """Start a draft plan (version 1), with the template's steps when one is chosen."""
        rules.check_not_before_start(review_on, starts_on, "review_on")
        with self._database.transaction() as session:
            participant = self._participant(session, participant_id, edit=True)
            if self._active_plan(session, participant) is not None:
                raise ValidationError(ALREADY_HAS_PLAN, field="participant")
            steps = template_steps(session, template_id, starts_on) if template_id is not None else []
            scope = {"organisation_id": participant.organisation_id, "project_id": participant.project_id}
            plan = Plan(participant_id=participant.id, status=PlanStatus.DRAFT, starts_on=starts_on,
                        review_on=review_on, template_id=template_id, created_by_id=self._user.staff_id, **scope)
            revision = PlanRevision(number=1, locked=False, created_by_id=self._user.staff_id, **scope)
            revision.steps.extend(PlanStep(step_key=str(uuid.uuid4()), position=index, **_values(step), **scope)
                                  for index, step in enumerate(steps))
            plan.revisions.append(revision)
            session.add(plan)
            try:
                session.flush()
            except IntegrityError as exc:  # another workstation started one at the same moment
                raise ValidationError(ALREADY_HAS_PLAN, field="participant") from exc
            self._steps_changed(session, plan)
            self._log(session, AccessAction.CREATE, plan, purpose="start plan")
            return build_plan_view(session, plan, participant, self._today())

    @requires(Area.PLANS, "change plans")
    def set_status(self, original: PlanView, status: PlanStatus, *, closed_on: date | None = None) -> PlanView:
        """Move the plan to ``status``: under review, back to agreed (nothing changed), or closed."""
        with self._database.transaction() as session:
            plan, participant = self._plan_as_seen(session, original)
            latest = latest_revision(session, plan.id)
            rules.check_transition(plan.status, status, latest_number=latest.number, latest_agreed=latest.locked)
            if status is PlanStatus.CLOSED:
                closed_on = closed_on or self._today()
                rules.check_not_before_start(closed_on, plan.starts_on, "closed_on")
                plan.closed_on = closed_on
            plan.status = status
            self._steps_changed(session, plan)  # a closed plan's steps are overdue no more
            self._log(session, AccessAction.UPDATE, plan, purpose="plan status", detail=status.value)
            return build_plan_view(session, plan, participant, self._today())

    @requires(Area.PLANS, "change plans")
    def set_review_date(self, original: PlanView, review_on: date | None) -> PlanView:
        """Set the date of the next review (it shows in the caseworker's follow-ups)."""
        with self._database.transaction() as session:
            plan, participant = self._plan_as_seen(session, original)
            rules.check_editable(plan.status)
            rules.check_not_before_start(review_on, plan.starts_on, "review_on")
            plan.review_on = review_on
            self._log(session, AccessAction.UPDATE, plan, purpose="plan review date")
            return build_plan_view(session, plan, participant, self._today())

    @requires(Area.PLANS, "record agreements")
    def record_agreement(self, plan_id: int, *, revision_number: int, revision_version: int, agreed_on: date,
                         method: AgreementMethod) -> PlanView:
        """Record the young person's agreement to exactly one version, and lock it.

        ``revision_version`` is the version of the revision the user looked at: if its contents changed
        since, the agreement is refused, because the young person agreed to something else.
        """
        rules.check_not_in_future(agreed_on, self._today(), "agreed_on")
        method = AgreementMethod(method)
        with self._database.transaction() as session:
            plan, participant = self._plan(session, plan_id, edit=True)
            rules.check_editable(plan.status)
            revision = latest_revision(session, plan.id)
            if revision.number != revision_number:
                raise ValidationError(NOT_LATEST, field="revision", latest=revision.number, number=revision_number)
            if revision.locked:
                raise ValidationError(ALREADY_AGREED, field="revision", number=revision.number,
                                      agreed_on=str(revision.agreed_on))
            if revision.version != revision_version:
                raise ConflictError(REVISION_CHANGED, changes={"version": (revision_version, revision.version)},
                                    number=revision.number)
            if not revision.goals or not revision.steps:
                raise ValidationError(NOTHING_TO_AGREE, field="goals" if not revision.goals else "steps")
            revision.locked, revision.agreed_on, revision.agreement_method = True, agreed_on, method
            revision.agreement_recorded_by_id = self._user.staff_id
            plan.status = PlanStatus.AGREED
            self._log(session, AccessAction.UPDATE, plan, purpose="plan agreement",
                      detail=f"version {revision.number} agreed {agreed_on.isoformat()} ({method.value})")
            return build_plan_view(session, plan, participant, self._today())

    @requires(Area.PLANS, "record reviews")
    def record_review(self, plan_id: int, *, reviewed_on: date, readiness_rating: int | None, note: str | None = None,
                      next_review_on: date | None = None) -> PlanView:
        """Record a review with the young person's own rating of readiness for work (1–10)."""
        rules.validate_rating(readiness_rating)
        rules.check_not_in_future(reviewed_on, self._today(), "reviewed_on")
        with self._database.transaction() as session:
            plan, participant = self._plan(session, plan_id, edit=True)
            rules.check_editable(plan.status)
            rules.check_not_before_start(reviewed_on, plan.starts_on, "reviewed_on")
            rules.check_not_before_start(next_review_on, reviewed_on, "next_review_on")
            session.add(PlanReview(plan_id=plan.id, reviewed_on=reviewed_on, readiness_rating=readiness_rating,
                                   note=(note or "").strip() or None, reviewer_id=self._user.staff_id,
                                   organisation_id=plan.organisation_id, project_id=plan.project_id))
            if next_review_on is not None:
                plan.review_on = next_review_on
            self._log(session, AccessAction.UPDATE, plan, purpose="plan review")
            return build_plan_view(session, plan, participant, self._today())

    # ------------------------------------------------------------------------------------ the contents

    @requires(Area.PLANS, "change plans")
    def save_step(self, plan_id: int, step: StepInput, *, original: StepView | None = None) -> PlanView:
        """Add a step (``original`` None) or change the one the user saw as ``original``."""
        return self._save(plan_id, ITEM_KINDS["step"], original,
                          lambda starts_on: _values(rules.validate_step(step, starts_on, self._today())))

    @requires(Area.PLANS, "change plans")
    def save_goal(self, plan_id: int, goal: GoalInput, *, original: GoalView | None = None) -> PlanView:
        """Add or change a goal."""
        return self._save(plan_id, ITEM_KINDS["goal"], original,
                          lambda starts_on: _values(rules.validate_goal(goal, starts_on)))

    @requires(Area.PLANS, "change plans")
    def save_resource(self, plan_id: int, resource: ResourceInput, *,
                      original: ResourceView | None = None) -> PlanView:
        """Add or change a resource or competence."""
        return self._save(plan_id, ITEM_KINDS["resource"], original,
                          lambda _: _values(rules.validate_resource(resource)))

    @requires(Area.PLANS, "change plans")
    def save_barrier(self, plan_id: int, barrier: BarrierInput, *, original: BarrierView | None = None) -> PlanView:
        """Add or change a barrier."""
        return self._save(plan_id, ITEM_KINDS["barrier"], original,
                          lambda _: _values(rules.validate_barrier(barrier)))

    @requires(Area.PLANS, "change plans")
    def remove_step(self, plan_id: int, original: StepView) -> PlanView:
        """Remove a step from the plan's newest version."""
        return self._save(plan_id, ITEM_KINDS["step"], original, None)

    @requires(Area.PLANS, "change plans")
    def remove_goal(self, plan_id: int, original: GoalView) -> PlanView:
        """Remove a goal."""
        return self._save(plan_id, ITEM_KINDS["goal"], original, None)

    @requires(Area.PLANS, "change plans")
    def remove_resource(self, plan_id: int, original: ResourceView) -> PlanView:
        """Remove a resource."""
        return self._save(plan_id, ITEM_KINDS["resource"], original, None)

    @requires(Area.PLANS, "change plans")
    def remove_barrier(self, plan_id: int, original: BarrierView) -> PlanView:
        """Remove a barrier."""
        return self._save(plan_id, ITEM_KINDS["barrier"], original, None)

    # ----------------------------------------------------------------------------------------- printing

    @requires(Area.PLANS, "print plans")
    def export_pdf(self, plan_id: int, path: str | Path, *, language: Language | str | None = None) -> Language:
        """Print the plan's newest version as a PDF in ``language`` (default: the young person's choice)."""
        with self._database.transaction() as session:
            plan, participant = self._plan(session, plan_id, edit=False)
            return self._export(session, plan, participant, path, language)

    @requires(Area.PLANS, "print plans")
    def export_participant_pdf(self, participant_id: int, path: str | Path, *,
                               language: Language | str | None = None) -> Language:
        """Print the participant's active plan as a PDF (the command line's ``export plan``)."""
        with self._database.transaction() as session:
            participant = self._participant(session, participant_id, edit=False)
            plan = self._active_plan(session, participant)
            if plan is None:
                raise NotFoundError(NO_ACTIVE_PLAN, participant=participant_id)
            return self._export(session, plan, participant, path, language)

    def _export(self, session: Session, plan: Plan, participant: Participant, path: str | Path,
                language: Language | str | None) -> Language:
        chosen = Language(language) if language else participant.preferred_language
        view = build_plan_view(session, plan, participant, self._today())
        project = session.get(Project, plan.project_id)
        caseworker = session.get(Staff, participant.caseworker_id) if participant.caseworker_id else None
        document = build_document(view, project.name if project else "", caseworker.full_name if caseworker else None,
                                  self._today())
        # Written inside the transaction: if the file cannot be written, the log entry is rolled back too.
        write_plan_pdf(document, path, chosen)
        self._log(session, AccessAction.EXPORT, plan, purpose="print plan",
                  detail=f"PDF, version {view.revision.number}, language {chosen.value}")
        return chosen

    # ---------------------------------------------------------------------------------------- internals

    def _save(self, plan_id: int, kind: ItemKind, original: Any | None,
              validate: Callable[[date], dict[str, Any]] | None) -> PlanView:
        """Add, change (``validate`` given) or remove (``validate`` None) one item (roles checked by the caller)."""
        with self._database.transaction() as session:
            plan, participant = self._plan(session, plan_id, edit=True)
            rules.check_editable(plan.status)
            values = validate(plan.starts_on) if validate else None
            apply_edit(session, plan, kind, original, values, self._user.staff_id)
            if kind is ITEM_KINDS["step"]:
                self._steps_changed(session, plan)
            self._log(session, AccessAction.UPDATE, plan, purpose=f"plan {kind.name}")
            return build_plan_view(session, plan, participant, self._today())

    def _plan(self, session: Session, plan_id: int, *, edit: bool) -> tuple[Plan, Participant]:
        row = session.execute(select(Plan, Participant).join(Participant, Participant.id == Plan.participant_id)
                              .where(Plan.id == plan_id)).first()
        if row is None:
            raise NotFoundError(what="plan")
        self._check_access(row[1], edit=edit)
        return row[0], row[1]

    def _plan_as_seen(self, session: Session, original: PlanView) -> tuple[Plan, Participant]:
        plan, participant = self._plan(session, original.id, edit=True)
        changes = {name: (getattr(original, name), getattr(plan, name))
                   for name in ("status", "starts_on", "review_on", "closed_on")
                   if getattr(original, name) != getattr(plan, name)}
        if changes:
            raise ConflictError(changes=changes, what="plan")
        return plan, participant

    def _participant(self, session: Session, participant_id: int, *, edit: bool) -> Participant:
        participant = session.get(Participant, participant_id)
        if participant is None or participant.anonymised_at is not None:
            raise NotFoundError(what="participant")
        self._check_access(participant, edit=edit)
        return participant

    def _check_access(self, participant: Participant, *, edit: bool) -> None:
        """Read: the user's organisation or caseload. Change: the caseload only (as PostgreSQL's policies)."""
        user = self._user
        if user.staff_id is None:  # the command line (see command_line_actor)
            return
        if user.staff_id in (participant.caseworker_id, participant.coordinator_id):
            return
        if participant.organisation_id != user.organisation_id:
            raise NotFoundError(what="plan")  # do not reveal that another organisation's participant exists
        if edit:
            raise PermissionDeniedError(NOT_YOURS)

    @staticmethod
    def _active_plan(session: Session, participant: Participant) -> Plan | None:
        return session.scalar(select(Plan).where(Plan.participant_id == participant.id,
                                                 Plan.project_id == participant.project_id,
                                                 Plan.status != PlanStatus.CLOSED).order_by(Plan.id.desc()).limit(1))

    def _mine(self) -> Any:
        return (Participant.caseworker_id == self._user.staff_id) | (Participant.coordinator_id == self._user.staff_id)

    def _steps_changed(self, session: Session, plan: Plan) -> None:
        """Recount the young person's overdue steps for the caseload lists (before the access-log entry, which
        holds the log's lock until the commit)."""
        participant_signals.refresh(session, self._today(), [plan.participant_id])

    def _log(self, session: Session, action: AccessAction, plan: Plan, **details: object) -> None:
        record_for_user(session, self._user, action, participant_id=plan.participant_id,
                        organisation_id=plan.organisation_id, project_id=plan.project_id, record_kind="plan",
                        record_id=plan.id, **details)



def _values(item: StepInput | GoalInput | ResourceInput | BarrierInput) -> dict[str, Any]:
    """An input's fields by name; they are named as the model's columns."""
    return dict(item.__dict__)

