"""Signing in: a local account on the embedded database, or the database login on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Staff
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, SignInError
from neo_desktop.domain.passwords import hash_password, needs_rehash, verify_password

from .access_log import record_access
from .user import SignedInUser

MAX_FAILED_SIGN_INS = 5
LOCKOUT = timedelta(minutes=15)

ACCOUNT_LOCKED = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "This account is locked after too many failed sign-ins. Try again after {until}."
)
ACCOUNT_INACTIVE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This account has been deactivated. Ask an administrator.")
NO_STAFF_FOR_LOGIN = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT,
    "The database login {login} is not linked to a NEO Desktop staff account. Ask an administrator.",
)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite returns naive datetimes; everything is stored in UTC.
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


class AuthService:
    """Turns credentials into a :class:`SignedInUser`, logging every attempt."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def sign_in_local(self, login_name: str, password: str) -> SignedInUser:
        """Check a local account's password (embedded database); lock it after repeated failures.

        A failed attempt is committed (counter, lock, access-log entry) before the error is raised.
        """
        with self._database.transaction() as session:
            outcome = self._check_password(session, login_name.strip().lower(), password, datetime.now(UTC))
        if isinstance(outcome, SignInError):
            raise outcome
        return outcome

    def _check_password(self, session: Session, login_name: str, password: str,
                        now: datetime) -> SignedInUser | SignInError:
        staff = self._staff_by_login(session, login_name)
        if staff is None or not staff.password_hash:
            # The same message as for a wrong password: do not reveal which accounts exist.
            record_access(session, login_name=login_name[:63], action=AccessAction.SIGN_IN_FAILED)
            return SignInError()
        locked_until = _aware(staff.locked_until)
        if locked_until and locked_until > now:
            record_access(session, login_name=staff.login_name, staff_id=staff.id,
                          action=AccessAction.SIGN_IN_FAILED, detail="locked")
            return SignInError(ACCOUNT_LOCKED, until=locked_until.astimezone().strftime("%H:%M"))
        if not verify_password(staff.password_hash, password):
            staff.failed_sign_ins += 1
            if staff.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                staff.locked_until = now + LOCKOUT
                staff.failed_sign_ins = 0
            record_access(session, login_name=staff.login_name, staff_id=staff.id,
                          action=AccessAction.SIGN_IN_FAILED)
            return SignInError()
        if not staff.active:
            return SignInError(ACCOUNT_INACTIVE)
        if needs_rehash(staff.password_hash):
            staff.password_hash = hash_password(password)
        return self._signed_in(session, staff, now)

    def sign_in_database_login(self) -> SignedInUser:
        """On PostgreSQL the connection's login identifies the staff member."""
        with self._database.transaction() as session:
            login_name = session.scalar(text("SELECT current_user"))
            staff = self._staff_by_login(session, str(login_name).lower())
            if staff is None:
                raise SignInError(NO_STAFF_FOR_LOGIN, login=login_name)
            if not staff.active:
                raise SignInError(ACCOUNT_INACTIVE)
            # The server checked the password; staff logins may not change the staff table, and the access log
            # records the sign-in, so nothing on the staff row is updated here.
            return self._signed_in(session, staff, datetime.now(UTC), local=False)

    def set_password(self, login_name: str, password: str) -> None:
        """Set a local account's password (administrators and first start)."""
        with self._database.transaction() as session:
            staff = self._staff_by_login(session, login_name.strip().lower())
            if staff is None:
                raise SignInError(NO_STAFF_FOR_LOGIN, login=login_name)
            staff.password_hash = hash_password(password)
            staff.failed_sign_ins = 0
            staff.locked_until = None

    @staticmethod
    def _staff_by_login(session: Session, login_name: str) -> Staff | None:
        return session.scalar(
            select(Staff)
            .options(selectinload(Staff.roles), selectinload(Staff.organisation))
            .where(Staff.login_name == login_name)
        )

    @staticmethod
    def _signed_in(session: Session, staff: Staff, now: datetime, *, local: bool = True) -> SignedInUser:
        if local:
            staff.failed_sign_ins = 0
            staff.locked_until = None
            staff.last_sign_in_at = now
        record_access(session, login_name=staff.login_name, staff_id=staff.id, action=AccessAction.SIGN_IN)
        return SignedInUser(
            staff_id=staff.id,
            login_name=staff.login_name,
            full_name=staff.full_name,
            organisation_id=staff.organisation_id,
            organisation_name=staff.organisation.name,
            roles=frozenset(role.role for role in staff.roles),
            language=staff.language,
        )
