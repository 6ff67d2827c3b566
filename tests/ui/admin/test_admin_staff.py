"""Staff accounts in the GUI: a new account with roles per project and a password, refused input told at the
field, roles changed later, and nobody deactivating themselves."""

from __future__ import annotations

from admin_helpers import closed, row_of, show_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from ui_helpers import wait_for_tasks

from neo_desktop.domain.errors import SignInError
from neo_desktop.domain.organisation import Role
from neo_desktop.services.auth import AuthService
from neo_desktop.services.staff import RoleGrant
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.administration import AdministrationView

NAME, LOGIN, ORGANISATION, ROLES, ACTIVE = range(5)


def save(qtbot, dialog, context: UiContext) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context)


def test_a_new_account_with_roles_can_sign_in(qtbot, administration: AdministrationView,
                                              ui_context: UiContext) -> None:
    page = administration.staff
    show_page(qtbot, administration, page, ui_context)
    dialog = page.open_dialog(None)
    qtbot.keyClicks(dialog.login_edit, "9mette")
    dialog.name_edit.setText("Mette Sørensen")
    dialog.organisation_box.setCurrentIndex(dialog.organisation_box.findText("Jobcenter Viborg"))
    roles = dialog.roles_editor
    project_box = roles.table.cellWidget(0, 1)
    project_box.setCurrentIndex(project_box.findText("NEO-MIDT", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(roles.add_button, Qt.MouseButton.LeftButton)
    roles.table.cellWidget(1, 0).setCurrentIndex(roles.table.cellWidget(1, 0).findData(Role.COORDINATOR))
    qtbot.keyClicks(dialog.password_edit, "short")
    save(qtbot, dialog, ui_context)
    assert "lower-case letters" in dialog.field_error("login_name").text()  # the login is checked first

    dialog.login_edit.setText("Mette.Soerensen")
    save(qtbot, dialog, ui_context)
    assert dialog.field_error("password").text() == "A password needs at least 10 characters."
    dialog.password_edit.setText("Forårsdag 2026")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    assert closed(dialog)

    row = row_of(page, NAME, "Mette Sørensen")
    shown = [page.model.data(page.model.index(row, column)) for column in (LOGIN, ORGANISATION, ROLES, ACTIVE)]
    assert shown == ["mette.soerensen", "Jobcenter Viborg", "Caseworker (NEO-MIDT), Coordinator", "Yes"]
    user = AuthService(administration.services.database).sign_in_local("mette.soerensen", "Forårsdag 2026")
    assert user.roles == frozenset({Role.CASEWORKER, Role.COORDINATOR})
    assert user.organisation_name == "Jobcenter Viborg"


def test_roles_are_changed_and_team_access_is_for_caseworkers_only(qtbot, administration: AdministrationView,
                                                                   ui_context: UiContext) -> None:
    page = administration.staff
    show_page(qtbot, administration, page, ui_context)
    page.table.selectRow(row_of(page, LOGIN, "coordinator"))
    dialog = page.open_dialog(page.selected())
    assert dialog.login_edit.isReadOnly()  # the login name is the database login too
    roles = dialog.roles_editor
    team = roles.table.cellWidget(0, 2).findChild(QCheckBox)
    assert not team.isEnabled()  # a coordinator cannot be given the team's caseload
    roles.table.cellWidget(0, 0).setCurrentIndex(roles.table.cellWidget(0, 0).findData(Role.CASEWORKER))
    assert team.isEnabled()
    team.setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    assert page.selected().roles == (RoleGrant(Role.CASEWORKER, None, True),)
    assert page.model.data(page.model.index(row_of(page, LOGIN, "coordinator"), ROLES)) == (
        "Caseworker (sees the team)")


def test_a_password_is_set_and_nobody_deactivates_themselves(qtbot, administration: AdministrationView,
                                                             ui_context: UiContext) -> None:
    page = administration.staff
    show_page(qtbot, administration, page, ui_context)
    page.table.selectRow(row_of(page, LOGIN, "admin"))
    assert not page.active_button.isEnabled()
    page.table.selectRow(row_of(page, LOGIN, "secretary"))
    assert page.active_button.isEnabled()
    dialog = page.open_password()
    dialog.password_edit.setText("Nyt kodeord 2026")
    dialog.repeat_edit.setText("Nyt kodeord 2025")
    save(qtbot, dialog, ui_context)
    assert dialog.field_error("repeat").text() == "The two passwords are not the same."
    dialog.repeat_edit.setText("Nyt kodeord 2026")
    save(qtbot, dialog, ui_context)
    assert closed(dialog)
    auth = AuthService(administration.services.database)
    assert auth.sign_in_local("secretary", "Nyt kodeord 2026").login_name == "secretary"

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.model.data(page.model.index(row_of(page, LOGIN, "secretary"), ACTIVE)) == "No"
    try:
        auth.sign_in_local("secretary", "Nyt kodeord 2026")
    except SignInError as refused:
        assert "deactivated" in refused.message
    else:
        raise AssertionError("a deactivated account signed in")
