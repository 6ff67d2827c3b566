"""Parsing and validation of Danish and Swedish personal and organisation numbers.

Covers Danish CPR numbers, Swedish personnummer and samordningsnummer, Danish CVR numbers and
Swedish organisationsnummer. Error messages are plain-English sentences meant for caseworkers;
each error also carries a stable ``code`` so the UI can translate it. Messages never repeat the
serial part of a personal number, because they can end up in logs and screenshots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .errors import ValidationError

_DIGITS = frozenset("0123456789")  # str.isdigit() would also accept "²" and Arabic-Indic digits
_CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
_SAMORDNING_OFFSET = 60
_CPR_MODULUS_WARNING = (
    "This CPR number does not pass the old modulus-11 check. Many numbers issued since 2007 "
    "do not, so it may well be right, but please check that it was typed correctly."
)


class IdentityKind(StrEnum):
    """The kind of personal identity number."""

    CPR = "cpr"
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"


class OrganisationNumberKind(StrEnum):
    """The kind of organisation number."""

    CVR = "cvr"
    ORGANISATIONSNUMMER = "organisationsnummer"


class InvalidIdentityNumber(ValidationError, ValueError):  # noqa: N818 - the name is part of the shared API
    """A number that cannot be accepted; ``str(error)`` is a sentence for a person, ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        # The sentence is built from the input; ``code`` lets the UI choose a translated one.
        super().__init__("{detail}", field="identity_number", detail=message)
        self.code = code


@dataclass(frozen=True)
class IdentityNumber:
    """A validated personal identity number.

    ``normalised`` is kept out of ``repr`` so that a full number does not leak into logs or tracebacks.
    """

    kind: IdentityKind
    normalised: str = field(repr=False)
    birth_date: date
    warnings: tuple[str, ...] = ()

    def _date_part_length(self) -> int:
        return 6 if self.kind is IdentityKind.CPR else 8

    def display(self) -> str:
        """Return the number in its usual written form: ``DDMMYY-SSSS`` or ``YYYYMMDD-NNNN``."""
        cut = self._date_part_length()
        return f"{self.normalised[:cut]}-{self.normalised[cut:]}"

    def masked(self) -> str:
        """Return the number with the date part shown and the four final digits hidden."""
        return f"{self.normalised[: self._date_part_length()]}-****"


def luhn_check_digit(digits: str) -> int:
    """Return the Luhn (modulus-10) check digit for a string of digits."""
    if not digits or not set(digits) <= _DIGITS:
        raise ValueError("luhn_check_digit needs a non-empty string of the digits 0-9")
    total = 0
    # The digit just left of the (missing) check digit is doubled, then every second one going left.
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def cpr_century(yy: int, seventh_digit: int) -> int:
    """Return the full birth year for a CPR number's two-digit year and its 7th digit."""
    if not 0 <= yy <= 99 or not 0 <= seventh_digit <= 9:
        raise ValueError("cpr_century needs yy in 0-99 and seventh_digit in 0-9")
    if seventh_digit <= 3:
        return 1900 + yy
    if seventh_digit in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy


def _shown(char: str) -> str:
    """A character as it can safely appear in a message: quoted if printable, else its code point."""
    return f"'{char}'" if char.isprintable() and not char.isspace() else f"the character U+{ord(char):04X}"


def _split_digits(text: str, separators: str, prefix: str, name: str, form: str) -> tuple[str, str, int]:
    """Strip ``text``; return (digits, separator or "", separator index or -1). Refuse stray characters."""
    stripped = text.strip()
    if not stripped:
        raise InvalidIdentityNumber(f"{prefix}.empty", f"No {name} was entered. The right form is {form}.")
    stray = next((c for c in stripped if c not in _DIGITS and c not in separators), None)
    if stray is not None:
        allowed = " or ".join(f"'{s}'" for s in separators)
        raise InvalidIdentityNumber(
            f"{prefix}.characters",
            f"A {name} may only contain digits"
            + (f" and one {allowed}" if separators else "")
            + f" ({form}); this one contains {_shown(stray)}.",
        )
    found = [(i, c) for i, c in enumerate(stripped) if c in separators]
    digits = "".join(c for c in stripped if c in _DIGITS)
    if len(found) > 1:
        raise InvalidIdentityNumber(
            f"{prefix}.format", f"A {name} has at most one separator ({form}); this one has {len(found)}."
        )
    index, separator = found[0] if found else (-1, "")
    return digits, separator, index


