"""Queries the employer services share: a company's detail, opening and placement rows, network membership.

Each runs inside the calling service's transaction. Placement rows name a young person only for users whose
role works with personal data and who may see that person (:mod:`.scoping`); every name shown is logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, case, false, func, literal, or_, select
from sqlalchemy.orm import Session

from neo_desktop.db.models import (
    Employer,
    EmployerContact,
    EmployerEngagement,
    Group,
    GroupMember,
    Meeting,
    MeetingAttendee,
    Opening,
    Organisation,
    Participant,
    Placement,
    Project,
    Staff,
)
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import PlacementStatus
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MeetingStatus

from .access_log import record_for_user
from .employer_views import (
    ContactView,
    EmployerDetail,
    EngagementView,
    NetworkMembership,
    OpeningRow,
    PlacementRow,
    input_of,
)
from .permissions import AREA_ROLES, Area
from .scoping import visible_participants
from .user import SignedInUser

# A planned or running placement takes one of an opening's places; an ended one frees it for the next person.
TAKING_PLACES = (PlacementStatus.PLANNED, PlacementStatus.ACTIVE)


def escape_like(text: str) -> str:
    """Escape LIKE's wildcards so a search for "50%" finds exactly that."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_any_case(column: Any, needle: str, *, postgres: bool, word_start: bool = False) -> ColumnElement[bool]:
    """``column`` starts with ``needle`` (with ``word_start``: has a word that does), in any letter case.

    PostgreSQL's ILIKE folds every letter. SQLite's LIKE folds only ASCII, so "øster" would miss "Østergaard":
    the usual spellings of the needle (as typed, lower, Capitalised, UPPER) are tried as well.
    """
    def patterns(text: str) -> list[str]:
        escaped = escape_like(text)
        return [f"{escaped}%", f"% {escaped}%", f"%-{escaped}%"] if word_start else [f"{escaped}%"]

    if postgres:
        return or_(*(column.ilike(pattern, escape="\\") for pattern in patterns(needle)))
    variants = [needle]
    if not needle.isascii():  # only letters beyond ASCII need their other spellings
        variants = list(dict.fromkeys((needle, needle.lower(), needle.capitalize(), needle.upper())))
    return or_(*(column.like(pattern, escape="\\") for variant in variants for pattern in patterns(variant)))


def places_taken() -> Any:
    """A correlated count of the placements that hold one of an opening's places."""
    return (select(func.count(Placement.id))
            .where(Placement.opening_id == Opening.id, Placement.status.in_(TAKING_PLACES)).scalar_subquery())


def opening_rows(session: Session, conditions: Sequence[Any], *, order: Sequence[Any] = (),
                 limit: int | None = None) -> list[OpeningRow]:
    """Openings matching ``conditions`` with their company and how many places are taken."""
    query = (select(Opening, Employer.name, Employer.municipality, places_taken())
             .join(Employer, Employer.id == Opening.employer_id).where(*conditions)
             .order_by(*(order or (Opening.starts_on.desc(), Opening.id))))
    if limit is not None:
        query = query.limit(limit)
    return [OpeningRow(o.id, o.version, o.employer_id, name, o.title, o.placement_type, o.occupation, o.places,
                       taken or 0, o.hours_per_week, o.starts_on, o.ends_on, o.status, o.municipality or town)
            for o, name, town, taken in session.execute(query)]


def may_see_participants(user: SignedInUser) -> bool:
    """True when the user's roles work with young people's personal data."""
    return user.has_any(*AREA_ROLES[Area.PARTICIPANTS])


def placement_rows(session: Session, user: SignedInUser, condition: Any, *, purpose: str) -> list[PlacementRow]:
    """Placements matching ``condition``, newest first; names only where the user may see the young person,
    and each young person named is logged as read (for ``purpose``)."""
    named = may_see_participants(user)
    visible = case((visible_participants(session, user), literal(True)), else_=literal(False)) if named else false()
    query = (select(Placement, Employer.name, Opening.title, Participant.first_name, Participant.last_name, visible)
             .join(Employer, Employer.id == Placement.employer_id)
             .outerjoin(Opening, Opening.id == Placement.opening_id)
             .join(Participant, Participant.id == Placement.participant_id)
             .where(condition).order_by(Placement.starts_on.desc(), Placement.id.desc()))
    rows = []
    for placement, employer, opening, first, last, shown in session.execute(query):
        name = f"{first} {last}" if shown else None
        if shown:
            record_for_user(session, user, AccessAction.READ, participant_id=placement.participant_id,
                            organisation_id=placement.organisation_id, project_id=placement.project_id,
                            record_kind="placement", record_id=placement.id, purpose=purpose)
        rows.append(PlacementRow(placement.id, placement.participant_id, name, employer, opening,
                                 placement.placement_type, placement.starts_on, placement.ends_on, placement.status,
                                 placement.outcome))
    return rows


