"""What the employer services take and answer with: inputs, plain views, and the checks on what people enter.

Inputs are what a form sends; views are frozen dataclasses carrying the ``version`` they were read at, so an
edit can name the record as the user saw it. The checks raise :class:`ValidationError` with a sentence marked
for translation; a registration number is checked with its country's check digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from neo_desktop.domain.employer import (
    CompanySize,
    EngagementKind,
    OpeningStatus,
    PlacementOutcome,
    PlacementStatus,
    PlacementType,
    RelationshipStatus,
)
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ValidationError
from neo_desktop.domain.identity import InvalidIdentityNumber, validate_organisation_number
from neo_desktop.domain.organisation import Country

NAME_REQUIRED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A company needs a name.")
CONTACT_NAME_REQUIRED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A contact person needs a name.")
TOO_LONG = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The {field} is too long: at most {limit} characters.")
BAD_EMAIL = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "“{email}” is not an e-mail address (it needs a name, @ and a domain).")
BAD_PHONE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "A phone number may only contain digits, spaces, +, -, ( and ); “{phone}” does not fit.")
BAD_INDUSTRY_CODE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "An industry code is a NACE code (DK, e.g. 49.41) or an SNI code (SE, e.g. 49.410); "
    "“{code}” is neither.")
FUTURE_ENGAGEMENT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An engagement is logged once it has happened; {day} is "
                                      "in the future.")
NUMBER_MESSAGES = {
    "cvr.checksum": QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT, "The CVR number {number} fails the check-digit test, so at least one digit is wrong. Copy "
        "it again from the company's papers or cvr.dk."),
    "cvr.length": QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A CVR number has 8 digits; {number} does not."),
    "cvr.leading_zero": QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A CVR number never starts with 0, so {number} is not one."),
    "orgnr.checksum": QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT, "The last digit of the organisationsnummer {number} is a check digit and does not match the "
        "others, so at least one digit is wrong. Check the number for a typing mistake."),
    "orgnr.length": QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT, "An organisationsnummer has 10 digits (NNNNNN-NNNN, e.g. 556036-0793); {number} does not."),
    "orgnr.third_digit": QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT, "The third digit of an organisationsnummer is 2 or higher; this number may be a "
        "personnummer."),
}
OTHER_NUMBER_PROBLEM = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The registration number is not valid: a CVR number has 8 digits (e.g. 13585628), an "
    "organisationsnummer 10 (e.g. 556036-0793).")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9 +\-()]{3,40}$")
_INDUSTRY = re.compile(r"^\d{2}(\.\d{1,3})?$")


@dataclass(frozen=True)
class EmployerInput:
    """What a form sends for a company."""

    name: str
    country: Country
    registration_number: str | None = None  # CVR (DK) or organisationsnummer (SE), as typed
    industry_code: str | None = None
    industry: str | None = None
    size: CompanySize | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality: str | None = None
    website: str | None = None
    supplies_housing_association_id: int | None = None
    relationship_status: RelationshipStatus = RelationshipStatus.PROSPECT
    contact_staff_id: int | None = None
    project_id: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ContactInput:
    """A person at a company."""

    name: str
    job_title: str | None = None
    phone: str | None = None
    email: str | None = None
    is_primary: bool = False


@dataclass(frozen=True)
class EngagementInput:
    """An entry for the engagement log."""

    kind: EngagementKind
    occurred_on: date
    summary: str | None = None
    meeting_id: int | None = None


@dataclass(frozen=True)
class EmployerFilter:
    """What the employer list is narrowed to; ``text`` matches the start of any word of the name, the
    registration number, or the start of the town or municipality."""

    text: str = ""
    relationship_status: RelationshipStatus | None = None
    municipality: str | None = None
    country: Country | None = None
    supplies_housing: bool | None = None
    limit: int = 500


@dataclass(frozen=True)
class EmployerSummary:
    """A row of the employer list."""

    id: int
    name: str
    registration_number: str | None
    country: Country
    municipality: str | None
    industry: str | None
    relationship_status: RelationshipStatus
    supplies_housing: bool
    contact_staff_name: str | None
    open_openings: int
    placements: int


@dataclass(frozen=True)
class ContactView:
    """A contact person as shown and sent back for edits."""

    id: int
    version: int
    name: str
    job_title: str | None
    phone: str | None
    email: str | None
    is_primary: bool


@dataclass(frozen=True)
class EngagementView:
    """An entry of the engagement log (``meeting_title`` for company-network meetings)."""

    id: int
    version: int
    kind: EngagementKind
    occurred_on: date
    staff_name: str | None
    summary: str | None
    meeting_id: int | None
    meeting_title: str | None


@dataclass(frozen=True)
class OpeningRow:
    """An opening as a line in a company's detail or on the board."""

    id: int
    version: int
    employer_id: int
    employer_name: str
    title: str
    placement_type: PlacementType
    occupation: str | None
    places: int
    places_taken: int
    hours_per_week: float | None
    starts_on: date | None
    ends_on: date | None
    status: OpeningStatus
    municipality: str | None


