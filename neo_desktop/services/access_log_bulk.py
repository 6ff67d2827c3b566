"""Many access-log entries at once (an import, an export, a bulk reassignment): one per person concerned.

The entries join the same hash chain as :func:`.access_log.record_access` writes, in the same transaction as
the work; they are chained in memory and inserted in one statement, because 10,000 single flushes would take
longer than the import itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction

from .access_log import _previous_hash, entry_digest, hashed_fields
from .user import SignedInUser


@dataclass(frozen=True)
class Concerned:
    """A person an entry is about, with the record touched."""

    participant_id: int
    organisation_id: int | None
    project_id: int | None
    record_id: int | None = None


def record_many(session: Session, user: SignedInUser, action: AccessAction, concerned: Iterable[Concerned], *,
                record_kind: str = "participant", purpose: str, detail: str | None = None,
                search_criterion: str | None = None) -> int:
    """Append one entry per person in ``concerned``; returns how many were written."""
    previous = _previous_hash(session)
    occurred_at = datetime.now(UTC).replace(microsecond=0)
    rows = []
    for person in concerned:
        entry = AccessLogEntry(occurred_at=occurred_at, staff_id=user.staff_id, login_name=user.login_name,
                               action=action, participant_id=person.participant_id,
                               organisation_id=person.organisation_id, project_id=person.project_id,
                               record_kind=record_kind, record_id=person.record_id or person.participant_id,
                               search_criterion=search_criterion, purpose=purpose, detail=detail,
                               previous_hash=previous)
        digest = entry_digest(previous, hashed_fields(entry))
        rows.append({**hashed_fields(entry), "occurred_at": occurred_at, "action": action,
                     "previous_hash": previous, "entry_hash": digest})
        previous = digest
    if rows:
        session.execute(insert(AccessLogEntry), rows)
    return len(rows)
