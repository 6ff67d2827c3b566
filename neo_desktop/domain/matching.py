"""Explainable matchmaking between young people and openings: the rules, as pure functions.

A match compares a participant's plan (goals, interests, experience, languages, driving licence,
certificates, barriers, the hours they can work), age and municipality with an opening's requirements,
supports and place. Every rule that has something to say adds a :class:`Reason`; nothing else moves the score.

- **Hard constraints exclude**: the opening is not open, all its places are taken or it has ended; the young
  person is under its minimum age, or under 18 where the work is heavy; a required driving licence is missing;
  a language level the work depends on (good or fluent — a basic level is a wish) is not met; the opening is
  further away than anyone travels daily (:data:`MAX_DAILY_TRAVEL_KM`).
- **Soft ones rank**: goals and interests against the occupation and industry, experience, languages,
  certificates, hours, distance (a transport barrier shortens it), and the supports offered (a mentor, adapted
  hours, an accessible workplace) where the plan's barriers call for them.

Scores run from 0 to 100, starting at :data:`BASE_SCORE`. Reasons carry an English template with
``{named}`` placeholders, marked for Qt's translation tools in the context "MatchReasons", so the UI can show
them in Danish and Swedish; :attr:`Reason.text` is the English rendering ("interest: logistik ✓").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from .employer import LanguageLevel, OpeningStatus, PhysicalDemand
from .errors import QT_TRANSLATE_NOOP
from .matching_inputs import (
    LEVEL_ORDER,
    OpeningProfile,
    ParticipantProfile,
    age_on,
    build_profile,
    fields_of_opening,
    fields_of_text,
    same_occupation,
    split_certificates,
)
from .organisation import Language
from .places import MunicipalityCentre, haversine_km, municipality_centre
from .plan import BarrierKind

REASONS_CONTEXT = "MatchReasons"
BASE_SCORE = 35
MAX_DAILY_TRAVEL_KM = 100.0  # further than this is not a daily journey (hard)
NEAR_KM, FAR_KM = 15.0, 40.0  # within NEAR is close; beyond FAR counts against the match
ADULT_AGE = 18
HARD_LANGUAGE_LEVELS = frozenset({LanguageLevel.GOOD, LanguageLevel.FLUENT})  # the work depends on it
HOURS_SLACK = 2.0  # an opening of up to two hours more than the young person can work still fits


class ReasonKind(StrEnum):
    """What a reason is about."""

    GOAL = "goal"
    INTEREST = "interest"
    EXPERIENCE = "experience"
    NO_FIELD = "no_field"
    NO_WISHES = "no_wishes"
    LANGUAGE = "language"
    DRIVING_LICENCE = "driving_licence"
    CERTIFICATE = "certificate"
    MINIMUM_AGE = "minimum_age"
    UNDER_18 = "under_18"
    HOURS = "hours"
    DISTANCE = "distance"
    MENTOR = "mentor"
    ACCESSIBLE = "accessible"
    ADAPTED_HOURS = "adapted_hours"
    PHYSICAL = "physical"
    STATUS = "status"
    FULL = "full"
    ENDED = "ended"


# The reasons' sentences (marked for Qt's translation tools; the UI translates them in "MatchReasons").
T_GOAL = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "goal: {subject}")
T_INTEREST = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "interest: {subject}")
T_EXPERIENCE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "experience: {subject}")
T_NO_FIELD = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "no goal or interest in this field")
T_NO_WISHES = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "no goals or interests in the plan yet")
T_LANGUAGE_MET = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{language}: {level}")
T_LANGUAGE_WISH = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "asks for {level} {language}")
T_LANGUAGE_NEEDED = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "needs {level} {language}")
T_LANGUAGE_UNKNOWN = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{language} level not in the plan")
T_LICENCE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "driving licence")
T_NO_LICENCE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "needs driving licence")
T_CERTIFICATE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "certificate: {subject}")
T_NO_CERTIFICATE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "needs certificate: {subject}")
T_AGE_MET = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "minimum age {minimum}")
T_UNDER_AGE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "under the minimum age of {minimum}")
T_AGE_UNKNOWN = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "age unknown; minimum age {minimum}")
T_UNDER_18 = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "under 18: no heavy physical work")
T_HOURS = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{hours} h a week")
T_HOURS_ADAPTED = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{hours} h a week; adapted hours offered")
T_HOURS_TOO_MANY = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{hours} h a week, can work {capacity}")
T_DISTANCE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{km} km away")
T_DISTANCE_TRANSPORT = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{km} km away; transport is a barrier")
T_TOO_FAR = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "{km} km away: too far to travel daily")
T_DISTANCE_UNKNOWN = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "distance unknown")
T_MENTOR = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "offers a mentor")
T_ACCESSIBLE = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "accessible workplace")
T_ADAPTED = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "adapted hours")
T_PHYSICAL = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "heavy physical work; see the health barrier")
T_STATUS = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "the opening is {status}")
T_FULL = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "no free place")
T_ENDED = QT_TRANSLATE_NOOP(REASONS_CONTEXT, "the opening ended on {date}")

ENGLISH_LANGUAGE_NAMES = {Language.DA: "Danish", Language.SV: "Swedish", Language.EN: "English"}


class Reason(NamedTuple):
    """One reason for or against a match: ✓ (``met`` True), ✗ (False) or information (None).

    ``hard`` reasons exclude the match; ``points`` is what the reason adds to (or takes from) the score.
    (A named tuple rather than a dataclass: ranking thousands of openings makes tens of thousands of them.)
    """

    kind: ReasonKind
    met: bool | None
    template: str
    params: tuple[tuple[str, Any], ...] = ()
    points: float = 0.0
    hard: bool = False

    @property
    def values(self) -> dict[str, Any]:
        """The placeholders' values by name."""
        return dict(self.params)

    @property
    def mark(self) -> str:
        """"✓", "✗" or nothing."""
        return "✓" if self.met is True else "✗" if self.met is False else ""

    @property
    def text(self) -> str:
        """The reason in English, with its mark: "interest: logistik ✓", "12 km away"."""
        sentence = self.template.format(**{key: english_value(value) for key, value in self.params})
        return f"{sentence} {self.mark}" if self.mark else sentence


