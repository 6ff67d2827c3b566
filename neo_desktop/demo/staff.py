"""Staff and their roles: the fixed demo accounts, caseworkers and coordinators enough for every caseload,
and a few representatives per partner organisation for the steering and working groups.
"""

from __future__ import annotations

from neo_desktop.db.models import Staff, StaffRole
from neo_desktop.domain.organisation import Country, OrganisationKind, Role

from .context import OrgRecord, ProjectRecord, StaffRecord, World
from .numbers import ascii_slug, phone_number
from .size import DEMO_LOGINS
from .writer import BulkWriter, Row

K = OrganisationKind
CASELOAD = 35  # the average caseload the generator aims at (caseworkers carry 20–60)
PER_COORDINATOR = 60

_DEMO_NAMES = {
    Role.CASEWORKER: "Camilla Holm",
    Role.COORDINATOR: "Jonas Lund",
    Role.SECRETARY: "Sofie Bach",
    Role.ADMINISTRATOR: "Anders Vinther",
    Role.AUDITOR: "Lene Kragh",
}


class _StaffWriter:
    """Collects staff and role rows with unique login names."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.staff: list[Row] = []
        self.roles: list[Row] = []
        self._logins: set[str] = set()

    def add(self, org: OrgRecord, role: Role, project: ProjectRecord | None, *, name: str | None = None,
            login: str | None = None, language: str | None = None, active: bool = True,
            may_view_team: bool = False) -> StaffRecord:
        """A staff member of ``org`` with one role; a name and a unique login are made up when not given."""
        rng, pools = self.world.rng, self.world.pools[org.country]
        if name is None:
            first = rng.choice(pools.female if rng.random() < 0.6 else pools.male)
            name = f"{first} {rng.choice(pools.last)}"
        if login is None:
            first_word, last_word = name.split(" ", 1)
            base = f"{ascii_slug(first_word)[:12]}.{ascii_slug(last_word)[:16]}"
            login, number = base, 1
            while login in self._logins:
                number += 1
                login = f"{base}{number}"
        self._logins.add(login)
        staff_id = len(self.staff) + 1
        self.staff.append({
            "id": staff_id, "organisation_id": org.id, "login_name": login, "full_name": name,
            "email": f"{login}@example.org", "phone": phone_number(rng, org.country),
            "language": language or ("da" if org.country is Country.DK else "sv"), "active": active,
            "password_hash": self.world.password_hash,
        })
        self.role(staff_id, role, project, may_view_team)
        record = StaffRecord(staff_id, org.id, name, org.country)
        org.staff.append(record)
        return record

    def role(self, staff_id: int, role: Role, project: ProjectRecord | None, may_view_team: bool = False) -> None:
        """Give a staff member a role in ``project`` (None: in every project of their organisation)."""
        self.roles.append({"id": len(self.roles) + 1, "staff_id": staff_id, "role": role.value,
                           "project_id": project.id if project else None, "may_view_team": may_view_team})


def write_staff(world: World, writer: BulkWriter) -> None:
    """Write staff and roles; fill each project's caseworkers, coordinators and secretary."""
    rng = world.rng
    out = _StaffWriter(world)
    main, swedish = world.projects
    lead = main.lead
    for role in Role:
        world.demo_staff[role.value] = out.add(
            lead, role, None, name=_DEMO_NAMES[role], login=DEMO_LOGINS[role.value], language="en",
            may_view_team=role is Role.CASEWORKER,
        )
    main.caseworkers.append(world.demo_staff[Role.CASEWORKER.value])
    main.caseworker_weights.append(1.0)
    main.coordinators.append(world.demo_staff[Role.COORDINATOR.value])
    main.secretary = world.demo_staff[Role.SECRETARY.value]
    # The Swedish project's own office staff sit at Region Blekinge.
    swedish.secretary = out.add(swedish.lead, Role.SECRETARY, None)
    out.add(swedish.lead, Role.ADMINISTRATOR, None)
    out.add(swedish.lead, Role.AUDITOR, None)

    for project in world.projects:
        casework_orgs = project.partners_of(K.JOBCENTRE) + [
            org for org in project.partners_of(K.NGO, K.PUBLIC_EMPLOYMENT_SERVICE) if org.country is project.country
        ]
        mentor_orgs = [org for org in project.partners_of(K.NGO) if org.country is project.country] or [project.lead]
        wanted = max(1, round(project.participants / CASELOAD))
        for index in range(len(project.caseworkers), wanted):
            org = casework_orgs[index % len(casework_orgs)]
            project.caseworkers.append(out.add(org, Role.CASEWORKER, project, may_view_team=rng.random() < 0.3))
            project.caseworker_weights.append(rng.uniform(0.7, 1.3))
        for index in range(len(project.coordinators), max(1, round(project.participants / PER_COORDINATOR))):
            org = mentor_orgs[index % len(mentor_orgs)]
            project.coordinators.append(out.add(org, Role.COORDINATOR, project))
        # Someone who left: an inactive account without a caseload, as every real database has.
        out.add(casework_orgs[0], Role.CASEWORKER, project, active=False)

    for org in world.organisations:
        # Representatives for steering and working groups: a leader and a contact person.
        org.representatives = [out.add(org, Role.COORDINATOR, None) for _ in range(2)]
    writer.insert(Staff.__table__, out.staff)
    writer.insert(StaffRole.__table__, out.roles)
