"""Openings: the internships, jobs and other places companies offer, and the board of them by status.

Openings describe what a company asks for (language level, driving licence, certificates, physical demands,
minimum age) and what it offers (a mentor, an accessible workplace, adapted hours); matchmaking reads both.
An opening whose places are all taken by planned or running placements is marked filled by the placement
service; people close openings themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Employer, Opening
from neo_desktop.domain.employer import LanguageLevel, OpeningStatus, PhysicalDemand, PlacementType
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.places import municipality_centre
from neo_desktop.domain.search import clean_search_text

from .editing import apply_changes
from .employer_queries import like_any_case, opening_rows, places_taken
from .employer_views import OpeningRow, clean
from .employers import EMPLOYER_EDITORS
from .permissions import Area, requires
from .user import SignedInUser

__all__ = ["OpeningBoard", "OpeningFilter", "OpeningInput", "OpeningRow", "OpeningService", "OpeningView"]

TITLE_REQUIRED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An opening needs a title, e.g. “Warehouse assistant”.")
BAD_PLACES = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An opening has between 1 and 99 places.")
BAD_HOURS = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Hours a week are more than 0 and at most 60.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The opening ends ({ends}) before it starts ({starts}).")
BAD_AGE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A minimum age is between 13 and 67 years.")
LEVEL_WITHOUT_LANGUAGE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Say which language the level is for.")
BOARD_LIMIT = 300  # cards a column shows; the count says how many there are


@dataclass(frozen=True)
class OpeningInput:
    """What a form sends for an opening."""

    placement_type: PlacementType
    title: str
    occupation: str | None = None
    description: str | None = None
    places: int = 1
    hours_per_week: float | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    language: Language | None = None
    language_level: LanguageLevel = LanguageLevel.NONE
    requires_driving_licence: bool = False
    required_certificates: str | None = None  # one a line, or separated by commas
    physical_demand: PhysicalDemand = PhysicalDemand.LOW
    minimum_age: int | None = None
    offers_mentor: bool = False
    accessible: bool = False
    adapted_hours: bool = False
    address: str | None = None
    municipality: str | None = None  # when the work is not at the company's address
    project_id: int | None = None


@dataclass(frozen=True)
class OpeningView:
    """One opening with its company and how many places are taken."""

    id: int
    version: int
    employer_id: int
    employer_name: str
    employer_municipality: str | None
    data: OpeningInput
    status: OpeningStatus
    places_taken: int


@dataclass(frozen=True)
class OpeningFilter:
    """What the board shows: text matches the start of a word of the title, occupation or company."""

    text: str = ""
    placement_type: PlacementType | None = None
    employer_id: int | None = None
    project_id: int | None = None


@dataclass(frozen=True)
class OpeningBoard:
    """Openings by status (each column at most :data:`BOARD_LIMIT`, newest start first) and the full counts."""

    columns: dict[OpeningStatus, tuple[OpeningRow, ...]]
    counts: dict[OpeningStatus, int]


def opening_values(data: OpeningInput) -> dict[str, Any]:
    """The model's column values for ``data``, checked."""
    title = clean(data.title, "title")
    if not title:
        raise ValidationError(TITLE_REQUIRED, field="title")
    if not 1 <= int(data.places) <= 99:
        raise ValidationError(BAD_PLACES, field="places")
    if data.hours_per_week is not None and not 0 < data.hours_per_week <= 60:
        raise ValidationError(BAD_HOURS, field="hours_per_week")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ValidationError(ENDS_BEFORE_START, field="ends_on", ends=data.ends_on.isoformat(),
                              starts=data.starts_on.isoformat())
    if data.minimum_age is not None and not 13 <= data.minimum_age <= 67:
        raise ValidationError(BAD_AGE, field="minimum_age")
    level = LanguageLevel(data.language_level)
    if level is not LanguageLevel.NONE and data.language is None:
        raise ValidationError(LEVEL_WITHOUT_LANGUAGE, field="language")
    municipality = clean(data.municipality, "municipality", 100)
    centre = municipality_centre(municipality)
    return {
        "placement_type": PlacementType(data.placement_type), "title": title,
        "occupation": clean(data.occupation, "occupation"), "description": clean(data.description, "description", 4000),
        "places": int(data.places), "hours_per_week": data.hours_per_week, "starts_on": data.starts_on,
        "ends_on": data.ends_on, "language": Language(data.language).value if data.language else None,
        "language_level": level, "requires_driving_licence": bool(data.requires_driving_licence),
        "required_certificates": clean(data.required_certificates, "required_certificates", 400),
        "physical_demand": PhysicalDemand(data.physical_demand), "minimum_age": data.minimum_age,
        "offers_mentor": bool(data.offers_mentor), "accessible": bool(data.accessible),
        "adapted_hours": bool(data.adapted_hours), "address": clean(data.address, "address"),
        "municipality": municipality, "project_id": data.project_id,
        # Work away from the company's address is placed at its municipality's centre for distances.
        "latitude": centre.latitude if centre else None, "longitude": centre.longitude if centre else None,
    }


