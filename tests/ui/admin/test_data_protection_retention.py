"""The retention run in the GUI: what is due is listed, nothing is anonymised without a written reason, and an
approved decision anonymises the chosen people and is logged for each of them."""

from __future__ import annotations

from datetime import date

import pytest
from admin_helpers import show_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, Participant, Project
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.administration import AdministrationView

LEFT = (ParticipantStatus.COMPLETED, ParticipantStatus.DROPPED_OUT)


@pytest.fixture
def long_ago(demo_database: Database) -> str:
    """The Swedish demo project, paid out long ago: its people who left are past their retention period."""
    with demo_database.transaction() as session:
        project = session.scalars(select(Project).where(Project.code == "BUL-NAV")).one()
        project.last_payment_on, project.retention_years = date(2015, 6, 30), 5
        assert session.scalars(select(Participant.id).where(Participant.project_id == project.id,
                                                            Participant.status.in_(LEFT))).first()
        return project.code


def first_name(database: Database, participant_id: int) -> str:
    with database.transaction() as session:
        return session.get(Participant, participant_id).first_name


def test_a_reason_is_required_and_an_approved_run_anonymises(qtbot, administration: AdministrationView,
                                                             ui_context: UiContext, demo_database: Database,
                                                             long_ago: str) -> None:
    page = administration.data_protection
    show_page(qtbot, administration, page, ui_context)
    panel = page.retention
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    due = panel.candidates
    assert due and {c.project_code for c in due} == {long_ago}
    assert panel.status_label.text() == f"Case files due for anonymisation: {len(due)}."
    assert panel.selected_ids() == [c.participant_id for c in due]  # the whole run is chosen at first
    panel.table.selectRow(0)
    chosen = panel.selected_ids()
    assert len(chosen) == 1
    names_before = {c.participant_id: first_name(demo_database, c.participant_id) for c in due}

    qtbot.mouseClick(panel.anonymise_button, Qt.MouseButton.LeftButton)  # without a reason
    wait_for_tasks(qtbot, ui_context)
    assert panel.reason_error.isVisible()
    assert panel.reason_error.text() == "Write down the reason for the decision before you approve it."
    assert first_name(demo_database, chosen[0]) == names_before[chosen[0]]

    qtbot.keyClicks(panel.reason_edit, "Retention period over (BUL-NAV paid out 2015)")
    assert not panel.reason_error.isVisible()
    qtbot.mouseClick(panel.anonymise_button, Qt.MouseButton.LeftButton)
    box = panel.confirmation
    assert isinstance(box, QMessageBox) and "(1 in all)" in box.text()
    confirm = next(b for b in box.buttons() if b.text() == "&Anonymise")
    with qtbot.waitSignal(panel.anonymised, timeout=10_000) as decided:
        confirm.click()
    wait_for_tasks(qtbot, ui_context)

    assert decided.args[0].participant_ids == tuple(chosen)
    assert first_name(demo_database, chosen[0]) == "Anonymised"
    others = [pid for pid in names_before if pid not in chosen]
    assert all(first_name(demo_database, pid) == names_before[pid] for pid in others)
    assert decided.args[0].decision_id in panel.result_label.text()
    assert chosen[0] not in [c.participant_id for c in panel.candidates]  # checked again: no longer due
    with demo_database.transaction() as session:
        entry = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.ANONYMISE)).one()
        assert (entry.participant_id, entry.purpose) == (chosen[0], "Retention period over (BUL-NAV paid out 2015)")
        assert entry.login_name == "admin"


def test_cancelling_the_confirmation_changes_nothing(qtbot, administration: AdministrationView,
                                                     ui_context: UiContext, demo_database: Database,
                                                     long_ago: str) -> None:
    page = administration.data_protection
    show_page(qtbot, administration, page, ui_context)
    panel = page.retention
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.check()
    panel.reason_edit.setText("Retention period over")
    qtbot.mouseClick(panel.anonymise_button, Qt.MouseButton.LeftButton)
    panel.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    wait_for_tasks(qtbot, ui_context)
    assert all(first_name(demo_database, c.participant_id) != "Anonymised" for c in panel.candidates)
    assert not panel.result_label.text()
