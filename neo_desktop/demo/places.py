"""Municipalities the demo projects work in: postcodes, rough coordinates and (fictional) housing areas.

The first municipalities of each list are the seed projects' towns (Viborg and Silkeborg; the five Blekinge
municipalities with a Navigator centre). Larger demo sets take more municipalities from the same regions.
"""

from __future__ import annotations

from dataclasses import dataclass

from neo_desktop.domain.organisation import Country


@dataclass(frozen=True)
class Municipality:
    """A municipality: its main town's postcode and position, and housing areas made up for the demo."""

    name: str
    country: Country
    postcode: str
    latitude: float
    longitude: float
    housing_areas: tuple[str, ...] = ()


def _dk(name: str, postcode: str, lat: float, lon: float, *areas: str) -> Municipality:
    return Municipality(name, Country.DK, postcode, lat, lon, areas)


def _se(name: str, postcode: str, lat: float, lon: float, *areas: str) -> Municipality:
    return Municipality(name, Country.SE, postcode, lat, lon, areas)


DANISH_MUNICIPALITIES: tuple[Municipality, ...] = (
    _dk("Viborg", "8800", 56.451, 9.402, "Engparken", "Søndervang", "Bøgevangen"),
    _dk("Silkeborg", "8600", 56.170, 9.545, "Lyngbakken", "Søhøjparken", "Åbrinken"),
    _dk("Skive", "7800", 56.567, 9.027, "Fjordparken"),
    _dk("Herning", "7400", 56.139, 8.974, "Holtbjergvang"),
    _dk("Randers", "8900", 56.461, 10.036, "Nørrevænget"),
    _dk("Aarhus", "8000", 56.157, 10.211, "Bispehavegård", "Skovgårdsparken"),
    _dk("Holstebro", "7500", 56.360, 8.616, "Stadionvænget"),
    _dk("Horsens", "8700", 55.861, 9.850, "Sundparken"),
    _dk("Skanderborg", "8660", 56.034, 9.931),
    _dk("Favrskov", "8370", 56.338, 9.941),
    _dk("Ikast-Brande", "7430", 56.138, 9.157, "Stadion Allé"),
    _dk("Ringkøbing-Skjern", "6950", 56.090, 8.244),
    _dk("Struer", "7600", 56.491, 8.592),
    _dk("Lemvig", "7620", 56.548, 8.310),
    _dk("Norddjurs", "8500", 56.412, 10.885, "Grenåparken"),
    _dk("Syddjurs", "8410", 56.316, 10.595),
    _dk("Odder", "8300", 55.974, 10.152),
    _dk("Hedensted", "8722", 55.770, 9.701),
    _dk("Samsø", "8305", 55.877, 10.624),
)

SWEDISH_MUNICIPALITIES: tuple[Municipality, ...] = (
    _se("Karlskrona", "371 30", 56.161, 15.587, "Björkhagen", "Norrstrand"),
    _se("Ronneby", "372 30", 56.210, 15.276, "Ekbacken"),
    _se("Karlshamn", "374 30", 56.171, 14.863, "Väggaparken"),
    _se("Sölvesborg", "294 30", 56.052, 14.575, "Västra Torget"),
    _se("Olofström", "293 30", 56.277, 14.533),
    _se("Kristianstad", "291 30", 56.031, 14.156, "Gamlegården"),
    _se("Växjö", "352 30", 56.879, 14.806, "Araby"),
    _se("Kalmar", "392 30", 56.663, 16.356, "Norrliden"),
    _se("Hässleholm", "281 30", 56.159, 13.766),
    _se("Emmaboda", "361 30", 56.631, 15.537),
    _se("Tingsryd", "362 30", 56.525, 14.978),
    _se("Övertorneå", "957 30", 66.389, 23.654),
    _se("Haparanda", "953 30", 65.836, 24.136),
)


def municipalities(country: Country, count: int, minimum: int) -> tuple[Municipality, ...]:
    """The first ``count`` municipalities of ``country`` (at least ``minimum``, at most all of them)."""
    pool = DANISH_MUNICIPALITIES if country is Country.DK else SWEDISH_MUNICIPALITIES
    return pool[: max(minimum, min(count, len(pool)))]
