"""Check-digit-valid organisation numbers, visibly synthetic personal numbers, and fictional contact details.

Personal numbers use the serials 900–999 only (the last three digits of a CPR number, the birth number of a
personnummer), so that demo records are easy to recognise and never meant to be real people. Phone numbers
come from ranges reserved for fiction or never issued, e-mail addresses from the reserved example domains.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from functools import cache

from neo_desktop.domain.identity import IdentityKind, luhn_check_digit, synthetic_cpr, synthetic_personnummer
from neo_desktop.domain.organisation import Country

_CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
DEMO_SERIALS = range(900, 1000)
"""The only serials used in demo personal numbers."""

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ı": "i"})


def cvr_number(rng: random.Random) -> str:
    """A random 8-digit CVR number that passes the modulus-11 check."""
    while True:
        first7 = f"{rng.randint(1, 9)}{rng.randrange(10**6):06d}"
        remainder = sum(int(d) * w for d, w in zip(first7, _CVR_WEIGHTS, strict=False)) % 11
        check = (11 - remainder) % 11  # the last weight is 1, so the check digit closes the sum to 0 mod 11
        if check < 10:
            return f"{first7}{check}"


def organisationsnummer(rng: random.Random, prefix: str = "556") -> str:
    """A random 10-digit organisationsnummer (Luhn check digit; third digit >= 2), e.g. a limited company."""
    body = f"{prefix}{rng.randrange(10 ** (9 - len(prefix))):0{9 - len(prefix)}d}"
    return f"{body}{luhn_check_digit(body)}"


class RegistrationNumbers:
    """Hands out unique CVR numbers and organisationsnummer (both tables have a unique index)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def new(self, country: Country, prefix: str = "556") -> str:
        """A number not handed out before, valid for ``country``."""
        while True:
            number = cvr_number(self._rng) if country is Country.DK else organisationsnummer(self._rng, prefix)
            if number not in self._used:
                self._used.add(number)
                return number


class PersonalNumbers:
    """Hands out unique synthetic CPR numbers and personnummer with serials 900–999."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def new(self, country: Country, birth: date) -> tuple[IdentityKind, str, date]:
        """(kind, normalised number, birth date); the birth date moves a day when all 100 serials are taken."""
        make = synthetic_cpr if country is Country.DK else synthetic_personnummer
        kind = IdentityKind.CPR if country is Country.DK else IdentityKind.PERSONNUMMER
        while True:
            for _ in range(8):  # a few random tries are enough until a birth date is nearly full
                number = make(birth, self._rng.choice(DEMO_SERIALS))
                if number not in self._used:
                    self._used.add(number)
                    return kind, number, birth
            for serial in DEMO_SERIALS:
                number = make(birth, serial)
                if number not in self._used:
                    self._used.add(number)
                    return kind, number, birth
            birth -= timedelta(days=1)


@cache  # names repeat (they come from pools), and this is called for every e-mail address
def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for login names and e-mail addresses."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def phone_number(rng: random.Random, country: Country) -> str:
    """A phone number that reaches no one: DK "+45 0000 xxxx" (never issued), SE PTS's fiction range."""
    if country is Country.DK:
        return f"+45 0000 {rng.randrange(10_000):04d}"
    # Post- och telestyrelsen reserves 070-174 06 05 to 070-174 06 99 for use in films and books.
    return f"070-17406{rng.randint(5, 99):02d}"
