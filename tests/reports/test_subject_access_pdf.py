"""The subject access PDF, read back: every section in the person's language, dates in its form, user text
printed as typed, the lookups with dates and purposes and no staff, and every language complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from neo_desktop.reports.subject_access_pdf import CODES, FIELDS, T, printable, write_subject_access_pdf

CONTENT: dict[str, Any] = {
    "exported_at": "2026-11-23T10:15:00+01:00",
    "participant": {
        "id": 17, "first_name": "Åsa", "last_name": "Öberg", "identity_number": "200502039280",
        "birth_date": "2005-02-03", "gender": "woman", "status": "active", "phone": "070-174 06 12",
        "has_disability": False, "caseworker_id": 3, "organisation_id": 1, "housing_area": "Väggaparken",
        "labour_market_status": "long_term_unemployed", "anonymised_at": None,
    },
    "consents": [{"id": 1, "scope": "Dela planen med Föreningen Unga Vägar", "given_on": "2026-09-01",
                  "expires_on": "2027-09-01", "withdrawn_on": None, "recipient_organisation_id": 4}],
    "journal": [{"id": 9, "occurred_at": "2026-10-02T13:05:00", "subject": "Samtal <om> praktik & CV",
                 "body": "Åsa vill prova lager.\nNästa möte: tisdag.", "author_id": 3}],
    "plans": [{"id": 2, "starts_on": "2026-09-15", "status": "agreed", "revisions": [{
        "id": 5, "number": 1, "agreed_on": "2026-09-20",
        "goals": [{"kind": "job", "field": "Lagerarbetare", "target_date": "2027-03-01"}],
        "resources": [{"kind": "language", "description": "svenska"}],
        "barriers": [{"kind": "transport", "description": "Inget körkort"}],
        "steps": [{"description": "Skriva CV", "due_on": "2026-10-01", "status": "done"},
                  {"description": "Praktik på lager", "due_on": None, "status": "planned"}]}]}],
    "placements": [{"placement_type": "se_arbetspraktik", "starts_on": "2026-11-01", "ends_on": "2026-12-15",
                    "status": "active", "mentor_name": "Kalle"}],
    "match_proposals": [],
    "group_memberships": [{"id": 1}],
    "meeting_attendance": [{"id": 1}, {"id": 2}],
    "lookups": [{"occurred_at": "2026-10-02T12:05:00+00:00", "action": "read", "purpose": "uppföljning"},
                {"occurred_at": "2026-11-23T09:15:00+00:00", "action": "export", "purpose": "registerutdrag"}],
}


def read(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_the_swedish_export_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "registerutdrag.pdf"
    write_subject_access_pdf(CONTENT, path, "sv")
    pages = read(path)
    whole = "\n".join(pages)
    for heading in ("Dina uppgifter i NEO Desktop", "Om dig", "Vad du har gett oss lov att dela", "Din journal",
                    "Dina planer", "Placeringar på företag", "Grupper och möten",
                    "När dina uppgifter söktes fram, och varför"):
        assert heading in whole, heading
    assert "Förnamn Åsa" in whole and "Personnummer 200502039280" in whole
    assert "Födelsedatum 2005-02-03" in whole  # Swedish dates
    assert "Situation vid start långtidsarbetslös" in whole and "Funktionsnedsättning Nej" in whole
    assert "Samtal <om> praktik & CV" in whole  # typed text prints as typed
    assert "Åsa vill prova lager." in whole and "Nästa möte: tisdag." in whole
    assert "Skriva CV" in whole and "klart" in whole and "Mål: arbete – Lagerarbetare – 2027-03-01" in whole
    assert "Medlem i 1 grupp(er); registrerad vid 2 möte(n)." in whole
    lookups = whole.split("När dina uppgifter söktes fram, och varför")[1]
    assert "läsning" in lookups and "uppföljning" in lookups and "utdrag" in lookups
    # Internal numbers stay in the JSON file; the mentor's name is not about the person.
    assert "caseworker" not in whole.lower() and "Kalle" not in whole
    assert pages[0].rstrip().endswith(f"Sida 1 av {len(pages)}")
    assert "Åsa Öberg · registerutdrag · 2026-11-23" in pages[0]


def test_the_danish_and_english_exports_use_their_words_and_dates(tmp_path: Path) -> None:
    write_subject_access_pdf(CONTENT, tmp_path / "da.pdf", "da")
    write_subject_access_pdf(CONTENT, tmp_path / "en.pdf", "en")
    danish, english = "\n".join(read(tmp_path / "da.pdf")), "\n".join(read(tmp_path / "en.pdf"))
    assert "Dine oplysninger i NEO Desktop" in danish and "Fødselsdato 03.02.2005" in danish
    assert "Your data in NEO Desktop" in english and "Date of birth 3 February 2005" in english
    assert "Nothing is stored." in english  # no suggested placements


def test_an_empty_export_still_prints(tmp_path: Path) -> None:
    path = tmp_path / "tom.pdf"
    write_subject_access_pdf({"participant": {"first_name": "Anonymised", "last_name": "#4"}}, path, "da")
    assert "Der er intet registreret." in "\n".join(read(path))


def test_every_text_has_all_three_languages() -> None:
    assert all(set(entry) == {"en", "da", "sv"} and all(entry.values()) for entry in T.values())
    assert all(len(words) == 3 and all(words) for words in (*FIELDS.values(), *CODES.values()))


@pytest.mark.parametrize(("value", "expected"), [
    (True, "Ja"), (None, ""), (3.0, "3"), ("2026-02-03", "03.02.2026"), ("2026-02-03T08:30:00", "03.02.2026 08:30"),
    ("dropped_out", "faldet fra"), ("dk_smaajob", "dk smaajob"), ("Søhøjparken", "Søhøjparken"),
])
def test_values_print_as_a_person_reads_them(value: object, expected: str) -> None:
    assert printable(value, "da") == expected  # type: ignore[arg-type]
