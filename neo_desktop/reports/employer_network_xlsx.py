"""The employer network as an Excel workbook for partners: companies, contacts, openings, placements.

A pure function from plain rows to a file. The words are English, Danish or Swedish (the partner's
language); the sheet of placements, the only one with young people in it, is written only when the caller
passes it (the service decides whether the user's role allows it). Text from the data is always written as
text, never as a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from neo_desktop.domain.employer import (
    CompanySize,
    EngagementKind,
    OpeningStatus,
    PlacementOutcome,
    PlacementStatus,
    PlacementType,
    RelationshipStatus,
)
from neo_desktop.domain.organisation import Country, Language

from .table_workbook import data_cell, style_header

P, R, OS, S, U = PlacementType, RelationshipStatus, OpeningStatus, PlacementStatus, PlacementOutcome
# Labels of the enum values, (en, da, sv), per enum (the same word, e.g. "active", means different things).
VALUE_LABELS: dict[type[StrEnum], dict[str, tuple[str, str, str]]] = {
    PlacementType: {
        P.VIRKSOMHEDSPRAKTIK: ("Company internship (virksomhedspraktik)", "Virksomhedspraktik",
                               "Praktik i företag (DK)"),
        P.LOENTILSKUD: ("Wage-subsidy job (løntilskud)", "Løntilskud", "Lönetillskott (DK)"),
        P.FLEKSJOB: ("Flex job", "Fleksjob", "Flexjobb"),
        P.LAERLINGEPLADS: ("Apprenticeship", "Lærlinge-/elevplads", "Lärlingsplats"),
        P.SMAAJOB: ("A few paid hours a week (småjob)", "Småjob", "Småjobb"),
        P.IGU: ("Integration basic education (IGU)", "Integrationsgrunduddannelse (IGU)", "IGU (DK)"),
        P.ARBETSPRAKTIK: ("Work experience (arbetspraktik)", "Arbejdspraktik (SE)", "Arbetspraktik"),
        P.LOENEBIDRAG: ("Wage subsidy (lönebidrag)", "Lønbidrag (SE)", "Lönebidrag"),
        P.NYSTARTSJOBB: ("New start job (nystartsjobb)", "Nystartsjob (SE)", "Nystartsjobb"),
        P.INTRODUKTIONSJOBB: ("Introduction job (introduktionsjobb)", "Introduktionsjob (SE)", "Introduktionsjobb"),
        P.YRKESINTRODUKTION: ("Vocational introduction", "Erhvervsintroduktion (SE)", "Yrkesintroduktion"),
        P.ORDINARY_JOB: ("Ordinary job", "Ordinært job", "Vanlig anställning"),
        P.MENTORSHIP: ("Mentorship", "Mentorordning", "Mentorskap"),
        P.JOB_SHADOWING: ("Job shadowing", "Jobskygning", "Jobbskuggning"),
        P.WORKPLACE_TRAINING: ("Workplace-based training", "Arbejdspladsbaseret træning",
                               "Arbetsplatsförlagt lärande"),
    },
    RelationshipStatus: {
        R.PROSPECT: ("Prospect", "Mulig partner", "Möjlig partner"),
        R.ACTIVE: ("Active partner", "Aktiv partner", "Aktiv partner"),
        R.PAUSED: ("Paused", "På pause", "Pausad"),
        R.ENDED: ("Ended", "Afsluttet", "Avslutad"),
    },
    OpeningStatus: {
        OS.OPEN: ("Open", "Åben", "Öppen"),
        OS.FILLED: ("Filled", "Besat", "Tillsatt"),
        OS.CLOSED: ("Closed", "Lukket", "Stängd"),
    },
    PlacementStatus: {
        S.PLANNED: ("Planned", "Planlagt", "Planerad"),
        S.ACTIVE: ("Running", "I gang", "Pågår"),
        S.ENDED: ("Ended", "Afsluttet", "Avslutad"),
        S.CANCELLED: ("Cancelled", "Aflyst", "Inställd"),
    },
    PlacementOutcome: {
        U.HIRED: ("Hired", "Ansat", "Anställd"),
        U.EDUCATION: ("Into education", "Startet uddannelse", "Började studera"),
        U.COMPLETED: ("Completed", "Gennemført", "Genomförd"),
        U.ENDED_EARLY: ("Ended early", "Stoppet før tid", "Avbruten i förtid"),
        U.NO_SHOW: ("Did not start", "Mødte ikke op", "Kom aldrig"),
    },
    CompanySize: {
        CompanySize.MICRO: ("Micro (under 10)", "Mikro (under 10)", "Mikro (under 10)"),
        CompanySize.SMALL: ("Small (10–49)", "Lille (10–49)", "Liten (10–49)"),
        CompanySize.MEDIUM: ("Medium (50–249)", "Mellemstor (50–249)", "Medelstor (50–249)"),
        CompanySize.LARGE: ("Large (250+)", "Stor (250+)", "Stor (250+)"),
    },
    EngagementKind: {
        EngagementKind.VISIT: ("Visit", "Besøg", "Besök"),
        EngagementKind.CALL: ("Call", "Opkald", "Samtal"),
        EngagementKind.AGREEMENT: ("Agreement", "Aftale", "Avtal"),
        EngagementKind.EVENT: ("Event", "Arrangement", "Evenemang"),
        EngagementKind.NETWORK_MEETING: ("Company-network meeting", "Virksomhedsnetværksmøde", "Nätverksmöte"),
    },
    Country: {
        Country.DK: ("Denmark", "Danmark", "Danmark"),
        Country.SE: ("Sweden", "Sverige", "Sverige"),
    },
}
_INDEX = {Language.EN: 0, Language.DA: 1, Language.SV: 2}

SHEETS: dict[str, tuple[str, str, str]] = {
    "companies": ("Companies", "Virksomheder", "Företag"),
    "contacts": ("Contacts", "Kontaktpersoner", "Kontaktpersoner"),
    "openings": ("Openings", "Jobåbninger", "Lediga platser"),
    "placements": ("Placements", "Forløb", "Placeringar"),
}
COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "companies": (("Company", "Virksomhed", "Företag"), ("CVR / org. no.", "CVR / org.nr.", "CVR / org.nr"),
                  ("Country", "Land", "Land"), ("Industry code", "Branchekode", "SNI-kod"),
                  ("Industry", "Branche", "Bransch"), ("Size", "Størrelse", "Storlek"),
                  ("Municipality", "Kommune", "Kommun"), ("Relationship", "Samarbejde", "Samarbete"),
                  ("Engaged since", "Engageret siden", "Engagerat sedan"),
                  ("Supplies housing association", "Leverandør til boligselskab", "Leverantör till bostadsbolag"),
                  ("Partnership contact", "Kontakt i partnerskabet", "Kontakt i partnerskapet"),
                  ("Company network", "Virksomhedsnetværk", "Företagsnätverk"), ("Contacts", "Kontakter", "Kontakter"),
                  ("Open openings", "Åbne jobåbninger", "Öppna platser"), ("Openings", "Jobåbninger", "Platser"),
                  ("Placements", "Forløb", "Placeringar"), ("Running", "I gang", "Pågår"),
                  ("Hired", "Ansat", "Anställd")),
    "contacts": (("Company", "Virksomhed", "Företag"), ("Name", "Navn", "Namn"), ("Role", "Rolle", "Roll"),
                 ("Phone", "Telefon", "Telefon"), ("E-mail", "E-mail", "E-post"), ("Primary", "Primær", "Primär")),
    "openings": (("Company", "Virksomhed", "Företag"), ("Title", "Titel", "Titel"), ("Type", "Type", "Typ"),
                 ("Occupation", "Stilling", "Yrke"), ("Places", "Pladser", "Platser"),
                 ("Hours a week", "Timer om ugen", "Timmar i veckan"), ("Starts", "Starter", "Börjar"),
                 ("Ends", "Slutter", "Slutar"), ("Status", "Status", "Status"),
                 ("Placements", "Forløb", "Placeringar")),
    "placements": (("Company", "Virksomhed", "Företag"), ("Participant", "Deltager", "Deltagare"),
                   ("Type", "Type", "Typ"), ("Starts", "Starter", "Börjar"), ("Ends", "Slutter", "Slutar"),
                   ("Status", "Status", "Status"), ("Outcome", "Resultat", "Resultat")),
}
WIDTHS = {"companies": (34, 14, 10, 10, 24, 16, 16, 16, 14, 22, 22, 12, 10, 12, 10, 11, 9, 9),
          "contacts": (34, 26, 20, 18, 34, 9), "openings": (34, 40, 30, 24, 8, 12, 12, 12, 10, 11),
          "placements": (34, 26, 30, 12, 12, 12, 18)}


def value_label(value: StrEnum | None, language: Language | str) -> str:
    """An enum value's label in ``language`` ("" for None; its own value when there is no label)."""
    if value is None:
        return ""
    labels = VALUE_LABELS.get(type(value), {}).get(value.value)
    return labels[_INDEX[Language(language)]] if labels else str(value)


