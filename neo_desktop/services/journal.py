"""A participant's journal: one timeline of notes, contacts, placements, plan changes and status changes.

Sensitive notes (about health, addiction, family) are shown only to staff of the organisation that owns the
record — its caseworkers and coordinators — and to the note's author. A coordinator or caseworker of another
organisation who reaches the young person through a consent sees that a sensitive note exists (date, author,
kind), but not its subject or text: the consent covers working together, not the most private details.

Reading the timeline is logged as a read of the record; adding an entry as a change. A contact also moves the
record's "last contact" date (without counting as an edit of the record, so it never makes a colleague's save
fail) and, when given, the date of the next follow-up (which does count as an edit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import JournalEntry, Participant, Staff
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ValidationError
from neo_desktop.domain.participant import ContactChannel, JournalKind
from neo_desktop.domain.participant_rules import check_text

from .access_log import record_for_user
from .permissions import Area, requires
from .scoping import load_participant
from .user import SignedInUser

MAX_BODY = 20_000
# A clock a few minutes ahead on one workstation must not make "now" look like the future.
CLOCK_SLACK = timedelta(minutes=10)
WRITABLE_KINDS = frozenset({JournalKind.NOTE, JournalKind.CONTACT})

EMPTY_NOTE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write something in the note.")
NO_CHANNEL = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Choose how the contact took place.")
NOTE_IN_FUTURE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A journal entry records what has happened; its time cannot be "
                                   "in the future.")
BODY_TOO_LONG = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A note can be at most {limit} characters long.")
NOT_WRITABLE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Only notes and contacts are written by hand; placements, plans "
                                 "and status changes write their own journal entries.")


@dataclass(frozen=True)
class JournalView:
    """One line of the timeline. A sensitive note the user may not read comes without subject and text."""

    id: int
    kind: JournalKind
    channel: ContactChannel | None
    occurred_at: datetime
    author: str
    subject: str | None
    body: str | None
    sensitive: bool
    hidden: bool


@dataclass(frozen=True)
class Timeline:
    """A participant's journal, newest first."""

    participant_id: int
    entries: tuple[JournalView, ...]
    may_see_sensitive: bool

    @property
    def hidden_count(self) -> int:
        """How many sensitive notes the user may not read."""
        return sum(entry.hidden for entry in self.entries)


@dataclass(frozen=True)
class EntryInput:
    """A note or a contact to add. A contact may set the date of the next follow-up."""

    kind: JournalKind
    body: str
    subject: str | None = None
    channel: ContactChannel | None = None
    sensitive: bool = False
    occurred_at: datetime | None = None  # now when not given
    next_contact_on: date | None = None


def as_utc(moment: datetime) -> datetime:
    """A stored moment as an aware UTC datetime (SQLite hands back naive UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class JournalService:
    """The journal use cases for one signed-in caseworker or coordinator."""

    def __init__(self, database: Database, user: SignedInUser, *, now: Callable[[], datetime] | None = None) -> None:
        self._database = database
        self._user = user
        self._now = now or (lambda: datetime.now(UTC))

    @requires(Area.PARTICIPANTS, "read journals")
    def timeline(self, participant_id: int, *, kinds: Iterable[JournalKind] | None = None) -> Timeline:
        """The journal, newest first, optionally only some kinds of entry (logged as a read)."""
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id)
            timeline = self._timeline(session, participant, kinds)
            record_for_user(session, self._user, AccessAction.READ, participant_id=participant.id,
                            organisation_id=participant.organisation_id, project_id=participant.project_id,
                            record_kind="journal", purpose="journal")
            return timeline

    @requires(Area.PARTICIPANTS, "write in journals")
    def add_entry(self, participant_id: int, entry: EntryInput) -> JournalView:
        """Add a note or a contact; a contact updates the dates of the last contact and the next follow-up."""
        kind = JournalKind(entry.kind)
        if kind not in WRITABLE_KINDS:
            raise ValidationError(NOT_WRITABLE, field="kind")
        body = (entry.body or "").strip()
        subject = check_text(entry.subject, "subject")
        if not body and not subject:
            raise ValidationError(EMPTY_NOTE, field="body")
        if len(body) > MAX_BODY:
            raise ValidationError(BODY_TOO_LONG, field="body", limit=MAX_BODY)
        if kind is JournalKind.CONTACT and entry.channel is None:
            raise ValidationError(NO_CHANNEL, field="channel")
        now = self._now()
        occurred_at = as_utc(entry.occurred_at) if entry.occurred_at else now
        if occurred_at > now + CLOCK_SLACK:
            raise ValidationError(NOTE_IN_FUTURE, field="occurred_at")
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id, for_change=True)
            row = JournalEntry(participant_id=participant.id, organisation_id=participant.organisation_id,
                               project_id=participant.project_id, kind=kind,
                               channel=ContactChannel(entry.channel) if kind is JournalKind.CONTACT else None,
                               occurred_at=occurred_at, author_id=self._user.staff_id, subject=subject,
                               body=body or None, sensitive=bool(entry.sensitive))
            session.add(row)
            session.flush()
            if kind is JournalKind.CONTACT:
                self._contact_dates(session, participant.id, occurred_at.date(), entry.next_contact_on)
            record_for_user(session, self._user, AccessAction.CREATE, participant_id=participant.id,
                            organisation_id=participant.organisation_id, project_id=participant.project_id,
                            record_kind="journal_entry", record_id=row.id, purpose="journal",
                            detail=kind.value)
            return JournalView(row.id, kind, row.channel, occurred_at, self._user.full_name, subject, body or None,
                               row.sensitive, False)

    def _contact_dates(self, session: Session, participant_id: int, contact_on: date, next_on: date | None) -> None:
        # A plain UPDATE, not the ORM: the last-contact date is bookkeeping, and must not make a colleague's
        # open edit of the record fail; a new follow-up date is an edit and counts as one (version + 1).
        later = case((Participant.last_contact_on.is_(None), contact_on),
                     (Participant.last_contact_on < contact_on, contact_on), else_=Participant.last_contact_on)
        values: dict[str, object] = {"last_contact_on": later}
        if next_on is not None:
            values.update(next_contact_on=next_on, version=Participant.version + 1)
        session.execute(update(Participant).where(Participant.id == participant_id).values(**values)
                        .execution_options(synchronize_session=False))

    def _timeline(self, session: Session, participant: Participant, kinds: Iterable[JournalKind] | None) -> Timeline:
        may_see = participant.organisation_id == self._user.organisation_id
        query = (select(JournalEntry.id, JournalEntry.kind, JournalEntry.channel, JournalEntry.occurred_at,
                        func.coalesce(Staff.full_name, ""), JournalEntry.subject, JournalEntry.body,
                        JournalEntry.sensitive, JournalEntry.author_id)
                 .outerjoin(Staff, Staff.id == JournalEntry.author_id)
                 .where(JournalEntry.participant_id == participant.id)
                 .order_by(JournalEntry.occurred_at.desc(), JournalEntry.id.desc()))
        if kinds is not None:
            query = query.where(JournalEntry.kind.in_([JournalKind(k) for k in kinds]))
        entries = []
        for id_, kind, channel, occurred_at, author, subject, body, sensitive, author_id in session.execute(query):
            hidden = bool(sensitive) and not may_see and author_id != self._user.staff_id
            entries.append(JournalView(id_, kind, channel, as_utc(occurred_at), author,
                                       None if hidden else subject, None if hidden else body, bool(sensitive),
                                       hidden))
        return Timeline(participant.id, tuple(entries), may_see)
