"""Which roles may use which area of the program (the UI hides the rest; services refuse it)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from neo_desktop.domain.organisation import Role

Method = TypeVar("Method", bound=Callable[..., Any])


class Area(StrEnum):
    """The areas of the program, one per view in the main window."""

    CASELOAD = "caseload"
    PARTICIPANTS = "participants"
    PLANS = "plans"
    EMPLOYERS = "employers"
    MEETINGS = "meetings"
    REPORTS = "reports"
    ADMINISTRATION = "administration"
    AUDIT = "audit"


# Participant records are for the people who work with them; secretaries see aggregates only, and
# administrators see personal data only when they also hold a caseworker role.
PERSONAL_DATA_ROLES = frozenset({Role.CASEWORKER, Role.COORDINATOR})
"""The roles that work with participants' personal data (and so answer their access requests)."""

AREA_ROLES: dict[Area, frozenset[Role]] = {
    Area.CASELOAD: frozenset({Role.CASEWORKER, Role.COORDINATOR}),
    Area.PARTICIPANTS: frozenset({Role.CASEWORKER, Role.COORDINATOR}),
    Area.PLANS: frozenset({Role.CASEWORKER, Role.COORDINATOR}),
    Area.EMPLOYERS: frozenset({Role.CASEWORKER, Role.COORDINATOR, Role.SECRETARY, Role.ADMINISTRATOR}),
    Area.MEETINGS: frozenset({Role.CASEWORKER, Role.COORDINATOR, Role.SECRETARY, Role.ADMINISTRATOR}),
    Area.REPORTS: frozenset({Role.CASEWORKER, Role.COORDINATOR, Role.SECRETARY, Role.ADMINISTRATOR}),
    Area.ADMINISTRATION: frozenset({Role.ADMINISTRATOR}),
    Area.AUDIT: frozenset({Role.AUDITOR}),  # the access log, read-only
}


def areas_for(roles: frozenset[Role]) -> list[Area]:
    """The areas a person holding ``roles`` may open, in navigation order."""
    return [area for area in Area if not roles.isdisjoint(AREA_ROLES[area])]


def requires(roles: frozenset[Role] | Area, action: str) -> Callable[[Method], Method]:
    """Refuse a service method unless the signed-in user holds one of ``roles`` (or may use the area).

    ``action`` completes the sentence "Your role does not allow you to …". The roles stay readable on the
    method (``required_roles``), so the role × action test matrix finds every guarded method by itself.
    """
    allowed = AREA_ROLES[roles] if isinstance(roles, Area) else roles

    def decorate(method: Method) -> Method:
        @functools.wraps(method)
        def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            self._user.require(action, *allowed)
            return method(self, *args, **kwargs)

        guarded.required_roles = allowed  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    return decorate
