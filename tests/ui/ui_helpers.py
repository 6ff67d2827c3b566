"""Small helpers shared by the UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from neo_desktop.ui.context import UiContext


def wait_for_tasks(qtbot, context: UiContext, timeout: int = 10_000) -> None:
    """Wait until every background task of ``context`` has been delivered."""
    qtbot.waitUntil(lambda: not context.tasks.active_tasks, timeout=timeout)


def top_level(kind: type[QWidget]) -> list[QWidget]:
    """The visible top-level widgets of ``kind``."""
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible()]
