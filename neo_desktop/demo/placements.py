"""Placements of participants with employers (with outcomes for ended ones) and matchmaking proposals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from neo_desktop.db.models import MatchProposal, Placement
from neo_desktop.domain.employer import OpeningStatus, PlacementOutcome, PlacementStatus, ProposalStatus
from neo_desktop.domain.participant import ExitOutcome, ParticipantStatus

from .context import EmployerRecord, OpeningRecord, ParticipantRecord, PlacementRecord, World, between, weighted
from .employers import INTERNSHIP_TYPES, placement_type
from .writer import BulkWriter, Row

S = ParticipantStatus
_CHANCE = {S.INTAKE: 0.05, S.ACTIVE: 0.45, S.PAUSED: 0.25, S.COMPLETED: 0.6, S.DROPPED_OUT: 0.25}
_OUTCOME_BY_EXIT = {
    ExitOutcome.EMPLOYMENT: PlacementOutcome.HIRED,
    ExitOutcome.EDUCATION: PlacementOutcome.EDUCATION,
    ExitOutcome.INTERNSHIP_OR_APPRENTICESHIP: PlacementOutcome.COMPLETED,
}
_OTHER_OUTCOMES = (PlacementOutcome.COMPLETED, PlacementOutcome.ENDED_EARLY, PlacementOutcome.HIRED,
                   PlacementOutcome.NO_SHOW)
_MENTOR = {"DK": "Mentor: {name}", "SE": "Handledare: {name}"}
_REASONS = {
    "DK": ("Interesse for branchen matcher", "Bor tæt på virksomheden", "Virksomheden tilbyder mentor",
           "Sprogkrav opfyldt", "Kørekort ikke nødvendigt", "Timetal passer til planen"),
    "SE": ("Intresse för branschen stämmer", "Bor nära arbetsplatsen", "Arbetsgivaren erbjuder handledare",
           "Språkkrav uppfyllt", "Körkort behövs inte", "Arbetstiden passar planen"),
}
_DECLINE = {"DK": "Den unge ønskede en anden branche.", "SE": "Ungdomen ville hellre pröva en annan bransch."}


def write_placements(world: World, writer: BulkWriter) -> None:
    """Write placements (kept on each participant record) and match proposals."""
    writer.insert(Placement.__table__, _placements(world))
    writer.insert(MatchProposal.__table__, _proposals(world))


def _placements(world: World) -> Iterator[Row]:
    rng = world.rng
    by_project: dict[int, list[EmployerRecord]] = {}
    for employer in world.employers:
        if employer.active:
            by_project.setdefault(employer.project.id, []).append(employer)
    placement_id = 0
    for person in world.participants:
        employers = by_project.get(person.project.id)
        if not employers or person.enrolled_on is None or rng.random() >= _CHANCE.get(person.status, 0):
            continue
        count = 2 if person.status in (S.ACTIVE, S.COMPLETED) and rng.random() < 0.15 else 1
        start = person.enrolled_on + timedelta(days=rng.randint(20, 90))
        for number in range(count):
            placement_id += 1
            row = _placement(world, person, placement_id, rng.choice(employers), start, last=number == count - 1)
            start = (row["ends_on"] or start) + timedelta(days=rng.randint(7, 30))
            yield row


def _placement(
    world: World, person: ParticipantRecord, placement_id: int, employer: EmployerRecord, start: date,
    *, last: bool,
) -> Row:
    rng, today = world.rng, world.today
    opening: OpeningRecord | None = rng.choice(employer.openings) if employer.openings and rng.random() < 0.7 else None
    kind = opening.placement_type if opening else placement_type(world, person.country)
    end_of_course = person.exited_on or today
    starts_on = start
    if person.status is S.INTAKE:
        starts_on = today + timedelta(days=rng.randint(7, 40))
    elif starts_on >= end_of_course:
        starts_on = between(rng, person.enrolled_on or person.referred_on, end_of_course - timedelta(days=7))
    length = rng.randint(28, 91) if kind in INTERNSHIP_TYPES else rng.randint(120, 365)
    ends_on = starts_on + timedelta(days=length)
    if person.exited_on is not None:
        ends_on = min(ends_on, person.exited_on) if last else min(ends_on, person.exited_on - timedelta(days=1))
        ends_on = max(ends_on, starts_on)
    outcome = None
    if starts_on > today:
        status = PlacementStatus.PLANNED
    elif rng.random() < 0.04:
        status = PlacementStatus.CANCELLED
    elif ends_on < today or person.exited_on is not None:
        status = PlacementStatus.ENDED
        if last and person.exit_outcome is not None:
            outcome = _OUTCOME_BY_EXIT.get(person.exit_outcome)
        outcome = outcome or weighted(rng, _OTHER_OUTCOMES, (50, 25, 15, 10))
    else:
        status = PlacementStatus.ACTIVE
    pools = world.pools[person.country]
    mentor = None
    if rng.random() < 0.6:
        mentor = f"{rng.choice(pools.female + pools.male)} {rng.choice(pools.last)}"
    person.placements.append(PlacementRecord(placement_id, employer, opening, kind, starts_on, ends_on, status))
    return {
        "id": placement_id, "organisation_id": person.organisation_id, "project_id": person.project.id,
        "participant_id": person.id, "employer_id": employer.id, "opening_id": opening.id if opening else None,
        "placement_type": kind.value, "starts_on": starts_on, "ends_on": ends_on,
        "hours_per_week": float(rng.choice((15, 20, 25, 30, 37))), "mentor_name": mentor,
        "status": status.value, "outcome": outcome.value if outcome else None,
        "note": _MENTOR[person.country.value].format(name=mentor) if mentor else None,
    }


def _proposals(world: World) -> Iterator[Row]:
    rng, today = world.rng, world.today
    open_by_project: dict[int, list[OpeningRecord]] = {}
    for employer in world.employers:
        for opening in employer.openings:
            if opening.status is OpeningStatus.OPEN:
                open_by_project.setdefault(employer.project.id, []).append(opening)
    proposal_id = 0
    for person in world.participants:
        country = person.country.value
        reasons = _REASONS[country]
        base: Row = {"organisation_id": person.organisation_id, "project_id": person.project.id,
                     "participant_id": person.id, "proposed_by_id": person.caseworker.id}
        # A placement that came from an opening often started as an accepted proposal.
        for placement in person.placements:
            if placement.opening is not None and rng.random() < 0.3:
                proposal_id += 1
                answered = datetime.combine(placement.starts_on - timedelta(days=rng.randint(5, 20)), time(10),
                                            tzinfo=UTC)
                yield {**base, "id": proposal_id, "opening_id": placement.opening.id,
                       "score": round(rng.uniform(0.6, 0.95), 2), "reasons": "\n".join(rng.sample(reasons, 3)),
                       "status": ProposalStatus.ACCEPTED.value, "answered_at": answered, "decline_reason": None,
                       "placement_id": placement.id}
        openings = open_by_project.get(person.project.id)
        if not openings or person.status not in (S.INTAKE, S.ACTIVE) or rng.random() >= 0.1:
            continue
        for opening in rng.sample(openings, min(len(openings), rng.randint(1, 2))):
            proposal_id += 1
            status = weighted(rng, (ProposalStatus.PROPOSED, ProposalStatus.DECLINED, ProposalStatus.WITHDRAWN),
                              (60, 30, 10))
            answered = None
            if status is not ProposalStatus.PROPOSED:
                answered = datetime.combine(today - timedelta(days=rng.randint(1, 30)), time(13), tzinfo=UTC)
            yield {**base, "id": proposal_id, "opening_id": opening.id, "score": round(rng.uniform(0.35, 0.9), 2),
                   "reasons": "\n".join(rng.sample(reasons, rng.randint(2, 4))), "status": status.value,
                   "answered_at": answered,
                   "decline_reason": _DECLINE[country] if status is ProposalStatus.DECLINED else None,
                   "placement_id": None}
