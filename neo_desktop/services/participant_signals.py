"""Keeping the participant signals true: each young person's overdue plan steps and dropping attendance.

Caseloads show, sort and filter by these two facts (``participant.overdue_steps`` and
``participant.attendance_dropping``), which are too costly to count for 100,000 people at every query (see
migration 0007). Whatever changes a plan's steps or a youth-network attendance calls :func:`refresh` for the
young people concerned, in its own transaction; every list first calls :func:`bring_up_to_date`, which
recounts everyone once a day (steps fall overdue as days pass; the first list of the day pays for it, the
others read one setting). Only the values that differ are written, and never the record's ``version``: a
signal changing under someone's open form is not an edit of theirs to conflict with.

On PostgreSQL both go through the database function ``neo_refresh_participant_signals``, which runs as the
tables' owner: row-level security would otherwise hide the plans and attendance of other caseloads from the
login doing the refresh.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ARRAY, Integer, Select, bindparam, case, func, literal, or_, select, text, union_all, update
from sqlalchemy.orm import Session

from neo_desktop.db.models import Group, GroupMember, Meeting, MeetingAttendee, Participant, Plan, PlanStep, Setting
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MeetingStatus
from neo_desktop.domain.participant_rules import ATTENDANCE_MISSED, ATTENDANCE_WINDOW

from .caseload_query import overdue_plan_steps

AS_OF_KEY = "participant_signals_as_of"
_REFRESH = text("SELECT neo_refresh_participant_signals(:today, :participants)").bindparams(
    bindparam("participants", type_=ARRAY(Integer)))
_REFRESH_GROUP = text("SELECT neo_refresh_group_signals(:today, :group)")  # migration 0009
_LOCK = text("SELECT pg_advisory_xact_lock(7412002)")  # the function's lock (migration 0007)
_CHUNK = 500  # ids per IN list on SQLite


def refresh(session: Session, today: date, participant_ids: Iterable[int | None]) -> None:
    """Recount the signals of ``participant_ids`` from their plans and attendance as ``session`` sees them."""
    ids = sorted({pid for pid in participant_ids if pid is not None})
    if not ids:
        return
    session.flush()  # the changes being recorded count
    if _is_postgres(session):
        # The lock the function takes shared, taken here exclusively until the commit: two saves for the same young
        # person at once (a plan step, an attendance) would otherwise each count from a snapshot without the
        # other's change, and the later write would undo the earlier one until the next day's pass.
        session.execute(_LOCK)
        session.execute(_REFRESH, {"today": today, "participants": ids})
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        stored = session.execute(select(Participant.id, Participant.overdue_steps, Participant.attendance_dropping)
                                 .where(Participant.id.in_(chunk))).all()
        _write(session, stored, _found(session, today, chunk))


def refresh_group(session: Session, today: date, group_id: int) -> None:
    """Recount the signals of a group's young members (a session of it, or the group itself, changed). On
    PostgreSQL the database finds them: row-level security may hide them from the user making the change."""
    session.flush()
    if _is_postgres(session):
        session.execute(_LOCK)  # (see refresh)
        session.execute(_REFRESH_GROUP, {"today": today, "group": group_id})
        return
    members = select(GroupMember.participant_id).where(GroupMember.group_id == group_id,
                                                       GroupMember.participant_id.is_not(None))
    refresh(session, today, session.scalars(members).all())


def refresh_meeting(session: Session, today: date, meeting_id: int) -> None:
    """Recount the signals of the young members of a youth-network session's group (its attendance, status or
    time changed); another group's meeting changes no signal."""
    group_id = session.scalar(select(Meeting.group_id).join(Group, Group.id == Meeting.group_id)
                              .where(Meeting.id == meeting_id, Group.kind == GroupKind.YOUTH_NETWORK))
    if group_id is not None:
        refresh_group(session, today, group_id)


def bring_up_to_date(session: Session, today: date) -> bool:
    """Recount everyone unless that was done today already; True when it was done now."""
    as_of = json.dumps(today.isoformat())
    if session.scalar(select(Setting.value).where(Setting.key == AS_OF_KEY)) == as_of:
        return False
    if _is_postgres(session):
        session.execute(_REFRESH, {"today": today, "participants": None})
        return True
    # SQLite: everyone with a signal now or before (the others stay at none).
    found = _found(session, today, None)
    stored = session.execute(
        select(Participant.id, Participant.overdue_steps, Participant.attendance_dropping)
        .where(or_(Participant.overdue_steps != 0, Participant.attendance_dropping.is_(True)))).all()
    stored += [(pid, 0, False) for pid in found.keys() - {row[0] for row in stored}]
    _write(session, stored, found)
    setting = session.get(Setting, AS_OF_KEY)
    if setting is None:
        session.add(Setting(key=AS_OF_KEY, value=as_of))
    else:
        setting.value = as_of
    session.flush()
    return True


