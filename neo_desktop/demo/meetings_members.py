"""Who sits in which group: partner representatives, the project secretary, companies and young people.

A member row names exactly one of staff, organisation (a representative who is not a staff member), employer
or participant.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from neo_desktop.domain.meeting import GroupKind, MemberRole
from neo_desktop.domain.organisation import OrganisationKind as K
from neo_desktop.domain.participant import ParticipantStatus

from .context import EmployerRecord, OrgRecord, ParticipantRecord, ProjectRecord, StaffRecord, World
from .writer import Row

G, S = GroupKind, ParticipantStatus
_YOUTH_MEMBERS = 12
_FORMER_YOUTH_MEMBERS = 3
_NETWORK_COMPANIES = 40


@dataclass
class Member:
    """A member being made; ``row`` holds the member columns, the rest serves attendance and actions."""

    row: Row
    name: str | None
    staff_id: int | None = None
    employer_id: int | None = None
    organisation_id: int | None = None  # the organisation the person belongs to (for action owners)
    joined_on: date | None = None
    left_on: date | None = None
    id: int = field(default=0)


@dataclass
class Directory:
    """Participants and employers by project and town, so groups need not scan everyone."""

    people: dict[tuple[int, str], list[ParticipantRecord]]
    employers: dict[int, list[EmployerRecord]]

    @classmethod
    def of(cls, world: World) -> Directory:
        """Index ``world``'s participants and employers."""
        people: dict[tuple[int, str], list[ParticipantRecord]] = defaultdict(list)
        for person in world.participants:
            people[(person.project.id, person.municipality.name)].append(person)
        employers: dict[int, list[EmployerRecord]] = defaultdict(list)
        for employer in world.employers:
            employers[employer.project.id].append(employer)
        return cls(people, employers)


def _row(role: MemberRole, *, staff_id: int | None = None, organisation_id: int | None = None,
         employer_id: int | None = None, participant_id: int | None = None, name: str | None = None,
         joined_on: date | None = None, left_on: date | None = None) -> Row:
    return {"role": role.value, "staff_id": staff_id, "organisation_id": organisation_id,
            "employer_id": employer_id, "participant_id": participant_id, "name": name, "email": None,
            "joined_on": joined_on, "left_on": left_on}


def _staff(person: StaffRecord, role: MemberRole, joined_on: date) -> Member:
    return Member(_row(role, staff_id=person.id, joined_on=joined_on), person.full_name, staff_id=person.id,
                  organisation_id=person.organisation_id, joined_on=joined_on)


def _rep(org: OrgRecord | None, index: int) -> StaffRecord | None:
    if org is None or not org.representatives:
        return None
    return org.representatives[index % len(org.representatives)]


def members_for(
    world: World, directory: Directory, kind: GroupKind, project: ProjectRecord, town: str | None
) -> list[Member]:
    """The members of a group of ``kind`` in ``project`` (and ``town`` for local groups)."""
    rng = world.rng
    joined = project.starts_on
    local = [org for org in project.partners if org.country is project.country]

    def first(*kinds: K, where: str | None = None) -> OrgRecord | None:
        """The project's first partner of ``kinds`` in its own country (in town ``where``, if given)."""
        return next((org for org in local if org.kind in kinds and (where is None or (
            org.municipality is not None and org.municipality.name == where))), None)

    members: list[Member] = []
    seen: set[int] = set()

    def add_staff(person: StaffRecord | None, role: MemberRole = MemberRole.MEMBER) -> None:
        """Add a staff member once (someone may represent two partners)."""
        if person is not None and person.id not in seen:
            seen.add(person.id)
            members.append(_staff(person, role, joined))

    def add_employer(employer: EmployerRecord) -> None:
        """Add a company, represented by its contact person."""
        members.append(Member(_row(MemberRole.MEMBER, employer_id=employer.id, name=employer.contact_name,
                                   joined_on=joined), employer.contact_name, employer_id=employer.id,
                              joined_on=joined))

    employers = directory.employers.get(project.id, [])
    active = [employer for employer in employers if employer.active]
    if kind is G.STEERING_REGIONAL:
        add_staff(_rep(first(K.REGION) or project.lead, 0), MemberRole.CHAIR)
        add_staff(project.secretary, MemberRole.SECRETARY)
        for org in local:
            if org.kind in (K.NGO, K.PUBLIC_EMPLOYMENT_SERVICE, K.JOBCENTRE, K.HOUSING_ASSOCIATION) and len(seen) < 10:
                add_staff(_rep(org, 0))
        for org in project.partners:
            if org.country is not project.country:  # the cross-border partner follows as an observer
                members.append(Member(_row(MemberRole.OBSERVER, organisation_id=org.id, name="Kontaktperson",
                                           joined_on=joined), org.name, organisation_id=org.id, joined_on=joined))
        for employer in rng.sample(active, min(2, len(active))):  # employers sit in the steering groups
            add_employer(employer)
    elif kind is G.STEERING_LOCAL:
        add_staff(_rep(first(K.JOBCENTRE, where=town), 0), MemberRole.CHAIR)
        add_staff(project.secretary, MemberRole.SECRETARY)
        add_staff(_rep(first(K.HOUSING_ASSOCIATION, where=town) or first(K.HOUSING_ASSOCIATION), 0))
        add_staff(_rep(project.lead, 1))
        add_staff(_rep(first(K.EDUCATION_PROVIDER), 0))
        add_staff(_rep(first(K.HEALTH), 0))
        in_town = [employer for employer in active if employer.municipality.name == town]
        if in_town:
            add_employer(rng.choice(in_town))
    elif kind is G.WORKING:
        jobcentre = first(K.JOBCENTRE, where=town)
        add_staff(_rep(jobcentre, 1), MemberRole.CHAIR)
        add_staff(_rep(first(K.HOUSING_ASSOCIATION, where=town) or first(K.HOUSING_ASSOCIATION), 1))
        add_staff(_rep(first(K.NGO) or project.lead, 1))
        for caseworker in [c for c in project.caseworkers if jobcentre and c.organisation_id == jobcentre.id][:2]:
            add_staff(caseworker)
    elif kind is G.COMPANY_NETWORK:
        add_staff(project.coordinators[0], MemberRole.CHAIR)
        for employer in (active + [e for e in employers if not e.active])[:_NETWORK_COMPANIES]:
            add_employer(employer)
    else:  # youth network: young people in the town, with a coordinator chairing
        add_staff(rng.choice(project.coordinators), MemberRole.CHAIR)
        people = directory.people.get((project.id, town or ""), [])
        current = [p for p in people if p.status in (S.ACTIVE, S.INTAKE, S.PAUSED)][:_YOUTH_MEMBERS]
        former = [p for p in people if p.status is S.COMPLETED][:_FORMER_YOUTH_MEMBERS]
        for person in current + former:
            members.append(Member(
                _row(MemberRole.MEMBER, participant_id=person.id, joined_on=person.enrolled_on,
                     left_on=person.exited_on),
                person.first_name, joined_on=person.enrolled_on, left_on=person.exited_on,
            ))
    return members
