"""Municipality centres and distances for matchmaking."""

from __future__ import annotations

import pytest

from neo_desktop.domain.organisation import Country
from neo_desktop.domain.places import (
    MUNICIPALITIES,
    haversine_km,
    known_municipalities,
    municipalities_within,
    municipality_centre,
)


def test_haversine_gives_known_distances() -> None:
    assert haversine_km(55.676, 12.568, 55.605, 13.004) == pytest.approx(28.5, abs=1)  # København–Malmö
    assert haversine_km(56.451, 9.402, 56.170, 9.545) == pytest.approx(32.6, abs=1)  # Viborg–Silkeborg
    assert haversine_km(56.451, 9.402, 56.451, 9.402) == 0
    assert haversine_km(0, 0, 0, 180) == pytest.approx(20015, abs=5)  # half the equator


def test_municipalities_are_found_however_they_are_written() -> None:
    viborg = municipality_centre("Viborg")
    assert viborg is not None and viborg.country is Country.DK
    assert municipality_centre("  viborg kommune ") is viborg
    assert municipality_centre("Övertorneå kommun").country is Country.SE  # type: ignore[union-attr]
    assert municipality_centre("Karlskrona").name == "Karlskrona"  # type: ignore[union-attr]
    assert municipality_centre("Atlantis") is None and municipality_centre(None) is None


def test_every_municipality_the_demo_data_uses_is_known() -> None:
    from neo_desktop.demo.places import DANISH_MUNICIPALITIES, SWEDISH_MUNICIPALITIES

    for place in DANISH_MUNICIPALITIES + SWEDISH_MUNICIPALITIES:
        centre = municipality_centre(place.name)
        assert centre is not None, place.name
        assert haversine_km(centre.latitude, centre.longitude, place.latitude, place.longitude) < 5


def test_municipalities_within_a_distance_nearest_first() -> None:
    near = municipalities_within(56.451, 9.402, 40)
    assert near[0] == "Viborg" and "Silkeborg" in near and "Aarhus" not in near
    assert "Karlskrona" not in municipalities_within(56.451, 9.402, 100)
    assert set(municipalities_within(56.451, 9.402, 20_000)) == set(known_municipalities())
    assert len(known_municipalities()) == len(MUNICIPALITIES) == len({p.name for p in MUNICIPALITIES})
