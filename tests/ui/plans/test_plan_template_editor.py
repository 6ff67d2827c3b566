"""The administrators' template editor: new templates with steps, changes, refusals and conflicts."""

from __future__ import annotations

from plan_fixtures import PlanWorld, add_template
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from neo_desktop.db.engine import Database
from neo_desktop.domain.plan import ActivityKind, StepOwner
from neo_desktop.services.plan_templates import PlanTemplateService, TemplateInput, TemplateStepInput
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans.template_editor import NO_DAYS, TemplateDialog, TemplateEditor


def open_editor(qtbot, database: Database, world: PlanWorld, context: UiContext) -> TemplateEditor:
    editor = TemplateEditor(PlanTemplateService(database, world.administrator), context)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.list.count() > 0 or editor.templates == [], timeout=10_000)
    return editor


def fill_step(dialog: TemplateDialog, row: int, text: str, owner: StepOwner | None, days: int,
              activity: ActivityKind = ActivityKind.OTHER) -> None:
    description, activity_box, owner_box, days_box = (dialog.steps.cellWidget(row, c) for c in range(4))
    description.setText(text)
    activity_box.set_value(activity)
    owner_box.set_value(owner)
    days_box.setValue(days)


def press_save(qtbot, dialog: TemplateDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_new_template_with_steps(qtbot, sqlite_database: Database, world: PlanWorld,
                                   ui_context: UiContext) -> None:
    add_template(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, world, ui_context)
    qtbot.waitUntil(lambda: editor.list.count() == 1, timeout=10_000)
    assert editor.list.item(0).text() == "Tilbage til uddannelse – Early school leavers, 3 steps"
    dialog = editor.edit_template(new=True)
    dialog.name.setText("Nyankomne: sprog og job")
    dialog.group.setCurrentIndex(dialog.group.findData("newly_arrived"))
    dialog.add_step()
    fill_step(dialog, 0, "Danskundervisning tre dage om ugen", StepOwner.PARTICIPANT, NO_DAYS, ActivityKind.COURSE)
    dialog.add_step()
    fill_step(dialog, 1, "Virksomhedsbesøg", None, 30)
    press_save(qtbot, dialog)
    assert "Every step needs someone who is responsible for it" in dialog.message.plain_text()
    assert dialog.isVisible() and dialog.steps.rowCount() == 2  # nothing lost
    fill_step(dialog, 1, "Virksomhedsbesøg", StepOwner.CASEWORKER, 30)
    dialog.steps.setCurrentCell(1, 0)
    dialog.move_step(-1)  # the company visit first
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        press_save(qtbot, dialog)
    assert [editor.list.item(row).text() for row in range(editor.list.count())] == [
        "Tilbage til uddannelse – Early school leavers, 3 steps", "Nyankomne: sprog og job – Newly arrived, 2 steps"]
    saved = next(t for t in editor.templates if t.name == "Nyankomne: sprog og job")
    assert saved.target_group == "newly_arrived"
    assert saved.steps == (
        TemplateStepInput("Virksomhedsbesøg", StepOwner.CASEWORKER, ActivityKind.OTHER, 30),
        TemplateStepInput("Danskundervisning tre dage om ugen", StepOwner.PARTICIPANT, ActivityKind.COURSE, None))


def test_change_a_template_someone_else_changed(qtbot, sqlite_database: Database, world: PlanWorld,
                                                ui_context: UiContext) -> None:
    add_template(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, world, ui_context)
    qtbot.waitUntil(lambda: editor.list.count() == 1, timeout=10_000)
    editor.list.setCurrentRow(0)
    dialog = editor.edit_template()
    assert dialog.name.text() == "Tilbage til uddannelse" and dialog.steps.rowCount() == 3
    dialog.active.setChecked(False)  # mine: take it out of use
    service = PlanTemplateService(sqlite_database, world.administrator)
    current = service.templates()[0]
    service.save_template(TemplateInput("Tilbage til uddannelse (2027)", current.target_group, current.description,
                                        current.steps, True), original=current)  # theirs: a new name
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.kind == "notice", timeout=10_000)
    assert "Name: Tilbage til uddannelse → Tilbage til uddannelse (2027)" in dialog.message.plain_text()
    assert dialog.name.text() == "Tilbage til uddannelse (2027)" and not dialog.active.isChecked()
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        press_save(qtbot, dialog)
    assert editor.list.item(0).text() == "Tilbage til uddannelse (2027) – Early school leavers, 3 steps (not in use)"
