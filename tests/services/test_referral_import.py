"""Importing a jobcentre's referral list: every row checked first and reported, all rows or none written,
broken files told in one sentence, and the same from the command line."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from openpyxl import Workbook
from participant_fixtures import Caseload, log_entries, make_caseload
from plan_fixtures import TODAY
from sqlalchemy import func, select

from neo_desktop.cli import main
from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, JournalEntry, Participant
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.services.referral_files import ImportField, ImportFileError, guess_mapping
from neo_desktop.services.referral_import import ImportCancelled, ImportRefused, ReferralImportService

HEADER = ["CPR-nummer", "Fornavn", "Efternavn", "Telefon", "E-mail", "Henvist"]
GOOD = [
    ["190106-4918", "Ida", "Bak", "+45 11 22 33 44", "ida@example.org", "02-11-2026"],
    ["0101024913", "Omar", "Ali", "", "", "2026-11-03"],
]


@pytest.fixture
def caseload(database: Database) -> Caseload:
    return make_caseload(database)


def importer(database: Database, caseload: Caseload) -> ReferralImportService:
    return ReferralImportService(database, caseload.world.caseworker, today=lambda: TODAY)


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def counts(database: Database) -> tuple[int, int, int]:
    with database.transaction() as session:
        return (session.scalar(select(func.count(Participant.id))), session.scalar(select(func.count(JournalEntry.id))),
                session.scalar(select(func.count(AccessLogEntry.id))))


def test_the_columns_are_recognised_in_danish_swedish_and_english() -> None:
    assert guess_mapping(("CPR-nummer", "Fornavn", "Efternavn", "Tlf.", "E-mail", "Henvist", "Projekt")) == {
        0: ImportField.IDENTITY_NUMBER, 1: ImportField.FIRST_NAME, 2: ImportField.LAST_NAME, 3: ImportField.PHONE,
        4: ImportField.EMAIL, 5: ImportField.REFERRED_ON, 6: ImportField.PROJECT}
    assert guess_mapping(("Personnummer", "Namn", "E-post", "Ort")) == {
        0: ImportField.IDENTITY_NUMBER, 1: ImportField.FULL_NAME, 2: ImportField.EMAIL, 3: ImportField.CITY}
    assert guess_mapping(("Shoe size", "Colour")) == {}


def test_every_problem_is_reported_by_line_and_nothing_is_written(database: Database, caseload: Caseload,
                                                                  tmp_path: Path) -> None:
    rows = [[*HEADER, "Projekt"],
            ["190106-4918", "Ida", "Bak", "+45 11 22 33 44", "ida@example.org", "02-11-2026", ""],
            ["190106-49", "Bo", "Berg", "", "", "", ""],  # line 3: bad number
            ["0101024913", "", "Ali", "", "omar@", "", ""],  # line 4: no first name, bad e-mail
            ["0403014917", "Kasper", "Holm", "", "", "", ""],  # line 5: already registered
            ["1901064918", "Ida", "Bak", "", "", "", ""],  # line 6: twice in the file
            ["0202024912", "Eva", "Lund", "", "", "i går", "NOPE"]]  # line 7: unknown project, bad date
    path = write_csv(tmp_path / "henvisninger.csv", rows)
    before = counts(database)
    report = importer(database, caseload).check(path, project_code="NEO-1")
    problems = {row.line: sorted(p.field for p in row.problems) for row in report.rows}
    assert problems == {2: [], 3: ["identity_number"], 4: ["email", "first_name"], 5: ["identity_number"],
                        6: ["identity_number"], 7: ["project", "referred_on"]}
    line6 = next(row for row in report.rows if row.line == 6)
    assert line6.problems[0].message == "The same identity number is also on line 2."
    assert next(row for row in report.rows if row.line == 5).problems[0].message.startswith("A young person with")
    assert report.problem_rows == 5 and not report.importable
    with pytest.raises(ImportRefused) as refused:
        importer(database, caseload).run(path, project_code="NEO-1")
    assert refused.value.message == ("Nothing was imported: 5 of 6 rows have problems. Correct the file and import "
                                     "it again.")
    assert counts(database) == before


def test_a_clean_list_is_imported_in_one_go(database: Database, caseload: Caseload, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "henvisninger.xlsx", [HEADER, *GOOD])
    before = counts(database)
    result = importer(database, caseload).run(path, project_code="neo-1")
    assert len(result.participant_ids) == 2
    with database.transaction() as session:
        ida = session.get(Participant, result.participant_ids[0])
        assert (ida.first_name, ida.identity_number, ida.status) == ("Ida", "1901064918", ParticipantStatus.REFERRED)
        assert ida.referred_on.isoformat() == "2026-11-02" and ida.caseworker_id == caseload.world.caseworker.staff_id
        assert ida.organisation_id == caseload.world.organisation_id
    after = counts(database)
    assert (after[0] - before[0], after[1] - before[1]) == (2, 2)
    created = log_entries(database, AccessAction.CREATE)[-2:]
    assert {e.participant_id for e in created} == set(result.participant_ids)
    assert created[0].purpose == "referral import" and created[0].detail == "henvisninger.xlsx"


def test_a_cancelled_import_leaves_nothing(database: Database, caseload: Caseload, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "liste.csv", [HEADER, *GOOD], delimiter=",")
    before = counts(database)
    calls = iter([False, False, True])
    with pytest.raises(ImportCancelled):
        importer(database, caseload).run(path, project_code="NEO-1", cancelled=lambda: next(calls, True))
    assert counts(database) == before


BROKEN = {
    "empty.csv": (b"", "is empty"),
    "rapport.pdf": (b"%PDF-1.4 ...", "is not a referral list"),
    "fake.xlsx": (b"this is not a zip file at all", "is named like an Excel workbook but is not one"),
    "garbage.csv": (bytes(range(256)) * 40, "does not contain text"),
    "header-only.csv": (b"CPR;Fornavn;Efternavn\n", "no young people under it"),
    "no-header.csv": (b"1901064918;2026-11-02\n0101024913;2026-11-03\n", "no header row"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_get_a_clear_message(sqlite_database: Database, tmp_path: Path, name: str) -> None:
    caseload = make_caseload(sqlite_database)
    content, words = BROKEN[name]
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        importer(sqlite_database, caseload).check(path, project_code="NEO-1")
    assert words in caught.value.message and name in caught.value.message


def test_fifty_megabytes_of_garbage_is_refused_unread(sqlite_database: Database, tmp_path: Path) -> None:
    caseload = make_caseload(sqlite_database)
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ImportFileError) as caught:
        importer(sqlite_database, caseload).check(path, project_code="NEO-1")
    assert caught.value.message == ("The file huge.csv is 50.0 MB. A referral list is at most 20 MB; check that this "
                                    "is the right file.")


def test_the_command_line(sqlite_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_caseload(sqlite_database)
    url = str(sqlite_database.engine.url)
    good = write_csv(tmp_path / "good.csv", [HEADER, *GOOD])
    before = counts(sqlite_database)
    assert main(["import", "participants", str(good), "--project", "NEO-1", "--dry-run", "--database", url]) == 0
    assert "all 2 rows can be imported (dry run: nothing imported)" in capsys.readouterr().out
    assert counts(sqlite_database)[0] == before[0]
    bad = write_csv(tmp_path / "bad.csv", [HEADER, ["123", "Bo", "Berg", "", "", ""]])
    assert main(["import", "participants", str(bad), "--project", "NEO-1", "--database", url]) == 1
    err = capsys.readouterr().err
    assert "line 2 (Bo Berg): A CPR number has 10 digits" in err and "Nothing was imported: 1 of 1" in err
    assert main(["import", "participants", str(good), "--project", "NOPE", "--database", url]) == 1
    assert "error: There is no project with the code NOPE." in capsys.readouterr().err
    assert main(["import", "participants", str(good), "--project", "NEO-1", "--database", url]) == 0
    assert "2 young people imported into NEO-1" in capsys.readouterr().out
    assert counts(sqlite_database)[0] == before[0] + 2
    entry = log_entries(sqlite_database, AccessAction.CREATE)[-1]
    assert entry.login_name.startswith("cli:") and entry.purpose == "referral import"
    assert os.path.exists(good)
