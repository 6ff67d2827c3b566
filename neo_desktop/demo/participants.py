"""Participants in every status with consistent dates and ESF+ background, and their consents.

Rates are rough but plausible for these projects: mostly aged 18–29, about a quarter with a foreign
background, most long-term unemployed, a few with a disability (special-category data).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from neo_desktop.db.models import Consent, Participant
from neo_desktop.domain.organisation import Country, OrganisationKind
from neo_desktop.domain.participant import ExitOutcome, Gender, IscedLevel, LabourMarketStatus, ParticipantStatus

from .context import (
    OrgRecord,
    ParticipantRecord,
    ProjectRecord,
    StaffRecord,
    World,
    add_months,
    between,
    quota,
    weighted,
)
from .numbers import PersonalNumbers, ascii_slug, phone_number
from .places import Municipality
from .texts import CONSENT_SCOPE
from .writer import BulkWriter, Row

S, K, X = ParticipantStatus, OrganisationKind, ExitOutcome
STATUS_SHARES = {S.REFERRED: 6, S.INTAKE: 8, S.ACTIVE: 36, S.PAUSED: 6, S.COMPLETED: 30, S.DROPPED_OUT: 14}
GENDER_SHARES = {Gender.WOMAN: 46, Gender.MAN: 48, Gender.NON_BINARY: 2, Gender.NOT_STATED: 4}
_AGE_BANDS = ((16, 17), (18, 24), (25, 29), (30, 39), (40, 64))
_AGE_WEIGHTS = (7, 58, 27, 6, 2)
_COMPLETED_OUTCOMES = (X.EMPLOYMENT, X.EDUCATION, X.INTERNSHIP_OR_APPRENTICESHIP, X.JOB_SEARCHING, X.OTHER_HELP,
                       X.MOVED, X.OTHER)
_COMPLETED_WEIGHTS = (30, 22, 15, 12, 15, 3, 3)
_DROPOUT_OUTCOMES = (X.DROPPED_OUT, X.MOVED, X.OTHER_HELP, X.OTHER)
_DROPOUT_WEIGHTS = (75, 10, 10, 5)
_FOLLOWUP_OUTCOMES = (X.EMPLOYMENT, X.EDUCATION, X.INTERNSHIP_OR_APPRENTICESHIP, X.JOB_SEARCHING, X.OTHER_HELP,
                      X.OTHER)
_FOLLOWUP_WEIGHTS = (38, 24, 8, 18, 8, 4)
POSITIVE_OUTCOMES = frozenset({X.EMPLOYMENT, X.EDUCATION, X.INTERNSHIP_OR_APPRENTICESHIP})


def _referral(rng: random.Random, start: date, today: date, min_days: int, max_days: int) -> date:
    """A referral day ``min_days``..``max_days`` before today, within the project; more recent is likelier."""
    latest = today - timedelta(days=min_days)
    earliest = min(latest, max(start, today - timedelta(days=max_days)))
    # rng.random() ** 0.75 leans towards the latest day: intake grows as the project gets known.
    return earliest + timedelta(days=int((latest - earliest).days * rng.random() ** 0.75))


def course_dates(
    rng: random.Random, status: ParticipantStatus, start: date, today: date
) -> tuple[date, date | None, date | None]:
    """(referred_on, enrolled_on, exited_on) that fit ``status``: referred ≤ enrolled < exited < today."""
    far = 10_000
    if status is S.REFERRED:
        return _referral(rng, start, today, 0, 35), None, None
    low = {S.INTAKE: 10, S.ACTIVE: 30, S.PAUSED: 45, S.COMPLETED: 100, S.DROPPED_OUT: 45}[status]
    referred = _referral(rng, start, today, low, 80 if status is S.INTAKE else far)
    enrolled = min(referred + timedelta(days=rng.randint(2, 28)), today)
    if status in (S.INTAKE, S.ACTIVE, S.PAUSED):
        return referred, enrolled, None
    shortest = 30 if status is S.COMPLETED else 7
    length = rng.randint(60, 420) if status is S.COMPLETED else rng.randint(10, 240)
    exited = enrolled + timedelta(days=length)
    if exited >= today:
        exited = between(rng, enrolled + timedelta(days=shortest), today - timedelta(days=1))
    return referred, enrolled, exited


_REFERRERS = (K.PUBLIC_EMPLOYMENT_SERVICE, K.HOUSING_ASSOCIATION, K.EDUCATION_PROVIDER, K.HEALTH)


def _referrer(rng: random.Random, others: list[OrgRecord], jobcentre: OrgRecord | None) -> int:
    """Mostly the local jobcentre; otherwise the employment service, a housing association, a school, health."""
    if jobcentre is not None and rng.random() < 0.6:
        return jobcentre.id
    return rng.choice(others).id


def write_participants(world: World, writer: BulkWriter) -> None:
    """Write every project's participants, then their consents."""
    numbers = PersonalNumbers(world.rng)
    writer.insert(Participant.__table__, _participants(world, numbers))
    columns = Consent.__table__.c
    to_db = writer.value_converter(columns.given_on, columns.expires_on, columns.withdrawn_on)
    writer.insert_tuples(Consent.__table__, CONSENT_COLUMNS, _consents(world, to_db))


