"""Targets against actuals: the plan to date, red/amber/green, the pace, the projection and the early warning
that would have shown the NVG project its low intake in time."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import add_people, make_meeting_world
from plan_fixtures import TODAY

from neo_desktop.db.engine import Database
from neo_desktop.domain.errors import PermissionDeniedError
from neo_desktop.domain.organisation import TargetKind
from neo_desktop.domain.participant import ExitOutcome, ParticipantStatus
from neo_desktop.services.targets import (
    Rag,
    TargetService,
    monthly_cumulative,
    pace_per_month,
    planned_at,
    projected_total,
    rag_status,
)

START, END = date(2026, 1, 1), date(2028, 12, 31)


def test_the_plan_to_date_follows_the_milestones_in_straight_lines() -> None:
    milestones = [(date(2026, 7, 1), 50), (date(2027, 1, 1), 100)]
    assert planned_at(date(2025, 12, 1), START, END, 120, milestones) == 0
    assert planned_at(date(2026, 4, 1), START, END, 120, milestones) == 25  # halfway to the first milestone
    assert planned_at(date(2026, 7, 1), START, END, 120, milestones) == 50
    assert planned_at(date(2027, 6, 1), START, END, 120, milestones) == 100  # after the last one: it holds
    assert planned_at(date(2027, 7, 2), START, END, 120, []) == 60  # no milestones: one line to the target


@pytest.mark.parametrize(("actual", "planned", "expected"), [
    (90, 100, Rag.GREEN), (89, 100, Rag.AMBER), (70, 100, Rag.AMBER), (69, 100, Rag.RED), (0, 0, Rag.GREEN),
    (130, 200, Rag.GREEN),  # the whole target (120) reached
])
def test_red_amber_green(actual: int, planned: int, expected: Rag) -> None:
    assert rag_status(actual, planned, 120) is expected


def test_the_pace_of_the_last_six_months_projects_the_end() -> None:
    today = date(2026, 11, 23)
    enrolments = [date(2026, 2, 1)] * 30 + [date(2026, 9, 1)] * 6  # a strong start, then six in half a year
    pace = pace_per_month(enrolments, START, today)
    assert pace == pytest.approx(1.0, abs=0.05)
    assert projected_total(36, pace, today, END) == pytest.approx(36 + 25, abs=1)
    points = monthly_cumulative(enrolments, START, today)
    assert points[0] == (date(2026, 1, 31), 0) and points[1] == (date(2026, 2, 28), 30)
    assert points[-1] == (today, 36) and len(points) == 11


def test_low_intake_raises_the_early_warning_with_a_projection(sqlite_database: Database) -> None:
    world = make_meeting_world(sqlite_database, enrolment_target=120)
    add_people(sqlite_database, world.world, 12, enrolled_on=date(2026, 2, 15))
    add_people(sqlite_database, world.world, 3, enrolled_on=date(2026, 10, 1))
    add_people(sqlite_database, world.world, 4, status=ParticipantStatus.COMPLETED, enrolled_on=date(2026, 3, 1),
               exited_on=date(2026, 9, 1), exit_outcome=ExitOutcome.EMPLOYMENT)
    progress = TargetService(sqlite_database, world.world.secretary).progress(world.project_id, today=TODAY)
    enrolled = next(t for t in progress.targets if t.kind is TargetKind.PARTICIPANTS_ENROLLED)
    # make_world's two participants were never enrolled: 19 of the 21 count.
    assert (enrolled.actual, enrolled.rag) == (19, Rag.RED)
    assert enrolled.planned_to_date == pytest.approx(36, abs=1)  # 30 by September, 40 by Christmas
    warning = progress.warning
    assert warning is not None and warning.actual == 19 and warning.target_value == 120
    assert warning.projected == 32 and warning.pace_per_month == pytest.approx(0.5, abs=0.01)
    assert warning.needed_per_month == pytest.approx(101 / 25.2, abs=0.2)
    employment = next(t for t in progress.targets if t.kind is TargetKind.INTO_EMPLOYMENT)
    assert employment.actual == 4
    companies = next(t for t in progress.targets if t.kind is TargetKind.COMPANIES_ENGAGED)
    assert companies.actual == 1
    curve = progress.intake
    assert curve is not None and curve.actual[-1] == (TODAY, 19) and curve.planned[0] == (START, 0)
    assert curve.projected[0] == (TODAY, 19) and curve.projected[-1][0] == END


def test_intake_on_plan_raises_no_warning(sqlite_database: Database) -> None:
    world = make_meeting_world(sqlite_database, enrolment_target=12)
    add_people(sqlite_database, world.world, 8, enrolled_on=date(2026, 5, 1))
    add_people(sqlite_database, world.world, 4, enrolled_on=date(2026, 10, 1))
    progress = TargetService(sqlite_database, world.world.secretary).progress(world.project_id, today=TODAY)
    assert progress.warning is None
    assert next(t for t in progress.targets if t.kind is TargetKind.PARTICIPANTS_ENROLLED).rag is Rag.GREEN


def test_the_auditor_sees_no_progress(sqlite_database: Database) -> None:
    world = make_meeting_world(sqlite_database)
    from neo_desktop.domain.organisation import Role
    from neo_desktop.services.user import SignedInUser

    auditor = SignedInUser(None, "auditor", "Auditor", None, "", frozenset({Role.AUDITOR}))
    with pytest.raises(PermissionDeniedError):
        TargetService(sqlite_database, auditor).progress(world.project_id)
