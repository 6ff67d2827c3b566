"""The companies tab: search, the chosen company's detail, the company form (a wrong check digit, someone
else's save), contacts, and the partners' workbook."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.services.employers import EmployerService
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.employers import EmployersView


def shown(view: EmployersView) -> list[str]:
    model = view.companies.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def choose(qtbot, view: EmployersView, context: UiContext, name: str) -> None:
    row = shown(view).index(name)
    view.companies.table.selectRow(row)
    wait_for_tasks(qtbot, context)
    assert view.companies.detail.name.text() == name


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_search_and_the_companys_detail(qtbot, open_area: Callable, world, ui_context: UiContext) -> None:
    view = open_area(world.people.caseworker)
    wait_for_tasks(qtbot, ui_context)
    assert shown(view) == ["Karlskrona Bygg AB", "Silkeborg Storkøkken A/S", "Viborg Lager & Logistik ApS"]
    assert view.status_label.text() == "3 in the list"
    qtbot.keyClicks(view.companies.search, "STORKØ")
    qtbot.waitUntil(lambda: shown(view) == ["Silkeborg Storkøkken A/S"], timeout=5000)
    view.companies.search.clear()
    qtbot.waitUntil(lambda: len(shown(view)) == 3, timeout=5000)
    view.companies.housing.setChecked(True)
    qtbot.waitUntil(lambda: shown(view) == ["Viborg Lager & Logistik ApS"], timeout=5000)
    choose(qtbot, view, ui_context, "Viborg Lager & Logistik ApS")
    detail = view.companies.detail
    facts = detail.facts.text()
    assert "CVR 13585628" in facts and "Active partner" in facts and "Supplies Boligselskabet Viborg" in facts
    assert [detail.tabs.tabText(i) for i in range(4)] == ["Contacts (0)", "Openings (2)", "Placements (0)",
                                                          "History (0)"]
    assert {detail.opening_list.item(row, 0).text() for row in range(2)} == {"Lagermedarbejder i praktik",
                                                                            "Chaufførmedhjælper"}


def test_a_new_company_with_a_wrong_check_digit_is_refused_in_the_form(qtbot, open_area: Callable, world,
                                                                       ui_context: UiContext) -> None:
    view = open_area(world.people.caseworker)
    wait_for_tasks(qtbot, ui_context)
    qtbot.mouseClick(view.companies.new_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    form = view.companies.last_dialog
    form.name.setText("Skive Rengøring ApS")
    form.number.setText("29 91 07 67")
    ok(form)
    wait_for_tasks(qtbot, ui_context)
    assert form.isVisible()
    assert form.message.plain_text().startswith("The CVR number 29910767 fails the check-digit test")
    form.number.setText("29 91 07 66")
    ok(form)
    wait_for_tasks(qtbot, ui_context)
    assert not form.isVisible()
    qtbot.waitUntil(lambda: "Skive Rengøring ApS" in shown(view), timeout=5000)
    qtbot.waitUntil(lambda: view.companies.detail.name.text() == "Skive Rengøring ApS", timeout=5000)


def test_someone_elses_save_is_not_overwritten(qtbot, open_area: Callable, world, ui_context: UiContext,
                                               sqlite_database: Database) -> None:
    view = open_area(world.people.caseworker)
    wait_for_tasks(qtbot, ui_context)
    choose(qtbot, view, ui_context, "Silkeborg Storkøkken A/S")
    qtbot.mouseClick(view.companies.detail.edit_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    form = view.companies.detail.last_dialog
    form.industry.setText("Kantiner")
    colleague = EmployerService(sqlite_database, world.people.coordinator)  # Ali saves first
    seen = colleague.employer(world.kitchen_id)
    colleague.update(seen.id, seen.version, replace(seen.data, municipality="Skive"))
    ok(form)
    wait_for_tasks(qtbot, ui_context)
    assert form.isVisible() and form.message.kind == "notice"
    assert form.message.plain_text().startswith("Someone else saved this company while you were editing it")
    assert colleague.employer(world.kitchen_id).data.industry is None  # nothing of Mette's was written


def test_a_contact_is_added_and_the_network_exported(qtbot, open_area: Callable, world, ui_context: UiContext,
                                                     tmp_path: Path) -> None:
    view = open_area(world.people.caseworker)
    wait_for_tasks(qtbot, ui_context)
    choose(qtbot, view, ui_context, "Viborg Lager & Logistik ApS")
    detail = view.companies.detail
    qtbot.mouseClick(detail.contact_button, Qt.MouseButton.LeftButton)
    form = detail.last_dialog
    form.name.setText("Hanne Lund")
    form.email.setText("hanne at lager")
    ok(form)
    wait_for_tasks(qtbot, ui_context)
    assert "is not an e-mail address" in form.message.plain_text()
    form.email.setText("hanne@lager.example.com")
    form.primary.setChecked(True)
    ok(form)
    wait_for_tasks(qtbot, ui_context)
    qtbot.waitUntil(lambda: detail.contacts.rowCount() == 1, timeout=5000)
    assert [detail.contacts.item(0, c).text() for c in (0, 3, 4)] == ["Hanne Lund", "hanne@lager.example.com", "Yes"]

    view.companies.export_to(tmp_path / "network.xlsx")
    wait_for_tasks(qtbot, ui_context)
    assert view.status_label.text().startswith("Saved network.xlsx: companies, contacts, openings")
    workbook = load_workbook(tmp_path / "network.xlsx", read_only=True)
    assert workbook.sheetnames == ["Companies", "Contacts", "Openings", "Placements"]
    assert [row[1] for row in workbook["Contacts"].iter_rows(min_row=2, values_only=True)] == ["Hanne Lund"]