def _participants(world: World, numbers: PersonalNumbers) -> Iterator[Row]:
    rng = world.rng
    orgs = {org.id: org for org in world.organisations}
    next_id = 1
    for project in world.projects:
        n = project.participants
        jobcentres = {org.municipality.name: org for org in project.partners_of(K.JOBCENTRE) if org.municipality}
        places = project.municipalities
        place_weights = [3 if i < 2 else 1 for i in range(len(places))]
        referrers = [org for org in project.partners_of(*_REFERRERS) if org.country is project.country]
        statuses = quota(rng, n, STATUS_SHARES)
        genders = quota(rng, n, GENDER_SHARES)
        caseloads = quota(rng, n, dict(enumerate(project.caseworker_weights)))
        for index in range(n):
            caseworker = project.caseworkers[caseloads[index]]
            org = orgs[caseworker.organisation_id]
            place = org.municipality if org.kind is K.JOBCENTRE and org.municipality else weighted(
                rng, places, place_weights)
            referrer = _referrer(rng, referrers or [project.lead], jobcentres.get(place.name))
            record, row = _participant(world, numbers, project, next_id, statuses[index], genders[index], place,
                                       caseworker, referrer)
            world.participants.append(record)
            next_id += 1
            yield row


def _participant(
    world: World, numbers: PersonalNumbers, project: ProjectRecord, pid: int, status: ParticipantStatus,
    gender: Gender, place: Municipality, caseworker: StaffRecord, referred_by_id: int,
) -> tuple[ParticipantRecord, Row]:
    """One participant (the case belongs to the caseworker's organisation) as a record and a row."""
    rng, today, country = world.rng, world.today, project.country
    pools = world.pools[country]
    foreign = rng.random() < (0.22 if country is Country.DK else 0.32)
    third_country = foreign and rng.random() < 0.65
    female = gender is Gender.WOMAN or (gender not in (Gender.WOMAN, Gender.MAN) and rng.random() < 0.5)
    if foreign and rng.random() < 0.7:
        first = rng.choice(world.pools.foreign_female if female else world.pools.foreign_male)
        last = rng.choice(world.pools.foreign_last if rng.random() < 0.8 else pools.last)
    else:
        first, last = rng.choice(pools.female if female else pools.male), rng.choice(pools.last)
    referred, enrolled, exited = course_dates(rng, status, project.starts_on, today)
    low, high = weighted(rng, _AGE_BANDS, _AGE_WEIGHTS)
    age = rng.randint(low, high)
    birth = referred - timedelta(days=int(age * 365.25) + rng.randint(1, 360))
    kind, number, birth = numbers.new(country, birth)

    education = IscedLevel.ISCED_0_2 if age < 18 else weighted(
        rng, tuple(IscedLevel), (52, 40, 8) if age < 25 else (40, 42, 18))
    roll = rng.random()
    months: int | None = None
    if roll < 0.08:
        labour = LabourMarketStatus.INACTIVE
    elif roll < 0.10:
        labour = LabourMarketStatus.EMPLOYED  # a few paid hours a week, still in the target group
    else:
        # Eligibility: at least 3 months' unemployment when under 25, 12 months from 25.
        months = 3 + int(rng.expovariate(1 / 8)) if age < 25 else 12 + int(rng.expovariate(1 / 14))
        long_term = months >= (6 if age < 25 else 12)
        labour = LabourMarketStatus.LONG_TERM_UNEMPLOYED if long_term else LabourMarketStatus.UNEMPLOYED
    unemployed_since = referred - timedelta(days=int(months * 30.44)) if months is not None else None

    outcome = None
    if status is S.COMPLETED:
        outcome = weighted(rng, _COMPLETED_OUTCOMES, _COMPLETED_WEIGHTS)
    elif status is S.DROPPED_OUT:
        outcome = weighted(rng, _DROPOUT_OUTCOMES, _DROPOUT_WEIGHTS)
    followup_due = add_months(exited, 6) if exited else None
    followup_done = followup_outcome = improved = None
    if followup_due and followup_due <= today and rng.random() < 0.8:
        followup_done = min(followup_due + timedelta(days=rng.randint(0, 21)), today)
        followup_outcome = weighted(rng, _FOLLOWUP_OUTCOMES, _FOLLOWUP_WEIGHTS)
        improved = followup_outcome in POSITIVE_OUTCOMES or rng.random() < 0.2

    last_contact, next_contact = _contacts(rng, status, referred, enrolled, exited, today)
    coordinator = rng.choice(project.coordinators)
    housing_area = None
    if place.housing_areas and rng.random() < (0.45 if country is Country.DK else 0.3):
        housing_area = rng.choice(place.housing_areas)
    flat = ""
    if country is Country.DK and rng.random() < 0.5:  # a Danish flat: floor and side
        flat = f", {rng.randint(1, 4)}. {rng.choice(('tv', 'th', 'mf'))}"
    language = "da" if country is Country.DK else "sv"
    if third_country and rng.random() < 0.3:
        language = "en"
    record = ParticipantRecord(
        id=pid, project=project, organisation_id=caseworker.organisation_id, country=country, status=status,
        gender=gender,
        first_name=first, birth_date=birth, referred_on=referred, enrolled_on=enrolled, exited_on=exited,
        exit_outcome=outcome, last_contact_on=last_contact, municipality=place,
        caseworker=caseworker, coordinator=coordinator,
        long_term_unemployed=labour is LabourMarketStatus.LONG_TERM_UNEMPLOYED,
        newly_arrived=third_country and rng.random() < 0.4,
        early_school_leaver=education is IscedLevel.ISCED_0_2 and age < 25, referred_by_id=referred_by_id,
    )
    row: Row = {
        "id": pid, "organisation_id": caseworker.organisation_id, "project_id": project.id,
        "identity_kind": kind.value, "identity_number": number, "first_name": first, "last_name": last,
        "birth_date": birth, "gender": gender.value, "preferred_language": language,
        "phone": phone_number(rng, country),
        "email": f"{ascii_slug(first)}.{ascii_slug(last)}{rng.randint(1, 99)}@example.com",
        "address": f"{rng.choice(pools.streets)} {rng.randint(1, 140)}{flat}",
        "postcode": place.postcode, "city": place.name, "municipality": place.name,
        "housing_area": housing_area,
        "education_level": education.value, "labour_market_status": labour.value,
        "unemployed_since": unemployed_since, "foreign_background": foreign,
        "third_country_national": third_country, "homeless_or_housing_exclusion": rng.random() < 0.04,
        "rural_area": rng.random() < 0.12, "has_disability": rng.random() < 0.09, "is_minority": rng.random() < 0.04,
        "status": status.value, "referred_on": referred, "referred_by_organisation_id": referred_by_id,
        "enrolled_on": enrolled, "exited_on": exited, "exit_outcome": outcome.value if outcome else None,
        "gained_qualification": (outcome in POSITIVE_OUTCOMES and rng.random() < 0.35) if outcome else None,
        "followup_due_on": followup_due, "followup_done_on": followup_done,
        "followup_outcome": followup_outcome.value if followup_outcome else None,
        "followup_improved_situation": improved,
        "next_contact_on": next_contact, "last_contact_on": last_contact,
        "caseworker_id": caseworker.id, "coordinator_id": coordinator.id, "anonymised_at": None,
    }
    return record, row


