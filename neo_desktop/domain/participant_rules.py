"""The rules of a participant's record, free of SQL and Qt.

- what valid personal data is (names, identity number, phone, e-mail, dates), checked field by field so
  the form can explain a mistake while it is typed;
- the status flow referred → intake → active ⇄ paused → completed or dropped out, where leaving needs an
  exit date and an outcome and schedules the follow-up six months later;
- the caseload warnings (no contact for N days, attendance dropping);
- how a search box's text becomes search terms.

Error messages are English templates marked for Qt's translation tools; the core never translates them.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from .errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ValidationError
from .identity import IdentityNumber, parse_identity_number
from .meeting import AttendanceStatus
from .organisation import Country, Language
from .participant import ExitOutcome, Gender, IscedLevel, LabourMarketStatus, ParticipantStatus
from .search import clean_search_text

S = ParticipantStatus
MAX_NAME = 100
MAX_TEXT = 200
FOLLOWUP_MONTHS = 6
LEFT_STATUSES = frozenset({S.COMPLETED, S.DROPPED_OUT})
ACTIVE_STATUSES = frozenset(set(S) - LEFT_STATUSES)

_TRANSITIONS: dict[ParticipantStatus, frozenset[ParticipantStatus]] = {
    S.REFERRED: frozenset({S.INTAKE, S.DROPPED_OUT}),  # someone referred may never turn up
    S.INTAKE: frozenset({S.ACTIVE, S.DROPPED_OUT}),
    S.ACTIVE: frozenset({S.PAUSED, S.COMPLETED, S.DROPPED_OUT}),
    S.PAUSED: frozenset({S.ACTIVE, S.COMPLETED, S.DROPPED_OUT}),
    S.COMPLETED: frozenset(),
    S.DROPPED_OUT: frozenset(),
}

FIRST_NAME_MISSING = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write the young person's first name.")
LAST_NAME_MISSING = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write the young person's last name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A name can be at most {limit} characters long.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This field can hold at most {limit} characters.")
BAD_PHONE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "A phone number has 6 to 15 digits, may start with + and may contain spaces or dashes, "
    "for example +45 12 34 56 78.")
BAD_EMAIL = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "An e-mail address looks like name@example.org: one @, no spaces, and a domain with a dot.")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "This is not a date. Write it as day-month-year, for example 23-11-2026.")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This date is in the future; it cannot be later than today.")
DATE_BEFORE_BIRTH = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This date is before the young person was born.")
BEFORE_REFERRAL = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This date cannot be earlier than the referral ({when}).")
BEFORE_INTAKE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The exit date cannot be earlier than the intake ({when}).")
BIRTH_MISMATCH = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The birth date does not match the identity number, which says {birth_date}.")
BAD_TRANSITION = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "This change of status is not possible from the young person's current status.")
EXIT_DATE_MISSING = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Leaving the project needs the exit date.")
EXIT_OUTCOME_MISSING = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Leaving the project needs the outcome: where the young person went.")
COMPLETED_AS_DROPOUT = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "A completed course cannot have the outcome 'dropped out'. Choose the status 'dropped out' "
    "instead.")


# ------------------------------------------------------------------------------------------- fields


def check_name(text: str, field: str) -> str:
    """A first or last name, trimmed; refused when empty or too long."""
    name = " ".join(text.split())
    if not name:
        raise ValidationError(FIRST_NAME_MISSING if field == "first_name" else LAST_NAME_MISSING, field=field)
    if len(name) > MAX_NAME:
        raise ValidationError(NAME_TOO_LONG, field=field, limit=MAX_NAME)
    return name


def check_text(text: str | None, field: str, limit: int = MAX_TEXT) -> str | None:
    """Optional free text, trimmed (None when empty)."""
    value = " ".join((text or "").split())
    if len(value) > limit:
        raise ValidationError(TEXT_TOO_LONG, field=field, limit=limit)
    return value or None


_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()./-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def check_phone(text: str | None) -> str | None:
    """A phone number as written (spaces tidied), or None; refused without 6–15 digits."""
    value = " ".join((text or "").split())
    if not value:
        return None
    digits = sum(c in "0123456789" for c in value)
    if not _PHONE_CHARACTERS.match(value) or not 6 <= digits <= 15:
        raise ValidationError(BAD_PHONE, field="phone")
    return value


def check_email(text: str | None) -> str | None:
    """An e-mail address (trimmed), or None; refused unless it has the form name@domain.tld."""
    value = (text or "").strip()
    if not value:
        return None
    if len(value) > MAX_TEXT or not _EMAIL.match(value) or ".." in value:
        raise ValidationError(BAD_EMAIL, field="email")
    return value


def check_identity_number(text: str | None, country: Country | str,
                          today: date | None = None) -> IdentityNumber | None:
    """The parsed identity number for ``country``, or None when left empty (the young person may have none)."""
    if not (text or "").strip():
        return None
    return parse_identity_number(text or "", str(country), today)


def check_past_date(value: date | None, field: str, today: date, *, birth_date: date | None = None) -> date | None:
    """A date that has happened (not after today, and not before birth when that is known)."""
    if value is None:
        return None
    if value > today:
        raise ValidationError(DATE_IN_FUTURE, field=field)
    if birth_date is not None and value < birth_date:
        raise ValidationError(DATE_BEFORE_BIRTH, field=field)
    return value


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` on, on the last day of the month when that month is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def age_on(birth_date: date, day: date) -> int:
    """Whole years of age on ``day``."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


