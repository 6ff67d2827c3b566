"""The auditor's view of the access log: filter, export, verify. Read-only; exports are logged too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.search import clean_search_text
from neo_desktop.reports.table_workbook import write_table_workbook

from .access_log import ChainCheck, record_for_user, verify_chain
from .permissions import requires
from .tables import column
from .user import SignedInUser

AUDITORS = frozenset({Role.AUDITOR})
MAX_ROWS = 50_000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; every field left empty matches everything."""

    participant_id: int | None = None
    login_name: str | None = None
    action: AccessAction | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One access-log entry as the auditor sees it."""

    id: int
    occurred_at: datetime
    login_name: str
    action: AccessAction
    participant_id: int | None
    record: str
    search_criterion: str
    purpose: str


AUDIT_COLUMNS = (column("When"), column("User"), column("Action"), column("Person"), column("Record"),
                 column("Search"), column("Purpose"))


class AuditService:
    """The access log, for auditors."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(AUDITORS, "read the access log")
    def search(self, criteria: AuditFilter, *, limit: int = MAX_ROWS) -> list[AuditEntry]:
        """Entries matching ``criteria``, newest first."""
        with self._database.transaction() as session:
            entries = [_entry(e) for e in session.scalars(_query(criteria).limit(limit))]
            record_for_user(session, self._user, AccessAction.SEARCH, search_criterion=_describe(criteria),
                            purpose="audit", participant_id=criteria.participant_id, record_kind="access_log")
        return entries

    @requires(AUDITORS, "export the access log")
    def export_workbook(self, criteria: AuditFilter, path: Path) -> int:
        """Write the matching entries to an Excel workbook; returns how many."""
        with self._database.transaction() as session:
            entries = [_entry(e) for e in session.scalars(_query(criteria).limit(MAX_ROWS))]
            record_for_user(session, self._user, AccessAction.EXPORT, search_criterion=_describe(criteria),
                            purpose="audit export", participant_id=criteria.participant_id, record_kind="access_log")
        rows = ((e.occurred_at, e.login_name, e.action.value, e.participant_id, e.record, e.search_criterion,
                 e.purpose) for e in entries)
        return write_table_workbook(path, title="Access log", columns=AUDIT_COLUMNS, rows=rows,
                                    widths=(18, 16, 12, 10, 18, 30, 30))

    @requires(AUDITORS, "verify the access log")
    def verify(self) -> ChainCheck:
        """Recompute the hash chain (see ``audit verify`` on the command line)."""
        with self._database.transaction() as session:
            return verify_chain(session)


def _query(criteria: AuditFilter):
    query = select(AccessLogEntry).order_by(AccessLogEntry.id.desc())
    if criteria.participant_id is not None:
        query = query.where(AccessLogEntry.participant_id == criteria.participant_id)
    if criteria.login_name:
        query = query.where(AccessLogEntry.login_name == clean_search_text(criteria.login_name).lower())
    if criteria.action is not None:
        query = query.where(AccessLogEntry.action == criteria.action)
    if criteria.since is not None:
        query = query.where(AccessLogEntry.occurred_at >= _start_of(criteria.since))
    if criteria.until is not None:
        query = query.where(AccessLogEntry.occurred_at < _start_of(criteria.until + timedelta(days=1)))
    return query


def _start_of(day: date) -> datetime:
    # Entries are stored in UTC; a day is the user's local day.
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _entry(entry: AccessLogEntry) -> AuditEntry:
    record = f"{entry.record_kind} {entry.record_id}" if entry.record_kind and entry.record_id else (
        entry.record_kind or "")
    occurred_at = entry.occurred_at if entry.occurred_at.tzinfo else entry.occurred_at.replace(tzinfo=UTC)
    return AuditEntry(entry.id, occurred_at, entry.login_name, AccessAction(entry.action), entry.participant_id,
                      record, entry.search_criterion or "", entry.purpose or "")


def _describe(criteria: AuditFilter) -> str:
    parts = [f"{key}={value}" for key, value in criteria.__dict__.items() if value not in (None, "")]
    return ("audit: " + ", ".join(parts))[:400]