def _check_separator_position(index: int, expected: int, prefix: str, name: str, form: str) -> None:
    if index not in (-1, expected):
        raise InvalidIdentityNumber(
            f"{prefix}.format", f"The separator in this {name} must come after digit {expected} ({form})."
        )


def _birth_date(year: int, month: int, day: int, prefix: str, name: str, date_form: str) -> date:
    """Build the birth date, or explain in plain words why the date digits are not a real date."""
    try:
        return date(year, month, day)
    except ValueError:
        if year < 1:
            problem = "there is no year 0000"
        elif not 1 <= month <= 12:
            problem = f"there is no month {month:02d}"
        else:
            problem = f"there is no day {day:02d} in month {month:02d} of {year}"
        raise InvalidIdentityNumber(
            f"{prefix}.date",
            f"The first digits of a {name} must be a real birth date ({date_form}); {problem}.",
        ) from None


def _refuse_future(birth: date, today: date | None, prefix: str, name: str) -> None:
    if birth > (today if today is not None else date.today()):
        raise InvalidIdentityNumber(
            f"{prefix}.future",
            f"The birth date in this {name} ({birth.isoformat()}) is in the future; check the number.",
        )


def parse_cpr(text: str, today: date | None = None) -> IdentityNumber:
    """Parse a Danish CPR number (``DDMMYY-SSSS`` or ``DDMMYYSSSS``)."""
    name, form = "CPR number", "DDMMYY-SSSS"
    digits, _, index = _split_digits(text, "-", "cpr", name, form)
    if len(digits) != 10:
        raise InvalidIdentityNumber(
            "cpr.length", f"A CPR number has 10 digits ({form}); this one has {len(digits)}."
        )
    _check_separator_position(index, 6, "cpr", name, form)
    year = cpr_century(int(digits[4:6]), int(digits[6]))
    birth = _birth_date(year, int(digits[2:4]), int(digits[0:2]), "cpr", name, "DDMMYY")
    _refuse_future(birth, today, "cpr", name)
    warnings: tuple[str, ...] = ()
    # Since 2007 CPR numbers are issued without a modulus-11 check, so a failure only means "look again".
    if sum(int(d) * w for d, w in zip(digits, _CPR_WEIGHTS, strict=True)) % 11 != 0:
        warnings = (_CPR_MODULUS_WARNING,)
    return IdentityNumber(IdentityKind.CPR, digits, birth, warnings)


def parse_personnummer(text: str, today: date | None = None) -> IdentityNumber:
    """Parse a Swedish personnummer or samordningsnummer (10 or 12 digits, optional ``-`` or ``+``).

    For 10 digits the century is inferred from ``today``: ``-`` (or no separator) means the person is
    under 100 in this calendar year, ``+`` that they turn 100 or more this year.
    """
    name, form = "personnummer", "YYMMDD-NNNN or YYYYMMDD-NNNN"
    digits, separator, index = _split_digits(text, "-+", "pnr", name, form)
    if len(digits) not in (10, 12):
        raise InvalidIdentityNumber(
            "pnr.length", f"A personnummer has 10 or 12 digits ({form}); this one has {len(digits)}."
        )
    _check_separator_position(index, len(digits) - 4, "pnr", name, form)
    short = digits[-10:]
    this_year = (today if today is not None else date.today()).year
    if len(digits) == 12:
        year = int(digits[:4])
    else:
        # The most recent year ending in YY that is not after this year; "+" means 100 years before that.
        year = this_year - (this_year - int(short[:2])) % 100 - (100 if separator == "+" else 0)
    month, day = int(short[2:4]), int(short[4:6])
    kind = IdentityKind.PERSONNUMMER
    if day > _SAMORDNING_OFFSET:
        # A samordningsnummer is the birth date with 60 added to the day.
        kind, day = IdentityKind.SAMORDNINGSNUMMER, day - _SAMORDNING_OFFSET
    birth = _birth_date(year, month, day, "pnr", name, "YYMMDD, or day + 60 for a samordningsnummer")
    # The check digit covers only the 10-digit form, so the century digits of a 12-digit number are unchecked.
    if luhn_check_digit(short[:9]) != int(short[9]):
        raise InvalidIdentityNumber(
            "pnr.checksum",
            f"The last digit of a {name} is a check digit and it does not match the other digits ({form}). "
            "Please check the number for a typing mistake.",
        )
    _refuse_future(birth, today, "pnr", name)
    return IdentityNumber(kind, f"{year:04d}{short[2:]}", birth)


