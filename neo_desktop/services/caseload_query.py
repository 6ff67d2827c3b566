"""The SQL behind caseload lists: scopes, filters, search, warnings and sorting, all done by the database.

A list of 100,000 participants is never brought into Python to be sorted or filtered: the database answers
one page at a time in the order asked for: first the page's ids in that order (sorted with only their sort
key), then those ids' columns. Overdue plan steps and dropping attendance, which would have to be counted
over every plan and every youth-network session (hundreds of milliseconds for a register), are read from the
signals stored on each participant row (kept by :mod:`neo_desktop.services.participant_signals`, brought up to
date before each list); the other warnings come from the participant's own dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    case,
    exists,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from neo_desktop.db.models import (
    Participant,
    Plan,
    PlanRevision,
    PlanStep,
    Project,
    Staff,
    StaffRole,
)
from neo_desktop.db.search_index import search_clause, unindexed
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.participant_rules import (
    LEFT_STATUSES,
    WarningKind,
    search_terms,
)
from neo_desktop.domain.plan import PlanStatus
from neo_desktop.domain.plan_rules import OPEN_STEP_STATUSES

from .scoping import editable_participants, visible_participants
from .user import SignedInUser

S = ParticipantStatus
UNASSIGNED = 0  # the caseworker filter's value for "no caseworker"
_STATUS_ORDER = {status: position for position, status in enumerate(S)}
# The row's caseworker, made once: a new alias per list would set up its columns again each time (milliseconds).
CASEWORKER_STAFF = aliased(Staff, name="caseworker")


class CaseloadScope(StrEnum):
    """Whose young people a list shows."""

    MINE = "mine"  # assigned to me as caseworker or coordinator
    TEAM = "team"  # my organisation's, in the projects I work in (a team role needed)
    ORGANISATION = "organisation"  # all of my organisation's (a team role for all projects needed)
    PROJECT = "project"  # everyone in one project I may see, whichever organisation
    REGISTER = "register"  # everyone I may see: the register the search goes through


class CaseloadColumn(StrEnum):
    """The columns a caseload can be sorted on."""

    NAME = "name"
    IDENTITY_NUMBER = "identity_number"
    AGE = "age"
    STATUS = "status"
    PROJECT = "project"
    CASEWORKER = "caseworker"
    NEXT_FOLLOWUP = "next_followup"
    DAYS_SINCE_CONTACT = "days_since_contact"
    OVERDUE_STEPS = "overdue_steps"
    WARNINGS = "warnings"


@dataclass(frozen=True)
class CaseloadQuery:
    """Which young people, in which order. Empty filters match everyone in the scope."""

    scope: CaseloadScope = CaseloadScope.MINE
    search: str = ""
    statuses: frozenset[ParticipantStatus] = frozenset()
    project_id: int | None = None
    caseworker_id: int | None = None  # UNASSIGNED for "no caseworker"
    warning: WarningKind | None = None
    sort: CaseloadColumn = CaseloadColumn.NAME
    descending: bool = False

    def criterion(self) -> str:
        """The query in words, for the access log (a search is logged with its criterion)."""
        parts = [f"scope={self.scope.value}"]
        if self.search.strip():
            parts.append(f"search={self.search.strip()!r}")
        if self.statuses:
            parts.append("status=" + ",".join(sorted(s.value for s in self.statuses)))
        for name in ("project_id", "caseworker_id"):
            if getattr(self, name) is not None:
                parts.append(f"{name}={getattr(self, name)}")
        if self.warning:
            parts.append(f"warning={self.warning.value}")
        parts.append(f"sort={self.sort.value}{' desc' if self.descending else ''}")
        return "; ".join(parts)[:400]


@dataclass(frozen=True)
class Warnings:
    """The facts behind the warnings on a given day."""

    today: date
    no_contact_since: dict[int, date]  # project id → a last contact on or before this date warns
    project_order: dict[int, int]  # project id → its place when sorted by code (projects are few)

    @classmethod
    def load(cls, session: Session, today: date) -> Warnings:
        """Each project's no-contact threshold as a date, and the projects' order by code."""
        rows = session.execute(select(Project.id, Project.no_contact_warning_days).order_by(Project.code)).all()
        return cls(today, {project_id: today - timedelta(days=days) for project_id, days in rows},
                   {project_id: place for place, (project_id, _days) in enumerate(rows)})


# ------------------------------------------------------------------------------------------- scopes


def team_projects(session: Session, user: SignedInUser) -> list[int | None] | None:
    """Projects whose team caseload the user may read (None in the list: all projects); None without any."""
    if user.staff_id is None:
        return [None]
    projects = session.scalars(select(StaffRole.project_id).where(
        StaffRole.staff_id == user.staff_id, StaffRole.role == Role.CASEWORKER, StaffRole.may_view_team)).all()
    return list(projects) or None


def available_scopes(session: Session, user: SignedInUser) -> tuple[CaseloadScope, ...]:
    """The scopes the user's roles allow (the register is always there: it is what they may see)."""
    team = team_projects(session, user)
    if team is None:
        return (CaseloadScope.MINE, CaseloadScope.REGISTER)
    scopes = [CaseloadScope.MINE, CaseloadScope.TEAM]
    if None in team:
        scopes.append(CaseloadScope.ORGANISATION)
    return (*scopes, CaseloadScope.PROJECT, CaseloadScope.REGISTER)


