"""The rules behind the meeting use cases: input cleaned and checked, the minutes' lock, carrying open actions.

Used by :mod:`.meetings`; nothing here checks roles (the service methods do).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.models import AgendaItem, Decision, Employer, Meeting, MeetingAttendee, ProjectTarget
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.meeting import AttendanceStatus, MeetingStatus, MinutesStatus
from neo_desktop.reports.texts import format_date, text

from .meeting_groups import clean_text
from .meeting_records import Names, open_actions_before
from .meeting_views import ActionInput, AgendaItemInput, MeetingInput, as_utc

TITLE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A meeting needs a title.")
ITEM_TITLE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An agenda item needs a title.")
ACTION_TITLE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An action item needs a title: what is to be done.")
ENDS_BEFORE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A meeting cannot end before it starts.")
MINUTES_ALLOTTED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Minutes allotted must be between 1 and 480.")
LOCKED = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The minutes of this meeting were approved on {date} and are locked. Nothing in them can be "
    "changed.")
IN_REVIEW = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The minutes are out for review. Take them back to draft before changing them.")


def meeting_values(data: MeetingInput) -> dict[str, Any]:
    """A meeting's columns from the input, checked (a title; it does not end before it starts)."""
    starts_at = as_utc(data.starts_at)
    ends_at = as_utc(data.ends_at) if data.ends_at else None
    if ends_at is not None and ends_at < starts_at:
        raise ValidationError(ENDS_BEFORE, field="ends_at")
    return {"title": clean_text(data.title, field="title", required=TITLE), "starts_at": starts_at,
            "ends_at": ends_at, "location": clean_text(data.location, field="location"),
            "online_link": clean_text(data.online_link, field="online_link", limit=400),
            "language": data.language, "status": MeetingStatus(data.status)}


def agenda_values(data: AgendaItemInput) -> dict[str, Any]:
    """An agenda item's columns from the input, checked (a title; sensible minutes allotted)."""
    if data.minutes_allotted is not None and not 1 <= data.minutes_allotted <= 480:
        raise ValidationError(MINUTES_ALLOTTED, field="minutes_allotted")
    return {"title": clean_text(data.title, field="title", limit=300, required=ITEM_TITLE),
            "presenter": clean_text(data.presenter, field="presenter"), "minutes_allotted": data.minutes_allotted,
            "description": clean_text(data.description, field="description", limit=4000),
            "link": clean_text(data.link, field="link", limit=400), "employer_id": data.employer_id,
            "target_id": data.target_id}


def action_values(data: ActionInput) -> dict[str, Any]:
    """An action item's columns from the input, checked (a title)."""
    return {"title": clean_text(data.title, field="title", limit=300, required=ACTION_TITLE),
            "owner_name": clean_text(data.owner_name, field="owner_name"), "owner_staff_id": data.owner_staff_id,
            "owner_organisation_id": data.owner_organisation_id, "due_on": data.due_on,
            "description": clean_text(data.description, field="description", limit=4000),
            "employer_id": data.employer_id, "target_id": data.target_id, "agenda_item_id": data.agenda_item_id}


def check_not_locked(meeting: Meeting) -> None:
    """Refuse any change to a meeting whose minutes are approved."""
    if meeting.minutes_status is MinutesStatus.APPROVED:
        approved = meeting.minutes_approved_on
        raise ValidationError(LOCKED, field="minutes_status",
                              date=format_date(approved, meeting.language) if approved else "")


def check_editable(meeting: Meeting) -> None:
    """Refuse a change to the contents unless the minutes are a draft."""
    check_not_locked(meeting)
    if meeting.minutes_status is MinutesStatus.IN_REVIEW:
        raise ValidationError(IN_REVIEW, field="minutes_status")


def check_version(record: Any, expected: int, what: str) -> None:
    """Refuse a change based on a version of the record that is no longer the stored one."""
    if record.version != expected:
        raise ConflictError(what=what, changes={"version": (record.version, expected)})


def touch(meeting: Meeting) -> None:
    """Move the meeting's version on: any change to its contents is a change to the meeting."""
    # Any change to the contents is a change to the meeting: its version moves on (see the module's notes).
    meeting.updated_at = datetime.now(UTC)


def item(meeting: Meeting, item_id: int) -> AgendaItem:
    """The meeting's agenda item ``item_id``, or NotFoundError."""
    item = next((i for i in meeting.agenda_items if i.id == item_id), None)
    if item is None:
        raise NotFoundError(what="agenda item")
    return item


def check_item_of(meeting: Meeting, item_id: int | None) -> None:
    """Refuse an agenda item of another meeting."""
    if item_id is not None:
        item(meeting, item_id)


def child(session: Session, model: type, key: int, meeting: Meeting) -> Any:
    """A decision or action item of the meeting, or NotFoundError."""
    row = session.get(model, key)
    if row is None or row.meeting_id != meeting.id:
        raise NotFoundError(what="decision" if model is Decision else "action item")
    return row


def check_links(session: Session, values: Mapping[str, Any]) -> None:
    """Refuse links to a company or target that does not exist."""
    if values.get("employer_id") is not None and session.get(Employer, values["employer_id"]) is None:
        raise NotFoundError(what="company")
    if values.get("target_id") is not None and session.get(ProjectTarget, values["target_id"]) is None:
        raise NotFoundError(what="target")


def set_attendance(session: Session, meeting: Meeting, statuses: Mapping[int, AttendanceStatus]) -> None:
    """Set each attendee's answer (attendee id → status)."""
    attendees = {a.id: a for a in session.scalars(select(MeetingAttendee).where(
        MeetingAttendee.meeting_id == meeting.id, MeetingAttendee.id.in_(list(statuses))))}
    for attendee_id, status in statuses.items():
        if attendee_id not in attendees:
            raise NotFoundError(what="attendee")
        attendees[attendee_id].status = AttendanceStatus(status)


def carry_over(session: Session, meeting: Meeting) -> None:
    """Open actions of the group's earlier meetings become agenda items (each once per meeting)."""
    present = {item.carried_action_id for item in meeting.agenda_items if item.carried_action_id is not None}
    position = len(meeting.agenda_items)
    names = Names(session)
    for action, _ in open_actions_before(session, meeting):
        if action.id in present:
            continue
        owner = action.owner_name or names.staff(action.owner_staff_id) or names.organisation(
            action.owner_organisation_id)
        details = [part for part in (owner, format_date(action.due_on, meeting.language) if action.due_on else None)
                   if part]
        meeting.agenda_items.append(AgendaItem(
            position=position, title=text("agenda.carried", meeting.language, title=action.title)[:300],
            description=text("agenda.carried_details", meeting.language, details=", ".join(details))
            if details else None, carried_action_id=action.id, employer_id=action.employer_id,
            target_id=action.target_id))
        position += 1
