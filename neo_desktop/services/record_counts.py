"""The counts behind statistics, targets and meeting packs: from the rows, or aggregated by the database.

Statistics, targets' actuals and the meeting pack count participants and placements. On the embedded
database the program reads the rows and counts them (:class:`RowCounts`). On a shared PostgreSQL database
each person connects as their own login and row-level security hides participant rows: every row from a
steering-group secretary, all but their caseload from a caseworker, so counting the visible rows would give
empty or partial figures. There the database counts (:class:`DatabaseCounts`): SECURITY DEFINER functions
(migration 0005) return people per statistics cell and events per day for a project in the caller's scope,
never a row. Both give the same numbers; suppression happens afterwards, in the reports layer, either way.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from neo_desktop.db.models import Participant, Placement, Project
from neo_desktop.domain.employer import PlacementType
from neo_desktop.domain.errors import PermissionDeniedError
from neo_desktop.domain.participant import ExitOutcome, Gender, ParticipantStatus
from neo_desktop.reports.indicators import ParticipantFacts, count_participants
from neo_desktop.reports.suppression import CellKey

LEFT_STATUSES = (ParticipantStatus.COMPLETED, ParticipantStatus.DROPPED_OUT)
OUT_OF_SCOPE = "see the statistics of this project"


@dataclass(frozen=True)
class ProjectEvents:
    """The days on which what a project's targets count happened (a day once per event)."""

    enrolled: tuple[date, ...] = ()
    exits: dict[ExitOutcome, tuple[date, ...]] = field(default_factory=dict)  # leaving with an outcome recorded
    placements: dict[PlacementType, tuple[date, ...]] = field(default_factory=dict)  # placement starts

    def exits_with(self, outcomes: Sequence[ExitOutcome]) -> list[date]:
        """The days on which participants left with one of ``outcomes``."""
        return [day for outcome in outcomes for day in self.exits.get(outcome, ())]

    def placement_starts(self) -> list[date]:
        """The start of every placement."""
        return [day for days in self.placements.values() for day in days]


class RecordCounts(Protocol):
    """Where the counts come from."""

    def reportable(self) -> ColumnElement[bool]:
        """Which projects the signed-in login may see statistics of (a clause over ``Project``)."""
        ...

    def participant_cells(self, project_id: int, today: date) -> Counter[CellKey]:
        """People per statistics cell (see :func:`~neo_desktop.reports.indicators.count_participants`)."""
        ...

    def events(self, project_id: int, today: date) -> ProjectEvents:
        """Enrolments, exits by outcome and placement starts, by day."""
        ...


def record_counts(session: Session) -> RecordCounts:
    """The database counts on PostgreSQL (whatever the login's row-level security hides), rows elsewhere."""
    if session.get_bind().dialect.name == "postgresql":
        return DatabaseCounts(session)
    return RowCounts(session)


def age_on(birth_date: date | None, day: date) -> int | None:
    """Whole years from ``birth_date`` to ``day``."""
    if birth_date is None:
        return None
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


_FACT_COLUMNS = (
    Participant.gender, Participant.status, Participant.birth_date, Participant.enrolled_on, Participant.referred_on,
    Participant.exited_on, Participant.exit_outcome, Participant.labour_market_status, Participant.education_level,
    Participant.has_disability, Participant.is_minority, Participant.foreign_background,
    Participant.third_country_national, Participant.homeless_or_housing_exclusion, Participant.rural_area,
    Participant.gained_qualification, Participant.followup_outcome, Participant.followup_improved_situation,
)


