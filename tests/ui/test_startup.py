"""The start-up flow: failures with a way out, demo data on a first start, sign-in, sign-out, quitting."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QAbstractButton
from sqlalchemy.engine import make_url
from ui_helpers import wait_for_tasks

from neo_desktop.config.paths import default_database_path
from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Staff, StaffRole
from neo_desktop.demo import DEMO_LOGINS, DEMO_PASSWORD
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.dialogs.connection import ConnectionDialog
from neo_desktop.ui.dialogs.sign_in import SignInDialog
from neo_desktop.ui.errors import ErrorDialog
from neo_desktop.ui.main_window import MainWindow
from neo_desktop.ui.startup import EXIT_CANCELLED, EXIT_OK, Startup

UNREACHABLE = "postgresql+psycopg://neo@127.0.0.1:1/neo"


@pytest.fixture
def startup(qtbot, ui_context: UiContext):
    flows: list[Startup] = []

    def make(url: str | None = None) -> Startup:
        flow = Startup(ui_context, url)
        flows.append(flow)
        return flow

    yield make
    for flow in flows:
        if flow.main_window is not None:
            flow.main_window.close()
        if flow.dialog is not None and shiboken6.isValid(flow.dialog):
            flow.dialog.close()
        flow._close_database()


def next_dialog(qtbot, flow: Startup, action, timeout: int = 20_000):
    """Do ``action`` and return the next dialog the flow opens."""
    with qtbot.waitSignal(flow.dialog_opened, timeout=timeout) as opened:
        action()
    return opened.args[0]


def ready_sign_in(qtbot, flow: Startup, timeout: int = 20_000) -> SignInDialog:
    """Start the flow on an SQLite file: the sign-in dialog opens at once, and is ready once the database is."""
    sign_in = next_dialog(qtbot, flow, flow.start)
    assert isinstance(sign_in, SignInDialog)
    if not sign_in.is_ready:
        with qtbot.waitSignal(sign_in.ready, timeout=timeout):
            pass
    return sign_in


def button(dialog, text: str) -> QAbstractButton:
    return next(b for b in dialog.buttons() if b.text().replace("&", "") == text)


def test_unreachable_server_offers_the_connection_settings(qtbot, startup) -> None:
    flow = startup(UNREACHABLE)
    error = next_dialog(qtbot, flow, flow.start)
    assert isinstance(error, ErrorDialog)
    assert "127.0.0.1:1/neo cannot be reached" in error.text()
    assert [b.text() for b in error.buttons()] and button(error, "Connection settings…")

    settings = next_dialog(qtbot, flow, button(error, "Connection settings…").click)
    assert isinstance(settings, ConnectionDialog) and settings.isVisible()
    again = next_dialog(qtbot, flow, settings.reject)  # Cancel goes back to the message
    assert isinstance(again, ErrorDialog) and "cannot be reached" in again.text()

    with qtbot.waitSignal(flow.finished) as finished:
        button(again, "Quit").click()
    assert finished.args == [EXIT_CANCELLED]


def test_new_connection_settings_are_used_for_the_retry(qtbot, startup, demo_database_file: Path) -> None:
    default = default_database_path()
    shutil.copyfile(demo_database_file, default)  # the embedded database already holds data
    flow = startup(UNREACHABLE)
    error = next_dialog(qtbot, flow, flow.start)
    settings = next_dialog(qtbot, flow, button(error, "Connection settings…").click)
    settings.embedded_radio.setChecked(True)
    sign_in = next_dialog(qtbot, flow, settings.save_button.click)
    assert isinstance(sign_in, SignInDialog)
    assert flow.database is not None and flow.database.description == str(default)


def test_a_database_that_is_not_neos_is_refused_with_a_message(qtbot, startup, tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
    flow = startup(f"sqlite:///{path}")
    sign_in = next_dialog(qtbot, flow, flow.start)  # at once, while the file is opened
    assert isinstance(sign_in, SignInDialog) and not sign_in.is_ready
    assert sign_in.database_label.text() == "Opening the database…"
    error = next_dialog(qtbot, flow, lambda: None)
    assert isinstance(error, ErrorDialog) and not sign_in.isVisible()
    assert "is not a NEO Desktop database" in error.text()
    assert button(error, "Connection settings…") and button(error, "Try again")
    with qtbot.waitSignal(flow.finished) as finished:
        button(error, "Quit").click()
    assert finished.args == [EXIT_CANCELLED]


def test_first_start_fills_the_default_database_with_demo_data(qtbot, startup, ui_context: UiContext) -> None:
    progress: list[tuple[int, int]] = []

    def follow(task) -> None:
        if task.name == "demo data":
            assert task.progress_dialog is not None and task.progress_dialog.isVisible()
            task.progressed.connect(lambda done, total, _text: progress.append((done, total)))

    ui_context.tasks.task_started.connect(follow)
    flow = startup()
    sign_in = ready_sign_in(qtbot, flow, timeout=60_000)
    assert progress and progress[-1][0] == progress[-1][1]  # progress shown up to the end
    assert sign_in.hint_label.isVisibleTo(sign_in)
    assert flow.database is not None and flow.database.description == str(default_database_path())

    sign_in.login_edit.setText(DEMO_LOGINS[Role.CASEWORKER.value])
    sign_in.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(flow.main_window_shown, timeout=10_000) as shown:
        sign_in.sign_in_button.click()
    window = shown.args[0]
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.services.user.login_name == DEMO_LOGINS[Role.CASEWORKER.value]
    wait_for_tasks(qtbot, ui_context)


def test_sign_out_returns_to_sign_in_and_quit_ends(qtbot, startup, demo_url: str, ui_context: UiContext) -> None:
    flow = startup(demo_url)
    sign_in = ready_sign_in(qtbot, flow)
    assert not sign_in.hint_label.isVisibleTo(sign_in)  # not the first-start demo database
    sign_in.login_edit.setText(DEMO_LOGINS[Role.SECRETARY.value])
    sign_in.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(flow.main_window_shown, timeout=10_000) as shown:
        sign_in.sign_in_button.click()
    window = shown.args[0]
    again = next_dialog(qtbot, flow, window.sign_out_action.trigger)
    assert isinstance(again, SignInDialog)
    again.login_edit.setText(DEMO_LOGINS[Role.AUDITOR.value])
    again.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(flow.main_window_shown, timeout=10_000) as shown:
        again.sign_in_button.click()
    with qtbot.waitSignal(flow.finished) as finished:
        shown.args[0].quit_action.trigger()
    assert finished.args == [EXIT_OK]
    assert flow.database is None
    wait_for_tasks(qtbot, ui_context)


def test_cancelling_the_sign_in_quits(qtbot, startup, demo_url: str, ui_context: UiContext) -> None:
    flow = startup(demo_url)
    sign_in = next_dialog(qtbot, flow, flow.start)  # even before the database is open
    with qtbot.waitSignal(flow.finished) as finished:
        sign_in.reject()
    assert finished.args == [EXIT_CANCELLED]
    wait_for_tasks(qtbot, ui_context)


def test_signing_in_before_the_database_is_open_goes_ahead_when_it_is(qtbot, startup, demo_url: str,
                                                                       ui_context: UiContext) -> None:
    flow = startup(demo_url)
    sign_in = next_dialog(qtbot, flow, flow.start)
    assert not sign_in.is_ready and not flow.database
    sign_in.login_edit.setText(DEMO_LOGINS[Role.CASEWORKER.value])
    sign_in.password_edit.setText(DEMO_PASSWORD)
    sign_in.sign_in_button.click()
    assert not sign_in.sign_in_button.isEnabled()  # waiting for the database
    with qtbot.waitSignal(flow.main_window_shown, timeout=20_000) as shown:
        pass
    assert shown.args[0].services.user.login_name == DEMO_LOGINS[Role.CASEWORKER.value]
    assert sign_in.database_label.text().startswith("Database: ")
    shown.args[0].close()
    wait_for_tasks(qtbot, ui_context)


def test_connection_settings_from_the_main_window_reconnect(qtbot, startup, demo_url: str,
                                                             demo_database_file: Path) -> None:
    shutil.copyfile(demo_database_file, default_database_path())
    flow = startup(demo_url)
    sign_in = ready_sign_in(qtbot, flow)
    sign_in.login_edit.setText(DEMO_LOGINS[Role.CASEWORKER.value])
    sign_in.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(flow.main_window_shown, timeout=10_000) as shown:
        sign_in.sign_in_button.click()
    window = shown.args[0]
    settings = next_dialog(qtbot, flow, window.connection_action.trigger)
    assert isinstance(settings, ConnectionDialog) and settings.parent() is window
    settings.embedded_radio.setChecked(True)
    again = next_dialog(qtbot, flow, settings.save_button.click)
    assert isinstance(again, SignInDialog)  # the window closed, the new database opened
    assert flow.main_window is None
    assert flow.database is not None and flow.database.description == str(default_database_path())


@pytest.mark.postgres
def test_postgresql_signs_in_with_the_database_login(qtbot, startup, postgres_server) -> None:
    url = postgres_server.create_database(migrated=True)
    try:
        flow = startup(url)
        error = next_dialog(qtbot, flow, flow.start)  # the login "postgres" is no staff member yet
        assert isinstance(error, ErrorDialog)
        assert "is not linked to a NEO Desktop staff account" in error.text()

        database = Database.open(url)
        with database.transaction() as session:
            organisation = Organisation(name="Jobcenter Viborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
            session.add(organisation)
            session.flush()
            staff = Staff(organisation_id=organisation.id, login_name=make_url(url).username, full_name="Pia Post")
            staff.roles.append(StaffRole(role=Role.ADMINISTRATOR))
            session.add(staff)
        database.dispose()
        with qtbot.waitSignal(flow.main_window_shown, timeout=15_000) as shown:
            button(error, "Try again").click()
        window = shown.args[0]
        assert window.services.user.full_name == "Pia Post"
        assert window.database_label.text().startswith("PostgreSQL: ")
        with qtbot.waitSignal(flow.finished):
            window.quit_action.trigger()
    finally:
        postgres_server.drop_database(url)
