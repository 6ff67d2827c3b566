"""Access enforced by PostgreSQL itself: raw SQL as each staff member's own login, not through the program.

Two caseworkers cannot read, change or delete each other's participants or their journals; a caseworker
allowed to see the team reads but cannot change; a secretary sees no participant; the access log can be
appended to by everyone, read only by the auditor, and changed by nobody.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import psycopg
import pytest
from postgres_logins import connect_as, drop_logins
from sqlalchemy import select, text, update
from sqlalchemy.engine import make_url

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Consent,
    Group,
    GroupMember,
    JournalEntry,
    Meeting,
    MeetingAttendee,
    Organisation,
    Participant,
    Plan,
    PlanRevision,
    PlanStep,
    Project,
    Staff,
    StaffRole,
)
from neo_desktop.db.postgres_roles import setup_roles, sync_staff_logins
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MeetingStatus
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.domain.participant import JournalKind
from neo_desktop.domain.plan import ActivityKind, PlanStatus, StepOwner, StepStatus
from neo_desktop.services import participant_signals
from neo_desktop.services.access_log import record_access

pytestmark = pytest.mark.postgres


@dataclass
class Partnership:
    """Logins and participant ids of the scenario."""

    database: Database
    logins: dict[str, str]
    participants: dict[str, int]

    def connect(self, who: str) -> psycopg.Connection:
        return connect_as(self.database, self.logins[who])


@pytest.fixture
def partnership(postgres_database: Database) -> Iterator[Partnership]:
    suffix = uuid.uuid4().hex[:8]
    logins = {who: f"neo_t_{who}_{suffix}" for who in ("anna", "bo", "carl", "sara", "aud", "other_org", "ngo")}
    with postgres_database.transaction() as session:
        viborg = Organisation(name="Jobcenter Viborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        ngo = Organisation(name="Foreningen Brobyggerne", kind=OrganisationKind.NGO, country=Country.DK)
        session.add_all([viborg, ngo])
        session.flush()
        project = Project(code="BOLIGJOB", name="Boligjob", country=Country.DK, starts_on=date(2026, 1, 1),
                          ends_on=date(2027, 12, 31), lead_organisation_id=viborg.id)
        session.add(project)
        session.flush()

        def staff(who: str, organisation: Organisation, role: Role, *, team: bool = False) -> Staff:
            member = Staff(organisation_id=organisation.id, login_name=logins[who], full_name=who.title(),
                           roles=[StaffRole(role=role, may_view_team=team)])
            session.add(member)
            return member

        anna = staff("anna", viborg, Role.CASEWORKER)
        bo = staff("bo", viborg, Role.CASEWORKER)
        staff("carl", viborg, Role.CASEWORKER, team=True)
        staff("sara", viborg, Role.SECRETARY)
        staff("aud", viborg, Role.AUDITOR)
        other = staff("other_org", ngo, Role.CASEWORKER, team=True)
        ngo_coordinator = staff("ngo", ngo, Role.COORDINATOR)
        session.flush()

        def participant(name: str, owner: Staff) -> Participant:
            person = Participant(first_name=name, last_name="Test", organisation_id=owner.organisation_id,
                                 project_id=project.id, caseworker_id=owner.id)
            session.add(person)
            session.flush()
            session.add(JournalEntry(participant_id=person.id, organisation_id=owner.organisation_id,
                                     project_id=project.id, kind=JournalKind.NOTE, body=f"note about {name}",
                                     occurred_at=datetime.now(UTC)))
            return person

        participants = {"anna": participant("Amira", anna).id, "bo": participant("Bjørn", bo).id,
                        "other_org": participant("Olle", other).id}
        # The NGO coordinates Amira's course; her consent to share with the NGO decides its access.
        session.get(Participant, participants["anna"]).coordinator_id = ngo_coordinator.id
        session.add(Consent(participant_id=participants["anna"], organisation_id=viborg.id, project_id=project.id,
                            recipient_organisation_id=ngo.id, scope="plan and journal",
                            given_on=date(2026, 1, 1), expires_on=date(2099, 12, 31)))
        record_access(session, login_name="setup", action=AccessAction.READ, participant_id=participants["bo"])
    setup_roles(postgres_database)
    sync_staff_logins(postgres_database)
    yield Partnership(postgres_database, logins, participants)
    drop_logins(postgres_database, logins.values())


def visible_participants(connection: psycopg.Connection) -> set[int]:
    return {row[0] for row in connection.execute("SELECT id FROM participant")}


def test_caseworkers_see_only_their_own_caseload(partnership: Partnership) -> None:
    with partnership.connect("anna") as anna, partnership.connect("bo") as bo:
        assert visible_participants(anna) == {partnership.participants["anna"]}
        assert visible_participants(bo) == {partnership.participants["bo"]}
        bo_id = partnership.participants["bo"]
        assert anna.execute("SELECT count(*) FROM journal_entry WHERE participant_id = %s", (bo_id,)).fetchone() == (0,)


def test_a_caseworker_cannot_change_or_delete_a_colleagues_participant(partnership: Partnership) -> None:
    bo_id = partnership.participants["bo"]
    with partnership.connect("anna") as anna:
        assert anna.execute("UPDATE participant SET first_name = 'Changed' WHERE id = %s", (bo_id,)).rowcount == 0
        assert anna.execute("DELETE FROM journal_entry WHERE participant_id = %s", (bo_id,)).rowcount == 0
        assert anna.execute("DELETE FROM participant WHERE id = %s", (bo_id,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            anna.execute("INSERT INTO journal_entry (participant_id, project_id, organisation_id, kind, occurred_at)"
                         " SELECT %s, p.id, p.lead_organisation_id, 'note', now() FROM project p", (bo_id,))
    with partnership.database.engine.connect() as owner:
        assert owner.execute(text("SELECT first_name FROM participant WHERE id = :i"), {"i": bo_id}).scalar() == "Bjørn"
        assert owner.execute(text("SELECT count(*) FROM journal_entry WHERE participant_id = :i"),
                             {"i": bo_id}).scalar() == 1


def test_a_caseworker_can_change_their_own_but_not_move_it_out_of_their_projects(partnership: Partnership) -> None:
    anna_id = partnership.participants["anna"]
    with partnership.connect("anna") as anna:
        assert anna.execute("UPDATE participant SET phone = '+45 0000 0001' WHERE id = %s", (anna_id,)).rowcount == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            anna.execute("UPDATE participant SET organisation_id = organisation_id + 1 WHERE id = %s", (anna_id,))


def test_team_view_reads_the_team_within_the_organisation_only_and_cannot_write(partnership: Partnership) -> None:
    ids = partnership.participants
    with partnership.connect("carl") as carl:
        assert visible_participants(carl) == {ids["anna"], ids["bo"]}
        assert carl.execute("UPDATE participant SET first_name = 'X' WHERE id = %s", (ids["bo"],)).rowcount == 0
    with partnership.connect("other_org") as other:
        assert visible_participants(other) == {ids["other_org"]}


def test_a_secretary_sees_no_participant_and_cannot_add_one(partnership: Partnership) -> None:
    with partnership.connect("sara") as sara:
        assert visible_participants(sara) == set()
        assert sara.execute("SELECT count(*) FROM journal_entry").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sara.execute("INSERT INTO participant (first_name, last_name, organisation_id, project_id)"
                         " VALUES ('A', 'B', 1, 1)")


def test_the_access_log_is_append_only_and_readable_by_the_auditor_alone(partnership: Partnership) -> None:
    with partnership.connect("anna") as anna:
        anna.execute("INSERT INTO access_log (login_name, action) VALUES (current_user, 'read')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute("SELECT login_name, participant_id FROM access_log")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute("UPDATE access_log SET purpose = 'rewritten'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute("DELETE FROM access_log")
    with partnership.connect("aud") as auditor:
        logins = {row[0] for row in auditor.execute("SELECT login_name FROM access_log")}
        assert {"setup", partnership.logins["anna"]} <= logins
        assert visible_participants(auditor) == set()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            auditor.execute("UPDATE access_log SET purpose = 'rewritten'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            auditor.execute("DELETE FROM access_log")


def test_the_program_writes_the_chained_log_as_a_caseworker_login(partnership: Partnership) -> None:
    url = make_url(str(partnership.database.engine.url)).set(username=partnership.logins["anna"])
    as_anna = Database.open(url)
    with as_anna.transaction() as session:
        entry = record_access(session, login_name=partnership.logins["anna"], action=AccessAction.READ,
                              participant_id=partnership.participants["anna"])
    as_anna.dispose()
    with partnership.database.engine.connect() as owner:
        previous = owner.execute(text("SELECT entry_hash FROM access_log WHERE id < :i ORDER BY id DESC LIMIT 1"),
                                 {"i": entry.id}).scalar()
    assert entry.previous_hash == previous is not None


def test_lookups_of_a_person_are_given_only_for_people_the_login_may_see(partnership: Partnership) -> None:
    ids = partnership.participants
    with partnership.connect("bo") as bo:
        assert bo.execute("SELECT action FROM neo_lookups_of(%s)", (ids["bo"],)).fetchall() == [("read",)]
    with partnership.connect("anna") as anna:
        assert anna.execute("SELECT action FROM neo_lookups_of(%s)", (ids["bo"],)).fetchall() == []


def test_a_partner_sees_a_participant_only_while_the_consent_to_share_is_in_force(
        partnership: Partnership) -> None:
    amira = partnership.participants["anna"]
    with partnership.connect("ngo") as ngo:
        assert visible_participants(ngo) == {amira}
        assert ngo.execute("SELECT count(*) FROM journal_entry").fetchone() == (1,)
    with partnership.database.engine.begin() as owner:
        owner.execute(text("UPDATE consent SET expires_on = current_date - 1"))
    with partnership.connect("ngo") as ngo:
        assert visible_participants(ngo) == set()
        assert ngo.execute("SELECT count(*) FROM journal_entry").fetchone() == (0,)
        assert ngo.execute("UPDATE participant SET phone = '1' WHERE id = %s", (amira,)).rowcount == 0
    with partnership.connect("anna") as anna:
        assert visible_participants(anna) == {amira}  # the owning organisation keeps its access


def test_any_login_recounts_everyones_signals_but_reads_only_its_own(partnership: Partnership) -> None:
    # Bjørn (Bo's) has an overdue plan step; Anna's login runs the day's pass of the caseload signals.
    ids, today = partnership.participants, date(2026, 11, 23)
    with partnership.database.transaction() as session:
        bjorn = session.get(Participant, ids["bo"])
        assert bjorn is not None
        scope = {"organisation_id": bjorn.organisation_id, "project_id": bjorn.project_id}
        plan = Plan(participant_id=bjorn.id, status=PlanStatus.AGREED, starts_on=date(2026, 9, 1), **scope)
        revision = PlanRevision(number=1, locked=True, **scope)
        revision.steps = [PlanStep(step_key="s1", position=0, description="CV", owner=StepOwner.PARTICIPANT,
                                   activity_kind=ActivityKind.OTHER, due_on=date(2026, 11, 1),
                                   status=StepStatus.PLANNED, **scope)]
        plan.revisions.append(revision)
        session.add(plan)
    as_anna = Database.open(make_url(str(partnership.database.engine.url)).set(username=partnership.logins["anna"]))
    try:
        with as_anna.transaction() as session:
            assert participant_signals.bring_up_to_date(session, today)
    finally:
        as_anna.dispose()
    with partnership.database.engine.connect() as owner:
        assert owner.scalar(text("SELECT overdue_steps FROM participant WHERE id = :i"), {"i": ids["bo"]}) == 1
    with partnership.connect("anna") as anna:
        assert anna.execute("SELECT overdue_steps FROM participant WHERE id = %s", (ids["bo"],)).fetchall() == []
        anna.execute("UPDATE participant SET overdue_steps = 0 WHERE id = %s", (ids["bo"],))  # no row of hers
    with partnership.database.engine.connect() as owner:
        assert owner.scalar(text("SELECT overdue_steps FROM participant WHERE id = :i"), {"i": ids["bo"]}) == 1


def test_a_secretary_who_cancels_a_session_recounts_young_members_she_cannot_see(partnership: Partnership) -> None:
    # Bjørn (Bo's) missed two of three youth-network sessions; Sara, a secretary, sees no young person at all.
    ids, today = partnership.participants, date(2026, 11, 23)
    with partnership.database.transaction() as session:
        bjorn = session.get(Participant, ids["bo"])
        assert bjorn is not None
        group = Group(name="Netværksgruppen", kind=GroupKind.YOUTH_NETWORK, project_id=bjorn.project_id,
                      organisation_id=bjorn.organisation_id)
        session.add(group)
        session.flush()
        member = GroupMember(group_id=group.id, project_id=bjorn.project_id, participant_id=bjorn.id)
        session.add(member)
        session.flush()
        sessions = []
        for week, status in enumerate((AttendanceStatus.ATTENDED, AttendanceStatus.ABSENT, AttendanceStatus.ABSENT)):
            meeting = Meeting(group_id=group.id, project_id=bjorn.project_id, title=f"Uge {45 + week}",
                              starts_at=datetime(2026, 11, 2 + 7 * week, 13, tzinfo=UTC), status=MeetingStatus.HELD)
            session.add(meeting)
            session.flush()
            session.add(MeetingAttendee(meeting_id=meeting.id, project_id=bjorn.project_id, member_id=member.id,
                                        status=status))
            sessions.append(meeting.id)
        assert participant_signals.bring_up_to_date(session, today)

    def dropping() -> bool:
        with partnership.database.engine.connect() as owner:
            return owner.scalar(text("SELECT attendance_dropping FROM participant WHERE id = :i"), {"i": ids["bo"]})

    assert dropping()
    as_sara = Database.open(make_url(str(partnership.database.engine.url)).set(username=partnership.logins["sara"]))
    try:
        with as_sara.transaction() as session:
            assert session.scalars(select(GroupMember.participant_id)).all() == []  # hidden from her
            session.execute(update(Meeting).where(Meeting.id == sessions[-1]).values(status=MeetingStatus.CANCELLED))
            participant_signals.refresh_meeting(session, today, sessions[-1])
    finally:
        as_sara.dispose()
    assert not dropping()  # one missed session of the last three held