def overdue_steps(today: date, among_participants: Sequence[int] | None = None) -> Select[Any]:
    """(participant_id, overdue) for everyone (of ``among_participants``) with open plan steps past their date."""
    statement = overdue_plan_steps(today, Plan.participant_id.label("participant_id"),
                                   func.count(PlanStep.id).label("overdue"))
    if among_participants is not None:
        statement = statement.where(Plan.participant_id.in_(among_participants))
    return statement.group_by(Plan.participant_id)


def attendance_dropping(today: date, among_participants: Sequence[int] | None = None) -> Select[Any]:
    """Participant ids (of ``among_participants``, or all) who missed at least 2 of their last 3 recorded
    youth-network sessions held so far (see :func:`neo_desktop.domain.participant_rules.attendance_dropping`,
    which this mirrors in SQL; "so far" is before the start of the next day, UTC)."""
    held_before = datetime.combine(today + timedelta(days=1), time(), tzinfo=UTC)
    recent = (select(GroupMember.participant_id.label("participant_id"), MeetingAttendee.status.label("status"),
                     func.row_number().over(partition_by=GroupMember.participant_id,
                                            order_by=(Meeting.starts_at.desc(), Meeting.id.desc())).label("n"))
              .join(GroupMember, GroupMember.id == MeetingAttendee.member_id)
              .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
              .join(Group, Group.id == Meeting.group_id)
              .where(Group.kind == GroupKind.YOUTH_NETWORK, Meeting.status == MeetingStatus.HELD,
                     Meeting.starts_at < held_before, MeetingAttendee.status != AttendanceStatus.INVITED,
                     GroupMember.participant_id.is_not(None)))
    if among_participants is not None:
        recent = recent.where(GroupMember.participant_id.in_(among_participants))
    recent_sq = recent.subquery()
    missed = func.sum(case((recent_sq.c.status.in_((AttendanceStatus.ABSENT, AttendanceStatus.APOLOGIES)), 1),
                           else_=0))
    return (select(recent_sq.c.participant_id).where(recent_sq.c.n <= ATTENDANCE_WINDOW)
            .group_by(recent_sq.c.participant_id).having(missed >= ATTENDANCE_MISSED))


def _found(session: Session, today: date, among: list[int] | None) -> dict[int, tuple[int, bool]]:
    """participant id → (overdue steps, attendance dropping), for those with either (among ``among``)."""
    steps = overdue_steps(today, among).subquery()
    dropping = attendance_dropping(today, among_participants=among).subquery()
    both = union_all(select(steps.c.participant_id, steps.c.overdue, literal(0).label("dropping")),
                     select(dropping.c.participant_id, literal(0), literal(1))).subquery()
    rows = session.execute(select(both.c.participant_id, func.sum(both.c.overdue), func.max(both.c.dropping))
                           .group_by(both.c.participant_id))
    return {pid: (int(overdue), bool(dropping)) for pid, overdue, dropping in rows}


def _write(session: Session, stored: Iterable[tuple[int, int, bool]], found: dict[int, tuple[int, bool]]) -> None:
    """Write the signals in ``found`` (none for the others) where the ``stored`` ones differ."""
    changed = [{"key": pid, "overdue_steps": overdue, "attendance_dropping": dropping}
               for pid, old_overdue, old_dropping in stored
               for overdue, dropping in [found.get(pid, (0, False))]
               if (overdue, dropping) != (old_overdue, bool(old_dropping))]
    if changed:
        # Core, without the version and the timestamp: a derived value, not an edit of the record.
        statement = (update(Participant.__table__).where(Participant.__table__.c.id == bindparam("key"))
                     .values(overdue_steps=bindparam("overdue_steps"),
                             attendance_dropping=bindparam("attendance_dropping"),
                             updated_at=Participant.__table__.c.updated_at))
        session.execute(statement, changed)


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"
