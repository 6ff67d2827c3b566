"""Reading matchmaking's profiles from the database, and the SQL that narrows 100,000 young people first.

A participant's profile comes from their active plan's newest version (goals, resources, barrier kinds), their
age and municipality, and the hours of their latest placement (what they have managed before) unless the
caseworker says otherwise. An opening's profile adds its company's industry and position.

Candidates for an opening are found in two steps: SQL applies every hard constraint it can (status, who the
user may see, age, daily travel distance by municipality, a required driving licence anywhere in the plan)
and picks the most promising (a goal or interest in the opening's field of work, nearness), keeping
:data:`PREFILTER_LIMIT`; the domain's rules then score those exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from neo_desktop.db.models import (
    Employer,
    Opening,
    Participant,
    Placement,
    Plan,
    PlanBarrier,
    PlanGoal,
    PlanResource,
    PlanRevision,
)
from neo_desktop.domain.employer import OpeningStatus, PhysicalDemand
from neo_desktop.domain.matching import (
    ADULT_AGE,
    FAR_KM,
    MAX_DAILY_TRAVEL_KM,
    OpeningProfile,
    ParticipantProfile,
    build_profile,
    split_certificates,
)
from neo_desktop.domain.matching_inputs import FIELDS, fields_of_opening
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.places import known_municipalities, municipalities_within, municipality_centre
from neo_desktop.domain.plan import PlanStatus, ResourceKind

from .employer_queries import TAKING_PLACES, places_taken
from .scoping import visible_participants
from .user import SignedInUser

PREFILTER_LIMIT = 400
MATCHABLE = (ParticipantStatus.INTAKE, ParticipantStatus.ACTIVE)  # young people who are looking now
_OPENING_COLUMNS = (Opening.id, Opening.title, Employer.name, Opening.placement_type, Opening.occupation,
                    Employer.industry_code, Opening.status, Opening.places, Opening.hours_per_week, Opening.starts_on,
                    Opening.ends_on, Opening.language, Opening.language_level, Opening.requires_driving_licence,
                    Opening.required_certificates, Opening.physical_demand, Opening.minimum_age,
                    Opening.offers_mentor, Opening.accessible, Opening.adapted_hours, Opening.latitude,
                    Opening.longitude, Opening.municipality, Employer.latitude, Employer.longitude,
                    Employer.municipality)


def _opening_profile(row: Sequence[Any], taken: int) -> OpeningProfile:
    (opening_id, title, employer, kind, occupation, industry, status, places, hours, starts, ends, language, level,
     licence, certificates, demand, minimum_age, mentor, accessible, adapted, lat, lon, town, e_lat, e_lon,
     e_town) = row
    if lat is None or lon is None:  # the work is at the company's address
        lat, lon = e_lat, e_lon
    return OpeningProfile(opening_id, title, employer or "", kind, occupation, industry, status, places, taken,
                          hours, starts, ends, Language(language) if language in ("da", "sv", "en") else None, level,
                          licence, split_certificates(certificates), demand, minimum_age, mentor, accessible, adapted,
                          lat, lon, town or e_town)


def opening_profiles(session: Session, conditions: Iterable[Any], *, count_taken: bool = True) -> list[OpeningProfile]:
    """Profiles of the openings matching ``conditions`` (one query); without ``count_taken`` every opening
    shows no place taken yet (see :func:`with_places_taken`)."""
    taken = places_taken() if count_taken else literal(0)
    query = (select(*_OPENING_COLUMNS, taken).join(Employer, Employer.id == Opening.employer_id)
             .where(*conditions))
    return [_opening_profile(row[:-1], row[-1] or 0) for row in session.execute(query)]


def open_opening_profiles(session: Session, today: date, *, count_taken: bool = True) -> list[OpeningProfile]:
    """Every open opening that has not ended."""
    return opening_profiles(session, [Opening.status == OpeningStatus.OPEN,
                                      or_(Opening.ends_on.is_(None), Opening.ends_on >= today)],
                            count_taken=count_taken)


def with_places_taken(session: Session, openings: Sequence[OpeningProfile]) -> list[OpeningProfile]:
    """``openings`` with how many places planned and running placements take (one query for them all).

    Counting is what costs when thousands of openings are open, so ranking counts only those it shows.
    """
    if not openings:
        return []
    counts = dict(session.execute(select(Placement.opening_id, func.count(Placement.id)).where(
        Placement.opening_id.in_([o.opening_id for o in openings]), Placement.status.in_(TAKING_PLACES))
        .group_by(Placement.opening_id)).all())
    return [opening._replace(places_taken=counts.get(opening.opening_id, 0)) for opening in openings]


def _active_plans() -> Any:
    return and_(Plan.participant_id == Participant.id, Plan.project_id == Participant.project_id,
                Plan.status != PlanStatus.CLOSED)


def profiles_for(session: Session, people: Sequence[tuple[int, str, date | None, str | None, int]],
                 hours: dict[int, float | None] | None = None) -> list[ParticipantProfile]:
    """Profiles of (participant id, name, birth date, municipality, plan id), from each plan's newest version;
    ``hours`` overrides what each can work (default: the hours of their latest placement)."""
    if not people:
        return []
    plan_ids = [plan_id for *_, plan_id in people]
    latest = dict(session.execute(select(PlanRevision.plan_id, func.max(PlanRevision.id))
                                  .where(PlanRevision.plan_id.in_(plan_ids)).group_by(PlanRevision.plan_id)).all())
    revisions = list(latest.values())
    goals: dict[int, list[Any]] = {}
    resources: dict[int, list[Any]] = {}
    barriers: dict[int, list[Any]] = {}
    for revision, kind, field in session.execute(select(PlanGoal.revision_id, PlanGoal.kind, PlanGoal.field)
                                                 .where(PlanGoal.revision_id.in_(revisions))
                                                 .order_by(PlanGoal.position)):
        goals.setdefault(revision, []).append((kind, field))
    for revision, kind, text, level in session.execute(
            select(PlanResource.revision_id, PlanResource.kind, PlanResource.description, PlanResource.level)
            .where(PlanResource.revision_id.in_(revisions)).order_by(PlanResource.position)):
        resources.setdefault(revision, []).append((kind, text, level))
    for revision, kind in session.execute(select(PlanBarrier.revision_id, PlanBarrier.kind)
                                          .where(PlanBarrier.revision_id.in_(revisions))):
        barriers.setdefault(revision, []).append(kind)
    known_hours = dict(hours or {})
    missing = [person_id for person_id, *_ in people if person_id not in known_hours]
    if missing:
        known_hours.update(latest_placement_hours(session, missing))
    profiles = []
    for person_id, name, birth_date, municipality, plan_id in people:
        revision = latest.get(plan_id, -1)
        profiles.append(build_profile(person_id, name, birth_date=birth_date, municipality=municipality,
                                      goals=goals.get(revision, ()), resources=resources.get(revision, ()),
                                      barriers=barriers.get(revision, ()), hours_per_week=known_hours.get(person_id)))
    return profiles


def latest_placement_hours(session: Session, participant_ids: Sequence[int]) -> dict[int, float | None]:
    """Hours a week of each young person's latest placement (what they have managed before)."""
    rows = session.execute(select(Placement.participant_id, Placement.hours_per_week)
                           .where(Placement.participant_id.in_(participant_ids), Placement.hours_per_week.is_not(None))
                           .order_by(Placement.participant_id, Placement.starts_on)).all()
    return {person_id: hours for person_id, hours in rows}  # the last (newest) of each wins


