"""The weekly youth network group: one session's attendance for every member, recorded in one go.

A caseworker sees the groups their organisation hosts or that young people they may see belong to, and in a
group only the members they may see (on PostgreSQL row-level security hides the rest). The attendance
history of the last sessions is shown beside each member and feeds the caseload's "attendance dropping"
warning (:func:`neo_desktop.domain.participant_rules.attendance_dropping`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Group, GroupMember, Meeting, MeetingAttendee, Participant, Project
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MeetingStatus
from neo_desktop.domain.participant_rules import attendance_dropping, check_text

from . import participant_signals
from .access_log import record_for_user
from .access_log_bulk import Concerned, record_many
from .journal import as_utc
from .permissions import Area, requires
from .scoping import visible_participants
from .user import SignedInUser

HISTORY = 6  # sessions shown beside each member
SESSION_HOURS = 2
NOT_MEMBER = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Attendance can only be recorded for the group's own members.")
NO_TITLE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Give the session a title, for example the week number.")
CANCELLED_SESSION = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This session was cancelled; attendance cannot be recorded.")
FUTURE_SESSION = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This session has not started yet; record attendance when it has.")


@dataclass(frozen=True)
class GroupSummary:
    """A youth network group the user works with."""

    id: int
    name: str
    project_code: str
    members: int


@dataclass(frozen=True)
class SessionView:
    """One session (a meeting of the group)."""

    id: int
    version: int
    title: str
    starts_at: datetime
    status: MeetingStatus


@dataclass(frozen=True)
class MemberAttendance:
    """A member's attendance at the session shown, and at the sessions before it (newest first)."""

    member_id: int
    participant_id: int
    name: str
    status: AttendanceStatus
    history: tuple[AttendanceStatus | None, ...]  # None: not invited to that session
    dropping: bool


@dataclass(frozen=True)
class AttendanceSheet:
    """The attendance screen of one group and session."""

    group: GroupSummary
    session: SessionView | None
    sessions: tuple[SessionView, ...]  # newest first
    history_sessions: tuple[SessionView, ...]  # the held sessions before this one, newest first
    members: tuple[MemberAttendance, ...]


