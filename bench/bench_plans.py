"""Benchmark: printing a 30-step plan (goal ≤ 300 ms) and opening a plan with 10 versions (goal ≤ 100 ms).

Run with ``.venv/bin/python bench/bench_plans.py``. It makes a throw-away SQLite database in a temporary
folder, fills it through the plan service itself (so every version is a real agreed revision), and prints
the median and worst time of repeated runs. It prints figures; it is not a test.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neo_desktop.db import migrations
from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Participant, Project, Staff, StaffRole
from neo_desktop.domain.organisation import Country, Language, OrganisationKind, Role
from neo_desktop.domain.plan import ActivityKind, AgreementMethod, GoalKind, StepOwner
from neo_desktop.domain.plan_rules import GoalInput, StepInput
from neo_desktop.reports.plan_pdf import write_plan_pdf
from neo_desktop.services.plan_views import build_document
from neo_desktop.services.plans import PlanService
from neo_desktop.services.user import SignedInUser

START = date(2026, 1, 5)
TODAY = date(2026, 11, 23)
OWNERS = list(StepOwner)
ACTIVITIES = list(ActivityKind)


def timed(label: str, goal_ms: float, work: Callable[[], object], runs: int) -> None:
    """Run ``work`` ``runs`` times and print first, median and worst in milliseconds against the goal."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    verdict = "ok" if median <= goal_ms else "SLOWER THAN THE GOAL"
    print(f"{label:48} first {times[0]:7.1f} ms   median {median:7.1f} ms   worst {max(times):7.1f} ms   "
          f"goal {goal_ms:.0f} ms: {verdict}")


def make_caseworker(database: Database) -> tuple[SignedInUser, int]:
    """One jobcentre, project, caseworker and participant; returns the signed-in caseworker and the participant."""
    with database.transaction() as session:
        jobcentre = Organisation(name="Jobcenter Silkeborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        session.add(jobcentre)
        session.flush()
        project = Project(code="BENCH", name="Boligområdernes jobpartnerskab", country=Country.DK,
                          starts_on=date(2026, 1, 1), ends_on=date(2028, 12, 31), lead_organisation_id=jobcentre.id)
        staff = Staff(organisation=jobcentre, login_name="mette", full_name="Mette Sørensen",
                      roles=[StaffRole(role=Role.CASEWORKER)])
        session.add_all([project, staff])
        session.flush()
        participant = Participant(first_name="Søren", last_name="Ågård", birth_date=date(2004, 5, 17),
                                  organisation_id=jobcentre.id, project_id=project.id, preferred_language=Language.DA,
                                  caseworker_id=staff.id)
        session.add(participant)
        session.flush()
        user = SignedInUser(staff.id, staff.login_name, staff.full_name, jobcentre.id, jobcentre.name,
                            frozenset({Role.CASEWORKER}))
        return user, participant.id


def plan_with_versions(plans: PlanService, participant_id: int, *, steps: int, versions: int) -> int:
    """A plan of ``steps`` steps whose contents were agreed ``versions`` times (one step moved each time)."""
    plan = plans.start_plan(participant_id, starts_on=START, review_on=date(2026, 12, 1))
    plan = plans.save_goal(plan.id, GoalInput(GoalKind.EDUCATION, "Tømrer (EUD)", date(2027, 8, 1)))
    plan = plans.save_goal(plan.id, GoalInput(GoalKind.JOB, "Lagerarbejder med truckcertifikat"))
    for n in range(steps):
        plan = plans.save_step(plan.id, StepInput(
            f"Trin {n + 1}: aftal et møde med værkføreren hos Byggefirma Ørsted og forbered spørgsmål",
            OWNERS[n % len(OWNERS)], START + timedelta(days=7 * (n + 1)), ACTIVITIES[n % len(ACTIVITIES)]))
    for version in range(1, versions + 1):
        plan = plans.record_agreement(plan.id, revision_number=version, revision_version=plan.revision.version,
                                      agreed_on=START + timedelta(days=version), method=AgreementMethod.MEETING)
        if version < versions:
            step = plan.steps[version % len(plan.steps)]
            plan = plans.save_step(plan.id, StepInput(step.description, step.owner,
                                                      step.due_on + timedelta(days=14) if step.due_on else None,
                                                      step.activity_kind), original=step)
    assert len(plan.revisions) == versions
    return plan.id


def main() -> None:
    """Build the data, then time the PDF and the opening of a plan."""
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        migrations.upgrade(database)
        user, participant_id = make_caseworker(database)
        plans = PlanService(database, user, today=lambda: TODAY)
        plan_id = plan_with_versions(plans, participant_id, steps=30, versions=10)
        view = plans.open_plan(plan_id)
        document = build_document(view, "Boligområdernes jobpartnerskab", "Mette Sørensen", TODAY)
        pdf = Path(folder) / "plan.pdf"

        print(f"SQLite, plan of {len(view.steps)} steps and {len(view.revisions)} versions\n")
        for language in ("da", "sv", "en"):
            timed(f"PDF of 30 steps, write_plan_pdf ({language})", 300,
                  lambda language=language: write_plan_pdf(document, pdf, language), runs=20)
        timed("PDF of 30 steps, PlanService.export_pdf (logged)", 300, lambda: plans.export_pdf(plan_id, pdf), runs=20)
        timed("open a plan with 10 versions, open_plan (logged)", 100, lambda: plans.open_plan(plan_id), runs=50)
        print(f"\nPDF size {pdf.stat().st_size / 1024:.0f} KiB")
        database.dispose()


if __name__ == "__main__":
    main()
