"""The openings board: columns by status, a card moved by its buttons, a new opening from a company."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import wait_for_tasks

from neo_desktop.domain.employer import OpeningStatus
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans.wording import short_date


def counts(board) -> dict[OpeningStatus, int]:
    return {status: column.cards.count() for status, column in board.columns.items()}


def test_openings_move_between_columns(qtbot, open_area: Callable, world, ui_context: UiContext) -> None:
    view = open_area(world.people.caseworker)
    board = view.board
    view.show_page(board)
    wait_for_tasks(qtbot, ui_context)
    assert counts(board) == {OpeningStatus.OPEN: 4, OpeningStatus.FILLED: 0, OpeningStatus.CLOSED: 0}
    assert board.columns[OpeningStatus.OPEN].title.text() == "Open (4)"
    assert not board.fill_button.isEnabled()
    assert board.select_opening(world.kitchen_opening_id)
    card = board.columns[OpeningStatus.OPEN].cards.currentItem().text().splitlines()
    assert card == ["Køkkenmedhjælper", f"Silkeborg Storkøkken A/S · Silkeborg · from {short_date(date(2026, 12, 1))}",
                    "A few paid hours a week (småjob) · 0 of 1 taken"]
    qtbot.mouseClick(board.fill_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    qtbot.waitUntil(lambda: counts(board)[OpeningStatus.FILLED] == 1, timeout=5000)
    assert board.select_opening(world.kitchen_opening_id) and board.reopen_button.isEnabled()
    qtbot.mouseClick(board.close_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    qtbot.waitUntil(lambda: counts(board) == {OpeningStatus.OPEN: 3, OpeningStatus.FILLED: 0,
                                              OpeningStatus.CLOSED: 1}, timeout=5000)


def test_a_new_opening_from_the_company_appears_on_the_board(qtbot, open_area: Callable, world,
                                                            ui_context: UiContext) -> None:
    view = open_area(world.people.caseworker)
    wait_for_tasks(qtbot, ui_context)
    model = view.companies.model
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    view.companies.table.selectRow(names.index("Silkeborg Storkøkken A/S"))
    wait_for_tasks(qtbot, ui_context)
    detail = view.companies.detail
    qtbot.mouseClick(detail.opening_button, Qt.MouseButton.LeftButton)
    form = detail.last_dialog
    assert form.intro.text() == "At Silkeborg Storkøkken A/S."
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    wait_for_tasks(qtbot, ui_context)
    assert form.message.plain_text() == "An opening needs a title, e.g. “Warehouse assistant”."
    form.title.setText("Opvasker")
    form.places.setValue(2)
    form.minimum_age.setValue(16)
    ok.click()
    wait_for_tasks(qtbot, ui_context)
    assert not form.isVisible()
    qtbot.waitUntil(lambda: detail.tabs.tabText(1) == "Openings (2)", timeout=5000)
    view.show_page(view.board)
    wait_for_tasks(qtbot, ui_context)
    titles = [item.text().splitlines()[0] for item in
              (view.board.columns[OpeningStatus.OPEN].cards.item(i) for i in range(5))]
    assert "Opvasker" in titles