def participant_profile(session: Session, participant: Participant,
                        hours_per_week: float | None = None) -> ParticipantProfile:
    """One young person's profile (an empty one when they have no active plan yet)."""
    plan_id = session.scalar(select(Plan.id).where(Plan.participant_id == participant.id,
                                                   Plan.project_id == participant.project_id,
                                                   Plan.status != PlanStatus.CLOSED).order_by(Plan.id.desc()).limit(1))
    person = (participant.id, f"{participant.first_name} {participant.last_name}", participant.birth_date,
              participant.municipality, plan_id if plan_id is not None else -1)
    hours = {participant.id: hours_per_week} if hours_per_week is not None else None
    return profiles_for(session, [person], hours)[0]


def _years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _words_like(column: Any, stems: Iterable[str]) -> list[Any]:
    """SQL for "a word of ``column`` matches a stem", as :func:`matching_inputs.fields_of_text` reads it."""
    text = func.lower(column)
    options: list[Any] = []
    for stem in stems:
        if len(stem) >= 5:
            options.append(text.like(f"%{stem}%"))
        elif len(stem) >= 3:
            options += [text.like(f"{stem}%"), text.like(f"% {stem}%"), text.like(f"%-{stem}%")]
        else:
            options += [text == stem, text.like(f"{stem} %"), text.like(f"% {stem}"), text.like(f"% {stem} %"),
                        text.like(f"{stem}-%")]
    return options


