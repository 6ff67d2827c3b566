"""Groups (steering, working, company network, youth network) and their meetings.

A group member is a staff member, a partner organisation's representative, a company, or — in youth
network groups — a participant. Youth network attendance is personal data, so members and attendance rows
carry the group's project for scoping.
"""

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from neo_desktop.domain.meeting import (
    ActionStatus,
    AttendanceStatus,
    GroupKind,
    MeetingStatus,
    MemberRole,
    MinutesStatus,
)
from neo_desktop.domain.organisation import Language

from .base import Base, IdMixin, VersionedMixin, enum_column, text_column


class Group(IdMixin, VersionedMixin, Base):
    """A steering group, working group, company network or youth network group."""

    __tablename__ = "stakeholder_group"

    name: Mapped[str]
    kind: Mapped[GroupKind] = mapped_column(enum_column(GroupKind))
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)  # the host
    municipality: Mapped[str | None] = text_column(100)
    active: Mapped[bool] = mapped_column(Boolean, server_default="1")

    members: Mapped[list["GroupMember"]] = relationship(back_populates="group", cascade="all, delete-orphan")


class GroupMember(IdMixin, VersionedMixin, Base):
    """A member of a group: exactly one of staff, organisation representative, employer or participant."""

    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(ForeignKey("stakeholder_group.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole), server_default=MemberRole.MEMBER.value)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = text_column()  # a representative's name, when not a staff member
    email: Mapped[str | None] = text_column()
    joined_on: Mapped[date | None]
    left_on: Mapped[date | None]

    group: Mapped["Group"] = relationship(back_populates="members")


class Meeting(IdMixin, VersionedMixin, Base):
    """A meeting of a group, with its agenda, minutes, decisions and actions."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_group_id_starts_at", "group_id", "starts_at"),)

    group_id: Mapped[int] = mapped_column(ForeignKey("stakeholder_group.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    title: Mapped[str]
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None]
    location: Mapped[str | None] = text_column()
    online_link: Mapped[str | None] = text_column(400)
    language: Mapped[Language] = mapped_column(enum_column(Language), server_default=Language.EN.value)
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), server_default=MeetingStatus.PLANNED.value
    )
    minutes_status: Mapped[MinutesStatus] = mapped_column(
        enum_column(MinutesStatus), server_default=MinutesStatus.DRAFT.value
    )
    minutes_approved_on: Mapped[date | None]
    minutes_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    attendees: Mapped[list["MeetingAttendee"]] = relationship(cascade="all, delete-orphan")
    agenda_items: Mapped[list["AgendaItem"]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class MeetingAttendee(IdMixin, VersionedMixin, Base):
    """An invitee of a meeting and whether they came."""

    __tablename__ = "meeting_attendee"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("group_member.id", ondelete="CASCADE"), index=True)
    guest_name: Mapped[str | None] = text_column()  # someone invited who is not a member
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus), server_default=AttendanceStatus.INVITED.value
    )


class AgendaItem(IdMixin, VersionedMixin, Base):
    """An item on a meeting's agenda, with its minutes."""

    __tablename__ = "agenda_item"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str | None] = text_column()
    minutes_allotted: Mapped[int | None]
    description: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = text_column(400)  # a linked file or record reference
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id", ondelete="SET NULL"))
    target_id: Mapped[int | None] = mapped_column(ForeignKey("project_target.id", ondelete="SET NULL"))
    # The open action this item was carried over from, when it was.
    carried_action_id: Mapped[int | None] = mapped_column(ForeignKey("action_item.id", ondelete="SET NULL"))
    minutes: Mapped[str | None] = mapped_column(Text)


class Decision(IdMixin, VersionedMixin, Base):
    """A decision recorded in a meeting."""

    __tablename__ = "decision"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)


class ActionItem(IdMixin, VersionedMixin, Base):
    """A follow-up agreed in a meeting; open ones carry into the group's next agenda."""

    __tablename__ = "action_item"
    __table_args__ = (Index("ix_action_item_status_due_on", "status", "due_on"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL", use_alter=True)
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    owner_name: Mapped[str | None] = text_column()
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    owner_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus), server_default=ActionStatus.OPEN.value)
    completed_on: Mapped[date | None]
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id", ondelete="SET NULL"))
    target_id: Mapped[int | None] = mapped_column(ForeignKey("project_target.id", ondelete="SET NULL"))
