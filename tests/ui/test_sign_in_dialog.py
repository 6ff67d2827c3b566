"""The sign-in dialog: wrong passwords are told, five failures lock the account, the right one signs in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from neo_desktop.app import auth_service
from neo_desktop.db.engine import Database
from neo_desktop.demo import DEMO_LOGINS, DEMO_PASSWORD
from neo_desktop.domain.organisation import Role
from neo_desktop.services.auth import MAX_FAILED_SIGN_INS
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.dialogs.sign_in import SignInDialog
from neo_desktop.ui.preferences import LAST_LOGIN_KEY, read_text

CASEWORKER = DEMO_LOGINS[Role.CASEWORKER.value]


@pytest.fixture
def dialog(qtbot, ui_context: UiContext, demo_database: Database) -> SignInDialog:
    dialog = SignInDialog(ui_context, auth_service(demo_database), database_description="demo.sqlite3",
                          show_demo_hint=True)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def attempt(qtbot, dialog: SignInDialog, login: str, password: str) -> None:
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter signs in
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=10_000)


def test_wrong_password_shows_the_message(qtbot, dialog: SignInDialog) -> None:
    attempt(qtbot, dialog, CASEWORKER, "not the password")
    assert dialog.isVisible()
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == "The user name or password is wrong."
    assert dialog.password_edit.text() == ""  # ready for the next try


def test_five_failures_lock_the_account(qtbot, dialog: SignInDialog) -> None:
    for _ in range(MAX_FAILED_SIGN_INS):
        attempt(qtbot, dialog, CASEWORKER, "guess")
    attempt(qtbot, dialog, CASEWORKER, DEMO_PASSWORD)  # even the right password is refused now
    assert "locked after too many failed sign-ins" in dialog.message_label.text()
    assert dialog.isVisible() and dialog.user is None


def test_right_password_signs_in(qtbot, dialog: SignInDialog) -> None:
    assert dialog.hint_label.isVisibleTo(dialog) and "demo" in dialog.hint_label.text()
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed_in:
        attempt(qtbot, dialog, CASEWORKER, DEMO_PASSWORD)
    user = signed_in.args[0]
    assert user.login_name == CASEWORKER and Role.CASEWORKER in user.roles
    assert not dialog.isVisible()
    assert read_text(LAST_LOGIN_KEY) == CASEWORKER  # offered next time


def test_empty_fields_are_asked_for(qtbot, dialog: SignInDialog) -> None:
    dialog.login_edit.clear()
    dialog.sign_in_button.click()
    assert "Enter your user name and password" in dialog.message_label.text()


def test_escape_cancels(qtbot, dialog: SignInDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
