"""A small employer network on top of the plan world: companies, openings, and plans to match against.

Søren (Viborg, 22, goal warehouse worker, interest logistics, fluent Danish, no driving licence) and Åsa
(Karlskrona, 21, interest construction, fluent Swedish, a driving licence) are active in Mette's caseload.
Made directly with the ORM, like plan_fixtures, so these tests break only when the employer side breaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from plan_fixtures import TODAY, PlanWorld, make_world

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Employer,
    Group,
    Opening,
    Organisation,
    Participant,
    Plan,
    PlanBarrier,
    PlanGoal,
    PlanResource,
    PlanRevision,
)
from neo_desktop.domain.employer import (
    LanguageLevel,
    OpeningStatus,
    PhysicalDemand,
    PlacementType,
    RelationshipStatus,
)
from neo_desktop.domain.meeting import GroupKind
from neo_desktop.domain.organisation import Country, OrganisationKind
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.plan import BarrierKind, GoalKind, PlanStatus, ResourceKind

__all__ = ["TODAY", "EmployerWorld", "make_employer_world"]

VALID_CVR, INVALID_CVR = "13585628", "13585627"
VALID_ORGNR = "556036-0793"


@dataclass(frozen=True)
class EmployerWorld:
    """The plan world plus the employer network's ids."""

    people: PlanWorld
    housing_id: int
    network_id: int
    warehouse_id: int  # Viborg Lager & Logistik ApS (active, CVR 13585628)
    kitchen_id: int  # Silkeborg Storkøkken A/S (prospect)
    builder_id: int  # Karlskrona Bygg AB (SE, active)
    warehouse_opening_id: int  # warehouse worker, Viborg, 1 place, basic Danish, mentor
    driver_opening_id: int  # driver's mate, Viborg, needs a driving licence, 18+
    kitchen_opening_id: int  # kitchen help, Silkeborg, 37 h, good Danish (hard)
    builder_opening_id: int  # carpenter's apprentice, Karlskrona, heavy work


def _plan(participant: Participant, goals: list[str], resources: list[tuple[ResourceKind, str, str | None]],
          barriers: list[BarrierKind]) -> Plan:
    scope = {"organisation_id": participant.organisation_id, "project_id": participant.project_id}
    plan = Plan(participant_id=participant.id, status=PlanStatus.AGREED, starts_on=date(2026, 9, 1), **scope)
    revision = PlanRevision(number=1, locked=True, **scope)
    revision.goals = [PlanGoal(position=i, kind=GoalKind.JOB, field=field, **scope) for i, field in enumerate(goals)]
    revision.resources = [PlanResource(position=i, kind=kind, description=text, level=level, **scope)
                          for i, (kind, text, level) in enumerate(resources)]
    revision.barriers = [PlanBarrier(position=i, kind=kind, **scope) for i, kind in enumerate(barriers)]
    plan.revisions.append(revision)
    return plan


def make_employer_world(database: Database) -> EmployerWorld:
    """The plan world, its two young people active with plans, three companies and four openings."""
    people = make_world(database)
    with database.transaction() as session:
        housing = Organisation(name="Boligselskabet Viborg", kind=OrganisationKind.HOUSING_ASSOCIATION,
                               country=Country.DK)
        session.add(housing)
        session.flush()
        soren = session.get(Participant, people.participant_id)
        asa = session.get(Participant, people.swedish_participant_id)
        soren.municipality, soren.status = "Viborg", ParticipantStatus.ACTIVE
        asa.municipality, asa.status = "Karlskrona", ParticipantStatus.ACTIVE
        session.add(_plan(soren, ["Lagermedarbejder"],
                          [(ResourceKind.INTEREST, "logistik", None), (ResourceKind.LANGUAGE, "dansk", "flydende")],
                          [BarrierKind.SOCIAL]))
        session.add(_plan(asa, ["Snickare"],
                          [(ResourceKind.INTEREST, "bygg", None), (ResourceKind.LANGUAGE, "svenska", "fluent"),
                           (ResourceKind.DRIVING_LICENCE, "Körkort", "B")], []))
        warehouse = Employer(name="Viborg Lager & Logistik ApS", country=Country.DK, registration_number=VALID_CVR,
                             industry_code="52.10", industry="Lager og logistik", municipality="Viborg",
                             city="Viborg", latitude=56.45, longitude=9.40, project_id=people.project_id,
                             relationship_status=RelationshipStatus.ACTIVE, engaged_on=date(2026, 3, 1),
                             supplies_housing_association_id=housing.id)
        kitchen = Employer(name="Silkeborg Storkøkken A/S", country=Country.DK, industry_code="56.29",
                           municipality="Silkeborg", city="Silkeborg", latitude=56.17, longitude=9.55,
                           project_id=people.project_id, relationship_status=RelationshipStatus.PROSPECT)
        builder = Employer(name="Karlskrona Bygg AB", country=Country.SE, registration_number="5560360793",
                           industry_code="41.200", municipality="Karlskrona", city="Karlskrona", latitude=56.16,
                           longitude=15.59, project_id=people.project_id,
                           relationship_status=RelationshipStatus.ACTIVE, engaged_on=date(2026, 4, 1))
        session.add_all([warehouse, kitchen, builder])
        session.flush()
        common = {"project_id": people.project_id, "status": OpeningStatus.OPEN, "starts_on": date(2026, 12, 1)}
        openings = [
            Opening(employer_id=warehouse.id, placement_type=PlacementType.VIRKSOMHEDSPRAKTIK,
                    title="Lagermedarbejder i praktik", occupation="Lagermedarbejder", places=1, hours_per_week=30,
                    language="da", language_level=LanguageLevel.BASIC, offers_mentor=True, **common),
            Opening(employer_id=warehouse.id, placement_type=PlacementType.LOENTILSKUD, title="Chaufførmedhjælper",
                    occupation="Chaufførmedhjælper", places=2, hours_per_week=37, requires_driving_licence=True,
                    minimum_age=18, **common),
            Opening(employer_id=kitchen.id, placement_type=PlacementType.SMAAJOB, title="Køkkenmedhjælper",
                    occupation="Køkkenmedhjælper", places=1, hours_per_week=12, language="da",
                    language_level=LanguageLevel.GOOD, **common),
            Opening(employer_id=builder.id, placement_type=PlacementType.YRKESINTRODUKTION, title="Snickarlärling",
                    occupation="Snickarlärling", places=1, hours_per_week=40, language="sv",
                    language_level=LanguageLevel.BASIC, physical_demand=PhysicalDemand.HIGH, **common),
        ]
        session.add_all(openings)
        network = Group(name="Virksomhedsnetværket Viborg", kind=GroupKind.COMPANY_NETWORK,
                        project_id=people.project_id, organisation_id=people.organisation_id)
        session.add(network)
        session.flush()
        return EmployerWorld(people, housing.id, network.id, warehouse.id, kitchen.id, builder.id,
                             *(opening.id for opening in openings))
