"""The Reports area: targets with red/amber/green and the intake warning, statistics as they would leave the
program — for a secretary, who never sees a young person's record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from ui_helpers import wait_for_tasks

from neo_desktop.app import Services, auth_service
from neo_desktop.db.engine import Database
from neo_desktop.db.models import Participant
from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.organisation import Role
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.reports import ReportsView


def reports(qtbot, ui_context: UiContext, database: Database, *, today: date | None = None) -> ReportsView:
    user = auth_service(database).sign_in_local(DEMO_LOGINS[Role.SECRETARY.value], "demo")
    view = ReportsView(Services(database, user), ui_context, today=(lambda: today) if today else date.today)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.activate()
    return view


def choose(qtbot, view: ReportsView, code: str) -> None:
    index = next(i for i in range(view.project_combo.count()) if view.project_combo.itemText(i).startswith(code))
    if view.project_combo.currentIndex() != index:
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.project_combo.setCurrentIndex(index)


def test_targets_show_their_status_and_statistics_hide_small_counts(qtbot, ui_context: UiContext,
                                                                    demo_database: Database) -> None:
    view = reports(qtbot, ui_context, demo_database)
    choose(qtbot, view, "NEO-MIDT")
    model = view.model
    targets = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert "Participants enrolled" in targets and "Companies engaged" in targets
    statuses = {model.data(model.index(row, 5)) for row in range(model.rowCount())}
    assert statuses <= {"On track", "Behind plan", "Well behind plan"}
    red = [row for row in range(model.rowCount()) if model.data(model.index(row, 5)) == "Well behind plan"]
    for row in red:
        assert model.data(model.index(row, 5), Qt.ItemDataRole.ForegroundRole).name() == "#a1271b"
    panel = view.statistics_panel
    view.tabs.setCurrentIndex(1)
    titles = [panel.choice.itemText(i) for i in range(panel.choice.count())]
    assert titles[:2] == ["Participants by status", "Participants by age at entry"]
    cells = [panel.table.item(r, c).text() for r in range(panel.table.rowCount())
             for c in range(panel.table.columnCount())]
    assert any(text.startswith("<") or text == "x" for text in cells)
    for text in cells:  # nothing from 1 to 2 is on screen in an ordinary table
        assert text not in {"1", "2"}
    assert "Small numbers are hidden" in panel.note.text()
    with demo_database.transaction() as session:
        names = {p.last_name for p in session.query(Participant).limit(200)}
    visible = " ".join(cells + targets + [panel.note.text(), view.warning_label.text()])
    assert not any(name in visible for name in names)
    wait_for_tasks(qtbot, ui_context)


def test_intake_behind_plan_raises_the_warning(qtbot, ui_context: UiContext, demo_database: Database) -> None:
    # Near the end of the project, with nobody enrolled for half a year: behind plan, heading short.
    view = reports(qtbot, ui_context, demo_database, today=date.today() + timedelta(days=730))
    choose(qtbot, view, "NEO-MIDT")
    assert view.warning_label.isVisible()
    assert "Early warning: intake is behind plan" in view.warning_label.text()
    assert "will end at about" in view.warning_label.text()
    assert view.chart.isVisible() and view.chart.curve is not None
    wait_for_tasks(qtbot, ui_context)
