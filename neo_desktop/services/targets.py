"""Targets against actuals: red/amber/green, the planned intake curve, and an early warning with a projection.

The NVG project in Övertorneå was closed early because too few young people were referred; this module
exists so that a project sees it coming. Every target's actual comes from the records (enrolments, outcomes
on leaving, placements, companies engaged); the plan to date is read off the target's planned curve (its
milestones, straight lines between them, or one straight line from start to end when there are none); the
projection carries on at the pace of the last six months.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Employer, Project, ProjectTarget
from neo_desktop.domain.organisation import Rag, TargetKind
from neo_desktop.domain.participant import ExitOutcome

from .permissions import Area, requires
from .record_counts import ProjectEvents, record_counts
from .statistics import ProjectChoice, load_project, project_choice
from .tables import RecordTable, column
from .user import SignedInUser

GREEN_FROM = 0.9  # at least 90 % of the plan to date
AMBER_FROM = 0.7
PACE_MONTHS = 6
DAYS_PER_MONTH = 365.25 / 12

OUTCOME_TARGETS: dict[TargetKind, tuple[ExitOutcome, ...]] = {
    TargetKind.INTO_EMPLOYMENT: (ExitOutcome.EMPLOYMENT,),
    TargetKind.INTO_EDUCATION: (ExitOutcome.EDUCATION,),
    TargetKind.INTO_EMPLOYMENT_OR_EDUCATION: (ExitOutcome.EMPLOYMENT, ExitOutcome.EDUCATION),
    TargetKind.INTERNSHIPS_OR_APPRENTICESHIPS: (ExitOutcome.INTERNSHIP_OR_APPRENTICESHIP,),
    TargetKind.OTHER_HELP: (ExitOutcome.OTHER_HELP,),
}
# Targets that count people (their figures are suppressed when they leave the program); companies are not people.
PEOPLE_TARGETS = frozenset(TargetKind) - {TargetKind.COMPANIES_ENGAGED}


@dataclass(frozen=True)
class TargetProgress:
    """One target: what was planned, by now and in all, what the records show, and where it is heading."""

    target_id: int
    kind: TargetKind
    description: str | None
    target_value: int
    actual: int
    planned_to_date: int
    projected: int
    rag: Rag

    @property
    def share_of_target(self) -> float:
        """The actual as a fraction of the target."""
        return self.actual / self.target_value if self.target_value else 1.0


@dataclass(frozen=True)
class IntakeCurve:
    """Cumulative enrolments: planned (milestones), actual (month by month to today) and projected."""

    planned: tuple[tuple[date, int], ...]
    actual: tuple[tuple[date, int], ...]
    projected: tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class IntakeWarning:
    """Intake is behind plan: the figures for the warning's sentence."""

    actual: int
    planned_to_date: int
    target_value: int
    projected: int
    pace_per_month: float
    needed_per_month: float | None  # to reach the target by the end; None when the project has ended


@dataclass(frozen=True)
class ProjectProgress:
    """A project's targets on one day, with the intake curve and the early warning when there is one."""

    project: ProjectChoice
    today: date
    targets: tuple[TargetProgress, ...]
    intake: IntakeCurve | None
    warning: IntakeWarning | None


# ------------------------------------------------------------------------------------------ pure rules


def planned_at(day: date, starts_on: date, ends_on: date, target_value: int,
               milestones: Sequence[tuple[date, int]]) -> int:
    """The planned cumulative value on ``day``: straight lines between (start, 0), the milestones and, without
    milestones, (end, target)."""
    points = [(starts_on, 0), *sorted(milestones)] if milestones else [(starts_on, 0), (ends_on, target_value)]
    if day <= points[0][0]:
        return 0
    index = bisect_right([d for d, _ in points], day)
    if index >= len(points):
        return points[-1][1]
    (d0, v0), (d1, v1) = points[index - 1], points[index]
    return round(v0 + (v1 - v0) * (day - d0).days / max(1, (d1 - d0).days))


def rag_status(actual: int, planned_to_date: int, target_value: int) -> Rag:
    """Green at 90 % of the plan to date or more (or the target reached), amber from 70 %, red below."""
    if actual >= target_value or planned_to_date <= 0:
        return Rag.GREEN
    ratio = actual / planned_to_date
    return Rag.GREEN if ratio >= GREEN_FROM else Rag.AMBER if ratio >= AMBER_FROM else Rag.RED


def months_between(start: date, end: date) -> float:
    """Months (of average length) from ``start`` to ``end``; never negative."""
    return max(0.0, (end - start).days / DAYS_PER_MONTH)


def pace_per_month(event_dates: Sequence[date], starts_on: date, today: date) -> float:
    """Events a month over the last six months (or since the start, when that is shorter)."""
    window_start = max(starts_on, _months_before(today, PACE_MONTHS))
    months = months_between(window_start, today)
    if months < 0.5:
        return 0.0
    return sum(1 for day in event_dates if window_start < day <= today) / months


