"""Fixtures of the caseload and participant GUI tests: the demo database signed in as the demo caseworker."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from neo_desktop.app import Services, auth_service
from neo_desktop.db.engine import Database
from neo_desktop.demo import DEMO_LOGINS, DEMO_PASSWORD
from neo_desktop.domain.organisation import Role
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.participants.calls import ParticipantServices


@dataclass
class Desk:
    """A signed-in caseworker's services and the UI context."""

    database: Database
    services: Services
    participant_services: ParticipantServices
    context: UiContext


@pytest.fixture
def desk(demo_database: Database, ui_context: UiContext) -> Iterator[Desk]:
    user = auth_service(demo_database).sign_in_local(DEMO_LOGINS[Role.CASEWORKER.value], DEMO_PASSWORD)
    services = Services(demo_database, user)
    yield Desk(demo_database, services, ParticipantServices(services), ui_context)
    for widget in QApplication.topLevelWidgets():  # record windows and dialogs the test left open
        if isinstance(widget, QWidget) and widget.isVisible():
            widget.dirty = False  # a record window would otherwise ask about unsaved changes
            widget.close()
