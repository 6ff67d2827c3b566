"""Caseloads: the start page, lists of young people by scope with warnings, bulk reassignment and export.

Lists come a page at a time, sorted and filtered by the database (:mod:`.caseload_query`), and each page is
logged as a search with its criterion. Reassigning and exporting write one access-log entry per young person
concerned, in the same transaction as the work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import JournalEntry, Participant, Project, Staff, StaffRole
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ValidationError
from neo_desktop.domain.identity import mask_identity_number
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.participant import JournalKind, ParticipantStatus
from neo_desktop.domain.participant_rules import (
    LEFT_STATUSES,
    WarningKind,
    age_on,
    check_text,
    no_contact_for,
    search_terms,
)
from neo_desktop.reports.table_workbook import write_table_workbook

from . import participant_signals
from .access_log import record_for_user
from .access_log_bulk import Concerned, record_many
from .caseload_query import (
    UNASSIGNED,
    CaseloadColumn,
    CaseloadQuery,
    CaseloadScope,
    ListSql,
    Warnings,
    available_scopes,
    build_list,
    page_rows,
)
from .participant_views import Choice
from .permissions import Area, requires
from .scoping import editable_participants
from .today import TodayPage, build_today
from .user import SignedInUser

__all__ = ["UNASSIGNED", "CaseloadColumn", "CaseloadPage", "CaseloadQuery", "CaseloadRow", "CaseloadScope",
           "CaseloadService", "FilterChoices", "WarningKind"]

PAGE_SIZE = 100  # a screenful and more; the list fetches further pages as it scrolls
CHUNK = 900  # ids per IN (...) list, well under every database's limit on parameters
NO_REASON = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write why the young people get another caseworker.")
NOTHING_SELECTED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Select the young people to hand over first.")
NOT_A_CASEWORKER = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Choose an active caseworker to hand the young people to.")
NOT_ALL_YOURS = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "You can only hand over young people you work with yourself; {count} of those selected are "
    "not in your caseload. Nobody was handed over.")


@dataclass(frozen=True)
class CaseloadRow:
    """One young person in a list, with what needs attention."""

    id: int
    name: str
    identity_number: str  # masked: only the birth-date part
    age: int | None
    status: ParticipantStatus
    project: str
    caseworker: str
    next_followup: date | None
    days_since_contact: int | None
    overdue_steps: int
    warnings: frozenset[WarningKind]


@dataclass(frozen=True)
class CaseloadPage:
    """Rows ``offset`` … of a list; ``total`` is counted for the first page only (None on later pages)."""

    rows: tuple[CaseloadRow, ...]
    offset: int
    total: int | None


@dataclass(frozen=True)
class FilterChoices:
    """What the list's scope and filters offer the user."""

    scopes: tuple[CaseloadScope, ...]
    projects: tuple[Choice, ...]
    caseworkers: tuple[Choice, ...]


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start:start + CHUNK])


