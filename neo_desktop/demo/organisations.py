"""Partner organisations of every kind in both countries, and the two demo projects' people on paper.

The main project is Danish and shaped like NEO and the Viborg/Silkeborg housing-area partnership: an NGO is
the lead ("tovholder"), with the jobcentres, housing associations and a Swedish NGO as cross-border partner.
The second is Swedish, shaped like Blekinges Unga Lyfter: Region Blekinge leads, Navigator centres in each
municipality do the casework.
"""

from __future__ import annotations

from collections.abc import Iterator
from math import ceil

from neo_desktop.db.models import Organisation
from neo_desktop.domain.organisation import Country, OrganisationKind

from .context import OrgRecord, World
from .numbers import ascii_slug, phone_number
from .places import Municipality, municipalities
from .writer import BulkWriter, Row

K = OrganisationKind
PARTICIPANTS_PER_MUNICIPALITY = 3_500  # larger sets spread over more municipalities (and jobcentres)

# Swedish organisationsnummer start by legal form: 212 municipality, 232 region, 202 state agency,
# 802 non-profit association, 556 limited company.
_SE_PREFIX = {
    K.JOBCENTRE: "212", K.REGION: "232", K.HEALTH: "232", K.PUBLIC_EMPLOYMENT_SERVICE: "202",
    K.NGO: "802", K.EDUCATION_PROVIDER: "212", K.HOUSING_ASSOCIATION: "556", K.EMPLOYER: "556",
}


def project_municipalities(country: Country, participants: int) -> tuple[Municipality, ...]:
    """The municipalities a project works in: the seed towns, more for larger sets."""
    count = ceil(participants / PARTICIPANTS_PER_MUNICIPALITY)
    return municipalities(country, count, minimum=2 if country is Country.DK else 5)


def _danish(places: tuple[Municipality, ...]) -> Iterator[tuple[str, K, Municipality | None]]:
    viborg, silkeborg = places[0], places[1]
    yield "Foreningen Ungebroen", K.NGO, viborg  # the main project's lead
    for place in places:
        yield f"Jobcenter {place.name}", K.JOBCENTRE, place
    for index, place in enumerate(p for p in places if p.housing_areas):
        kind_word = "Boligselskabet" if index % 2 == 0 else "Boligforeningen"
        yield f"{kind_word} {place.housing_areas[0]}", K.HOUSING_ASSOCIATION, place
    yield "Arbejdsmarkedskontor Midtjylland", K.PUBLIC_EMPLOYMENT_SERVICE, silkeborg
    yield "Ungdomsskolen Søhøjlandet", K.EDUCATION_PROVIDER, silkeborg
    yield "Ungepsykiatrien Midt", K.HEALTH, viborg
    yield "Region Midtjylland", K.REGION, viborg
    yield "Midtjysk Facility Service A/S", K.EMPLOYER, viborg


def _swedish(places: tuple[Municipality, ...]) -> Iterator[tuple[str, K, Municipality | None]]:
    karlskrona = places[0]
    yield "Region Blekinge", K.REGION, karlskrona  # the Swedish project's lead
    for place in places:
        yield f"Navigatorcentrum {place.name}", K.JOBCENTRE, place
    yield "Arbetsförmedlingen Blekinge", K.PUBLIC_EMPLOYMENT_SERVICE, karlskrona
    yield "Föreningen Unga Vägar", K.NGO, karlskrona
    for place in (p for p in places if p.housing_areas):
        yield f"Bostadsbolaget {place.housing_areas[0]}", K.HOUSING_ASSOCIATION, place
    yield "Vuxenutbildning Blekinge", K.EDUCATION_PROVIDER, places[1]
    yield "Ungdomsmottagningen Blekinge", K.HEALTH, karlskrona
    yield "Blekinge Hamnlogistik AB", K.EMPLOYER, places[2]


def write_organisations(
    world: World, writer: BulkWriter, danish: tuple[Municipality, ...], swedish: tuple[Municipality, ...]
) -> None:
    """Write every partner organisation and keep them in ``world.organisations`` (ids from 1)."""
    rng = world.rng
    rows: list[Row] = []
    specs = [(Country.DK, spec) for spec in _danish(danish)] + [(Country.SE, spec) for spec in _swedish(swedish)]
    for org_id, (country, (name, kind, place)) in enumerate(specs, start=1):
        street = rng.choice(world.pools[country].streets)
        address = f"{street} {rng.randint(1, 120)}, {place.postcode} {place.name}" if place else None
        rows.append(
            {
                "id": org_id,
                "name": name,
                "kind": kind.value,
                "country": country.value,
                "registration_number": world.registration_numbers.new(country, _SE_PREFIX[kind]),
                "municipality": place.name if place else None,
                "address": address,
                "email": f"kontakt@{ascii_slug(name)[:40]}.example.org",
                "phone": phone_number(rng, country),
                "active": True,
                "merged_into_id": None,
            }
        )
        world.organisations.append(OrgRecord(org_id, name, kind, country, place))
    writer.insert(Organisation.__table__, rows)
