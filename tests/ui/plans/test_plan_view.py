"""The Plans area: the caseload's plans, each opened in a tab; a plan started from a template for a young person."""

from __future__ import annotations

from plan_fixtures import PLAN_START, PlanWorld, add_template
from plan_gui_helpers import plan_service
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.domain.plan import PlanStatus, StepOwner
from neo_desktop.services.plan_views import PlanView
from neo_desktop.ui.changes import ChangeKind
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.plans import PlansView


def load_list(qtbot, view: PlansView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.list_view.refresh()


def test_enter_opens_the_plan_in_its_own_tab(qtbot, plans_view: PlansView, agreed_plan: PlanView) -> None:
    load_list(qtbot, plans_view)
    assert plans_view.model.rowCount() == 1 and plans_view.model.value(0, 0) == "Søren Ågård"
    table = plans_view.list_view.table
    table.setFocus()
    table.setCurrentIndex(plans_view.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = plans_view.editors[agreed_plan.id]
    qtbot.waitUntil(lambda: editor.plan is not None, timeout=10_000)
    assert plans_view.tabs.currentWidget() is editor
    assert plans_view.tabs.tabText(1) == "Søren Ågård"
    assert "Agreed, version 1" in plans_view.tabs.tabToolTip(1)
    plans_view.list_view.open_current()  # opening it again brings the same tab forward
    assert plans_view.tabs.count() == 2 and plans_view.tabs.currentWidget() is editor
    plans_view.close_tab(0)  # the list cannot be closed
    assert plans_view.tabs.count() == 2
    plans_view.close_tab(1)
    assert plans_view.tabs.count() == 1 and plans_view.editors == {}
    assert plans_view.tabs.currentWidget() is plans_view.list_view


def test_start_a_plan_from_a_template(qtbot, plans_view: PlansView, sqlite_database: Database, world: PlanWorld,
                                      ui_context: UiContext) -> None:
    add_template(sqlite_database)
    plan_service(sqlite_database, world.caseworker).start_plan(world.participant_id, starts_on=PLAN_START)
    load_list(qtbot, plans_view)
    plans_view.list_view.table.setFocus()
    qtbot.keyClick(plans_view.list_view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = plans_view.start_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.template.count() > 0, timeout=10_000)
    # Søren has a plan already: only Åsa can get one.
    assert [dialog.participant.itemText(row) for row in range(dialog.participant.count())] == ["Åsa Öberg"]
    assert dialog.template.itemText(1) == "Tilbage til uddannelse (Early school leavers)"
    dialog.template.setCurrentIndex(1)
    assert "The plan starts with these 3 steps:" in dialog.preview.text()
    assert "• Skriv et CV – The young person" in dialog.preview.text()
    dialog.starts_on.setDate(PLAN_START)
    with qtbot.waitSignal(plans_view.editor_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.plan is not None, timeout=10_000)
    plan = editor.plan
    assert plan.participant_name == "Åsa Öberg" and plan.status is PlanStatus.DRAFT
    assert [(s.description, s.owner) for s in plan.steps] == [
        ("Skriv et CV", StepOwner.PARTICIPANT), ("Mød op i netværksgruppen hver tirsdag", StepOwner.PARTICIPANT),
        ("Find en praktikplads", StepOwner.CASEWORKER)]
    assert editor.actions.print_action.text() == "&Print plan (Swedish)"
    # The list learnt of the new plan from the change bus.
    qtbot.waitUntil(lambda: plans_view.model.rowCount() == 2, timeout=10_000)
    wait_for_tasks(qtbot, ui_context)


def test_everyone_has_a_plan(qtbot, plans_view: PlansView, sqlite_database: Database, world: PlanWorld) -> None:
    plans = plan_service(sqlite_database, world.caseworker)
    for participant in (world.participant_id, world.swedish_participant_id):
        plans.start_plan(participant, starts_on=PLAN_START)
    dialog = plans_view.start_plan()
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    qtbot.waitUntil(lambda: dialog.message.kind == "info", timeout=10_000)
    assert dialog.message.plain_text() == "Everyone in your caseload already has a plan."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_only_the_own_caseload_is_offered(sqlite_database: Database, world: PlanWorld) -> None:
    assert plan_service(sqlite_database, world.colleague).participants_without_plan() == []
    assert [c.name for c in plan_service(sqlite_database, world.coordinator).participants_without_plan()] == [
        "Søren Ågård"]  # Ali coordinates Søren only


def test_an_open_editor_follows_changes_made_elsewhere(qtbot, plans_view: PlansView, open_editor,
                                                       agreed_plan: PlanView, ui_context: UiContext,
                                                       sqlite_database: Database, world: PlanWorld) -> None:
    editor = open_editor(agreed_plan.id)
    plan_service(sqlite_database, world.caseworker).record_review(agreed_plan.id, reviewed_on=PLAN_START,
                                                                  readiness_rating=5)
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        ui_context.changes.announce(ChangeKind.PLAN, [agreed_plan.id])
    assert editor.progress.chart.ratings == ((PLAN_START, 5),)


def test_other_views_can_ask_for_a_young_persons_plan(qtbot, plans_view: PlansView, agreed_plan: PlanView,
                                                      world: PlanWorld) -> None:
    with qtbot.waitSignal(plans_view.editor_opened, timeout=10_000) as opened:
        plans_view.open_for_participant(world.participant_id)  # Søren has a plan: it opens
    assert opened.args[0].plan_id == agreed_plan.id
    plans_view.open_for_participant(world.swedish_participant_id)  # Åsa has none: starting one is offered
    qtbot.waitUntil(lambda: plans_view.start_dialog is not None and plans_view.start_dialog.participant.count() > 0,
                    timeout=10_000)
    assert plans_view.start_dialog.participant.currentText() == "Åsa Öberg"
