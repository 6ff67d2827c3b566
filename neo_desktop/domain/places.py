"""Where municipalities are: centre coordinates of Danish and Swedish municipalities, and distances.

Matchmaking measures how far a young person would travel to an opening. A participant's address is not
geocoded, so their municipality's centre (its main town) stands for where they live; an opening has its own
coordinates, or its municipality's, or its company's. The table covers the municipalities of the partnerships
the program serves (Central Jutland around Viborg and Silkeborg, Blekinge and its neighbours, Tornedalen) and
the largest towns of both countries; an unknown municipality simply has no distance.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from dataclasses import dataclass

from .organisation import Country

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


@dataclass(frozen=True)
class MunicipalityCentre:
    """A municipality and the position of its main town (WGS 84 degrees)."""

    name: str
    country: Country
    latitude: float
    longitude: float


def _dk(name: str, latitude: float, longitude: float) -> MunicipalityCentre:
    return MunicipalityCentre(name, Country.DK, latitude, longitude)


def _se(name: str, latitude: float, longitude: float) -> MunicipalityCentre:
    return MunicipalityCentre(name, Country.SE, latitude, longitude)


MUNICIPALITIES: tuple[MunicipalityCentre, ...] = (
    # Denmark: Central Jutland (the Viborg/Silkeborg housing-area partnership and its neighbours) ...
    _dk("Viborg", 56.451, 9.402), _dk("Silkeborg", 56.170, 9.545), _dk("Skive", 56.567, 9.027),
    _dk("Herning", 56.139, 8.974), _dk("Randers", 56.461, 10.036), _dk("Aarhus", 56.157, 10.211),
    _dk("Holstebro", 56.360, 8.616), _dk("Horsens", 55.861, 9.850), _dk("Skanderborg", 56.034, 9.931),
    _dk("Favrskov", 56.338, 9.941), _dk("Ikast-Brande", 56.138, 9.157), _dk("Ringkøbing-Skjern", 56.090, 8.244),
    _dk("Struer", 56.491, 8.592), _dk("Lemvig", 56.548, 8.310), _dk("Norddjurs", 56.412, 10.885),
    _dk("Syddjurs", 56.316, 10.595), _dk("Odder", 55.974, 10.152), _dk("Hedensted", 55.770, 9.701),
    _dk("Samsø", 55.877, 10.624),
    # ... and the largest towns elsewhere (NExTWORK is in Roskilde).
    _dk("København", 55.676, 12.568), _dk("Frederiksberg", 55.679, 12.532), _dk("Roskilde", 55.642, 12.080),
    _dk("Odense", 55.396, 10.388), _dk("Aalborg", 57.048, 9.919), _dk("Esbjerg", 55.476, 8.459),
    _dk("Vejle", 55.709, 9.536), _dk("Kolding", 55.490, 9.472), _dk("Fredericia", 55.566, 9.752),
    _dk("Holbæk", 55.717, 11.713), _dk("Køge", 55.458, 12.182), _dk("Næstved", 55.230, 11.760),
    # Sweden: Blekinge (Blekinges Unga Lyfter) and its neighbours ...
    _se("Karlskrona", 56.161, 15.587), _se("Ronneby", 56.210, 15.276), _se("Karlshamn", 56.171, 14.863),
    _se("Sölvesborg", 56.052, 14.575), _se("Olofström", 56.277, 14.533), _se("Kristianstad", 56.031, 14.156),
    _se("Växjö", 56.879, 14.806), _se("Kalmar", 56.663, 16.356), _se("Hässleholm", 56.159, 13.766),
    _se("Emmaboda", 56.631, 15.537), _se("Tingsryd", 56.525, 14.978),
    # ... Tornedalen (NVG, Övertorneå) ...
    _se("Övertorneå", 66.389, 23.654), _se("Haparanda", 65.836, 24.136), _se("Pajala", 67.213, 23.368),
    _se("Kalix", 65.854, 23.143), _se("Luleå", 65.584, 22.155),
    # ... and the largest towns.
    _se("Stockholm", 59.329, 18.069), _se("Göteborg", 57.709, 11.975), _se("Malmö", 55.605, 13.004),
    _se("Lund", 55.705, 13.191), _se("Helsingborg", 56.047, 12.694), _se("Uppsala", 59.859, 17.639),
)

_SUFFIXES = (" kommune", " kommun", " municipality")


def normalised_name(name: str) -> str:
    """A municipality's name for looking it up: case-folded, NFC, without "Kommune"/"kommun"."""
    text = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


_BY_NAME: dict[str, MunicipalityCentre] = {normalised_name(place.name): place for place in MUNICIPALITIES}


@functools.lru_cache(maxsize=1024)
def municipality_centre(name: str | None) -> MunicipalityCentre | None:
    """The centre of the municipality called ``name`` (any case, with or without "Kommune"), if known."""
    if not name:
        return None
    return _BY_NAME.get(normalised_name(name))


def haversine_km(latitude_a: float, longitude_a: float, latitude_b: float, longitude_b: float) -> float:
    """The great-circle distance in kilometres between two points given in degrees."""
    phi_a, phi_b = math.radians(latitude_a), math.radians(latitude_b)
    d_phi = phi_b - phi_a
    d_lambda = math.radians(longitude_b - longitude_a)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi_a) * math.cos(phi_b) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def municipalities_within(latitude: float, longitude: float, km: float) -> tuple[str, ...]:
    """The names of the known municipalities whose centre is at most ``km`` from the point, nearest first."""
    near = sorted((haversine_km(latitude, longitude, place.latitude, place.longitude), place.name)
                  for place in MUNICIPALITIES)
    return tuple(name for distance, name in near if distance <= km)


def known_municipalities() -> tuple[str, ...]:
    """Every municipality name the table knows, as written there."""
    return tuple(place.name for place in MUNICIPALITIES)
