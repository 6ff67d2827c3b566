"""The youth network group's attendance screen: a whole session recorded in one save, with the members'
history beside them; the caseload then warns about the member whose attendance is dropping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.models import MeetingAttendee
from neo_desktop.domain.meeting import AttendanceStatus, MeetingStatus
from neo_desktop.domain.participant_rules import WarningKind
from neo_desktop.services.caseload import CaseloadQuery, CaseloadScope
from neo_desktop.ui.participants.network_group_dialog import NetworkGroupDialog


def test_recording_a_session_in_one_save(qtbot, desk) -> None:
    dialog = NetworkGroupDialog(desk.participant_services, desk.context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=10_000)
    wait_for_tasks(qtbot, desk.context)
    sheet = dialog.sheet
    assert sheet.session is not None and sheet.session.status is MeetingStatus.HELD
    assert dialog.table.rowCount() == len(sheet.members) > 3
    assert dialog.table.horizontalHeaderItem(1).text() == "This session"
    dialog.set_all(AttendanceStatus.ATTENDED)
    members = list(dialog.boxes)
    dialog.boxes[members[0]].set_value(AttendanceStatus.ABSENT)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() == "Attendance saved.", timeout=10_000)
    with desk.database.transaction() as session:
        statuses = dict(session.execute(select(MeetingAttendee.member_id, MeetingAttendee.status).where(
            MeetingAttendee.meeting_id == sheet.session.id, MeetingAttendee.member_id.in_(members))).all())
    assert statuses[members[0]] is AttendanceStatus.ABSENT
    assert {statuses[m] for m in members[1:]} == {AttendanceStatus.ATTENDED}


def test_a_new_session_and_the_dropping_warning(qtbot, desk) -> None:
    dialog = NetworkGroupDialog(desk.participant_services, desk.context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=10_000)
    wait_for_tasks(qtbot, desk.context)
    member = dialog.sheet.members[0]
    groups = desk.participant_services.groups
    # Two sessions this week, both missed: the screen and the caseload warn about this young person.
    for hours in (30, 6):
        new = groups.new_session(dialog.sheet.group.id, datetime.now(UTC) - timedelta(hours=hours), f"Ekstra {hours}")
        groups.record_attendance(new.session.id, new.session.version, {member.member_id: AttendanceStatus.ABSENT})
    dialog.load_sheet()
    wait_for_tasks(qtbot, desk.context)
    assert dialog.sheet.session.title == "Ekstra 6"
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == member.name)
    assert dialog.table.item(row, dialog.table.columnCount() - 1).text() == "Attendance dropping"
    warned = desk.participant_services.caseload.page(CaseloadQuery(scope=CaseloadScope.REGISTER,
                                                                   warning=WarningKind.ATTENDANCE_DROPPING))
    assert member.participant_id in {r.id for r in warned.rows}
