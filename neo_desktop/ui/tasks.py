"""The one background task runner: plain functions on a thread pool, their results back on the GUI thread.

A task is a plain function ``fn(progress, cancelled)``: it may call ``progress(done, total, text)`` and should
check ``cancelled()`` now and then and stop (return or raise) when it is true. The function knows nothing of
Qt, so it can be unit-tested on its own. The runner delivers the result, the error or the cancellation to the
GUI thread through signals, and can show a modal progress dialog with a Cancel button.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
TaskFn = Callable[[ProgressFn, CancelledFn], Any]
ErrorHandler = Callable[[BaseException, QWidget | None], None]

# Progress reports faster than this are dropped (except the last one), so a chatty task cannot flood the GUI.
PROGRESS_INTERVAL = 0.05


class TaskCancelled(Exception):  # noqa: N818 - a way to stop, not an error (like DemoCancelled)
    """Raised by a task function that stops because it was asked to."""


class _Relay(QObject):
    """Carries the worker threads' reports to the runner on the GUI thread, by task number. One per runner, and
    it outlives every worker: a pool thread never holds the last reference to any Qt object."""

    progressed = Signal(int, int, int, str)  # task number, done, total, text
    ended = Signal(int, object, object)  # task number, result, exception


class Task(QObject):
    """One run of a task function; its signals arrive on the GUI thread. Only the GUI thread refers to it: what a
    pool thread holds is a :class:`_Job`."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: TaskFn, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.fn: TaskFn | None = fn
        self.cancel_event = threading.Event()
        self.is_finished = False
        self.progress_dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        """Ask the task to stop; it does at its next check of ``cancelled()``."""
        self.cancel_event.set()

    @property
    def cancel_requested(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self.cancel_event.is_set()

    def report_progress(self, done: int, total: int, text: str) -> None:
        """A worker's progress report, on the GUI thread."""
        if not self.is_finished:
            self.progressed.emit(done, total, text)

    def end(self, result: object, error: object) -> None:
        """The worker's outcome, on the GUI thread: emit what became of the task."""
        self.is_finished = True
        # Let go of the function (and whatever widgets its closure holds) here on the GUI thread.
        self.fn = None
        if self.cancel_event.is_set():
            # Whatever a cancelled task returned or raised on its way out is not news to the user.
            if isinstance(error, BaseException) and not isinstance(error, TaskCancelled):
                log.debug("Task %s ended with %r after cancellation", self.name, error)
            self.cancelled.emit()
        elif isinstance(error, TaskCancelled):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


class _Job:
    """What a pool thread holds of a task: its number, function and cancel flag, and the runner's relay. No
    task object: a Qt object whose last reference went with a pool thread would be freed there, while the GUI
    thread may be deleting it (the crash this avoids)."""

    def __init__(self, number: int, fn: TaskFn, cancel_event: threading.Event, relay: _Relay) -> None:
        self.number = number
        self.fn: TaskFn | None = fn
        self.cancel_event = cancel_event
        self.relay = relay
        self.last_report = 0.0

    def run(self) -> None:
        """Run the function and hand the outcome to the GUI thread (the function is let go of first: the task
        still holds it, and lets go of it on the GUI thread)."""
        fn, self.fn = self.fn, None
        assert fn is not None
        result: object = None
        error: BaseException | None = None
        try:
            result = fn(self.report_progress, self.cancel_event.is_set)
        except BaseException as exc:
            error = exc
        del fn
        self.relay.ended.emit(self.number, result, error)

    def report_progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - self.last_report < PROGRESS_INTERVAL and done < total:
            return
        self.last_report = now
        self.relay.progressed.emit(self.number, int(done), int(total), str(text))


class _Runnable(QRunnable):
    def __init__(self, job: _Job) -> None:
        super().__init__()
        self._job: _Job | None = job

    def run(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.run()


class TaskRunner(QObject):
    """Runs task functions on its own thread pool; the only way the UI does work off the GUI thread."""

    task_started = Signal(object)

    def __init__(self, error_handler: ErrorHandler | None = None, parent: QObject | None = None,
                 *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: dict[int, Task] = {}  # by number
        self._numbers = itertools.count(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self.error_handler = error_handler

    def run(
        self,
        fn: TaskFn,
        *,
        name: str = "",
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        progress_title: str | None = None,
        parent: QWidget | None = None,
        cancellable: bool = True,
    ) -> Task:
        """Start ``fn(progress, cancelled)``; with ``progress_title`` a modal progress dialog shows meanwhile.

        Errors go to ``on_error``, or else to the runner's error handler (the error dialogs).
        """
        # No parent: a task's destruction lets go of its connections, and a runner freed by that must not find
        # the task still among its children, half destroyed.
        task = Task(fn, name or getattr(fn, "__name__", "task"))
        if on_result is not None:
            task.succeeded.connect(on_result)
        if on_error is not None:
            task.failed.connect(on_error)
        else:
            task.failed.connect(lambda exc: self._handle_error(exc, parent))
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        if progress_title is not None:
            task.progress_dialog = _progress_dialog(task, progress_title, parent, cancellable)
        number = next(self._numbers)
        task.finished.connect(lambda: self._forget(number))
        self._active[number] = task
        self._pool.start(_Runnable(_Job(number, fn, task.cancel_event, self._relay)))
        self.task_started.emit(task)
        return task

    @property
    def active_tasks(self) -> frozenset[Task]:
        """Tasks started and not yet delivered."""
        return frozenset(self._active.values())

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every pool thread is idle (for shutdown and tests); False on timeout."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> None:
        """Cancel every running task and wait for the threads (at exit)."""
        for task in list(self._active.values()):
            task.cancel()
        if not self._pool.waitForDone(msecs):
            log.warning("Background tasks still running at exit: %s", [t.name for t in self._active.values()])

    def _handle_error(self, exc: BaseException, parent: QWidget | None) -> None:
        if parent is not None and not shiboken6.isValid(parent):
            parent = None  # the window that started the task has closed meanwhile
        if self.error_handler is None:
            log.error("Task failed", exc_info=(type(exc), exc, exc.__traceback__))
            return
        self.error_handler(exc, parent)

    @Slot(int, int, int, str)
    def _on_progress(self, number: int, done: int, total: int, text: str) -> None:
        task = self._active.get(number)
        if task is not None:
            task.report_progress(done, total, text)

    @Slot(int, object, object)
    def _on_ended(self, number: int, result: object, error: object) -> None:
        task = self._active.get(number)
        if task is not None:
            task.end(result, error)

    def _forget(self, number: int) -> None:
        task = self._active.pop(number, None)
        if task is None:
            return
        if task.progress_dialog is not None:
            task.progress_dialog.close()
            task.progress_dialog.deleteLater()
            task.progress_dialog = None
        task.deleteLater()


def _progress_dialog(task: Task, title: str, parent: QWidget | None, cancellable: bool) -> QProgressDialog:
    """A modal progress dialog for ``task``; Cancel asks the task to stop."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setRange(0, 0)  # busy until the first report
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    if not cancellable:
        dialog.setCancelButton(None)  # the default button's text comes translated from Qt
    dialog.canceled.connect(task.cancel)

    def show_progress(done: int, total: int, _text: str) -> None:
        # The task's own text is for the log (it is English); the dialog keeps its translated title.
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    task.progressed.connect(show_progress)
    dialog.show()
    return dialog
