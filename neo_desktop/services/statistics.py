"""Statistics of a project, suppressed as they leave the program: only aggregates ever leave this module.

On the embedded database the participant rows are read here, reduced to categories
(:class:`~neo_desktop.reports.indicators.ParticipantFacts` has no name, number or date) and counted; on
PostgreSQL the database counts them itself (:mod:`.record_counts`). Either way the counts are suppressed
(:mod:`neo_desktop.reports.suppression`) before anything is returned. So a steering-group secretary, who may
not open a participant's record, can see the statistics: what reaches them is exactly what a meeting pack
would print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Project
from neo_desktop.domain.errors import NotFoundError
from neo_desktop.domain.organisation import Country, Language
from neo_desktop.reports.indicators import statistics_book
from neo_desktop.reports.suppression import CountBook, PublishedBook, PublishedTable, publish

from .permissions import Area, requires
from .record_counts import LEFT_STATUSES, RecordCounts, age_on, record_counts
from .user import SignedInUser

__all__ = ["LEFT_STATUSES", "ProjectChoice", "ProjectStatistics", "StatisticsService", "age_on", "load_project",
           "project_book", "project_choice", "publish_book"]


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


def project_book(session: Session, project_id: int, today: date,
                 counts: RecordCounts | None = None) -> tuple[CountBook, int]:
    """The project's statistics, not yet suppressed, and the number of participants counted.

    On PostgreSQL the database counts (:mod:`.record_counts`), so the figures are the whole project's
    whatever the login's row-level security lets it read.
    """
    cells = (counts or record_counts(session)).participant_cells(project_id, today)
    counted = sum(people for (population, dimension, _, _), people in cells.items()  # type: ignore[misc]
                  if (population, dimension) == ("all", "total"))
    return statistics_book(cells), counted


class StatisticsService:
    """Aggregated statistics per project, for everyone who may open Reports (secretaries included)."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(Area.REPORTS, "see statistics")
    def projects(self) -> list[ProjectChoice]:
        """Every project whose statistics the user may see, newest first (on PostgreSQL the login's own scope)."""
        with self._database.transaction() as session:
            reportable = record_counts(session).reportable()
            return [project_choice(p) for p in session.scalars(select(Project).where(reportable).order_by(
                Project.starts_on.desc(), Project.code))]

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
