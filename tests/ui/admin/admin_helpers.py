"""Helpers of the administration GUI tests."""

from __future__ import annotations

import shiboken6
from ui_helpers import wait_for_tasks

from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.administration import AdministrationView


def show_page(qtbot, view: AdministrationView, page, context: UiContext) -> None:
    """Bring a tab to the front and wait until its list has loaded."""
    view.show_page(page)
    wait_for_tasks(qtbot, context)
    qtbot.waitUntil(lambda: not getattr(page, "is_loading", False), timeout=10_000)


def row_of(page, column: int, text: str) -> int:
    """The row whose ``column`` shows ``text`` (as displayed)."""
    model = page.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, column)) == text:
            return row
    raise AssertionError(f"{text!r} is not in the list")


def closed(dialog) -> bool:
    """True once a dialog has closed (dialogs delete themselves on closing)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()
