"""Placements: a young person in an opening, or directly with a company, from start to outcome.

A placement is personal data: only the people who work with the young person record or change one
(:func:`.scoping.load_participant` with ``for_change``), and every read and change is logged. Each step —
planned, started, ended with its outcome, cancelled — is written to the participant's journal, so the
placement shows in their timeline. Ending one requires the outcome. A placement can be linked to a step of
the young person's plan (the plan service records that, as any change to the plan).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Employer, JournalEntry, Opening, Participant, Placement, PlanStep
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import OpeningStatus, PlacementOutcome, PlacementStatus, PlacementType
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.participant import JournalKind
from neo_desktop.domain.plan_rules import StepInput
from neo_desktop.reports.employer_network_xlsx import value_label

from .access_log import record_for_user
from .editing import apply_changes
from .employer_queries import TAKING_PLACES
from .employer_views import clean
from .permissions import AREA_ROLES, Area, requires
from .plan_views import StepView
from .plans import PlanService
from .scoping import load_participant
from .user import SignedInUser

PERSONAL = AREA_ROLES[Area.PARTICIPANTS]  # the people who work with young people
OUTCOME_NEEDED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Say how the placement ended before ending it.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A placement cannot end ({ends}) before it starts ({starts}).")
ENDED_IN_FUTURE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A placement is ended on the day it ended; {ends} has not come "
                                    "yet.")
BAD_HOURS = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Hours a week are more than 0 and at most 60.")
NOT_OPEN = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The opening “{title}” is {status}; it takes no new placements.")
NO_FREE_PLACE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "All {places} places of the opening “{title}” are taken.")
WRONG_EMPLOYER = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The opening belongs to another company.")
BAD_STATUS_CHANGE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A placement that is {status} cannot be {action}.")
STEP_OF_OTHER_PLAN = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "That step belongs to another young person's plan.")

JOURNAL_TEXTS: dict[str, tuple[str, str, str]] = {  # (en, da, sv)
    PlacementStatus.PLANNED: ("Placement planned: {type} at {company}", "Forløb planlagt: {type} hos {company}",
                              "Placering planerad: {type} hos {company}"),
    PlacementStatus.ACTIVE: ("Placement started: {type} at {company}", "Forløb startet: {type} hos {company}",
                             "Placering påbörjad: {type} hos {company}"),
    PlacementStatus.ENDED: ("Placement ended ({outcome}): {type} at {company}",
                            "Forløb afsluttet ({outcome}): {type} hos {company}",
                            "Placering avslutad ({outcome}): {type} hos {company}"),
    PlacementStatus.CANCELLED: ("Placement cancelled: {type} at {company}", "Forløb aflyst: {type} hos {company}",
                                "Placering inställd: {type} hos {company}"),
}
_LANGUAGE_INDEX = {Language.EN: 0, Language.DA: 1, Language.SV: 2}


@dataclass(frozen=True)
class PlacementInput:
    """What a form sends for a new placement."""

    participant_id: int
    employer_id: int
    placement_type: PlacementType
    starts_on: date
    ends_on: date | None = None
    hours_per_week: float | None = None
    mentor_name: str | None = None
    note: str | None = None
    opening_id: int | None = None


@dataclass(frozen=True)
class PlacementView:
    """A placement as its caseworker sees it (``step`` is the linked plan step's description, if any)."""

    id: int
    version: int
    participant_id: int
    participant_name: str
    employer_id: int
    employer_name: str
    opening_id: int | None
    opening_title: str | None
    placement_type: PlacementType
    starts_on: date
    ends_on: date | None
    hours_per_week: float | None
    mentor_name: str | None
    status: PlacementStatus
    outcome: PlacementOutcome | None
    note: str | None
    step: str | None


def placement_view(session: Session, placement: Placement) -> PlacementView:
    """The view of one placement, read in the caller's transaction."""
    session.flush()
    first, last = session.execute(select(Participant.first_name, Participant.last_name)
                                  .where(Participant.id == placement.participant_id)).one()
    employer = session.scalar(select(Employer.name).where(Employer.id == placement.employer_id)) or ""
    opening = (session.scalar(select(Opening.title).where(Opening.id == placement.opening_id))
               if placement.opening_id else None)
    step = session.scalar(select(PlanStep.description).where(PlanStep.placement_id == placement.id)
                          .order_by(PlanStep.id.desc()).limit(1))
    return PlacementView(placement.id, placement.version, placement.participant_id, f"{first} {last}",
                         placement.employer_id, employer, placement.opening_id, opening, placement.placement_type,
                         placement.starts_on, placement.ends_on, placement.hours_per_week, placement.mentor_name,
                         placement.status, placement.outcome, placement.note, step)


def journal(session: Session, user: SignedInUser, placement: Placement, employer_name: str) -> None:
    """Write the placement's new state to the young person's journal, in the user's language."""
    index = _LANGUAGE_INDEX.get(user.language, 0)
    subject = JOURNAL_TEXTS[placement.status][index].format(
        type=value_label(placement.placement_type, user.language), company=employer_name,
        outcome=value_label(placement.outcome, user.language))
    session.add(JournalEntry(participant_id=placement.participant_id, kind=JournalKind.PLACEMENT,
                             occurred_at=datetime.now(UTC), author_id=user.staff_id, subject=subject[:200],
                             body=placement.note, placement_id=placement.id,
                             organisation_id=placement.organisation_id, project_id=placement.project_id))


def add_placement(session: Session, user: SignedInUser, data: PlacementInput, today: date) -> Placement:
    """Check and add a placement in the caller's transaction (also used by matchmaking): journal, access log,
    and the opening marked filled when this takes its last place."""
    if data.ends_on is not None and data.ends_on < data.starts_on:
        raise ValidationError(ENDS_BEFORE_START, field="ends_on", ends=data.ends_on.isoformat(),
                              starts=data.starts_on.isoformat())
    if data.hours_per_week is not None and not 0 < data.hours_per_week <= 60:
        raise ValidationError(BAD_HOURS, field="hours_per_week")
    participant = load_participant(session, user, data.participant_id, for_change=True)
    employer = session.get(Employer, data.employer_id)
    if employer is None:
        raise NotFoundError(what="company")
    opening = None
    if data.opening_id is not None:
        opening = session.get(Opening, data.opening_id)
        if opening is None:
            raise NotFoundError(what="opening")
        if opening.employer_id != employer.id:
            raise ValidationError(WRONG_EMPLOYER, field="opening_id")
        if opening.status is not OpeningStatus.OPEN:
            raise ValidationError(NOT_OPEN, field="opening_id", title=opening.title, status=opening.status.value)
        if _taken(session, opening.id) >= opening.places:
            raise ValidationError(NO_FREE_PLACE, field="opening_id", places=opening.places, title=opening.title)
    placement = Placement(
        participant_id=participant.id, employer_id=employer.id, opening_id=data.opening_id,
        placement_type=PlacementType(data.placement_type), starts_on=data.starts_on, ends_on=data.ends_on,
        hours_per_week=data.hours_per_week, mentor_name=clean(data.mentor_name, "mentor_name"),
        note=clean(data.note, "note", 4000),
        status=PlacementStatus.PLANNED if data.starts_on > today else PlacementStatus.ACTIVE,
        organisation_id=participant.organisation_id, project_id=participant.project_id)
    session.add(placement)
    session.flush()
    if opening is not None and _taken(session, opening.id) >= opening.places:
        opening.status = OpeningStatus.FILLED
    journal(session, user, placement, employer.name)
    _log(session, user, AccessAction.CREATE, placement, "record placement")
    return placement


def _taken(session: Session, opening_id: int) -> int:
    return len(session.scalars(select(Placement.id).where(Placement.opening_id == opening_id,
                                                          Placement.status.in_(TAKING_PLACES))).all())


def _log(session: Session, user: SignedInUser, action: AccessAction, placement: Placement, purpose: str) -> None:
    record_for_user(session, user, action, participant_id=placement.participant_id,
                    organisation_id=placement.organisation_id, project_id=placement.project_id,
                    record_kind="placement", record_id=placement.id, purpose=purpose)


class PlacementService:
    """Placements of the young people the user works with."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    @requires(PERSONAL, "see placements")
    def for_participant(self, participant_id: int) -> list[PlacementView]:
        """The young person's placements, newest first (logged as a read)."""
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id)
            placements = session.scalars(select(Placement).where(Placement.participant_id == participant.id)
                                         .order_by(Placement.starts_on.desc(), Placement.id.desc())).all()
            record_for_user(session, self._user, AccessAction.READ, participant_id=participant.id,
                            organisation_id=participant.organisation_id, project_id=participant.project_id,
                            record_kind="placement", purpose="placements")
            return [placement_view(session, placement) for placement in placements]

    @requires(PERSONAL, "record placements")
    def create(self, data: PlacementInput) -> PlacementView:
        """Place a young person with a company, in one of its openings or directly."""
        with self._database.transaction() as session:
            return placement_view(session, add_placement(session, self._user, data, self._today()))

    @requires(PERSONAL, "record placements")
    def start(self, placement_id: int, expected_version: int) -> PlacementView:
        """A planned placement has started."""
        return self._move(placement_id, expected_version, PlacementStatus.ACTIVE, "started",
                          {PlacementStatus.PLANNED}, {})

    @requires(PERSONAL, "record placements")
    def end(self, placement_id: int, expected_version: int, *, outcome: PlacementOutcome | None, ended_on: date,
            note: str | None = None) -> PlacementView:
        """End a placement with its outcome (required): hired, into education, completed, ended early, no show."""
        if outcome is None:
            raise ValidationError(OUTCOME_NEEDED, field="outcome")
        if ended_on > self._today():
            raise ValidationError(ENDED_IN_FUTURE, field="ended_on", ends=ended_on.isoformat())
        values: dict[str, object] = {"outcome": PlacementOutcome(outcome), "ends_on": ended_on}
        if note and note.strip():
            values["note"] = clean(note, "note", 4000)
        return self._move(placement_id, expected_version, PlacementStatus.ENDED, "ended",
                          {PlacementStatus.PLANNED, PlacementStatus.ACTIVE}, values)

    @requires(PERSONAL, "record placements")
    def cancel(self, placement_id: int, expected_version: int, note: str | None = None) -> PlacementView:
        """Call off a placement that has not started."""
        values: dict[str, object] = {"note": clean(note, "note", 4000)} if note and note.strip() else {}
        return self._move(placement_id, expected_version, PlacementStatus.CANCELLED, "cancelled",
                          {PlacementStatus.PLANNED}, values)

    def _move(self, placement_id: int, expected_version: int, status: PlacementStatus, action: str,
              allowed_from: set[PlacementStatus], values: dict[str, object]) -> PlacementView:
        with self._database.transaction() as session:
            placement = self._placement(session, placement_id)
            if placement.status not in allowed_from and placement.version == expected_version:
                raise ValidationError(BAD_STATUS_CHANGE, field="status", status=placement.status.value,
                                      action=action)
            apply_changes(placement, {**values, "status": status}, expected_version, what="placement")
            if status is PlacementStatus.ENDED and placement.ends_on and placement.ends_on < placement.starts_on:
                raise ValidationError(ENDS_BEFORE_START, field="ended_on", ends=placement.ends_on.isoformat(),
                                      starts=placement.starts_on.isoformat())
            employer = session.scalar(select(Employer.name).where(Employer.id == placement.employer_id)) or ""
            journal(session, self._user, placement, employer)
            _log(session, self._user, AccessAction.UPDATE, placement, f"placement {action}")
            return placement_view(session, placement)

    @requires(PERSONAL, "record placements")
    def link_step(self, placement_id: int, plan_id: int, step: StepView) -> PlacementView:
        """Link the placement to a step of the young person's plan (a change of the plan, as any other)."""
        with self._database.transaction() as session:
            placement = self._placement(session, placement_id)
            participant_id = placement.participant_id
        plans = PlanService(self._database, self._user, today=self._today)
        plan = plans.plan_for_participant(participant_id)
        if plan is None or plan.id != plan_id:
            raise ValidationError(STEP_OF_OTHER_PLAN, field="step")
        plans.save_step(plan_id, replace(_step_input(step), placement_id=placement_id), original=step)
        with self._database.transaction() as session:
            return placement_view(session, self._placement(session, placement_id))

    def _placement(self, session: Session, placement_id: int) -> Placement:
        placement = session.get(Placement, placement_id)
        if placement is None:
            raise NotFoundError(what="placement")
        load_participant(session, self._user, placement.participant_id, for_change=True)
        return placement


def _step_input(step: StepView) -> StepInput:
    return StepInput(step.description, step.owner, step.due_on, step.activity_kind, step.owner_name, step.status,
                     step.completed_on, step.placement_id)
