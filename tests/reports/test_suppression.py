"""Small-cell suppression: what an outsider can and cannot work out from a published table.

The checks here do not trust the module's own algebra: an independent rank test (over a prime field) and a
brute-force "attacker" who tries every table consistent with what was published.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neo_desktop.domain.participant import ExitOutcome, Gender, IscedLevel, LabourMarketStatus, ParticipantStatus
from neo_desktop.reports.indicators import ParticipantFacts, build_statistics
from neo_desktop.reports.suppression import (
    SECONDARY_MARK,
    CountBook,
    CountTable,
    Equation,
    determined_cells,
    publish,
    share,
    suppress,
)

PRIME = 2_147_483_647


def grid(counts: Sequence[Sequence[int]]) -> tuple[dict[object, int], list[Equation]]:
    """A table with row totals, column totals and a grand total, as cells and equations."""
    rows, columns = len(counts), len(counts[0])
    values: dict[object, int] = {}
    for r in range(rows):
        for c in range(columns):
            values[(r, c)] = counts[r][c]
        values[(r, "T")] = sum(counts[r])
    for c in range(columns):
        values[("T", c)] = sum(counts[r][c] for r in range(rows))
    values[("T", "T")] = sum(map(sum, counts))
    equations = [Equation((r, "T"), tuple((r, c) for c in range(columns))) for r in range(rows)]
    equations += [Equation(("T", c), tuple((r, c) for r in range(rows))) for c in range(columns)]
    equations += [Equation(("T", "T"), tuple(("T", c) for c in range(columns))),
                  Equation(("T", "T"), tuple((r, "T") for r in range(rows)))]
    return values, equations


def rank_mod_p(matrix: list[list[int]]) -> int:
    """The rank of an integer matrix over GF(p), by plain elimination (independent of the module's code)."""
    m = [[value % PRIME for value in row] for row in matrix]
    rank, columns = 0, len(m[0]) if m else 0
    for column in range(columns):
        pivot = next((r for r in range(rank, len(m)) if m[r][column]), None)
        if pivot is None:
            continue
        m[rank], m[pivot] = m[pivot], m[rank]
        inverse = pow(m[rank][column], PRIME - 2, PRIME)
        m[rank] = [value * inverse % PRIME for value in m[rank]]
        for r in range(len(m)):
            if r != rank and m[r][column]:
                factor = m[r][column]
                m[r] = [(a - factor * b) % PRIME for a, b in zip(m[r], m[rank], strict=True)]
        rank += 1
    return rank


def derivable(hidden: set[object], equations: list[Equation]) -> set[object]:
    """Hidden cells an outsider can compute exactly: column u is not a combination of the other columns."""
    unknowns = sorted(hidden, key=str)
    matrix = []
    for equation in equations:
        row = [0] * len(unknowns)
        for index, key in enumerate(unknowns):
            row[index] += sum(1 for part in equation.parts if part == key) - (equation.total == key)
        if any(row):
            matrix.append(row)
    if not matrix:
        return set()
    full = rank_mod_p(matrix)
    found = set()
    for index, key in enumerate(unknowns):
        without = [row[:index] + row[index + 1:] for row in matrix]
        if not without[0] or rank_mod_p(without) < full:
            found.add(key)
    return found


def test_counts_below_the_threshold_are_hidden_and_zero_and_larger_ones_are_not() -> None:
    values = {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4, "f": 5, "g": 40}
    result = suppress(values, 5)
    assert result.primary == {"b", "c", "d", "e"}
    assert result.secondary == frozenset()


def test_one_hidden_cell_in_a_row_takes_the_smallest_other_count_with_it() -> None:
    values, equations = grid([[2, 0, 30, 12]])
    result = suppress(values, 3, equations)
    assert result.primary == {(0, 0), ("T", 0)}
    # The row total would give the 2 away: the smallest non-zero count beside it (12, not the 0) goes too.
    assert (0, 3) in result.secondary and (0, 1) not in result.hidden
    assert not derivable(set(result.hidden), equations)


def test_a_hidden_cell_that_only_a_chain_of_totals_reveals_is_protected() -> None:
    # Two 2×2 blocks of small counts joined through one row: each row and column has two hidden cells, yet the
    # cell joining them would follow from the totals (a "bridge"); the exact check catches it.
    values, equations = grid([[1, 2, 9, 9], [2, 1, 4, 9], [9, 9, 1, 2], [9, 9, 2, 1]])
    result = suppress(values, 3, equations)
    assert not derivable(set(result.hidden), equations)
    assert not determined_cells(result.hidden, equations)


def test_determined_cells_finds_a_bridge_between_two_cycles() -> None:
    equations = [Equation("r1", ("a", "b")), Equation("r2", ("c", "d", "x")), Equation("c1", ("a", "c")),
                 Equation("c2", ("b", "d")), Equation("r3", ("e", "f")), Equation("c3", ("x", "e", "g")),
                 Equation("c4", ("f", "h")), Equation("r4", ("g", "h"))]
    hidden = {"a", "b", "c", "d", "x", "e", "f", "g", "h"}
    assert determined_cells(hidden, equations) == {"x"} == derivable(hidden, equations)


small_tables = st.integers(1, 4).flatmap(lambda rows: st.integers(1, 4).flatmap(
    lambda columns: st.lists(st.lists(st.one_of(st.integers(0, 4), st.integers(0, 40)), min_size=columns,
                                      max_size=columns), min_size=rows, max_size=rows)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(counts=small_tables, threshold=st.sampled_from([3, 5]))
def test_no_hidden_count_can_be_derived_from_the_totals(counts: list[list[int]], threshold: int) -> None:
    values, equations = grid(counts)
    result = suppress(values, threshold, equations)
    hidden = set(result.hidden)
    # Every small count is hidden, marginals included.
    assert {key for key, value in values.items() if 0 < value < threshold} <= hidden
    # No row or column (totals included) has exactly one hidden cell: it would be its total minus the rest.
    for equation in equations:
        assert len(set(equation.members) & hidden) != 1, equation
    # Nor can any combination of rows and columns pin a hidden count down.
    assert not derivable(hidden, equations)


@settings(max_examples=40, deadline=None)
@given(counts=st.lists(st.lists(st.integers(0, 5), min_size=2, max_size=2), min_size=2, max_size=2),
       threshold=st.sampled_from([3, 5]))
def test_an_attacker_trying_every_table_finds_at_least_two_values_for_each_hidden_count(
        counts: list[list[int]], threshold: int) -> None:
    values, equations = grid(counts)
    result = suppress(values, threshold, equations)
    published = {key: value for key, value in values.items() if key not in result.hidden}
    seen: dict[object, set[int]] = {key: set() for key in result.hidden}
    limit = values[("T", "T")] + 1
    for first in itertools.product(range(limit), repeat=3):
        # With the grand total published the last cell follows; otherwise try every value for it too.
        lasts = [published[("T", "T")] - sum(first)] if ("T", "T") in published else range(limit)
        candidates = [(*first, last) for last in lasts if last >= 0]
        for candidate in candidates:
            trial, _ = grid([list(candidate[:2]), list(candidate[2:])])
            if all(trial[key] == value for key, value in published.items()):
                for key in seen:
                    seen[key].add(trial[key])
    assert all(len(found) >= 2 for found in seen.values()), seen


def test_a_cell_shared_by_two_tables_is_hidden_in_both() -> None:
    values = {"women": 2, "men": 30, "all": 32, "women_employed": 2, "men_employed": 10, "all_employed": 12}
    book = CountBook(values, (
        CountTable("everyone", ("total",), ("w", "m", "t"), (("women", "men", "all"),)),
        CountTable("employed", ("employed", "total"), ("w", "m", "t"),
                   (("women_employed", "men_employed", "all_employed"), ("women", "men", "all"))),
    ), (Equation("all", ("women", "men")), Equation("all_employed", ("women_employed", "men_employed"))))
    published = publish(book, ordinary=3, sensitive=5)
    first, second = published.tables
    assert first.rows[0][0].text == "<3" and second.rows[1][0].text == "<3"
    assert first.rows[0][1].hidden == second.rows[1][1].hidden


def test_sensitive_tables_use_the_higher_threshold_and_marks_say_which_cells_are_small() -> None:
    values = {"a": 4, "b": 50, "t": 54}
    table = CountTable("t", ("row",), ("a", "b", "t"), (("a", "b", "t"),), sensitive=True, share_row=0)
    published = publish(CountBook(values, (table,), (Equation("t", ("a", "b")),)), ordinary=3, sensitive=5)
    row = published.tables[0].rows[0]
    assert [cell.text for cell in row] == ["<5", SECONDARY_MARK, "54"]
    assert published.tables[0].threshold == 5 and published.tables[0].suppressed
    assert published.suppression.applied


def test_no_percentage_of_a_hidden_cell() -> None:
    values = {"a": 2, "b": 20, "c": 30, "t": 52}
    rows = (("a",), ("b",), ("c",), ("t",))
    table = CountTable("t", ("a", "b", "c", "total"), ("n",), rows, share_row=3)
    published = publish(CountBook(values, (table,), (Equation("t", ("a", "b", "c")),)), ordinary=3, sensitive=5)
    shares = published.tables[0].shares
    assert shares[0] is None and shares[1] is None  # the 2, and the 20 hidden with it
    assert shares[2] == pytest.approx(30 / 52) and shares[3] == 1.0
    assert share(None, 10) is None and share(3, None) is None and share(3, 0) is None


def test_a_book_refuses_two_values_for_one_cell_and_equations_about_unknown_cells() -> None:
    book = CountBook({"a": 1}, ())
    with pytest.raises(ValueError, match="two different values"):
        book.extended({"a": 2})
    with pytest.raises(ValueError, match="without a value"):
        suppress({"a": 1}, 3, [Equation("t", ("a",))])


facts = st.builds(
    ParticipantFacts, gender=st.sampled_from(list(Gender)), status=st.sampled_from(list(ParticipantStatus)),
    age_at_entry=st.one_of(st.none(), st.integers(15, 60)), entered=st.booleans(), left=st.booleans(),
    exit_outcome=st.one_of(st.none(), st.sampled_from(list(ExitOutcome))),
    labour_status=st.one_of(st.none(), st.sampled_from(list(LabourMarketStatus))),
    education=st.one_of(st.none(), st.sampled_from(list(IscedLevel))), disability=st.booleans(),
    minority=st.booleans(), foreign_background=st.booleans(), gained_qualification=st.booleans())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(facts, max_size=60))
def test_the_project_statistics_as_published_give_no_small_count_away(people: list[ParticipantFacts]) -> None:
    book = build_statistics(people)
    published = publish(book, ordinary=3, sensitive=5)
    hidden = set(published.suppression.hidden)
    thresholds = book.thresholds(3, 5)
    assert {key for key, value in book.values.items() if 0 < value < thresholds[key]} <= hidden
    for equation in book.equations:
        assert len(set(equation.members) & hidden) != 1
    assert not derivable(hidden, list(book.equations))
    for table in published.tables:  # a shown count in a sensitive table is 0 or at least 5
        for row in table.rows:
            for cell in row:
                assert cell.hidden or cell.value == 0 or cell.value >= (5 if table.threshold == 5 else 3)
