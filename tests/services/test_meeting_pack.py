"""The meeting pack, built from live data and read back: the PDF (pdfplumber, pypdf) and the Excel annex
(openpyxl) show the same figures, hide the same small counts, and the export is logged."""

from __future__ import annotations

import re
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from meeting_fixtures import MeetingWorld, add_people, at, make_meeting_world
from openpyxl import load_workbook
from plan_fixtures import TODAY
from pypdf import PdfReader
from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import PermissionDeniedError
from neo_desktop.domain.meeting import ActionStatus
from neo_desktop.domain.organisation import Language, Role
from neo_desktop.domain.participant import ExitOutcome, Gender, LabourMarketStatus, ParticipantStatus
from neo_desktop.services.meeting_pack import MeetingPackCancelled, MeetingPackService
from neo_desktop.services.meeting_views import ActionInput, AgendaItemInput, DecisionInput, MeetingInput
from neo_desktop.services.meetings import MeetingService
from neo_desktop.services.user import SignedInUser

SENSITIVE_SHEETS = ("Resultater", "Særlige målgrupper", "ESF+ resultater")


def prepare(database: Database) -> tuple[MeetingWorld, int]:
    """A project with participants, a held meeting with approved minutes, and the next meeting planned."""
    world = make_meeting_world(database)
    people = world.world
    add_people(database, people, 24, labour_market_status=LabourMarketStatus.LONG_TERM_UNEMPLOYED)
    add_people(database, people, 21, gender=Gender.MAN, labour_market_status=LabourMarketStatus.UNEMPLOYED)
    add_people(database, people, 2, gender=Gender.NON_BINARY, has_disability=True)
    add_people(database, people, 7, status=ParticipantStatus.COMPLETED, exited_on=date(2026, 9, 1),
               exit_outcome=ExitOutcome.EMPLOYMENT)
    add_people(database, people, 3, gender=Gender.MAN, status=ParticipantStatus.COMPLETED,
               exited_on=date(2026, 9, 1), exit_outcome=ExitOutcome.OTHER_HELP)
    service = MeetingService(database, people.secretary, today=lambda: TODAY)
    held = service.save_agenda_item(world.meeting_id, AgendaItemInput("Godkendelse af dagsorden", minutes_allotted=5))
    held = service.save_agenda_item(held.id, AgendaItemInput("Status på indskrivning", minutes_allotted=20))
    held = service.record_minutes(held.id, held.agenda[1], "Indskrivningen følger planen i Viborg.")
    held = service.save_decision(held.id, DecisionInput("Styregruppen godkender handleplanen."))
    held = service.save_action(held.id, ActionInput("Plan for rekruttering af unge", owner_name="Lise Lund",
                                                    due_on=date(2026, 11, 20)))
    held = service.save_action(held.id, ActionInput("Aftale med Viborg Auto", owner_name="Kim Holm"))
    service.set_action_status(held.actions[1], ActionStatus.DONE, completed_on=date(2026, 11, 15))
    service.approve_minutes(service.send_minutes_for_review(held))
    upcoming = service.create_meeting(world.group_id, MeetingInput(
        "Lokalt styregruppemøde", at(TODAY + timedelta(days=14), 12), at(TODAY + timedelta(days=14), 14),
        location="Jobcenter Viborg, mødelokale 2", language=Language.DA))
    service.save_agenda_item(upcoming.id, AgendaItemInput("Nyt fra virksomhederne", presenter="Kim Holm",
                                                          minutes_allotted=15, employer_id=world.employer_id))
    return world, upcoming.id


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def export(database: Database, folder: Path) -> tuple[MeetingWorld, Path, Path, Database]:
    """Prepare the world and build its pack as the secretary."""
    world, meeting_id = prepare(database)
    service = MeetingPackService(database, world.world.secretary, today=lambda: TODAY)
    steps: list[tuple[int, int]] = []
    result = service.export(meeting_id, folder / "pack.pdf", folder / "pack.xlsx",
                            progress=lambda done, total, _what: steps.append((done, total)))
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)
    assert result.language is Language.DA and result.suppression_applied and result.pages >= 7
    return world, result.pdf, result.xlsx, database


@pytest.fixture
def pack(sqlite_database: Database, tmp_path: Path) -> tuple[MeetingWorld, Path, Path, Database]:
    """The pack read back on SQLite (the files do not depend on the database; the export is also run on both)."""
    return export(sqlite_database, tmp_path)


def test_the_pdf_has_the_agenda_minutes_actions_targets_and_suppressed_statistics(pack) -> None:
    _, pdf, _, _ = pack
    text = pdf_text(pdf)
    assert "Mødemateriale" in text and "Lokal styregruppe Viborg" in text
    agenda = text[text.index("Dagsorden\n#"):]
    # The open action carried into the agenda, the new item with its company, and the time plan from 13:00 (CET).
    assert "Opfølgning: Plan for rekruttering af unge" in agenda
    assert re.search(r"1 13:00 Nyt fra virksomhederne Kim Holm 15\n.*\n"
                     r"2 13:15 Opfølgning: Plan for rekruttering af unge", agenda)
    assert "Virksomhed: Viborg Auto ApS" in agenda
    assert "Styregruppen godkender handleplanen." in text  # the previous meeting's approved minutes
    assert "Indskrivningen følger planen i Viborg." in text
    actions = " ".join(text[text.index("Åbne opfølgningspunkter\nOpfølgningspunkt"):].split())
    assert "Plan for rekruttering af unge Lise Lund 20.11.2026 10.11.2026 Åben · Overskredet" in actions
    assert "Aftale med Viborg Auto" not in actions  # done
    targets = " ".join(text[text.index("Status på projektets mål\n"):].split())
    assert "Deltagere indskrevet 120 36 57 48 % På sporet 57" in targets
    # Ahead of plan, but nobody enrolled in the last six months: the warning says where that ends.
    assert "Tidlig advarsel: indskrivningen er bagud" in targets
    assert "(0,0 om måneden) ender projektet på omkring 57 af 120" in targets
    assert "I job 40 12 x – – –" in targets  # hidden with the outcomes it equals, and so are share and status
    statistics = text[text.index("Statistik\nSmå tal"):]
    assert "<5" in statistics and "<3" in statistics
    assert "Små tal er skjult, så ingen ung kan genkendes" in statistics
    # Numbered pages and a contents page that points at the right pages.
    reader = PdfReader(pdf)
    pages = len(reader.pages)
    assert f"Side {pages} af {pages}" in reader.pages[-1].extract_text()
    contents = reader.pages[1].extract_text()
    found = int(re.search(r"Statistik\s*\.*\s*(\d+)", contents).group(1))
    assert reader.pages[found - 1].extract_text().lstrip().startswith("Statistik")
    assert [item.title for item in reader.outline][:2] == ["Dagsorden", "Referat fra sidste møde"]


