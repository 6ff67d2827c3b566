"""Sign-off locks a version; a later change starts a new one; the Versions tab says what changed, translated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from plan_fixtures import PLAN_START, TODAY, PlanWorld, add_template
from plan_gui_helpers import plan_service
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from neo_desktop.db.engine import Database
from neo_desktop.domain.plan import AgreementMethod, GoalKind, PlanStatus, StepOwner
from neo_desktop.domain.plan_rules import GoalInput
from neo_desktop.services.plan_views import PlanView
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans.editor import PlanEditor

OpenEditor = Callable[[int], PlanEditor]


def press(qtbot, editor: PlanEditor, dialog, button: QDialogButtonBox.StandardButton) -> None:
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def compare(qtbot, editor: PlanEditor) -> list[str]:
    editor.tabs.setCurrentWidget(editor.versions)
    with qtbot.waitSignal(editor.versions.compared, timeout=10_000):
        qtbot.mouseClick(editor.versions.compare_button, Qt.MouseButton.LeftButton)
    return editor.versions.texts()


def test_sign_off_change_and_compare(qtbot, open_editor: OpenEditor, sqlite_database: Database, world: PlanWorld,
                                     plans_view, ui_context: UiContext) -> None:
    plans = plan_service(sqlite_database, world.caseworker)
    draft = plans.start_plan(world.participant_id, starts_on=PLAN_START, template_id=add_template(sqlite_database))
    plans.save_goal(draft.id, GoalInput(GoalKind.EDUCATION, "Tømrer (EUD)", date(2027, 8, 1)))
    editor = open_editor(draft.id)
    assert editor.status_chip.text() == "Draft" and editor.agree_button.isVisible()
    assert "Version 1 has not been agreed with Søren Ågård yet" in editor.state_note.plain_text()
    assert not editor.versions.compare_button.isEnabled()  # one version: nothing to compare

    # Sign-off: the young person agreed to version 1 in a meeting on 3 September.
    qtbot.mouseClick(editor.agree_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert "agreed to version 1 of the plan as it is now" in dialog.intro.text()
    assert dialog.agreed_on.maximumDate().toPython() == TODAY  # not in the future
    dialog.agreed_on.setDate(date(2026, 9, 3))
    dialog.method.set_value(AgreementMethod.MEETING)
    press(qtbot, editor, dialog, QDialogButtonBox.StandardButton.Ok)
    plan = editor.plan
    assert plan.status is PlanStatus.AGREED and plan.revision.locked
    assert (plan.revision.agreed_on, plan.revision.agreement_method) == (date(2026, 9, 3), AgreementMethod.MEETING)
    assert editor.status_chip.text() == "Agreed" and not editor.agree_button.isVisible()
    assert "version 1, agreed 3 September 2026 (in a meeting)" in editor.facts.text()
    assert not editor.state_note.isVisible()

    # A change after the sign-off: the due date of the CV step moves and its owner changes; version 2 starts.
    panel = editor.panels["step"]
    panel.select_row(panel.model.row_of(lambda s: s.description == "Skriv et CV"))
    dialog = editor.edit_item("step", panel.current_item())
    dialog.due.set_date(date(2026, 12, 1))
    press(qtbot, editor, dialog, QDialogButtonBox.StandardButton.Save)
    panel.select_row(panel.model.row_of(lambda s: s.description == "Find en praktikplads"))
    dialog = editor.edit_item("step", panel.current_item())
    dialog.owner.set_value(StepOwner.COORDINATOR)
    press(qtbot, editor, dialog, QDialogButtonBox.StandardButton.Save)
    plan = editor.plan
    assert [(r.number, r.locked) for r in plan.revisions] == [(1, True), (2, False)]
    assert plan.status is PlanStatus.UNDER_REVIEW and editor.agree_button.isVisible()
    model = editor.versions.model
    assert [model.data(model.index(row, 0)) for row in range(2)] == ["2", "1"]
    assert model.data(model.index(0, 2)) == "Not agreed yet"
    assert model.data(model.index(1, 2)).startswith("Agreed ")

    # Compare: version 1 with version 2, in words.
    assert editor.versions.old_box.currentData() == 1 and editor.versions.new_box.currentData() == 2
    sentences = compare(qtbot, editor)
    assert sentences == [
        "Step “Skriv et CV”: due date moved from 15 September 2026 to 1 December 2026.",
        "Step “Find en praktikplads”: now done by the coordinator or mentor instead of the caseworker.",
    ]
    assert editor.versions.summary.text() == "What changed from version 1 to version 2 (2):"

    # The same comparison reads in Danish once the program speaks Danish.
    ui_context.languages.install("da")
    qtbot.waitUntil(lambda: editor.versions.texts()[0].startswith("Delmålet"), timeout=5000)
    danish = editor.versions.texts()
    assert danish[0] == "Delmålet “Skriv et CV”: frist flyttet fra 15. september 2026 til 1. december 2026."
    assert "Delmålet “Find en praktikplads”: udføres nu af" in danish[1]
    assert "sagsbehandleren" in danish[1]
    assert editor.tabs.tabText(0) != "&Steps"  # the editor itself is Danish too

    # The new version is agreed in turn; the agreement names version 2.
    dialog = editor.record_agreement()
    dialog.method.set_value(AgreementMethod.PAPER)
    press(qtbot, editor, dialog, QDialogButtonBox.StandardButton.Ok)
    assert [(r.number, r.locked) for r in editor.plan.revisions] == [(1, True), (2, True)]
    assert editor.plan.status is PlanStatus.AGREED


def test_an_agreement_to_a_version_that_changed_meanwhile_is_refused(
        qtbot, open_editor: OpenEditor, sqlite_database: Database, world: PlanWorld) -> None:
    plans = plan_service(sqlite_database, world.caseworker)
    draft = plans.start_plan(world.participant_id, starts_on=PLAN_START, template_id=add_template(sqlite_database))
    draft = plans.save_goal(draft.id, GoalInput(GoalKind.JOB, "Lagerarbejder"))
    editor = open_editor(draft.id)
    dialog = editor.record_agreement()
    # Meanwhile a colleague (the coordinator) adds a goal to the version the young person is about to agree to.
    plan_service(sqlite_database, world.coordinator).save_goal(draft.id, GoalInput(GoalKind.EDUCATION, "HF"))
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):  # the editor loads the plan as it is now
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Version 1 of the plan was changed after you opened it" in dialog.message.plain_text()
    assert {g.field for g in editor.plan.goals} == {"Lagerarbejder", "HF"}
    assert not editor.plan.revision.locked
    # Having gone through the change, the caseworker records the agreement to the version as it is now.
    press(qtbot, editor, dialog, QDialogButtonBox.StandardButton.Ok)
    assert editor.plan.revision.locked and editor.plan.status is PlanStatus.AGREED


def test_status_menu_starts_a_review_and_returns_to_agreed(qtbot, open_editor: OpenEditor,
                                                           agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    actions = editor.actions
    assert actions.review_action.isEnabled() and not actions.agreed_action.isEnabled()
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        actions.review_action.trigger()
    assert editor.plan.status is PlanStatus.UNDER_REVIEW and editor.status_chip.text() == "Under review"
    assert actions.agreed_action.isEnabled()  # nothing changed in the review: version 1 still stands
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        actions.agreed_action.trigger()
    assert editor.plan.status is PlanStatus.AGREED