def network_memberships(session: Session, employer_id: int, today: date) -> tuple[NetworkMembership, ...]:
    """Every active company network, whether the company is in it, meetings held and attended, the next one."""
    groups = session.execute(select(Group.id, Group.name).where(Group.kind == GroupKind.COMPANY_NETWORK,
                                                                Group.active).order_by(Group.name)).all()
    if not groups:
        return ()
    ids = [group_id for group_id, _ in groups]
    members = session.execute(select(GroupMember.id, GroupMember.group_id, GroupMember.left_on)
                              .where(GroupMember.employer_id == employer_id, GroupMember.group_id.in_(ids))).all()
    current = {group_id for _id, group_id, left_on in members if left_on is None}
    member_ids = [member_id for member_id, _group, _left in members]
    start_of_today = datetime.combine(today, time(0), tzinfo=UTC)
    held = dict(session.execute(select(Meeting.group_id, func.count(Meeting.id)).where(
        Meeting.group_id.in_(ids), Meeting.status == MeetingStatus.HELD).group_by(Meeting.group_id)).all())
    upcoming = dict(session.execute(select(Meeting.group_id, func.min(Meeting.starts_at)).where(
        Meeting.group_id.in_(ids), Meeting.status == MeetingStatus.PLANNED, Meeting.starts_at >= start_of_today)
        .group_by(Meeting.group_id)).all())
    attended: dict[int, int] = {}
    if member_ids:
        attended = dict(session.execute(
            select(Meeting.group_id, func.count(MeetingAttendee.id))
            .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
            .where(MeetingAttendee.member_id.in_(member_ids), MeetingAttendee.status == AttendanceStatus.ATTENDED)
            .group_by(Meeting.group_id)).all())
    return tuple(NetworkMembership(group_id, name, group_id in current, held.get(group_id, 0),
                                   attended.get(group_id, 0), _day(upcoming.get(group_id)))
                 for group_id, name in groups)


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def engagement_views(session: Session, employer_id: int) -> tuple[EngagementView, ...]:
    """The company's engagement log, newest first."""
    query = (select(EmployerEngagement, Staff.full_name, Meeting.title)
             .outerjoin(Staff, Staff.id == EmployerEngagement.staff_id)
             .outerjoin(Meeting, Meeting.id == EmployerEngagement.meeting_id)
             .where(EmployerEngagement.employer_id == employer_id)
             .order_by(EmployerEngagement.occurred_on.desc(), EmployerEngagement.id.desc()))
    return tuple(EngagementView(e.id, e.version, e.kind, e.occurred_on, staff, e.summary, e.meeting_id, title)
                 for e, staff, title in session.execute(query))


def _name(session: Session, model: Any, record_id: int | None, column: str = "name") -> str | None:
    if record_id is None:
        return None
    return session.scalar(select(getattr(model, column)).where(model.id == record_id))


def employer_detail(session: Session, user: SignedInUser, employer: Employer, today: date) -> EmployerDetail:
    """Everything about one company, read in the caller's transaction."""
    session.flush()
    contacts = session.scalars(select(EmployerContact).where(EmployerContact.employer_id == employer.id)
                               .order_by(EmployerContact.is_primary.desc(), EmployerContact.name)).all()
    return EmployerDetail(
        employer.id, employer.version, input_of(employer), employer.engaged_on,
        _name(session, Organisation, employer.supplies_housing_association_id),
        _name(session, Staff, employer.contact_staff_id, "full_name"), _name(session, Project, employer.project_id),
        tuple(ContactView(c.id, c.version, c.name, c.job_title, c.phone, c.email, c.is_primary) for c in contacts),
        tuple(opening_rows(session, [Opening.employer_id == employer.id])),
        tuple(placement_rows(session, user, Placement.employer_id == employer.id, purpose="company placements")),
        engagement_views(session, employer.id),
        network_memberships(session, employer.id, today),
    )
