"""The participant signals that caseloads show, sort and filter by (overdue plan steps, dropping attendance):
kept true at once by the changes that move them, recounted for everyone once a day, and always what the plans
and attendance say, counted here afresh in Python with the domain's rules."""

from __future__ import annotations

import threading
import time as time_module
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from participant_fixtures import NOW, Caseload, make_caseload
from plan_fixtures import TODAY
from sqlalchemy import select, text, update

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Group,
    GroupMember,
    Meeting,
    MeetingAttendee,
    Participant,
    Plan,
    PlanRevision,
    PlanStep,
)
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MeetingStatus
from neo_desktop.domain.participant_rules import attendance_dropping
from neo_desktop.domain.plan import ActivityKind, PlanStatus, StepOwner, StepStatus
from neo_desktop.domain.plan_rules import StepInput
from neo_desktop.services import caseload as caseload_service
from neo_desktop.services import participant_signals
from neo_desktop.services.caseload import CaseloadColumn, CaseloadQuery, CaseloadScope, CaseloadService
from neo_desktop.services.journal import as_utc
from neo_desktop.services.meeting_groups import GroupService
from neo_desktop.services.meeting_views import GroupInput, MeetingInput
from neo_desktop.services.meetings import MeetingService
from neo_desktop.services.network_groups import NetworkGroupService
from neo_desktop.services.plans import PlanService


@pytest.fixture
def caseload(database: Database) -> Caseload:
    return make_caseload(database)


def stored(database: Database) -> dict[int, tuple[int, bool]]:
    """participant id → (overdue steps, attendance dropping) as stored, for everyone."""
    with database.transaction() as session:
        rows = session.execute(select(Participant.id, Participant.overdue_steps, Participant.attendance_dropping))
        return {pid: (overdue, bool(dropping)) for pid, overdue, dropping in rows}


def live(database: Database, today: date) -> dict[int, tuple[int, bool]]:
    """The same, counted from every plan and attendance with the domain's rules (not the program's SQL)."""
    held_before = datetime.combine(today + timedelta(days=1), time(), tzinfo=UTC)
    with database.transaction() as session:
        overdue = {pid: 0 for pid in session.scalars(select(Participant.id))}
        for plan in session.scalars(select(Plan).where(Plan.status != PlanStatus.CLOSED)):
            newest = max(plan.revisions, key=lambda revision: revision.id)
            overdue[plan.participant_id] += sum(step.status in (StepStatus.PLANNED, StepStatus.IN_PROGRESS)
                                                and step.due_on is not None and step.due_on < today
                                                for step in newest.steps)
        sessions: dict[int, list[tuple[datetime, int, AttendanceStatus]]] = {}
        for attendee, member, meeting in session.execute(
                select(MeetingAttendee, GroupMember, Meeting)
                .join(GroupMember, GroupMember.id == MeetingAttendee.member_id)
                .join(Meeting, Meeting.id == MeetingAttendee.meeting_id).join(Group, Group.id == Meeting.group_id)
                .where(Group.kind == GroupKind.YOUTH_NETWORK, Meeting.status == MeetingStatus.HELD)):
            if member.participant_id is not None and as_utc(meeting.starts_at) < held_before:
                sessions.setdefault(member.participant_id, []).append((as_utc(meeting.starts_at), meeting.id,
                                                                       attendee.status))
    dropping = {pid for pid, held in sessions.items()
                if attendance_dropping([status for *_when, status in sorted(held, reverse=True)])}
    return {pid: (count, pid in dropping) for pid, count in overdue.items()}


def bring_up_to_date(database: Database, today: date) -> bool:
    with database.transaction() as session:
        return participant_signals.bring_up_to_date(session, today)


def plans(database: Database, caseload: Caseload, today: date = TODAY) -> PlanService:
    return PlanService(database, caseload.world.caseworker, today=lambda: today)


def test_the_daily_pass_counts_as_the_list_does_and_runs_once_a_day(database: Database,
                                                                    caseload: Caseload) -> None:
    ids = caseload.ids
    assert stored(database)[ids["Liva"]] == (0, False)  # made by hand, not counted yet
    assert bring_up_to_date(database, TODAY)
    assert stored(database) == live(database, TODAY)
    assert stored(database)[ids["Liva"]] == (1, False) and stored(database)[ids["Noah"]] == (0, True)
    assert not bring_up_to_date(database, TODAY)  # once a day
    # Next week Liva's step is still open, and a step due tomorrow has fallen overdue: the next day's pass sees it.
    plan = plans(database, caseload).plan_for_participant(ids["Liva"])
    assert plan is not None
    plans(database, caseload).save_step(plan.id, StepInput("Jobsamtale", StepOwner.PARTICIPANT,
                                                           TODAY + timedelta(days=1), ActivityKind.OTHER))
    assert stored(database)[ids["Liva"]] == (1, False)
    week_later = TODAY + timedelta(days=7)
    assert bring_up_to_date(database, week_later)
    assert stored(database)[ids["Liva"]] == (2, False) and stored(database) == live(database, week_later)


