"""Statistics, targets and meeting packs for a steering-group secretary on a shared PostgreSQL database.

The secretary signs in with their own login, under which row-level security hides every participant row,
and still gets exactly the figures the owner counts from the rows: the database counts for them
(migration 0005), returning aggregates only, for the projects in their scope. Raw SQL as that login shows
the participant rows stay hidden and another project's statistics are refused.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
from postgres_logins import connect_as
from sqlalchemy import select, text, update

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Meeting, Organisation, Participant, Project, Staff, StaffRole
from neo_desktop.db.postgres_roles import STATISTICS_FUNCTIONS, STATISTICS_ROLES, provision_login, setup_roles
from neo_desktop.demo import DEMO_LOGINS, DemoSize, generate_demo_data
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.domain.participant import ExitOutcome, Gender, IscedLevel, LabourMarketStatus, ParticipantStatus
from neo_desktop.services import meeting_pack, statistics, targets
from neo_desktop.services.auth import AuthService
from neo_desktop.services.meeting_pack import MeetingPackService
from neo_desktop.services.permissions import AREA_ROLES, Area
from neo_desktop.services.record_counts import DatabaseCounts, ProjectEvents, RowCounts
from neo_desktop.services.statistics import StatisticsService, project_book
from neo_desktop.services.targets import TargetService
from neo_desktop.services.user import SignedInUser

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 23)
WHO = ("secretary", "caseworker", "auditor")


@dataclass
class SharedDemo:
    """Demo data on PostgreSQL with the secretary's, a caseworker's and the auditor's own logins."""

    owner: Database
    logins: dict[str, str]
    project_id: int  # the secretary's project
    other_project_id: int  # outside the secretary's scope
    meeting_id: int

    def as_login(self, who: str) -> Database:
        return Database.open(self.owner.engine.url.set(username=self.logins[who]))

    def connect(self, who: str) -> psycopg.Connection:
        return connect_as(self.owner, self.logins[who])


