"""Openings: what a company asks and offers, checked; the board by status; edits that meet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from employer_fixtures import TODAY, EmployerWorld, make_employer_world

from neo_desktop.db.engine import Database
from neo_desktop.domain.employer import LanguageLevel, OpeningStatus, PlacementType
from neo_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from neo_desktop.domain.organisation import Language
from neo_desktop.services.openings import OpeningFilter, OpeningInput, OpeningService
from neo_desktop.services.user import SignedInUser


@pytest.fixture
def world(sqlite_database: Database) -> EmployerWorld:
    return make_employer_world(sqlite_database)


def service(database: Database, user: SignedInUser) -> OpeningService:
    return OpeningService(database, user, today=lambda: TODAY)


IGU = OpeningInput(PlacementType.IGU, "Servicemedarbejder (IGU)", occupation="Servicemedarbejder", places=2,
                   hours_per_week=37, starts_on=date(2027, 1, 4), ends_on=date(2028, 1, 4), language=Language.DA,
                   language_level=LanguageLevel.BASIC, required_certificates="Hygiejnebevis, Førstehjælp",
                   minimum_age=18, offers_mentor=True, municipality="Skive")


def test_an_opening_is_added_with_its_requirements_and_supports(sqlite_database: Database,
                                                                world: EmployerWorld) -> None:
    openings = service(sqlite_database, world.people.caseworker)
    view = openings.create(world.kitchen_id, IGU)
    assert view.status is OpeningStatus.OPEN and view.places_taken == 0
    assert view.employer_name == "Silkeborg Storkøkken A/S"
    assert view.data == replace(IGU, project_id=world.people.project_id)
    assert openings.opening(view.id).data.required_certificates == "Hygiejnebevis, Førstehjælp"


@pytest.mark.parametrize(("change", "message"), [
    ({"title": "  "}, "needs a title"),
    ({"places": 0}, "between 1 and 99 places"),
    ({"hours_per_week": 80.0}, "at most 60"),
    ({"ends_on": date(2026, 12, 1)}, "ends (2026-12-01) before it starts (2027-01-04)"),
    ({"minimum_age": 9}, "between 13 and 67"),
    ({"language": None}, "which language"),
])
def test_bad_input_is_refused_with_a_sentence(sqlite_database: Database, world: EmployerWorld,
                                              change: dict[str, object], message: str) -> None:
    openings = service(sqlite_database, world.people.caseworker)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        openings.create(world.kitchen_id, replace(IGU, **change))
    assert openings.board(OpeningFilter(employer_id=world.kitchen_id)).counts[OpeningStatus.OPEN] == 1


def test_the_board_shows_openings_by_status(sqlite_database: Database, world: EmployerWorld) -> None:
    openings = service(sqlite_database, world.people.caseworker)
    kitchen = openings.opening(world.kitchen_opening_id)
    openings.set_status(kitchen.id, kitchen.version, OpeningStatus.CLOSED)
    board = openings.board()
    assert board.counts == {OpeningStatus.OPEN: 3, OpeningStatus.FILLED: 0, OpeningStatus.CLOSED: 1}
    assert [row.title for row in board.columns[OpeningStatus.CLOSED]] == ["Køkkenmedhjælper"]
    assert {row.title for row in board.columns[OpeningStatus.OPEN]} == {
        "Lagermedarbejder i praktik", "Chaufførmedhjælper", "Snickarlärling"}
    found = openings.board(OpeningFilter(text="karlskrona"))  # the company's name
    assert [row.title for row in found.columns[OpeningStatus.OPEN]] == ["Snickarlärling"]
    typed = openings.board(OpeningFilter(placement_type=PlacementType.LOENTILSKUD))
    assert [row.title for row in typed.columns[OpeningStatus.OPEN]] == ["Chaufførmedhjælper"]


def test_a_stale_edit_is_refused_and_a_secretary_only_looks(sqlite_database: Database, world: EmployerWorld) -> None:
    mette, ali = service(sqlite_database, world.people.caseworker), service(sqlite_database, world.people.coordinator)
    seen = mette.opening(world.warehouse_opening_id)
    ali.update(seen.id, seen.version, replace(seen.data, places=3))
    with pytest.raises(ConflictError) as caught:
        mette.update(seen.id, seen.version, replace(seen.data, hours_per_week=20.0))
    assert caught.value.changes["places"] == (3, 1)
    secretary = service(sqlite_database, world.people.secretary)
    assert secretary.opening(seen.id).data.places == 3
    with pytest.raises(PermissionDeniedError):
        secretary.create(world.kitchen_id, IGU)