# ----------------------------------------------------------------------------------- personal data


@dataclass(frozen=True)
class PersonalData:
    """What the record form edits: personal data and the ESF+ background. ``None`` means not stated."""

    first_name: str
    last_name: str
    identity_number: str | None = None
    identity_country: Country = Country.DK  # which kind of number ``identity_number`` is (CPR or Swedish)
    birth_date: date | None = None
    gender: Gender = Gender.NOT_STATED
    preferred_language: Language = Language.DA
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality: str | None = None
    housing_area: str | None = None
    referred_on: date | None = None
    next_contact_on: date | None = None
    education_level: IscedLevel | None = None
    labour_market_status: LabourMarketStatus | None = None
    unemployed_since: date | None = None
    foreign_background: bool | None = None
    third_country_national: bool | None = None
    homeless_or_housing_exclusion: bool | None = None
    rural_area: bool | None = None
    has_disability: bool | None = None  # special-category data (GDPR Art. 9)
    is_minority: bool | None = None  # special-category data (GDPR Art. 9)


PERSONAL_FIELDS: tuple[str, ...] = tuple(PersonalData.__dataclass_fields__)


@dataclass(frozen=True)
class CheckedPersonalData:
    """Personal data that passed every check, normalised for storage, with warnings worth showing."""

    data: PersonalData
    identity: IdentityNumber | None
    warnings: tuple[str, ...] = ()


def check_personal_data(data: PersonalData, today: date) -> CheckedPersonalData:
    """Check every field; raise the first problem as a ValidationError naming its field.

    The identity number is stored normalised (10 or 12 digits) and decides the birth date; a birth date typed
    as well must agree with it.
    """
    identity = check_identity_number(data.identity_number, data.identity_country, today)
    birth_date = data.birth_date
    if identity is not None:
        if birth_date is not None and birth_date != identity.birth_date:
            raise ValidationError(BIRTH_MISMATCH, field="birth_date", birth_date=identity.birth_date.isoformat())
        birth_date = identity.birth_date
    checked = replace(
        data,
        first_name=check_name(data.first_name, "first_name"),
        last_name=check_name(data.last_name, "last_name"),
        identity_number=identity.normalised if identity else None,
        birth_date=check_past_date(birth_date, "birth_date", today),
        phone=check_phone(data.phone),
        email=check_email(data.email),
        address=check_text(data.address, "address"),
        postcode=check_text(data.postcode, "postcode", 10),
        city=check_text(data.city, "city", 100),
        municipality=check_text(data.municipality, "municipality", 100),
        housing_area=check_text(data.housing_area, "housing_area", 100),
        referred_on=check_past_date(data.referred_on, "referred_on", today),
        unemployed_since=check_past_date(data.unemployed_since, "unemployed_since", today, birth_date=birth_date),
    )
    return CheckedPersonalData(checked, identity, identity.warnings if identity else ())


# -------------------------------------------------------------------------------------- status flow


def allowed_statuses(status: ParticipantStatus) -> frozenset[ParticipantStatus]:
    """The statuses a participant in ``status`` may move to."""
    return _TRANSITIONS[status]


def is_leaving(status: ParticipantStatus) -> bool:
    """True for the statuses that end a course (completed, dropped out)."""
    return status in LEFT_STATUSES


@dataclass(frozen=True)
class StatusChange:
    """A move to ``status`` on ``on``; leaving needs ``exit_outcome`` (``on`` is then the exit date)."""

    status: ParticipantStatus
    on: date | None = None
    exit_outcome: ExitOutcome | None = None
    gained_qualification: bool | None = None
    note: str | None = None


