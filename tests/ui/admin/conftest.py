"""Fixtures of the administration, audit and data-protection GUI tests: the main window on the demo data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from ui_helpers import wait_for_tasks

from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.organisation import Role
from neo_desktop.services.permissions import Area
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.main_window import MainWindow
from neo_desktop.ui.views.administration import AdministrationView


@pytest.fixture
def administration(qtbot, open_main_window: Callable[[str], MainWindow],
                   ui_context: UiContext) -> AdministrationView:
    """The Administration area, shown to the demo administrator, with the organisations loaded."""
    window = open_main_window(DEMO_LOGINS[Role.ADMINISTRATOR.value])
    window.show_area(Area.ADMINISTRATION)
    view = window.views[Area.ADMINISTRATION]
    assert isinstance(view, AdministrationView)
    qtbot.waitUntil(lambda: view.organisations.model.rowCount() > 0, timeout=10_000)
    wait_for_tasks(qtbot, ui_context)
    return view
