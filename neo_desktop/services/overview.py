"""Read-only lists behind the main window's views: one per area, each checked against the user's roles.

Lists that show personal data write one access-log entry (a search with its criterion) in the same
transaction as the query.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    ActionItem,
    Employer,
    Group,
    Meeting,
    Opening,
    Organisation,
    Participant,
    Placement,
    Plan,
    PlanRevision,
    PlanStep,
    Project,
    ProjectTarget,
    Staff,
)
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import OpeningStatus
from neo_desktop.domain.identity import mask_identity_number
from neo_desktop.domain.meeting import ActionStatus
from neo_desktop.domain.organisation import TargetKind
from neo_desktop.domain.participant import ExitOutcome, ParticipantStatus
from neo_desktop.domain.plan import PlanStatus, StepStatus
from neo_desktop.domain.search import clean_search_text

from .access_log import record_for_user
from .permissions import Area, requires
from .tables import RecordTable, column
from .user import SignedInUser

LEFT = (ParticipantStatus.COMPLETED, ParticipantStatus.DROPPED_OUT)
SEARCH_LIMIT = 500


class OverviewService:
    """The lists the shell's views show, for one signed-in user."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(Area.CASELOAD, "see a caseload")
    def caseload(self, *, today: date | None = None) -> RecordTable:
        """The participants the user works with (as caseworker or coordinator) who have not left."""
        today = today or date.today()
        query = (
            select(Participant, Project.code)
            .join(Project, Project.id == Participant.project_id)
            .where(
                or_(Participant.caseworker_id == self._user.staff_id,
                    Participant.coordinator_id == self._user.staff_id),
                Participant.status.not_in(LEFT),
            )
            .order_by(Participant.next_contact_on.nulls_last(), Participant.last_name)
        )
        with self._database.transaction() as session:
            results = session.execute(query).all()
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion="my caseload",
                            purpose="caseload")
        rows = tuple(
            (
                f"{p.first_name} {p.last_name}",
                mask_identity_number(p.identity_number),
                p.status.value,
                code,
                p.next_contact_on,
                (today - p.last_contact_on).days if p.last_contact_on else None,
            )
            for p, code in results
        )
        return RecordTable(
            (column("Name"), column("Identity number"), column("Status"), column("Project"),
             column("Next contact"), column("Days since contact")),
            rows,
            tuple(p.id for p, _ in results),
        )

    @requires(Area.PARTICIPANTS, "search participants")
    def participants(self, search: str = "") -> RecordTable:
        """Participants of the user's organisation whose name starts with ``search`` (logged with it)."""
        needle = clean_search_text(search)
        caseworker = aliased(Staff)
        query = (
            select(Participant, Project.code, caseworker.full_name)
            .join(Project, Project.id == Participant.project_id)
            .outerjoin(caseworker, caseworker.id == Participant.caseworker_id)
            .where(Participant.organisation_id == self._user.organisation_id)
            .order_by(Participant.last_name, Participant.first_name)
            .limit(SEARCH_LIMIT)
        )
        if needle:
            pattern = f"{_escape_like(needle.lower())}%"
            query = query.where(or_(func.lower(Participant.last_name).like(pattern, escape="\\"),
                                    func.lower(Participant.first_name).like(pattern, escape="\\")))
        with self._database.transaction() as session:
            results = session.execute(query).all()
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion=f"name: {needle}"[:400],
                            purpose="participant register")
        return RecordTable(
            (column("Name"), column("Identity number"), column("Status"), column("Project"), column("Caseworker")),
            tuple((f"{p.first_name} {p.last_name}", mask_identity_number(p.identity_number), p.status.value,
                   code, worker or "") for p, code, worker in results),
            tuple(p.id for p, _, _ in results),
        )

    @requires(Area.PLANS, "see plans")
    def plans(self, *, today: date | None = None) -> RecordTable:
        """Open plans of the user's caseload: status, next review and overdue steps."""
        today = today or date.today()
        latest_revision = (
            select(PlanRevision.plan_id, func.max(PlanRevision.id).label("revision_id"))
            .group_by(PlanRevision.plan_id)
            .subquery()
        )
        overdue = func.sum(case((and_(PlanStep.due_on < today,
                                      PlanStep.status.in_((StepStatus.PLANNED, StepStatus.IN_PROGRESS))), 1),
                                else_=0))
        query = (
            select(Plan, Participant.first_name, Participant.last_name, func.count(PlanStep.id), overdue)
            .join(Participant, Participant.id == Plan.participant_id)
            .join(latest_revision, latest_revision.c.plan_id == Plan.id)
            .outerjoin(PlanStep, PlanStep.revision_id == latest_revision.c.revision_id)
            .where(or_(Participant.caseworker_id == self._user.staff_id,
                       Participant.coordinator_id == self._user.staff_id),
                   Plan.status != PlanStatus.CLOSED)
            .group_by(Plan.id, Participant.first_name, Participant.last_name)
            .order_by(Plan.review_on.nulls_last())
        )
        with self._database.transaction() as session:
            results = session.execute(query).all()
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion="plans of my caseload",
                            purpose="plans")
        return RecordTable(
            (column("Participant"), column("Plan status"), column("Review on"), column("Steps"),
             column("Overdue steps")),
            tuple((f"{first} {last}", plan.status.value, plan.review_on, steps, overdue_steps or 0)
                  for plan, first, last, steps, overdue_steps in results),
            tuple(plan.id for plan, *_ in results),
        )

    @requires(Area.EMPLOYERS, "see employers")
    def employers(self) -> RecordTable:
        """The employer network: relationship, open openings and placements per company."""
        open_openings = (
            select(func.count(Opening.id))
            .where(Opening.employer_id == Employer.id, Opening.status == OpeningStatus.OPEN)
            .scalar_subquery()
        )
        placements = select(func.count(Placement.id)).where(Placement.employer_id == Employer.id).scalar_subquery()
        query = select(Employer, open_openings, placements).order_by(Employer.name)
        with self._database.transaction() as session:
            results = session.execute(query).all()
        return RecordTable(
            (column("Company"), column("Municipality"), column("Relationship"), column("Open openings"),
             column("Placements")),
            tuple((e.name, e.municipality or "", e.relationship_status.value, n_open, n_placements)
                  for e, n_open, n_placements in results),
            tuple(e.id for e, _, _ in results),
        )

    @requires(Area.MEETINGS, "see meetings")
    def meetings(self) -> RecordTable:
        """Meetings of every group, newest first, with the minutes' status and open actions."""
        open_actions = (
            select(func.count(ActionItem.id))
            .where(ActionItem.meeting_id == Meeting.id, ActionItem.status == ActionStatus.OPEN)
            .scalar_subquery()
        )
        query = (
            select(Meeting, Group.name, open_actions)
            .join(Group, Group.id == Meeting.group_id)
            .order_by(Meeting.starts_at.desc())
        )
        with self._database.transaction() as session:
            results = session.execute(query).all()
        return RecordTable(
            (column("Date"), column("Group"), column("Meeting"), column("Minutes"), column("Open actions")),
            tuple((m.starts_at, group, m.title, m.minutes_status.value, n_open) for m, group, n_open in results),
            tuple(m.id for m, _, _ in results),
        )

    @requires(Area.REPORTS, "see project progress")
    def project_progress(self) -> RecordTable:
        """Each project's targets against what the data shows so far (aggregates only)."""
        with self._database.transaction() as session:
            targets = session.execute(
                select(ProjectTarget, Project.code).join(Project).order_by(Project.code, ProjectTarget.id)
            ).all()
            rows = tuple(
                (code, target.kind.value, target.target_value, _actual(session, target))
                for target, code in targets
            )
        return RecordTable(
            (column("Project"), column("Target"), column("Planned"), column("Actual")),
            rows,
            tuple(target.id for target, _ in targets),
        )

    @requires(Area.ADMINISTRATION, "see the administration")
    def organisations(self) -> RecordTable:
        """Partner organisations with their staff counts (administration)."""
        staff_count = select(func.count(Staff.id)).where(Staff.organisation_id == Organisation.id).scalar_subquery()
        query = select(Organisation, staff_count).order_by(Organisation.country, Organisation.name)
        with self._database.transaction() as session:
            results = session.execute(query).all()
        return RecordTable(
            (column("Organisation"), column("Kind"), column("Country"), column("Registration number"),
             column("Staff"), column("Active")),
            tuple((o.name, o.kind.value, o.country.value, o.registration_number or "", n, o.active)
                  for o, n in results),
            tuple(o.id for o, _ in results),
        )


