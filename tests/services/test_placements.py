"""Placements: from planned to ended with an outcome, in the young person's journal and access log."""

from __future__ import annotations

from datetime import date

import pytest
from employer_fixtures import TODAY, EmployerWorld, make_employer_world
from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, JournalEntry, Opening
from neo_desktop.domain.employer import OpeningStatus, PlacementOutcome, PlacementStatus, PlacementType
from neo_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.participant import JournalKind
from neo_desktop.domain.plan import StepOwner
from neo_desktop.domain.plan_rules import StepInput
from neo_desktop.services.placements import PlacementInput, PlacementService
from neo_desktop.services.plans import PlanService
from neo_desktop.services.user import SignedInUser


@pytest.fixture
def world(database: Database) -> EmployerWorld:
    return make_employer_world(database)


def service(database: Database, user: SignedInUser) -> PlacementService:
    return PlacementService(database, user, today=lambda: TODAY)


def journal(database: Database, participant_id: int) -> list[tuple[JournalKind, str]]:
    with database.transaction() as session:
        return [(e.kind, e.subject) for e in session.scalars(select(JournalEntry).where(
            JournalEntry.participant_id == participant_id).order_by(JournalEntry.id))]


def test_a_placement_from_start_to_outcome_shows_in_the_journal(database: Database, world: EmployerWorld) -> None:
    clock = [TODAY]
    placements = PlacementService(database, world.people.caseworker, today=lambda: clock[0])
    soren = world.people.participant_id
    placed = placements.create(PlacementInput(soren, world.warehouse_id, PlacementType.VIRKSOMHEDSPRAKTIK,
                                              date(2026, 12, 1), date(2027, 2, 26), 30, "Hanne Lund",
                                              opening_id=world.warehouse_opening_id))
    assert placed.status is PlacementStatus.PLANNED and placed.opening_title == "Lagermedarbejder i praktik"
    with database.transaction() as session:  # its only place is taken now
        assert session.get(Opening, world.warehouse_opening_id).status is OpeningStatus.FILLED
    clock[0] = date(2026, 12, 1)
    started = placements.start(placed.id, placed.version)
    clock[0] = date(2027, 3, 1)
    with pytest.raises(ValidationError, match="Say how the placement ended"):
        placements.end(started.id, started.version, outcome=None, ended_on=date(2027, 2, 26))
    with pytest.raises(ValidationError, match="cannot end"):
        placements.end(started.id, started.version, outcome=PlacementOutcome.HIRED, ended_on=date(2026, 11, 1))
    with pytest.raises(ValidationError, match="has not come yet"):
        placements.end(started.id, started.version, outcome=PlacementOutcome.HIRED, ended_on=date(2027, 3, 2))
    ended = placements.end(started.id, started.version, outcome=PlacementOutcome.HIRED, ended_on=date(2027, 2, 26))
    assert (ended.status, ended.outcome, ended.ends_on) == (PlacementStatus.ENDED, PlacementOutcome.HIRED,
                                                            date(2027, 2, 26))
    assert journal(database, soren) == [
        (JournalKind.PLACEMENT, "Placement planned: Company internship (virksomhedspraktik) at Viborg Lager & "
                                "Logistik ApS"),
        (JournalKind.PLACEMENT, "Placement started: Company internship (virksomhedspraktik) at Viborg Lager & "
                                "Logistik ApS"),
        (JournalKind.PLACEMENT, "Placement ended (Hired): Company internship (virksomhedspraktik) at Viborg Lager & "
                                "Logistik ApS")]
    with database.transaction() as session:
        logged = session.scalars(select(AccessLogEntry.action).where(AccessLogEntry.participant_id == soren,
                                                                     AccessLogEntry.record_kind == "placement")).all()
    assert [action.value for action in logged] == ["create", "update", "update"]


def test_the_journal_speaks_the_users_language(sqlite_database: Database) -> None:
    world = make_employer_world(sqlite_database)
    danish = service(sqlite_database, world.people.caseworker.__class__(
        **{**world.people.caseworker.__dict__, "language": Language.DA}))
    danish.create(PlacementInput(world.people.participant_id, world.kitchen_id, PlacementType.SMAAJOB, TODAY))
    assert journal(sqlite_database, world.people.participant_id) == [
        (JournalKind.PLACEMENT, "Forløb startet: Småjob hos Silkeborg Storkøkken A/S")]


def test_only_people_who_work_with_the_young_person_place_them(sqlite_database: Database) -> None:
    world = make_employer_world(sqlite_database)
    request = PlacementInput(world.people.participant_id, world.kitchen_id, PlacementType.SMAAJOB, TODAY)
    with pytest.raises(NotFoundError):
        service(sqlite_database, world.people.outsider).create(request)
    with pytest.raises(NotFoundError):
        service(sqlite_database, world.people.colleague).create(request)
    full = service(sqlite_database, world.people.caseworker)
    full.create(PlacementInput(world.people.participant_id, world.warehouse_id, PlacementType.VIRKSOMHEDSPRAKTIK,
                               TODAY, opening_id=world.warehouse_opening_id))
    with pytest.raises(ValidationError, match="is filled"):
        full.create(PlacementInput(world.people.swedish_participant_id, world.warehouse_id,
                                   PlacementType.VIRKSOMHEDSPRAKTIK, TODAY, opening_id=world.warehouse_opening_id))
    with pytest.raises(ValidationError, match="another company"):
        full.create(PlacementInput(world.people.participant_id, world.kitchen_id, PlacementType.SMAAJOB, TODAY,
                                   opening_id=world.driver_opening_id))


def test_a_planned_placement_is_cancelled_and_stale_changes_are_refused(sqlite_database: Database) -> None:
    world = make_employer_world(sqlite_database)
    placements = service(sqlite_database, world.people.caseworker)
    planned = placements.create(PlacementInput(world.people.participant_id, world.kitchen_id, PlacementType.SMAAJOB,
                                               date(2027, 1, 10)))
    cancelled = placements.cancel(planned.id, planned.version, "Virksomheden aflyste")
    assert cancelled.status is PlacementStatus.CANCELLED and cancelled.note == "Virksomheden aflyste"
    with pytest.raises(ConflictError):
        placements.start(planned.id, planned.version)
    with pytest.raises(ValidationError, match="cancelled cannot be started"):
        placements.start(cancelled.id, cancelled.version)


def test_a_placement_is_linked_to_a_step_of_the_plan(sqlite_database: Database) -> None:
    world = make_employer_world(sqlite_database)
    soren = world.people.participant_id
    plans = PlanService(sqlite_database, world.people.caseworker, today=lambda: TODAY)
    plan = plans.plan_for_participant(soren)
    assert plan is not None
    plan = plans.save_step(plan.id, StepInput("Praktik på et lager", StepOwner.EMPLOYER, date(2026, 12, 1)))
    placements = service(sqlite_database, world.people.caseworker)
    placed = placements.create(PlacementInput(soren, world.warehouse_id, PlacementType.VIRKSOMHEDSPRAKTIK,
                                              date(2026, 12, 1), opening_id=world.warehouse_opening_id))
    linked = placements.link_step(placed.id, plan.id, plan.steps[0])
    assert linked.step == "Praktik på et lager"
    assert plans.plan_for_participant(soren).steps[0].placement_id == placed.id  # type: ignore[union-attr]
    assert [p.id for p in placements.for_participant(soren)] == [placed.id]
