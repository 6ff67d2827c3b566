"""The main window's views, one per area of the program.

A view is any QWidget class with an ``area`` attribute, a constructor ``(services, context)`` and a
``cancel_loading()`` method (see :class:`AreaView`); simple list views derive from RecordTableView. To give an
area a richer view, change its entry below and nothing else.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from neo_desktop.app import Services
from neo_desktop.services.permissions import Area

from ..context import UiContext
from .administration import AdministrationView
from .audit import AuditView
from .caseload import CaseloadView
from .employers import EmployersView
from .meetings import MeetingsView
from .participants import ParticipantsView
from .plans import PlansView
from .record_table_view import RecordTableView
from .reports import ReportsView


class AreaView(Protocol):
    """What the main window needs of a view."""

    area: Area

    def __init__(self, services: Services, context: UiContext) -> None: ...

    def cancel_loading(self) -> None:
        """Stop background loading (the window is closing)."""


VIEW_CLASSES: dict[Area, type[QWidget]] = {
    Area.CASELOAD: CaseloadView,
    Area.PARTICIPANTS: ParticipantsView,
    Area.PLANS: PlansView,
    Area.EMPLOYERS: EmployersView,
    Area.MEETINGS: MeetingsView,
    Area.REPORTS: ReportsView,
    Area.ADMINISTRATION: AdministrationView,
    Area.AUDIT: AuditView,
}

__all__ = ["VIEW_CLASSES", "AreaView", "RecordTableView"]