def scope_clause(session: Session, user: SignedInUser, query: CaseloadQuery) -> ColumnElement[bool]:
    """The rows of the query's scope, never more than the user may see."""
    if query.scope is CaseloadScope.MINE:
        return editable_participants(user) if user.staff_id is not None else false()
    if query.scope not in available_scopes(session, user):
        return editable_participants(user)
    visible = visible_participants(session, user)
    if query.scope is CaseloadScope.TEAM:
        team = team_projects(session, user) or []
        in_team = Participant.project_id.is_not(None) if None in team else Participant.project_id.in_(team)
        return and_(visible, Participant.organisation_id == user.organisation_id, in_team)
    if query.scope is CaseloadScope.ORGANISATION:
        return and_(visible, Participant.organisation_id == user.organisation_id)
    return visible  # PROJECT narrows by the project filter; REGISTER is everything visible


# ----------------------------------------------------------------------------------------- warnings


def overdue_plan_steps(today: date, *columns: Any) -> Select[Any]:
    """``columns`` of the open steps past their date in the newest version of every open plan (from ``plan``,
    joined to its revisions and steps): what the start page lists and the stored participant signals count.
    NOT EXISTS finds the newest version: both databases answer it with one pass over the steps, PostgreSQL with
    hash joins."""
    newer = aliased(PlanRevision)
    # lower() keeps SQLite (which has no ANALYZE statistics) off the (status, due_on) index, which would make it
    # read every open step of the register instead of the few steps of the plans at hand.
    return (select(*columns).select_from(Plan)
            .join(PlanRevision, PlanRevision.plan_id == Plan.id)
            .join(PlanStep, PlanStep.revision_id == PlanRevision.id)
            .where(Plan.status != PlanStatus.CLOSED, PlanStep.due_on < today,
                   func.lower(PlanStep.status).in_([status.value for status in OPEN_STEP_STATUSES]),
                   ~exists().where(newer.plan_id == Plan.id, newer.id > PlanRevision.id)))


def among(column: Any, ids: list[int] | None, dialect: str) -> ColumnElement[bool]:
    """``column`` is one of ``ids`` (the parameter ``ids``, given at execution, when None). On PostgreSQL as
    ``= ANY(array)``: one parameter, so the statement's text is the same for every page and the driver can prepare
    it once (an IN list of a hundred values is new text each time). On SQLite one expanding parameter: ``in_(ids)``
    would turn each of a page's hundred values into an expression of its own."""
    value = {} if ids is None else {"value": list(ids)}
    if dialect == "postgresql":
        return column == any_(bindparam("ids", type_=ARRAY(Integer), **value))
    return column.in_(bindparam("ids", expanding=True, **value))


@cache
def page_rows_statement(dialect: str) -> Select[Any]:
    """The columns of a page's rows by their ids (parameter ``ids``), built once per dialect: building a statement
    costs more than running it against a page's hundred ids. The caseworker's name is looked up by its key for
    each row (joined, PostgreSQL would hash every staff row)."""
    worker = select(Staff.full_name).where(Staff.id == Participant.caseworker_id).scalar_subquery()
    return (_row_columns(worker).select_from(Participant).join(Project, Project.id == Participant.project_id)
            .where(among(Participant.id, None, dialect)))


