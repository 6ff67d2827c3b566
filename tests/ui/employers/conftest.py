"""Fixtures of the employer GUI tests: the small employer world in SQLite and the Employers area on it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))  # the employer world lives there

from employer_fixtures import TODAY, EmployerWorld, make_employer_world

from neo_desktop.app import Services
from neo_desktop.db.engine import Database
from neo_desktop.services.user import SignedInUser
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.views.employers import EmployersView

__all__ = ["TODAY"]


@pytest.fixture
def world(sqlite_database: Database) -> EmployerWorld:
    """Søren and Åsa in Mette's caseload, three companies, four openings (tests/services/employer_fixtures.py)."""
    return make_employer_world(sqlite_database)


@pytest.fixture
def open_area(qtbot, ui_context: UiContext, sqlite_database: Database) -> Callable[[SignedInUser], EmployersView]:
    """The Employers area for a user, shown at a working size, on the companies tab."""

    def open_for(user: SignedInUser) -> EmployersView:
        view = EmployersView(Services(sqlite_database, user), ui_context, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1300, 860)
        view.show()
        view.activate()
        return view

    return open_for
