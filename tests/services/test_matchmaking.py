"""Matchmaking both ways through the service: ranked with reasons, logged, proposed, answered, placed."""

from __future__ import annotations

from datetime import date

import pytest
from employer_fixtures import TODAY, EmployerWorld, make_employer_world
from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, JournalEntry
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import PlacementStatus, ProposalStatus
from neo_desktop.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from neo_desktop.services.matchmaking import MatchmakingService
from neo_desktop.services.user import SignedInUser


@pytest.fixture
def world(database: Database) -> EmployerWorld:
    return make_employer_world(database)


def service(database: Database, user: SignedInUser) -> MatchmakingService:
    return MatchmakingService(database, user, today=lambda: TODAY)


def reads(database: Database, participant_id: int) -> list[str | None]:
    with database.transaction() as session:
        return list(session.scalars(select(AccessLogEntry.purpose).where(
            AccessLogEntry.participant_id == participant_id, AccessLogEntry.action == AccessAction.READ)))


def test_openings_for_a_young_person_are_ranked_with_reasons_and_the_read_is_logged(
        database: Database, world: EmployerWorld) -> None:
    ranked = service(database, world.people.caseworker).openings_for(world.people.participant_id)
    assert [(s.opening.title, s.match.score) for s in ranked.suggestions] == [
        ("Lagermedarbejder i praktik", 92), ("Køkkenmedhjælper", 27)]
    best, kitchen = ranked.suggestions
    assert [r.text for r in best.match.reasons] == [
        "goal: Lagermedarbejder ✓", "interest: logistik ✓", "Danish: fluent ✓", "0 km away", "offers a mentor ✓"]
    assert [r.text for r in kitchen.match.reasons] == [
        "no goal or interest in this field ✗", "Danish: fluent ✓", "33 km away"]
    assert {s.opening.title: [r.text for r in s.match.exclusions] for s in ranked.excluded} == {
        "Chaufførmedhjælper": ["needs driving licence ✗"],
        "Snickarlärling": ["383 km away: too far to travel daily ✗"]}
    assert ranked.considered == 4
    assert reads(database, world.people.participant_id) == ["matchmaking"]


def test_candidates_for_an_opening_and_each_one_shown_is_logged(database: Database, world: EmployerWorld) -> None:
    ranked = service(database, world.people.caseworker).candidates_for(world.builder_opening_id)
    assert [s.participant.name for s in ranked.suggestions] == ["Åsa Öberg"]
    assert "goal: Snickare ✓" in [r.text for r in ranked.suggestions[0].match.reasons]
    assert [s.participant.name for s in ranked.excluded] == []  # Søren lives too far away: not even looked at
    assert reads(database, world.people.swedish_participant_id) == ["matchmaking: candidate for opening "
                                                                    f"{world.builder_opening_id}"]
    assert reads(database, world.people.participant_id) == []
    driver = service(database, world.people.caseworker).candidates_for(world.driver_opening_id)
    assert driver.suggestions == () and driver.considered == 0  # nobody nearby has a driving licence


def test_proposal_accepted_becomes_a_placement(database: Database, world: EmployerWorld) -> None:
    matchmaking = service(database, world.people.caseworker)
    soren = world.people.participant_id
    proposal = matchmaking.propose(soren, world.warehouse_opening_id)
    assert proposal.status is ProposalStatus.PROPOSED and proposal.reasons[0] == "goal: Lagermedarbejder ✓"
    with pytest.raises(ValidationError, match="already been proposed"):
        matchmaking.propose(soren, world.warehouse_opening_id)
    with pytest.raises(ValidationError, match="Only an accepted proposal"):
        matchmaking.to_placement(proposal.id, proposal.version, starts_on=date(2026, 12, 1))
    accepted = matchmaking.answer(proposal.id, proposal.version, ProposalStatus.ACCEPTED)
    assert accepted.answered_at is not None
    with pytest.raises(ConflictError):
        matchmaking.answer(proposal.id, proposal.version, ProposalStatus.DECLINED, "for sent")
    placement = matchmaking.to_placement(accepted.id, accepted.version, starts_on=date(2026, 12, 1),
                                         mentor_name="Hanne Lund")
    assert (placement.status, placement.hours_per_week, placement.opening_id) == (
        PlacementStatus.PLANNED, 30, world.warehouse_opening_id)
    assert matchmaking.proposals(participant_id=soren)[0].placement_id == placement.id
    with database.transaction() as session:
        assert session.scalar(select(JournalEntry.placement_id).where(JournalEntry.participant_id == soren)) == (
            placement.id)
    again = matchmaking.openings_for(soren)
    assert [s.opening.title for s in again.suggestions] == ["Køkkenmedhjælper"]  # the only place is taken now
    assert again.considered == 3  # the opening is filled: no longer among the open ones


def test_declined_needs_a_reason_and_ruled_out_matches_cannot_be_proposed(database: Database,
                                                                        world: EmployerWorld) -> None:
    matchmaking = service(database, world.people.caseworker)
    soren = world.people.participant_id
    with pytest.raises(ValidationError, match="ruled out: needs driving licence ✗"):
        matchmaking.propose(soren, world.driver_opening_id)
    proposal = matchmaking.propose(soren, world.warehouse_opening_id)
    with pytest.raises(ValidationError, match="Say why"):
        matchmaking.answer(proposal.id, proposal.version, ProposalStatus.DECLINED, "  ")
    declined = matchmaking.answer(proposal.id, proposal.version, ProposalStatus.DECLINED, "Vil hellere være kok")
    assert (declined.status, declined.decline_reason) == (ProposalStatus.DECLINED, "Vil hellere være kok")
    ranked = matchmaking.openings_for(soren)
    assert ranked.suggestions[0].proposal_status is ProposalStatus.DECLINED


def test_matchmaking_is_for_the_people_who_work_with_the_young_person(sqlite_database: Database) -> None:
    world = make_employer_world(sqlite_database)
    with pytest.raises(NotFoundError):
        service(sqlite_database, world.people.outsider).openings_for(world.people.participant_id)
    with pytest.raises(PermissionDeniedError):
        service(sqlite_database, world.people.secretary).candidates_for(world.warehouse_opening_id)
    outsider = service(sqlite_database, world.people.outsider).candidates_for(world.warehouse_opening_id)
    assert outsider.suggestions == ()  # another organisation's young people are not candidates
    with pytest.raises(NotFoundError):
        service(sqlite_database, world.people.colleague).propose(world.people.participant_id,
                                                                world.warehouse_opening_id)


def test_an_open_opening_whose_places_are_taken_is_ruled_out(sqlite_database: Database) -> None:
    from neo_desktop.db.models import Placement
    from neo_desktop.domain.employer import PlacementType

    world = make_employer_world(sqlite_database)
    with sqlite_database.transaction() as session:  # placed before the opening's status was kept up to date
        session.add(Placement(participant_id=world.people.swedish_participant_id, employer_id=world.kitchen_id,
                              opening_id=world.kitchen_opening_id, placement_type=PlacementType.SMAAJOB,
                              starts_on=date(2026, 11, 1), status=PlacementStatus.ACTIVE,
                              organisation_id=world.people.organisation_id, project_id=world.people.project_id))
    ranked = service(sqlite_database, world.people.caseworker).openings_for(world.people.participant_id)
    assert [s.opening.title for s in ranked.suggestions] == ["Lagermedarbejder i praktik"]
    kitchen = [s for s in ranked.excluded if s.opening.title == "Køkkenmedhjælper"]
    assert [r.text for r in kitchen[0].match.exclusions] == ["no free place ✗"]
