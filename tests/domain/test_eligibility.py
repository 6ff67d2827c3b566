"""Eligibility against a project's rules: the NVG rule (16–64 and 12 months, or 16–24 and 3 months) explained."""

from datetime import date

import pytest

from neo_desktop.domain.eligibility import Rule, Verdict, check_eligibility, months_between
from neo_desktop.domain.participant import LabourMarketStatus

NVG = (Rule(16, 24, 3), Rule(25, 64, 12))
ON = date(2026, 11, 23)


def check(birth: date | None, since: date | None, status: LabourMarketStatus | None = None,
          rules: tuple[Rule, ...] = NVG):
    return check_eligibility(rules, birth_date=birth, unemployed_since=since, labour_market_status=status, on=ON)


def test_a_young_person_unemployed_three_months_is_eligible_and_told_why() -> None:
    result = check(date(2004, 5, 17), date(2026, 8, 23))  # aged 22, exactly 3 months
    assert result.verdict is Verdict.ELIGIBLE and result.eligible is True
    assert result.reasons[0].met is True
    assert result.reasons[0].message == "Aged 22 (16–24) and unemployed 3 months (at least 3)."
    assert result.reasons[1].message == "Aged 22: outside 25–64."


def test_one_day_short_of_three_months_is_not_enough() -> None:
    result = check(date(2004, 5, 17), date(2026, 8, 24))
    assert result.verdict is Verdict.NOT_ELIGIBLE and result.eligible is False
    assert result.reasons[0].message == "Aged 22 and unemployed 2 months: needs at least 3 months."


def test_an_adult_needs_twelve_months() -> None:
    assert check(date(1990, 1, 1), date(2026, 1, 1)).verdict is Verdict.NOT_ELIGIBLE
    assert check(date(1990, 1, 1), date(2025, 11, 23)).verdict is Verdict.ELIGIBLE


@pytest.mark.parametrize(("birth", "verdict"), [
    (date(2010, 11, 24), Verdict.NOT_ELIGIBLE),  # 15 tomorrow... still 15 today
    (date(2010, 11, 23), Verdict.ELIGIBLE),  # 16 today
    (date(1961, 11, 24), Verdict.ELIGIBLE),  # still 64
    (date(1961, 11, 23), Verdict.NOT_ELIGIBLE),  # 65 today
])
def test_age_bands_are_inclusive_on_birthdays(birth: date, verdict: Verdict) -> None:
    assert check(birth, date(2020, 1, 1)).verdict is verdict


def test_missing_facts_make_the_answer_unknown_and_name_what_is_missing() -> None:
    no_birth = check(None, date(2020, 1, 1))
    assert no_birth.verdict is Verdict.UNKNOWN and no_birth.eligible is None
    assert "birth date is not recorded" in no_birth.reasons[0].message
    no_since = check(date(2004, 5, 17), None)
    assert no_since.verdict is Verdict.UNKNOWN
    assert "unemployment began is not recorded" in no_since.reasons[0].message


def test_someone_employed_is_not_eligible_whatever_the_dates() -> None:
    result = check(date(2004, 5, 17), None, LabourMarketStatus.EMPLOYED)
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert "recorded as employed" in result.reasons[0].message


def test_a_rule_without_unemployment_needs_only_the_age() -> None:
    assert check(date(2004, 5, 17), None, rules=(Rule(16, 30),)).verdict is Verdict.ELIGIBLE


def test_a_project_without_rules_takes_everyone() -> None:
    result = check(None, None, rules=())
    assert result.verdict is Verdict.NO_RULES and result.eligible is True and result.reasons == ()


@pytest.mark.parametrize(("start", "end", "months"), [
    (date(2026, 1, 31), date(2026, 2, 27), 0),
    (date(2026, 1, 31), date(2026, 2, 28), 1),  # a month on from the 31st is the month's last day
    (date(2026, 1, 15), date(2027, 1, 15), 12),
    (date(2026, 5, 1), date(2026, 4, 1), 0),
])
def test_months_between_counts_whole_months(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months
