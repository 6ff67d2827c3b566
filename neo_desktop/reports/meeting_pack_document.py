"""Everything a meeting pack shows, as plain data: what the PDF and the Excel annex are written from.

Built by :mod:`neo_desktop.services.meeting_pack`. Counts of people arrive already suppressed
(:class:`~.suppression.PublishedCell`, :class:`~.suppression.PublishedTable`); the writers only print them, so the
PDF and the workbook cannot disagree about what is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from neo_desktop.domain.employer import EngagementKind, PlacementType, RelationshipStatus
from neo_desktop.domain.meeting import ActionStatus, AttendanceStatus, GroupKind, MemberRole
from neo_desktop.domain.organisation import Language, TargetKind

from .suppression import PublishedCell, PublishedTable


@dataclass(frozen=True)
class PackAgendaItem:
    """An agenda item as printed, with its start time worked out from the minutes allotted before it."""

    number: int
    title: str
    starts_at: datetime | None
    presenter: str | None = None
    minutes_allotted: int | None = None
    description: str | None = None
    company: str | None = None
    target: TargetKind | None = None
    link: str | None = None
    carried: bool = False


@dataclass(frozen=True)
class PackPerson:
    """An invitee: name, organisation, role in the group, answer."""

    name: str
    organisation: str | None
    role: MemberRole | None  # None for a guest
    status: AttendanceStatus


@dataclass(frozen=True)
class PackAction:
    """An action item as printed."""

    title: str
    owner: str | None
    due_on: date | None
    agreed_on: date
    status: ActionStatus
    overdue: bool = False
    about: str | None = None  # the company or target it concerns


@dataclass(frozen=True)
class PackMinutesItem:
    """An agenda item of earlier minutes and what was said under it."""

    title: str
    minutes: str | None


@dataclass(frozen=True)
class PackMinutes:
    """The previous meeting's approved minutes."""

    title: str
    held_at: datetime
    approved_on: date | None
    approved_by: str | None
    present: tuple[str, ...]
    apologies: tuple[str, ...]
    items: tuple[PackMinutesItem, ...]
    decisions: tuple[str, ...]
    actions: tuple[PackAction, ...]


@dataclass(frozen=True)
class PackTarget:
    """A target's progress; ``actual`` is suppressed when it counts people, and then so are share, RAG and
    projection (None)."""

    kind: TargetKind
    description: str | None
    target_value: int
    planned_to_date: int
    actual: PublishedCell
    share: float | None
    rag: str | None  # "green", "amber" or "red"
    projected: int | None


@dataclass(frozen=True)
class PackWarning:
    """The early warning: intake is behind plan."""

    actual: PublishedCell
    planned_to_date: int
    target_value: int
    projected: int
    pace_per_month: float
    needed_per_month: float | None


@dataclass(frozen=True)
class PackIntake:
    """The intake curve: planned milestones, actual month ends (small counts left out) and the projection."""

    planned: tuple[tuple[date, int], ...]
    actual: tuple[tuple[date, PublishedCell], ...]
    projected: tuple[tuple[date, int], ...]
    target_value: int
    warning: PackWarning | None = None


@dataclass(frozen=True)
class PackEmployers:
    """The employer-network summary: companies (not people), openings, contacts; placements are suppressed."""

    by_relationship: tuple[tuple[RelationshipStatus, int], ...]
    open_openings: tuple[tuple[PlacementType, int, int], ...]  # type, openings, places
    engagements: tuple[tuple[EngagementKind, int], ...]
    placements: PublishedTable | None


@dataclass(frozen=True)
class MeetingPackDocument:
    """A whole meeting pack in one language."""

    language: Language
    project_name: str
    group_name: str
    group_kind: GroupKind
    meeting_title: str
    starts_at: datetime  # wall-clock time
    ends_at: datetime | None
    location: str | None
    online_link: str | None
    partners: tuple[str, ...]
    invited: tuple[PackPerson, ...]
    agenda: tuple[PackAgendaItem, ...]
    previous_minutes: PackMinutes | None
    open_actions: tuple[PackAction, ...]
    targets: tuple[PackTarget, ...]
    intake: PackIntake | None
    statistics: tuple[PublishedTable, ...]
    suppression_applied: bool
    thresholds: tuple[int, int]  # ordinary, sensitive
    employers: PackEmployers
    prepared_on: date
    prepared_by: str
    young_people_left_out: bool = False  # a youth network group: the young people are not listed