def test_plan_changes_move_the_signal_at_once(database: Database, caseload: Caseload) -> None:
    bring_up_to_date(database, TODAY)
    service, pid = plans(database, caseload), caseload.ids["Kasper"]
    plan = service.start_plan(pid, starts_on=TODAY - timedelta(days=30))
    plan = service.save_step(plan.id, StepInput("Besøg virksomhed", StepOwner.CASEWORKER, TODAY - timedelta(days=3),
                                                ActivityKind.OTHER))
    plan = service.save_step(plan.id, StepInput("Ring til UU", StepOwner.CASEWORKER, TODAY - timedelta(days=2),
                                                ActivityKind.OTHER))
    assert stored(database)[pid] == (2, False)
    step = next(s for s in plan.steps if s.description == "Ring til UU")
    plan = service.save_step(plan.id, StepInput(step.description, step.owner, step.due_on, step.activity_kind,
                                                status=StepStatus.DONE), original=step)
    assert stored(database)[pid] == (1, False)
    service.remove_step(plan.id, next(s for s in plan.steps if s.description == "Besøg virksomhed"))
    assert stored(database)[pid] == (0, False)
    assert stored(database) == live(database, TODAY)


def test_closing_a_plan_clears_its_overdue_steps(database: Database, caseload: Caseload) -> None:
    bring_up_to_date(database, TODAY)
    service, pid = plans(database, caseload), caseload.ids["Liva"]
    plan = service.plan_for_participant(pid)
    assert plan is not None and stored(database)[pid] == (1, False)
    service.set_status(plan, PlanStatus.CLOSED)
    assert stored(database)[pid] == (0, False) == live(database, TODAY)[pid]


def test_recorded_attendance_moves_the_dropping_signal_at_once(database: Database, caseload: Caseload) -> None:
    bring_up_to_date(database, TODAY)
    after_session = NOW + timedelta(days=2, hours=1)
    groups = NetworkGroupService(database, caseload.world.caseworker, now=lambda: after_session)
    upcoming = caseload.sessions[-1]
    sheet = groups.sheet(caseload.group_id, upcoming)
    members = {m.name: m.member_id for m in sheet.members}
    # Kasper misses twice in a row (this session and the next): dropping; Noah comes back twice: not any more.
    saved = groups.record_attendance(upcoming, sheet.session.version, {members["Kasper Holm"]: AttendanceStatus.ABSENT,
                                                                       members["Noah Lund"]: AttendanceStatus.ATTENDED})
    assert stored(database)[caseload.ids["Kasper"]] == (0, False)
    next_week = groups.new_session(caseload.group_id, after_session - timedelta(hours=1), "Uge 49")
    later = NetworkGroupService(database, caseload.world.caseworker, now=lambda: after_session + timedelta(days=1))
    later.record_attendance(next_week.session.id, next_week.session.version,
                            {members["Kasper Holm"]: AttendanceStatus.APOLOGIES,
                             members["Noah Lund"]: AttendanceStatus.ATTENDED})
    assert saved.session.id == upcoming
    assert stored(database)[caseload.ids["Kasper"]] == (0, True)
    assert stored(database)[caseload.ids["Noah"]] == (0, False)
    assert stored(database) == live(database, (after_session + timedelta(days=1)).date())


def test_the_register_sorts_by_signals_changed_today(database: Database, caseload: Caseload) -> None:
    register = CaseloadService(database, caseload.world.caseworker, today=lambda: TODAY)
    by_steps = CaseloadQuery(scope=CaseloadScope.REGISTER, sort=CaseloadColumn.OVERDUE_STEPS, descending=True)
    first = register.page(by_steps).rows[0]
    assert first.name.startswith("Liva") and first.overdue_steps == 1  # the day's pass ran for the first sort
    service = plans(database, caseload)
    plan = service.start_plan(caseload.ids["Søren"], starts_on=TODAY - timedelta(days=30))
    for day in (5, 4):
        service.save_step(plan.id, StepInput(f"Trin {day}", StepOwner.CASEWORKER, TODAY - timedelta(days=day),
                                             ActivityKind.OTHER))
    rows = register.page(by_steps).rows
    assert [(row.name.split()[0], row.overdue_steps) for row in rows[:2]] == [("Søren", 2), ("Liva", 1)]
    warned = register.page(CaseloadQuery(scope=CaseloadScope.REGISTER, sort=CaseloadColumn.WARNINGS,
                                         descending=True)).rows
    assert [len(row.warnings) for row in warned] == sorted((len(row.warnings) for row in warned), reverse=True)