def _contacts(
    rng: random.Random, status: ParticipantStatus, referred: date, enrolled: date | None, exited: date | None,
    today: date,
) -> tuple[date, date | None]:
    """(last_contact_on, next_contact_on): some follow-ups are due today, some overdue."""
    if exited is not None:
        return exited - timedelta(days=rng.randint(0, 5)), None
    since = enrolled or referred
    if status is S.PAUSED:
        return max(since, today - timedelta(days=rng.randint(14, 70))), today + timedelta(days=rng.randint(7, 60))
    last = max(since, today - timedelta(days=rng.randint(0, 25)))
    roll = rng.random()
    if roll < 0.08:
        return last, today
    if roll < 0.25:
        return last, today - timedelta(days=rng.randint(1, 21))
    return last, today + timedelta(days=rng.randint(1, 35))


CONSENT_COLUMNS = ("id", "organisation_id", "project_id", "participant_id", "recipient_organisation_id", "scope",
                   "given_on", "expires_on", "withdrawn_on", "recorded_by_id")


def _consents(world: World, to_db: Callable[[date | None], object]) -> Iterator[tuple[object, ...]]:
    rng, today = world.rng, world.today
    consent_id = 0
    kinds = (K.JOBCENTRE, K.PUBLIC_EMPLOYMENT_SERVICE, K.HOUSING_ASSOCIATION, K.HEALTH, K.EDUCATION_PROVIDER,
             K.EMPLOYER, K.NGO)
    candidates = {project.id: project.partners_of(*kinds) for project in world.projects}
    for person in world.participants:
        if person.enrolled_on is None and rng.random() < 0.5:
            continue  # consent is usually given at enrolment
        options = [org for org in candidates[person.project.id] if org.id != person.organisation_id]
        count = min(len(options), weighted(rng, (1, 2, 3), (40, 40, 20)))
        given = person.enrolled_on or person.referred_on
        for org in rng.sample(options, count):
            consent_id += 1
            expires = given + timedelta(days=rng.choice((365, 730)))
            withdrawn = between(rng, given, today) if rng.random() < 0.03 else None
            yield (consent_id, person.organisation_id, person.project.id, person.id, org.id,
                   CONSENT_SCOPE[person.country].format(organisation=org.name), to_db(given), to_db(expires),
                   to_db(withdrawn), person.caseworker.id)