@pytest.fixture
def shared_demo(postgres_database: Database) -> Iterator[SharedDemo]:
    generate_demo_data(postgres_database, DemoSize.for_participants(160), seed=7, today=TODAY)
    suffix = uuid.uuid4().hex[:8]
    logins = {who: f"neo_t_{who}_{suffix}" for who in WHO}  # logins are server-wide: never the demo's own names
    with postgres_database.transaction() as session:
        projects = session.scalars(select(Project.id).order_by(Project.id)).all()
        project_id, other_project_id = projects[0], projects[1]
        staff_ids = {}
        for who in WHO:
            staff = session.scalar(select(Staff).where(Staff.login_name == DEMO_LOGINS[who]))
            staff.login_name = logins[who]
            staff_ids[who] = staff.id
        # The secretary serves the first project's steering groups only.
        session.execute(update(StaffRole).where(StaffRole.staff_id == staff_ids["secretary"])
                        .values(project_id=project_id))
        meeting_id = session.scalar(select(Meeting.id).where(
            Meeting.project_id == project_id, Meeting.starts_at < datetime(2026, 11, 23, tzinfo=UTC))
            .order_by(Meeting.starts_at.desc()).limit(1))
    setup_roles(postgres_database)
    with postgres_database.engine.begin() as connection:
        for who in WHO:
            provision_login(connection, logins[who], [Role(who)])
    yield SharedDemo(postgres_database, logins, project_id, other_project_id, meeting_id)
    with postgres_database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for login in logins.values():
            connection.execute(text(f'DROP OWNED BY "{login}"'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def owners_figures(demo: SharedDemo, user: SignedInUser, monkeypatch: pytest.MonkeyPatch):
    """Statistics, targets and the pack's contents as the owner's connection counts them from the rows."""
    with monkeypatch.context() as patched:
        for module in (statistics, targets, meeting_pack):
            patched.setattr(module, "record_counts", RowCounts)
        return (StatisticsService(demo.owner, user).statistics(demo.project_id, today=TODAY),
                TargetService(demo.owner, user).progress(demo.project_id, today=TODAY),
                MeetingPackService(demo.owner, user, today=lambda: TODAY).document(demo.meeting_id))


def test_a_secretary_on_postgres_gets_the_owners_statistics_targets_and_pack(
        shared_demo: SharedDemo, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    database = shared_demo.as_login("secretary")
    try:
        secretary = AuthService(database).sign_in_database_login()
        assert secretary.roles == {Role.SECRETARY}
        with database.transaction() as session:  # the login itself reads no participant
            assert session.scalar(text("SELECT count(*) FROM participant")) == 0
            assert session.scalar(text("SELECT count(*) FROM placement")) == 0

        service = StatisticsService(database, secretary)
        assert [p.id for p in service.projects()] == [shared_demo.project_id]
        figures = service.statistics(shared_demo.project_id, today=TODAY)
        progress = TargetService(database, secretary).progress(shared_demo.project_id, today=TODAY)
        packs = MeetingPackService(database, secretary, today=lambda: TODAY)
        document = packs.document(shared_demo.meeting_id)

        owner_statistics, owner_progress, owner_document = owners_figures(shared_demo, secretary, monkeypatch)
        assert figures.participants > 100
        assert figures == owner_statistics
        assert progress == owner_progress
        assert {t.actual for t in progress.targets} != {0}
        assert progress.intake is not None and progress.intake.actual[-1][1] > 0
        assert dataclasses.replace(document, prepared_by="") == dataclasses.replace(owner_document, prepared_by="")
        assert document.targets and document.statistics and document.employers.placements is not None

        result = packs.export(shared_demo.meeting_id, tmp_path / "pack.pdf", tmp_path / "pack.xlsx")
        assert result.pages > 1 and result.pdf.stat().st_size > 0 and result.xlsx.stat().st_size > 0

        with pytest.raises(Exception, match="Your role does not allow you to see the statistics of this project"):
            service.statistics(shared_demo.other_project_id, today=TODAY)
    finally:
        database.dispose()


def test_a_caseworker_gets_the_whole_projects_statistics_not_only_their_caseload(shared_demo: SharedDemo) -> None:
    database = shared_demo.as_login("caseworker")
    try:
        caseworker = AuthService(database).sign_in_database_login()
        with database.transaction() as session:
            visible = session.scalar(text("SELECT count(*) FROM participant WHERE project_id = :p"),
                                     {"p": shared_demo.project_id})
        figures = StatisticsService(database, caseworker).statistics(shared_demo.project_id, today=TODAY)
        with shared_demo.owner.transaction() as session:
            _, counted = project_book(session, shared_demo.project_id, TODAY, RowCounts(session))
        assert 0 < visible < counted == figures.participants
    finally:
        database.dispose()


def test_raw_sql_as_the_secretary_reads_no_participant_and_only_their_projects_counts(
        shared_demo: SharedDemo) -> None:
    with shared_demo.connect("secretary") as secretary:
        assert secretary.execute("SELECT count(*) FROM participant").fetchone() == (0,)
        assert secretary.execute("SELECT count(*) FROM placement").fetchone() == (0,)
        cells = secretary.execute("SELECT * FROM neo_project_statistics(%s, %s)",
                                  (shared_demo.project_id, TODAY))
        assert [column.name for column in cells.description] == ["population", "dimension", "value", "gender",
                                                                 "people"]
        assert sum(people for population, dimension, _, _, people in cells.fetchall()
                   if (population, dimension) == ("all", "total")) > 100
        events = secretary.execute("SELECT * FROM neo_project_events(%s, %s)", (shared_demo.project_id, TODAY))
        assert [column.name for column in events.description] == ["event", "kind", "day", "events"]
        for function in ("neo_project_statistics", "neo_project_events"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="may not see the statistics of project"):
                secretary.execute(f"SELECT * FROM {function}(%s, %s)", (shared_demo.other_project_id, TODAY))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                secretary.execute(f"SELECT * FROM {function}(NULL, %s)", (TODAY,))
    # A role without statistics may not call them at all.
    with shared_demo.connect("auditor") as auditor, pytest.raises(psycopg.errors.InsufficientPrivilege,
                                                                   match="permission denied for function"):
        auditor.execute("SELECT * FROM neo_project_statistics(%s, %s)", (shared_demo.project_id, TODAY))


def test_the_functions_run_as_the_tables_owner_with_a_pinned_search_path(shared_demo: SharedDemo) -> None:
    with shared_demo.owner.engine.connect() as connection:
        for signature in STATISTICS_FUNCTIONS:
            definer, config, owned = connection.execute(text(
                "SELECT p.prosecdef, p.proconfig, p.proowner = c.relowner FROM pg_proc p, pg_class c "
                "WHERE p.oid = CAST(:f AS regprocedure) AND c.oid = 'participant'::regclass"), {"f": signature}).one()
            assert definer and owned, signature
            assert any(setting.startswith("search_path=pg_catalog") for setting in config), config
            assert not connection.scalar(text("SELECT has_function_privilege('public', :f, 'EXECUTE')"),
                                         {"f": signature})
            for role in Role:
                group = f"neo_{role.value}"
                allowed = connection.scalar(text("SELECT has_function_privilege(:g, :f, 'EXECUTE')"),
                                            {"g": group, "f": signature})
                assert allowed == (role in STATISTICS_ROLES), (group, signature)


def test_the_statistics_roles_are_the_roles_that_see_reports_and_meeting_packs() -> None:
    assert set(STATISTICS_ROLES) == AREA_ROLES[Area.REPORTS] | AREA_ROLES[Area.MEETINGS]


def test_the_database_counts_every_cell_as_the_program_does(postgres_database: Database) -> None:
    """Awkward participants (born on 29 February, no birth date, left without a date, an outcome recorded
    before leaving, missing categories): the SQL and the Python counts agree cell by cell, and so do the events."""
    rng = random.Random(5)
    with postgres_database.transaction() as session:
        organisation = Organisation(name="Jobcenter Viborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        session.add(organisation)
        session.flush()
        project = Project(code="P", name="P", country=Country.DK, starts_on=date(2024, 1, 1),
                          ends_on=date(2027, 12, 31), lead_organisation_id=organisation.id)
        session.add(project)
        session.flush()
        births = [None, date(2008, 2, 29), date(2004, 11, 24), date(2004, 11, 23), date(1969, 1, 1),
                  date(2001, 6, 30), date(1999, 12, 31), date(2010, 3, 1)]
        days = [None, date(2025, 2, 28), date(2026, 3, 1), date(2026, 11, 23), date(2026, 11, 24)]

        def maybe(values):
            return rng.choice([None, *values])

        for number in range(400):
            session.add(Participant(
                first_name="Deltager", last_name=f"Nummer{number:05d}", organisation_id=organisation.id,
                project_id=project.id, gender=rng.choice(list(Gender)), status=rng.choice(list(ParticipantStatus)),
                birth_date=rng.choice(births), referred_on=rng.choice(days), enrolled_on=rng.choice(days),
                exited_on=rng.choice(days), exit_outcome=maybe(list(ExitOutcome)),
                labour_market_status=maybe(list(LabourMarketStatus)), education_level=maybe(list(IscedLevel)),
                has_disability=maybe([True, False]), is_minority=maybe([True, False]),
                foreign_background=maybe([True, False]), third_country_national=maybe([True, False]),
                homeless_or_housing_exclusion=maybe([True, False]), rural_area=maybe([True, False]),
                gained_qualification=maybe([True, False]), followup_outcome=maybe(list(ExitOutcome)),
                followup_improved_situation=maybe([True, False])))
    with postgres_database.transaction() as session:
        rows, database = RowCounts(session), DatabaseCounts(session)
        expected = rows.participant_cells(project.id, TODAY)
        assert database.participant_cells(project.id, TODAY) == expected
        assert sum(n for (population, *_), n in expected.items() if population == "left") > 50
        assert _same_events(database.events(project.id, TODAY), rows.events(project.id, TODAY))


def _same_events(one: ProjectEvents, other: ProjectEvents) -> bool:
    def days(events: ProjectEvents) -> tuple[object, ...]:
        return (sorted(events.enrolled), {kind: sorted(found) for kind, found in events.exits.items()},
                {kind: sorted(found) for kind, found in events.placements.items()})

    return days(one) == days(other)