def english_value(value: Any) -> str:
    """A placeholder's value in English: languages by name, enum values as words, whole numbers without ".0"."""
    if isinstance(value, Language):
        return ENGLISH_LANGUAGE_NAMES[value]
    if isinstance(value, StrEnum):
        return value.value.replace("_", " ")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class Match(NamedTuple):
    """A participant against an opening: the score (0–100) and every reason, exclusions first."""

    score: int
    reasons: tuple[Reason, ...]
    excluded: bool = False  # a hard constraint rules the match out

    @property
    def exclusions(self) -> tuple[Reason, ...]:
        """The hard reasons."""
        return tuple(reason for reason in self.reasons if reason.hard)

    def lines(self) -> list[str]:
        """The reasons in English, one a line (as stored with a proposal)."""
        return [reason.text for reason in self.reasons]


# What each reason adds to the score (from BASE_SCORE; the result is kept within 0–100).
P_GOAL_OCCUPATION, P_GOAL_FIELD, P_INTEREST, P_MORE_INTEREST, P_EXPERIENCE, P_NO_FIELD = 25, 15, 15, 3, 5, -12
P_LANGUAGE_MET, P_LANGUAGE_WISH, P_LANGUAGE_UNKNOWN = 4, -10, -4
P_LICENCE, P_CERTIFICATE, P_NO_CERTIFICATE = 3, 4, -8
P_HOURS, P_HOURS_ADAPTED, P_HOURS_TOO_MANY = 4, 2, -15
P_NEAR, P_FAR = 8, -12
P_MENTOR, P_MENTOR_NEEDED, P_ACCESSIBLE, P_ADAPTED, P_PHYSICAL = 2, 5, 3, 4, -10
# Barriers that make a mentor worth more: the young person needs someone at the workplace to turn to.
MENTOR_BARRIERS = frozenset({BarrierKind.SOCIAL, BarrierKind.LANGUAGE, BarrierKind.HEALTH, BarrierKind.OTHER})


def _reason(kind: ReasonKind, met: bool | None, template: str, points: float = 0.0, hard: bool = False,
            params: tuple[tuple[str, Any], ...] = ()) -> Reason:
    return Reason(kind, met, template, params, points, hard)