class RowCounts:
    """Counts the rows the connection can read (the embedded database, where the program applies the rules)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def reportable(self) -> ColumnElement[bool]:
        return Project.id.is_not(None)

    def facts(self, project_id: int, today: date) -> list[ParticipantFacts]:
        """The categories of every participant of the project (anonymised records still count)."""
        rows = self._session.execute(select(*_FACT_COLUMNS).where(Participant.project_id == project_id)
                                     .execution_options(yield_per=5000))
        facts = []
        for (gender, status, born, enrolled, referred, exited, outcome, labour, education, disability, minority,
             foreign, third, homeless, rural, qualification, followup, improved) in rows:
            left = exited is not None or status in LEFT_STATUSES
            facts.append(ParticipantFacts(
                gender=gender or Gender.NOT_STATED, status=status,
                age_at_entry=age_on(born, enrolled or referred or today), entered=enrolled is not None, left=left,
                exit_outcome=outcome if left else None, labour_status=labour, education=education,
                disability=bool(disability), minority=bool(minority), foreign_background=bool(foreign),
                third_country=bool(third), homeless=bool(homeless), rural=bool(rural),
                gained_qualification=bool(qualification) and left, followup_outcome=followup if left else None,
                followup_improved=bool(improved) and left,
            ))
        return facts

    def participant_cells(self, project_id: int, today: date) -> Counter[CellKey]:
        return count_participants(self.facts(project_id, today))

    def events(self, project_id: int, today: date) -> ProjectEvents:
        in_project = Participant.project_id == project_id
        enrolled = self._session.scalars(select(Participant.enrolled_on).where(
            in_project, Participant.enrolled_on.is_not(None)))
        left = Participant.exited_on.is_not(None) | Participant.status.in_(LEFT_STATUSES)
        exits: defaultdict[ExitOutcome, list[date]] = defaultdict(list)
        for outcome, day in self._session.execute(select(Participant.exit_outcome, Participant.exited_on).where(
                in_project, left, Participant.exit_outcome.is_not(None))):
            exits[outcome].append(day or today)
        placements: defaultdict[PlacementType, list[date]] = defaultdict(list)
        for kind, day in self._session.execute(select(Placement.placement_type, Placement.starts_on).where(
                Placement.project_id == project_id)):
            placements[kind].append(day or today)
        return ProjectEvents(tuple(enrolled), {k: tuple(v) for k, v in exits.items()},
                             {k: tuple(v) for k, v in placements.items()})


class DatabaseCounts:
    """Counts made by PostgreSQL for the connection's login (migration 0005): aggregates only, never rows.

    The functions check that the project is one whose statistics the login may see and refuse it otherwise;
    the program asks first, so that a refusal reads as a permission error rather than a database error.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def reportable(self) -> ColumnElement[bool]:
        return Project.id == func.any(func.neo_report_projects())

    def _require_scope(self, project_id: int) -> None:
        allowed = self._session.scalar(text("SELECT coalesce(:p = ANY (neo_report_projects()), false)"),
                                       {"p": project_id})
        if not allowed:
            raise PermissionDeniedError(action=OUT_OF_SCOPE)

    def participant_cells(self, project_id: int, today: date) -> Counter[CellKey]:
        self._require_scope(project_id)
        rows = self._session.execute(text(
            "SELECT population, dimension, value, gender, people FROM neo_project_statistics(:p, :today)"),
            {"p": project_id, "today": today})
        return Counter({(population, dimension, value, gender): int(people)
                        for population, dimension, value, gender, people in rows})

    def events(self, project_id: int, today: date) -> ProjectEvents:
        self._require_scope(project_id)
        enrolled: list[date] = []
        exits: defaultdict[ExitOutcome, list[date]] = defaultdict(list)
        placements: defaultdict[PlacementType, list[date]] = defaultdict(list)
        rows = self._session.execute(text(
            "SELECT event, kind, day, events FROM neo_project_events(:p, :today) ORDER BY event, kind, day"),
            {"p": project_id, "today": today})
        for event, kind, day, count in rows:
            days = [day] * int(count)
            if event == "enrolled":
                enrolled.extend(days)
            elif event == "exit":
                exits[ExitOutcome(kind)].extend(days)
            elif event == "placement":
                placements[PlacementType(kind)].extend(days)
        return ProjectEvents(tuple(enrolled), {k: tuple(v) for k, v in exits.items()},
                             {k: tuple(v) for k, v in placements.items()})
