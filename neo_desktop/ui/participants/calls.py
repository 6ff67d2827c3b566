"""Running a service call in the background and routing its outcome: the result, a refusal to show at a field,
a conflict to resolve, or any other error to the error dialogs."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import QWidget

from neo_desktop.app import Services
from neo_desktop.domain.errors import ConflictError, ValidationError
from neo_desktop.services.caseload import CaseloadService

from ..context import UiContext
from ..tasks import Task

if TYPE_CHECKING:
    from neo_desktop.services.journal import JournalService
    from neo_desktop.services.network_groups import NetworkGroupService
    from neo_desktop.services.participants import ParticipantService
    from neo_desktop.services.referral_import import ReferralImportService


class ParticipantServices:
    """The services of the caseload and participant screens, bound to the signed-in user.

    The caseload list is what start-up shows; the others are made (and their modules loaded) when first used.
    """

    def __init__(self, services: Services) -> None:
        self.database = services.database
        self.user = services.user
        self.caseload = CaseloadService(services.database, services.user)

    @cached_property
    def records(self) -> ParticipantService:
        """Young people's records."""
        from neo_desktop.services.participants import ParticipantService

        return ParticipantService(self.database, self.user)

    @cached_property
    def journal(self) -> JournalService:
        """Journal notes."""
        from neo_desktop.services.journal import JournalService

        return JournalService(self.database, self.user)

    @cached_property
    def groups(self) -> NetworkGroupService:
        """Youth network groups' attendance."""
        from neo_desktop.services.network_groups import NetworkGroupService

        return NetworkGroupService(self.database, self.user)

    @cached_property
    def imports(self) -> ReferralImportService:
        """Importing referral lists."""
        from neo_desktop.services.referral_import import ReferralImportService

        return ReferralImportService(self.database, self.user)


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