def parse_identity_number(text: str, country: str, today: date | None = None) -> IdentityNumber:
    """Parse a personal identity number for ``country`` ("DK" or "SE")."""
    code = _country(country)
    return parse_cpr(text, today) if code == "DK" else parse_personnummer(text, today)


def validate_cvr(text: str) -> str:
    """Return a Danish CVR number as 8 digits, or raise :class:`InvalidIdentityNumber`."""
    name, form = "CVR number", "8 digits, e.g. 13585628"
    digits, _, _ = _split_digits(text, "", "cvr", name, form)
    if len(digits) != 8:
        raise InvalidIdentityNumber("cvr.length", f"A CVR number has 8 digits; this one has {len(digits)}.")
    if digits[0] == "0":
        raise InvalidIdentityNumber(
            "cvr.leading_zero", "A CVR number never starts with 0; it is 8 digits with 1-9 first."
        )
    if sum(int(d) * w for d, w in zip(digits, _CVR_WEIGHTS, strict=True)) % 11 != 0:
        raise InvalidIdentityNumber(
            "cvr.checksum",
            "This CVR number fails the check-digit test, so at least one digit is wrong. "
            "Please copy it again from the company's papers or cvr.dk.",
        )
    return digits


def validate_organisationsnummer(text: str) -> str:
    """Return a Swedish organisationsnummer as 10 digits, or raise :class:`InvalidIdentityNumber`."""
    name, form = "organisationsnummer", "NNNNNN-NNNN, e.g. 556036-0793"
    digits, _, index = _split_digits(text, "-", "orgnr", name, form)
    if len(digits) != 10:
        raise InvalidIdentityNumber(
            "orgnr.length", f"An organisationsnummer has 10 digits ({form}); this one has {len(digits)}."
        )
    _check_separator_position(index, 6, "orgnr", name, form)
    # The third digit is at least 2, which is what tells an organisation apart from a person's number.
    if int(digits[2]) < 2:
        raise InvalidIdentityNumber(
            "orgnr.third_digit",
            f"The third digit of an organisationsnummer is 2 or higher ({form}); this one has {digits[2]}. "
            "It may be a personnummer instead.",
        )
    if luhn_check_digit(digits[:9]) != int(digits[9]):
        raise InvalidIdentityNumber(
            "orgnr.checksum",
            "The last digit of an organisationsnummer is a check digit and it does not match the others. "
            "Please check the number for a typing mistake.",
        )
    return digits


def validate_organisation_number(text: str, country: str) -> str:
    """Validate an organisation number for ``country`` ("DK" → CVR, "SE" → organisationsnummer)."""
    code = _country(country)
    return validate_cvr(text) if code == "DK" else validate_organisationsnummer(text)


def _country(country: str) -> str:
    code = country.strip().upper()
    if code not in ("DK", "SE"):
        raise InvalidIdentityNumber(
            "country.unsupported",
            f"Numbers can only be checked for Denmark (DK) or Sweden (SE), not '{country}'.",
        )
    return code


def synthetic_cpr(birth: date, serial: int) -> str:
    """Build a form-valid CPR number (10 digits) for demo data.

    ``serial`` (0-999) becomes the last three digits; the 7th digit is the lowest one that gives
    ``birth``'s century. The result may fail the modulus-11 check, like real numbers issued since 2007.
    """
    if not 0 <= serial <= 999:
        raise ValueError("serial must be 0-999")
    if 1858 <= birth.year <= 1899 or 2037 <= birth.year <= 2057:
        seventh = 5
    elif 1900 <= birth.year <= 1999:
        seventh = 0
    elif 2000 <= birth.year <= 2036:
        seventh = 4
    else:
        raise ValueError("CPR numbers can only express birth years 1858-2057")
    return f"{birth:%d%m%y}{seventh}{serial:03d}"


def synthetic_personnummer(birth: date, serial: int) -> str:
    """Build a valid 12-digit personnummer for demo data; ``serial`` (0-999) is the birth number."""
    if not 0 <= serial <= 999:
        raise ValueError("serial must be 0-999")
    if birth.year < 1000:
        raise ValueError("a personnummer needs a four-digit birth year")
    short = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{serial:03d}"
    return f"{birth.year:04d}{short[2:]}{luhn_check_digit(short)}"


def mask_identity_number(normalised: str | None) -> str:
    """Show only the birth-date part of a stored number: CPR "010190-****", Swedish "19121212-****"."""
    if not normalised:
        return ""
    return f"{normalised[: 6 if len(normalised) == 10 else 8]}-****"
