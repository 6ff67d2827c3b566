"""Writing the access log, inside the transaction of the work it records.

Entries form a hash chain: each one stores the hash of the one before it and a hash over its own fields,
so an edited or deleted entry can be found (``audit verify``). On PostgreSQL a transaction-scoped advisory
lock (taken in the database function ``neo_last_access_hash``) serialises writers, so two workstations never
chain onto the same predecessor; on SQLite the file's write lock, taken before the newest hash is read, does
the same for background tasks and a second program on the same file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction

from .user import SignedInUser


def utc_text(moment: datetime) -> str:
    """A timestamp as UTC text to the second: the same whether the database kept the zone or not."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


HASHED_FIELDS = (
    "occurred_at", "staff_id", "login_name", "action", "participant_id", "organisation_id", "project_id",
    "record_kind", "record_id", "search_criterion", "purpose", "detail",
)


def hashed_fields(entry: AccessLogEntry) -> dict[str, object]:
    """The fields of an entry that its hash covers, as they read back from either database."""
    fields: dict[str, object] = {name: getattr(entry, name) for name in HASHED_FIELDS}
    fields["occurred_at"] = utc_text(entry.occurred_at)
    fields["action"] = AccessAction(entry.action).value
    return fields


def entry_digest(previous_hash: str | None, fields: dict[str, object]) -> str:
    """The SHA-256 over the previous hash and an entry's fields in a fixed order."""
    parts = [previous_hash or ""] + [f"{key}={fields[key]!s}" for key in sorted(fields)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _previous_hash(session: Session) -> str | None:
    """The newest entry's hash. On PostgreSQL a database function takes a lock that orders concurrent
    writers and reads the hash for logins that may append to the log but not read it."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(text("SELECT neo_last_access_hash()"))
    # SQLite: a write statement (even one that changes nothing) opens the write transaction and takes the
    # file's write lock, so no other connection can append between reading the newest hash and chaining.
    session.execute(text("UPDATE access_log SET id = id WHERE 0"))
    return session.scalar(select(AccessLogEntry.entry_hash).order_by(AccessLogEntry.id.desc()).limit(1))


def record_access(
    session: Session,
    *,
    login_name: str,
    action: AccessAction,
    staff_id: int | None = None,
    participant_id: int | None = None,
    organisation_id: int | None = None,
    project_id: int | None = None,
    record_kind: str | None = None,
    record_id: int | None = None,
    search_criterion: str | None = None,
    purpose: str | None = None,
    detail: str | None = None,
) -> AccessLogEntry:
    """Add one entry to the log in ``session``'s transaction (it commits or rolls back with the work)."""
    previous_hash = _previous_hash(session)
    occurred_at = datetime.now(UTC).replace(microsecond=0)
    entry = AccessLogEntry(
        occurred_at=occurred_at,
        staff_id=staff_id,
        login_name=login_name,
        action=action,
        participant_id=participant_id,
        organisation_id=organisation_id,
        project_id=project_id,
        record_kind=record_kind,
        record_id=record_id,
        search_criterion=search_criterion,
        purpose=purpose,
        detail=detail,
        previous_hash=previous_hash,
    )
    entry.entry_hash = entry_digest(previous_hash, hashed_fields(entry))
    session.add(entry)
    session.flush()
    return entry


def record_for_user(session: Session, user: SignedInUser, action: AccessAction, **details: object) -> AccessLogEntry:
    """:func:`record_access` for the signed-in ``user``."""
    return record_access(session, login_name=user.login_name, staff_id=user.staff_id, action=action,
                         **details)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of :func:`verify_chain`: how many entries were checked and the first broken link."""

    checked: int
    broken_at: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        """True when every entry matches its contents and follows the one before it."""
        return self.broken_at is None


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every entry's hash in order; report the first entry that was edited, removed or inserted."""
    # Plain rows rather than ORM objects: a log of millions of entries is checked several times faster.
    columns = [getattr(AccessLogEntry, name) for name in HASHED_FIELDS]
    query = (select(AccessLogEntry.id, AccessLogEntry.previous_hash, AccessLogEntry.entry_hash, *columns)
             .order_by(AccessLogEntry.id).execution_options(yield_per=5000))
    previous_id: int | None = None
    previous_hash: str | None = None
    checked = 0
    for entry_id, stored_previous, stored_hash, *values in session.execute(query):
        if stored_previous != previous_hash:
            what = f"entry {previous_id}" if previous_id is not None else "the start of the log"
            return ChainCheck(checked, entry_id, f"does not follow {what}: an entry before it was removed, "
                                                 "inserted or edited")
        fields = dict(zip(HASHED_FIELDS, values, strict=True))
        fields["occurred_at"] = utc_text(fields["occurred_at"])
        fields["action"] = AccessAction(fields["action"]).value
        if stored_hash != entry_digest(stored_previous, fields):
            return ChainCheck(checked, entry_id, "its contents do not match its hash: it was edited")
        previous_id, previous_hash = entry_id, stored_hash
        checked += 1
    return ChainCheck(checked)
