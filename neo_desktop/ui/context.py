"""What every window and view of the UI shares: the task runner, the change bus, errors and languages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from .changes import ChangeBus
from .errors import ErrorReporter
from .i18n import LanguageSwitcher
from .tasks import TaskRunner


@dataclass
class UiContext:
    """The UI's shared services, made once per application (tests make their own)."""

    tasks: TaskRunner
    changes: ChangeBus
    errors: ErrorReporter
    languages: LanguageSwitcher

    @classmethod
    def create(cls, parent: QObject | None = None) -> UiContext:
        """A fresh context whose task errors go to its error dialogs."""
        errors = ErrorReporter(parent)
        return cls(TaskRunner(errors.report, parent), ChangeBus(parent), errors, LanguageSwitcher(parent))