def page_rows(session: Session, ids: list[int]) -> list[Any]:
    """The list rows of ``ids`` (a page the keys query chose), in the order of ``ids``."""
    if not ids:
        return []
    statement = page_rows_statement(session.get_bind().dialect.name)
    by_id = {row[0]: row for row in session.execute(statement, {"ids": ids})}
    return [by_id[pid] for pid in ids if pid in by_id]


def still_in_course() -> ColumnElement[bool]:
    """Participants who have not left (warnings about follow-up and contact concern only them)."""
    return Participant.status.not_in(LEFT_STATUSES)


def followup_overdue(today: date) -> ColumnElement[bool]:
    """The next follow-up has passed, or the six-month follow-up after leaving is late."""
    return or_(and_(still_in_course(), _next_contact_passed(today)),
               and_(Participant.status.in_(LEFT_STATUSES), _followup_late(today)))


def _next_contact_passed(today: date) -> ColumnElement[bool]:
    return Participant.next_contact_on < today


def _followup_late(today: date) -> ColumnElement[bool]:
    return and_(Participant.followup_due_on < today, Participant.followup_done_on.is_(None))


def no_contact(warnings: Warnings) -> ColumnElement[bool]:
    """No contact for the project's number of days (counted from the referral when there was none)."""
    return and_(still_in_course(), _contact_overdue(warnings))


def _contact_overdue(warnings: Warnings) -> ColumnElement[bool]:
    if not warnings.no_contact_since:
        return false()
    since = func.coalesce(Participant.last_contact_on, Participant.referred_on)
    return since <= case(warnings.no_contact_since, value=Participant.project_id)


def next_followup() -> ColumnElement[Any]:
    """The date of the next follow-up: the next contact, or after leaving the six-month follow-up."""
    return case((Participant.status.in_(LEFT_STATUSES),
                 case((Participant.followup_done_on.is_(None), Participant.followup_due_on))),
                else_=Participant.next_contact_on)


# ------------------------------------------------------------------------------------------ the list


@dataclass(frozen=True)
class ListSql:
    """The pieces of one list query.

    ``rows`` is the whole list with every column (for the export). A page is read in two steps: ``keys`` sorts
    and pages only the ids (the sort carries the sort key and the id, not sixteen columns joined to the project
    and the caseworker for every matching row), then :func:`page_rows` reads the columns of that page's ids.
    """

    rows: Select[Any]
    count: Select[Any]
    keys: Select[Any]


def build_list(session: Session, user: SignedInUser, query: CaseloadQuery, warnings: Warnings) -> ListSql:
    """The row query (unpaged, sorted), the count query and the sorted ids (``keys``) for ``query``."""
    caseworker = CASEWORKER_STAFF
    where: list[ColumnElement[bool]] = [scope_clause(session, user, query)]
    terms = search_terms(query.search)
    if terms:
        where.append(search_clause(session.get_bind().dialect.name, terms))
    if query.statuses:
        where.append(Participant.status.in_(query.statuses))
    if query.project_id is not None:
        where.append(Participant.project_id == query.project_id)
    if query.caseworker_id == UNASSIGNED:
        where.append(Participant.caseworker_id.is_(None))
    elif query.caseworker_id is not None:
        where.append(Participant.caseworker_id == query.caseworker_id)
    if query.warning is WarningKind.FOLLOWUP_OVERDUE:
        where.append(followup_overdue(warnings.today))
    elif query.warning is WarningKind.NO_CONTACT:
        where.append(no_contact(warnings))
    elif query.warning is WarningKind.STEPS_OVERDUE:
        where.append(and_(still_in_course(), Participant.overdue_steps > 0))
    elif query.warning is WarningKind.ATTENDANCE_DROPPING:
        where.append(and_(still_in_course(), Participant.attendance_dropping.is_(True)))

    def joined(statement: Select[Any], *, for_rows: bool, for_sort: bool = False) -> Select[Any]:
        statement = statement.select_from(Participant)
        if for_rows:
            statement = statement.join(Project, Project.id == Participant.project_id)
        if for_rows or (for_sort and query.sort is CaseloadColumn.CASEWORKER):
            statement = statement.outerjoin(caseworker, caseworker.id == Participant.caseworker_id)
        return statement.where(*where)

    rows = joined(_row_columns(caseworker.full_name), for_rows=True)
    order = _order(query, warnings, caseworker)
    if query.sort is not CaseloadColumn.NAME:  # equal keys in name order
        order += [Participant.last_name, Participant.first_name]
    if terms and session.get_bind().dialect.name == "postgresql" and query.sort is CaseloadColumn.NAME:
        direction = "desc" if query.descending else "asc"
        order = [getattr(unindexed(Participant.last_name), direction)(),
                 getattr(unindexed(Participant.first_name), direction)()]
    rows = rows.order_by(*order, Participant.id)
    # Sorting by caseworker on SQLite joins the project too: without it SQLite walks the caseworker index, row by
    # row (PostgreSQL would only spend time on the join).
    keys = joined(select(Participant.id),
                  for_rows=query.sort is CaseloadColumn.CASEWORKER and session.get_bind().dialect.name == "sqlite",
                  for_sort=True).order_by(*order, Participant.id)
    count = joined(select(func.count(Participant.id)), for_rows=False)
    return ListSql(rows, count, keys)


