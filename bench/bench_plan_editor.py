"""Benchmark: the plan editor with a 30-step plan of 10 versions, as a caseworker opens, reads and prints it.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_plan_editor.py`` (or on a desktop without
the variable). It builds the same throw-away plan as ``bench_plans.py`` and times, through the real widgets
and the task runner:

- opening the plan in a new editor tab, until it is shown (goal ≤ 100 ms: "opening a plan with 10 revisions");
- showing an already loaded plan again (what every save does);
- comparing version 1 with version 10 in the Versions tab;
- printing the PDF from the editor until it is written (goal ≤ 300 ms, as for the PDF itself).

It prints figures; it is not a test.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_plans import TODAY, make_caseworker, plan_with_versions
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from neo_desktop.app import Services
from neo_desktop.db import migrations
from neo_desktop.db.engine import Database
from neo_desktop.services.plans import PlanService
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.plans import printing
from neo_desktop.ui.views.plans import PlansView


def wait_for(signal: object, start: Callable[[], object], timeout_ms: int = 10_000) -> None:
    """Call ``start`` and spin the event loop until ``signal`` fires."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def timed(label: str, goal_ms: float | None, work: Callable[[], object], runs: int) -> None:
    """Run ``work`` ``runs`` times; print the median and worst wall-clock time and the median CPU time of the
    process (all threads: on a busy machine the CPU time shows the cost, the wall clock includes waiting)."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    median = statistics.median(wall)
    verdict = "" if goal_ms is None else f"   goal {goal_ms:.0f} ms: " + (
        "ok" if median <= goal_ms else "SLOWER THAN THE GOAL")
    print(f"{label:46} median {median:6.1f} ms   worst {max(wall):6.1f} ms   CPU {statistics.median(cpu):6.1f} ms"
          f"{verdict}")


def main() -> None:
    """Build the plan, then time the editor."""
    app = QApplication.instance() or QApplication(sys.argv)
    context = UiContext.create()
    context.languages.install("da")
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        migrations.upgrade(database)
        user, participant_id = make_caseworker(database)
        plan_id = plan_with_versions(PlanService(database, user, today=lambda: TODAY), participant_id, steps=30,
                                     versions=10)
        printing.print_folder = lambda: Path(folder)  # type: ignore[assignment]  # no viewer, no temp clutter
        printing.open_document = lambda _path: True  # type: ignore[assignment]
        view = PlansView(Services(database, user), context, today=lambda: TODAY)
        view.resize(1200, 760)
        view.show()
        app.processEvents()

        def open_once() -> None:
            editor = view.open_plan(plan_id)
            if editor.plan is None:
                loop = QEventLoop()
                editor.plan_loaded.connect(loop.quit)
                loop.exec()
            app.processEvents()  # the first paint of the tab
            view.close_tab(view.tabs.indexOf(editor))

        print("SQLite, plan of 30 steps and 10 versions, the editor in Danish, offscreen\n")
        timed("open the plan in a new tab, until shown", 100, open_once, runs=30)
        editor = view.open_plan(plan_id)
        wait_for(editor.plan_loaded, lambda: None) if editor.plan is None else None
        plan = editor.plan
        timed("show a loaded plan again (after every save)", None, lambda: (editor.show_plan(plan),
                                                                             app.processEvents()), runs=50)
        editor.tabs.setCurrentWidget(editor.versions)
        editor.versions.old_box.setCurrentIndex(0)
        timed("compare version 1 with version 10", None,
              lambda: wait_for(editor.versions.compared, editor.versions.compare), runs=30)
        print(f"  ({len(editor.versions.texts())} sentences)")
        timed("print the PDF from the editor, until written", 300,
              lambda: wait_for(editor.actions.printed, editor.actions.print_plan), runs=20)
        context.tasks.shutdown()
        view.close()
        database.dispose()


if __name__ == "__main__":
    main()
