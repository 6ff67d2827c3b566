"""On a shared PostgreSQL database, an administrator's own login creates a colleague's account in the Staff
page: the colleague gets a login with the group role of their NEO role, signs in with it, and loses it when
the account is deactivated."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from admin_helpers import closed, row_of
from postgres_logins import drop_logins
from PySide6.QtCore import Qt
from sqlalchemy import text
from ui_helpers import wait_for_tasks

from neo_desktop.app import Services
from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Staff, StaffRole
from neo_desktop.db.postgres_roles import setup_roles, sync_staff_logins
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.services.auth import AuthService
from neo_desktop.ui.admin.staff import StaffPage
from neo_desktop.ui.context import UiContext

pytestmark = pytest.mark.postgres


@pytest.fixture
def logins(postgres_database: Database) -> Iterator[dict[str, str]]:
    """An administrator with their own login; the colleague's login name (dropped afterwards, roles are global)."""
    suffix = uuid.uuid4().hex[:8]
    names = {"admin": f"neo_t_admin_{suffix}", "new": f"neo_t_new_{suffix}"}
    with postgres_database.transaction() as session:
        organisation = Organisation(name="Jobcenter Viborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        session.add(Staff(organisation=organisation, login_name=names["admin"], full_name="Anders Admin",
                          roles=[StaffRole(role=Role.ADMINISTRATOR)]))
    setup_roles(postgres_database)
    sync_staff_logins(postgres_database)
    yield names
    drop_logins(postgres_database, names.values())


def as_login(database: Database, login: str) -> Database:
    return Database.open(database.engine.url.set(username=login))


def test_an_administrator_login_creates_a_colleagues_login(qtbot, ui_context: UiContext, postgres_database: Database,
                                                           logins: dict[str, str]) -> None:
    admin_database = as_login(postgres_database, logins["admin"])
    try:
        user = AuthService(admin_database).sign_in_database_login()
        page = StaffPage(Services(admin_database, user), ui_context)
        qtbot.addWidget(page)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            page.refresh()
        assert "own login on the shared database" in page.explanation_label.text()
        dialog = page.open_dialog(None)
        assert dialog.password_edit.placeholderText() == "empty: single sign-on"
        dialog.login_edit.setText(logins["new"])
        dialog.name_edit.setText("Mette Sørensen")
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert closed(dialog)

        with postgres_database.engine.connect() as connection:
            can_login, caseworker, administrator = connection.execute(text(
                "SELECT rolcanlogin, pg_has_role(rolname, 'neo_caseworker', 'member'), "
                "pg_has_role(rolname, 'neo_administrator', 'member') FROM pg_roles WHERE rolname = :n"),
                {"n": logins["new"]}).one()
        assert (can_login, caseworker, administrator) == (True, True, False)
        colleague = as_login(postgres_database, logins["new"])
        try:
            signed_in = AuthService(colleague).sign_in_database_login()  # a caseworker's login may sign in
            assert (signed_in.full_name, signed_in.roles) == ("Mette Sørensen", frozenset({Role.CASEWORKER}))
        finally:
            colleague.dispose()

        page.table.selectRow(row_of(page, 1, logins["new"]))
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot, ui_context)
        with postgres_database.engine.connect() as connection:
            assert connection.scalar(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"),
                                     {"n": logins["new"]}) is False
    finally:
        admin_database.dispose()
