"""Running a service call in the background and routing its outcome: the result, a refusal to show at a field,
a conflict to resolve, or any other error to the error dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from neo_desktop.app import Services
from neo_desktop.domain.errors import ConflictError, ValidationError
from neo_desktop.services.caseload import CaseloadService
from neo_desktop.services.journal import JournalService
from neo_desktop.services.network_groups import NetworkGroupService
from neo_desktop.services.participants import ParticipantService
from neo_desktop.services.referral_import import ReferralImportService

from ..context import UiContext
from ..tasks import Task


class ParticipantServices:
    """The services of the caseload and participant screens, bound to the signed-in user."""

    def __init__(self, services: Services) -> None:
        self.user = services.user
        self.caseload = CaseloadService(services.database, services.user)
        self.records = ParticipantService(services.database, services.user)
        self.journal = JournalService(services.database, services.user)
        self.groups = NetworkGroupService(services.database, services.user)
        self.imports = ReferralImportService(services.database, services.user)


def run_call(context: UiContext, call: Callable[[], Any], *, parent: QWidget, name: str,
             on_result: Callable[[Any], None], on_refused: Callable[[ValidationError], None] | None = None,
             on_conflict: Callable[[ConflictError], None] | None = None,
             progress_title: str | None = None) -> Task:
    """Run ``call`` as a task; a refusal or a conflict goes to its handler when given, anything else to the
    error dialogs (over ``parent``). Nothing is delivered to a ``parent`` that has been deleted meanwhile."""

    def succeeded(result: Any) -> None:
        if shiboken6.isValid(parent):  # the window may have closed while the call ran
            on_result(result)

    def failed(error: BaseException) -> None:
        if not shiboken6.isValid(parent):
            return
        if isinstance(error, ConflictError) and on_conflict is not None:
            on_conflict(error)
        elif isinstance(error, ValidationError) and on_refused is not None:
            on_refused(error)
        else:
            context.errors.report(error, parent.window())

    return context.tasks.run(lambda _progress, _cancelled: call(), name=name, on_result=succeeded,
                             on_error=failed, progress_title=progress_title, parent=parent)
