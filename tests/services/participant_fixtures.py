"""Helpers for the caseload, record, journal and network-group tests: the plan tests' small world, plus a few
more young people, a youth network group with sessions, a plan with an overdue step and eligibility rules."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from plan_fixtures import TODAY, PlanWorld, make_world
from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    AccessLogEntry,
    EligibilityRule,
    Group,
    GroupMember,
    Meeting,
    MeetingAttendee,
    Participant,
    Plan,
    PlanRevision,
    PlanStep,
    Project,
)
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MeetingStatus
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.plan import ActivityKind, PlanStatus, StepOwner, StepStatus

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Caseload:
    """The world with extra participants and a network group."""

    world: PlanWorld
    ids: dict[str, int]  # first name → participant id
    group_id: int
    sessions: tuple[int, ...]  # meeting ids, oldest first; the last one is still to come


def person(database: Database, world: PlanWorld, first: str, last: str, **values: object) -> int:
    """Add a participant of the world's jobcentre and project (caseworker Mette unless told otherwise)."""
    values.setdefault("caseworker_id", world.caseworker.staff_id)
    values.setdefault("status", ParticipantStatus.ACTIVE)
    with database.transaction() as session:
        participant = Participant(first_name=first, last_name=last, organisation_id=world.organisation_id,
                                  project_id=world.project_id, **values)
        session.add(participant)
        session.flush()
        return participant.id


def make_caseload(database: Database) -> Caseload:
    """The plan world plus: Kasper (no contact for 30 days, follow-up overdue), Liva (an overdue plan step),
    Noah (dropping out of the network group), Emma (left, six-month follow-up due), Frida (Jonas's)."""
    world = make_world(database)
    ids = {
        "Søren": world.participant_id,
        "Åsa": world.swedish_participant_id,
        "Kasper": person(database, world, "Kasper", "Holm", phone="+45 20 30 40 50", email="kasper.holm@example.org",
                         last_contact_on=TODAY - timedelta(days=30), next_contact_on=TODAY - timedelta(days=2),
                         birth_date=date(2001, 3, 4), identity_number="0403014917"),
        "Liva": person(database, world, "Liva", "Berg", last_contact_on=TODAY - timedelta(days=1),
                       next_contact_on=TODAY),
        "Noah": person(database, world, "Noah", "Lund", last_contact_on=TODAY - timedelta(days=3)),
        "Emma": person(database, world, "Emma", "Krog", status=ParticipantStatus.COMPLETED,
                       exited_on=TODAY - timedelta(days=200), followup_due_on=TODAY - timedelta(days=17),
                       last_contact_on=TODAY - timedelta(days=200)),
        "Frida": person(database, world, "Frida", "Dam", caseworker_id=world.colleague.staff_id,
                        last_contact_on=TODAY - timedelta(days=1)),
    }
    with database.transaction() as session:
        session.add_all([
            EligibilityRule(project_id=world.project_id, min_age=16, max_age=24, min_unemployed_months=3),
            EligibilityRule(project_id=world.project_id, min_age=25, max_age=64, min_unemployed_months=12),
        ])
        plan = Plan(participant_id=ids["Liva"], organisation_id=world.organisation_id, project_id=world.project_id,
                    status=PlanStatus.AGREED, starts_on=TODAY - timedelta(days=60), review_on=TODAY)
        revision = PlanRevision(number=1, locked=True, organisation_id=world.organisation_id,
                                project_id=world.project_id)
        revision.steps = [PlanStep(step_key=str(uuid.uuid4()), position=0,
                                   activity_kind=ActivityKind.CV_AND_APPLICATION, description="Skriv et CV",
                                   owner=StepOwner.PARTICIPANT,
                                   due_on=TODAY - timedelta(days=5), status=StepStatus.PLANNED,
                                   organisation_id=world.organisation_id, project_id=world.project_id),
                          PlanStep(step_key=str(uuid.uuid4()), position=1, activity_kind=ActivityKind.COURSE,
                                   description="Truckkursus", owner=StepOwner.PARTICIPANT,
                                   due_on=TODAY - timedelta(days=5), status=StepStatus.DONE,
                                   organisation_id=world.organisation_id, project_id=world.project_id)]
        plan.revisions.append(revision)
        session.add(plan)
        group = Group(name="Netværksgruppen Viborg", kind=GroupKind.YOUTH_NETWORK, project_id=world.project_id,
                      organisation_id=world.organisation_id)
        session.add(group)
        session.flush()
        members = {name: GroupMember(group_id=group.id, project_id=world.project_id, participant_id=ids[name])
                   for name in ("Kasper", "Noah", "Frida")}
        session.add_all(members.values())
        session.flush()
        sessions = []
        history = {"Kasper": [AttendanceStatus.ATTENDED] * 3, "Noah": [AttendanceStatus.ATTENDED,
                                                                      AttendanceStatus.ABSENT,
                                                                      AttendanceStatus.APOLOGIES],
                   "Frida": [AttendanceStatus.ATTENDED] * 3}
        for week in range(3):
            meeting = Meeting(group_id=group.id, project_id=world.project_id, title=f"Uge {45 + week}",
                              starts_at=NOW - timedelta(days=7 * (3 - week)), status=MeetingStatus.HELD)
            session.add(meeting)
            session.flush()
            sessions.append(meeting.id)
            for name, member in members.items():
                session.add(MeetingAttendee(meeting_id=meeting.id, project_id=world.project_id, member_id=member.id,
                                            status=history[name][week]))
        upcoming = Meeting(group_id=group.id, project_id=world.project_id, title="Uge 48",
                           starts_at=NOW + timedelta(days=2), status=MeetingStatus.PLANNED)
        session.add(upcoming)
        session.flush()
        sessions.append(upcoming.id)
        return Caseload(world, ids, group.id, tuple(sessions))


def log_entries(database: Database, action: AccessAction | None = None) -> list[AccessLogEntry]:
    """The access log, oldest first (optionally one kind of action)."""
    with database.transaction() as session:
        query = select(AccessLogEntry).order_by(AccessLogEntry.id)
        if action is not None:
            query = query.where(AccessLogEntry.action == action)
        return list(session.scalars(query))


def project_code(database: Database, project_id: int) -> str:
    """A project's code."""
    with database.transaction() as session:
        return session.get(Project, project_id).code
