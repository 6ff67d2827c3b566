"""The one background task runner: plain functions on a thread pool, their results back on the GUI thread.

A task is a plain function ``fn(progress, cancelled)``: it may call ``progress(done, total, text)`` and should
check ``cancelled()`` now and then and stop (return or raise) when it is true. The function knows nothing of
Qt, so it can be unit-tested on its own. The runner delivers the result, the error or the cancellation to the
GUI thread through signals, and can show a modal progress dialog with a Cancel button.
"""

from __future__ import annotations

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
    """Carries a worker thread's reports to the task object on the GUI thread."""

    progressed = Signal(int, int, str)
    ended = Signal(object, object)  # (result, exception)


class Task(QObject):
    """One run of a task function; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: TaskFn, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._fn: TaskFn | None = fn
        self._cancel = threading.Event()
        self._last_report = 0.0
        self.is_finished = False
        self.progress_dialog: QProgressDialog | None = None
        # Owned by the task (and so deleted with it, on the GUI thread): a relay owned by its Python wrapper
        # would be destroyed by whichever thread dropped the last reference, a pool thread included.
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the task to stop; it does at its next check of ``cancelled()``."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def run_in_worker(self) -> None:
        """Run the function (on a pool thread) and hand the outcome to the GUI thread."""
        try:
            result = self._fn(self._report_progress, self._cancel.is_set)
        except BaseException as exc:
            self._relay.ended.emit(None, exc)
        else:
            self._relay.ended.emit(result, None)

    def _report_progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - self._last_report < PROGRESS_INTERVAL and done < total:
            return
        self._last_report = now
        self._relay.progressed.emit(int(done), int(total), str(text))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.is_finished:
            self.progressed.emit(done, total, text)

    @Slot(object, object)
    def _on_ended(self, result: object, error: object) -> None:
        self.is_finished = True
        # Let go of the function (and whatever widgets its closure holds) here on the GUI thread, not on the
        # pool thread that drops the runnable, and with it possibly the last reference to this task.
        self._fn = None
        if self._cancel.is_set():
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


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_in_worker()


class TaskRunner(QObject):
    """Runs task functions on its own thread pool; the only way the UI does work off the GUI thread."""

    task_started = Signal(object)

    def __init__(self, error_handler: ErrorHandler | None = None, parent: QObject | None = None,
                 *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: set[Task] = set()
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
        task = Task(fn, name or getattr(fn, "__name__", "task"), self)
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
        task.finished.connect(lambda: self._forget(task))
        self._active.add(task)
        self._pool.start(_Runnable(task))
        self.task_started.emit(task)
        return task

    @property
    def active_tasks(self) -> frozenset[Task]:
        """Tasks started and not yet delivered."""
        return frozenset(self._active)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every pool thread is idle (for shutdown and tests); False on timeout."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> None:
        """Cancel every running task and wait for the threads (at exit)."""
        for task in list(self._active):
            task.cancel()
        if not self._pool.waitForDone(msecs):
            log.warning("Background tasks still running at exit: %s", [task.name for task in self._active])

    def _handle_error(self, exc: BaseException, parent: QWidget | None) -> None:
        if parent is not None and not shiboken6.isValid(parent):
            parent = None  # the window that started the task has closed meanwhile
        if self.error_handler is None:
            log.error("Task failed", exc_info=(type(exc), exc, exc.__traceback__))
            return
        self.error_handler(exc, parent)

    def _forget(self, task: Task) -> None:
        self._active.discard(task)
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