@dataclass(frozen=True)
class NetworkWorkbook:
    """The rows of each sheet, as plain values (enum members are written as labels).

    ``placements`` is None when the reader may not see young people's personal data: the sheet is left out.
    """

    companies: Sequence[Sequence[Any]]
    contacts: Sequence[Sequence[Any]]
    openings: Sequence[Sequence[Any]]
    placements: Sequence[Sequence[Any]] | None = None
    made_on: date | None = None


def _plain(value: Any, language: Language) -> Any:
    if isinstance(value, bool):
        return ("Yes", "Ja", "Ja")[_INDEX[language]] if value else ""
    if isinstance(value, StrEnum):
        return value_label(value, language)
    return value


def write_employer_network(path: str | Path, workbook_data: NetworkWorkbook,
                           language: Language | str) -> dict[str, int]:
    """Write the workbook; returns the number of rows written to each sheet."""
    language = Language(language)
    index = _INDEX[language]
    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    sheets = {"companies": workbook_data.companies, "contacts": workbook_data.contacts,
              "openings": workbook_data.openings}
    if workbook_data.placements is not None:
        sheets["placements"] = workbook_data.placements
    for key, rows in sheets.items():
        sheet = workbook.create_sheet(title=SHEETS[key][index][:31])
        sheet.freeze_panes = "A2"
        titles = [names[index] for names in COLUMNS[key]]
        for column, width in enumerate(WIDTHS[key], start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        header = []
        for title in titles:
            cell = WriteOnlyCell(sheet, value=title)
            style_header(cell)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            header.append(cell)
        sheet.append(header)
        for row in rows:
            sheet.append([data_cell(sheet, _plain(value, language)) for value in row])
        counts[key] = len(rows)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{len(rows) + 1}"
    workbook.save(str(path))
    return counts
