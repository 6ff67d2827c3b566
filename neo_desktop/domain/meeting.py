"""Groups, meetings, minutes and action items: the partnership's governance."""

from __future__ import annotations

from enum import StrEnum


class GroupKind(StrEnum):
    """The kinds of group a partnership runs."""

    STEERING_REGIONAL = "steering_regional"
    STEERING_LOCAL = "steering_local"
    WORKING = "working"
    COMPANY_NETWORK = "company_network"
    YOUTH_NETWORK = "youth_network"


class MemberRole(StrEnum):
    """A member's part in a group."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    OBSERVER = "observer"


class MeetingStatus(StrEnum):
    """Whether a meeting is ahead, held or called off."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    """An invitee's answer, or what happened."""

    INVITED = "invited"
    ATTENDED = "attended"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class MinutesStatus(StrEnum):
    """Minutes go draft → sent for review → approved (and then locked)."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"


class ActionStatus(StrEnum):
    """An action item's state; open ones carry into the next meeting's agenda."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"
