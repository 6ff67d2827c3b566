"""Qualification plans end to end on SQLite and PostgreSQL: template, edits, agreement, versions, conflicts, log."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from plan_fixtures import PLAN_START, TODAY, PlanWorld, add_template, make_world
from pypdf import PdfReader
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, PlanStep
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from neo_desktop.domain.plan import (
    ActivityKind,
    AgreementMethod,
    BarrierKind,
    GoalKind,
    PlanStatus,
    ResourceKind,
    StepOwner,
    StepStatus,
)
from neo_desktop.domain.plan_changes import ChangeKind, describe_changes
from neo_desktop.services.plan_templates import PlanTemplateService, TemplateInput, TemplateStepInput
from neo_desktop.services.plans import (
    BarrierInput,
    GoalInput,
    PlanService,
    PlanView,
    ResourceInput,
    StepInput,
    StepView,
)
from neo_desktop.services.user import SignedInUser

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(database: Database) -> PlanWorld:
    return make_world(database)


def service(database: Database, user: SignedInUser) -> PlanService:
    return PlanService(database, user, today=lambda: TODAY)


def step_named(plan: PlanView, description: str) -> StepView:
    return next(step for step in plan.steps if step.description == description)


def as_input(step: StepView, **changes: object) -> StepInput:
    fields = {name: getattr(step, name) for name in ("description", "owner", "due_on", "activity_kind",
                                                     "owner_name", "status", "completed_on", "placement_id")}
    return StepInput(**{**fields, **changes})  # type: ignore[arg-type]


def agreed_plan(database: Database, world: PlanWorld) -> PlanView:
    """A plan started from the template, with a goal, agreed at a meeting (version 1 locked)."""
    plans = service(database, world.caseworker)
    plan = plans.start_plan(world.participant_id, starts_on=PLAN_START, template_id=add_template(database))
    plan = plans.save_goal(plan.id, GoalInput(GoalKind.EDUCATION, "Tømrer (EUD)", date(2027, 8, 1)))
    return plans.record_agreement(plan.id, revision_number=1, revision_version=plan.revision.version,
                                  agreed_on=date(2026, 9, 3), method=AgreementMethod.MEETING)


def log_entries(database: Database, action: AccessAction) -> list[AccessLogEntry]:
    with database.transaction() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == action)))


def test_a_plan_starts_as_a_draft_with_the_templates_steps(database: Database, world: PlanWorld) -> None:
    plan = service(database, world.caseworker).start_plan(world.participant_id, starts_on=PLAN_START,
                                                          template_id=add_template(database),
                                                          review_on=date(2026, 12, 1))
    assert plan.status is PlanStatus.DRAFT
    assert [r.number for r in plan.revisions] == [1] and plan.needs_agreement
    assert [(s.description, s.owner, s.due_on) for s in plan.steps] == [
        ("Skriv et CV", StepOwner.PARTICIPANT, PLAN_START + timedelta(days=14)),
        ("Mød op i netværksgruppen hver tirsdag", StepOwner.PARTICIPANT, None),
        ("Find en praktikplads", StepOwner.CASEWORKER, PLAN_START + timedelta(days=60)),
    ]
    assert len({s.key for s in plan.steps}) == 3
    assert plan.participant_name == "Søren Ågård"
    assert [e.participant_id for e in log_entries(database, AccessAction.CREATE)] == [world.participant_id]


def test_administrators_maintain_templates_that_caseworkers_start_from(database: Database, world: PlanWorld) -> None:
    templates = PlanTemplateService(database, world.administrator)
    saved = templates.save_template(TemplateInput("Nyankommen – vägen till jobb", "newly_arrived", steps=(
        TemplateStepInput("Svenska för invandrare (SFI), anmälan", StepOwner.PARTICIPANT, ActivityKind.COURSE, 7),
        TemplateStepInput("Kartläggning av kompetenser", StepOwner.CASEWORKER, ActivityKind.OTHER, 21),
    )))
    assert [step.due_after_days for step in saved.steps] == [7, 21]
    with pytest.raises(PermissionDeniedError, match="maintain plan templates"):
        PlanTemplateService(database, world.caseworker).save_template(TemplateInput("x", "y"))
    with pytest.raises(ValidationError) as caught:
        templates.save_template(TemplateInput("Utan ansvarig", "newly_arrived",
                                              steps=(TemplateStepInput("Något", None),)))
    assert caught.value.field == "steps[0].owner"

    plans = service(database, world.caseworker)
    assert [t.name for t in plans.templates()] == ["Nyankommen – vägen till jobb"]
    plan = plans.start_plan(world.swedish_participant_id, starts_on=PLAN_START, template_id=saved.id)
    assert [(s.description, s.due_on) for s in plan.steps] == [
        ("Svenska för invandrare (SFI), anmälan", PLAN_START + timedelta(days=7)),
        ("Kartläggning av kompetenser", PLAN_START + timedelta(days=21))]

    renamed = templates.save_template(TemplateInput("Nyanlända", "newly_arrived", steps=saved.steps), original=saved)
    with pytest.raises(ConflictError) as conflict:  # a second administrator still looking at the old one
        templates.save_template(TemplateInput("Nyinflyttade", "newly_arrived", active=False), original=saved)
    assert conflict.value.changes == {"name": ("Nyankommen – vägen till jobb", "Nyanlända")}
    templates.save_template(TemplateInput("Nyanlända", "newly_arrived", steps=saved.steps, active=False),
                            original=renamed)
    assert plans.templates() == []
    assert [t.active for t in templates.templates(include_inactive=True)] == [False]
    with pytest.raises(NotFoundError, match="plan template"):
        plans.start_plan(world.participant_id, starts_on=PLAN_START, template_id=saved.id)


def test_sign_off_locks_the_version_and_a_change_starts_a_new_one(database: Database, world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = agreed_plan(database, world)
    assert plan.status is PlanStatus.AGREED
    assert plan.revision.locked and plan.revision.agreed_on == date(2026, 9, 3)
    assert plan.revision.agreement_method is AgreementMethod.MEETING

    cv = step_named(plan, "Skriv et CV")
    plan = plans.save_step(plan.id, as_input(cv, owner=StepOwner.COORDINATOR), original=cv)
    assert plan.status is PlanStatus.UNDER_REVIEW
    assert [(r.number, r.locked) for r in plan.revisions] == [(1, True), (2, False)]
    assert plan.needs_agreement and plan.agreed_revision is not None and plan.agreed_revision.number == 1
    assert step_named(plan, "Skriv et CV").key == cv.key  # the same step across versions

    internship = step_named(plan, "Find en praktikplads")
    plan = plans.save_step(plan.id, as_input(internship, due_on=date(2026, 12, 15)), original=internship)
    plan = plans.save_step(plan.id, StepInput("Praktik hos Byggefirma Ørsted", StepOwner.EMPLOYER,
                                              date(2027, 1, 10), ActivityKind.INTERNSHIP, "Byggefirma Ørsted A/S"))
    assert [r.number for r in plan.revisions] == [1, 2]  # every change lands in the open version 2

    changes = plans.compare_revisions(plan.id, 1, 2)
    assert [(c.kind, c.field, c.subject) for c in changes] == [
        (ChangeKind.CHANGED, "owner", "Skriv et CV"),
        (ChangeKind.CHANGED, "due_on", "Find en praktikplads"),
        (ChangeKind.ADDED, None, "Praktik hos Byggefirma Ørsted"),
    ]
    assert describe_changes(changes) == [
        "Step “Skriv et CV”: now done by the coordinator or mentor instead of the young person.",
        "Step “Find en praktikplads”: due date moved from 31 October 2026 to 15 December 2026.",
        "New step “Praktik hos Byggefirma Ørsted”: the employer (Byggefirma Ørsted A/S), by 10 January 2027.",
    ]

    # Version 1 is untouched, and version 2 needs its own agreement.
    assert [(c.kind, c.field) for c in plans.compare_revisions(plan.id, 1, 1)] == []
    plan = plans.record_agreement(plan.id, revision_number=2, revision_version=plan.revision.version,
                                  agreed_on=TODAY, method=AgreementMethod.PAPER)
    assert plan.status is PlanStatus.AGREED and [r.locked for r in plan.revisions] == [True, True]


def test_removing_and_changing_goals_resources_barriers_show_in_the_comparison(database: Database,
                                                                               world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = agreed_plan(database, world)
    plan = plans.save_resource(plan.id, ResourceInput(ResourceKind.LANGUAGE, "Dansk og arabisk", "flydende"))
    plan = plans.save_barrier(plan.id, BarrierInput(BarrierKind.TRANSPORT, "Ingen bil"))
    goal = plan.goals[0]
    plan = plans.save_goal(plan.id, GoalInput(goal.kind, goal.field, date(2027, 9, 1)), original=goal)
    plan = plans.remove_step(plan.id, step_named(plan, "Mød op i netværksgruppen hver tirsdag"))
    assert describe_changes(plans.compare_revisions(plan.id, 1, 2)) == [
        "Goal “Tømrer (EUD)”: target date moved from 1 August 2027 to 1 September 2027.",
        "Step removed: “Mød op i netværksgruppen hver tirsdag”.",
        "New resource: Dansk og arabisk (language).",
        "New barrier (transport): Ingen bil.",
    ]


def test_changing_a_goal_of_an_agreed_plan_changes_only_the_goal(database: Database, world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = agreed_plan(database, world)  # the goal and the first step have the same id in their own tables
    goal = plan.goals[0]
    plan = plans.save_goal(plan.id, GoalInput(GoalKind.EDUCATION, "Tømrerlærling", goal.target_date), original=goal)
    assert [(g.kind, g.field) for g in plan.goals] == [(GoalKind.EDUCATION, "Tømrerlærling")]
    assert [s.description for s in plan.steps] == ["Skriv et CV", "Mød op i netværksgruppen hver tirsdag",
                                                   "Find en praktikplads"]
    changes = plans.compare_revisions(plan.id, 1, 2)
    assert describe_changes(changes) == ["Goal “Tømrer (EUD)” changed to “Tømrerlærling”."]


def test_progress_on_an_agreed_plan_needs_no_new_agreement(database: Database, world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = agreed_plan(database, world)
    cv = step_named(plan, "Skriv et CV")
    plan = plans.save_step(plan.id, as_input(cv, status=StepStatus.DONE), original=cv)
    assert [r.number for r in plan.revisions] == [1] and plan.status is PlanStatus.AGREED
    done = step_named(plan, "Skriv et CV")
    assert done.status is StepStatus.DONE and done.completed_on == TODAY
    assert plan.progress.done == 1 and plan.progress.steps == 3


def test_bad_input_is_refused_with_the_field_named(database: Database, world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = plans.start_plan(world.participant_id, starts_on=PLAN_START)
    cases = [
        (lambda: plans.save_step(plan.id, StepInput("Skriv CV", StepOwner.PARTICIPANT, date(2026, 8, 31))), "due_on",
         "The date 2026-08-31 is before the plan starts (2026-09-01). Choose a date on or after the start."),
        (lambda: plans.save_step(plan.id, StepInput("Skriv CV", None)), "owner", "Every step needs someone"),
        (lambda: plans.save_goal(plan.id, GoalInput(GoalKind.JOB, "Kok", date(2026, 1, 1))), "target_date",
         "before the plan starts"),
        (lambda: plans.record_review(plan.id, reviewed_on=TODAY, readiness_rating=11), "readiness_rating",
         "a whole number from 1 to 10, not 11"),
        (lambda: plans.record_agreement(plan.id, revision_number=1, revision_version=plan.revision.version,
                                        agreed_on=TODAY, method=AgreementMethod.PAPER), "goals", "at least one goal"),
        (lambda: plans.start_plan(world.participant_id, starts_on=PLAN_START), "participant",
         "already has an active plan"),
    ]
    for attempt, field, words in cases:
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.field == field
        assert words in caught.value.message
    assert service(database, world.caseworker).open_plan(plan.id).steps == ()  # nothing half-saved


def test_a_closed_plan_cannot_be_edited(database: Database, world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = agreed_plan(database, world)
    plan = plans.set_status(plan, PlanStatus.CLOSED)
    assert plan.closed_on == TODAY
    with pytest.raises(ValidationError, match="This plan is closed") as caught:
        plans.save_step(plan.id, StepInput("Noget nyt", StepOwner.PARTICIPANT))
    assert caught.value.field == "status"
    assert plans.plan_for_participant(world.participant_id) is None  # a new plan may now be started
    assert plans.start_plan(world.participant_id, starts_on=TODAY).revision.number == 1


def test_status_back_to_agreed_only_while_the_agreed_version_stands(database: Database, world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = plans.set_status(agreed_plan(database, world), PlanStatus.UNDER_REVIEW)
    plan = plans.set_status(plan, PlanStatus.AGREED)  # reviewed, nothing changed
    cv = step_named(plan, "Skriv et CV")
    plan = plans.save_step(plan.id, as_input(cv, description="Skriv et CV og en ansøgning"), original=cv)
    with pytest.raises(ValidationError, match="Version 2 of the plan has not been agreed"):
        plans.set_status(plan, PlanStatus.AGREED)
    with pytest.raises(ValidationError, match="cannot go from 'under review' to 'draft'"):
        plans.set_status(plan, PlanStatus.DRAFT)


def test_stale_save_is_refused_and_the_other_persons_change_is_kept(database: Database, world: PlanWorld) -> None:
    plan = service(database, world.caseworker).start_plan(world.participant_id, starts_on=PLAN_START,
                                                          template_id=add_template(database))
    mette, ali = service(database, world.caseworker), service(database, world.coordinator)
    seen_by_mette = step_named(mette.open_plan(plan.id), "Find en praktikplads")
    seen_by_ali = step_named(ali.open_plan(plan.id), "Find en praktikplads")

    ali.save_step(plan.id, as_input(seen_by_ali, owner=StepOwner.COORDINATOR, owner_name="Ali"),
                  original=seen_by_ali)
    with pytest.raises(ConflictError) as caught:
        mette.save_step(plan.id, as_input(seen_by_mette, due_on=date(2027, 2, 1)), original=seen_by_mette)
    assert caught.value.changes == {"owner": (StepOwner.CASEWORKER, StepOwner.COORDINATOR),
                                    "owner_name": (None, "Ali")}
    assert "Nothing has been overwritten" in caught.value.message
    stored = step_named(mette.open_plan(plan.id), "Find en praktikplads")
    assert (stored.owner, stored.owner_name, stored.due_on) == (StepOwner.COORDINATOR, "Ali", seen_by_mette.due_on)


def test_an_agreement_is_refused_when_the_version_changed_since_it_was_read(database: Database,
                                                                            world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = plans.start_plan(world.participant_id, starts_on=PLAN_START, template_id=add_template(database))
    plan = plans.save_goal(plan.id, GoalInput(GoalKind.JOB, "Lagerarbejder"))
    looked_at = plan.revision.version
    service(database, world.coordinator).save_step(plan.id, StepInput("Truckkørekort", StepOwner.OTHER_PARTNER))
    with pytest.raises(ConflictError, match="Version 1 of the plan was changed after you opened it"):
        plans.record_agreement(plan.id, revision_number=1, revision_version=looked_at, agreed_on=TODAY,
                               method=AgreementMethod.DIGITAL)
    assert plans.open_plan(plan.id).needs_agreement


def test_two_people_changing_an_agreed_plan_share_one_new_version(database: Database, world: PlanWorld) -> None:
    agreed = agreed_plan(database, world)
    mette, ali = service(database, world.caseworker), service(database, world.coordinator)
    cv, internship = step_named(agreed, "Skriv et CV"), step_named(agreed, "Find en praktikplads")
    ali.save_step(agreed.id, as_input(cv, due_on=date(2026, 9, 30)), original=cv)
    plan = mette.save_step(agreed.id, as_input(internship, owner_name="Jobcenter Viborg"), original=internship)
    assert [r.number for r in plan.revisions] == [1, 2]
    assert step_named(plan, "Skriv et CV").due_on == date(2026, 9, 30)
    assert step_named(plan, "Find en praktikplads").owner_name == "Jobcenter Viborg"
    with pytest.raises(ConflictError):  # Mette's view of the CV step is from version 1, before Ali's change
        mette.remove_step(agreed.id, cv)


def test_opening_a_plan_is_logged(database: Database, world: PlanWorld) -> None:
    plan = service(database, world.caseworker).start_plan(world.participant_id, starts_on=PLAN_START)
    service(database, world.colleague).open_plan(plan.id)  # same jobcentre: may read, not change
    assert service(database, world.caseworker).plan_for_participant(world.participant_id).id == plan.id
    reads = log_entries(database, AccessAction.READ)
    assert [(e.login_name, e.participant_id, e.record_kind, e.record_id) for e in reads] == [
        ("jonas", world.participant_id, "plan", plan.id), ("mette", world.participant_id, "plan", plan.id)]


def test_who_may_do_what(database: Database, world: PlanWorld) -> None:
    plan = service(database, world.caseworker).start_plan(world.participant_id, starts_on=PLAN_START)
    with pytest.raises(PermissionDeniedError):
        service(database, world.secretary).open_plan(plan.id)
    with pytest.raises(PermissionDeniedError, match="your own caseload"):
        service(database, world.colleague).save_step(plan.id, StepInput("x", StepOwner.PARTICIPANT))
    with pytest.raises(NotFoundError):
        service(database, world.outsider).open_plan(plan.id)
    with pytest.raises(NotFoundError, match="participant was not found"):
        service(database, world.caseworker).start_plan(999_999, starts_on=PLAN_START)


def test_reviews_record_readiness_and_feed_the_follow_ups(database: Database, world: PlanWorld) -> None:
    plans = service(database, world.caseworker)
    plan = agreed_plan(database, world)
    plan = plans.record_review(plan.id, reviewed_on=date(2026, 10, 1), readiness_rating=3, note="Godt i gang")
    plan = plans.record_review(plan.id, reviewed_on=date(2026, 11, 1), readiness_rating=6,
                               next_review_on=date(2026, 12, 1))
    assert plan.progress.ratings == ((date(2026, 10, 1), 3), (date(2026, 11, 1), 6))
    assert plan.review_on == date(2026, 12, 1)
    assert [r.plan_id for r in plans.reviews_due(date(2026, 12, 31))] == [plan.id]
    assert plans.reviews_due(date(2026, 11, 30)) == []
    with pytest.raises(ValidationError, match="in the future"):
        plans.record_review(plan.id, reviewed_on=TODAY + timedelta(days=1), readiness_rating=5)


def test_overdue_steps_feed_the_caseload_warnings(database: Database, world: PlanWorld) -> None:
    plan = agreed_plan(database, world)  # the CV step was due 2026-09-15, the internship 2026-10-31
    overdue = service(database, world.caseworker).overdue_steps()
    assert [(o.description, o.days_overdue, o.participant_name) for o in overdue] == [
        ("Skriv et CV", (TODAY - date(2026, 9, 15)).days, "Søren Ågård"),
        ("Find en praktikplads", (TODAY - date(2026, 10, 31)).days, "Søren Ågård")]
    assert plan.progress.overdue == 2
    assert service(database, world.colleague).overdue_steps() == []  # not in Jonas's caseload


def test_exported_pdf_is_the_newest_version_in_the_participants_language(database: Database, world: PlanWorld,
                                                                         tmp_path: Path) -> None:
    plan = agreed_plan(database, world)
    plans = service(database, world.caseworker)
    plans.save_barrier(plan.id, BarrierInput(BarrierKind.HEALTH, "Angst (fortroligt)", sensitive=True))
    language = plans.export_pdf(plan.id, tmp_path / "plan.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "plan.pdf").pages)
    assert language.value == "da"
    assert "Søren Ågård" in text and "17.05.2004" in text and "4921" not in text
    assert "Uddannelse: Tømrer (EUD)" in text and "Ikke aftalt endnu" in text  # version 2 awaits agreement
    assert "Angst" not in text
    exports = log_entries(database, AccessAction.EXPORT)
    assert [(e.login_name, e.participant_id) for e in exports] == [("mette", world.participant_id)]
    assert exports[0].detail == "PDF, version 2, language da"


def test_a_failed_export_is_not_logged(database: Database, world: PlanWorld, tmp_path: Path) -> None:
    plan = agreed_plan(database, world)
    with pytest.raises(OSError):
        service(database, world.caseworker).export_pdf(plan.id, tmp_path / "missing-folder" / "plan.pdf")
    assert log_entries(database, AccessAction.EXPORT) == []


def test_a_newer_version_with_the_same_values_is_not_a_conflict(database: Database, world: PlanWorld) -> None:
    plan = service(database, world.caseworker).start_plan(world.participant_id, starts_on=PLAN_START,
                                                          template_id=add_template(database))
    seen = plan.steps[0]
    with database.transaction() as session:  # someone saves the same values again: version moves, data equal
        session.get(PlanStep, seen.id).description = seen.description + " "
    with database.transaction() as session:
        session.get(PlanStep, seen.id).description = seen.description
    changed = service(database, world.caseworker).save_step(plan.id, as_input(seen, status=StepStatus.IN_PROGRESS),
                                                            original=dataclasses.replace(seen))
    assert step_named(changed, seen.description).version == seen.version + 3


def run_main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` as a real process with its own profile folder."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env={**os.environ, "NEO_DESKTOP_HOME": str(home)}, cwd=ROOT, timeout=120, check=False)


def test_export_plan_on_the_command_line(sqlite_database: Database, tmp_path: Path, isolated_profile: Path) -> None:
    world = make_world(sqlite_database)
    agreed_plan(sqlite_database, world)
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    pdf = tmp_path / "plan.pdf"
    result = run_main("export", "plan", "--participant", str(world.participant_id), "--pdf", str(pdf),
                      "--language", "sv", "--database", url, home=isolated_profile)
    assert result.returncode == 0, result.stderr
    assert f"participant {world.participant_id} (sv)" in result.stdout
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Min plan" in text and "Søren Ågård" in text and "Utbildning: Tømrer (EUD) – senast 2027-08-01" in text
    assert "Sida 1 av 1" in text and "Datum och underskrift – Søren Ågård" in text
    [entry] = log_entries(sqlite_database, AccessAction.EXPORT)
    assert entry.login_name.startswith("cli:") and entry.staff_id is None
    assert entry.participant_id == world.participant_id

    unknown = run_main("export", "plan", "--participant", "999999", "--pdf", str(tmp_path / "x.pdf"), "--database",
                       url, home=isolated_profile)
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "error: The participant was not found. It may have been deleted."
    no_plan = run_main("export", "plan", "--participant", str(world.swedish_participant_id), "--pdf",
                       str(tmp_path / "y.pdf"), "--database", url, home=isolated_profile)
    assert no_plan.returncode == 1
    assert no_plan.stderr.strip() == f"error: Participant {world.swedish_participant_id} has no active plan."
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_export_plan_refuses_an_unwritable_file(sqlite_database: Database, tmp_path: Path,
                                                isolated_profile: Path) -> None:
    world = make_world(sqlite_database)
    agreed_plan(sqlite_database, world)
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    result = run_main("export", "plan", "--participant", str(world.participant_id), "--pdf",
                      str(tmp_path / "no-such-folder" / "plan.pdf"), "--database", url, home=isolated_profile)
    assert result.returncode == 1
    assert result.stderr.startswith("error: the PDF could not be written to") and "Traceback" not in result.stderr


@pytest.mark.postgres
def test_a_save_racing_another_at_the_last_moment_is_a_conflict(postgres_database: Database) -> None:
    """Someone commits between our read and our write: the version check in the UPDATE catches it (and
    Database.transaction turns SQLAlchemy's StaleDataError into a ConflictError)."""
    world = make_world(postgres_database)
    plans = service(postgres_database, world.caseworker)
    plan = plans.start_plan(world.participant_id, starts_on=PLAN_START, template_id=add_template(postgres_database))
    seen = plan.steps[0]

    def someone_else_commits(session: Session, _context: object, _instances: object) -> None:
        with postgres_database.engine.connect() as other:
            other.execute(text("UPDATE plan_step SET version = version + 1, description = 'Skriv et CV (Ali)' "
                               "WHERE id = :id"), {"id": seen.id})
            other.commit()

    event.listen(Session, "before_flush", someone_else_commits, once=True)
    try:
        with pytest.raises(ConflictError, match="Nothing has been overwritten"):
            plans.save_step(plan.id, as_input(seen, due_on=date(2026, 10, 1)), original=seen)
    finally:
        event.remove(Session, "before_flush", someone_else_commits)
    stored = step_named(plans.open_plan(plan.id), "Skriv et CV (Ali)")
    assert stored.due_on == seen.due_on  # the other person's save stands; ours was not half-applied