_OUTCOME_TARGETS: dict[TargetKind, tuple[ExitOutcome, ...]] = {
    TargetKind.INTO_EMPLOYMENT: (ExitOutcome.EMPLOYMENT,),
    TargetKind.INTO_EDUCATION: (ExitOutcome.EDUCATION,),
    TargetKind.INTO_EMPLOYMENT_OR_EDUCATION: (ExitOutcome.EMPLOYMENT, ExitOutcome.EDUCATION),
    TargetKind.INTERNSHIPS_OR_APPRENTICESHIPS: (ExitOutcome.INTERNSHIP_OR_APPRENTICESHIP,),
    TargetKind.OTHER_HELP: (ExitOutcome.OTHER_HELP,),
}


def _actual(session: Session, target: ProjectTarget) -> int:
    """What the data shows for one target so far."""
    in_project = Participant.project_id == target.project_id
    if target.kind is TargetKind.PARTICIPANTS_ENROLLED:
        return session.scalar(select(func.count()).where(in_project, Participant.enrolled_on.is_not(None))) or 0
    if target.kind is TargetKind.PLACEMENTS:
        return session.scalar(select(func.count()).where(Placement.project_id == target.project_id)) or 0
    if target.kind is TargetKind.COMPANIES_ENGAGED:
        return session.scalar(select(func.count()).where(Employer.project_id == target.project_id,
                                                         Employer.engaged_on.is_not(None))) or 0
    outcomes = _OUTCOME_TARGETS[target.kind]
    return session.scalar(select(func.count()).where(in_project, Participant.exit_outcome.in_(outcomes))) or 0


def _escape_like(text: str) -> str:
    """Escape LIKE's wildcards so a search for "50%" finds exactly that."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
