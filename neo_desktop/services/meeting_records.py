"""Loading groups and meetings and turning them into plain views (shared by the meetings services and the pack)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neo_desktop.db.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Employer,
    Group,
    GroupMember,
    Meeting,
    MeetingAttendee,
    Organisation,
    Project,
    ProjectTarget,
    Staff,
)
from neo_desktop.domain.errors import NotFoundError
from neo_desktop.domain.meeting import ActionStatus
from neo_desktop.domain.organisation import Language

from .meeting_views import (
    ActionView,
    AgendaItemView,
    AttendeeView,
    DecisionView,
    GroupView,
    MeetingSummary,
    MeetingView,
    MemberKind,
    MemberView,
    as_utc,
)


class Names:
    """Names of staff, organisations, companies and target kinds, looked up once per use case."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[tuple[type, int, str], object] = {}

    def _get(self, model: type, key: int | None, attribute: str) -> object | None:
        if key is None:
            return None
        if (model, key, attribute) not in self._cache:
            row = self._session.get(model, key)
            self._cache[(model, key, attribute)] = getattr(row, attribute) if row is not None else None
        return self._cache[(model, key, attribute)]

    def staff(self, key: int | None) -> str | None:
        """A staff member's full name."""
        return self._get(Staff, key, "full_name")  # type: ignore[return-value]

    def organisation(self, key: int | None) -> str | None:
        """An organisation's name."""
        return self._get(Organisation, key, "name")  # type: ignore[return-value]

    def employer(self, key: int | None) -> str | None:
        """A company's name."""
        return self._get(Employer, key, "name")  # type: ignore[return-value]

    def target(self, key: int | None) -> object | None:
        """A target's kind."""
        return self._get(ProjectTarget, key, "kind")

    def staff_organisation(self, key: int | None) -> str | None:
        """The organisation a staff member works for."""
        if key is None:
            return None
        organisation_id = self._get(Staff, key, "organisation_id")
        return self.organisation(organisation_id)  # type: ignore[arg-type]


def load_group(session: Session, group_id: int) -> Group:
    """The group, or NotFoundError."""
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(what="group")
    return group


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting, or NotFoundError."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(what="meeting")
    return meeting


def member_view(member: GroupMember, names: Names) -> MemberView:
    """A member as plain data; a young person without a name."""
    if member.participant_id is not None:
        kind, name, organisation = MemberKind.PARTICIPANT, None, None
    elif member.staff_id is not None:
        kind, name, organisation = (MemberKind.STAFF, names.staff(member.staff_id),
                                    names.staff_organisation(member.staff_id))
    elif member.employer_id is not None:
        kind, name, organisation = MemberKind.EMPLOYER, member.name, names.employer(member.employer_id)
    else:
        kind, name, organisation = MemberKind.ORGANISATION, member.name, names.organisation(member.organisation_id)
    return MemberView(member.id, member.version, kind, member.role, name, organisation, member.email,
                      member.joined_on, member.left_on, member.staff_id, member.organisation_id, member.employer_id)


def group_view(session: Session, group: Group, names: Names | None = None) -> GroupView:
    """A group with its members, staff and representatives first, young people last."""
    names = names or Names(session)
    project = session.get(Project, group.project_id)
    members = sorted((member_view(m, names) for m in group.members),
                     key=lambda m: (m.kind is MemberKind.PARTICIPANT, list(type(m.role)).index(m.role),
                                    (m.name or "").lower(), m.id))
    return GroupView(group.id, group.version, group.name, group.kind, group.project_id,
                     project.code if project else "", group.organisation_id,
                     names.organisation(group.organisation_id) or "", group.municipality, group.active, tuple(members),
                     project.language if project else Language.EN)


def action_view(action: ActionItem, meeting: Meeting, names: Names) -> ActionView:
    """An action item as plain data, its owner named as people would say it."""
    owner = action.owner_name or names.staff(action.owner_staff_id) or names.organisation(action.owner_organisation_id)
    return ActionView(action.id, action.version, meeting.id, meeting.title, as_utc(meeting.starts_at), action.title,
                      action.description, owner, action.owner_staff_id, action.owner_organisation_id, action.due_on,
                      action.status, action.completed_on, action.employer_id, names.employer(action.employer_id),
                      action.target_id, names.target(action.target_id),  # type: ignore[arg-type]
                      action.agenda_item_id)


def agenda_view(item: AgendaItem, names: Names) -> AgendaItemView:
    """An agenda item as plain data."""
    return AgendaItemView(item.id, item.version, item.position, item.title, item.presenter, item.minutes_allotted,
                          item.description, item.link, item.employer_id, names.employer(item.employer_id),
                          item.target_id, names.target(item.target_id),  # type: ignore[arg-type]
                          item.carried_action_id, item.minutes)


def previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    """The group's meeting before this one (by start time)."""
    return session.scalar(select(Meeting).where(Meeting.group_id == meeting.group_id,
                                                Meeting.starts_at < meeting.starts_at, Meeting.id != meeting.id)
                          .order_by(Meeting.starts_at.desc()).limit(1))


def meeting_view(session: Session, meeting: Meeting) -> MeetingView:
    """The meeting with attendees, agenda, decisions and the actions agreed in it."""
    names = Names(session)
    group = session.get(Group, meeting.group_id)
    members = {m.id: member_view(m, names) for m in group.members} if group else {}
    attendees = []
    for attendee in session.scalars(select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting.id)
                                    .order_by(MeetingAttendee.id)):
        member = members.get(attendee.member_id) if attendee.member_id is not None else None
        if member is not None:
            attendees.append(AttendeeView(attendee.id, attendee.version, member.id, member.name,
                                          member.organisation_name, member.role, attendee.status, member.kind))
        elif attendee.member_id is None:
            attendees.append(AttendeeView(attendee.id, attendee.version, None, attendee.guest_name, None, None,
                                          attendee.status, None))
    attendees.sort(key=lambda a: (a.kind is MemberKind.PARTICIPANT, a.kind is None,
                                  list(type(a.role)).index(a.role) if a.role else 9, (a.name or "").lower()))
    agenda = tuple(agenda_view(item, names) for item in sorted(meeting.agenda_items, key=lambda i: (i.position, i.id)))
    decisions = tuple(DecisionView(d.id, d.version, d.text, d.agenda_item_id) for d in session.scalars(
        select(Decision).where(Decision.meeting_id == meeting.id).order_by(Decision.id)))
    actions = tuple(action_view(a, meeting, names) for a in session.scalars(
        select(ActionItem).where(ActionItem.meeting_id == meeting.id).order_by(ActionItem.id)))
    previous = previous_meeting(session, meeting)
    return MeetingView(
        meeting.id, meeting.version, meeting.group_id, group.name if group else "", group.kind if group else None,
        meeting.project_id, meeting.title, as_utc(meeting.starts_at),
        as_utc(meeting.ends_at) if meeting.ends_at else None, meeting.location, meeting.online_link,
        meeting.language, meeting.status, meeting.minutes_status, meeting.minutes_approved_on,
        names.staff(meeting.minutes_approved_by_id), tuple(attendees), agenda, decisions, actions,
        previous.id if previous else None,
    )


def open_actions_before(session: Session, meeting: Meeting) -> list[tuple[ActionItem, Meeting]]:
    """Open action items agreed in the group's earlier meetings, oldest first."""
    return list(session.execute(
        select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(Meeting.group_id == meeting.group_id, Meeting.starts_at < meeting.starts_at,
               ActionItem.status == ActionStatus.OPEN)
        .order_by(Meeting.starts_at, ActionItem.id)).all())


def open_action_views(session: Session, group_id: int) -> list[ActionView]:
    """Every open action item of a group, the earliest due first."""
    names = Names(session)
    rows = session.execute(select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
                           .where(Meeting.group_id == group_id, ActionItem.status == ActionStatus.OPEN)
                           .order_by(ActionItem.due_on.nulls_last(), ActionItem.id)).all()
    return [action_view(action, meeting, names) for action, meeting in rows]


def meeting_summaries(session: Session, group_ids: Iterable[int] | None = None) -> list[MeetingSummary]:
    """Meetings (of some groups, or all), newest first, with the number of open actions agreed in each."""
    open_actions = (select(func.count(ActionItem.id))
                    .where(ActionItem.meeting_id == Meeting.id, ActionItem.status == ActionStatus.OPEN)
                    .scalar_subquery())
    query = (select(Meeting, Group.name, open_actions).join(Group, Group.id == Meeting.group_id)
             .order_by(Meeting.starts_at.desc(), Meeting.id.desc()))
    if group_ids is not None:
        query = query.where(Meeting.group_id.in_(list(group_ids)))
    return [MeetingSummary(m.id, m.version, m.group_id, group_name, m.title, as_utc(m.starts_at), m.status,
                           m.minutes_status, count or 0) for m, group_name, count in session.execute(query)]


def renumber(items: Sequence[AgendaItem]) -> None:
    """Positions 0, 1, 2, ... in the given order (only rows whose position changes are written)."""
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position
