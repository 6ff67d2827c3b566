"""The plan editor: steps added, changed and removed through their dialogs; bad input told in the dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from plan_fixtures import PLAN_START, TODAY, PlanWorld
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.plan import ActivityKind, BarrierKind, PlanStatus, StepOwner, StepStatus
from neo_desktop.services.plan_views import PlanView
from neo_desktop.services.plans import PlanService
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans.editor import PlanEditor
from neo_desktop.ui.plans.item_forms import StepDialog
from neo_desktop.ui.plans.models import OVERDUE_BACKGROUND, BarriersModel, StepsModel

OpenEditor = Callable[[int], PlanEditor]


def texts(model: StepsModel | BarriersModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def save(qtbot, editor: PlanEditor, dialog) -> PlanView:
    """Press Save and wait until the dialog closed and the editor shows the saved plan."""
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    return editor.plan


def press_save_expecting_refusal(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.kind != "" and not dialog.saving, timeout=5000)


def test_opening_a_plan_shows_it_and_is_logged(open_editor: OpenEditor, agreed_plan: PlanView,
                                              sqlite_database: Database, world: PlanWorld) -> None:
    editor = open_editor(agreed_plan.id)
    assert editor.name_label.text() == "Søren Ågård"
    assert editor.status_chip.text() == "Agreed"
    assert "version 1, agreed" in editor.facts.text()
    assert not editor.agree_button.isVisible()
    steps = editor.panels["step"].model
    assert texts(steps, 1) == ["Skriv et CV", "Find en praktikplads", "Mød op i netværksgruppen hver tirsdag"]
    assert editor.panels["goal"].model.data(editor.panels["goal"].model.index(0, 1)) == "Tømrer (EUD)"
    with sqlite_database.transaction() as session:
        reads = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.READ,
                                                             AccessLogEntry.record_kind == "plan")).all()
        assert [(entry.participant_id, entry.purpose) for entry in reads][-1] == (world.participant_id, "open plan")


def test_overdue_steps_stand_out_in_words_and_colour(open_editor: OpenEditor, agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    model = editor.panels["step"].model
    # "Skriv et CV" was due 14 days after 1 September: overdue on 23 November; the undated step is not.
    first, last = model.index(0, 0), model.index(2, 0)
    assert model.data(first).endswith("– overdue")
    assert model.data(first, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert model.data(last) == "No date" and model.data(last, Qt.ItemDataRole.BackgroundRole) is None
    assert "2 overdue" in editor.progress.counts.text()
    assert model.data(model.index(0, 3), Qt.ItemDataRole.FontRole).bold()  # the young person's own step


def test_add_a_step_with_the_keyboard(qtbot, open_editor: OpenEditor, agreed_plan: PlanView,
                                      ui_context: UiContext) -> None:
    editor = open_editor(agreed_plan.id)
    panel = editor.panels["step"]
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    dialog = editor.dialog
    assert isinstance(dialog, StepDialog) and dialog.windowTitle() == "New step"
    qtbot.keyClicks(dialog.description, "Jobsamtale-træning med mentor")
    dialog.activity.set_value(ActivityKind.INTERVIEW_TRAINING)
    dialog.owner.set_value(StepOwner.COORDINATOR)
    qtbot.keyClicks(dialog.owner_name, "Ali")
    dialog.due.set_date(date(2026, 12, 10))
    plan = save(qtbot, editor, dialog)
    step = next(s for s in plan.steps if s.description == "Jobsamtale-træning med mentor")
    assert (step.owner, step.owner_name, step.due_on, step.activity_kind) == (
        StepOwner.COORDINATOR, "Ali", date(2026, 12, 10), ActivityKind.INTERVIEW_TRAINING)
    # Version 1 was agreed: the change started version 2, and the plan waits for a new agreement.
    assert plan.revision.number == 2 and plan.status is PlanStatus.UNDER_REVIEW
    assert "Coordinator or mentor (Ali)" in texts(panel.model, 3)
    assert editor.agree_button.isVisible()
    assert "Version 2 has changes that Søren Ågård has not agreed to yet" in editor.state_note.plain_text()
    wait_for_tasks(qtbot, ui_context)


def test_edit_a_step_and_mark_it_done(qtbot, open_editor: OpenEditor, agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    panel = editor.panels["step"]
    panel.select_row(panel.model.row_of(lambda s: s.description == "Find en praktikplads"))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = editor.dialog
    assert dialog.windowTitle() == "Edit step" and dialog.description.text() == "Find en praktikplads"
    assert not dialog.form.isRowVisible(6)  # "completed on" only once the step is done
    dialog.owner.set_value(StepOwner.PARTICIPANT)
    dialog.due.set_date(date(2026, 12, 15))
    plan = save(qtbot, editor, dialog)
    step = next(s for s in plan.steps if s.description == "Find en praktikplads")
    assert (step.owner, step.due_on) == (StepOwner.PARTICIPANT, date(2026, 12, 15))
    assert panel.current_item().key == step.key  # the cursor stays on the step

    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = editor.dialog
    dialog.status.set_value(StepStatus.DONE)
    assert dialog.form.isRowVisible(6) and dialog.completed.date() == TODAY
    plan = save(qtbot, editor, dialog)
    step = next(s for s in plan.steps if s.description == "Find en praktikplads")
    assert (step.status, step.completed_on) == (StepStatus.DONE, TODAY)
    assert editor.progress.counts.text().startswith("1 of 3 steps done")


def test_remove_a_step_after_asking(qtbot, open_editor: OpenEditor, agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    panel = editor.panels["step"]
    panel.select_row(panel.model.row_of(lambda s: s.description == "Skriv et CV"))
    box = editor.remove_item("step", panel.current_item())
    assert "Remove the step “Skriv et CV” from the plan?" in box.text()
    assert "Version 1 is agreed and stays as it is" in box.text()
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "Skriv et CV" not in texts(panel.model, 1)
    assert editor.plan.revision.number == 2
    assert [r.locked for r in editor.plan.revisions] == [True, False]


def test_a_step_without_owner_is_refused_in_the_dialog(qtbot, open_editor: OpenEditor, agreed_plan: PlanView,
                                                      sqlite_database: Database, world: PlanWorld) -> None:
    editor = open_editor(agreed_plan.id)
    dialog = editor.edit_item("step", None)
    qtbot.keyClicks(dialog.description, "Besøg på erhvervsskolen")
    assert dialog.owner.value() is None  # nobody is chosen for a new step
    press_save_expecting_refusal(qtbot, dialog)
    assert dialog.isVisible()
    assert "Every step needs someone who is responsible for it" in dialog.message.plain_text()
    assert dialog.owner.hasFocus() or dialog.focusWidget() is dialog.owner
    assert dialog.description.text() == "Besøg på erhvervsskolen"  # nothing typed is lost
    stored = PlanService(sqlite_database, world.caseworker, today=lambda: TODAY).open_plan(agreed_plan.id)
    assert len(stored.steps) == 3 and stored.revision.number == 1  # and nothing was written


def test_a_due_date_before_the_start_is_refused_in_the_dialog(qtbot, open_editor: OpenEditor,
                                                             agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    dialog = editor.edit_item("step", None)
    qtbot.keyClicks(dialog.description, "Afklaringssamtale")
    dialog.owner.set_value(StepOwner.CASEWORKER)
    dialog.due.set_date(date(2026, 8, 20))
    press_save_expecting_refusal(qtbot, dialog)
    message = dialog.message.plain_text()
    assert "20 August 2026 is before the plan starts (1 September 2026)" in message, message
    assert dialog.due.date() == date(2026, 8, 20)
    dialog.due.set_date(PLAN_START)  # corrected, it saves
    plan = save(qtbot, editor, dialog)
    assert any(s.description == "Afklaringssamtale" and s.due_on == PLAN_START for s in plan.steps)


def test_sensitive_barriers_are_marked(qtbot, open_editor: OpenEditor, agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    dialog = editor.edit_item("barrier", None)
    dialog.barrier_kind.set_value(BarrierKind.TRANSPORT)
    assert not dialog.sensitive.isChecked()
    dialog.barrier_kind.set_value(BarrierKind.HEALTH)
    assert dialog.sensitive.isChecked()  # suggested for health and social barriers
    dialog.description.setPlainText("Angst i store grupper")
    save(qtbot, editor, dialog)
    dialog = editor.edit_item("barrier", None)
    dialog.barrier_kind.set_value(BarrierKind.TRANSPORT)
    dialog.description.setPlainText("Langt til bussen")
    plan = save(qtbot, editor, dialog)
    assert {(b.description, b.sensitive) for b in plan.barriers} == {("Angst i store grupper", True),
                                                                     ("Langt til bussen", False)}
    model = editor.panels["barrier"].model
    rows = {model.data(model.index(row, 1)): row for row in range(model.rowCount())}
    sensitive, plain = rows["Angst i store grupper"], rows["Langt til bussen"]
    assert model.data(model.index(sensitive, 2)) == "Sensitive – not printed"
    assert model.data(model.index(sensitive, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(plain, 2)) == "" and model.data(model.index(plain, 0),
                                                                  Qt.ItemDataRole.BackgroundRole) is None


def test_goals_and_resources_are_edited_the_same_way(qtbot, open_editor: OpenEditor, agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    goals = editor.panels["goal"]
    goals.select_row(0)
    dialog = editor.edit_item("goal", goals.current_item())
    assert dialog.field_edit.text() == "Tømrer (EUD)" and dialog.target.date() == date(2027, 8, 1)
    dialog.target.set_date(date(2027, 1, 15))
    save(qtbot, editor, dialog)
    assert goals.model.data(goals.model.index(0, 2)) != ""
    assert editor.plan.goals[0].target_date == date(2027, 1, 15)
    dialog = editor.edit_item("resource", None)
    dialog.description.setText("")
    press_save_expecting_refusal(qtbot, dialog)
    assert "Describe the resource in a few words." in dialog.message.plain_text()
    qtbot.keyClicks(dialog.description, "Arabisk")
    dialog.level.setText("modersmål")
    plan = save(qtbot, editor, dialog)
    assert [(r.description, r.level) for r in plan.resources] == [("Arabisk", "modersmål")]


def test_a_closed_plan_is_read_only(qtbot, open_editor: OpenEditor, agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    box = editor.actions.close_plan()
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert editor.plan.status is PlanStatus.CLOSED and editor.status_chip.text() == "Closed"
    assert "It can be read and printed but no longer changed" in editor.state_note.plain_text()
    assert not editor.panels["step"].add_button.isEnabled()
    assert editor.edit_item("step", None) is None
    assert not editor.progress.review_button.isEnabled()
    assert not editor.actions.close_action.isEnabled()

