"""The main window on the demo data: every view shows rows, navigation follows the roles, layout is kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt
from ui_helpers import wait_for_tasks

from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.organisation import Role
from neo_desktop.services.permissions import Area
from neo_desktop.ui.changes import ChangeKind
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.main_window import MainWindow
from neo_desktop.ui.views.record_table_view import RecordTableView

OpenAs = Callable[[str], MainWindow]
CASEWORKER_AREAS = [Area.CASELOAD, Area.PARTICIPANTS, Area.PLANS, Area.EMPLOYERS, Area.MEETINGS, Area.REPORTS]


def visit(qtbot, window: MainWindow, area: Area) -> RecordTableView:
    """Show ``area`` through the navigation and wait for its rows."""
    view = window.views[area]
    with qtbot.waitSignal(view.loaded, timeout=10_000, raising=False):
        window.navigation.setCurrentRow(window.areas.index(area))
    qtbot.waitUntil(lambda: not view.is_loading, timeout=10_000)
    return view


def navigation_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_caseworker_sees_rows_in_every_view(qtbot, open_main_window: OpenAs, ui_context: UiContext) -> None:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    assert window.areas == CASEWORKER_AREAS
    for area in CASEWORKER_AREAS:
        view = visit(qtbot, window, area)
        assert window.stack.currentWidget() is view
        assert view.model.rowCount() > 0, f"{area} shows no rows"
        first_row = [view.model.data(view.model.index(0, column)) for column in range(view.model.columnCount())]
        assert any(first_row), f"{area} shows an empty first row"
        if isinstance(view, RecordTableView):  # the caseload and participant lists page through the database
            assert view.model.columnCount() == len(view.model.table.columns)
            assert "in the list" in view.status_label.text()
    status = window.views[Area.CASELOAD].model
    # Enum values are shown as labels, never raw ("active", "dropped_out").
    statuses = {status.data(status.index(row, 3)) for row in range(status.rowCount())}
    assert statuses <= {"Referred", "Intake", "Active", "Paused"}
    assert window.user_label.text().startswith(window.services.user.full_name)
    assert window.database_label.text().startswith("SQLite: ")
    assert window.roles_label.text() == "Caseworker"
    wait_for_tasks(qtbot, ui_context)


def test_administration_shows_the_organisations(qtbot, open_main_window: OpenAs) -> None:
    window = open_main_window(DEMO_LOGINS[Role.ADMINISTRATOR.value])
    assert Area.ADMINISTRATION in window.areas and Area.CASELOAD not in window.areas
    view = visit(qtbot, window, Area.ADMINISTRATION)
    assert view.model.rowCount() > 0
    kinds = {view.model.data(view.model.index(row, 1)) for row in range(view.model.rowCount())}
    assert "Jobcentre" in kinds or "NGO" in kinds
    countries = {view.model.data(view.model.index(row, 2)) for row in range(view.model.rowCount())}
    assert countries <= {"Denmark", "Sweden"}


def test_secretary_does_not_see_personal_data_areas(qtbot, open_main_window: OpenAs) -> None:
    window = open_main_window(DEMO_LOGINS[Role.SECRETARY.value])
    assert Area.CASELOAD not in window.areas
    assert Area.PARTICIPANTS not in window.areas and Area.PLANS not in window.areas
    assert navigation_texts(window) == ["Employers", "Meetings", "Reports"]
    assert [action.text() for action in window.view_menu.actions()] == ["Employers", "Meetings", "Reports"]
    view = visit(qtbot, window, Area.MEETINGS)
    assert view.model.rowCount() > 0


def test_auditor_sees_only_the_access_log(qtbot, open_main_window: OpenAs) -> None:
    window = open_main_window(DEMO_LOGINS[Role.AUDITOR.value])
    assert window.areas == [Area.AUDIT]
    assert navigation_texts(window) == ["Access log"]
    qtbot.waitUntil(lambda: window.views[Area.AUDIT].model.rowCount() > 0, timeout=10_000)


def test_ctrl_number_switches_views(qtbot, open_main_window: OpenAs) -> None:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() is Area.PLANS
    window.view_actions[Area.MEETINGS].trigger()  # what Ctrl+5 does, from the View menu
    assert window.current_area() is Area.MEETINGS
    assert window.view_actions[Area.MEETINGS].shortcut().toString() == "Ctrl+5"
    assert window.windowTitle() == "Meetings – NEO Desktop"


def test_participant_search_filters_on_enter(qtbot, open_main_window: OpenAs) -> None:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    view = visit(qtbot, window, Area.PARTICIPANTS)
    everyone = view.model.rowCount()
    first_name = view.model.data(view.model.index(0, 0)).split()[0]
    view.search_box.setText(first_name[:3])
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    names = [view.model.data(view.model.index(row, 0)) for row in range(view.model.rowCount())]
    assert 0 < len(names) <= everyone
    assert all(any(part.lower().startswith(first_name[:3].lower()) for part in name.split()) for name in names)


def test_typing_searches_after_a_pause(qtbot, open_main_window: OpenAs) -> None:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    view = visit(qtbot, window, Area.PARTICIPANTS)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClicks(view.search_box, "zzzz")
    assert view.model.rowCount() == 0


def test_views_refresh_on_f5_and_on_changes(qtbot, open_main_window: OpenAs, ui_context: UiContext) -> None:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    caseload = visit(qtbot, window, Area.CASELOAD)
    assert caseload.refresh_action.shortcut().toString() == "F5"
    with qtbot.waitSignal(caseload.loaded, timeout=10_000):
        caseload.refresh_action.trigger()
    with qtbot.waitSignal(caseload.loaded, timeout=10_000):
        ui_context.changes.announce(ChangeKind.PARTICIPANT, [1])
    employers = window.views[Area.EMPLOYERS]
    ui_context.changes.announce(ChangeKind.MEETING)  # not shown by the caseload: nothing to do
    assert not caseload.is_loading and not employers.is_loading


def test_layout_and_last_view_are_restored(qtbot, open_main_window: OpenAs) -> None:
    login = DEMO_LOGINS[Role.CASEWORKER.value]
    window = open_main_window(login)
    window.resize(QSize(760, 540))
    window.move(QPoint(20, 10))  # the offscreen screen is 800 × 600
    window.splitter.setSizes([230, 530])
    visit(qtbot, window, Area.MEETINGS)
    window.close()

    again = open_main_window(login)
    assert again.current_area() is Area.MEETINGS
    assert again.size() == QSize(760, 540)
    assert abs(again.splitter.sizes()[0] - 230) <= 2
    qtbot.waitUntil(lambda: again.views[Area.MEETINGS].model.rowCount() > 0, timeout=10_000)


def test_sign_out_and_quit_close_the_window(qtbot, open_main_window: OpenAs) -> None:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    with qtbot.waitSignal(window.closed) as closed:
        window.sign_out_action.trigger()
    assert closed.args == [True]
    other = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    with qtbot.waitSignal(other.closed) as closed:
        other.quit_action.trigger()
    assert closed.args == [False]


def test_only_the_view_shown_is_made_at_start(qtbot, open_main_window: OpenAs) -> None:
    """The other areas' views (and the PDF and Excel writers behind them) wait until they are opened."""
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    shown = window.current_area()
    assert list(window.views) == [shown]
    assert window.stack.count() == len(window.areas)
    view = visit(qtbot, window, Area.EMPLOYERS)
    assert set(window.views) == {shown, Area.EMPLOYERS}
    assert window.stack.indexOf(view) == window.areas.index(Area.EMPLOYERS)