def candidate_rows(session: Session, user: SignedInUser, opening: OpeningProfile,
                   today: date) -> list[tuple[int, str, date | None, str | None, int]]:
    """Young people who may fit ``opening`` after the hard constraints SQL can apply, most promising first.

    Promising means, in this order: a goal or interest in the opening's field and living within
    :data:`FAR_KM`; the same further away but within daily travel; then anyone within daily travel. Each step
    stops as soon as it has enough, so a common field costs a few milliseconds; only a field nobody has
    chosen makes SQL look at everyone.
    """
    conditions: list[Any] = [Participant.status.in_(MATCHABLE), Participant.anonymised_at.is_(None),
                             visible_participants(session, user)]
    minimum = max(opening.minimum_age or 0, ADULT_AGE if opening.physical_demand is PhysicalDemand.HIGH else 0)
    if minimum:  # an unknown age is not excluded: the rules say "age unknown"
        conditions.append(or_(Participant.birth_date.is_(None),
                              Participant.birth_date <= _years_before(today, minimum)))
    revision_of_plan = PlanRevision.plan_id == Plan.id
    if opening.requires_driving_licence:
        conditions.append(exists().where(PlanResource.revision_id == PlanRevision.id, revision_of_plan,
                                         PlanResource.kind == ResourceKind.DRIVING_LICENCE))
    rings: list[Any] = [literal(True)]
    location = _location(opening)
    if location is not None:
        near, reach = (municipalities_within(*location, km) for km in (FAR_KM, MAX_DAILY_TRAVEL_KM))
        unknown = or_(Participant.municipality.is_(None), Participant.municipality.not_in(known_municipalities()))
        rings = [or_(Participant.municipality.in_(near), unknown),
                 Participant.municipality.in_([name for name in reach if name not in near])]
    stems = [stem for name in fields_of_opening(opening) for stem in FIELDS[name][0]]
    steps: list[list[Any]] = []
    if stems:
        in_field = or_(
            exists().where(PlanGoal.revision_id == PlanRevision.id, revision_of_plan,
                           or_(*_words_like(PlanGoal.field, stems))),
            exists().where(PlanResource.revision_id == PlanRevision.id, revision_of_plan,
                           PlanResource.kind.in_((ResourceKind.INTEREST, ResourceKind.EXPERIENCE)),
                           or_(*_words_like(PlanResource.description, stems))))
        steps += [[ring, in_field] for ring in rings]
    steps.append([or_(*rings)] if len(rings) > 1 else rings)
    found: dict[int, tuple[int, str, date | None, str | None, int]] = {}
    for step in steps:
        wanted = PREFILTER_LIMIT - len(found)
        if wanted <= 0:
            break
        query = (select(Participant.id, Participant.first_name, Participant.last_name, Participant.birth_date,
                        Participant.municipality, Plan.id)
                 .join(Plan, _active_plans()).where(*conditions, *step).limit(wanted))
        if found:
            query = query.where(Participant.id.not_in(list(found)))
        for pid, first, last, born, town, plan_id in session.execute(query):
            found[pid] = (pid, f"{first} {last}", born, town, plan_id)
    return list(found.values())


def _location(opening: OpeningProfile) -> tuple[float, float] | None:
    if opening.latitude is not None and opening.longitude is not None:
        return opening.latitude, opening.longitude
    centre = municipality_centre(opening.municipality)
    return (centre.latitude, centre.longitude) if centre else None