@dataclass(frozen=True)
class StatusEffect:
    """What a status change writes on the record."""

    status: ParticipantStatus
    enrolled_on: date | None
    exited_on: date | None
    exit_outcome: ExitOutcome | None
    gained_qualification: bool | None
    followup_due_on: date | None


def apply_status_change(current: ParticipantStatus, change: StatusChange, *, referred_on: date | None,
                        enrolled_on: date | None, today: date) -> StatusEffect:
    """Check ``change`` against the flow and work out its effect.

    Intake records the enrolment date; leaving records the exit date and outcome and schedules the follow-up
    six months later (the ESF+ longer-term result).
    """
    new = ParticipantStatus(change.status)
    if new not in _TRANSITIONS[current]:
        raise ValidationError(BAD_TRANSITION, field="status")
    on = change.on or today
    if on > today:
        raise ValidationError(DATE_IN_FUTURE, field="on")
    if referred_on is not None and on < referred_on:
        raise ValidationError(BEFORE_REFERRAL, field="on", when=referred_on.isoformat())
    if new is S.INTAKE and enrolled_on is None:
        enrolled_on = on
    if not is_leaving(new):
        return StatusEffect(new, enrolled_on, None, None, None, None)
    if change.on is None:
        raise ValidationError(EXIT_DATE_MISSING, field="on")
    if change.exit_outcome is None:
        raise ValidationError(EXIT_OUTCOME_MISSING, field="exit_outcome")
    if enrolled_on is not None and on < enrolled_on:
        raise ValidationError(BEFORE_INTAKE, field="on", when=enrolled_on.isoformat())
    outcome = ExitOutcome(change.exit_outcome)
    if new is S.COMPLETED and outcome is ExitOutcome.DROPPED_OUT:
        raise ValidationError(COMPLETED_AS_DROPOUT, field="exit_outcome")
    return StatusEffect(new, enrolled_on, on, outcome, change.gained_qualification,
                        add_months(on, FOLLOWUP_MONTHS))


# ------------------------------------------------------------------------------------------ warnings


class WarningKind(StrEnum):
    """Why a participant in a caseload needs attention."""

    FOLLOWUP_OVERDUE = "followup_overdue"  # the next follow-up date has passed
    STEPS_OVERDUE = "steps_overdue"  # plan steps past their date and not done
    NO_CONTACT = "no_contact"  # no contact for the project's number of days
    ATTENDANCE_DROPPING = "attendance_dropping"  # missing the weekly network group


ATTENDANCE_WINDOW = 3  # the last sessions looked at
ATTENDANCE_MISSED = 2  # missed of those that raise the warning
_MISSED = frozenset({AttendanceStatus.ABSENT, AttendanceStatus.APOLOGIES})


def attendance_dropping(newest_first: Sequence[AttendanceStatus]) -> bool:
    """True when the young person missed at least 2 of their last 3 held sessions (absent or with apologies).

    ``newest_first`` holds the statuses of held sessions only; still "invited" means not recorded and does
    not count either way.
    """
    recorded = [status for status in newest_first if status is not AttendanceStatus.INVITED][:ATTENDANCE_WINDOW]
    return sum(status in _MISSED for status in recorded) >= ATTENDANCE_MISSED


def no_contact_for(last_contact_on: date | None, since: date | None, today: date, days: int) -> bool:
    """True when nobody has been in contact for ``days`` days (counted from ``since``, e.g. the referral, when
    there has never been contact)."""
    start = last_contact_on or since
    return start is not None and (today - start).days >= days


# -------------------------------------------------------------------------------------------- search

MIN_SEARCH_LENGTH = 2
_WORD = re.compile(r"[^\W_]+")  # letters and digits: what the FTS5 tokenizer keeps
_NUMBER_LIKE = re.compile(r"^[0-9+() ./-]+$")


def search_terms(text: str) -> tuple[str, ...]:
    """The words of a search, lower-cased; a number typed with separators ("170504-4921", "+45 12 34") is one
    word of digits. Empty when there is too little to search for (under two characters)."""
    cleaned = unicodedata.normalize("NFC", clean_search_text(text)).lower()
    if _NUMBER_LIKE.match(cleaned):
        digits = "".join(c for c in cleaned if c.isdigit())
        return (digits,) if len(digits) >= MIN_SEARCH_LENGTH else ()
    words = tuple(dict.fromkeys(_WORD.findall(cleaned)))
    return words if sum(map(len, words)) >= MIN_SEARCH_LENGTH else ()
