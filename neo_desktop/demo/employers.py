"""Employers with valid CVR numbers or organisationsnummer, their contacts, openings and engagement log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from neo_desktop.db.models import Employer, EmployerContact, EmployerEngagement, Opening
from neo_desktop.domain.employer import (
    CompanySize,
    EngagementKind,
    LanguageLevel,
    OpeningStatus,
    PlacementType,
    RelationshipStatus,
)
from neo_desktop.domain.organisation import Country, OrganisationKind

from .catalogue import (
    COMPANY_SUFFIX,
    DANISH_TYPES,
    INDUSTRIES,
    JOB_TITLES,
    PLACEMENT_LABELS,
    SHARED_TYPES,
    SWEDISH_TYPES,
)
from .context import EmployerRecord, OpeningRecord, ProjectRecord, World, between, weighted
from .numbers import ascii_slug, phone_number
from .writer import BulkWriter, Row

P = PlacementType
_TYPE_WEIGHTS = {
    Country.DK: dict(zip(DANISH_TYPES + SHARED_TYPES, (30, 12, 8, 10, 10, 4, 18, 3, 3, 2), strict=True)),
    Country.SE: dict(zip(SWEDISH_TYPES + SHARED_TYPES, (30, 10, 12, 10, 10, 20, 3, 3, 2), strict=True)),
}
INTERNSHIP_TYPES = frozenset({P.VIRKSOMHEDSPRAKTIK, P.ARBETSPRAKTIK, P.JOB_SHADOWING, P.WORKPLACE_TRAINING})
_STATUS_WEIGHTS = {RelationshipStatus.ACTIVE: 55, RelationshipStatus.PROSPECT: 20,
                   RelationshipStatus.PAUSED: 15, RelationshipStatus.ENDED: 10}
_SIZE_WEIGHTS = {CompanySize.MICRO: 40, CompanySize.SMALL: 35, CompanySize.MEDIUM: 18, CompanySize.LARGE: 7}
_ENGAGEMENT_TEXT = {
    Country.DK: {
        EngagementKind.VISIT: "Besøg hos virksomheden; rundvisning og snak om praktikpladser.",
        EngagementKind.CALL: "Telefonsamtale med kontaktperson om mulige jobåbninger.",
        EngagementKind.AGREEMENT: "Samarbejdsaftale underskrevet: praktik og mentor til unge fra projektet.",
        EngagementKind.EVENT: "Deltog i jobmesse i boligområdet.",
        EngagementKind.NETWORK_MEETING: "Deltog i virksomhedsnetværkets møde.",
    },
    Country.SE: {
        EngagementKind.VISIT: "Besök på arbetsplatsen; visning och samtal om praktikplatser.",
        EngagementKind.CALL: "Telefonsamtal med kontaktpersonen om lediga platser.",
        EngagementKind.AGREEMENT: "Samverkansavtal undertecknat: praktik och handledare för deltagare.",
        EngagementKind.EVENT: "Deltog i rekryteringsmässa på Navigatorcentrum.",
        EngagementKind.NETWORK_MEETING: "Deltog i arbetsgivarnätverkets möte.",
    },
}


def placement_type(world: World, country: Country) -> PlacementType:
    """A placement type of ``country`` (or a shared one), weighted by how common it is."""
    weights = _TYPE_WEIGHTS[country]
    return weighted(world.rng, tuple(weights), tuple(weights.values()))


def split(total: int) -> tuple[int, int]:
    """(main project, Swedish project) shares of ``total``: the Swedish project gets about a sixth."""
    swedish = round(total / 6)
    return total - swedish, swedish


def write_employers(world: World, writer: BulkWriter) -> None:
    """Write employers, their contacts and openings; keep them in ``world.employers``."""
    writer.insert(Employer.__table__, _employers(world))
    writer.insert(EmployerContact.__table__, _contacts(world))
    writer.insert(Opening.__table__, _openings(world))


def _employer_name(world: World, project: ProjectRecord, industry_word: str, town: str) -> str:
    rng, pools = world.rng, world.pools[project.country]
    suffix = rng.choice(COMPANY_SUFFIX[project.country])
    pattern = rng.random()
    if pattern < 0.45:
        return f"{rng.choice(pools.last)} {industry_word} {suffix}"
    if pattern < 0.75:
        return f"{town} {industry_word} {suffix}"
    return f"{rng.choice(pools.last)} & {rng.choice(pools.last)} {suffix}"


def _employers(world: World) -> Iterator[Row]:
    rng, today = world.rng, world.today
    industry_weights = [industry.weight for industry in INDUSTRIES]
    employer_id = 0
    for project, count in zip(world.projects, split(world.size.employers), strict=True):
        housing = project.partners_of(OrganisationKind.HOUSING_ASSOCIATION)
        staff = project.coordinators + project.caseworkers[:10]
        places = project.municipalities
        for _ in range(count):
            employer_id += 1
            industry = weighted(rng, INDUSTRIES, industry_weights)
            place = weighted(rng, places, [4 if i < 2 else 1 for i in range(len(places))])
            country = project.country
            word = industry.word_da if country is Country.DK else industry.word_sv
            name = _employer_name(world, project, word, place.name)
            status = weighted(rng, tuple(_STATUS_WEIGHTS), tuple(_STATUS_WEIGHTS.values()))
            engaged_on = None
            if status is not RelationshipStatus.PROSPECT:
                engaged_on = between(rng, project.starts_on, today - timedelta(days=14))
            supplies = None
            if industry.serves_housing and housing and rng.random() < 0.6:
                local = [org for org in housing if org.municipality is place]
                supplies = rng.choice(local or housing).id
            pools = world.pools[country]
            contact_name = f"{rng.choice(pools.female + pools.male)} {rng.choice(pools.last)}"
            world.employers.append(EmployerRecord(employer_id, project, country, name, place, industry,
                                                  status is RelationshipStatus.ACTIVE, contact_name))
            yield {
                "id": employer_id, "name": name, "country": country.value,
                "registration_number": world.registration_numbers.new(country, rng.choice(("556", "559"))),
                "industry_code": industry.code(country), "industry": industry.name(country),
                "size": weighted(rng, tuple(_SIZE_WEIGHTS), tuple(_SIZE_WEIGHTS.values())).value,
                "address": f"{rng.choice(pools.streets)} {rng.randint(1, 200)}",
                "postcode": place.postcode, "city": place.name, "municipality": place.name,
                "latitude": round(place.latitude + rng.uniform(-0.06, 0.06), 5),
                "longitude": round(place.longitude + rng.uniform(-0.1, 0.1), 5),
                "website": f"https://www.{ascii_slug(name)[:40]}.example.com",
                "supplies_housing_association_id": supplies, "relationship_status": status.value,
                "contact_staff_id": rng.choice(staff).id, "project_id": project.id, "engaged_on": engaged_on,
                "notes": None,
            }


def _contacts(world: World) -> Iterator[Row]:
    rng = world.rng
    contact_id = 0
    for employer in world.employers:
        pools = world.pools[employer.country]
        for position in range(weighted(rng, (1, 2, 3), (50, 35, 15))):
            contact_id += 1
            name = employer.contact_name if position == 0 else (
                f"{rng.choice(pools.female + pools.male)} {rng.choice(pools.last)}")
            yield {
                "id": contact_id, "employer_id": employer.id, "name": name,
                "job_title": rng.choice(JOB_TITLES[employer.country]), "phone": phone_number(rng, employer.country),
                "email": f"{ascii_slug(name.split(' ')[0])}@{ascii_slug(employer.name)[:40]}.example.com",
                "is_primary": position == 0,
            }


def _openings(world: World) -> Iterator[Row]:
    rng, today = world.rng, world.today
    opening_id = 0
    for employer in world.employers:
        country = employer.country
        count = weighted(rng, (1, 2, 3), (50, 35, 15)) if employer.active else int(rng.random() < 0.3)
        for _ in range(count):
            opening_id += 1
            kind = placement_type(world, country)
            status = weighted(rng, tuple(OpeningStatus), (45, 35, 20)) if employer.active else OpeningStatus.CLOSED
            job = rng.choice(employer.industry.jobs(country))
            label = PLACEMENT_LABELS[kind][1 if country is Country.DK else 2]
            if status is OpeningStatus.OPEN:
                starts_on = today + timedelta(days=rng.randint(-10, 60))
            else:
                starts_on = between(rng, employer.project.starts_on, today - timedelta(days=20))
            weeks = rng.randint(4, 13) if kind in INTERNSHIP_TYPES else rng.choice((26, 52))
            hours = {P.SMAAJOB: rng.randint(4, 12), P.FLEKSJOB: rng.randint(10, 25)}.get(kind, 37.0)
            transport = employer.industry.nace.startswith(("49", "52"))
            certificate = None
            if transport and rng.random() < 0.5:
                certificate = "Truckcertifikat" if country is Country.DK else "Truckkort"
            elif employer.industry.nace.startswith(("56", "10")):
                certificate = "Hygiejnebevis" if country is Country.DK else "Hygienutbildning"
            employer.openings.append(OpeningRecord(opening_id, employer, kind, status, job))
            yield {
                "id": opening_id, "employer_id": employer.id, "project_id": employer.project.id,
                "placement_type": kind.value, "title": f"{job} ({label.lower()})", "occupation": job,
                "description": None, "places": weighted(rng, (1, 2, 3), (70, 20, 10)),
                "hours_per_week": float(hours), "starts_on": starts_on,
                "ends_on": starts_on + timedelta(weeks=weeks),
                "language": "da" if country is Country.DK else "sv",
                "language_level": weighted(rng, tuple(LanguageLevel), (20, 35, 35, 10)).value,
                "requires_driving_licence": rng.random() < (0.6 if transport else 0.1),
                "required_certificates": certificate, "physical_demand": employer.industry.demand.value,
                "minimum_age": 18 if transport or rng.random() < 0.2 else None,
                "offers_mentor": rng.random() < 0.6, "accessible": rng.random() < 0.3,
                "adapted_hours": kind is P.FLEKSJOB or rng.random() < 0.3,
                "address": None, "municipality": None, "latitude": None, "longitude": None,
                "status": status.value,
            }


def write_engagements(world: World, writer: BulkWriter) -> None:
    """Write the engagement log; network-meeting entries point at held company-network meetings."""
    writer.insert(EmployerEngagement.__table__, _engagements(world))


def _engagements(world: World) -> Iterator[Row]:
    rng, today = world.rng, world.today
    engagement_id = 0
    kinds = tuple(EngagementKind)
    for employer in world.employers:
        project = employer.project
        meetings = world.network_meetings.get(project.id, [])
        staff = project.coordinators + project.caseworkers[:10]
        count = weighted(rng, (2, 3, 4, 5, 6), (20, 25, 25, 15, 15)) if employer.active else rng.randint(1, 2)
        for _ in range(count):
            engagement_id += 1
            kind = weighted(rng, kinds, (25, 35, 10, 10, 20) if employer.active else (40, 60, 0, 0, 0))
            meeting_id = None
            occurred_on = between(rng, project.starts_on, today)
            if kind is EngagementKind.NETWORK_MEETING and meetings:
                meeting_id, occurred_on = rng.choice(meetings)
            elif kind is EngagementKind.NETWORK_MEETING:
                kind = EngagementKind.CALL
            yield {
                "id": engagement_id, "employer_id": employer.id, "kind": kind.value, "occurred_on": occurred_on,
                "staff_id": rng.choice(staff).id, "meeting_id": meeting_id,
                "summary": _ENGAGEMENT_TEXT[employer.country][kind],
            }
