"""What matchmaking reads: a young person's and an opening's profiles, fields of work, and plan texts.

Plans are written by people, so interests, goals and languages are free text ("logistik", "Lagermedarbejder",
"dansk — flydende"). This module reads them: which fields of work a text speaks of (Danish, Swedish and English
word stems, and the company's NACE/SNI code), which language and level a language resource names. The rules
that compare the two profiles are :mod:`neo_desktop.domain.matching`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .employer import LanguageLevel, OpeningStatus, PhysicalDemand, PlacementType
from .organisation import Language
from .plan import BarrierKind, GoalKind, ResourceKind


@dataclass(frozen=True)
class ParticipantProfile:
    """What matchmaking knows of a young person (from the participant record and their current plan)."""

    participant_id: int
    name: str
    birth_date: date | None = None
    municipality: str | None = None
    goals: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    experiences: tuple[str, ...] = ()
    languages: tuple[tuple[Language, LanguageLevel], ...] = ()
    driving_licence: bool = False
    certificates: tuple[str, ...] = ()
    barriers: frozenset[BarrierKind] = frozenset()
    hours_per_week: float | None = None  # what the young person can work, when known


class OpeningProfile(NamedTuple):
    """What matchmaking knows of an opening: its requirements, supports, place and whether places are free.

    (A named tuple: thousands are read for every ranking, and a frozen dataclass is slow to make.)
    """

    opening_id: int
    title: str
    employer_name: str = ""
    placement_type: PlacementType = PlacementType.ORDINARY_JOB
    occupation: str | None = None
    industry_code: str | None = None  # the company's NACE/SNI code
    status: OpeningStatus = OpeningStatus.OPEN
    places: int = 1
    places_taken: int = 0
    hours_per_week: float | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    language: Language | None = None
    language_level: LanguageLevel = LanguageLevel.NONE
    requires_driving_licence: bool = False
    required_certificates: tuple[str, ...] = ()
    physical_demand: PhysicalDemand = PhysicalDemand.LOW
    minimum_age: int | None = None
    offers_mentor: bool = False
    accessible: bool = False
    adapted_hours: bool = False
    latitude: float | None = None
    longitude: float | None = None
    municipality: str | None = None


# ------------------------------------------------------------------------------------------- fields of work

# Field of work → (word stems in Danish, Swedish and English; NACE/SNI code prefixes). A stem of five letters
# or more matches inside a compound word ("gartner" in "anlægsgartner"); a shorter one matches the start of
# a word ("bygg" in "byggeri"); one of two letters only the whole word ("it").
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "logistics": (("logisti", "lager", "transport", "chauffør", "chaufför", "lastbil", "truck", "pakke", "packa",
                   "pakker", "åkeri", "warehouse", "driver", "budbil"), ("49", "52", "53")),
    "retail": (("detailhandel", "detaljhandel", "retail", "butik", "shop", "kasse", "kassa", "ekspedient", "expedit",
                "sælger", "säljare", "supermarked", "livsmedel"), ("47",)),
    "care": (("omsorg", "care", "pleje", "vård", "sundhed", "sköterska", "hjemmepleje", "hemtjänst", "ældre",
              "äldre", "pædagog", "barnskötare", "børn", "nurse"), ("86", "87", "88")),
    "construction": (("bygg", "construction", "tømrer", "snickare", "murer", "murare", "vvs", "rør", "elektriker",
                      "håndværk", "hantverk", "maler", "målare", "carpenter"), ("41", "42", "43")),
    "food": (("køkken", "kök", "kantine", "storkök", "restaurant", "restaurang", "kitchen", "kok", "kock", "bager",
              "bagar", "café", "opvask", "diskare", "hotel", "cook"), ("10", "55", "56")),
    "it": (("it", "data", "computer", "programm", "support"), ("62", "63")),
    "nature": (("dyr", "djur", "natur", "gartner", "trädgård", "park", "landbrug", "jordbruk", "garden", "animal"),
               ("01", "81.3")),
    "vehicles": (("motor", "mekani", "fordon", "bil", "auto", "dæk", "däck", "vehicle"), ("45",)),
    "cleaning": (("rengøring", "städ", "lokalvård", "cleaning", "stuepige", "gårdmand", "fastighet", "vicevært",
                  "ejendom"), ("81.2", "68")),
    "beauty": (("frisør", "frisör", "hair", "skønhed", "skönhet"), ("96",)),
    "office": (("kontor", "office", "administrat", "reception", "sekretær", "sekreterare"), ("69", "70", "82")),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _stem_matches(stem: str, word: str) -> bool:
    if len(stem) <= 2:
        return word == stem
    return stem in word if len(stem) >= 5 else word.startswith(stem)


@functools.lru_cache(maxsize=4096)
def fields_of_text(text: str) -> frozenset[str]:
    """The fields of work a piece of text (an interest, a goal, an occupation) speaks of."""
    words = _WORD.findall(text.casefold())
    return frozenset(name for name, (stems, _codes) in FIELDS.items()
                     if any(_stem_matches(stem, word) for stem in stems for word in words))


@functools.lru_cache(maxsize=1024)
def fields_of_industry(code: str | None) -> frozenset[str]:
    """The fields of work of a NACE/SNI code ("49.41", "49.410")."""
    if not code:
        return frozenset()
    return frozenset(name for name, (_stems, prefixes) in FIELDS.items() if code.startswith(prefixes))


def fields_of_opening(opening: OpeningProfile) -> frozenset[str]:
    """The fields of an opening: its occupation and title, or else its company's industry."""
    named = fields_of_text(f"{opening.occupation or ''} {opening.title}")
    return named or fields_of_industry(opening.industry_code)