def test_a_first_list_of_the_day_that_fails_leaves_the_pass_to_the_next_list(
        database: Database, caseload: Caseload, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> int:
        raise OSError("disk full")

    register = CaseloadService(database, caseload.world.caseworker, today=lambda: TODAY)
    by_steps = CaseloadQuery(scope=CaseloadScope.REGISTER, sort=CaseloadColumn.OVERDUE_STEPS, descending=True)
    with monkeypatch.context() as patched, pytest.raises(OSError):  # the day's pass is rolled back with the export
        patched.setattr(caseload_service, "write_table_workbook", disk_full)
        register.export(by_steps, tmp_path / "list.xlsx", columns=[f"column {n}" for n in range(10)])
    assert stored(database)[caseload.ids["Liva"]] == (0, False)
    first = register.page(by_steps).rows[0]
    assert first.name.startswith("Liva") and first.overdue_steps == 1
    assert stored(database) == live(database, TODAY)


def test_two_saves_for_one_young_person_at_the_same_time_both_count(postgres_database: Database) -> None:
    # A caseworker adds an overdue plan step for Kasper while a colleague records his second absence in a row:
    # the colleague's recount waits for the first save, then counts both.
    database = postgres_database
    caseload = make_caseload(database)
    bring_up_to_date(database, TODAY)
    pid = caseload.ids["Kasper"]
    backend: list[int] = []
    failed: list[BaseException] = []

    def record_absences() -> None:
        try:
            with database.transaction() as session:
                backend.append(session.scalar(text("SELECT pg_backend_pid()")))
                member = select(GroupMember.id).where(GroupMember.participant_id == pid).scalar_subquery()
                session.execute(update(MeetingAttendee).where(MeetingAttendee.member_id == member)
                                .values(status=AttendanceStatus.ABSENT))
                participant_signals.refresh(session, TODAY, [pid])
        except BaseException as exc:  # reported below
            failed.append(exc)

    colleague = threading.Thread(target=record_absences)
    with database.transaction() as session:
        scope = {"organisation_id": caseload.world.organisation_id, "project_id": caseload.world.project_id}
        plan = Plan(participant_id=pid, status=PlanStatus.AGREED, starts_on=TODAY - timedelta(days=30), **scope)
        revision = PlanRevision(number=1, locked=True, **scope)
        revision.steps = [PlanStep(step_key="k1", position=0, description="CV", owner=StepOwner.PARTICIPANT,
                                   activity_kind=ActivityKind.OTHER, due_on=TODAY - timedelta(days=2),
                                   status=StepStatus.PLANNED, **scope)]
        plan.revisions.append(revision)
        session.add(plan)
        participant_signals.refresh(session, TODAY, [pid])
        colleague.start()
        with database.engine.connect() as watcher:  # until the colleague's recount waits for this save
            deadline = time_module.monotonic() + 10
            while not (backend and watcher.scalar(text("SELECT count(*) FROM pg_locks WHERE pid = :p AND NOT granted"),
                                                  {"p": backend[0]})):
                assert time_module.monotonic() < deadline, "the colleague's save never waited"
                watcher.rollback()
                time_module.sleep(0.02)
    colleague.join(10)
    assert not colleague.is_alive() and not failed
    assert stored(database)[pid] == (1, True) == live(database, TODAY)[pid]


def test_a_group_no_longer_a_youth_network_clears_its_members_dropping(database: Database,
                                                                     caseload: Caseload) -> None:
    bring_up_to_date(database, TODAY)
    assert stored(database)[caseload.ids["Noah"]] == (0, True)
    groups = GroupService(database, caseload.world.secretary)
    group = groups.group(caseload.group_id)
    groups.save_group(GroupInput(group.name, GroupKind.WORKING, group.project_id, group.organisation_id,
                                 group.municipality, group.active), original=group)
    assert stored(database)[caseload.ids["Noah"]] == (0, False) == live(database, TODAY)[caseload.ids["Noah"]]


def test_a_session_cancelled_afterwards_recounts_its_young_members(database: Database, caseload: Caseload) -> None:
    bring_up_to_date(database, TODAY)
    assert stored(database)[caseload.ids["Noah"]] == (0, True)  # absent, then apologies, at the last two
    meetings = MeetingService(database, caseload.world.secretary, today=lambda: TODAY)
    last = meetings.meeting(caseload.sessions[-2])
    meetings.update_meeting(last, MeetingInput(last.title, last.starts_at, last.ends_at, last.location,
                                               last.online_link, last.language, MeetingStatus.CANCELLED))
    assert stored(database)[caseload.ids["Noah"]] == (0, False) == live(database, TODAY)[caseload.ids["Noah"]]