def opening_input(opening: Opening) -> OpeningInput:
    """An opening row as the input a form would send back unchanged."""
    values = {field.name: getattr(opening, field.name) for field in fields(OpeningInput)}
    values["language"] = Language(opening.language) if opening.language else None
    return OpeningInput(**values)


def opening_view(session: Session, opening: Opening) -> OpeningView:
    """The view of one opening, read in the caller's transaction."""
    session.flush()
    name, town = session.execute(select(Employer.name, Employer.municipality)
                                 .where(Employer.id == opening.employer_id)).one()
    taken = session.scalar(select(places_taken()).where(Opening.id == opening.id)) or 0
    return OpeningView(opening.id, opening.version, opening.employer_id, name, town, opening_input(opening),
                       opening.status, taken)


class OpeningService:
    """Openings and the board, for one signed-in user."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    @requires(Area.EMPLOYERS, "see openings")
    def board(self, criteria: OpeningFilter | None = None) -> OpeningBoard:
        """Openings by status: open, filled, closed."""
        criteria = criteria or OpeningFilter()
        with self._database.transaction() as session:
            conditions = self._conditions(session, criteria)
            counts = dict(session.execute(select(Opening.status, func.count(Opening.id))
                                          .join(Employer, Employer.id == Opening.employer_id)
                                          .where(*conditions).group_by(Opening.status)).all())
            columns = {status: tuple(opening_rows(session, [*conditions, Opening.status == status],
                                                  limit=BOARD_LIMIT)) for status in OpeningStatus}
        return OpeningBoard(columns, {status: counts.get(status, 0) for status in OpeningStatus})

    def _conditions(self, session: Session, criteria: OpeningFilter) -> list[Any]:
        conditions: list[Any] = []
        needle = clean_search_text(criteria.text)
        if needle:
            postgres = session.get_bind().dialect.name == "postgresql"
            conditions.append(or_(*(like_any_case(column, needle, postgres=postgres, word_start=True)
                                    for column in (Opening.title, Opening.occupation, Employer.name))))
        if criteria.placement_type is not None:
            conditions.append(Opening.placement_type == criteria.placement_type)
        if criteria.employer_id is not None:
            conditions.append(Opening.employer_id == criteria.employer_id)
        if criteria.project_id is not None:
            conditions.append(Opening.project_id == criteria.project_id)
        return conditions

    @requires(Area.EMPLOYERS, "see openings")
    def opening(self, opening_id: int) -> OpeningView:
        """One opening."""
        with self._database.transaction() as session:
            return opening_view(session, _get(session, opening_id))

    @requires(EMPLOYER_EDITORS, "add openings")
    def create(self, employer_id: int, data: OpeningInput) -> OpeningView:
        """Add an opening at a company (open from the start)."""
        values = opening_values(data)
        with self._database.transaction() as session:
            employer = session.get(Employer, employer_id)
            if employer is None:
                raise NotFoundError(what="company")
            values["project_id"] = values["project_id"] or employer.project_id
            opening = Opening(employer_id=employer.id, status=OpeningStatus.OPEN, **values)
            session.add(opening)
            return opening_view(session, opening)

    @requires(EMPLOYER_EDITORS, "change openings")
    def update(self, opening_id: int, expected_version: int, data: OpeningInput) -> OpeningView:
        """Change an opening as the user saw it (ConflictError with the other's changes when it moved on)."""
        values = opening_values(data)
        with self._database.transaction() as session:
            opening = _get(session, opening_id)
            values["project_id"] = values["project_id"] or opening.project_id
            apply_changes(opening, values, expected_version, what="opening")
            return opening_view(session, opening)

    @requires(EMPLOYER_EDITORS, "change openings")
    def set_status(self, opening_id: int, expected_version: int, status: OpeningStatus) -> OpeningView:
        """Move an opening to open, filled or closed."""
        with self._database.transaction() as session:
            opening = _get(session, opening_id)
            apply_changes(opening, {"status": OpeningStatus(status)}, expected_version, what="opening")
            return opening_view(session, opening)


def _get(session: Session, opening_id: int) -> Opening:
    opening = session.get(Opening, opening_id)
    if opening is None:
        raise NotFoundError(what="opening")
    return opening