@functools.lru_cache(maxsize=8192)
def same_occupation(goal: str, occupation: str | None) -> bool:
    """True when a goal names the opening's occupation (one word starts with the other: "Kok", "Kokkeelev")."""
    if not occupation:
        return False
    goal_words, job_words = _WORD.findall(goal.casefold()), _WORD.findall(occupation.casefold())
    return any(len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a))
               for a in goal_words for b in job_words)


# ------------------------------------------------------------------------------------------- plan contents

_LANGUAGE_WORDS = {Language.DA: ("dansk", "danish", "danska"), Language.SV: ("svensk", "swedish"),
                   Language.EN: ("engelsk", "english")}
_LEVEL_WORDS = {
    LanguageLevel.BASIC: ("basic", "grundlæggende", "grundläggande", "begynder", "nybörjare", "lidt", "lite", "a1",
                          "a2"),
    LanguageLevel.GOOD: ("good", "god", "godt", "bra", "b1", "b2"),
    LanguageLevel.FLUENT: ("fluent", "flydende", "flytande", "modersmål", "modersmål", "native", "c1", "c2"),
}
LEVEL_ORDER = {LanguageLevel.NONE: 0, LanguageLevel.BASIC: 1, LanguageLevel.GOOD: 2, LanguageLevel.FLUENT: 3}


def parse_language(text: str) -> Language | None:
    """The language a plan's language resource names ("dansk", "Svenska", "English"), if one the work uses."""
    words = _WORD.findall(text.casefold())
    return next((language for language, names in _LANGUAGE_WORDS.items()
                 if any(word.startswith(names) for word in words)), None)


def parse_language_level(text: str | None) -> LanguageLevel | None:
    """A language level written in a plan ("good", "flydende", "B1"), if it can be read."""
    words = re.findall(r"\w+", (text or "").casefold())
    return next((level for level, names in _LEVEL_WORDS.items() if any(word in names for word in words)), None)


def build_profile(participant_id: int, name: str, *, birth_date: date | None, municipality: str | None,
                  goals: Iterable[tuple[GoalKind, str]] = (),
                  resources: Iterable[tuple[ResourceKind, str, str | None]] = (),
                  barriers: Iterable[BarrierKind] = (), hours_per_week: float | None = None) -> ParticipantProfile:
    """A profile from a plan's goals (kind, field), resources (kind, description, level) and barrier kinds."""
    sorted_resources: dict[ResourceKind, list[tuple[str, str | None]]] = {}
    for kind, description, level in resources:
        sorted_resources.setdefault(ResourceKind(kind), []).append((description, level))
    languages: dict[Language, LanguageLevel] = {}
    for description, level in sorted_resources.get(ResourceKind.LANGUAGE, []):
        language = parse_language(description)
        parsed = parse_language_level(level) or LanguageLevel.BASIC  # named without a level: some of it
        if language is not None and LEVEL_ORDER[parsed] > LEVEL_ORDER[languages.get(language, LanguageLevel.NONE)]:
            languages[language] = parsed
    texts = {kind: tuple(description for description, _ in items) for kind, items in sorted_resources.items()}
    return ParticipantProfile(
        participant_id, name, birth_date, municipality, goals=tuple(field for _kind, field in goals),
        interests=texts.get(ResourceKind.INTEREST, ()), experiences=texts.get(ResourceKind.EXPERIENCE, ()),
        languages=tuple(languages.items()), driving_licence=ResourceKind.DRIVING_LICENCE in sorted_resources,
        certificates=texts.get(ResourceKind.CERTIFICATE, ()), barriers=frozenset(barriers),
        hours_per_week=hours_per_week)


def age_on(birth_date: date, today: date) -> int:
    """Age in whole years on ``today``."""
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))


def split_certificates(text: str | None) -> tuple[str, ...]:
    """An opening's required certificates, written one a line or separated by commas or semicolons."""
    return tuple(part.strip() for part in re.split(r"[,;\n]", text or "") if part.strip())
