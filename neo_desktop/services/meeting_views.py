"""Plain data for groups and meetings, as the meetings services return them (never ORM objects).

Young people in youth network groups are members and attendees like anyone else, but their names are personal
data and belong to the caseload's network-group screens: here they appear only as "a young person" (no name,
no id), so the meetings area carries no personal data about participants, whoever opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from neo_desktop.domain.meeting import (
    ActionStatus,
    AttendanceStatus,
    GroupKind,
    MeetingStatus,
    MemberRole,
    MinutesStatus,
)
from neo_desktop.domain.organisation import Language, TargetKind


class MemberKind(StrEnum):
    """Who a member is: a staff member, another organisation's representative, a company or a young person."""

    STAFF = "staff"
    ORGANISATION = "organisation"
    EMPLOYER = "employer"
    PARTICIPANT = "participant"


@dataclass(frozen=True)
class MemberView:
    """A group member; for a young person ``name`` is None (see the module's notes)."""

    id: int
    version: int
    kind: MemberKind
    role: MemberRole
    name: str | None
    organisation_name: str | None
    email: str | None
    joined_on: date | None
    left_on: date | None
    staff_id: int | None = None
    organisation_id: int | None = None
    employer_id: int | None = None

    def is_current(self, on: date) -> bool:
        """True when the member belongs to the group ``on`` that day."""
        return (self.joined_on is None or self.joined_on <= on) and (self.left_on is None or self.left_on >= on)


@dataclass(frozen=True)
class GroupView:
    """A group with its members."""

    id: int
    version: int
    name: str
    kind: GroupKind
    project_id: int
    project_code: str
    organisation_id: int
    organisation_name: str
    municipality: str | None
    active: bool
    members: tuple[MemberView, ...] = ()
    language: Language = Language.EN  # the project's: new meetings and their packs speak it


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting in a list."""

    id: int
    version: int
    group_id: int
    group_name: str
    title: str
    starts_at: datetime
    status: MeetingStatus
    minutes_status: MinutesStatus
    open_actions: int


@dataclass(frozen=True)
class AttendeeView:
    """An invitee: a member (by name, or "a young person") or a guest."""

    id: int
    version: int
    member_id: int | None
    name: str | None
    organisation_name: str | None
    role: MemberRole | None
    status: AttendanceStatus
    kind: MemberKind | None  # None for a guest


@dataclass(frozen=True)
class AgendaItemView:
    """An agenda item with its minutes and the records it links to."""

    id: int
    version: int
    position: int
    title: str
    presenter: str | None
    minutes_allotted: int | None
    description: str | None
    link: str | None
    employer_id: int | None
    employer_name: str | None
    target_id: int | None
    target_kind: TargetKind | None
    carried_action_id: int | None
    minutes: str | None


@dataclass(frozen=True)
class DecisionView:
    """A decision, with the agenda item it was taken under."""

    id: int
    version: int
    text: str
    agenda_item_id: int | None


@dataclass(frozen=True)
class ActionView:
    """An action item: who does what by when, its state, and what it is about."""

    id: int
    version: int
    meeting_id: int
    meeting_title: str
    meeting_starts_at: datetime
    title: str
    description: str | None
    owner: str | None  # the owner's name as shown: a staff member, a named person or an organisation
    owner_staff_id: int | None
    owner_organisation_id: int | None
    due_on: date | None
    status: ActionStatus
    completed_on: date | None
    employer_id: int | None
    employer_name: str | None
    target_id: int | None
    target_kind: TargetKind | None
    agenda_item_id: int | None

    def is_overdue(self, today: date) -> bool:
        """True when still open after its due date."""
        return self.status is ActionStatus.OPEN and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class MeetingView:
    """A meeting with everything in it, as the meeting editor shows it."""

    id: int
    version: int
    group_id: int
    group_name: str
    group_kind: GroupKind
    project_id: int
    title: str
    starts_at: datetime
    ends_at: datetime | None
    location: str | None
    online_link: str | None
    language: Language
    status: MeetingStatus
    minutes_status: MinutesStatus
    minutes_approved_on: date | None
    minutes_approved_by: str | None
    attendees: tuple[AttendeeView, ...]
    agenda: tuple[AgendaItemView, ...]
    decisions: tuple[DecisionView, ...]
    actions: tuple[ActionView, ...]  # agreed in this meeting
    previous_meeting_id: int | None

    @property
    def locked(self) -> bool:
        """Approved minutes are locked: nothing in them can change any more."""
        return self.minutes_status is MinutesStatus.APPROVED

    @property
    def editable(self) -> bool:
        """Agenda, minutes, attendance, decisions and actions can be changed only while the minutes are a draft."""
        return self.minutes_status is MinutesStatus.DRAFT


# ------------------------------------------------------------------------------------------------ input


@dataclass(frozen=True)
class GroupInput:
    """A group's editable fields."""

    name: str
    kind: GroupKind
    project_id: int
    organisation_id: int
    municipality: str | None = None
    active: bool = True


@dataclass(frozen=True)
class MemberInput:
    """A member: exactly one of a staff member, a company, or an organisation's representative by name."""

    role: MemberRole = MemberRole.MEMBER
    staff_id: int | None = None
    organisation_id: int | None = None
    employer_id: int | None = None
    name: str | None = None
    email: str | None = None
    joined_on: date | None = None
    left_on: date | None = None


@dataclass(frozen=True)
class MeetingInput:
    """A meeting's editable fields."""

    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    location: str | None = None
    online_link: str | None = None
    language: Language = Language.EN
    status: MeetingStatus = MeetingStatus.PLANNED


@dataclass(frozen=True)
class AgendaItemInput:
    """An agenda item's editable fields (minutes are recorded separately)."""

    title: str
    presenter: str | None = None
    minutes_allotted: int | None = None
    description: str | None = None
    link: str | None = None
    employer_id: int | None = None
    target_id: int | None = None


@dataclass(frozen=True)
class DecisionInput:
    """A decision's text and the agenda item it belongs to."""

    text: str
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class ActionInput:
    """An action item's editable fields (its state changes through ``set_action_status``)."""

    title: str
    owner_name: str | None = None
    owner_staff_id: int | None = None
    owner_organisation_id: int | None = None
    due_on: date | None = None
    description: str | None = None
    employer_id: int | None = None
    target_id: int | None = None
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class Choice:
    """Something to pick from a list: its id and what to call it."""

    id: int
    name: str
    detail: str | None = None


@dataclass(frozen=True)
class MemberCandidates:
    """Who can be added to a group of a project, and what an agenda item or action can link to."""

    staff: tuple[Choice, ...]
    organisations: tuple[Choice, ...]
    employers: tuple[Choice, ...]
    targets: tuple[tuple[int, TargetKind], ...]


# ------------------------------------------------------------------------------------------------- time


def as_utc(moment: datetime) -> datetime:
    """An aware UTC datetime (SQLite hands back naive UTC, PostgreSQL aware)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def wall_clock(moment: datetime) -> datetime:
    """A moment as Danish and Swedish clocks show it (CET, CEST from the last Sunday of March at 01:00 UTC to the
    last Sunday of October at 01:00 UTC), without a time zone: computed, because zoneinfo needs the tzdata
    package on Windows."""
    utc = as_utc(moment)
    summer_from = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time(), UTC) + timedelta(hours=1)
    summer_to = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time(), UTC) + timedelta(hours=1)
    offset = timedelta(hours=2 if summer_from <= utc < summer_to else 1)
    return (utc + offset).replace(tzinfo=None)
