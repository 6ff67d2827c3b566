"""Printing the plan from the editor: a PDF in the young person's language (or another), opened, read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plan_fixtures import PlanWorld
from plan_gui_helpers import plan_service
from pypdf import PdfReader
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.plan import BarrierKind
from neo_desktop.domain.plan_rules import BarrierInput
from neo_desktop.services.plan_views import PlanView
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans.editor import PlanEditor

OpenEditor = Callable[[int], PlanEditor]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_print_in_the_young_persons_language(qtbot, open_editor: OpenEditor, agreed_plan: PlanView,
                                             opened_files: list[Path], sqlite_database: Database,
                                             world: PlanWorld, ui_context: UiContext) -> None:
    plans = plan_service(sqlite_database, world.caseworker)
    plans.save_barrier(agreed_plan.id, BarrierInput(BarrierKind.HEALTH, "Angst i store grupper", sensitive=True))
    plans.save_barrier(agreed_plan.id, BarrierInput(BarrierKind.TRANSPORT, "Langt til bussen"))
    editor = open_editor(agreed_plan.id)
    actions = editor.actions
    assert actions.print_action.text() == "&Print plan (Danish)"  # Søren chose Danish
    with qtbot.waitSignal(actions.printed, timeout=20_000):
        actions.print_action.trigger()
    assert len(opened_files) == 1
    path = opened_files[0]
    assert path.name == "Plan Søren Ågård v2 da.pdf"
    text = pdf_text(path)
    for expected in ("Min plan", "Søren Ågård", "Skriv et CV", "Find en praktikplads", "Tømrer (EUD)",
                     "Langt til bussen", "Version"):
        assert expected in text, expected
    assert "Angst" not in text  # a sensitive barrier never leaves the program
    assert "printed in Danish and opened in your PDF viewer" in editor.message.plain_text()
    with sqlite_database.transaction() as session:
        exports = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT)).all()
        assert [(e.participant_id, e.purpose) for e in exports] == [(world.participant_id, "print plan")]
    wait_for_tasks(qtbot, ui_context)


def test_print_in_another_language_from_the_menu(qtbot, open_editor: OpenEditor, agreed_plan: PlanView,
                                                 opened_files: list[Path]) -> None:
    editor = open_editor(agreed_plan.id)
    with qtbot.waitSignal(editor.actions.printed, timeout=20_000):
        editor.actions.language_actions[Language.SV].trigger()
    text = pdf_text(opened_files[0])
    assert "Individuell handlingsplan" in text and "Skriv et CV" in text
    assert opened_files[0].name.endswith(" sv.pdf")
    with qtbot.waitSignal(editor.actions.printed, timeout=20_000):
        editor.actions.language_actions[Language.EN].trigger()
    assert "My plan" in pdf_text(opened_files[1])
