"""Statistics of a project, suppressed as they leave the program: only aggregates ever leave this module.

The participant rows are read here, reduced to categories (:class:`~neo_desktop.reports.indicators.ParticipantFacts`
has no name, number or date), counted, and suppressed (:mod:`neo_desktop.reports.suppression`) before anything
is returned. So a steering-group secretary, who may not open a participant's record, can see the statistics:
what reaches them is exactly what a meeting pack would print.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Participant, Project
from neo_desktop.domain.errors import NotFoundError
from neo_desktop.domain.organisation import Country, Language
from neo_desktop.domain.participant import Gender, ParticipantStatus
from neo_desktop.reports.indicators import ParticipantFacts, build_statistics
from neo_desktop.reports.suppression import CountBook, PublishedBook, PublishedTable, publish

from .permissions import Area, requires
from .user import SignedInUser

LEFT_STATUSES = (ParticipantStatus.COMPLETED, ParticipantStatus.DROPPED_OUT)


@dataclass(frozen=True)
class ProjectChoice:
    """A project to report on."""

    id: int
    code: str
    name: str
    country: Country
    language: Language
    starts_on: date
    ends_on: date
    suppression_threshold: int
    sensitive_suppression_threshold: int


@dataclass(frozen=True)
class ProjectStatistics:
    """A project's statistics tables as they may leave the program (suppressed)."""

    project: ProjectChoice
    tables: tuple[PublishedTable, ...]
    suppression_applied: bool
    participants: int  # only for "no data yet" messages: shown as a total row in the tables too

    def table(self, key: str) -> PublishedTable:
        """The table with title key ``key`` (e.g. ``stats.by_status``)."""
        return next(table for table in self.tables if table.key == key)


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


def participant_facts(session: Session, project_id: int, today: date) -> Iterator[ParticipantFacts]:
    """The categories of every participant of the project (anonymised records still count)."""
    rows = session.execute(select(*_FACT_COLUMNS).where(Participant.project_id == project_id)
                           .execution_options(yield_per=5000))
    for (gender, status, born, enrolled, referred, exited, outcome, labour, education, disability, minority,
         foreign, third, homeless, rural, qualification, followup, improved) in rows:
        left = exited is not None or status in LEFT_STATUSES
        yield ParticipantFacts(
            gender=gender or Gender.NOT_STATED, status=status, age_at_entry=age_on(born, enrolled or referred or today),
            entered=enrolled is not None, left=left, exit_outcome=outcome if left else None, labour_status=labour,
            education=education, disability=bool(disability), minority=bool(minority), foreign_background=bool(foreign),
            third_country=bool(third), homeless=bool(homeless), rural=bool(rural),
            gained_qualification=bool(qualification) and left, followup_outcome=followup if left else None,
            followup_improved=bool(improved) and left,
        )


def project_choice(project: Project) -> ProjectChoice:
    """The plain description of a project."""
    return ProjectChoice(project.id, project.code, project.name, project.country, project.language,
                         project.starts_on, project.ends_on, project.suppression_threshold,
                         project.sensitive_suppression_threshold)


def load_project(session: Session, project_id: int) -> Project:
    """The project, or NotFoundError."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(what="project")
    return project


def project_book(session: Session, project_id: int, today: date) -> tuple[CountBook, int]:
    """The project's statistics, not yet suppressed, and the number of participants counted."""
    facts = list(participant_facts(session, project_id, today))
    return build_statistics(facts), len(facts)


class StatisticsService:
    """Aggregated statistics per project, for everyone who may open Reports (secretaries included)."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(Area.REPORTS, "see statistics")
    def projects(self) -> list[ProjectChoice]:
        """Every project, newest first."""
        with self._database.transaction() as session:
            return [project_choice(p) for p in session.scalars(select(Project).order_by(Project.starts_on.desc(),
                                                                                        Project.code))]

    @requires(Area.REPORTS, "see statistics")
    def statistics(self, project_id: int, *, today: date | None = None) -> ProjectStatistics:
        """The project's statistics tables, suppressed with the project's thresholds."""
        today = today or date.today()
        with self._database.transaction() as session:
            project = load_project(session, project_id)
            book, counted = project_book(session, project.id, today)
            choice = project_choice(project)
        published = publish_book(book, choice)
        return ProjectStatistics(choice, published.tables, published.suppression.applied, counted)


def publish_book(book: CountBook, project: ProjectChoice) -> PublishedBook:
    """Suppress ``book`` with the project's thresholds."""
    return publish(book, ordinary=project.suppression_threshold,
                   sensitive=project.sensitive_suppression_threshold)
