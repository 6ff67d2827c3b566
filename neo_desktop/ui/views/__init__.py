"""The main window's views, one per area of the program.

A view is any QWidget class with an ``area`` attribute, a constructor ``(services, context)``, ``activate()``
(the view was brought to the front) and ``cancel_loading()`` (see :class:`AreaView`); simple list views
derive from ``record_table_view.RecordTableView``. To give an area a richer view, change its entry below and
nothing else.

Each view's module is imported the first time its area is opened, not at start-up: together they pull in
the PDF and Excel writers and every service, which would add about a second before the window shows.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from PySide6.QtWidgets import QWidget

from neo_desktop.app import Services
from neo_desktop.services.permissions import Area

from ..context import UiContext


class AreaView(Protocol):
    """What the main window needs of a view."""

    area: Area

    def __init__(self, services: Services, context: UiContext) -> None: ...

    def activate(self) -> None:
        """The view was brought to the front: load or refresh what it shows."""

    def cancel_loading(self) -> None:
        """Stop background loading (the window is closing)."""


VIEW_CLASSES: dict[Area, str] = {
    Area.CASELOAD: "caseload.CaseloadView",
    Area.PARTICIPANTS: "participants.ParticipantsView",
    Area.PLANS: "plans.PlansView",
    Area.EMPLOYERS: "employers.EmployersView",
    Area.MEETINGS: "meetings.MeetingsView",
    Area.REPORTS: "reports.ReportsView",
    Area.ADMINISTRATION: "administration.AdministrationView",
    Area.AUDIT: "audit.AuditView",
}
"""Area → ``module.Class`` of its view, within this package."""


def view_class(area: Area) -> type[QWidget]:
    """The view class of ``area``, importing its module now if this is the first time."""
    module, name = VIEW_CLASSES[area].rsplit(".", 1)
    return getattr(import_module(f"{__name__}.{module}"), name)


__all__ = ["VIEW_CLASSES", "AreaView", "view_class"]
