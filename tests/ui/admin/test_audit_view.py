"""The auditor's access log in the GUI: filters, the Excel export read back, and the chain verified (and an
edited entry found)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import text
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.organisation import Role
from neo_desktop.services.access_log import record_for_user
from neo_desktop.services.auth import AuthService
from neo_desktop.services.overview import OverviewService
from neo_desktop.services.permissions import Area
from neo_desktop.ui.admin import files
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.audit import AuditView

WHEN, USER, ACTION, PERSON, RECORD, SEARCH, PURPOSE = range(7)


@pytest.fixture
def person(demo_database: Database) -> int:
    """A participant the demo caseworker looked up twice (the entries the filters should find)."""
    caseworker = AuthService(demo_database).sign_in_local(DEMO_LOGINS[Role.CASEWORKER.value], "demo")
    participant_id = OverviewService(demo_database, caseworker).caseload().record_ids[0]
    with demo_database.transaction() as session:
        record_for_user(session, caseworker, AccessAction.READ, participant_id=participant_id, purpose="follow-up")
        record_for_user(session, caseworker, AccessAction.UPDATE, participant_id=participant_id, purpose="plan step")
    return participant_id


@pytest.fixture
def audit(qtbot, open_main_window, person: int) -> AuditView:
    window = open_main_window(DEMO_LOGINS[Role.AUDITOR.value])
    view = window.views[Area.AUDIT]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    return view


def search(qtbot, view: AuditView) -> list[list[object]]:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    model = view.model
    return [[model.value(row, column) for column in range(model.columnCount())] for row in range(model.rowCount())]


def test_the_filters_narrow_the_log(qtbot, audit: AuditView, person: int) -> None:
    qtbot.keyClicks(audit.person_edit, str(person))
    rows = search(qtbot, audit)
    assert [(row[USER], row[ACTION], row[PURPOSE]) for row in rows] == [("caseworker", "update", "plan step"),
                                                                        ("caseworker", "read", "follow-up")]
    assert audit.model.data(audit.model.index(0, ACTION)) == "Change"  # actions in words

    audit.action_box.setCurrentIndex(audit.action_box.findData(AccessAction.READ))
    assert [row[PURPOSE] for row in search(qtbot, audit)] == ["follow-up"]

    audit.person_edit.clear()
    audit.action_box.setCurrentIndex(0)
    audit.user_edit.setText("auditor")
    rows = search(qtbot, audit)
    assert rows and {row[USER] for row in rows} == {"auditor"}
    assert any(row[ACTION] == "search" and f"participant_id={person}" in row[SEARCH] for row in rows)  # logged

    yesterday = date.today() - timedelta(days=1)
    audit.set_period(None, yesterday)
    assert search(qtbot, audit) == []
    audit.set_period(date.today(), date.today())
    assert search(qtbot, audit)


def test_the_export_holds_what_the_filter_matches(qtbot, audit: AuditView, person: int, ui_context: UiContext,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    audit.person_edit.setText(str(person))
    search(qtbot, audit)
    target = tmp_path / "adgangslog"
    monkeypatch.setattr(files, "ask_save_path", lambda *_args: target)
    qtbot.mouseClick(audit.export_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    written = target.with_name("adgangslog.xlsx")
    assert audit.export_label.text() == f"Entries exported: 3, to {written}"
    sheet = load_workbook(written)["Access log"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:4] == ("When", "User", "Action", "Person")
    # The auditor's own search for the person is about them too, so it is in the log and in the export.
    assert [(r[USER], r[ACTION], r[PERSON], r[PURPOSE]) for r in rows] == [
        ("auditor", "search", person, "audit"), ("caseworker", "update", person, "plan step"),
        ("caseworker", "read", person, "follow-up")]


def test_verifying_finds_an_edited_entry(qtbot, audit: AuditView, person: int, demo_database: Database,
                                         ui_context: UiContext) -> None:
    qtbot.mouseClick(audit.verify_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert audit.last_check is not None and audit.last_check.intact
    assert audit.verify_label.text().startswith("The chain is intact: all ")

    with demo_database.transaction() as session:  # someone with the database's keys covers their tracks
        edited = session.execute(text("SELECT id FROM access_log WHERE purpose = 'follow-up'")).scalar_one()
        session.execute(text("UPDATE access_log SET purpose = 'routine' WHERE id = :id"), {"id": edited})
    qtbot.mouseClick(audit.verify_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert audit.last_check.broken_at == edited
    assert audit.verify_label.text().startswith(f"Entry {edited} was changed after it was written")