class NetworkGroupService:
    """Youth network groups for one signed-in caseworker or coordinator."""

    def __init__(self, database: Database, user: SignedInUser, *, now: Callable[[], datetime] | None = None) -> None:
        self._database = database
        self._user = user
        self._now = now or (lambda: datetime.now(UTC))

    @requires(Area.CASELOAD, "see network groups")
    def groups(self) -> list[GroupSummary]:
        """The youth network groups the user's organisation hosts or their young people belong to."""
        with self._database.transaction() as session:
            return self._groups_in(session, Group.active)

    @requires(Area.CASELOAD, "see network groups")
    def sheet(self, group_id: int, meeting_id: int | None = None) -> AttendanceSheet:
        """A session's attendance (default: the latest session that has started, else the next one); logged."""
        with self._database.transaction() as session:
            group = self._group(session, group_id)
            sheet = self._sheet(session, group, meeting_id)
            shown = sheet.session.id if sheet.session else "-"
            record_for_user(session, self._user, AccessAction.SEARCH, purpose="network group attendance",
                            search_criterion=f"network group {group.id} session {shown}")
            return sheet

    @requires(Area.CASELOAD, "plan network group sessions")
    def new_session(self, group_id: int, starts_at: datetime, title: str) -> AttendanceSheet:
        """Plan a session of the group; every current member is invited."""
        title_text = check_text(title, "title", 200)
        if not title_text:
            raise ValidationError(NO_TITLE, field="title")
        with self._database.transaction() as session:
            group = self._group(session, group_id)
            row = session.get(Group, group.id)
            assert row is not None
            start = as_utc(starts_at)
            meeting = Meeting(group_id=row.id, project_id=row.project_id, title=title_text, starts_at=start,
                              ends_at=start + timedelta(hours=SESSION_HOURS), status=MeetingStatus.PLANNED)
            session.add(meeting)
            session.flush()
            members = session.scalars(select(GroupMember.id).where(
                GroupMember.group_id == row.id, GroupMember.left_on.is_(None))).all()
            session.add_all(MeetingAttendee(meeting_id=meeting.id, project_id=row.project_id, member_id=member,
                                            status=AttendanceStatus.INVITED) for member in members)
            session.flush()
            return self._sheet(session, group, meeting.id)

    @requires(Area.CASELOAD, "record network group attendance")
    def record_attendance(self, meeting_id: int, seen_version: int,
                          statuses: Mapping[int, AttendanceStatus]) -> AttendanceSheet:
        """Record the session's attendance for the members given (member id → status), all in one save.

        The session must have started; it is marked as held. ``seen_version`` is the session's version as the
        sheet showed it: when someone else recorded attendance meanwhile, nothing is saved (ConflictError).
        """
        with self._database.transaction() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(what="session")
            group = self._group(session, meeting.group_id)
            if meeting.status is MeetingStatus.CANCELLED:
                raise ValidationError(CANCELLED_SESSION, field="session")
            if as_utc(meeting.starts_at) > self._now():
                raise ValidationError(FUTURE_SESSION, field="session")
            if meeting.version != seen_version:
                raise ConflictError(what="session", changes={"version": (meeting.version, seen_version)})
            members = {m.id: m for m in session.scalars(
                select(GroupMember).join(Participant, Participant.id == GroupMember.participant_id)
                .where(GroupMember.group_id == meeting.group_id, self._members_clause(session)))}
            if not set(statuses) <= set(members):
                raise ValidationError(NOT_MEMBER, field="members")
            rows = {a.member_id: a for a in session.scalars(select(MeetingAttendee).where(
                MeetingAttendee.meeting_id == meeting.id, MeetingAttendee.member_id.in_(list(statuses))))}
            changed = []
            for member_id, status in statuses.items():
                status = AttendanceStatus(status)
                row = rows.get(member_id)
                if row is None:
                    session.add(MeetingAttendee(meeting_id=meeting.id, project_id=meeting.project_id,
                                                member_id=member_id, status=status))
                    changed.append(member_id)
                elif row.status is not status:
                    row.status = status
                    changed.append(member_id)
            meeting.status = MeetingStatus.HELD
            meeting.updated_at = func.now()  # a change of the row, so its version moves on with every save
            session.flush()
            # The whole group: marking the session held counts attendance recorded for it elsewhere too.
            participant_signals.refresh_meeting(session, self._now().astimezone().date(), meeting.id)
            people = session.execute(select(Participant.id, Participant.organisation_id, Participant.project_id)
                                     .where(Participant.id.in_([members[m].participant_id for m in changed]))).all()
            record_many(session, self._user, AccessAction.UPDATE, (Concerned(*p, record_id=meeting.id) for p in people),
                        record_kind="meeting_attendance", purpose="network group attendance")
            return self._sheet(session, group, meeting.id)

    # ------------------------------------------------------------------------------------------- helpers

    def _members_clause(self, session: Session) -> ColumnElement[bool]:
        return visible_participants(session, self._user)

    def _group(self, session: Session, group_id: int) -> GroupSummary:
        for group in self._groups_in(session, Group.id == group_id):
            return group
        raise NotFoundError(what="network group")

    def _groups_in(self, session: Session, condition: object) -> list[GroupSummary]:
        members = self._members_clause(session)
        count = (select(func.count(GroupMember.id)).join(Participant, Participant.id == GroupMember.participant_id)
                 .where(GroupMember.group_id == Group.id, GroupMember.left_on.is_(None), members).scalar_subquery())
        rows = session.execute(
            select(Group.id, Group.name, Project.code, count).join(Project, Project.id == Group.project_id)
            .where(condition, Group.kind == GroupKind.YOUTH_NETWORK,
                   or_(Group.organisation_id == self._user.organisation_id,
                       exists().where(GroupMember.group_id == Group.id, GroupMember.participant_id == Participant.id,
                                      members)))).all()
        return [GroupSummary(*row) for row in rows]

    def _sheet(self, session: Session, group: GroupSummary, meeting_id: int | None) -> AttendanceSheet:
        meetings = session.scalars(select(Meeting).where(Meeting.group_id == group.id)
                                   .order_by(Meeting.starts_at.desc(), Meeting.id.desc())).all()
        sessions = tuple(SessionView(m.id, m.version, m.title, as_utc(m.starts_at), m.status) for m in meetings)
        now = self._now()
        chosen = next((s for s in sessions if s.id == meeting_id), None) if meeting_id is not None else None
        if meeting_id is not None and chosen is None:
            raise NotFoundError(what="session")
        if chosen is None:
            started = [s for s in sessions if s.starts_at <= now and s.status is not MeetingStatus.CANCELLED]
            chosen = started[0] if started else (sessions[-1] if sessions else None)
        before = tuple(s for s in sessions if chosen and s.starts_at < chosen.starts_at
                       and s.status is MeetingStatus.HELD)[:HISTORY]
        shown_ids = [s.id for s in (chosen, *before) if s is not None]
        # Members then: still in the group, or left after the session shown.
        still = (GroupMember.left_on.is_(None) if chosen is None
                 else or_(GroupMember.left_on.is_(None), GroupMember.left_on >= chosen.starts_at.date()))
        members = session.execute(
            select(GroupMember.id, Participant.id, Participant.first_name, Participant.last_name)
            .join(Participant, Participant.id == GroupMember.participant_id)
            .where(GroupMember.group_id == group.id, self._members_clause(session), still)
            .order_by(Participant.first_name, Participant.last_name)).all()
        attendance = {(meeting, member): status for meeting, member, status in session.execute(
            select(MeetingAttendee.meeting_id, MeetingAttendee.member_id, MeetingAttendee.status)
            .where(MeetingAttendee.meeting_id.in_(shown_ids)))} if shown_ids else {}
        rows = []
        for member_id, participant_id, first, last in members:
            history = tuple(attendance.get((s.id, member_id)) for s in before)
            current = attendance.get((chosen.id, member_id), AttendanceStatus.INVITED) if chosen else (
                AttendanceStatus.INVITED)
            recorded = [current] if chosen and chosen.status is MeetingStatus.HELD else []
            dropping = attendance_dropping([*recorded, *(h for h in history if h is not None)])
            rows.append(MemberAttendance(member_id, participant_id, f"{first} {last}", current, history, dropping))
        return AttendanceSheet(group, chosen, sessions, before, tuple(rows))


def session_start(day: date, hour: int = 13) -> datetime:
    """A session's usual start on ``day`` (13:00 UTC, as the demo groups meet)."""
    return datetime.combine(day, time(hour), tzinfo=UTC)
