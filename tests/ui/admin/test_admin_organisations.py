"""Partner organisations in the GUI: a wrong CVR or organisationsnummer is refused at the field, edits that
meet someone else's save show both versions, duplicates are merged, organisations are deactivated."""

from __future__ import annotations

from admin_helpers import closed, row_of
from PySide6.QtCore import Qt
from ui_helpers import wait_for_tasks

from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.services.organisations import OrganisationInput, OrganisationService
from neo_desktop.services.staff import RoleGrant, StaffInput, StaffService
from neo_desktop.ui.admin.conflict_dialog import ConflictDialog
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.administration import AdministrationView

NAME, KIND, COUNTRY, NUMBER, MUNICIPALITY, STATUS = range(6)


def service(view: AdministrationView) -> OrganisationService:
    return OrganisationService(view.services.database, view.services.user)


def save(qtbot, dialog, context: UiContext) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context)


def test_a_wrong_cvr_is_refused_at_the_field_and_a_right_one_saved(qtbot, administration: AdministrationView,
                                                                    ui_context: UiContext) -> None:
    page = administration.organisations
    before = page.model.rowCount()
    dialog = page.open_dialog(None)
    dialog.name_edit.setText("Boligselskabet Sct. Jørgen")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(OrganisationKind.HOUSING_ASSOCIATION))
    qtbot.keyClicks(dialog.number_edit, "13585627")
    save(qtbot, dialog, ui_context)

    error = dialog.field_error("registration_number")
    assert dialog.isVisible() and error.isVisible()
    assert "fails the check-digit test" in error.text()
    assert dialog.number_edit.hasFocus() and dialog.number_edit.property("invalid") is True
    assert not any(o.name == "Boligselskabet Sct. Jørgen" for o in service(administration).list())

    dialog.number_edit.clear()
    qtbot.keyClicks(dialog.number_edit, "13585628")
    assert not error.isVisible()  # typing clears the message
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    assert closed(dialog)
    assert page.model.rowCount() == before + 1
    row = row_of(page, NAME, "Boligselskabet Sct. Jørgen")
    shown = [page.model.data(page.model.index(row, column)) for column in (KIND, COUNTRY, NUMBER, STATUS)]
    assert shown == ["Housing association", "Denmark", "13585628", "Active"]
    assert page.selected().name == "Boligselskabet Sct. Jørgen"  # the new one is selected


def test_a_swedish_personnummer_is_not_taken_for_an_organisationsnummer(qtbot, administration: AdministrationView,
                                                                       ui_context: UiContext) -> None:
    dialog = administration.organisations.open_dialog(None)
    dialog.name_edit.setText("Navigatorcentrum Olofström Öst")  # (keyClicks types ASCII only)
    dialog.country_box.setCurrentIndex(dialog.country_box.findData(Country.SE))
    assert dialog.field_titles()["registration_number"] == "Organisationsnummer"
    qtbot.keyClicks(dialog.number_edit, "191212-1212")
    save(qtbot, dialog, ui_context)
    assert "may be a personnummer" in dialog.field_error("registration_number").text()
    dialog.number_edit.setText("556036-0793")
    with qtbot.waitSignal(administration.organisations.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    stored = [o for o in service(administration).list() if o.name == "Navigatorcentrum Olofström Öst"]
    assert [(o.country, o.registration_number) for o in stored] == [(Country.SE, "5560360793")]


def test_a_stale_edit_shows_the_other_change_and_keeps_the_input(qtbot, administration: AdministrationView,
                                                                 ui_context: UiContext) -> None:
    page = administration.organisations
    page.table.selectRow(row_of(page, NAME, "Jobcenter Viborg"))
    record = page.selected()
    dialog = page.open_dialog(record)
    dialog.municipality_edit.setText("Viborg Kommune")
    # Meanwhile a colleague renames it.
    other = service(administration).update(record.id, record.version, OrganisationInput(
        name="Jobcenter Viborg (Tingvej)", kind=record.kind, country=record.country,
        registration_number=record.registration_number, municipality=record.municipality))
    save(qtbot, dialog, ui_context)

    conflict = dialog.findChild(ConflictDialog)
    assert conflict is not None and conflict.isVisible()
    table = conflict.table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows["Name"] == ("Jobcenter Viborg (Tingvej)", "Jobcenter Viborg")
    assert "Someone else saved this organisation" in conflict.text_label.text()
    assert dialog.isVisible() and dialog.municipality_edit.text() == "Viborg Kommune"  # nothing typed is lost

    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert dialog.name_edit.text() == "Jobcenter Viborg (Tingvej)" and dialog.version == other.version
    dialog.municipality_edit.setText("Viborg Kommune")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        save(qtbot, dialog, ui_context)
    stored = next(o for o in service(administration).list() if o.id == record.id)
    assert (stored.name, stored.municipality) == ("Jobcenter Viborg (Tingvej)", "Viborg Kommune")


def test_keeping_my_version_saves_it_over_the_other(qtbot, administration: AdministrationView,
                                                   ui_context: UiContext) -> None:
    page = administration.organisations
    page.table.selectRow(row_of(page, NAME, "Jobcenter Silkeborg"))
    record = page.selected()
    dialog = page.open_dialog(record)
    dialog.phone_edit.setText("+45 0000 1111")
    service(administration).update(record.id, record.version, OrganisationInput(
        name=record.name, kind=record.kind, country=record.country, registration_number=record.registration_number,
        municipality="Silkeborg Kommune", phone=record.phone))
    save(qtbot, dialog, ui_context)
    conflict = dialog.findChild(ConflictDialog)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(conflict.keep_button, Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot, ui_context)
    stored = next(o for o in service(administration).list() if o.id == record.id)
    assert (stored.municipality, stored.phone) == (record.municipality, "+45 0000 1111")


def test_a_duplicate_is_merged_into_the_organisation_kept(qtbot, administration: AdministrationView,
                                                          ui_context: UiContext) -> None:
    page = administration.organisations
    services = service(administration)
    duplicate = services.create(OrganisationInput(name="Jobcentret i Viborg", kind=OrganisationKind.JOBCENTRE,
                                                  country=Country.DK))
    staff = StaffService(administration.services.database, administration.services.user)
    moved = staff.create(StaffInput("mette.dublet", "Mette Dublet", duplicate.id, (RoleGrant(Role.CASEWORKER),)))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    page.table.selectRow(row_of(page, NAME, "Jobcentret i Viborg"))
    dialog = page.open_merge()
    kept = next(o for o in services.list() if o.name == "Jobcenter Viborg")
    assert dialog.into_box.itemText(0).endswith("(Denmark)")  # the same country comes first
    dialog.into_box.setCurrentIndex(dialog.into_box.findData(kept.id))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    row = row_of(page, NAME, "Jobcentret i Viborg")
    assert page.model.data(page.model.index(row, STATUS)) == "Merged into Jobcenter Viborg"
    assert next(s for s in staff.list() if s.id == moved.id).organisation_id == kept.id


def test_deactivating_and_reactivating(qtbot, administration: AdministrationView, ui_context: UiContext) -> None:
    page = administration.organisations
    page.table.selectRow(row_of(page, NAME, "Jobcenter Silkeborg"))
    assert page.active_button.text() == "&Deactivate"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    row = row_of(page, NAME, "Jobcenter Silkeborg")
    assert page.model.data(page.model.index(row, STATUS)) == "Deactivated"
    assert page.selected().active is False and page.active_button.text() == "&Reactivate"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.selected().active is True