def test_the_workbook_has_the_same_figures_and_no_small_count_in_a_sensitive_table(pack) -> None:
    _, pdf, xlsx, _ = pack
    text = " ".join(pdf_text(pdf).split())
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames[:6] == ["Om", "Dagsorden", "Inviterede", "Sidste referat", "Åbne punkter", "Mål"]
    for name in ("Efter status", "Efter alder", "ESF+ output", *SENSITIVE_SHEETS, "Forløb" if "Forløb" in
                 workbook.sheetnames else "Efter status"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.bold and sheet["B1"].fill.fgColor.rgb.endswith("2F5D8A")
        for row in sheet.iter_rows(min_row=2, values_only=True):
            counts = [value for value in row[1:6] if value is not None]
            shown = " ".join(str(value) for value in counts)
            assert shown in text, (name, row)  # the same cells, in the same order, as in the PDF
            if name in SENSITIVE_SHEETS:
                assert not any(isinstance(v, int) and 1 <= v <= 4 for v in counts), (name, row)
            else:
                assert not any(isinstance(v, int) and 1 <= v <= 2 for v in counts), (name, row)
    status = workbook["Efter status"]
    shares = [row[6] for row in status.iter_rows(min_row=2) if isinstance(row[6].value, (int, float))]
    assert shares and all(cell.number_format == "0%" for cell in shares)
    assert shares[-1].value == 1.0
    assert any(cell.value in ("<3", "x") and cell.fill.fgColor.rgb.endswith("FDF1C7")
               for row in status.iter_rows(min_row=2) for cell in row)
    actions = workbook["Åbne punkter"]
    assert actions["C2"].value.date() == date(2026, 11, 20) and actions["C2"].number_format == "yyyy-mm-dd"
    targets = workbook["Mål"]
    assert [c.value for c in targets[2]][:5] == ["Deltagere indskrevet", "Unge indskrevet", 120, 36, 57]
    with zipfile.ZipFile(xlsx) as archive:  # the intake sheet's line chart (openpyxl does not read charts back)
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


def test_the_export_is_logged_without_naming_anyone(database: Database, tmp_path: Path) -> None:
    world, pdf, xlsx, _ = export(database, tmp_path)
    assert pdf.is_file() and xlsx.is_file()
    with database.transaction() as session:
        entry = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT)).one()
    assert (entry.login_name, entry.record_kind, entry.purpose) == ("sekretær", "meeting", "meeting pack")
    assert entry.participant_id is None and entry.project_id == world.project_id
    assert "suppressed below 3 (5 for sensitive breakdowns)" in entry.detail


def test_a_cancelled_build_writes_nothing_and_logs_nothing(sqlite_database: Database, tmp_path: Path) -> None:
    world, meeting_id = prepare(sqlite_database)
    service = MeetingPackService(sqlite_database, world.world.secretary, today=lambda: TODAY)
    calls = iter(range(100))
    with pytest.raises(MeetingPackCancelled):
        service.export(meeting_id, tmp_path / "p.pdf", tmp_path / "p.xlsx", cancelled=lambda: next(calls) >= 3)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*p*.xlsx")) == []
    with sqlite_database.transaction() as session:
        assert session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT)).all() == []


def test_the_pack_speaks_the_meetings_language(sqlite_database: Database, tmp_path: Path) -> None:
    world, meeting_id = prepare(sqlite_database)
    service = MeetingService(sqlite_database, world.world.secretary, today=lambda: TODAY)
    view = service.meeting(meeting_id)
    service.update_meeting(view, MeetingInput(view.title, view.starts_at, view.ends_at, language=Language.SV))
    MeetingPackService(sqlite_database, world.world.secretary, today=lambda: TODAY).export(
        meeting_id, tmp_path / "sv.pdf", tmp_path / "sv.xlsx")
    text = pdf_text(tmp_path / "sv.pdf")
    assert "Mötesunderlag" in text and "Dagordning" in text and "Öppna åtgärdspunkter" in text
    assert load_workbook(tmp_path / "sv.xlsx").sheetnames[1] == "Dagordning"


def test_only_roles_with_meetings_build_packs(sqlite_database: Database, tmp_path: Path) -> None:
    world = make_meeting_world(sqlite_database)
    auditor = SignedInUser(None, "auditor", "Auditor", None, "", frozenset({Role.AUDITOR}))
    with pytest.raises(PermissionDeniedError):
        MeetingPackService(sqlite_database, auditor).export(world.meeting_id, tmp_path / "a.pdf", tmp_path / "a.xlsx")
