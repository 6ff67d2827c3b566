"""The project's statistics as a book of counts: participants by status, age band, outcome and special group,
and the ESF+ common output and result indicators (Regulation (EU) 2021/1057, Annex I), each split by gender.

A pure function from plain facts about participants (no names, no numbers that identify anyone) to a
:class:`~.suppression.CountBook`. Cells shared by several tables have one key, and the equations say which
totals are sums of which parts, so that suppression hides the same cells everywhere.

Populations: *all* participants of the project (status, age band); those who *entered* (enrolled: the ESF+
output indicators and special groups, counted once per project); those who *left* (outcomes and results).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from neo_desktop.domain.participant import ExitOutcome, Gender, IscedLevel, LabourMarketStatus, ParticipantStatus

from .suppression import CellKey, CountBook, CountTable, Equation

ALL = "all"
UNKNOWN = "unknown"  # the dimension of entered participants without a labour-market status or education level
TOTAL_LABEL = "stats.total"
GENDERS: tuple[str, ...] = tuple(gender.value for gender in Gender)
GENDER_COLUMNS: tuple[str, ...] = (*(f"stats.gender.{gender}" for gender in GENDERS), TOTAL_LABEL)
AGE_BANDS: tuple[tuple[str, int | None, int | None], ...] = (
    ("under_18", None, 17), ("18_24", 18, 24), ("25_29", 25, 29), ("30_54", 30, 54), ("55_plus", 55, None),
    ("unknown", None, None),
)
OUTCOME_ROWS: tuple[str, ...] = (*(outcome.value for outcome in ExitOutcome), "not_recorded")
# ESF+ common output indicators in the Regulation's order (participants who entered).
ESF_OUTPUTS: tuple[str, ...] = (
    "unemployed", "long_term_unemployed", "inactive", "employed", "below_18", "age_18_29", "age_55_plus",
    "isced_0_2", "isced_3_4", "isced_5_8", "disability", "third_country", "foreign_background", "minority",
    "homeless", "rural",
)
SPECIAL_GROUPS: tuple[str, ...] = (
    "early_school_leaver", "disability", "foreign_background", "third_country", "minority", "homeless",
    "long_term_unemployed",
)
SENSITIVE_OUTPUTS = frozenset({"disability", "minority"})  # special-category data (GDPR Art. 9)
# ESF+ common result indicators: immediate (on leaving) and longer-term (six months after).
ESF_RESULTS: tuple[str, ...] = (
    "job_searching", "education", "qualification", "employment", "employment_6m", "improved_6m",
)
_RESULT_FROM_OUTCOME = {"job_searching": "job_searching", "education": "education", "employment": "employment"}


@dataclass(frozen=True, slots=True)
class ParticipantFacts:
    """What statistics need to know about one participant: categories only, nothing that names them."""

    gender: Gender = Gender.NOT_STATED
    status: ParticipantStatus = ParticipantStatus.REFERRED
    age_at_entry: int | None = None
    entered: bool = False
    left: bool = False
    exit_outcome: ExitOutcome | None = None
    labour_status: LabourMarketStatus | None = None
    education: IscedLevel | None = None
    disability: bool = False
    minority: bool = False
    foreign_background: bool = False
    third_country: bool = False
    homeless: bool = False
    rural: bool = False
    gained_qualification: bool = False
    followup_outcome: ExitOutcome | None = None
    followup_improved: bool = False


def age_band(age: int | None) -> str:
    """The age band of an age at entry ("unknown" without a birth date)."""
    if age is None:
        return "unknown"
    for name, low, high in AGE_BANDS:
        if (low is None or age >= low) and (high is None or age <= high) and (low, high) != (None, None):
            return name
    return "unknown"


def esf_outputs(facts: ParticipantFacts) -> list[str]:
    """The ESF+ output indicators a participant counts in (only those who entered count)."""
    found: list[str] = []
    status = facts.labour_status
    if status in (LabourMarketStatus.UNEMPLOYED, LabourMarketStatus.LONG_TERM_UNEMPLOYED):
        found.append("unemployed")
    if status is LabourMarketStatus.LONG_TERM_UNEMPLOYED:
        found.append("long_term_unemployed")
    if status is LabourMarketStatus.INACTIVE:
        found.append("inactive")
    if status is LabourMarketStatus.EMPLOYED:
        found.append("employed")
    age = facts.age_at_entry
    if age is not None:
        if age < 18:
            found.append("below_18")
        elif age <= 29:
            found.append("age_18_29")
        elif age >= 55:
            found.append("age_55_plus")
    if facts.education is not None:
        found.append(facts.education.value)
    for name in ("disability", "third_country", "foreign_background", "minority", "homeless", "rural"):
        if getattr(facts, name):
            found.append(name)
    if facts.education is IscedLevel.ISCED_0_2 and age is not None and 18 <= age <= 24:
        found.append("early_school_leaver")  # the EU's definition: 18–24 with at most lower secondary
    return found


def esf_results(facts: ParticipantFacts) -> list[str]:
    """The ESF+ result indicators a participant who left counts in."""
    found = [result for result, outcome in _RESULT_FROM_OUTCOME.items()
             if facts.exit_outcome is not None and facts.exit_outcome.value == outcome]
    if facts.gained_qualification:
        found.append("qualification")
    if facts.followup_outcome is ExitOutcome.EMPLOYMENT:
        found.append("employment_6m")
    if facts.followup_improved:
        found.append("improved_6m")
    return found


class _Builder:
    """Collects cells, tables and equations."""

    def __init__(self) -> None:
        self.values: Counter[CellKey] = Counter()
        self.tables: list[CountTable] = []
        self.equations: list[Equation] = []
        self.sensitive: set[CellKey] = set()

    def count(self, population: str, dimension: str, value: str, gender: str, weight: int = 1) -> None:
        self.values[(population, dimension, value, gender)] += weight
        self.values[(population, dimension, value, ALL)] += weight

    def gender_rows(self, population: str, dimension: str, values: Iterable[str]) -> list[tuple[CellKey, ...]]:
        """Rows of cell keys split by gender (with the row total last), each with its equation."""
        rows = []
        for value in values:
            keys = tuple((population, dimension, value, gender) for gender in (*GENDERS, ALL))
            for key in keys:
                self.values.setdefault(key, 0)
            self.equations.append(Equation(keys[-1], keys[:-1]))
            rows.append(keys)
        return rows

    def partition(self, total: tuple[CellKey, ...], parts: list[tuple[CellKey, ...]]) -> None:
        """Column equations: in each gender column (and the total column) the parts sum to the total."""
        for column, key in enumerate(total):
            self.equations.append(Equation(key, tuple(row[column] for row in parts)))

    def table(self, key: str, labels: list[str], rows: list[tuple[CellKey, ...]], *, sensitive: bool = False,
              share_row: int | None = None, total_rows: frozenset[int] = frozenset()) -> None:
        self.tables.append(CountTable(key, tuple(labels), GENDER_COLUMNS, tuple(rows), sensitive, share_row,
                                      total_rows))

    def book(self) -> CountBook:
        # Cells in the order the tables show them: where suppression must choose between equal counts it
        # takes the first, so the order may not depend on the order in which the database returned rows.
        shown = dict.fromkeys(key for table in self.tables for row in table.cells for key in row)
        rest = sorted((key for key in self.values if key not in shown), key=repr)
        values = {key: self.values[key] for key in (*shown, *rest)}
        return CountBook(values, tuple(self.tables), tuple(dict.fromkeys(self.equations)), frozenset(self.sensitive))


def count_participants(facts: Iterable[ParticipantFacts]) -> Counter[CellKey]:
    """People per cell ``(population, dimension, value, gender)``, by gender only (no totals over genders).

    Besides the cells of the tables it counts those who entered without a labour-market status or an
    education level (dimension ``unknown``): where there are none, the categories add up to the total.
    On PostgreSQL the database counts the same cells itself (``neo_project_statistics``, migration 0005)
    for logins that may not read the participant rows; a test keeps the two in step.
    """
    counts: Counter[CellKey] = Counter()
    for person in facts:
        gender = person.gender.value
        counts[("all", "status", person.status.value, gender)] += 1
        counts[("all", "age", age_band(person.age_at_entry), gender)] += 1
        counts[("all", "total", "", gender)] += 1
        if person.entered:
            counts[("entered", "total", "", gender)] += 1
            for indicator in esf_outputs(person):
                counts[("entered", "esf", indicator, gender)] += 1
            if person.labour_status is None:
                counts[("entered", UNKNOWN, "labour_status", gender)] += 1
            if person.education is None:
                counts[("entered", UNKNOWN, "education", gender)] += 1
        if person.left:
            counts[("left", "total", "", gender)] += 1
            outcome = person.exit_outcome.value if person.exit_outcome else "not_recorded"
            counts[("left", "outcome", outcome, gender)] += 1
            for indicator in esf_results(person):
                if indicator not in _RESULT_FROM_OUTCOME:
                    counts[("left", "esf", indicator, gender)] += 1
    return counts


def build_statistics(facts: Iterable[ParticipantFacts]) -> CountBook:
    """The statistics tables of one project, not yet suppressed (see :func:`.suppression.publish`)."""
    return statistics_book(count_participants(facts))


def statistics_book(counts: Mapping[CellKey, int]) -> CountBook:
    """The statistics tables from people per cell (:func:`count_participants`), not yet suppressed."""
    builder = _Builder()
    unknown: Counter[str] = Counter()
    for (population, dimension, value, gender), people in counts.items():  # type: ignore[misc]
        if dimension == UNKNOWN:
            unknown[value] += people
        elif people:
            builder.count(population, dimension, value, gender, people)
    complete_labour, complete_education = not unknown["labour_status"], not unknown["education"]
    _participants(builder)
    _entered(builder, complete_labour=complete_labour, complete_education=complete_education)
    _left(builder)
    return builder.book()


def _participants(builder: _Builder) -> None:
    (total,) = builder.gender_rows("all", "total", [""])
    statuses = builder.gender_rows("all", "status", [status.value for status in ParticipantStatus])
    builder.partition(total, statuses)
    builder.table("stats.by_status", [f"stats.status.{s.value}" for s in ParticipantStatus] + [TOTAL_LABEL],
                  [*statuses, total], share_row=len(statuses), total_rows=frozenset({len(statuses)}))
    bands = builder.gender_rows("all", "age", [name for name, _, _ in AGE_BANDS])
    builder.partition(total, bands)
    builder.table("stats.by_age", [f"stats.age.{name}" for name, _, _ in AGE_BANDS] + [TOTAL_LABEL], [*bands, total],
                  share_row=len(bands), total_rows=frozenset({len(bands)}))


def _entered(builder: _Builder, *, complete_labour: bool, complete_education: bool) -> None:
    (total,) = builder.gender_rows("entered", "total", [""])
    outputs = dict(zip(ESF_OUTPUTS, builder.gender_rows("entered", "esf", ESF_OUTPUTS), strict=True))
    (early,) = builder.gender_rows("entered", "esf", ["early_school_leaver"])
    outputs["early_school_leaver"] = early
    for name in SENSITIVE_OUTPUTS:
        builder.sensitive.update(outputs[name])
    # Where every participant has a value, the categories add up to the total: publish that equation too,
    # or a hidden category could be worked out by subtraction.
    if complete_labour:
        builder.partition(total, [outputs["unemployed"], outputs["inactive"], outputs["employed"]])
    if complete_education:
        builder.partition(total, [outputs["isced_0_2"], outputs["isced_3_4"], outputs["isced_5_8"]])
    builder.table("stats.esf_outputs", [f"stats.esf.{name}" for name in ESF_OUTPUTS] + ["stats.esf.total"],
                  [*(outputs[name] for name in ESF_OUTPUTS), total], share_row=len(ESF_OUTPUTS),
                  total_rows=frozenset({len(ESF_OUTPUTS)}))
    builder.table("stats.special_groups", [f"stats.esf.{name}" for name in SPECIAL_GROUPS] + ["stats.esf.total"],
                  [*(outputs[name] for name in SPECIAL_GROUPS), total], sensitive=True,
                  share_row=len(SPECIAL_GROUPS), total_rows=frozenset({len(SPECIAL_GROUPS)}))


def _left(builder: _Builder) -> None:
    (total,) = builder.gender_rows("left", "total", [""])
    outcomes = dict(zip(OUTCOME_ROWS, builder.gender_rows("left", "outcome", OUTCOME_ROWS), strict=True))
    builder.partition(total, list(outcomes.values()))
    # Where someone went on leaving can be health data (treatment, psychiatric help): the higher threshold.
    builder.table("stats.outcomes", [f"stats.outcome.{name}" for name in OUTCOME_ROWS] + [TOTAL_LABEL],
                  [*outcomes.values(), total], sensitive=True, share_row=len(OUTCOME_ROWS),
                  total_rows=frozenset({len(OUTCOME_ROWS)}))
    results = {name: outcomes[_RESULT_FROM_OUTCOME[name]] if name in _RESULT_FROM_OUTCOME else None
               for name in ESF_RESULTS}
    own = [name for name, row in results.items() if row is None]
    for name, row in zip(own, builder.gender_rows("left", "esf", own), strict=True):
        results[name] = row
    builder.table("stats.esf_results", [f"stats.esf.{name}" for name in ESF_RESULTS] + ["stats.esf.total_left"],
                  [*(results[name] for name in ESF_RESULTS), total], sensitive=True,  # type: ignore[misc]
                  share_row=len(ESF_RESULTS), total_rows=frozenset({len(ESF_RESULTS)}))


def outcome_key(outcome: str, gender: str = ALL) -> CellKey:
    """The key of an outcome count (e.g. the actual of an "into employment" target)."""
    return ("left", "outcome", outcome, gender)


ENTERED_TOTAL: CellKey = ("entered", "total", "", ALL)


__all__ = ["AGE_BANDS", "ALL", "ENTERED_TOTAL", "ESF_OUTPUTS", "ESF_RESULTS", "GENDERS", "GENDER_COLUMNS",
           "OUTCOME_ROWS", "SPECIAL_GROUPS", "ParticipantFacts", "age_band", "build_statistics", "count_participants",
           "esf_outputs", "esf_results", "outcome_key", "statistics_book"]
