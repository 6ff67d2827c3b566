"""The matching rules without Qt or a database: every reason, every hard constraint, and the ranking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from neo_desktop.domain.employer import LanguageLevel, OpeningStatus, PhysicalDemand, PlacementType
from neo_desktop.domain.matching import (
    BASE_SCORE,
    REASONS_CONTEXT,
    Match,
    OpeningProfile,
    ParticipantProfile,
    ReasonKind,
    build_profile,
    match,
    rank_candidates,
    rank_openings,
)
from neo_desktop.domain.matching_inputs import fields_of_text, parse_language, parse_language_level
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.plan import BarrierKind, GoalKind, ResourceKind

TODAY = date(2026, 11, 23)
VIBORG = (56.451, 9.402)


def person(**changes: object) -> ParticipantProfile:
    """Søren: 22, lives in Viborg, wants warehouse work, likes logistics, fluent Danish, no licence."""
    base = build_profile(1, "Søren Ågård", birth_date=date(2004, 5, 17), municipality="Viborg",
                         goals=[(GoalKind.JOB, "Lagermedarbejder")],
                         resources=[(ResourceKind.INTEREST, "logistik", None),
                                    (ResourceKind.LANGUAGE, "dansk", "flydende")])
    return replace(base, **changes)


def opening(**changes: object) -> OpeningProfile:
    """An open warehouse internship in Viborg with nothing asked and nothing offered."""
    base = OpeningProfile(10, "Lagermedarbejder i praktik", "Viborg Lager ApS", PlacementType.VIRKSOMHEDSPRAKTIK,
                          occupation="Lagermedarbejder", industry_code="52.10", latitude=VIBORG[0],
                          longitude=VIBORG[1])
    return base._replace(**changes)


def texts(result: Match) -> list[str]:
    return [reason.text for reason in result.reasons]


def reason(result: Match, kind: ReasonKind) -> str:
    found = [r.text for r in result.reasons if r.kind is kind]
    assert found, f"no {kind} reason in {texts(result)}"
    return found[0]


# ------------------------------------------------------------------------------------------------- soft rules

def test_goal_naming_the_occupation_and_interest_in_the_field_count_for_the_match() -> None:
    result = match(person(), opening(), TODAY)
    assert not result.excluded
    assert texts(result)[:2] == ["goal: Lagermedarbejder ✓", "interest: logistik ✓"]
    unrelated = match(person(goals=("Frisør",), interests=("dyr og natur",)), opening(), TODAY)
    assert "no goal or interest in this field ✗" in texts(unrelated)
    assert result.score > unrelated.score + 30


def test_a_goal_in_the_same_field_counts_less_than_the_occupation_itself() -> None:
    same_job = match(person(interests=()), opening(), TODAY)
    same_field = match(person(goals=("Chauffør",), interests=()), opening(), TODAY)
    assert reason(same_field, ReasonKind.GOAL) == "goal: Chauffør ✓"
    assert same_job.score > same_field.score > match(person(goals=("Kok",), interests=()), opening(), TODAY).score


def test_the_companys_industry_stands_in_when_the_title_says_nothing() -> None:
    vague = opening(title="Medarbejder", occupation=None, industry_code="49.41")  # road haulage
    assert reason(match(person(goals=()), vague, TODAY), ReasonKind.INTEREST) == "interest: logistik ✓"


def test_experience_in_the_field_counts() -> None:
    result = match(person(goals=(), interests=(), experiences=("fritidsjob på lager",)), opening(), TODAY)
    assert reason(result, ReasonKind.EXPERIENCE) == "experience: fritidsjob på lager ✓"


def test_a_plan_without_goals_or_interests_says_so_without_counting_against() -> None:
    result = match(person(goals=(), interests=()), opening(), TODAY)
    assert reason(result, ReasonKind.NO_WISHES) == "no goals or interests in the plan yet"


def test_language_met_wished_or_unknown() -> None:
    asks_basic = opening(language=Language.DA, language_level=LanguageLevel.BASIC)
    assert reason(match(person(), asks_basic, TODAY), ReasonKind.LANGUAGE) == "Danish: fluent ✓"
    swedish = opening(language=Language.SV, language_level=LanguageLevel.BASIC)
    assert reason(match(person(), swedish, TODAY), ReasonKind.LANGUAGE) == "Swedish level not in the plan"
    beginner = person(languages=((Language.SV, LanguageLevel.NONE),))
    wish = match(beginner, swedish, TODAY)
    assert reason(wish, ReasonKind.LANGUAGE) == "asks for basic Swedish ✗" and not wish.excluded


def test_certificates_held_or_missing() -> None:
    forklift = opening(required_certificates=("Truckcertifikat",))
    missing = match(person(), forklift, TODAY)
    assert reason(missing, ReasonKind.CERTIFICATE) == "needs certificate: Truckcertifikat ✗"
    assert not missing.excluded  # a short course gets one: it ranks lower, it is not ruled out
    held = match(person(certificates=("truckcertifikat B",)), forklift, TODAY)
    assert reason(held, ReasonKind.CERTIFICATE) == "certificate: Truckcertifikat ✓"
    assert held.score > missing.score


def test_hours_fit_are_adapted_or_are_too_many() -> None:
    full_time = opening(hours_per_week=37.0)
    assert reason(match(person(hours_per_week=37.0), full_time, TODAY), ReasonKind.HOURS) == "37 h a week ✓"
    too_many = match(person(hours_per_week=20.0), full_time, TODAY)
    assert reason(too_many, ReasonKind.HOURS) == "37 h a week, can work 20 ✗"
    adapted = match(person(hours_per_week=20.0), full_time._replace(adapted_hours=True), TODAY)
    assert reason(adapted, ReasonKind.HOURS) == "37 h a week; adapted hours offered ✓"
    assert adapted.score > too_many.score
    assert not [r for r in match(person(), full_time, TODAY).reasons if r.kind is ReasonKind.HOURS]


def test_distance_near_far_and_shorter_with_a_transport_barrier() -> None:
    near = match(person(), opening(), TODAY)
    assert reason(near, ReasonKind.DISTANCE) == "0 km away"
    silkeborg = opening(latitude=56.170, longitude=9.545)  # about 32 km from Viborg
    assert reason(match(person(), silkeborg, TODAY), ReasonKind.DISTANCE) == "32 km away"
    no_car = match(person(barriers=frozenset({BarrierKind.TRANSPORT})), silkeborg, TODAY)
    assert reason(no_car, ReasonKind.DISTANCE) == "32 km away; transport is a barrier ✗"
    aarhus = match(person(), opening(latitude=56.157, longitude=10.211), TODAY)  # about 60 km
    assert reason(aarhus, ReasonKind.DISTANCE) == "60 km away ✗"
    assert near.score > aarhus.score
    unknown = match(person(municipality="Atlantis"), opening(), TODAY)
    assert reason(unknown, ReasonKind.DISTANCE) == "distance unknown"


def test_an_opening_without_coordinates_is_placed_in_its_municipality() -> None:
    result = match(person(), opening(latitude=None, longitude=None, municipality="Silkeborg Kommune"), TODAY)
    assert reason(result, ReasonKind.DISTANCE) == "32 km away"


def test_supports_count_where_the_plan_calls_for_them() -> None:
    mentor = opening(offers_mentor=True)
    plain, needing = match(person(), mentor, TODAY), match(person(barriers=frozenset({BarrierKind.SOCIAL})), mentor,
                                                          TODAY)
    assert reason(plain, ReasonKind.MENTOR) == "offers a mentor ✓"
    assert needing.score > plain.score
    health = person(barriers=frozenset({BarrierKind.HEALTH}))
    supported = match(health, opening(adapted_hours=True, accessible=True), TODAY)
    assert {reason(supported, ReasonKind.ADAPTED_HOURS), reason(supported, ReasonKind.ACCESSIBLE)} == {
        "adapted hours ✓", "accessible workplace ✓"}
    heavy = match(health, opening(physical_demand=PhysicalDemand.HIGH), TODAY)
    assert reason(heavy, ReasonKind.PHYSICAL) == "heavy physical work; see the health barrier ✗"
    assert not heavy.excluded
    assert not [r for r in match(person(), opening(adapted_hours=True), TODAY).reasons
                if r.kind is ReasonKind.ADAPTED_HOURS]


def test_minimum_age_met_and_unknown() -> None:
    adults = opening(minimum_age=18)
    assert reason(match(person(), adults, TODAY), ReasonKind.MINIMUM_AGE) == "minimum age 18 ✓"
    unknown = match(person(birth_date=None), adults, TODAY)
    assert reason(unknown, ReasonKind.MINIMUM_AGE) == "age unknown; minimum age 18" and not unknown.excluded


# ------------------------------------------------------------------------------------------- hard constraints

@pytest.mark.parametrize(("who", "what", "expected"), [
    ({}, {"status": OpeningStatus.FILLED}, "the opening is filled ✗"),
    ({}, {"status": OpeningStatus.CLOSED}, "the opening is closed ✗"),
    ({}, {"places": 2, "places_taken": 2}, "no free place ✗"),
    ({}, {"ends_on": date(2026, 11, 1)}, "the opening ended on 2026-11-01 ✗"),
    ({"birth_date": date(2010, 1, 5)}, {"minimum_age": 18}, "under the minimum age of 18 ✗"),
    ({"birth_date": date(2009, 12, 1)}, {"physical_demand": PhysicalDemand.HIGH}, "under 18: no heavy physical work ✗"),
    ({}, {"requires_driving_licence": True}, "needs driving licence ✗"),
    ({"languages": ((Language.DA, LanguageLevel.BASIC),)},
     {"language": Language.DA, "language_level": LanguageLevel.GOOD}, "needs good Danish ✗"),
    ({}, {"latitude": 56.161, "longitude": 15.587}, "383 km away: too far to travel daily ✗"),
], ids=["filled", "closed", "full", "ended", "minimum-age", "under-18-heavy", "licence", "language", "too-far"])
def test_each_hard_constraint_excludes_and_says_why(who: dict[str, object], what: dict[str, object],
                                                     expected: str) -> None:
    result = match(person(**who), opening(**what), TODAY)
    assert result.excluded and result.score == 0
    assert result.reasons[0].text == expected  # exclusions come first
    assert [r.text for r in result.exclusions] == [expected]


def test_the_hard_constraints_pass_when_met() -> None:
    driver = person(driving_licence=True, birth_date=date(2008, 11, 23))  # 18 today
    result = match(driver, opening(requires_driving_licence=True, minimum_age=18,
                                   physical_demand=PhysicalDemand.HIGH), TODAY)
    assert not result.excluded
    assert "driving licence ✓" in texts(result) and "minimum age 18 ✓" in texts(result)
    fluent = match(person(), opening(language=Language.DA, language_level=LanguageLevel.FLUENT), TODAY)
    assert not fluent.excluded and reason(fluent, ReasonKind.LANGUAGE) == "Danish: fluent ✓"


# ------------------------------------------------------------------------------------------------ the ranking

def test_scores_stay_between_0_and_100_and_start_from_the_base() -> None:
    assert match(person(goals=(), interests=(), municipality=None), opening(latitude=None, longitude=None),
                 TODAY).score == BASE_SCORE
    crowded = person(goals=("Lagermedarbejder", "Lagerarbejder", "Pakker"), interests=("logistik", "lager"),
                     barriers=frozenset({BarrierKind.SOCIAL}))
    assert match(crowded, opening(offers_mentor=True), TODAY).score == 100


def test_openings_are_ranked_best_first_and_ruled_out_ones_last() -> None:
    openings = [opening(opening_id=1, title="Frisørelev", occupation="Frisørelev", industry_code="96.02"),
                opening(opening_id=2), opening(opening_id=3, requires_driving_licence=True),
                opening(opening_id=4, title="Pakker", occupation="Pakker", latitude=56.17, longitude=9.55)]
    ranked = rank_openings(person(), openings, TODAY)
    assert [o.opening_id for o, _ in ranked] == [2, 4, 1, 3]
    assert [m.excluded for _, m in ranked] == [False, False, False, True]


def test_candidates_are_ranked_for_an_opening() -> None:
    people = [person(participant_id=1, name="Kok", goals=("Kok",), interests=()),
              person(participant_id=2, name="Lager"),
              person(participant_id=3, name="Barn", birth_date=date(2012, 1, 1))]
    ranked = rank_candidates(opening(minimum_age=16), people, TODAY)
    assert [p.name for p, _ in ranked] == ["Lager", "Kok", "Barn"]
    assert ranked[-1][1].excluded


# ------------------------------------------------------------------------------------------ reading the plan

def test_a_profile_reads_languages_licences_and_certificates_from_the_plan() -> None:
    profile = build_profile(7, "Åsa Öberg", birth_date=None, municipality="Karlskrona",
                            goals=[(GoalKind.EDUCATION, "Vård- och omsorgsutbildning")],
                            resources=[(ResourceKind.LANGUAGE, "Svenska", "modersmål"),
                                       (ResourceKind.LANGUAGE, "engelska", "B1"),
                                       (ResourceKind.LANGUAGE, "arabiska", "fluent"),
                                       (ResourceKind.DRIVING_LICENCE, "Körkort", "B"),
                                       (ResourceKind.CERTIFICATE, "Hygienutbildning", None),
                                       (ResourceKind.INTEREST, "djur och natur", None)],
                            barriers=[BarrierKind.HEALTH], hours_per_week=25)
    assert dict(profile.languages) == {Language.SV: LanguageLevel.FLUENT, Language.EN: LanguageLevel.GOOD}
    assert profile.driving_licence and profile.certificates == ("Hygienutbildning",)
    assert profile.goals == ("Vård- och omsorgsutbildning",) and profile.interests == ("djur och natur",)
    assert profile.barriers == frozenset({BarrierKind.HEALTH}) and profile.hours_per_week == 25


@pytest.mark.parametrize(("text", "fields"), [
    ("Lagermedarbejder", {"logistics"}), ("Lastbilschaufför", {"logistics"}), ("Social- og sundhedshjælper", {"care"}),
    ("Undersköterska", {"care"}), ("Anlægsgartnermedhjælper", {"nature"}), ("Kok", {"food"}),
    ("restaurang och storkök", {"food"}), ("it", {"it"}), ("Lokalvårdare", {"cleaning"}), ("Elektrikerlærling",
                                                                                           {"construction"}),
    ("Kontorelev", {"office"}), ("Frisør", {"beauty"}), ("Erhvervsuddannelse (EUD)", set()),
])
def test_fields_of_work_are_read_in_danish_and_swedish(text: str, fields: set[str]) -> None:
    assert fields_of_text(text) == fields


def test_language_names_and_levels_are_read_in_three_languages() -> None:
    assert [parse_language(t) for t in ("Dansk", "svenska", "English", "arabisk")] == [
        Language.DA, Language.SV, Language.EN, None]
    assert [parse_language_level(t) for t in ("grundlæggende", "god", "flytande", "C1", "", None)] == [
        LanguageLevel.BASIC, LanguageLevel.GOOD, LanguageLevel.FLUENT, LanguageLevel.FLUENT, None, None]


def test_reasons_are_marked_for_translation() -> None:
    result = match(person(), opening(requires_driving_licence=True), TODAY)
    first = result.reasons[0]
    assert first.template == "needs driving licence" and REASONS_CONTEXT == "MatchReasons"
    assert first.mark == "✗" and first.values == {}
