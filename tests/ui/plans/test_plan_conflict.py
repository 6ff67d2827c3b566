"""Two editors on the same plan (two workstations): the second save shows the conflict and loses nothing."""

from __future__ import annotations

from datetime import date

from plan_fixtures import TODAY, PlanWorld
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from neo_desktop.app import Services
from neo_desktop.db.engine import Database
from neo_desktop.domain.plan import StepOwner
from neo_desktop.services.plan_views import PlanView
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans.editor import PlanEditor
from neo_desktop.ui.views.plans import PlansView


def second_workstation(qtbot, database: Database, world: PlanWorld, plan_id: int) -> tuple[PlanEditor, UiContext]:
    """The coordinator's editor on another machine: its own task runner and change bus."""
    context = UiContext.create()
    view = PlansView(Services(database, world.coordinator), context, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    editor = view.open_plan(plan_id)
    qtbot.waitUntil(lambda: editor.plan is not None, timeout=10_000)
    return editor, context


def save(qtbot, editor: PlanEditor, dialog) -> None:
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_second_save_shows_the_conflict_and_keeps_the_input(qtbot, open_editor, agreed_plan: PlanView,
                                                                sqlite_database: Database, world: PlanWorld) -> None:
    mine = open_editor(agreed_plan.id)  # Mette, the caseworker
    theirs, their_context = second_workstation(qtbot, sqlite_database, world, agreed_plan.id)  # Ali
    try:
        step = next(s for s in mine.plan.steps if s.description == "Find en praktikplads")
        # Both open the same step. Mette moves its due date; Ali renames it and saves first.
        my_dialog = mine.edit_item("step", step)
        my_dialog.due.set_date(date(2027, 1, 20))
        their_dialog = theirs.edit_item("step", next(s for s in theirs.plan.steps if s.key == step.key))
        their_dialog.description.setText("Find en praktikplads i byggeriet")
        save(qtbot, theirs, their_dialog)

        qtbot.mouseClick(my_dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: my_dialog.message.kind == "notice", timeout=10_000)
        assert my_dialog.isVisible()
        message = my_dialog.message.plain_text()
        assert "Someone else saved this step while you were editing it. Nothing has been overwritten." in message
        assert "Description: Find en praktikplads → Find en praktikplads i byggeriet" in message
        assert "what you changed yourself is kept" in message
        # My own input stays; what Ali changed (and I did not touch) is now in the form.
        assert my_dialog.due.date() == date(2027, 1, 20)
        assert my_dialog.description.text() == "Find en praktikplads i byggeriet"

        save(qtbot, mine, my_dialog)  # saving again applies both
        saved = next(s for s in mine.plan.steps if s.key == step.key)
        assert (saved.description, saved.due_on) == ("Find en praktikplads i byggeriet", date(2027, 1, 20))
        assert saved.owner is StepOwner.CASEWORKER
    finally:
        their_context.tasks.shutdown()


def test_a_conflicting_remove_is_refused_and_the_plan_reloaded(qtbot, open_editor, agreed_plan: PlanView,
                                                               sqlite_database: Database, world: PlanWorld) -> None:
    mine = open_editor(agreed_plan.id)
    theirs, their_context = second_workstation(qtbot, sqlite_database, world, agreed_plan.id)
    try:
        their_step = next(s for s in theirs.plan.steps if s.description == "Skriv et CV")
        their_dialog = theirs.edit_item("step", their_step)
        their_dialog.owner.set_value(StepOwner.COORDINATOR)
        save(qtbot, theirs, their_dialog)

        stale = next(s for s in mine.plan.steps if s.description == "Skriv et CV")
        box = mine.remove_item("step", stale)
        with qtbot.waitSignal(mine.plan_loaded, timeout=10_000):  # the conflict, then the plan as it is now
            box.button(QMessageBox.StandardButton.Yes).click()
        message = mine.message.plain_text()
        assert "Someone else saved this step" in message and "Who does it:" in message
        step = next(s for s in mine.plan.steps if s.description == "Skriv et CV")  # not removed
        assert step.owner is StepOwner.COORDINATOR
    finally:
        their_context.tasks.shutdown()


def test_a_step_removed_meanwhile_can_be_added_again(qtbot, open_editor, agreed_plan: PlanView,
                                                     sqlite_database: Database, world: PlanWorld) -> None:
    mine = open_editor(agreed_plan.id)
    step = next(s for s in mine.plan.steps if s.description == "Find en praktikplads")
    dialog = mine.edit_item("step", step)
    dialog.owner_name.setText("Hansen Tømrer")
    theirs, their_context = second_workstation(qtbot, sqlite_database, world, agreed_plan.id)
    try:
        with qtbot.waitSignal(theirs.plan_loaded, timeout=10_000):
            theirs.run_write(lambda: theirs.service.remove_step(agreed_plan.id, next(
                s for s in theirs.plan.steps if s.key == step.key)))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.kind == "notice", timeout=10_000)
        assert "changed or removed this step" in dialog.message.plain_text()
        assert dialog.original is None and dialog.owner_name.text() == "Hansen Tømrer"
        save(qtbot, mine, dialog)
        again = [s for s in mine.plan.steps if s.description == "Find en praktikplads"]
        assert len(again) == 1 and again[0].owner_name == "Hansen Tømrer" and again[0].key != step.key
    finally:
        their_context.tasks.shutdown()
