"""Statistics by status, gender, age band, outcome and special group, and the ESF+ indicators: counted right,
suppressed before they leave the service, and free of anything that names a young person."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import add_people, make_meeting_world
from plan_fixtures import TODAY

from neo_desktop.db.engine import Database
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.participant import (
    ExitOutcome,
    Gender,
    IscedLevel,
    LabourMarketStatus,
    ParticipantStatus,
)
from neo_desktop.reports.indicators import ParticipantFacts, age_band, esf_outputs, esf_results
from neo_desktop.reports.suppression import PublishedTable
from neo_desktop.services.statistics import ProjectStatistics, StatisticsService, age_on


def row(table: PublishedTable, label: str) -> list[str]:
    """A row's cells as printed (women, men, non-binary, not stated, total)."""
    return [cell.text for cell in table.rows[table.row_labels.index(label)]]


@pytest.fixture
def statistics(database: Database) -> ProjectStatistics:
    world = make_meeting_world(database)
    people = world.world
    add_people(database, people, 20, gender=Gender.WOMAN, labour_market_status=LabourMarketStatus.LONG_TERM_UNEMPLOYED,
               education_level=IscedLevel.ISCED_0_2)
    add_people(database, people, 18, gender=Gender.MAN, labour_market_status=LabourMarketStatus.UNEMPLOYED,
               education_level=IscedLevel.ISCED_3_4, foreign_background=True)
    add_people(database, people, 1, gender=Gender.NON_BINARY, labour_market_status=LabourMarketStatus.UNEMPLOYED,
               education_level=IscedLevel.ISCED_3_4, has_disability=True)
    add_people(database, people, 6, gender=Gender.WOMAN, status=ParticipantStatus.COMPLETED,
               labour_market_status=LabourMarketStatus.UNEMPLOYED, exited_on=date(2026, 9, 1),
               exit_outcome=ExitOutcome.EMPLOYMENT, gained_qualification=True)
    add_people(database, people, 2, gender=Gender.MAN, status=ParticipantStatus.DROPPED_OUT,
               labour_market_status=LabourMarketStatus.INACTIVE, exited_on=date(2026, 8, 1),
               exit_outcome=ExitOutcome.OTHER_HELP)
    return StatisticsService(database, people.secretary).statistics(world.project_id, today=TODAY)


def test_participants_are_counted_by_status_and_gender_with_small_counts_hidden(
        statistics: ProjectStatistics) -> None:
    by_status = statistics.table("stats.by_status")
    # Women: 26 + Søren and Åsa from the plan world (gender not stated, referred).
    # The one non-binary young person is hidden, and the smallest count beside them (18 men) with them.
    assert row(by_status, "stats.status.active") == ["20", "x", "<3", "0", "39"]
    assert row(by_status, "stats.status.completed") == ["6", "0", "0", "0", "6"]
    assert row(by_status, "stats.status.dropped_out") == ["0", "<3", "0", "0", "<3"]
    total = row(by_status, "stats.total")
    assert total[0] == "26" and total[2] == "<3"
    hidden = sum(cell.hidden for cells in by_status.rows for cell in cells)
    assert hidden >= 4 and statistics.suppression_applied
    assert by_status.shares is not None and by_status.shares[-1] == 1.0


def test_outcomes_are_a_sensitive_breakdown_with_the_higher_threshold(statistics: ProjectStatistics) -> None:
    outcomes = statistics.table("stats.outcomes")
    assert outcomes.threshold == 5
    assert row(outcomes, "stats.outcome.other_help") == ["0", "<5", "0", "0", "<5"]
    # The two men who left are hidden, so the women who left (6) are too, to protect the total row; and then
    # the 6 women in employment, which would give that total away.
    assert row(outcomes, "stats.total") == ["x", "<5", "0", "0", "8"]
    assert row(outcomes, "stats.outcome.employment") == ["x", "0", "0", "0", "x"]
    for cells in outcomes.rows:  # nothing from 1 to 4 is shown in a sensitive table
        assert all(cell.hidden or cell.value == 0 or cell.value >= 5 for cell in cells)


def test_the_esf_indicators_are_split_by_gender(statistics: ProjectStatistics) -> None:
    outputs = statistics.table("stats.esf_outputs")
    assert row(outputs, "stats.esf.long_term_unemployed")[0] == "20"
    assert row(outputs, "stats.esf.isced_3_4") == ["0", "x", "<3", "0", "19"]
    assert row(outputs, "stats.esf.foreign_background") == ["0", "18", "0", "0", "18"]
    assert row(outputs, "stats.esf.disability") == ["0", "0", "<5", "0", "<5"]
    results = statistics.table("stats.esf_results")
    assert row(results, "stats.esf.qualification") == ["6", "0", "0", "0", "6"]
    assert row(results, "stats.esf.employment") == row(statistics.table("stats.outcomes"), "stats.outcome.employment")


def test_nothing_in_the_statistics_names_anyone(statistics: ProjectStatistics) -> None:
    text = repr(statistics)
    for name in ("Søren", "Ågård", "Åsa", "Nummer", "1705044921", "2004"):
        assert name not in text


def test_every_role_with_reports_may_see_statistics_and_the_auditor_not(sqlite_database: Database) -> None:
    world = make_meeting_world(sqlite_database)
    for user in (world.world.secretary, world.world.caseworker, world.world.administrator):
        assert StatisticsService(sqlite_database, user).projects()[0].code == "NEO-1"
    from neo_desktop.domain.errors import PermissionDeniedError
    from neo_desktop.services.user import SignedInUser

    auditor = SignedInUser(None, "auditor", "Auditor", None, "", frozenset({Role.AUDITOR}))
    with pytest.raises(PermissionDeniedError):
        StatisticsService(sqlite_database, auditor).statistics(world.project_id)


def test_the_indicator_rules() -> None:
    assert [age_band(a) for a in (None, 16, 18, 24, 25, 29, 30, 54, 55)] == [
        "unknown", "under_18", "18_24", "18_24", "25_29", "25_29", "30_54", "30_54", "55_plus"]
    assert age_on(date(2004, 11, 24), date(2026, 11, 23)) == 21 and age_on(None, TODAY) is None
    facts = ParticipantFacts(labour_status=LabourMarketStatus.LONG_TERM_UNEMPLOYED, age_at_entry=22,
                             education=IscedLevel.ISCED_0_2, third_country=True, entered=True)
    assert esf_outputs(facts) == ["unemployed", "long_term_unemployed", "age_18_29", "isced_0_2", "third_country",
                                  "early_school_leaver"]
    left = ParticipantFacts(left=True, exit_outcome=ExitOutcome.EDUCATION, gained_qualification=True,
                            followup_outcome=ExitOutcome.EMPLOYMENT, followup_improved=True)
    assert esf_results(left) == ["education", "qualification", "employment_6m", "improved_6m"]
