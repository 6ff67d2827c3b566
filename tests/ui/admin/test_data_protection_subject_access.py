"""A person's access request in the GUI: everything about them as a PDF and a JSON file (read back), and the
lookups of their data without staff names; reachable from the File menu by those who work with participants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, Participant
from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.organisation import Role
from neo_desktop.ui.admin import files
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.data_protection.subject_access import SubjectAccessDialog


@pytest.fixture
def dialog(qtbot, open_main_window, ui_context: UiContext) -> SubjectAccessDialog:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    assert window.subject_access_action.isVisible()
    window.subject_access_action.trigger()
    opened = window.findChild(SubjectAccessDialog)
    assert opened is not None and opened.isVisible()
    qtbot.waitUntil(lambda: opened.caseload_box.count() > 1, timeout=10_000)
    wait_for_tasks(qtbot, ui_context)
    return opened


def test_the_export_is_a_readable_pdf_and_a_json_file(qtbot, dialog: SubjectAccessDialog, ui_context: UiContext,
                                                      demo_database: Database, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.caseload_box.setCurrentIndex(1)
    person = dialog.participant_id()
    assert dialog.caseload_box.currentText().endswith(f"(#{person})")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("da"))
    dialog.purpose_edit.setText("Anmodning om indsigt 23.11.2026")
    monkeypatch.setattr(files, "ask_save_path", lambda *_args: tmp_path / "indsigt.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert dialog.last_export == (tmp_path / "indsigt.pdf", tmp_path / "indsigt.json")
    assert "indsigt.json" in dialog.result_label.text()

    content = json.loads((tmp_path / "indsigt.json").read_text(encoding="utf-8"))
    with demo_database.transaction() as session:
        stored = session.get(Participant, person)
        name, number = f"{stored.first_name} {stored.last_name}", stored.identity_number
        exports = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT,
                                                               AccessLogEntry.participant_id == person)).all()
    assert content["participant"]["identity_number"] == number
    assert content["journal"] and content["plans"]
    assert [e.purpose for e in exports] == ["Anmodning om indsigt 23.11.2026"]  # one export, one entry

    pages = [page.extract_text() for page in PdfReader(tmp_path / "indsigt.pdf").pages]
    whole = "\n".join(pages)
    assert "Dine oplysninger i NEO Desktop" in whole and name in whole and number in whole
    assert content["journal"][0]["subject"] in whole
    lookups = whole.split("Hvornår dine oplysninger blev slået op, og hvorfor")[1]
    assert "medarbejderen nævnes ikke" in lookups
    assert "caseworker" not in lookups and "Camilla Holm" not in lookups  # no staff in the lookups
    assert pages[-1].rstrip().endswith(f"Side {len(pages)} af {len(pages)}")


def test_an_export_that_cannot_be_saved_leaves_no_file(qtbot, dialog: SubjectAccessDialog, ui_context: UiContext,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.caseload_box.setCurrentIndex(1)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(files, "ask_save_path", lambda *_args: out / "gone" / "indsigt.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert dialog.message_label.text().startswith("The files could not be saved there")
    assert dialog.last_export is None and list(out.rglob("*")) == []
    assert dialog.export_button.isEnabled()


def test_the_lookups_are_listed_without_names(qtbot, dialog: SubjectAccessDialog, ui_context: UiContext,
                                              demo_database: Database) -> None:
    dialog.caseload_box.setCurrentIndex(2)
    qtbot.mouseClick(dialog.lookups_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    model = dialog.lookups_model
    assert model.columnCount() == 3  # when, kind of access, purpose: no column for who
    assert dialog.result_label.text().startswith(f"Lookups of this person's data: {model.rowCount()}.")
    qtbot.mouseClick(dialog.lookups_button, Qt.MouseButton.LeftButton)  # asking is itself a lookup
    wait_for_tasks(qtbot, ui_context)
    kinds = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    assert kinds[-1] == "Export" and model.value(model.rowCount() - 1, 2) == "report of lookups for the person"


def test_someone_outside_the_caseload_is_not_found(qtbot, dialog: SubjectAccessDialog, ui_context: UiContext,
                                                   demo_database: Database) -> None:
    user = dialog.services.user
    with demo_database.transaction() as session:  # another organisation's, and not assigned to this caseworker
        outsider = session.scalars(select(Participant.id).where(
            Participant.organisation_id != user.organisation_id, Participant.caseworker_id != user.staff_id,
            Participant.coordinator_id.is_distinct_from(user.staff_id))).first()
    dialog.number_edit.setText(str(outsider))
    qtbot.mouseClick(dialog.lookups_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert dialog.message_label.text() == "The participant was not found. It may have been deleted."
    assert dialog.lookups_model.rowCount() == 0

    dialog.number_edit.clear()
    dialog.caseload_box.setCurrentIndex(0)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text().startswith("Choose the person")
