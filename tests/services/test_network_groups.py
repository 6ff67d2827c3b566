"""The youth network group: a session's attendance for every member in one save, with each member's history,
feeding the caseload's "attendance dropping" warning."""

from __future__ import annotations

from datetime import timedelta

import pytest
from participant_fixtures import NOW, Caseload, log_entries, make_caseload
from plan_fixtures import TODAY

from neo_desktop.db.engine import Database
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.meeting import AttendanceStatus, MeetingStatus
from neo_desktop.domain.participant_rules import WarningKind
from neo_desktop.services.caseload import CaseloadQuery, CaseloadService
from neo_desktop.services.network_groups import NetworkGroupService

A = AttendanceStatus


@pytest.fixture
def caseload(database: Database) -> Caseload:
    return make_caseload(database)


def groups(database: Database, caseload: Caseload, who: str = "caseworker", *, now=NOW) -> NetworkGroupService:
    return NetworkGroupService(database, getattr(caseload.world, who), now=lambda: now)


def test_the_sheet_shows_the_latest_session_with_each_members_history(database: Database,
                                                                      caseload: Caseload) -> None:
    service = groups(database, caseload)
    assert [(g.name, g.members) for g in service.groups()] == [("Netværksgruppen Viborg", 2)]  # Frida is Jonas's
    sheet = service.sheet(caseload.group_id)
    assert sheet.session.title == "Uge 47" and sheet.session.status is MeetingStatus.HELD
    assert [s.title for s in sheet.history_sessions] == ["Uge 46", "Uge 45"]
    members = {m.name: m for m in sheet.members}
    assert set(members) == {"Kasper Holm", "Noah Lund"}
    assert members["Noah Lund"].status is A.APOLOGIES and members["Noah Lund"].history == (A.ABSENT, A.ATTENDED)
    assert members["Noah Lund"].dropping and not members["Kasper Holm"].dropping
    assert log_entries(database, AccessAction.SEARCH)[-1].purpose == "network group attendance"
    with pytest.raises(NotFoundError):
        groups(database, caseload, "outsider").sheet(caseload.group_id)


def test_recording_a_session_in_one_save(database: Database, caseload: Caseload) -> None:
    service = groups(database, caseload)
    upcoming = caseload.sessions[-1]
    sheet = service.sheet(caseload.group_id, upcoming)
    members = {m.name: m.member_id for m in sheet.members}
    with pytest.raises(ValidationError):  # it has not started yet
        service.record_attendance(upcoming, sheet.session.version, {members["Noah Lund"]: A.ATTENDED})
    later = groups(database, caseload, now=NOW + timedelta(days=2, hours=1))
    saved = later.record_attendance(upcoming, sheet.session.version, {members["Noah Lund"]: A.ABSENT,
                                                                       members["Kasper Holm"]: A.ATTENDED})
    assert saved.session.status is MeetingStatus.HELD
    assert {m.name: m.status for m in saved.members} == {"Kasper Holm": A.ATTENDED, "Noah Lund": A.ABSENT}
    with pytest.raises(ConflictError):  # a second sheet opened before the save
        later.record_attendance(upcoming, sheet.session.version, {members["Noah Lund"]: A.ATTENDED})
    with pytest.raises(ValidationError):  # Frida is not a member Mette may record
        later.record_attendance(upcoming, saved.session.version, {999_999: A.ATTENDED})
    updates = [e for e in log_entries(database, AccessAction.UPDATE) if e.record_kind == "meeting_attendance"]
    assert {e.participant_id for e in updates} == {caseload.ids["Noah"], caseload.ids["Kasper"]}
    warned = CaseloadService(database, caseload.world.caseworker, today=lambda: TODAY).page(
        CaseloadQuery(warning=WarningKind.ATTENDANCE_DROPPING))
    assert [row.name for row in warned.rows] == ["Noah Lund"]


def test_planning_a_session_invites_every_member(database: Database, caseload: Caseload) -> None:
    service = groups(database, caseload)
    with pytest.raises(ValidationError):
        service.new_session(caseload.group_id, NOW + timedelta(days=9), " ")
    sheet = service.new_session(caseload.group_id, NOW + timedelta(days=9), "Uge 49")
    assert sheet.session.title == "Uge 49" and sheet.session.status is MeetingStatus.PLANNED
    assert {m.status for m in sheet.members} == {A.INVITED}
