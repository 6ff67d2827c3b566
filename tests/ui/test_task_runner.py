"""The background task runner: results, errors and cancellation reach the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton

from neo_desktop.domain.errors import ValidationError
from neo_desktop.ui.tasks import TaskCancelled, TaskRunner


@pytest.fixture
def runner(neo_app):
    errors: list[BaseException] = []
    runner = TaskRunner(lambda exc, _parent: errors.append(exc))
    runner.reported_errors = errors
    yield runner
    runner.shutdown()


def test_result_is_delivered_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    worker_threads: list[object] = []
    delivered: list[tuple[object, object]] = []

    def work(progress, cancelled):
        worker_threads.append(threading.current_thread())
        progress(1, 2, "half")
        return 42

    task = runner.run(work, on_result=lambda value: delivered.append((value, QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert delivered == [(42, QApplication.instance().thread())]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert not runner.active_tasks


def test_error_is_delivered_to_on_error(qtbot, runner: TaskRunner) -> None:
    received: list[BaseException] = []

    def work(progress, cancelled):
        raise ValidationError("That is not a date.")

    task = runner.run(work, on_error=received.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(received) == 1 and isinstance(received[0], ValidationError)
    assert runner.reported_errors == []  # on_error took it


def test_error_without_handler_goes_to_the_runner_error_handler(qtbot, runner: TaskRunner) -> None:
    def work(progress, cancelled):
        raise RuntimeError("bug")

    task = runner.run(work)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert [type(exc) for exc in runner.reported_errors] == [RuntimeError]
    assert runner.reported_errors[0].__traceback__ is not None  # kept for the log


def test_cancel_stops_the_work(qtbot, runner: TaskRunner) -> None:
    started = threading.Event()
    steps: list[int] = []
    outcome: list[str] = []

    def work(progress, cancelled):
        started.set()
        for step in range(1000):
            if cancelled():
                raise TaskCancelled
            steps.append(step)
            time.sleep(0.005)
        return "finished"

    task = runner.run(work, on_result=lambda _r: outcome.append("result"),
                      on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcome == ["cancelled"]
    assert len(steps) < 1000


def test_progress_dialog_shows_progress_and_cancel_button_cancels(qtbot, runner: TaskRunner) -> None:
    release = threading.Event()
    seen: list[tuple[int, int]] = []

    def work(progress, cancelled):
        progress(3, 10, "three")
        while not cancelled() and not release.is_set():
            time.sleep(0.01)
        return "done"

    task = runner.run(work, progress_title="Working…", on_cancelled=lambda: seen.append((-1, -1)))
    task.progressed.connect(lambda done, total, _text: seen.append((done, total)))
    dialog = task.progress_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.maximum() == 10 and dialog.value() == 3, timeout=5000)
    assert dialog.labelText() == "Working…"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [(3, 10), (-1, -1)]


def test_a_cancelled_task_result_is_dropped(qtbot, runner: TaskRunner) -> None:
    release = threading.Event()
    results: list[object] = []

    def work(progress, cancelled):
        release.wait(5)
        return "late answer"  # does not check cancelled(): its answer must still be dropped

    task = runner.run(work, on_result=results.append)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert results == []


def test_what_a_task_holds_is_let_go_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    """A task's function often holds a widget; freeing a widget off the GUI thread crashes Qt."""
    released_on: list[str] = []

    class Held:
        def __del__(self) -> None:
            released_on.append(threading.current_thread().name)

    for _ in range(20):  # the pool thread drops its runnable at about the moment the GUI thread is told
        held = Held()
        task = runner.run(lambda _progress, _cancelled, held=held: None)
        del held
        with qtbot.waitSignal(task.finished, timeout=5000):
            pass
        qtbot.waitUntil(lambda: not runner.active_tasks, timeout=5000)
    qtbot.waitUntil(lambda: len(released_on) == 20, timeout=5000)
    assert set(released_on) == {threading.main_thread().name}
