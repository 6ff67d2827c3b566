"""The employer network workbook for partners, read back: companies, contacts, openings, counts, and young
people's names only for roles that may see them."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))  # the employer world lives there

from employer_fixtures import TODAY, EmployerWorld, make_employer_world

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import PlacementType
from neo_desktop.domain.organisation import Language
from neo_desktop.services.employer_export import EmployerExportService
from neo_desktop.services.employers import ContactInput, EmployerService
from neo_desktop.services.placements import PlacementInput, PlacementService


@pytest.fixture
def world(sqlite_database: Database) -> EmployerWorld:
    """The employer world with a contact and Søren placed in the warehouse internship."""
    world = make_employer_world(sqlite_database)
    EmployerService(sqlite_database, world.people.caseworker).add_contact(
        world.warehouse_id,
        ContactInput("Hanne Lund", "=HYPERLINK(\"x\")", "+45 86 12 34 56", "hanne@lager.example.com", True))
    PlacementService(sqlite_database, world.people.caseworker, today=lambda: TODAY).create(PlacementInput(
        world.people.participant_id, world.warehouse_id, PlacementType.VIRKSOMHEDSPRAKTIK, date(2026, 11, 2),
        opening_id=world.warehouse_opening_id))
    return world


def rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    return list(load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))


def test_a_caseworker_exports_companies_contacts_openings_and_placements(sqlite_database: Database,
                                                                        world: EmployerWorld, tmp_path: Path) -> None:
    path = tmp_path / "netværk.xlsx"
    export = EmployerExportService(sqlite_database, world.people.caseworker, today=lambda: TODAY)
    result = export.export_network(path, language=Language.DA)
    assert result.with_personal_data and result.rows == {"companies": 3, "contacts": 1, "openings": 4,
                                                         "placements": 1}
    assert load_workbook(path, read_only=True).sheetnames == ["Virksomheder", "Kontaktpersoner", "Jobåbninger",
                                                              "Forløb"]
    companies = rows(path, "Virksomheder")
    assert companies[0][:3] == ("Virksomhed", "CVR / org.nr.", "Land")
    warehouse = next(row for row in companies if row[0] == "Viborg Lager & Logistik ApS")
    assert warehouse[1:3] == ("13585628", "Danmark") and warehouse[7] == "Aktiv partner"
    assert warehouse[9] == "Boligselskabet Viborg"
    assert warehouse[12:] == (1, 1, 2, 1, 1, 0)  # contacts, open openings, openings, placements, running, hired
    contact = rows(path, "Kontaktpersoner")[1]
    assert contact[:3] == ("Viborg Lager & Logistik ApS", "Hanne Lund", "=HYPERLINK(\"x\")")  # text, not a formula
    openings = {row[1]: row for row in rows(path, "Jobåbninger")[1:]}
    assert openings["Lagermedarbejder i praktik"][2] == "Virksomhedspraktik"
    assert openings["Lagermedarbejder i praktik"][8:] == ("Besat", 1)
    assert rows(path, "Forløb")[1][:3] == ("Viborg Lager & Logistik ApS", "Søren Ågård", "Virksomhedspraktik")
    with sqlite_database.transaction() as session:
        exported = session.scalars(select(AccessLogEntry.participant_id).where(
            AccessLogEntry.action == AccessAction.EXPORT)).all()
    assert exported == [world.people.participant_id]


def test_a_secretary_exports_counts_without_personal_data(sqlite_database: Database, world: EmployerWorld,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "network.xlsx"
    result = EmployerExportService(sqlite_database, world.people.secretary).export_network(path)
    assert not result.with_personal_data
    assert load_workbook(path, read_only=True).sheetnames == ["Companies", "Contacts", "Openings"]
    text = " ".join(str(value) for sheet in ("Companies", "Contacts", "Openings") for row in rows(path, sheet)
                    for value in row)
    assert "Søren" not in text and "Ågård" not in text
    warehouse = next(row for row in rows(path, "Companies") if row[0] == "Viborg Lager & Logistik ApS")
    assert warehouse[15] == 1  # the placement is counted
