"""Meetings: date, place, attendance, the agenda builder, minutes per item, decisions and action items, and the
minutes workflow draft → in review → approved (and then locked).

- A new meeting invites the group's current members and carries the group's open action items into its agenda;
  :meth:`MeetingService.carry_over_actions` brings in any that were opened since.
- Agenda, minutes, attendance, decisions and actions change only while the minutes are a draft; sent for review
  they wait (take them back to draft to change them); approved, they are locked for good. An action item's
  state (open, done, cancelled) is follow-up, not minutes: it can change at any time.
- Every edit carries the version the user saw; every change to a meeting's contents also moves the meeting's own
  version on, so approving minutes someone has changed since fails instead of approving unseen text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import ActionItem, AgendaItem, Decision, Meeting, MeetingAttendee
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.meeting import ActionStatus, AttendanceStatus, MeetingStatus, MinutesStatus

from . import meeting_rules as rules
from . import participant_signals
from .editing import apply_changes
from .meeting_groups import MEETING_EDITORS, clean_text
from .meeting_records import (
    Names,
    action_view,
    load_group,
    load_meeting,
    meeting_summaries,
    meeting_view,
    open_action_views,
    renumber,
)
from .meeting_views import (
    ActionInput,
    ActionView,
    AgendaItemInput,
    AgendaItemView,
    DecisionInput,
    DecisionView,
    MeetingInput,
    MeetingSummary,
    MeetingView,
    as_utc,
    wall_clock,
)
from .permissions import Area, requires
from .tables import RecordTable, column
from .user import SignedInUser

DECISION_TEXT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write the decision in a few words.")
NOT_HELD = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Minutes can only be sent for review once the meeting has taken place.")
CANCELLED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This meeting was cancelled, so it has no minutes.")
ONLY_DRAFT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Only draft minutes can be sent for review.")
ONLY_IN_REVIEW = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Only minutes that are out for review can be approved or taken "
                                                   "back to draft.")
GUEST_NAME = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write the guest's name.")
DONE_DATE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An action item cannot be done before the meeting that agreed it.")


class MeetingService:
    """The meeting use cases for one signed-in user."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    # ------------------------------------------------------------------------------------------- reading

    @requires(Area.MEETINGS, "see meetings")
    def meetings(self, group_id: int | None = None) -> list[MeetingSummary]:
        """Meetings of one group (or all), newest first."""
        with self._database.transaction() as session:
            return meeting_summaries(session, None if group_id is None else [group_id])

    @requires(Area.MEETINGS, "see meetings")
    def meeting_list(self, group_id: int | None = None) -> RecordTable:
        """The meetings as a list shows them (newest first), times as Danish and Swedish clocks show them."""
        with self._database.transaction() as session:
            summaries = meeting_summaries(session, None if group_id is None else [group_id])
        return RecordTable(
            (column("Date"), column("Group"), column("Meeting"), column("Minutes"), column("Open actions")),
            tuple((wall_clock(m.starts_at), m.group_name, m.title, m.minutes_status, m.open_actions)
                  for m in summaries),
            tuple(m.id for m in summaries))

    @requires(Area.MEETINGS, "see meetings")
    def meeting(self, meeting_id: int) -> MeetingView:
        """A meeting with its attendance, agenda, minutes, decisions and actions."""
        with self._database.transaction() as session:
            return meeting_view(session, load_meeting(session, meeting_id))

    @requires(Area.MEETINGS, "see meetings")
    def open_actions(self, group_id: int) -> list[ActionView]:
        """The group's open action items, the earliest due first."""
        with self._database.transaction() as session:
            load_group(session, group_id)
            return open_action_views(session, group_id)

    # ----------------------------------------------------------------------------------- the meeting itself

    @requires(MEETING_EDITORS, "plan meetings")
    def create_meeting(self, group_id: int, data: MeetingInput) -> MeetingView:
        """Plan a meeting: the group's current members are invited and its open actions are on the agenda."""
        values = rules.meeting_values(data)
        with self._database.transaction() as session:
            group = load_group(session, group_id)
            meeting = Meeting(group_id=group.id, project_id=group.project_id, **values)
            session.add(meeting)
            session.flush()
            day = as_utc(meeting.starts_at).date()
            for member in group.members:
                if (member.joined_on is None or member.joined_on <= day) and (member.left_on is None
                                                                              or member.left_on >= day):
                    session.add(MeetingAttendee(meeting_id=meeting.id, project_id=group.project_id,
                                                member_id=member.id, status=AttendanceStatus.INVITED))
            rules.carry_over(session, meeting)
            session.flush()
            session.refresh(meeting)
            return meeting_view(session, meeting)

    @requires(MEETING_EDITORS, "change meetings")
    def update_meeting(self, original: MeetingView, data: MeetingInput) -> MeetingView:
        """Change the title, time, place, language or status of the meeting the user saw."""
        values = rules.meeting_values(data)
        with self._database.transaction() as session:
            meeting = load_meeting(session, original.id)
            rules.check_not_locked(meeting)
            apply_changes(meeting, values, original.version, what="meeting")
            session.flush()
            if (meeting.status, meeting.starts_at) != (original.status, original.starts_at):  # held, cancelled, moved
                participant_signals.refresh_meeting(session, self._today(), meeting.id)
            return meeting_view(session, meeting)

    @requires(MEETING_EDITORS, "change meetings")
    def set_attendance(self, meeting_id: int, statuses: Mapping[int, AttendanceStatus]) -> MeetingView:
        """Record who came, sent apologies or stayed away (attendee id → status)."""
        return self._edit(meeting_id, lambda session, meeting: rules.set_attendance(session, meeting, statuses),
                          attendance=True)

    @requires(MEETING_EDITORS, "change meetings")
    def add_guest(self, meeting_id: int, name: str) -> MeetingView:
        """Invite someone who is not a member (a speaker, a visitor)."""
        guest = clean_text(name, field="guest_name", required=GUEST_NAME)
        return self._edit(meeting_id, lambda session, meeting: session.add(MeetingAttendee(
            meeting_id=meeting.id, project_id=meeting.project_id, guest_name=guest,
            status=AttendanceStatus.INVITED)))

    # --------------------------------------------------------------------------------------- the agenda

    @requires(MEETING_EDITORS, "change meetings")
    def save_agenda_item(self, meeting_id: int, data: AgendaItemInput, *,
                         original: AgendaItemView | None = None) -> MeetingView:
        """Add an item at the end of the agenda (``original`` None) or change the one the user saw."""
        values = rules.agenda_values(data)

        def change(session: Session, meeting: Meeting) -> None:
            rules.check_links(session, values)
            if original is None:
                # New items go before the follow-ups carried over at the end, so "any other business" stays last.
                items = sorted(meeting.agenda_items, key=lambda i: (i.position, i.id))
                carried = len(items) - next((n for n in range(len(items), 0, -1)
                                             if items[n - 1].carried_action_id is None), 0)
                item = AgendaItem(position=len(items), **values)
                items.insert(len(items) - carried, item)
                meeting.agenda_items.append(item)
                renumber(items)
            else:
                apply_changes(rules.item(meeting, original.id), values, original.version, what="agenda item")

        return self._edit(meeting_id, change)

    @requires(MEETING_EDITORS, "change meetings")
    def remove_agenda_item(self, meeting_id: int, original: AgendaItemView) -> MeetingView:
        """Take an item off the agenda (its decisions and actions stay, no longer tied to it)."""
        def change(session: Session, meeting: Meeting) -> None:
            item = rules.item(meeting, original.id)
            rules.check_version(item, original.version, "agenda item")
            meeting.agenda_items.remove(item)
            session.delete(item)
            renumber(sorted(meeting.agenda_items, key=lambda i: (i.position, i.id)))

        return self._edit(meeting_id, change)

    @requires(MEETING_EDITORS, "change meetings")
    def move_agenda_item(self, meeting_id: int, original: AgendaItemView, offset: int) -> MeetingView:
        """Move an item ``offset`` places up (negative) or down the agenda."""
        def change(_session: Session, meeting: Meeting) -> None:
            items = sorted(meeting.agenda_items, key=lambda i: (i.position, i.id))
            item = rules.item(meeting, original.id)
            rules.check_version(item, original.version, "agenda item")
            index = items.index(item)
            items.insert(max(0, min(len(items) - 1, index + offset)), items.pop(index))
            renumber(items)

        return self._edit(meeting_id, change)

    @requires(MEETING_EDITORS, "write minutes")
    def record_minutes(self, meeting_id: int, original: AgendaItemView, minutes: str | None) -> MeetingView:
        """Write the minutes of one agenda item."""
        cleaned = clean_text(minutes, field="minutes", limit=20_000)
        return self._edit(meeting_id, lambda _session, meeting: apply_changes(
            rules.item(meeting, original.id), {"minutes": cleaned}, original.version, what="agenda item"))

    @requires(MEETING_EDITORS, "change meetings")
    def carry_over_actions(self, meeting_id: int) -> MeetingView:
        """Put the group's open action items that are not on this agenda yet at its end."""
        return self._edit(meeting_id, rules.carry_over)

    # --------------------------------------------------------------------------- decisions and actions

    @requires(MEETING_EDITORS, "write minutes")
    def save_decision(self, meeting_id: int, data: DecisionInput, *,
                      original: DecisionView | None = None) -> MeetingView:
        """Record a decision (``original`` None) or change the one the user saw."""
        values = {"text": clean_text(data.text, field="text", limit=4000, required=DECISION_TEXT),
                  "agenda_item_id": data.agenda_item_id}

        def change(session: Session, meeting: Meeting) -> None:
            rules.check_item_of(meeting, data.agenda_item_id)
            if original is None:
                session.add(Decision(meeting_id=meeting.id, **values))
            else:
                apply_changes(rules.child(session, Decision, original.id, meeting), values, original.version,
                              what="decision")

        return self._edit(meeting_id, change)

    @requires(MEETING_EDITORS, "write minutes")
    def remove_decision(self, meeting_id: int, original: DecisionView) -> MeetingView:
        """Delete a decision recorded by mistake."""
        def change(session: Session, meeting: Meeting) -> None:
            decision = rules.child(session, Decision, original.id, meeting)
            rules.check_version(decision, original.version, "decision")
            session.delete(decision)

        return self._edit(meeting_id, change)

    @requires(MEETING_EDITORS, "write minutes")
    def save_action(self, meeting_id: int, data: ActionInput, *, original: ActionView | None = None) -> MeetingView:
        """Agree an action item in the meeting (``original`` None) or change the one the user saw."""
        values = rules.action_values(data)

        def change(session: Session, meeting: Meeting) -> None:
            rules.check_links(session, values)
            rules.check_item_of(meeting, data.agenda_item_id)
            if original is None:
                session.add(ActionItem(meeting_id=meeting.id, status=ActionStatus.OPEN, **values))
            else:
                apply_changes(rules.child(session, ActionItem, original.id, meeting), values, original.version,
                              what="action item")

        return self._edit(meeting_id, change)

    @requires(MEETING_EDITORS, "follow up action items")
    def set_action_status(self, original: ActionView, status: ActionStatus, *,
                          completed_on: date | None = None) -> ActionView:
        """Mark an action item done, cancelled or open again (allowed after the minutes are locked)."""
        status = ActionStatus(status)
        with self._database.transaction() as session:
            action = session.get(ActionItem, original.id)
            if action is None:
                raise NotFoundError(what="action item")
            meeting = load_meeting(session, action.meeting_id)
            done_on = (completed_on or self._today()) if status is ActionStatus.DONE else None
            if done_on is not None and done_on < as_utc(meeting.starts_at).date():
                raise ValidationError(DONE_DATE, field="completed_on")
            apply_changes(action, {"status": status, "completed_on": done_on}, original.version, what="action item")
            session.flush()
            return action_view(action, meeting, Names(session))

    # -------------------------------------------------------------------------------- the minutes workflow

    @requires(MEETING_EDITORS, "send minutes for review")
    def send_minutes_for_review(self, original: MeetingView) -> MeetingView:
        """Draft → in review: the attendees read the minutes; the meeting counts as held."""
        def step(meeting: Meeting) -> None:
            if meeting.minutes_status is not MinutesStatus.DRAFT:
                raise ValidationError(ONLY_DRAFT, field="minutes_status")
            if meeting.status is MeetingStatus.CANCELLED:
                raise ValidationError(CANCELLED, field="status")
            if as_utc(meeting.starts_at).date() > self._today():
                raise ValidationError(NOT_HELD, field="starts_at")
            meeting.minutes_status, meeting.status = MinutesStatus.IN_REVIEW, MeetingStatus.HELD

        return self._workflow(original, step)

    @requires(MEETING_EDITORS, "send minutes for review")
    def return_minutes_to_draft(self, original: MeetingView) -> MeetingView:
        """In review → draft, to change them after comments."""
        def step(meeting: Meeting) -> None:
            if meeting.minutes_status is not MinutesStatus.IN_REVIEW:
                raise ValidationError(ONLY_IN_REVIEW, field="minutes_status")
            meeting.minutes_status = MinutesStatus.DRAFT

        return self._workflow(original, step)

    @requires(MEETING_EDITORS, "approve minutes")
    def approve_minutes(self, original: MeetingView, *, approved_on: date | None = None) -> MeetingView:
        """In review → approved: the minutes are locked from now on."""
        def step(meeting: Meeting) -> None:
            if meeting.minutes_status is not MinutesStatus.IN_REVIEW:
                raise ValidationError(ONLY_IN_REVIEW, field="minutes_status")
            meeting.minutes_status = MinutesStatus.APPROVED
            meeting.minutes_approved_on = approved_on or self._today()
            meeting.minutes_approved_by_id = self._user.staff_id

        return self._workflow(original, step)

    # ---------------------------------------------------------------------------------------- internals

    def _edit(self, meeting_id: int, change: Callable[[Session, Meeting], Any], *,
              attendance: bool = False) -> MeetingView:
        """Change a meeting's contents while its minutes are a draft; moves the meeting's version on. A change of
        ``attendance`` recounts the young members' signals."""
        with self._database.transaction() as session:
            meeting = load_meeting(session, meeting_id)
            rules.check_editable(meeting)
            change(session, meeting)
            rules.touch(meeting)
            session.flush()
            if attendance:
                participant_signals.refresh_meeting(session, self._today(), meeting.id)
            session.expire(meeting, ["agenda_items"])
            return meeting_view(session, meeting)

    def _workflow(self, original: MeetingView, step: Callable[[Meeting], None]) -> MeetingView:
        with self._database.transaction() as session:
            meeting = load_meeting(session, original.id)
            rules.check_version(meeting, original.version, "meeting")
            status = meeting.status
            step(meeting)
            session.flush()
            if meeting.status is not status:  # marked as held: its attendance counts now
                participant_signals.refresh_meeting(session, self._today(), meeting.id)
            return meeting_view(session, meeting)