def projected_total(actual: int, pace: float, today: date, ends_on: date) -> int:
    """Where the count ends if the pace holds until the end of the project."""
    return round(actual + pace * months_between(today, ends_on))


def monthly_cumulative(event_dates: Sequence[date], starts_on: date, until: date) -> tuple[tuple[date, int], ...]:
    """The cumulative count at the end of each month from the start to ``until`` (and on ``until`` itself)."""
    ordered = sorted(event_dates)
    points: list[tuple[date, int]] = []
    month_end = _month_end(starts_on)
    while month_end < until:
        points.append((month_end, bisect_right(ordered, month_end)))
        month_end = _month_end(month_end + timedelta(days=1))
    points.append((until, bisect_right(ordered, until)))
    return tuple(points)


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, 28))


def intake_warning(target: TargetProgress, pace: float, today: date, ends_on: date) -> IntakeWarning | None:
    """The warning when intake is behind plan (not green) or heading below 90 % of the target."""
    if target.rag is Rag.GREEN and target.projected >= GREEN_FROM * target.target_value:
        return None
    remaining = months_between(today, ends_on)
    needed = max(0.0, (target.target_value - target.actual) / remaining) if remaining >= 0.5 else None
    return IntakeWarning(target.actual, target.planned_to_date, target.target_value, target.projected, pace, needed)


# ------------------------------------------------------------------------------------------ the service


def event_dates(events: ProjectEvents, session: Session, project: Project, kind: TargetKind) -> list[date]:
    """The day each event a target counts happened (enrolment, leaving, placement start, company engaged)."""
    if kind is TargetKind.PARTICIPANTS_ENROLLED:
        return list(events.enrolled)
    if kind is TargetKind.PLACEMENTS:
        return events.placement_starts()
    if kind is TargetKind.COMPANIES_ENGAGED:  # employers are not personal data: read on every database
        return list(session.scalars(select(Employer.engaged_on).where(Employer.project_id == project.id,
                                                                      Employer.engaged_on.is_not(None))))
    return events.exits_with(OUTCOME_TARGETS[kind])


def project_progress(session: Session, project: Project, today: date,
                     events: ProjectEvents | None = None) -> ProjectProgress:
    """Every target of ``project`` on ``today``, the intake curve and the warning (no role check: callers do).

    The events come from :mod:`.record_counts`: on PostgreSQL counted by the database per day, so the
    actuals are the whole project's whatever the login's row-level security lets it read.
    """
    if events is None:
        events = record_counts(session).events(project.id, today) if project.targets else ProjectEvents()
    targets: list[TargetProgress] = []
    intake: IntakeCurve | None = None
    warning: IntakeWarning | None = None
    until = min(today, project.ends_on)
    for target in project.targets:
        dates = event_dates(events, session, project, target.kind)
        actual = sum(1 for day in dates if day <= today)
        milestones = [(m.due_on, m.planned_value) for m in target.milestones]
        planned = planned_at(until, project.starts_on, project.ends_on, target.target_value, milestones)
        pace = pace_per_month(dates, project.starts_on, until)
        progress = TargetProgress(target.id, target.kind, target.description, target.target_value, actual, planned,
                                  projected_total(actual, pace, until, project.ends_on),
                                  rag_status(actual, planned, target.target_value))
        targets.append(progress)
        if target.kind is TargetKind.PARTICIPANTS_ENROLLED and intake is None:
            plan = tuple(sorted(milestones)) or ((project.ends_on, target.target_value),)
            intake = IntakeCurve(((project.starts_on, 0), *plan), monthly_cumulative(dates, project.starts_on, until),
                                 ((until, actual), (project.ends_on, progress.projected)) if until < project.ends_on
                                 else ())
            warning = intake_warning(progress, pace, until, project.ends_on)
    return ProjectProgress(project_choice(project), today, tuple(targets), intake, warning)


class TargetService:
    """Targets and progress per project, for everyone who may open Reports (aggregates only)."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(Area.REPORTS, "see project progress")
    def progress(self, project_id: int, *, today: date | None = None) -> ProjectProgress:
        """The project's targets against the records, the intake curve and the early warning."""
        with self._database.transaction() as session:
            project = _with_targets(session, load_project(session, project_id))
            return project_progress(session, project, today or date.today())


def _with_targets(session: Session, project: Project) -> Project:
    return session.scalars(select(Project).where(Project.id == project.id).options(
        selectinload(Project.targets).selectinload(ProjectTarget.milestones))).one()


TARGET_COLUMNS = (column("Target"), column("Target value"), column("Planned by now"), column("Actual"),
                  column("Share of target (%)"), column("Status"), column("Projected at end"))


def targets_table(progress: ProjectProgress) -> RecordTable:
    """The targets as a list shows them (the Reports view): plan to date, actual, share, status, projection."""
    return RecordTable(
        TARGET_COLUMNS,
        tuple((t.kind, t.target_value, t.planned_to_date, t.actual, round(100 * t.share_of_target), t.rag,
               t.projected) for t in progress.targets),
        tuple(t.target_id for t in progress.targets))
