"""Administration: partner organisations (validated numbers, merge) and staff accounts (roles, logins)."""

from __future__ import annotations

import uuid

import pytest
from plan_fixtures import PlanWorld, make_world
from postgres_logins import drop_logins
from sqlalchemy import select, text

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Participant, Staff
from neo_desktop.domain.errors import ConflictError, ValidationError
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.services.auth import AuthService
from neo_desktop.services.organisations import OrganisationInput, OrganisationService
from neo_desktop.services.staff import RoleGrant, StaffInput, StaffService


@pytest.fixture
def world(database: Database) -> PlanWorld:
    return make_world(database)


def housing(name: str = "Boligselskabet Sct. Jørgen", number: str | None = "13585628") -> OrganisationInput:
    return OrganisationInput(name=name, kind=OrganisationKind.HOUSING_ASSOCIATION, country=Country.DK,
                             registration_number=number, municipality="Viborg")


def test_an_organisation_with_a_valid_cvr_is_created(database: Database, world: PlanWorld) -> None:
    created = OrganisationService(database, world.administrator).create(housing(number="1358 5628".replace(" ", "")))
    assert (created.name, created.registration_number, created.active) == (
        "Boligselskabet Sct. Jørgen", "13585628", True)


def test_a_wrong_check_digit_is_refused_with_a_clear_message(database: Database, world: PlanWorld) -> None:
    with pytest.raises(ValidationError) as caught:
        OrganisationService(database, world.administrator).create(housing(number="13585627"))
    assert "CVR" in caught.value.message


def test_a_swedish_organisationsnummer_is_checked(database: Database, world: PlanWorld) -> None:
    service = OrganisationService(database, world.administrator)
    created = service.create(OrganisationInput(name="Navigatorcentrum Karlskrona", kind=OrganisationKind.NGO,
                                               country=Country.SE, registration_number="556036-0793"))
    assert created.registration_number == "5560360793"


def test_a_duplicate_registration_number_is_refused_and_nothing_is_saved(database: Database,
                                                                         world: PlanWorld) -> None:
    service = OrganisationService(database, world.administrator)
    service.create(housing())
    with pytest.raises(ValidationError) as caught:
        service.create(housing(name="Sct. Jørgen (dublet)"))
    assert "Merge the two" in caught.value.message
    assert [o.name for o in service.list() if o.registration_number == "13585628"] == ["Boligselskabet Sct. Jørgen"]


def test_a_stale_edit_is_refused_with_the_other_persons_change(database: Database, world: PlanWorld) -> None:
    service = OrganisationService(database, world.administrator)
    created = service.create(housing())
    service.update(created.id, created.version, housing(name="Boligselskabet Sct. Jørgen A/S"))
    with pytest.raises(ConflictError) as caught:
        service.update(created.id, created.version, housing(name="Sct. Jørgen Bolig"))
    assert caught.value.changes["name"] == ("Boligselskabet Sct. Jørgen A/S", "Sct. Jørgen Bolig")
    assert [o.name for o in service.list() if o.id == created.id] == ["Boligselskabet Sct. Jørgen A/S"]


def test_merging_moves_everything_to_the_organisation_kept(database: Database, world: PlanWorld) -> None:
    service = OrganisationService(database, world.administrator)
    duplicate = service.create(OrganisationInput(name="Jobcentret i Viborg", kind=OrganisationKind.JOBCENTRE,
                                                 country=Country.DK, registration_number="13585628"))
    with database.transaction() as session:
        session.get(Participant, world.participant_id).organisation_id = duplicate.id
    kept = service.merge(duplicate.id, world.organisation_id)
    assert kept.registration_number == "13585628"
    with database.transaction() as session:
        assert session.get(Participant, world.participant_id).organisation_id == world.organisation_id
    merged = next(o for o in service.list() if o.id == duplicate.id)
    assert (merged.active, merged.merged_into_id) == (False, world.organisation_id)


def grants(*roles: Role) -> tuple[RoleGrant, ...]:
    return tuple(RoleGrant(role) for role in roles)


def test_a_staff_account_gets_roles_and_a_local_password(sqlite_database: Database) -> None:
    world = make_world(sqlite_database)
    service = StaffService(sqlite_database, world.administrator)
    created = service.create(StaffInput("lise.k", "Lise Kjær", world.organisation_id, grants(Role.CASEWORKER)),
                             password="correct horse battery")
    assert created.roles == grants(Role.CASEWORKER)
    assert AuthService(sqlite_database).sign_in_local("lise.k", "correct horse battery").roles == {Role.CASEWORKER}


@pytest.mark.parametrize("login", ["", "x", "Lise Kjær", "1lise", "lise;drop", "a" * 64])
def test_login_names_that_cannot_be_database_logins_are_refused(sqlite_database: Database, login: str) -> None:
    world = make_world(sqlite_database)
    with pytest.raises(ValidationError) as caught:
        StaffService(sqlite_database, world.administrator).create(
            StaffInput(login, "Lise", world.organisation_id, grants(Role.CASEWORKER)))
    assert "login name" in caught.value.message


def test_a_short_password_is_refused(database: Database) -> None:
    world = make_world(database)
    with pytest.raises(ValidationError) as caught:
        StaffService(database, world.administrator).create(
            StaffInput("lise", "Lise", world.organisation_id, grants(Role.CASEWORKER)), password="short")
    assert "at least 10 characters" in caught.value.message
    with database.transaction() as session:
        assert session.scalar(select(Staff).where(Staff.login_name == "lise")) is None
    if not database.is_sqlite:  # nor was a PostgreSQL login made
        with database.engine.connect() as connection:
            assert connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = 'lise'")) is None


@pytest.mark.postgres
def test_on_postgresql_creating_an_account_creates_the_login_with_its_group_roles(
        postgres_database: Database) -> None:
    from neo_desktop.db.postgres_roles import setup_roles

    world = make_world(postgres_database)
    setup_roles(postgres_database)
    login = f"neo_t_adm_{uuid.uuid4().hex[:8]}"
    service = StaffService(postgres_database, world.administrator)
    try:
        created = service.create(StaffInput(login, "Lise Kjær", world.organisation_id,
                                            grants(Role.CASEWORKER, Role.AUDITOR)), password="correct horse battery")
        member_of = _memberships(postgres_database, login)
        assert {"neo_app", "neo_caseworker", "neo_auditor"} <= member_of

        service.update(created.id, created.version, StaffInput(login, "Lise Kjær", world.organisation_id,
                                                               grants(Role.CASEWORKER)))
        assert "neo_auditor" not in _memberships(postgres_database, login)

        service.set_active(created.id, False)
        with postgres_database.engine.connect() as connection:
            assert connection.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :l"),
                                      {"l": login}).scalar() is False
    finally:
        drop_logins(postgres_database, [login])


def _memberships(database: Database, login: str) -> set[str]:
    with database.engine.connect() as connection:
        return set(connection.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :l"), {"l": login}).scalars())
