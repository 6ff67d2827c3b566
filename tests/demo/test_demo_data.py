"""Demo data: complete, consistent, valid numbers, deterministic, and all-or-nothing (on SQLite and PostgreSQL)."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import Table, func, select, text
from sqlalchemy.dialects import postgresql, sqlite

import neo_desktop.demo.generator as generator
from neo_desktop.db import migrations
from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Base,
    Employer,
    Group,
    GroupMember,
    JournalEntry,
    Meeting,
    Organisation,
    Participant,
    PlanStep,
    Project,
    Staff,
    StaffRole,
)
from neo_desktop.demo import (
    DEMO_LOGINS,
    DEMO_PASSWORD,
    DemoCancelled,
    DemoDatabaseNotEmpty,
    DemoSize,
    DemoSummary,
    database_is_empty,
    generate_demo_data,
)
from neo_desktop.demo.context import World, add_months
from neo_desktop.demo.conversion import column_converter
from neo_desktop.domain.identity import (
    IdentityKind,
    parse_identity_number,
    validate_cvr,
    validate_organisation_number,
)
from neo_desktop.domain.meeting import GroupKind, MeetingStatus, MinutesStatus
from neo_desktop.domain.organisation import Country, Language, OrganisationKind, Role
from neo_desktop.domain.participant import Gender, JournalKind, ParticipantStatus
from neo_desktop.domain.passwords import verify_password

TODAY = date(2026, 3, 16)
S = ParticipantStatus

# Tables whose rows belong to one participant's case, and how to reach the participant from them.
_SCOPED_VIA = {
    "consent": "SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id "
               "FROM consent c JOIN participant p ON p.id = c.participant_id",
    "journal_entry": "SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id "
                     "FROM journal_entry c JOIN participant p ON p.id = c.participant_id",
    "placement": "SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id "
                 "FROM placement c JOIN participant p ON p.id = c.participant_id",
    "match_proposal": "SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id "
                      "FROM match_proposal c JOIN participant p ON p.id = c.participant_id",
    "plan": 'SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id '
            'FROM "plan" c JOIN participant p ON p.id = c.participant_id',
    "plan_revision": 'SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id FROM plan_revision c '
                     'JOIN "plan" x ON x.id = c.plan_id JOIN participant p ON p.id = x.participant_id',
    "plan_review": 'SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id FROM plan_review c '
                   'JOIN "plan" x ON x.id = c.plan_id JOIN participant p ON p.id = x.participant_id',
    **{
        table: f'SELECT c.organisation_id, c.project_id, p.organisation_id, p.project_id FROM {table} c '
               f'JOIN plan_revision r ON r.id = c.revision_id JOIN "plan" x ON x.id = r.plan_id '
               f"JOIN participant p ON p.id = x.participant_id"
        for table in ("plan_goal", "plan_resource", "plan_barrier", "plan_step")
    },
}


@pytest.fixture
def demo(database: Database) -> tuple[Database, DemoSummary]:
    """The small demo set in a fresh database of each kind."""
    return database, generate_demo_data(database, today=TODAY)


def _rows(database: Database, sql: str) -> list[tuple]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_small_set_shows_every_status_gender_kind_and_group(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    with database.transaction() as session:
        statuses = set(session.scalars(select(Participant.status)))
        genders = set(session.scalars(select(Participant.gender)))
        org_kinds = set(session.execute(select(Organisation.kind, Organisation.country)))
        group_kinds = set(session.scalars(select(Group.kind)))
        projects = session.scalars(select(Project).order_by(Project.id)).all()
        participants_per_project = Counter(session.scalars(select(Participant.project_id)))
        employers = session.scalar(select(func.count()).select_from(Employer))
        kinds_of_entries = set(session.scalars(select(JournalEntry.kind)))
        youth_members = session.scalar(
            select(func.count()).select_from(GroupMember).join(Group)
            .where(Group.kind == GroupKind.YOUTH_NETWORK, GroupMember.participant_id.is_not(None)))
        network_members = set(session.execute(
            select(GroupMember.employer_id.is_not(None), GroupMember.staff_id.is_not(None)).join(Group)
            .where(Group.kind == GroupKind.COMPANY_NETWORK)))
    assert statuses == set(ParticipantStatus)
    assert genders == set(Gender)
    assert org_kinds == {(kind, country) for kind in OrganisationKind for country in Country}
    assert group_kinds == set(GroupKind)
    assert set(JournalKind) - kinds_of_entries <= {JournalKind.NOTE}  # notes are random; the rest are fixed
    # One main project of about a hundred young people and a small Swedish one.
    assert [project.country for project in projects] == [Country.DK, Country.SE]
    assert participants_per_project[projects[0].id] >= 90
    assert sum(participants_per_project.values()) == 120
    assert employers == 60
    assert youth_members > 0
    assert (True, False) in network_members  # companies are the company network's members
    assert summary.rows["participant"] == 120 and summary.rows["journal_entry"] == 1200
    assert summary.seconds > 0


def test_demo_accounts_and_caseloads(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    with database.transaction() as session:
        staff = {s.login_name: s for s in session.scalars(select(Staff))}
        roles = {(r.staff_id, r.role) for r in session.scalars(select(StaffRole))}
        participants = session.scalars(select(Participant)).all()
        hashes = set(session.scalars(select(Staff.password_hash)))
        lead_id = session.scalar(select(Project.lead_organisation_id).where(Project.country == Country.DK))
        org_country = {row.id: row.country for row in session.execute(select(Organisation.id, Organisation.country))}
    for role, login in DEMO_LOGINS.items():
        account = staff[login]
        assert (account.id, Role(role)) in roles
        assert account.organisation_id == lead_id and account.language is Language.EN and account.active
        assert verify_password(account.password_hash, DEMO_PASSWORD)
    assert len(hashes) == 1  # hashed once and shared
    demo_logins = set(DEMO_LOGINS.values())
    for account in staff.values():
        if account.login_name not in demo_logins:
            expected = Language.DA if org_country[account.organisation_id] is Country.DK else Language.SV
            assert account.language is expected
    assert all(p.caseworker_id is not None and p.coordinator_id is not None for p in participants)
    caseloads = Counter(p.caseworker_id for p in participants)
    assert 20 <= caseloads[staff[DEMO_LOGINS["caseworker"]].id] <= 60
    caseworker_ids = {staff_id for staff_id, role in roles if role is Role.CASEWORKER}
    assert set(caseloads) <= caseworker_ids
    by_id = {account.id: account for account in staff.values()}
    assert all(p.organisation_id == by_id[p.caseworker_id].organisation_id for p in participants)
    # Some follow-ups are due today and some are overdue.
    open_cases = [p for p in participants if p.exited_on is None]
    assert any(p.next_contact_on == TODAY for p in open_cases)
    assert any(p.next_contact_on is not None and p.next_contact_on < TODAY for p in open_cases)


def test_identity_and_organisation_numbers_are_valid_and_unique(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    with database.transaction() as session:
        people = session.execute(select(Participant.identity_kind, Participant.identity_number,
                                        Participant.birth_date, Project.country).join(Project)).all()
        organisations = session.execute(select(Organisation.registration_number, Organisation.country)).all()
        employers = session.execute(select(Employer.registration_number, Employer.country)).all()
    numbers = [number for _, number, _, _ in people]
    assert len(numbers) == len(set(numbers))
    for kind, number, birth, country in people:
        parsed = parse_identity_number(number, country.value, today=TODAY)  # CPR check warnings are allowed
        assert parsed.birth_date == birth
        assert kind is (IdentityKind.CPR if country is Country.DK else IdentityKind.PERSONNUMMER)
        assert 900 <= int(number[-4:-1] if country is Country.SE else number[-3:]) <= 999  # visibly synthetic
        assert 16 <= (TODAY - birth).days // 365 <= 66
    registrations = [number for number, _ in organisations + employers]
    assert len(registrations) == len(set(registrations))
    for number, country in organisations + employers:
        assert validate_organisation_number(number, country.value) == number


def test_dates_are_consistent(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    with database.transaction() as session:
        participants = session.scalars(select(Participant)).all()
        steps = session.scalars(select(PlanStep)).all()
        meetings = session.scalars(select(Meeting).order_by(Meeting.group_id, Meeting.starts_at)).all()
    for p in participants:
        assert p.referred_on is not None and p.referred_on <= TODAY
        if p.status is S.REFERRED:
            assert p.enrolled_on is None
        else:
            assert p.enrolled_on is not None and p.referred_on <= p.enrolled_on <= TODAY
        if p.status in (S.COMPLETED, S.DROPPED_OUT):
            assert p.exited_on is not None and p.exit_outcome is not None
            assert p.enrolled_on < p.exited_on < TODAY
            assert p.followup_due_on == add_months(p.exited_on, 6)
            assert 180 <= (p.followup_due_on - p.exited_on).days <= 185
            if p.followup_done_on is not None:
                assert p.followup_due_on <= p.followup_done_on <= TODAY and p.followup_outcome is not None
        else:
            assert p.exited_on is None and p.exit_outcome is None and p.followup_due_on is None
    assert any(p.followup_done_on for p in participants)
    assert all(step.completed_on is None or step.status.value == "done" for step in steps)
    assert not _rows(database, 'SELECT s.id FROM plan_step s JOIN plan_revision r ON r.id = s.revision_id '
                               'JOIN "plan" x ON x.id = r.plan_id WHERE s.completed_on < x.starts_on')
    assert not _rows(database, 'SELECT x.id FROM "plan" x JOIN participant p ON p.id = x.participant_id '
                               "WHERE x.starts_on < p.enrolled_on OR p.enrolled_on IS NULL")
    ratings = _rows(database, "SELECT plan_id, readiness_rating FROM plan_review ORDER BY plan_id, reviewed_on")
    assert all(1 <= rating <= 10 for _, rating in ratings)
    assert all(a[1] <= b[1] for a, b in pairwise(ratings) if a[0] == b[0])  # trending up
    # Past meetings are held; minutes approved except each group's most recent, which is still a draft.
    now = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    by_group: dict[int, list[Meeting]] = {}
    for meeting in meetings:
        by_group.setdefault(meeting.group_id, []).append(meeting)
    for group_meetings in by_group.values():
        held = [m for m in group_meetings if m.status is MeetingStatus.HELD]
        assert all(_aware(m.starts_at) < now for m in held)
        assert all(m.status is MeetingStatus.PLANNED for m in group_meetings if _aware(m.starts_at) > now)
        if held:
            assert all(m.minutes_status is MinutesStatus.APPROVED for m in held[:-1])
            assert held[-1].minutes_status is MinutesStatus.DRAFT


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite returns naive UTC


def test_scoped_rows_belong_to_their_participants_case(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    for table, sql in _SCOPED_VIA.items():
        rows = _rows(database, sql)
        assert rows, table
        assert all(row[0] == row[2] and row[1] == row[3] for row in rows), table
    assert not _rows(database, "SELECT m.id FROM group_member m JOIN stakeholder_group g ON g.id = m.group_id "
                               "WHERE m.project_id != g.project_id")
    assert not _rows(database, "SELECT a.id FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
                               "WHERE a.project_id != m.project_id")


def test_every_row_loads_and_ids_continue(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    with database.transaction() as session:
        for mapper in Base.registry.mappers:  # enum values and dates read back through the ORM
            model = mapper.class_
            count = len(session.scalars(select(model)).all())
            assert count == summary.rows.get(model.__tablename__, 0), model.__tablename__
        # The generator chose the ids itself; new rows must still get fresh ones (PostgreSQL sequences).
        organisation = Organisation(name="Ny partner", kind=OrganisationKind.NGO, country=Country.DK)
        session.add(organisation)
        session.flush()
        assert organisation.id == summary.rows["organisation"] + 1
    if database.is_sqlite:
        assert not _rows(database, "PRAGMA foreign_key_check")


def test_cancelling_midway_leaves_the_database_empty(database: Database) -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 12

    with pytest.raises(DemoCancelled):
        generate_demo_data(database, cancelled=cancelled)
    assert len(calls) > 12
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
        assert session.scalar(select(func.count()).select_from(Participant)) == 0
    assert database_is_empty(database)


def test_deferred_indexes_come_back_after_success_and_cancellation(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator, "DEFER_INDEXES_FROM", 0)  # the large set's path, on the small set
    before = _index_names(database)
    calls: list[int] = []
    with pytest.raises(DemoCancelled):
        generate_demo_data(database, cancelled=lambda: calls.append(1) or len(calls) > 20)
    assert _index_names(database) == before and database_is_empty(database)
    generate_demo_data(database, today=TODAY)
    assert _index_names(database) == before
    if database.is_sqlite:  # the search index was rebuilt in one go and its trigger is back
        first_name, person = _rows(database, "SELECT first_name, id FROM participant ORDER BY id LIMIT 1")[0]
        query = f"SELECT rowid FROM participant_search WHERE participant_search MATCH '\"{first_name}\"*'"
        found = _rows(database, query)
        assert (person,) in found


def _index_names(database: Database) -> list[str]:
    """Indexes (and on SQLite triggers), which the large set drops for the load and puts back."""
    if database.is_sqlite:
        sql = "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    else:
        sql = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"
    return [row[0] for row in _rows(database, sql)]


def test_refuses_a_database_that_already_has_data(sqlite_database: Database) -> None:
    assert database_is_empty(sqlite_database)
    generate_demo_data(sqlite_database, today=TODAY)
    assert not database_is_empty(sqlite_database)
    with pytest.raises(DemoDatabaseNotEmpty):
        generate_demo_data(sqlite_database)


def test_same_seed_same_data(sqlite_database: Database, tmp_path: Path) -> None:
    other = Database.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    migrations.upgrade(other)
    third = Database.open(f"sqlite:///{tmp_path / 'third.sqlite3'}")
    migrations.upgrade(third)
    try:
        generate_demo_data(sqlite_database, seed=7, today=TODAY)
        generate_demo_data(other, seed=7, today=TODAY)
        generate_demo_data(third, seed=8, today=TODAY)
        names = "SELECT first_name, identity_number, referred_on FROM participant ORDER BY id"
        steps = "SELECT step_key, due_on FROM plan_step ORDER BY id"
        assert _rows(sqlite_database, names) == _rows(other, names)
        assert _rows(sqlite_database, steps) == _rows(other, steps)
        assert _rows(sqlite_database, names) != _rows(third, names)
    finally:
        other.dispose()
        third.dispose()


def test_for_participants_scales_the_set(sqlite_database: Database) -> None:
    size = DemoSize.for_participants(300)
    assert size.participants == 300 and 60 < size.employers < 300 and size.meetings > 24
    progress: list[tuple[int, int, str]] = []
    summary = generate_demo_data(sqlite_database, size, today=TODAY, progress=lambda *a: progress.append(a))
    assert summary.rows["participant"] == 300 and summary.rows["employer"] == size.employers
    assert summary.rows["meeting"] == size.meetings
    assert summary.rows["journal_entry"] == 300 * 10  # exactly the average asked for
    assert all(done <= total for done, total, _ in progress)
    assert progress[-1][0] == progress[-1][1]
    assert [done for done, _, _ in progress] == sorted(done for done, _, _ in progress)


def test_sizes() -> None:
    assert DemoSize.small() == DemoSize() == DemoSize.for_participants(120)
    large = DemoSize.large()
    assert (large.participants, large.employers, large.meetings) == (100_000, 5_000, 2_000)
    assert large.participants * large.journal_entries_per_participant == 1_000_000
    assert DemoSize.for_participants(100_000) == large
    with pytest.raises(ValueError):
        DemoSize.for_participants(0)


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.psycopg.dialect()], ids=["sqlite", "postgresql"])
def test_fast_conversion_matches_sqlalchemy(dialect: object) -> None:
    samples = {
        JournalEntry.__table__.c.kind: [JournalKind.NOTE, "contact", None],
        JournalEntry.__table__.c.occurred_at: [datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=UTC), None],
        JournalEntry.__table__.c.sensitive: [True, False],
        Participant.__table__.c.birth_date: [date(2001, 2, 3), None],
        Project.__table__.c.budget: [Decimal("12.50")],
    }
    for column, values in samples.items():
        assert isinstance(column.table, Table)
        convert = column_converter(column.type, dialect)  # type: ignore[arg-type]
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[arg-type]
        expected = [processor(v) if processor else v for v in values]
        assert (convert(values) if convert else values) == expected, column


def test_step_keys_are_uuid4_and_stable_across_revisions(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    rows = _rows(database, "SELECT r.plan_id, s.step_key FROM plan_step s "
                           "JOIN plan_revision r ON r.id = s.revision_id")
    keys = Counter(key for _, key in rows)
    assert all(len(key) == 36 and key[14] == "4" for key in keys)
    assert any(count > 1 for count in keys.values())  # the same step in several revisions
    assert len({(plan, key) for plan, key in rows}) == len(keys)  # never shared between plans


def test_world_uuid4_matches_the_standard_library() -> None:
    world = World.__new__(World)
    world.rng = random.Random(11)
    expected = uuid.UUID(int=random.Random(11).getrandbits(128), version=4)
    assert world.uuid4() == str(expected)
    assert validate_cvr("13585628") == "13585628"
