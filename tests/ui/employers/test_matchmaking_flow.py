"""The matchmaking flow in the GUI: openings ranked for a young person with reasons, a proposal, accepted,
made a placement, and the placement ended with its outcome — which the dialog insists on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.db.models import JournalEntry
from neo_desktop.domain.employer import PlacementOutcome
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.employers.matchmaking_panel import MatchmakingPanel
from neo_desktop.ui.views.employers import EmployersView


def matching(qtbot, view: EmployersView, context: UiContext) -> MatchmakingPanel:
    panel = view.matching
    assert panel is not None
    view.show_page(panel)
    wait_for_tasks(qtbot, context)
    return panel


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_proposal_accepted_placed_and_ended_with_an_outcome(qtbot, open_area: Callable, world, ui_context: UiContext,
                                                            sqlite_database: Database) -> None:
    view = open_area(world.people.caseworker)
    panel = matching(qtbot, view, ui_context)
    assert panel.person.count() == 2  # Mette's caseload
    panel.person.setCurrentIndex(panel.person.findData(world.people.participant_id))
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)

    best = panel.tree.topLevelItem(0)
    assert (best.text(0), best.text(1)) == ("92", "Lagermedarbejder i praktik")
    assert [best.child(i).text(1) for i in range(best.childCount())] == [
        "goal: Lagermedarbejder ✓", "interest: logistik ✓", "Danish: fluent ✓", "0 km away", "offers a mentor ✓"]
    assert panel.summary.text().startswith("4 open openings looked at for Søren Ågård: 2 fit, 2 ruled out")

    panel.tree.setCurrentItem(best.child(0))  # a reason's row stands for its match
    assert panel.propose_button.isEnabled()
    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    proposals = panel.proposals
    assert proposals.table.rowCount() == 1 and cell(proposals.table, 0, 4) == "Proposed"
    assert panel.tree.topLevelItem(0).text(3) == "Proposed"

    proposals.table.selectRow(0)
    assert not proposals.place_button.isEnabled()
    qtbot.mouseClick(proposals.accept_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    proposals.table.selectRow(0)
    assert cell(proposals.table, 0, 4) == "Accepted" and proposals.place_button.isEnabled()

    qtbot.mouseClick(proposals.place_button, Qt.MouseButton.LeftButton)
    placing = proposals.last_dialog
    assert placing.isVisible() and "Søren Ågård accepted Lagermedarbejder i praktik" in placing.intro.text()
    placing.mentor.setText("Hanne Lund")
    qtbot.mouseClick(placing.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert not placing.isVisible()
    placements = panel.placements
    qtbot.waitUntil(lambda: placements.table.rowCount() == 1)
    assert [cell(placements.table, 0, c) for c in (0, 1, 4)] == [
        "Viborg Lager & Logistik ApS", "Lagermedarbejder i praktik", "Running"]

    placements.table.selectRow(0)
    qtbot.mouseClick(placements.end_button, Qt.MouseButton.LeftButton)
    ending = placements.last_dialog
    ok = ending.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no outcome chosen: refused inside the dialog
    assert ending.isVisible() and ending.message.plain_text() == "Say how the placement ended before ending it."
    ending.outcome.set_value(PlacementOutcome.HIRED)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert not ending.isVisible()
    qtbot.waitUntil(lambda: cell(placements.table, 0, 4) == "Ended")
    assert cell(placements.table, 0, 5) == "Hired"

    with sqlite_database.transaction() as session:
        journal = session.scalars(select(JournalEntry.subject).where(
            JournalEntry.participant_id == world.people.participant_id).order_by(JournalEntry.id)).all()
    assert [subject.split(":")[0] for subject in journal] == ["Placement started", "Placement ended (Hired)"]


def test_candidates_for_an_opening_from_the_board(qtbot, open_area: Callable, world,
                                                  ui_context: UiContext) -> None:
    view = open_area(world.people.caseworker)
    view.show_page(view.board)
    wait_for_tasks(qtbot, ui_context)
    assert view.board.select_opening(world.builder_opening_id)
    qtbot.mouseClick(view.board.candidates_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    panel = view.matching
    assert view.current_page() is panel and panel.for_opening.isChecked()
    first = panel.tree.topLevelItem(0)
    assert first.text(1) == "Åsa Öberg" and "goal: Snickare ✓" in [first.child(i).text(1)
                                                                   for i in range(first.childCount())]
    assert panel.summary.text().startswith("1 young people you work with looked at for Snickarlärling")


def test_a_ruled_out_match_shows_why_and_cannot_be_proposed(qtbot, open_area: Callable, world,
                                                            ui_context: UiContext) -> None:
    view = open_area(world.people.caseworker)
    panel = matching(qtbot, view, ui_context)
    panel.choose_person(world.people.participant_id)
    wait_for_tasks(qtbot, ui_context)
    assert panel.tree.topLevelItemCount() == 2
    panel.show_excluded.setChecked(True)
    rows = {panel.tree.topLevelItem(i).text(1): panel.tree.topLevelItem(i) for i in range(4)}
    driver = rows["Chaufførmedhjælper"]
    assert driver.text(0) == "–" and driver.child(0).text(1) == "needs driving licence ✗"
    panel.tree.setCurrentItem(driver)
    assert not panel.propose_button.isEnabled()


def test_secretaries_see_companies_and_openings_but_no_matchmaking(qtbot, open_area: Callable, world,
                                                                    ui_context: UiContext) -> None:
    view = open_area(world.people.secretary)
    assert view.matching is None and view.tabs.count() == 2
    assert not view.companies.new_button.isVisible()
    view.show_page(view.board)
    wait_for_tasks(qtbot, ui_context)
    assert view.board.columns[next(iter(view.board.columns))].count == 4
    assert not view.board.candidates_button.isVisible() and not view.board.edit_button.isVisible()


def test_a_placement_is_linked_to_a_step_of_the_plan(qtbot, open_area: Callable, world, ui_context: UiContext,
                                                     sqlite_database: Database) -> None:
    from datetime import date

    from employer_fixtures import TODAY

    from neo_desktop.domain.employer import PlacementType
    from neo_desktop.domain.plan import StepOwner
    from neo_desktop.domain.plan_rules import StepInput
    from neo_desktop.services.placements import PlacementInput, PlacementService
    from neo_desktop.services.plans import PlanService

    soren = world.people.participant_id
    plans = PlanService(sqlite_database, world.people.caseworker, today=lambda: TODAY)
    plan = plans.plan_for_participant(soren)
    plans.save_step(plan.id, StepInput("Praktik på et lager", StepOwner.EMPLOYER, date(2026, 12, 1)))
    PlacementService(sqlite_database, world.people.caseworker, today=lambda: TODAY).create(PlacementInput(
        soren, world.warehouse_id, PlacementType.VIRKSOMHEDSPRAKTIK, date(2026, 12, 1),
        opening_id=world.warehouse_opening_id))
    view = open_area(world.people.caseworker)
    panel = matching(qtbot, view, ui_context)
    panel.choose_person(soren)
    wait_for_tasks(qtbot, ui_context)
    placements = panel.placements
    placements.table.selectRow(0)
    qtbot.mouseClick(placements.link_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    dialog = placements.last_dialog
    assert dialog.step.currentText().startswith("Praktik på et lager")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_for_tasks(qtbot, ui_context)
    assert not dialog.isVisible()
    assert plans.plan_for_participant(soren).steps[0].placement_id is not None


def test_the_reasons_speak_danish(qtbot, open_area: Callable, world, ui_context: UiContext) -> None:
    ui_context.languages.install("da")
    view = open_area(world.people.caseworker)
    panel = matching(qtbot, view, ui_context)
    panel.choose_person(world.people.participant_id)
    wait_for_tasks(qtbot, ui_context)
    best = panel.tree.topLevelItem(0)
    assert [best.child(i).text(1) for i in range(best.childCount())] == [
        "mål: Lagermedarbejder ✓", "interesse: logistik ✓", "dansk: flydende ✓", "0 km væk", "tilbyder en mentor ✓"]
    assert view.tabs.tabText(2) == "&Matchning" and panel.propose_button.text() == "&Foreslå"
