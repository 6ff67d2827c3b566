"""PostgreSQL roles for a shared NEO Desktop database: one group role per NEO role, one login per staff member.

What each login may touch is decided twice, both times by the database: table privileges come from the
group roles granted here, and the rows within a table from the row-level security policies (migration
0002). The access log can be appended to by everyone and read only by auditors; nobody is granted UPDATE or
DELETE on it. Aggregated statistics come from SECURITY DEFINER functions that only the roles in
:data:`STATISTICS_ROLES` may execute. Run by the database owner through ``python main.py db setup-roles``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select, text

from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP
from neo_desktop.domain.organisation import Role

from .engine import Database
from .errors import DatabaseError
from .models import Staff, StaffRole

log = logging.getLogger(__name__)

APP_ROLE = "neo_app"  # every staff login: connect, read shared tables, append to the access log
GROUP_ROLES: dict[Role, str] = {role: f"neo_{role.value}" for role in Role}

PERSONAL_DATA_TABLES = (
    "participant", "consent", "journal_entry", "plan", "plan_revision", "plan_goal", "plan_resource",
    "plan_barrier", "plan_step", "plan_review", "placement", "match_proposal",
)
EMPLOYER_TABLES = ("employer", "employer_contact", "employer_engagement", "opening")
MEETING_TABLES = ("stakeholder_group", "group_member", "meeting", "meeting_attendee", "agenda_item", "decision",
                  "action_item")
ADMINISTRATION_TABLES = (
    "organisation", "staff", "staff_role", "project", "project_partner", "project_target", "target_milestone",
    "eligibility_rule", "reference_item", "setting", "plan_template", "plan_template_step",
)

# Which tables each NEO role may change (besides reading everything row-level security lets it see).
WRITABLE: dict[Role, tuple[str, ...]] = {
    Role.CASEWORKER: PERSONAL_DATA_TABLES + EMPLOYER_TABLES + ("group_member", "meeting_attendee"),
    Role.COORDINATOR: PERSONAL_DATA_TABLES + EMPLOYER_TABLES + ("group_member", "meeting_attendee"),
    Role.SECRETARY: MEETING_TABLES + EMPLOYER_TABLES + ("project_target", "target_milestone"),
    Role.ADMINISTRATOR: ADMINISTRATION_TABLES + EMPLOYER_TABLES + MEETING_TABLES,
    Role.AUDITOR: (),
}

# The roles that may see a project's aggregated statistics (the Reports and Meetings areas; a test keeps this
# equal to the services' permissions) and the functions that count for them (migration 0005). The functions
# return counts only, for a project in the caller's scope; they are the only way these roles' logins see
# figures computed from participant rows that row-level security hides from them.
STATISTICS_ROLES: tuple[Role, ...] = (Role.CASEWORKER, Role.COORDINATOR, Role.SECRETARY, Role.ADMINISTRATOR)
STATISTICS_FUNCTIONS = ("neo_report_projects()", "neo_project_statistics(integer, date)",
                        "neo_project_events(integer, date)")

NOT_POSTGRES = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Database roles exist only on a shared PostgreSQL database.")
NO_PRIVILEGE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT,
    "Your database login may not create roles. Run this as the database owner or a login with CREATEROLE.",
)


@dataclass
class RoleSetupReport:
    """What :func:`setup_roles` and :func:`sync_staff_logins` did."""

    created_roles: list[str] = field(default_factory=list)
    created_logins: list[str] = field(default_factory=list)
    granted: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    disabled_logins: list[str] = field(default_factory=list)


def quote(connection: Connection, name: str) -> str:
    """Quote an identifier (a role or login name) for SQL."""
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}))


def _ensure_group(connection: Connection, name: str, report: RoleSetupReport) -> None:
    if not _role_exists(connection, name):
        connection.execute(text(f"CREATE ROLE {quote(connection, name)} NOLOGIN"))
        report.created_roles.append(name)


def setup_roles(database: Database) -> RoleSetupReport:
    """Create the group roles and grant them their privileges on this database (idempotent)."""
    if database.engine.dialect.name != "postgresql":
        raise DatabaseError(NOT_POSTGRES)
    report = RoleSetupReport()
    with database.engine.begin() as connection:
        _require_createrole(connection)
        for name in (APP_ROLE, *GROUP_ROLES.values()):
            _ensure_group(connection, name, report)
        schema = quote(connection, connection.scalar(text("SELECT current_schema()")))
        app = quote(connection, APP_ROLE)
        database_name = quote(connection, connection.scalar(text("SELECT current_database()")))
        statements = [
            f"GRANT CONNECT ON DATABASE {database_name} TO {app}",
            f"GRANT USAGE ON SCHEMA {schema} TO {app}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {app}",
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {app}",
            # The access log: append only. SELECT (id) lets INSERT ... RETURNING id work.
            f"REVOKE ALL ON access_log FROM {app}",
            f"GRANT INSERT ON access_log TO {app}",
            f"GRANT SELECT (id) ON access_log TO {app}",
            f"GRANT SELECT ON access_log TO {quote(connection, GROUP_ROLES[Role.AUDITOR])}",
        ]
        statistics_groups = ", ".join(quote(connection, GROUP_ROLES[role]) for role in STATISTICS_ROLES)
        for function in STATISTICS_FUNCTIONS:
            statements.append(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
            statements.append(f"GRANT EXECUTE ON FUNCTION {function} TO {statistics_groups}")
        for role, tables in WRITABLE.items():
            group = quote(connection, GROUP_ROLES[role])
            statements.append(f"GRANT {app} TO {group}")
            statements.extend(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {group}" for table in tables)
        for statement in statements:
            connection.execute(text(statement))
        report.granted.extend(statements)
    log.info("Set up roles on %s: created %s", database.description, report.created_roles)
    return report


def _require_createrole(connection: Connection) -> None:
    allowed = connection.scalar(text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"))
    if not allowed:
        raise DatabaseError(NO_PRIVILEGE)


def provision_login(connection: Connection, login_name: str, roles: Iterable[Role], *, active: bool = True,
                    password: str | None = None, report: RoleSetupReport | None = None) -> None:
    """Create or update one staff member's login and make its group memberships match ``roles``."""
    report = report or RoleSetupReport()
    login = quote(connection, login_name)
    if not _role_exists(connection, login_name):
        connection.execute(text(f"CREATE ROLE {login} LOGIN"))
        report.created_logins.append(login_name)
    connection.execute(text(f"ALTER ROLE {login} {'LOGIN' if active else 'NOLOGIN'}"))
    if not active:
        report.disabled_logins.append(login_name)
    if password is not None:
        # A parameter cannot be bound in ALTER ROLE; quote the literal with the server's own function.
        literal = connection.scalar(text("SELECT quote_literal(:p)"), {"p": password})
        connection.execute(text(f"ALTER ROLE {login} PASSWORD {literal}"))
    held = set(roles)
    connection.execute(text(f"GRANT {quote(connection, APP_ROLE)} TO {login}"))
    for role, group in GROUP_ROLES.items():
        if role in held:
            connection.execute(text(f"GRANT {quote(connection, group)} TO {login}"))
            report.granted.append(f"{group} to {login_name}")
        elif connection.scalar(text("SELECT pg_has_role(:login, :group, 'member')"),
                               {"login": login_name, "group": group}):
            connection.execute(text(f"REVOKE {quote(connection, group)} FROM {login}"))
            report.revoked.append(f"{group} from {login_name}")
    if Role.ADMINISTRATOR in held:
        # Administrators create their colleagues' logins from the administration view.
        connection.execute(text(f"ALTER ROLE {login} CREATEROLE"))


def sync_staff_logins(database: Database, *, passwords: dict[str, str] | None = None) -> RoleSetupReport:
    """Give every staff member a login with the group roles of their NEO roles; disable inactive ones."""
    report = RoleSetupReport()
    passwords = passwords or {}
    with database.engine.begin() as connection:
        _require_createrole(connection)
        staff = connection.execute(select(Staff.id, Staff.login_name, Staff.active)).all()
        roles_by_staff: dict[int, set[Role]] = {}
        for staff_id, role in connection.execute(select(StaffRole.staff_id, StaffRole.role)):
            roles_by_staff.setdefault(staff_id, set()).add(role)
        current_user = connection.scalar(text("SELECT current_user"))
        for staff_id, login_name, active in staff:
            if login_name == current_user:
                continue  # the owner running this keeps its own privileges
            provision_login(connection, login_name, roles_by_staff.get(staff_id, set()), active=active,
                            password=passwords.get(login_name), report=report)
    return report
