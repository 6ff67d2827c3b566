"""Projects and reference lists in the GUI: settings (suppression, no-contact warning, retention) with refused
values told at the field, targets with a planned curve, eligibility rules, partners, list entries."""

from __future__ import annotations

from datetime import date

from admin_helpers import closed, row_of, show_page
from PySide6.QtCore import QDate, Qt
from ui_helpers import wait_for_tasks

from neo_desktop.domain.organisation import TargetKind
from neo_desktop.services.projects import AgeRule, ProjectRecord, ProjectService
from neo_desktop.services.reference_lists import ReferenceListService
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.administration import AdministrationView


def save(qtbot, dialog, context: UiContext) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context)


def stored(view: AdministrationView, code: str) -> ProjectRecord:
    service = ProjectService(view.services.database, view.services.user)
    return next(p for p in service.list() if p.settings.code == code)


def open_project(qtbot, view: AdministrationView, context: UiContext, code: str = "NEO-MIDT"):
    page = view.projects
    show_page(qtbot, view, page, context)
    page.table.selectRow(row_of(page, 0, code))
    return page


def test_project_settings_are_saved_and_a_low_threshold_refused(qtbot, administration: AdministrationView,
                                                                ui_context: UiContext) -> None:
    page = open_project(qtbot, administration, ui_context)
    dialog = page.open_settings(page.selected())
    assert dialog.code_edit.text() == "NEO-MIDT"
    dialog.threshold_box.setValue(2)
    save(qtbot, dialog, ui_context)
    assert "at least 3" in dialog.field_error("suppression_threshold").text()
    assert stored(administration, "NEO-MIDT").settings.suppression_threshold == 3

    dialog.threshold_box.setValue(4)
    dialog.sensitive_box.setValue(6)
    dialog.warning_box.setValue(21)
    dialog.retention_box.setValue(7)
    dialog.last_payment_edit.setDate(QDate(2029, 3, 1))
    dialog.budget_edit.setText("2.500.000 kr")
    save(qtbot, dialog, ui_context)
    assert "as a number" in dialog.field_error("budget").text()
    dialog.budget_edit.setText("2500000,50")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    assert closed(dialog)
    settings = stored(administration, "NEO-MIDT").settings
    assert (settings.suppression_threshold, settings.sensitive_suppression_threshold,
            settings.no_contact_warning_days, settings.retention_years) == (4, 6, 21, 7)
    assert settings.last_payment_on == date(2029, 3, 1) and str(settings.budget) == "2500000.50"


def test_a_target_gets_a_planned_curve(qtbot, administration: AdministrationView, ui_context: UiContext) -> None:
    page = open_project(qtbot, administration, ui_context)
    before = stored(administration, "NEO-MIDT")
    dialog = page.open_targets()
    editor = dialog.targets_editor
    assert editor.row_count() == len(before.targets)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.row_count() - 1
    editor.widget(row, 0).setCurrentIndex(editor.widget(row, 0).findData(TargetKind.COMPANIES_ENGAGED))
    editor.widget(row, 1).setValue(60)
    qtbot.mouseClick(dialog.curve_editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.curve_editor.add_button, Qt.MouseButton.LeftButton)
    dialog.curve_editor.widget(0, 0).setDate(QDate(2026, 6, 30))
    dialog.curve_editor.widget(0, 1).setValue(20)
    dialog.curve_editor.widget(1, 1).setValue(60)  # by the project's last day
    editor.table.selectRow(0)  # another target's curve is shown; the new one keeps its own
    assert dialog.curve_editor.row_count() == len(before.targets[0].milestones)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    after = stored(administration, "NEO-MIDT")
    assert after.targets[:-1] == before.targets  # the others are kept as they were
    assert after.targets[-1].kind is TargetKind.COMPANIES_ENGAGED and after.targets[-1].target_value == 60
    assert after.targets[-1].milestones == ((date(2026, 6, 30), 20), (before.settings.ends_on, 60))


def test_eligibility_rules_and_partners(qtbot, administration: AdministrationView, ui_context: UiContext) -> None:
    page = open_project(qtbot, administration, ui_context)
    dialog = page.open_eligibility()
    dialog.editor.clear()
    for low, high, months in ((16, 24, 3), (25, 64, 12)):
        row = dialog.editor.add_row()
        for column, value in enumerate((low, high, months)):
            dialog.editor.widget(row, column).setValue(value)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    assert stored(administration, "NEO-MIDT").eligibility == (AgeRule(16, 24, 3), AgeRule(25, 64, 12))

    partners = page.open_partners()
    partners.editor.table.selectRow(0)  # the lead partner
    partners.editor.remove_selected()
    save(qtbot, partners, ui_context)
    assert partners.field_error("partners").text() == "The lead organisation must stay a partner."
    partners.reject()


def test_a_reference_list_entry_is_added_and_a_taken_code_refused(qtbot, administration: AdministrationView,
                                                                  ui_context: UiContext) -> None:
    page = administration.reference_lists
    show_page(qtbot, administration, page, ui_context)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.list_box.setCurrentIndex(page.list_box.findData("placement_type"))
    dialog = page.open_dialog(None)
    dialog.code_edit.setText("dk_igu")
    dialog.english_edit.setText("Integration basic education")
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("DK"))
    save(qtbot, dialog, ui_context)
    assert "already has an entry with the code dk_igu" in dialog.field_error("code").text()
    dialog.code_edit.setText("dk_igu_plus")
    dialog.danish_edit.setText("IGU med ekstra sprogundervisning")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    row = row_of(page, 0, "dk_igu_plus")
    assert page.model.data(page.model.index(row, 4)) == "Denmark"
    entries = ReferenceListService(administration.services.database, administration.services.user).entries(
        "placement_type", country="DK")
    assert "IGU med ekstra sprogundervisning" in [e.entry.label_da for e in entries]
