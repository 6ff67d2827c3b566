"""Staff accounts and their roles, for administrators.

On the embedded database a staff member signs in with a local password (argon2). On a shared PostgreSQL
database each staff member is their own login: creating or changing an account here creates the login and
grants the group roles of their NEO roles in the same transaction (the administrator's login needs
CREATEROLE, which ``db setup-roles`` gives administrators).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Staff, StaffRole
from neo_desktop.db.postgres_roles import provision_login
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Language, Role
from neo_desktop.domain.passwords import hash_password

from .editing import apply_changes
from .permissions import requires
from .user import SignedInUser

ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
LOGIN_FORM = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT,
    "A login name is 2–63 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.",
)
LOGIN_TAKEN = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The login name {login} is already in use.")
NAME_REQUIRED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A staff member needs a name.")
PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A password needs at least {length} characters.")
MIN_PASSWORD_LENGTH = 10
_LOGIN_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class RoleGrant:
    """A role, for every project (``project_id`` None) or one."""

    role: Role
    project_id: int | None = None
    may_view_team: bool = False


@dataclass(frozen=True)
class StaffInput:
    """What an administrator enters for a staff account."""

    login_name: str
    full_name: str
    organisation_id: int
    roles: tuple[RoleGrant, ...]
    email: str | None = None
    phone: str | None = None
    language: Language = Language.EN


@dataclass(frozen=True)
class StaffRecord:
    """A staff account as the administration view shows it."""

    id: int
    version: int
    login_name: str
    full_name: str
    organisation_id: int
    organisation_name: str
    roles: tuple[RoleGrant, ...]
    active: bool
    # The contact details too, so that an edit form can send them back unchanged.
    email: str | None = None
    phone: str | None = None
    language: Language = Language.EN


def valid_login_name(login_name: str) -> str:
    """The login name in its stored form, or ValidationError: it doubles as a PostgreSQL role name."""
    login = login_name.strip().lower()
    if not (2 <= len(login) <= 63 and login[0].isalpha() and set(login) <= _LOGIN_CHARACTERS):
        raise ValidationError(LOGIN_FORM, field="login_name")
    return login


class StaffService:
    """Staff accounts, for administrators."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(ADMINISTRATORS, "manage staff accounts")
    def list(self) -> list[StaffRecord]:
        """Every staff account with its roles."""
        with self._database.transaction() as session:
            staff = session.scalars(select(Staff).options(selectinload(Staff.roles), selectinload(Staff.organisation))
                                    .order_by(Staff.full_name))
            return [_record(member) for member in staff]

    @requires(ADMINISTRATORS, "manage staff accounts")
    def create(self, data: StaffInput, *, password: str | None = None) -> StaffRecord:
        """Add a staff member; on PostgreSQL also create their login with the group roles of their roles."""
        login = valid_login_name(data.login_name)
        check_name(data.full_name)
        if password is not None:
            check_password(password)  # the same rule for a local password and a PostgreSQL login's
        with self._database.transaction() as session:
            if session.get(Organisation, data.organisation_id) is None:
                raise NotFoundError(what="organisation")
            staff = Staff(login_name=login, full_name=data.full_name.strip(), organisation_id=data.organisation_id,
                          email=data.email, phone=data.phone, language=data.language,
                          roles=[StaffRole(role=g.role, project_id=g.project_id, may_view_team=g.may_view_team)
                                 for g in data.roles])
            if password is not None and self._database.is_sqlite:
                staff.password_hash = hash_password(password)
            session.add(staff)
            _flush_unique_login(session, login)
            self._provision(session, staff, password)
            return _record(staff)

    @requires(ADMINISTRATORS, "manage staff accounts")
    def update(self, staff_id: int, expected_version: int, data: StaffInput) -> StaffRecord:
        """Change a staff member's details and roles (the login name stays)."""
        check_name(data.full_name)
        with self._database.transaction() as session:
            staff = _get(session, staff_id)
            apply_changes(staff, {"full_name": data.full_name.strip(), "organisation_id": data.organisation_id,
                                  "email": data.email, "phone": data.phone, "language": data.language},
                          expected_version, what="staff account")
            wanted = {(g.role, g.project_id): g for g in data.roles}
            staff.roles = [r for r in staff.roles if (r.role, r.project_id) in wanted]
            held = {(r.role, r.project_id): r for r in staff.roles}
            for key, grant in wanted.items():
                if key in held:
                    held[key].may_view_team = grant.may_view_team
                else:
                    staff.roles.append(StaffRole(role=grant.role, project_id=grant.project_id,
                                                 may_view_team=grant.may_view_team))
            flag_modified(staff, "full_name")  # roles changed with the account: bump its version too
            session.flush()
            self._provision(session, staff, None)
            return _record(staff)

    @requires(ADMINISTRATORS, "manage staff accounts")
    def set_active(self, staff_id: int, active: bool) -> StaffRecord:
        """Deactivate (or reactivate) an account; on PostgreSQL the login stops (or starts) working."""
        with self._database.transaction() as session:
            staff = _get(session, staff_id)
            staff.active = active
            session.flush()
            self._provision(session, staff, None)
            return _record(staff)

    @requires(ADMINISTRATORS, "set passwords")
    def set_password(self, staff_id: int, password: str) -> None:
        """Set a staff member's password: the local one, or their PostgreSQL login's."""
        with self._database.transaction() as session:
            staff = _get(session, staff_id)
            if self._database.is_sqlite:
                staff.password_hash = _hashed(password)
                staff.failed_sign_ins = 0
                staff.locked_until = None
            else:
                check_password(password)
                self._provision(session, staff, password)

    def _provision(self, session: Session, staff: Staff, password: str | None) -> None:
        if self._database.engine.dialect.name != "postgresql":
            return
        provision_login(session.connection(), staff.login_name, {r.role for r in staff.roles}, active=staff.active,
                        password=password)


def check_password(password: str) -> None:
    """Refuse a password shorter than the minimum, local or a PostgreSQL login's (ValidationError)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(PASSWORD_TOO_SHORT, field="password", length=MIN_PASSWORD_LENGTH)


def check_name(full_name: str) -> None:
    """Refuse a staff member without a name (ValidationError)."""
    if not full_name.strip():
        raise ValidationError(NAME_REQUIRED, field="full_name")


def _hashed(password: str) -> str:
    check_password(password)
    return hash_password(password)


def _get(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id, options=[selectinload(Staff.roles)])
    if staff is None:
        raise NotFoundError(what="staff account")
    return staff


def _flush_unique_login(session: Session, login: str) -> None:
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise ValidationError(LOGIN_TAKEN, field="login_name", login=login) from exc


def _record(staff: Staff) -> StaffRecord:
    organisation: Organisation = staff.organisation
    return StaffRecord(staff.id, staff.version, staff.login_name, staff.full_name, staff.organisation_id,
                       organisation.name if organisation else "",
                       tuple(RoleGrant(r.role, r.project_id, r.may_view_team) for r in staff.roles), staff.active,
                       staff.email, staff.phone, staff.language)
