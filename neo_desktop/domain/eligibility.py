"""Whether a young person belongs to a project's target group, and why (free of SQL and Qt).

A project lists one or more rules; meeting any one of them is enough. The NVG project's rule, for example,
is two rows: aged 16–24 and unemployed at least 3 months, or aged 25–64 and unemployed at least 12 months.
The answer explains itself rule by rule, so the caseworker sees *why* someone is or is not eligible and what
is missing to decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP
from .participant import LabourMarketStatus
from .participant_rules import add_months, age_on


@dataclass(frozen=True)
class Rule:
    """One way to be eligible: an age band (inclusive) and a minimum time unemployed."""

    min_age: int
    max_age: int
    min_unemployed_months: int = 0
    description: str | None = None


class Verdict(StrEnum):
    """The answer of an eligibility check."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"  # something needed to decide is not recorded
    NO_RULES = "no_rules"  # the project has no eligibility rules: everyone may join


# Sentences for each rule's outcome; the UI translates them (context "Errors") and fills in the numbers.
AGE_OUTSIDE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Aged {age}: outside {min_age}–{max_age}.")
TOO_SHORT = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Aged {age} and unemployed {months} months: needs at least {needed} months.")
MET = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Aged {age} ({min_age}–{max_age}) and unemployed {months} months (at least {needed}).")
MET_NO_UNEMPLOYMENT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Aged {age} ({min_age}–{max_age}).")
NO_BIRTH_DATE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The birth date is not recorded, so the age rule {min_age}–{max_age} cannot be checked.")
NO_UNEMPLOYMENT = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Aged {age}, but the date the unemployment began is not recorded (needs at least {needed} "
    "months).")
EMPLOYED = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Aged {age}, but recorded as employed (needs at least {needed} months unemployed).")


@dataclass(frozen=True)
class Reason:
    """The outcome of one rule: a sentence template and its values."""

    met: bool | None  # None: cannot be decided
    template: str
    params: dict[str, int]

    @property
    def message(self) -> str:
        """The English sentence."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Eligibility:
    """The verdict and one reason per rule, in the project's order."""

    verdict: Verdict
    reasons: tuple[Reason, ...]

    @property
    def eligible(self) -> bool | None:
        """True or False, or None when it cannot be decided."""
        if self.verdict in (Verdict.ELIGIBLE, Verdict.NO_RULES):
            return True
        return False if self.verdict is Verdict.NOT_ELIGIBLE else None


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    return max(0, months)


def _check_rule(rule: Rule, birth_date: date | None, unemployed_since: date | None,
                status: LabourMarketStatus | None, on: date) -> Reason:
    band = {"min_age": rule.min_age, "max_age": rule.max_age, "needed": rule.min_unemployed_months}
    if birth_date is None:
        return Reason(None, NO_BIRTH_DATE, band)
    age = age_on(birth_date, on)
    values = {**band, "age": age}
    if not rule.min_age <= age <= rule.max_age:
        return Reason(False, AGE_OUTSIDE, values)
    if rule.min_unemployed_months <= 0:
        return Reason(True, MET_NO_UNEMPLOYMENT, values)
    if status is LabourMarketStatus.EMPLOYED:
        return Reason(False, EMPLOYED, values)
    if unemployed_since is None:
        return Reason(None, NO_UNEMPLOYMENT, values)
    months = months_between(unemployed_since, on)
    values["months"] = months
    if months < rule.min_unemployed_months:
        return Reason(False, TOO_SHORT, values)
    return Reason(True, MET, values)


def check_eligibility(rules: Sequence[Rule], *, birth_date: date | None, unemployed_since: date | None,
                      labour_market_status: LabourMarketStatus | None, on: date) -> Eligibility:
    """Check the young person against each rule on ``on`` (usually the referral date or today).

    Eligible when any rule is met; not eligible when every rule is clearly not met; otherwise unknown, with
    the missing fact named in the reasons.
    """
    if not rules:
        return Eligibility(Verdict.NO_RULES, ())
    reasons = tuple(_check_rule(rule, birth_date, unemployed_since, labour_market_status, on) for rule in rules)
    if any(reason.met is True for reason in reasons):
        verdict = Verdict.ELIGIBLE
    elif all(reason.met is False for reason in reasons):
        verdict = Verdict.NOT_ELIGIBLE
    else:
        verdict = Verdict.UNKNOWN
    return Eligibility(verdict, reasons)
