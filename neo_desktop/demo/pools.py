"""Pools of names and streets made once with Faker, so that the hot loops only pick from lists.

Calling Faker per row would dominate the time of the large set; a few hundred names per pool are plenty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

from neo_desktop.domain.organisation import Country

_DRAWS = 600

# Young people with a foreign background in Denmark and Sweden: common first names, transliterated.
_FOREIGN_FEMALE = (
    "Amina", "Fatima", "Hodan", "Samira", "Leyla", "Aisha", "Nasra", "Mariam", "Rahel", "Selam", "Zainab",
    "Hiba", "Noor", "Dilan", "Aya", "Yasmin", "Sara", "Rukia", "Marta", "Olena",
)
_FOREIGN_MALE = (
    "Ahmed", "Mohamed", "Yusuf", "Abdi", "Omar", "Ali", "Hassan", "Bilal", "Yonas", "Khalid", "Mustafa",
    "Ibrahim", "Hamid", "Karim", "Samir", "Dawit", "Emre", "Piotr", "Bogdan", "Ayoub",
)
_FOREIGN_LAST = (
    "Ali", "Hassan", "Mohamud", "Yilmaz", "Demir", "Kaya", "Nowak", "Kowalski", "Haile", "Tesfay", "Rahimi",
    "Ahmadi", "Abdullah", "Osman", "Farah", "Jama", "Haddad", "Nasser", "Shevchenko", "Karimi",
)


@dataclass(frozen=True)
class CountryPools:
    """Names and street names typical of one country."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    streets: tuple[str, ...]


@dataclass(frozen=True)
class Pools:
    """Every pool the generator picks from."""

    countries: dict[Country, CountryPools]
    foreign_female: tuple[str, ...] = _FOREIGN_FEMALE
    foreign_male: tuple[str, ...] = _FOREIGN_MALE
    foreign_last: tuple[str, ...] = _FOREIGN_LAST

    def __getitem__(self, country: Country) -> CountryPools:
        return self.countries[country]


def _distinct(draw: Callable[[], str]) -> tuple[str, ...]:
    # dict.fromkeys keeps the first-seen order, so the pool is the same for the same Faker seed.
    return tuple(dict.fromkeys(draw() for _ in range(_DRAWS)))


def build_pools(seed: int) -> Pools:
    """Pools for Denmark (Faker da_DK) and Sweden (sv_SE), deterministic for ``seed``."""
    countries: dict[Country, CountryPools] = {}
    for country, locale in ((Country.DK, "da_DK"), (Country.SE, "sv_SE")):
        fake = Faker(locale)
        fake.seed_instance(seed)
        countries[country] = CountryPools(
            female=_distinct(fake.first_name_female),
            male=_distinct(fake.first_name_male),
            last=_distinct(fake.last_name),
            streets=_distinct(fake.street_name),
        )
    return Pools(countries)
