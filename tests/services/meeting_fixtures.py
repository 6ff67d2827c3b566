"""A small world for meetings, targets and statistics, on top of the plan tests' world.

The plan world's project (NEO-1, 2026–2028) gets an enrolment target with a quarterly curve and two outcome
targets, a company, a local steering group (chair, secretary, a partner's representative, the company) and a
held meeting whose minutes are still a draft. ``add_people`` adds participants in bulk with chosen categories.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from plan_fixtures import TODAY, PlanWorld, make_world

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Employer,
    Group,
    GroupMember,
    Meeting,
    MeetingAttendee,
    Organisation,
    Participant,
    ProjectPartner,
    ProjectTarget,
    TargetMilestone,
)
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MeetingStatus, MemberRole
from neo_desktop.domain.organisation import Country, Language, OrganisationKind, PartnerRole, TargetKind
from neo_desktop.domain.participant import Gender, ParticipantStatus

MEETING_DAY = date(2026, 11, 10)
_serial = itertools.count(1)


@dataclass(frozen=True)
class MeetingWorld:
    """Ids of the meeting world, and the plan world under it."""

    world: PlanWorld
    project_id: int
    group_id: int
    meeting_id: int
    employer_id: int
    ngo_id: int
    enrolment_target_id: int


def at(day: date, hour: int = 10) -> datetime:
    """A UTC moment on ``day``."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def make_meeting_world(database: Database, *, enrolment_target: int = 120) -> MeetingWorld:
    """The plan world plus targets, a company, a steering group with members and a held meeting."""
    world = make_world(database)
    with database.transaction() as session:
        ngo = Organisation(name="Foreningen Ungebroen", kind=OrganisationKind.NGO, country=Country.DK)
        session.add(ngo)
        session.flush()
        session.add_all([ProjectPartner(project_id=world.project_id, organisation_id=world.organisation_id,
                                        role=PartnerRole.LEAD),
                         ProjectPartner(project_id=world.project_id, organisation_id=ngo.id, role=PartnerRole.PARTNER)])
        enrolled = ProjectTarget(project_id=world.project_id, kind=TargetKind.PARTICIPANTS_ENROLLED,
                                 target_value=enrolment_target, description="Unge indskrevet",
                                 milestones=[TargetMilestone(due_on=date(2026, 3 * q, 28),
                                                             planned_value=enrolment_target * q // 12)
                                             for q in range(1, 5)]
                                 + [TargetMilestone(due_on=date(2028, 12, 31), planned_value=enrolment_target)])
        session.add_all([enrolled,
                         ProjectTarget(project_id=world.project_id, kind=TargetKind.INTO_EMPLOYMENT, target_value=40),
                         ProjectTarget(project_id=world.project_id, kind=TargetKind.COMPANIES_ENGAGED,
                                       target_value=20)])
        employer = Employer(name="Viborg Auto ApS", country=Country.DK, project_id=world.project_id,
                            engaged_on=date(2026, 3, 1), municipality="Viborg")
        session.add(employer)
        session.flush()
        group = Group(name="Lokal styregruppe Viborg", kind=GroupKind.STEERING_LOCAL, project_id=world.project_id,
                      organisation_id=world.organisation_id, municipality="Viborg")
        group.members = [
            GroupMember(project_id=world.project_id, role=MemberRole.CHAIR, staff_id=world.caseworker.staff_id),
            GroupMember(project_id=world.project_id, role=MemberRole.SECRETARY, staff_id=world.secretary.staff_id),
            GroupMember(project_id=world.project_id, role=MemberRole.MEMBER, organisation_id=ngo.id,
                        name="Lise Lund"),
            GroupMember(project_id=world.project_id, role=MemberRole.MEMBER, employer_id=employer.id,
                        name="Kim Holm"),
        ]
        session.add(group)
        session.flush()
        meeting = Meeting(group_id=group.id, project_id=world.project_id, title="Lokalt styregruppemøde",
                          starts_at=at(MEETING_DAY), ends_at=at(MEETING_DAY, 12), location="Jobcenter Viborg",
                          language=Language.DA, status=MeetingStatus.HELD)
        session.add(meeting)
        session.flush()
        session.add_all([MeetingAttendee(meeting_id=meeting.id, project_id=world.project_id, member_id=m.id,
                                         status=AttendanceStatus.ATTENDED) for m in group.members])
        return MeetingWorld(world, world.project_id, group.id, meeting.id, employer.id, ngo.id, enrolled.id)


def add_people(database: Database, world: PlanWorld, count: int, *, enrolled_on: date | None = date(2026, 3, 1),
               status: ParticipantStatus = ParticipantStatus.ACTIVE, gender: Gender = Gender.WOMAN,
               **attributes: object) -> None:
    """``count`` participants in the world's project with the given categories (names are numbered)."""
    with database.transaction() as session:
        for _ in range(count):
            number = next(_serial)
            session.add(Participant(first_name="Deltager", last_name=f"Nummer{number:05d}",
                                    birth_date=date(2004, 1, 1), organisation_id=world.organisation_id,
                                    project_id=world.project_id, gender=gender, status=status,
                                    enrolled_on=enrolled_on, referred_on=(enrolled_on or TODAY) - timedelta(days=14),
                                    caseworker_id=world.caseworker.staff_id, **attributes))