def _row_columns(caseworker_name: Any) -> Select[Any]:
    """The columns of a list row (CaseloadService._row unpacks them in this order; the id first)."""
    return select(Participant.id, Participant.first_name, Participant.last_name, Participant.identity_number,
                  Participant.birth_date, Participant.status, Project.code, caseworker_name,
                  next_followup().label("next_followup"), Participant.last_contact_on,
                  Participant.referred_on, Participant.project_id, Participant.organisation_id,
                  Participant.next_contact_on, Participant.followup_due_on, Participant.followup_done_on,
                  Participant.overdue_steps, Participant.attendance_dropping)


# Columns whose values can be empty: those rows go last whichever way the list is sorted.
NULLABLE_SORTS = frozenset({CaseloadColumn.IDENTITY_NUMBER, CaseloadColumn.AGE, CaseloadColumn.CASEWORKER,
                            CaseloadColumn.NEXT_FOLLOWUP, CaseloadColumn.DAYS_SINCE_CONTACT})


def _order(query: CaseloadQuery, warnings: Warnings, caseworker: Any) -> list[Any]:
    """ORDER BY for the sort column; empty values last in either direction."""
    column = query.sort
    descending = query.descending
    if column is CaseloadColumn.NAME:
        keys = [Participant.last_name, Participant.first_name]
    elif column is CaseloadColumn.IDENTITY_NUMBER:
        keys = [Participant.identity_number]
    elif column is CaseloadColumn.AGE:  # older first means an earlier birth date
        keys, descending = [Participant.birth_date], not descending
    elif column is CaseloadColumn.STATUS:
        keys = [case(_STATUS_ORDER, value=Participant.status, else_=99)]
    elif column is CaseloadColumn.PROJECT:  # by code, without joining the project table to sort
        keys = [case(warnings.project_order, value=Participant.project_id, else_=len(warnings.project_order))]
    elif column is CaseloadColumn.CASEWORKER:
        keys = [caseworker.full_name]
    elif column is CaseloadColumn.NEXT_FOLLOWUP:
        keys = [next_followup()]
    elif column is CaseloadColumn.DAYS_SINCE_CONTACT:  # more days means an earlier date
        keys, descending = [Participant.last_contact_on], not descending
    elif column is CaseloadColumn.OVERDUE_STEPS:
        keys = [Participant.overdue_steps]
    else:
        keys = [warning_count(warnings)]
    ordered = [key.desc() if descending else key.asc() for key in keys]
    if column in NULLABLE_SORTS:
        ordered = [key.nulls_last() for key in ordered]
    return ordered


def warning_count(warnings: Warnings) -> ColumnElement[int]:
    """How many warnings a row has (the sort key of the warnings column): one CASE on whether the young person
    has left, so each row tests its status once (PostgreSQL sorts the register by it a third faster)."""
    def one(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return case((condition, 1), else_=0)

    in_course = (one(_next_contact_passed(warnings.today)) + one(_contact_overdue(warnings))
                 + one(Participant.overdue_steps > 0) + one(Participant.attendance_dropping.is_(True)))
    return case((Participant.status.in_(LEFT_STATUSES), one(_followup_late(warnings.today))), else_=in_course)
