"""Signing in: local accounts with argon2 and lock-out; database logins on PostgreSQL; every attempt logged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, Organisation, Staff, StaffRole
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import SignInError
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.domain.passwords import hash_password
from neo_desktop.services.auth import MAX_FAILED_SIGN_INS, AuthService


def add_staff(database: Database, login: str, password: str | None = "correct horse", *,
              roles: tuple[Role, ...] = (Role.CASEWORKER,), active: bool = True) -> int:
    with database.transaction() as session:
        organisation = Organisation(name="Jobcenter Viborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        staff = Staff(organisation=organisation, login_name=login, full_name="Mette Hansen", active=active,
                      password_hash=hash_password(password) if password else None)
        staff.roles = [StaffRole(role=role) for role in roles]
        session.add(staff)
        session.flush()
        return staff.id


def log_actions(database: Database) -> list[tuple[str, AccessAction]]:
    with database.transaction() as session:
        return [(e.login_name, e.action) for e in session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id))]


def test_right_password_signs_in_with_roles_and_is_logged(database: Database) -> None:
    staff_id = add_staff(database, "mette", roles=(Role.CASEWORKER, Role.COORDINATOR))
    user = AuthService(database).sign_in_local("  Mette ", "correct horse")
    assert user.staff_id == staff_id
    assert user.roles == {Role.CASEWORKER, Role.COORDINATOR}
    assert user.organisation_name == "Jobcenter Viborg"
    assert log_actions(database) == [("mette", AccessAction.SIGN_IN)]


def test_wrong_password_is_refused_and_the_failure_is_kept(database: Database) -> None:
    add_staff(database, "mette")
    with pytest.raises(SignInError) as caught:
        AuthService(database).sign_in_local("mette", "wrong")
    assert caught.value.message == "The user name or password is wrong."
    assert log_actions(database) == [("mette", AccessAction.SIGN_IN_FAILED)]
    with database.transaction() as session:
        assert session.scalar(select(Staff.failed_sign_ins)) == 1


def test_unknown_user_gets_the_same_message_as_a_wrong_password(database: Database) -> None:
    with pytest.raises(SignInError) as caught:
        AuthService(database).sign_in_local("nobody", "x")
    assert caught.value.message == "The user name or password is wrong."
    assert log_actions(database) == [("nobody", AccessAction.SIGN_IN_FAILED)]


def test_repeated_failures_lock_the_account_even_for_the_right_password(database: Database) -> None:
    add_staff(database, "mette")
    auth = AuthService(database)
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            auth.sign_in_local("mette", "wrong")
    with pytest.raises(SignInError) as caught:
        auth.sign_in_local("mette", "correct horse")
    assert "locked" in caught.value.message


def test_lock_expires(database: Database) -> None:
    add_staff(database, "mette")
    with database.transaction() as session:
        session.execute(text("UPDATE staff SET locked_until = :t"), {"t": datetime.now(UTC) - timedelta(minutes=1)})
    assert AuthService(database).sign_in_local("mette", "correct horse").login_name == "mette"


def test_deactivated_account_cannot_sign_in(database: Database) -> None:
    add_staff(database, "mette", active=False)
    with pytest.raises(SignInError) as caught:
        AuthService(database).sign_in_local("mette", "correct horse")
    assert "deactivated" in caught.value.message


def test_set_password_replaces_the_hash(database: Database) -> None:
    add_staff(database, "mette", password=None)
    auth = AuthService(database)
    auth.set_password("mette", "new secret")
    assert auth.sign_in_local("mette", "new secret").login_name == "mette"
    with database.transaction() as session:
        stored = session.scalar(select(Staff.password_hash))
    assert stored.startswith("$argon2id$") and "new secret" not in stored


@pytest.mark.postgres
def test_database_login_identifies_the_staff_member(postgres_database: Database) -> None:
    add_staff(postgres_database, "postgres", password=None, roles=(Role.ADMINISTRATOR,))
    user = AuthService(postgres_database).sign_in_database_login()
    assert (user.login_name, user.roles) == ("postgres", {Role.ADMINISTRATOR})


@pytest.mark.postgres
def test_database_login_without_staff_account_is_refused(postgres_database: Database) -> None:
    with pytest.raises(SignInError) as caught:
        AuthService(postgres_database).sign_in_database_login()
    assert "not linked to a NEO Desktop staff account" in caught.value.message
