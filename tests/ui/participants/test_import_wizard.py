"""The referral-list import wizard: a broken file explained on the first page, a list with problems shown row
by row and not imported (nothing left behind), a clean list imported in one go."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select
from ui_helpers import wait_for_tasks

from neo_desktop.db.models import AccessLogEntry, JournalEntry, Participant
from neo_desktop.domain.participant_rules import PersonalData
from neo_desktop.services.referral_files import ImportField
from neo_desktop.ui.participants.import_wizard import ImportWizard

HEADER = ["CPR-nr.", "Fornavn", "Efternavn", "Mobil", "Henvist"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="cp1252") as handle:  # as Danish Excel saves it
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def counts(desk) -> tuple[int, int, int]:
    with desk.database.transaction() as session:
        return tuple(session.scalar(select(func.count()).select_from(table))  # type: ignore[return-value]
                     for table in (Participant, JournalEntry, AccessLogEntry))


def wizard_on(qtbot, desk, path: Path) -> ImportWizard:
    wizard = ImportWizard(desk.participant_services, desk.context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.project.count() > 0, timeout=10_000)
    page = wizard.file_page
    page.project.setCurrentIndex(page.project.findData("NEO-MIDT"))
    page.path.setText(str(path))
    page.read_file()
    wait_for_tasks(qtbot, desk.context)
    return wizard


def to_check_page(qtbot, desk, wizard: ImportWizard) -> None:
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    wait_for_tasks(qtbot, desk.context)
    assert wizard.currentPage() is wizard.check_page


def test_a_broken_file_is_explained_on_the_first_page(qtbot, desk, tmp_path: Path) -> None:
    path = tmp_path / "henvisninger.xlsx"
    path.write_bytes(b"PK\x03\x04 but not really a workbook" * 50)
    wizard = wizard_on(qtbot, desk, path)
    message = wizard.file_page.message
    assert message.isVisible() and "is named like an Excel workbook but is not one" in message.text()
    assert not wizard.file_page.isComplete()


def test_a_list_with_problems_is_not_imported_and_leaves_nothing(qtbot, desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "henvisninger.csv", [
        HEADER,
        ["190106-4918", "Ida", "Bak", "11 22 33 44", "02-11-2026"],
        ["190106-49", "Bo", "Berg", "", ""],
        ["0101024913", "", "Ali", "", "3/11/2026"],
    ])
    before = counts(desk)
    wizard = wizard_on(qtbot, desk, path)
    assert wizard.mapping == {0: ImportField.IDENTITY_NUMBER, 1: ImportField.FIRST_NAME, 2: ImportField.LAST_NAME,
                              3: ImportField.PHONE, 4: ImportField.REFERRED_ON}
    to_check_page(qtbot, desk, wizard)
    page = wizard.check_page
    assert page.summary.text().startswith("2 of 3 rows have problems")
    assert page.rows.item(0, 0).text() == "3" and "10 digits" in page.rows.item(0, 3).text()
    assert "first name" in page.rows.item(1, 3).text() and page.rows.item(2, 3).text() == "OK"
    assert not page.import_button.isEnabled() and not page.isComplete()
    assert counts(desk) == before


def test_a_clean_list_is_imported(qtbot, desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "henvisninger.csv", [
        HEADER,
        ["190106-4918", "Ida", "Bæk", "11 22 33 44", "02-11-2026"],
        ["0101024913", "Omar", "Ali", "", "03-11-2026"],
    ])
    before = counts(desk)
    wizard = wizard_on(qtbot, desk, path)
    to_check_page(qtbot, desk, wizard)
    page = wizard.check_page
    assert page.summary.text() == "All 2 rows can be imported."
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        page.import_button.click()
    assert page.isComplete() and page.summary.text() == "2 young people were imported."
    after = counts(desk)
    assert after[0] == before[0] + 2
    with desk.database.transaction() as session:
        assert session.scalar(select(Participant.last_name).where(Participant.identity_number == "1901064918")) == "Bæk"


def test_an_import_refused_at_the_last_moment_leaves_nothing_behind(qtbot, desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "henvisninger.csv", [
        HEADER,
        ["190106-4918", "Ida", "Bæk", "11 22 33 44", "02-11-2026"],
        ["0101024913", "Omar", "Ali", "", "03-11-2026"],
    ])
    wizard = wizard_on(qtbot, desk, path)
    to_check_page(qtbot, desk, wizard)
    page = wizard.check_page
    assert page.summary.text() == "All 2 rows can be imported." and page.import_button.isEnabled()
    # Between the check and the click, a colleague registers Omar by hand.
    project = next(p for p in desk.participant_services.records.choices().projects if p.code == "NEO-MIDT")
    desk.participant_services.records.create(project.id, PersonalData("Omar", "Ali", identity_number="0101024913"))
    before = counts(desk)[:2]
    page.import_button.click()
    wait_for_tasks(qtbot, desk.context)
    qtbot.waitUntil(lambda: page.summary.text().startswith("1 of 2 rows have problems"), timeout=10_000)
    assert "already registered" in page.rows.item(0, 3).text() and page.rows.item(0, 1).text() == "Omar Ali"
    assert not page.import_button.isEnabled() and not page.isComplete()
    assert counts(desk)[:2] == before  # Ida was not imported on her own, and no journal entry was written
    with desk.database.transaction() as session:
        assert session.scalar(select(Participant.id).where(Participant.identity_number == "1901064918")) is None


def test_the_project_is_chosen_and_a_refused_number_is_shown_as_written(qtbot, desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "henvisninger.csv", [HEADER, ["190106-49", "Bo", "Berg", "", ""]])
    wizard = ImportWizard(desk.participant_services, desk.context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.project.count() > 1, timeout=10_000)
    page = wizard.file_page
    assert page.project.currentText() == "Choose the project…"  # CPR or personnummer depends on it: no guess
    page.path.setText(str(path))
    page.read_file()
    wait_for_tasks(qtbot, desk.context)
    assert not page.isComplete()
    page.project.setCurrentIndex(page.project.findData("NEO-MIDT"))
    assert page.isComplete()
    to_check_page(qtbot, desk, wizard)
    rows = wizard.check_page.rows
    assert rows.item(0, 2).text() == "190106-49"  # the user can find the wrong number in the file
    assert rows.item(0, 3).text() == "A CPR number has 10 digits (DDMMYY-SSSS)."
