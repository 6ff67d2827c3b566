"""The caseworker's start page: what needs doing today for the young people in their own caseload.

Follow-ups due today or overdue (and six-month follow-ups after leaving), plan reviews due, plan steps
overdue, no contact for the project's number of days, meetings in the coming week, and placements starting
or ending this week. Each line names the young person, so the page can open their record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from neo_desktop.db.models import (
    Employer,
    Group,
    GroupMember,
    Meeting,
    Participant,
    Placement,
    Plan,
    PlanStep,
    Project,
)
from neo_desktop.domain.meeting import MeetingStatus
from neo_desktop.domain.participant_rules import LEFT_STATUSES
from neo_desktop.domain.plan import PlanStatus

from .caseload_query import overdue_plan_steps, still_in_course
from .scoping import editable_participants
from .user import SignedInUser

MEETING_DAYS = 7


class TodayKind(StrEnum):
    """The sections of the start page."""

    FOLLOWUP = "followup"  # the next follow-up date is today or has passed
    SIX_MONTH_FOLLOWUP = "six_month_followup"  # six months after leaving: where is the young person now?
    PLAN_REVIEW = "plan_review"
    STEP_OVERDUE = "step_overdue"
    NO_CONTACT = "no_contact"
    MEETING = "meeting"
    PLACEMENT_STARTS = "placement_starts"
    PLACEMENT_ENDS = "placement_ends"


@dataclass(frozen=True)
class TodayLine:
    """One thing to do. ``participant_id`` is None for a meeting without a young person of the caseload."""

    kind: TodayKind
    participant_id: int | None
    participant_name: str
    on: date | datetime
    detail: str  # a step's description, a group's name, a company's name
    days: int | None = None  # days overdue, or days without contact
    meeting_id: int | None = None


@dataclass(frozen=True)
class TodayPage:
    """The start page, each section in the order it is worked through."""

    today: date
    lines: tuple[TodayLine, ...]

    def of_kind(self, kind: TodayKind) -> tuple[TodayLine, ...]:
        """The lines of one section."""
        return tuple(line for line in self.lines if line.kind is kind)


def _name(participant: Participant) -> str:
    return f"{participant.first_name} {participant.last_name}"


def build_today(session: Session, user: SignedInUser, today: date) -> TodayPage:
    """Every section of the start page for ``user``'s own caseload."""
    mine = editable_participants(user)
    lines: list[TodayLine] = []
    due = or_(and_(still_in_course(), Participant.next_contact_on <= today),
              and_(Participant.status.in_(LEFT_STATUSES), Participant.followup_due_on <= today,
                   Participant.followup_done_on.is_(None)))
    for p in session.scalars(select(Participant).where(mine, due)
                             .order_by(Participant.next_contact_on, Participant.followup_due_on,
                                       Participant.last_name)):
        if p.status in LEFT_STATUSES:
            lines.append(TodayLine(TodayKind.SIX_MONTH_FOLLOWUP, p.id, _name(p), p.followup_due_on,
                                   p.exit_outcome.value if p.exit_outcome else "",
                                   (today - p.followup_due_on).days))
        else:
            lines.append(TodayLine(TodayKind.FOLLOWUP, p.id, _name(p), p.next_contact_on, "",
                                   (today - p.next_contact_on).days))
    for plan, p in session.execute(select(Plan, Participant).join(Participant, Participant.id == Plan.participant_id)
                                   .where(mine, Plan.status != PlanStatus.CLOSED, Plan.review_on <= today)
                                   .order_by(Plan.review_on, Participant.last_name)):
        lines.append(TodayLine(TodayKind.PLAN_REVIEW, p.id, _name(p), plan.review_on, "",
                               (today - plan.review_on).days))
    for step, p in session.execute(
            overdue_plan_steps(today, PlanStep, Participant)
            .join(Participant, Participant.id == Plan.participant_id)
            .where(mine).order_by(PlanStep.due_on, Participant.last_name)):
        lines.append(TodayLine(TodayKind.STEP_OVERDUE, p.id, _name(p), step.due_on, step.description,
                               (today - step.due_on).days))
    lines.extend(_no_contact(session, mine, today))
    lines.extend(_meetings(session, user, mine, today))
    lines.extend(_placements(session, mine, today))
    return TodayPage(today, tuple(lines))


def _no_contact(session: Session, mine: object, today: date) -> list[TodayLine]:
    since = func.coalesce(Participant.last_contact_on, Participant.referred_on)
    rows = session.execute(select(Participant, since, Project.no_contact_warning_days)
                           .join(Project, Project.id == Participant.project_id)
                           .where(mine, still_in_course(), since.is_not(None)).order_by(since))
    return [TodayLine(TodayKind.NO_CONTACT, p.id, _name(p), last, "", (today - last).days)
            for p, last, days in rows if (today - last).days >= days]


def _meetings(session: Session, user: SignedInUser, mine: object, today: date) -> list[TodayLine]:
    start = datetime.combine(today, time(), tzinfo=UTC)
    end = start + timedelta(days=MEETING_DAYS + 1)
    upcoming = and_(Meeting.starts_at >= start, Meeting.starts_at < end, Meeting.status == MeetingStatus.PLANNED)
    lines: dict[tuple[int, int | None], TodayLine] = {}
    # Meetings of groups the young people of the caseload belong to (the weekly network group) ...
    for meeting, group, p in session.execute(
            select(Meeting, Group.name, Participant).join(Group, Group.id == Meeting.group_id)
            .join(GroupMember, GroupMember.group_id == Group.id)
            .join(Participant, Participant.id == GroupMember.participant_id)
            .where(upcoming, mine, GroupMember.left_on.is_(None)).order_by(Meeting.starts_at)):
        lines.setdefault((meeting.id, p.id), TodayLine(TodayKind.MEETING, p.id, _name(p), meeting.starts_at,
                                                       group, meeting_id=meeting.id))
    # ... and of groups the caseworker sits in.
    if user.staff_id is not None:
        for meeting, group in session.execute(
                select(Meeting, Group.name).join(Group, Group.id == Meeting.group_id)
                .join(GroupMember, GroupMember.group_id == Group.id)
                .where(upcoming, GroupMember.staff_id == user.staff_id).order_by(Meeting.starts_at)):
            lines.setdefault((meeting.id, None), TodayLine(TodayKind.MEETING, None, "", meeting.starts_at, group,
                                                           meeting_id=meeting.id))
    return sorted(lines.values(), key=lambda line: (line.on, line.detail, line.participant_name))


def _placements(session: Session, mine: object, today: date) -> list[TodayLine]:
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    rows = session.execute(
        select(Placement, Employer.name, Participant).join(Employer, Employer.id == Placement.employer_id)
        .join(Participant, Participant.id == Placement.participant_id)
        .where(mine, or_(Placement.starts_on.between(monday, sunday), Placement.ends_on.between(monday, sunday)))
        .order_by(Placement.starts_on))
    lines = []
    for placement, employer, p in rows:
        if monday <= placement.starts_on <= sunday:
            lines.append(TodayLine(TodayKind.PLACEMENT_STARTS, p.id, _name(p), placement.starts_on, employer))
        if placement.ends_on is not None and monday <= placement.ends_on <= sunday:
            lines.append(TodayLine(TodayKind.PLACEMENT_ENDS, p.id, _name(p), placement.ends_on, employer))
    return sorted(lines, key=lambda line: (line.on, line.kind.value))