class CaseloadService:
    """Caseload lists and the start page for one signed-in caseworker or coordinator."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today
        self._signals_seen_on: date | None = None  # the day the stored signals were last seen up to date

    @requires(Area.CASELOAD, "see a caseload")
    def today(self) -> TodayPage:
        """The start page of the user's own caseload (logged as one search)."""
        with self._database.transaction() as session:
            page = build_today(session, self._user, self._today())
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion="today page",
                            purpose="start page")
            return page

    @requires(Area.CASELOAD, "see a caseload")
    def filter_choices(self) -> FilterChoices:
        """The scopes the user's roles allow, projects and caseworkers to filter by."""
        with self._database.transaction() as session:
            scopes = available_scopes(session, self._user)
            projects = session.execute(select(Project.id, Project.code, Project.name).order_by(Project.code)).all()
            workers = session.execute(select(Staff.id, Staff.full_name).join(StaffRole)
                                      .where(StaffRole.role == Role.CASEWORKER, Staff.active)
                                      .order_by(Staff.full_name).distinct()).all()
        return FilterChoices(scopes, tuple(Choice(i, f"{code} – {name}") for i, code, name in projects),
                             tuple(Choice(i, name) for i, name in workers))

    @requires(Area.CASELOAD, "see a caseload")
    def page(self, query: CaseloadQuery, *, offset: int = 0, limit: int = PAGE_SIZE) -> CaseloadPage:
        """One page of the list, sorted and filtered in the database; logged as a search with its criterion."""
        today = self._today()
        with self._database.transaction() as session:
            warnings, sql = self._list(session, query, today)
            if search_terms(query.search):
                # The matches are all read for sorting anyway: count them in the same query. Its plan may be cached
                # like the page's other statements': the search clause keeps it on the indexes (search_clause).
                counted = session.execute(sql.keys.add_columns(func.count().over()).offset(offset).limit(limit)).all()
                ids = [row[0] for row in counted]
                total = counted[0][-1] if counted else (0 if offset == 0 else None)
            elif offset == 0:
                # One id more than the page: a list that fits on its first page (a caseload) needs no count.
                ids = list(session.scalars(sql.keys.limit(limit + 1)))
                total = len(ids) if len(ids) <= limit else session.scalar(sql.count)
                del ids[limit:]
            else:
                total = None
                ids = list(session.scalars(sql.keys.offset(offset).limit(limit)))
            result = self._rows(page_rows(session, ids), warnings)
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion=query.criterion(),
                            purpose="register" if query.scope is CaseloadScope.REGISTER else "caseload")
            return CaseloadPage(result, offset, total)

    @requires(Area.CASELOAD, "hand young people over to another caseworker")
    def reassign(self, participant_ids: Iterable[int], caseworker_id: int, reason: str) -> int:
        """Give the selected young people another caseworker, all or none; the reason goes into each journal."""
        ids = sorted(set(participant_ids))
        reason_text = check_text(reason, "reason", 400)
        if not ids:
            raise ValidationError(NOTHING_SELECTED, field="selection")
        if not reason_text:
            raise ValidationError(NO_REASON, field="reason")
        with self._database.transaction() as session:
            worker = session.scalar(select(Staff.full_name).join(StaffRole).where(
                Staff.id == caseworker_id, Staff.active, StaffRole.role == Role.CASEWORKER).limit(1))
            if worker is None:
                raise ValidationError(NOT_A_CASEWORKER, field="caseworker")
            found: list[Any] = []
            for chunk in _chunks(ids):
                found += session.execute(select(Participant.id, Participant.organisation_id, Participant.project_id)
                                         .where(Participant.id.in_(chunk), editable_participants(self._user))).all()
            if len(found) != len(ids):
                raise ValidationError(NOT_ALL_YOURS, field="selection", count=len(ids) - len(found))
            for chunk in _chunks(ids):
                session.execute(update(Participant).where(Participant.id.in_(chunk))
                                .values(caseworker_id=caseworker_id, version=Participant.version + 1)
                                .execution_options(synchronize_session=False))
            now = datetime.now(UTC)
            session.execute(insert(JournalEntry), [
                {"participant_id": pid, "organisation_id": org, "project_id": project, "kind": JournalKind.ASSIGNMENT,
                 "occurred_at": now, "author_id": self._user.staff_id, "subject": worker, "body": reason_text,
                 "sensitive": False} for pid, org, project in found])
            record_many(session, self._user, AccessAction.UPDATE, (Concerned(*row) for row in found),
                        purpose="reassign", detail=f"caseworker {caseworker_id}: {reason_text}")
        return len(ids)

    @requires(Area.CASELOAD, "export lists")
    def export(self, query: CaseloadQuery, path: str | Path, *, columns: Sequence[str],
               labels: Mapping[str, str] | None = None, title: str = "Caseload") -> int:
        """Write the whole list (every page) to an Excel workbook; each young person's export is logged.

        ``columns`` are the ten column titles in the user's language; ``labels`` translates status and
        warning values.
        """
        labels = labels or {}
        today = self._today()
        with self._database.transaction() as session:
            warnings, sql = self._list(session, query, today)
            rows = session.execute(sql.rows).all()
            result = self._rows(rows, warnings)
            count = write_table_workbook(Path(path), title=title, columns=columns, rows=(
                (r.name, r.identity_number, r.age, labels.get(r.status.value, r.status.value), r.project,
                 r.caseworker, r.next_followup, r.days_since_contact, r.overdue_steps,
                 ", ".join(labels.get(w.value, w.value) for w in WarningKind if w in r.warnings))
                for r in result))
            record_many(session, self._user, AccessAction.EXPORT,
                        (Concerned(row[0], row[12], row[11]) for row in rows),  # id, organisation, project
                        purpose="export list", detail=f"xlsx; {query.criterion()}"[:400])
            return count

    # ------------------------------------------------------------------------------------------- helpers

    def _list(self, session: Session, query: CaseloadQuery, today: date) -> tuple[Warnings, ListSql]:
        """The warnings' facts and the SQL of ``query``, the stored participant signals (overdue steps, attendance)
        brought up to date first: they are shown, sorted and filtered on."""
        # Once seen up to date they stay so for the day: one query less. Only when seen so, not when recounted here:
        # this transaction may still roll back, and the day's pass with it.
        if self._signals_seen_on != today and not participant_signals.bring_up_to_date(session, today):
            self._signals_seen_on = today
        warnings = Warnings.load(session, today)
        return warnings, build_list(session, self._user, query, warnings)

    def _rows(self, rows: Sequence[Any], warnings: Warnings) -> tuple[CaseloadRow, ...]:
        """List rows from the query's tuples (id first, the stored signals last)."""
        today = warnings.today
        no_contact_days = {pid: (today - since).days for pid, since in warnings.no_contact_since.items()}
        return tuple(self._row(row, today, no_contact_days) for row in rows)

    @staticmethod
    def _row(row: Any, today: date, no_contact_days: dict[int, int]) -> CaseloadRow:
        (pid, first, last, number, birth, status, code, worker, next_followup, last_contact, referred, project_id,
         _organisation, next_contact, followup_due, followup_done, overdue, dropping) = row  # a Row's fastest read
        in_course = status not in LEFT_STATUSES
        found: set[WarningKind] = set()
        if (in_course and next_contact is not None and next_contact < today) or (
                not in_course and followup_due is not None and followup_due < today and followup_done is None):
            found.add(WarningKind.FOLLOWUP_OVERDUE)
        if in_course and no_contact_for(last_contact, referred, today, no_contact_days.get(project_id, 10**6)):
            found.add(WarningKind.NO_CONTACT)
        if in_course and overdue:
            found.add(WarningKind.STEPS_OVERDUE)
        if in_course and dropping:
            found.add(WarningKind.ATTENDANCE_DROPPING)
        return CaseloadRow(pid, f"{first} {last}", mask_identity_number(number),
                           age_on(birth, today) if birth else None, status, code, worker or "", next_followup,
                           (today - last_contact).days if last_contact else None, overdue, frozenset(found))
