"""The first administrator of a new database, from the command line.

Someone has to create the first account before anyone can sign in and create the others. Whoever runs the
command holds the database's credentials already (the SQLite file, or the PostgreSQL owner login), so it
acts as an administrator without signing in; the account is created through :class:`StaffService` like any
other, which on PostgreSQL also creates the person's login with its group roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Staff
from neo_desktop.db.postgres_roles import setup_roles
from neo_desktop.domain.errors import ValidationError
from neo_desktop.domain.organisation import Country, OrganisationKind, Role

from .organisations import OrganisationInput, OrganisationService
from .staff import (
    LOGIN_TAKEN,
    RoleGrant,
    StaffInput,
    StaffRecord,
    StaffService,
    check_name,
    check_password,
    valid_login_name,
)
from .user import SignedInUser, command_line_user

ORGANISATION_DETAILS_NEEDED = (
    "There is no organisation called {name} yet; give its --kind and --country to create it."
)
PASSWORD_NEEDED = "An administrator on the embedded database signs in with a password; give one."


@dataclass(frozen=True)
class NewOrganisation:
    """The organisation to create when none of that name exists."""

    kind: OrganisationKind
    country: Country
    registration_number: str | None = None


@dataclass(frozen=True)
class FirstAdministrator:
    """What the command created."""

    staff: StaffRecord
    organisation_created: bool


def add_administrator(database: Database, os_user: str, *, login_name: str, full_name: str, organisation: str,
                      new_organisation: NewOrganisation | None, password: str | None) -> FirstAdministrator:
    """Create an administrator in ``organisation`` (found by name, or created from ``new_organisation``).

    On SQLite a password is required (local sign-in); on PostgreSQL it sets the login's password and may be
    left out where people sign in with single sign-on. Raises ValidationError with a readable message.
    """
    _check_before_writing(database, login_name, full_name, password)
    actor = command_line_user(os_user, frozenset({Role.ADMINISTRATOR}))
    if not database.is_sqlite:
        setup_roles(database)  # the group roles the new login is granted (idempotent)
    organisation_id, created = _organisation(database, actor, organisation.strip(), new_organisation)
    staff = StaffService(database, actor).create(
        StaffInput(login_name=login_name, full_name=full_name, organisation_id=organisation_id,
                   roles=(RoleGrant(Role.ADMINISTRATOR),)),
        password=password or None,
    )
    return FirstAdministrator(staff=staff, organisation_created=created)


def _check_before_writing(database: Database, login_name: str, full_name: str, password: str | None) -> None:
    """Refuse bad input before the organisation is created, so a refusal leaves nothing behind."""
    if database.is_sqlite and not password:
        raise ValidationError(PASSWORD_NEEDED, field="password")
    if password:
        check_password(password)
    check_name(full_name)
    login = valid_login_name(login_name)
    with database.transaction() as session:
        if session.scalar(select(Staff.id).where(Staff.login_name == login)) is not None:
            raise ValidationError(LOGIN_TAKEN, field="login_name", login=login)


def _organisation(database: Database, actor: SignedInUser, name: str, new: NewOrganisation | None) -> tuple[int, bool]:
    with database.transaction() as session:
        existing = session.scalar(select(Organisation.id).where(func.lower(Organisation.name) == name.lower()))
    if existing is not None:
        return existing, False
    if new is None:
        raise ValidationError(ORGANISATION_DETAILS_NEEDED, field="organisation", name=name)
    record = OrganisationService(database, actor).create(
        OrganisationInput(name=name, kind=new.kind, country=new.country,
                          registration_number=new.registration_number))
    return record.id, True
