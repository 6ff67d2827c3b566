"""Fixtures of the plan GUI tests: the small plan world (tests/services/plan_fixtures.py) in SQLite, the Plans
area on it for the caseworker, and helpers to open a plan and wait for the background work."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))  # plan_fixtures lives there

from plan_fixtures import PLAN_START, TODAY, PlanWorld, add_template, make_world
from plan_gui_helpers import plan_service

from neo_desktop.app import Services
from neo_desktop.db.engine import Database
from neo_desktop.domain.plan import AgreementMethod, GoalKind
from neo_desktop.domain.plan_rules import GoalInput
from neo_desktop.services.plan_views import PlanView
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans import printing
from neo_desktop.ui.plans.editor import PlanEditor
from neo_desktop.ui.views.plans import PlansView

__all__ = ["PLAN_START", "TODAY"]


@pytest.fixture
def world(sqlite_database: Database) -> PlanWorld:
    """Two young people (Søren, Danish; Åsa, Swedish) in Mette's caseload, and the other staff."""
    return make_world(sqlite_database)


@pytest.fixture
def agreed_plan(sqlite_database: Database, world: PlanWorld) -> PlanView:
    """Søren's plan from the template, with a goal, agreed at a meeting on 3 September (version 1 locked)."""
    plans = plan_service(sqlite_database, world.caseworker)
    plan = plans.start_plan(world.participant_id, starts_on=PLAN_START, template_id=add_template(sqlite_database))
    plan = plans.save_goal(plan.id, GoalInput(GoalKind.EDUCATION, "Tømrer (EUD)", date(2027, 8, 1)))
    return plans.record_agreement(plan.id, revision_number=1, revision_version=plan.revision.version,
                                  agreed_on=date(2026, 9, 3), method=AgreementMethod.MEETING)


@pytest.fixture
def plans_view(qtbot, ui_context: UiContext, sqlite_database: Database, world: PlanWorld) -> PlansView:
    """The Plans area for Mette (caseworker), shown."""
    view = PlansView(Services(sqlite_database, world.caseworker), ui_context, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1180, 720)
    view.show()
    view.activateWindow()  # keyboard shortcuts only work in the active window
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    return view


@pytest.fixture
def open_editor(qtbot, plans_view: PlansView) -> Callable[[int], PlanEditor]:
    """Open a plan in the Plans area and wait until it shows."""

    def open_plan(plan_id: int) -> PlanEditor:
        editor = plans_view.editors.get(plan_id)
        if editor is not None and editor.plan is not None:
            return plans_view.open_plan(plan_id)
        editor = plans_view.open_plan(plan_id)
        qtbot.waitUntil(lambda: editor.plan is not None, timeout=10_000)
        return editor

    return open_plan


@pytest.fixture
def opened_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Printed plans go to a temp folder, and "opening" one records its path instead of starting a viewer."""
    opened: list[Path] = []
    monkeypatch.setattr(printing, "print_folder", lambda: tmp_path)
    monkeypatch.setattr(printing, "open_document", lambda path: opened.append(path) or True)
    return opened