@dataclass(frozen=True)
class PlacementRow:
    """A placement at a company; ``participant_name`` only when the user may see that young person."""

    id: int
    participant_id: int
    participant_name: str | None
    employer_name: str
    opening_title: str | None
    placement_type: PlacementType
    starts_on: date
    ends_on: date | None
    status: PlacementStatus
    outcome: PlacementOutcome | None


@dataclass(frozen=True)
class NetworkMembership:
    """A company network (a group of kind company_network) and whether the company is in it."""

    group_id: int
    name: str
    member: bool
    meetings_held: int
    meetings_attended: int
    next_meeting: date | None


@dataclass(frozen=True)
class EmployerDetail:
    """One company with its contacts, openings, placements, engagement log and networks."""

    id: int
    version: int
    data: EmployerInput
    engaged_on: date | None
    housing_association_name: str | None
    contact_staff_name: str | None
    project_name: str | None
    contacts: tuple[ContactView, ...]
    openings: tuple[OpeningRow, ...]
    placements: tuple[PlacementRow, ...]
    engagements: tuple[EngagementView, ...]
    networks: tuple[NetworkMembership, ...]


@dataclass(frozen=True)
class Choice:
    """An id and a name for a form's drop-down."""

    id: int
    name: str


@dataclass(frozen=True)
class EmployerChoices:
    """What the company form offers: contact people, housing associations, projects, municipalities."""

    staff: tuple[Choice, ...]
    housing_associations: tuple[Choice, ...]
    projects: tuple[Choice, ...]
    municipalities: tuple[str, ...]


def clean(text: str | None, field: str, limit: int = 200) -> str | None:
    """``text`` without surrounding spaces (None when empty); refused when longer than ``limit``."""
    value = " ".join((text or "").split()) if "\n" not in (text or "") else (text or "").strip()
    if len(value) > limit:
        raise ValidationError(TOO_LONG, field=field, limit=limit)
    return value or None


def registration_number(text: str | None, country: Country) -> str | None:
    """The normalised CVR or organisationsnummer, or None when none was entered; refused with a sentence that
    says what is wrong (a wrong check digit above all)."""
    typed = "".join((text or "").split())  # "29 91 07 66" is how CVR numbers are often written
    if not typed:
        return None
    try:
        return validate_organisation_number(typed, country)
    except InvalidIdentityNumber as error:
        template = NUMBER_MESSAGES.get(error.code, OTHER_NUMBER_PROBLEM)
        raise ValidationError(template, field="registration_number", number=typed[:20]) from error


def employer_values(data: EmployerInput) -> dict[str, Any]:
    """The model's column values for ``data``, checked."""
    name = clean(data.name, "name")
    if not name:
        raise ValidationError(NAME_REQUIRED, field="name")
    code = clean(data.industry_code, "industry_code", 10)
    if code and not _INDUSTRY.match(code):
        raise ValidationError(BAD_INDUSTRY_CODE, field="industry_code", code=code)
    country = Country(data.country)
    return {
        "name": name, "country": country, "registration_number": registration_number(data.registration_number, country),
        "industry_code": code, "industry": clean(data.industry, "industry"),
        "size": CompanySize(data.size) if data.size else None, "address": clean(data.address, "address"),
        "postcode": clean(data.postcode, "postcode", 10), "city": clean(data.city, "city", 100),
        "municipality": clean(data.municipality, "municipality", 100), "website": clean(data.website, "website"),
        "supplies_housing_association_id": data.supplies_housing_association_id,
        "relationship_status": RelationshipStatus(data.relationship_status),
        "contact_staff_id": data.contact_staff_id, "project_id": data.project_id,
        "notes": clean(data.notes, "notes", 4000),
    }


def contact_values(data: ContactInput) -> dict[str, Any]:
    """The column values of a contact person, checked (an e-mail address and a phone number that look right)."""
    name = clean(data.name, "name")
    if not name:
        raise ValidationError(CONTACT_NAME_REQUIRED, field="name")
    email, phone = clean(data.email, "email"), clean(data.phone, "phone", 40)
    if email and not _EMAIL.match(email):
        raise ValidationError(BAD_EMAIL, field="email", email=email)
    if phone and not _PHONE.match(phone):
        raise ValidationError(BAD_PHONE, field="phone", phone=phone)
    return {"name": name, "job_title": clean(data.job_title, "job_title"), "phone": phone, "email": email,
            "is_primary": bool(data.is_primary)}


def engagement_values(data: EngagementInput, today: date) -> dict[str, Any]:
    """The column values of an engagement-log entry, checked (it has happened)."""
    if data.occurred_on > today:
        raise ValidationError(FUTURE_ENGAGEMENT, field="occurred_on", day=data.occurred_on.isoformat())
    return {"kind": EngagementKind(data.kind), "occurred_on": data.occurred_on,
            "summary": clean(data.summary, "summary", 4000), "meeting_id": data.meeting_id}


def input_of(employer: Any) -> EmployerInput:
    """An employer row as the input a form would send back unchanged."""
    return EmployerInput(**{field.name: getattr(employer, field.name) for field in fields(EmployerInput)})