class Prepared(NamedTuple):
    """What the rules read of a young person, worked out once for a whole ranking (thousands of openings)."""

    profile: ParticipantProfile
    goals: tuple[tuple[str, frozenset[str]], ...]  # each goal with its fields of work
    interests: tuple[tuple[str, frozenset[str]], ...]
    experiences: tuple[tuple[str, frozenset[str]], ...]
    languages: dict[Language, LanguageLevel]
    certificates: tuple[str, ...]  # case-folded
    home: MunicipalityCentre | None
    age: int | None
    transport: bool  # a transport barrier shortens what is near
    health: bool  # a health barrier makes adapted hours and accessibility count
    mentor_points: float


def prepare(person: ParticipantProfile, today: date) -> Prepared:
    """Work out once what every comparison of ``person`` needs."""
    def with_fields(texts: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
        return tuple((text, fields_of_text(text)) for text in texts)

    return Prepared(person, with_fields(person.goals), with_fields(person.interests), with_fields(person.experiences),
                    dict(person.languages), tuple(c.casefold() for c in person.certificates),
                    municipality_centre(person.municipality),
                    age_on(person.birth_date, today) if person.birth_date else None,
                    BarrierKind.TRANSPORT in person.barriers, BarrierKind.HEALTH in person.barriers,
                    P_MENTOR_NEEDED if person.barriers & MENTOR_BARRIERS else P_MENTOR)


def opening_state_reasons(opening: OpeningProfile, today: date) -> list[Reason]:
    """Hard: the opening is not open, has no free place, or has ended."""
    reasons = []
    if opening.status is not OpeningStatus.OPEN:
        reasons.append(_reason(ReasonKind.STATUS, False, T_STATUS, hard=True, params=(("status", opening.status),)))
    elif opening.places_taken >= opening.places:
        reasons.append(_reason(ReasonKind.FULL, False, T_FULL, hard=True))
    if opening.ends_on is not None and opening.ends_on < today:
        reasons.append(_reason(ReasonKind.ENDED, False, T_ENDED, hard=True, params=(("date", opening.ends_on),)))
    return reasons


def field_reasons(person: Prepared, opening: OpeningProfile) -> list[Reason]:
    """Soft: goals, interests and experience against the opening's occupation and industry."""
    fields = fields_of_opening(opening)
    occupation = opening.occupation or opening.title
    reasons = []
    for goal, goal_fields in person.goals:
        if same_occupation(goal, occupation):
            reasons.append(_reason(ReasonKind.GOAL, True, T_GOAL, P_GOAL_OCCUPATION, params=(("subject", goal),)))
        elif fields & goal_fields:
            reasons.append(_reason(ReasonKind.GOAL, True, T_GOAL, P_GOAL_FIELD, params=(("subject", goal),)))
    matching = [interest for interest, interest_fields in person.interests if fields & interest_fields]
    reasons += [_reason(ReasonKind.INTEREST, True, T_INTEREST, P_INTEREST if index == 0 else P_MORE_INTEREST,
                        params=(("subject", interest),)) for index, interest in enumerate(matching)]
    reasons += [_reason(ReasonKind.EXPERIENCE, True, T_EXPERIENCE, P_EXPERIENCE, params=(("subject", experience),))
                for experience, experience_fields in person.experiences if fields & experience_fields]
    if reasons:
        return reasons
    if person.goals or person.interests:
        return [_reason(ReasonKind.NO_FIELD, False, T_NO_FIELD, P_NO_FIELD)]
    return [_reason(ReasonKind.NO_WISHES, None, T_NO_WISHES)]


def language_reasons(person: Prepared, opening: OpeningProfile) -> list[Reason]:
    """The language the work uses: met ✓; not met ✗ (hard when the work depends on it); unknown."""
    asked = opening.language_level
    if opening.language is None or asked is LanguageLevel.NONE:
        return []
    language = opening.language
    has = person.languages.get(language)
    if has is not None and LEVEL_ORDER[has] >= LEVEL_ORDER[asked]:
        return [_reason(ReasonKind.LANGUAGE, True, T_LANGUAGE_MET, P_LANGUAGE_MET,
                        params=(("language", language), ("level", has)))]
    if has is None:
        return [_reason(ReasonKind.LANGUAGE, None, T_LANGUAGE_UNKNOWN, P_LANGUAGE_UNKNOWN,
                        params=(("language", language),))]
    if asked in HARD_LANGUAGE_LEVELS:
        return [_reason(ReasonKind.LANGUAGE, False, T_LANGUAGE_NEEDED, hard=True,
                        params=(("level", asked), ("language", language)))]
    return [_reason(ReasonKind.LANGUAGE, False, T_LANGUAGE_WISH, P_LANGUAGE_WISH,
                    params=(("level", asked), ("language", language)))]


def licence_and_certificate_reasons(person: Prepared, opening: OpeningProfile) -> list[Reason]:
    """Hard: a required driving licence. Soft: certificates (a short course can get one)."""
    reasons = []
    if opening.requires_driving_licence:
        reasons.append(_reason(ReasonKind.DRIVING_LICENCE, True, T_LICENCE, P_LICENCE)
                       if person.profile.driving_licence
                       else _reason(ReasonKind.DRIVING_LICENCE, False, T_NO_LICENCE, hard=True))
    for required in opening.required_certificates:
        wanted = required.casefold()
        if any(wanted in have or have in wanted for have in person.certificates):
            reasons.append(_reason(ReasonKind.CERTIFICATE, True, T_CERTIFICATE, P_CERTIFICATE,
                                   params=(("subject", required),)))
        else:
            reasons.append(_reason(ReasonKind.CERTIFICATE, False, T_NO_CERTIFICATE, P_NO_CERTIFICATE,
                                   params=(("subject", required),)))
    return reasons


def age_reasons(person: Prepared, opening: OpeningProfile) -> list[Reason]:
    """Hard: under the opening's minimum age; under 18 where the work is physically heavy."""
    minimum, age = opening.minimum_age, person.age
    if age is None:
        return [_reason(ReasonKind.MINIMUM_AGE, None, T_AGE_UNKNOWN, params=(("minimum", minimum),))] \
            if minimum else []
    reasons = []
    if minimum:
        reasons.append(_reason(ReasonKind.MINIMUM_AGE, True, T_AGE_MET, params=(("minimum", minimum),))
                       if age >= minimum else
                       _reason(ReasonKind.MINIMUM_AGE, False, T_UNDER_AGE, hard=True, params=(("minimum", minimum),)))
    if age < ADULT_AGE and opening.physical_demand is PhysicalDemand.HIGH:
        reasons.append(_reason(ReasonKind.UNDER_18, False, T_UNDER_18, hard=True))
    return reasons


def hours_reasons(person: Prepared, opening: OpeningProfile) -> list[Reason]:
    """Soft: the opening's hours against what the young person can work (when both are known)."""
    hours, capacity = opening.hours_per_week, person.profile.hours_per_week
    if hours is None or capacity is None:
        return []
    if hours <= capacity + HOURS_SLACK:
        return [_reason(ReasonKind.HOURS, True, T_HOURS, P_HOURS, params=(("hours", hours),))]
    if opening.adapted_hours:
        return [_reason(ReasonKind.HOURS, True, T_HOURS_ADAPTED, P_HOURS_ADAPTED, params=(("hours", hours),))]
    return [_reason(ReasonKind.HOURS, False, T_HOURS_TOO_MANY, P_HOURS_TOO_MANY,
                    params=(("hours", hours), ("capacity", capacity)))]


def distance_km(person: ParticipantProfile | Prepared, opening: OpeningProfile) -> float | None:
    """From the centre of the young person's municipality to the opening, when both places are known."""
    home = person.home if isinstance(person, Prepared) else municipality_centre(person.municipality)
    if home is None:
        return None
    if opening.latitude is not None and opening.longitude is not None:
        return haversine_km(home.latitude, home.longitude, opening.latitude, opening.longitude)
    place = municipality_centre(opening.municipality)
    return None if place is None else haversine_km(home.latitude, home.longitude, place.latitude, place.longitude)


def distance_reasons(person: Prepared, opening: OpeningProfile) -> list[Reason]:
    """Near counts for, far against (sooner with a transport barrier); beyond daily travel excludes."""
    km = distance_km(person, opening)
    if km is None:
        return [_reason(ReasonKind.DISTANCE, None, T_DISTANCE_UNKNOWN)]
    shown = (("km", round(km)),)
    if km > MAX_DAILY_TRAVEL_KM:
        return [_reason(ReasonKind.DISTANCE, False, T_TOO_FAR, hard=True, params=shown)]
    near, far = (NEAR_KM / 2, FAR_KM / 2) if person.transport else (NEAR_KM, FAR_KM)
    if km <= near:
        return [_reason(ReasonKind.DISTANCE, None, T_DISTANCE, P_NEAR, params=shown)]
    if km <= far:
        return [_reason(ReasonKind.DISTANCE, None, T_DISTANCE, params=shown)]
    return [_reason(ReasonKind.DISTANCE, False, T_DISTANCE_TRANSPORT if person.transport else T_DISTANCE, P_FAR,
                    params=shown)]


def support_reasons(person: Prepared, opening: OpeningProfile, hours_said: bool) -> list[Reason]:
    """Soft: a mentor (worth more with social, language or health barriers); adapted hours, accessibility and
    heavy work where the plan has a health barrier."""
    reasons = []
    if opening.offers_mentor:
        reasons.append(_reason(ReasonKind.MENTOR, True, T_MENTOR, person.mentor_points))
    if person.health:
        if opening.adapted_hours and not hours_said:
            reasons.append(_reason(ReasonKind.ADAPTED_HOURS, True, T_ADAPTED, P_ADAPTED))
        if opening.accessible:
            reasons.append(_reason(ReasonKind.ACCESSIBLE, True, T_ACCESSIBLE, P_ACCESSIBLE))
        if opening.physical_demand is PhysicalDemand.HIGH:
            reasons.append(_reason(ReasonKind.PHYSICAL, False, T_PHYSICAL, P_PHYSICAL))
    return reasons


def match(person: ParticipantProfile | Prepared, opening: OpeningProfile, today: date) -> Match:
    """Compare one young person with one opening: the score and every reason (exclusions first)."""
    prepared = person if isinstance(person, Prepared) else prepare(person, today)
    hours = hours_reasons(prepared, opening)
    reasons = [
        *opening_state_reasons(opening, today), *field_reasons(prepared, opening),
        *language_reasons(prepared, opening), *licence_and_certificate_reasons(prepared, opening),
        *age_reasons(prepared, opening), *hours, *distance_reasons(prepared, opening),
        *support_reasons(prepared, opening, bool(hours) and hours[0].met is True),
    ]
    if any(reason.hard for reason in reasons):
        reasons.sort(key=lambda reason: not reason.hard)  # stable: the rest keep the order above
        return Match(0, tuple(reasons), excluded=True)
    score = BASE_SCORE + sum(reason.points for reason in reasons)
    return Match(round(max(0.0, min(100.0, score))), tuple(reasons))


def rank_openings(person: ParticipantProfile, openings: Iterable[OpeningProfile],
                  today: date) -> list[tuple[OpeningProfile, Match]]:
    """Every opening against one young person: suggestions by score (best first), then the excluded ones."""
    prepared = prepare(person, today)
    matched = [(opening, match(prepared, opening, today)) for opening in openings]
    matched.sort(key=lambda pair: (pair[1].excluded, -pair[1].score, pair[0].title.casefold(), pair[0].opening_id))
    return matched


def rank_candidates(opening: OpeningProfile, people: Iterable[ParticipantProfile],
                    today: date) -> list[tuple[ParticipantProfile, Match]]:
    """Every young person against one opening: candidates by score (best first), then the excluded ones."""
    matched = [(person, match(person, opening, today)) for person in people]
    matched.sort(key=lambda pair: (pair[1].excluded, -pair[1].score, pair[0].name.casefold(),
                                   pair[0].participant_id))
    return matched


__all__ = ["BASE_SCORE", "MAX_DAILY_TRAVEL_KM", "REASONS_CONTEXT", "Match", "OpeningProfile", "ParticipantProfile",
           "Prepared", "Reason", "ReasonKind", "build_profile", "distance_km", "english_value", "match", "prepare",
           "rank_candidates", "rank_openings", "split_certificates"]
