"""A small world for plan tests, made directly with the ORM: organisations, a project, staff, participants.

Kept independent of the demo generator on purpose: these tests should only break when plans break.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Organisation,
    Participant,
    PlanTemplate,
    PlanTemplateStep,
    Project,
    Staff,
    StaffRole,
)
from neo_desktop.domain.organisation import Country, Language, OrganisationKind, Role
from neo_desktop.domain.plan import ActivityKind, StepOwner
from neo_desktop.services.user import SignedInUser

PLAN_START = date(2026, 9, 1)
TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class PlanWorld:
    """Ids and signed-in users of the test world."""

    organisation_id: int
    project_id: int
    participant_id: int  # Søren Ågård, Danish, caseworker Mette, coordinator Ali
    swedish_participant_id: int  # Åsa Öberg, Swedish
    caseworker: SignedInUser  # Mette Sørensen: caseworker of both participants
    coordinator: SignedInUser  # Ali Hassan (NGO coordinator): coordinator of Søren
    colleague: SignedInUser  # another caseworker in Mette's jobcentre, not assigned
    outsider: SignedInUser  # a caseworker in another organisation
    secretary: SignedInUser
    administrator: SignedInUser


def _user(staff: Staff, organisation: Organisation, roles: tuple[Role, ...]) -> SignedInUser:
    return SignedInUser(staff_id=staff.id, login_name=staff.login_name, full_name=staff.full_name,
                        organisation_id=organisation.id, organisation_name=organisation.name, roles=frozenset(roles))


def make_world(database: Database) -> PlanWorld:
    """Create the world's rows in ``database`` and return their ids and users."""
    with database.transaction() as session:
        jobcentre = Organisation(name="Jobcenter Viborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        ngo = Organisation(name="Foreningen Ungekraft", kind=OrganisationKind.NGO, country=Country.DK)
        other = Organisation(name="Arbetsförmedlingen Karlskrona", kind=OrganisationKind.PUBLIC_EMPLOYMENT_SERVICE,
                             country=Country.SE)
        session.add_all([jobcentre, ngo, other])
        session.flush()
        project = Project(code="NEO-1", name="NEO Viborg–Blekinge", country=Country.DK, starts_on=date(2026, 1, 1),
                          ends_on=date(2028, 12, 31), lead_organisation_id=jobcentre.id)
        session.add(project)
        people: dict[str, tuple[Staff, Organisation, tuple[Role, ...]]] = {}
        for login, name, organisation, roles in (
            ("mette", "Mette Sørensen", jobcentre, (Role.CASEWORKER,)),
            ("ali", "Ali Hassan", ngo, (Role.COORDINATOR,)),
            ("jonas", "Jonas Krogh", jobcentre, (Role.CASEWORKER,)),
            ("sara", "Sara Lindqvist", other, (Role.CASEWORKER,)),
            ("sekretær", "Birthe Holm", jobcentre, (Role.SECRETARY,)),
            ("admin", "Anders Admin", jobcentre, (Role.ADMINISTRATOR,)),
        ):
            staff = Staff(organisation=organisation, login_name=login, full_name=name,
                          roles=[StaffRole(role=role) for role in roles])
            session.add(staff)
            people[login] = (staff, organisation, roles)
        session.flush()
        mette, ali = people["mette"][0], people["ali"][0]
        soren = Participant(first_name="Søren", last_name="Ågård", birth_date=date(2004, 5, 17),
                            identity_number="1705044921", organisation_id=jobcentre.id, project_id=project.id,
                            preferred_language=Language.DA, caseworker_id=mette.id, coordinator_id=ali.id)
        asa = Participant(first_name="Åsa", last_name="Öberg", birth_date=date(2005, 2, 3),
                          organisation_id=jobcentre.id, project_id=project.id, preferred_language=Language.SV,
                          caseworker_id=mette.id)
        session.add_all([soren, asa])
        session.flush()
        users = {login: _user(*person) for login, person in people.items()}
        return PlanWorld(jobcentre.id, project.id, soren.id, asa.id, users["mette"], users["ali"], users["jonas"],
                         users["sara"], users["sekretær"], users["admin"])


def add_template(database: Database, *, active: bool = True) -> int:
    """An "early school leaver" template with three steps; returns its id."""
    with database.transaction() as session:
        template = PlanTemplate(name="Tilbage til uddannelse", target_group="early_school_leaver", active=active)
        template.steps = [
            PlanTemplateStep(position=0, activity_kind=ActivityKind.CV_AND_APPLICATION, description="Skriv et CV",
                             owner=StepOwner.PARTICIPANT, due_after_days=14),
            PlanTemplateStep(position=1, activity_kind=ActivityKind.NETWORK_GROUP,
                             description="Mød op i netværksgruppen hver tirsdag", owner=StepOwner.PARTICIPANT,
                             due_after_days=None),
            PlanTemplateStep(position=2, activity_kind=ActivityKind.INTERNSHIP, description="Find en praktikplads",
                             owner=StepOwner.CASEWORKER, due_after_days=60),
        ]
        session.add(template)
        session.flush()
        return template.id
