"""Below the matches: the proposals made (answer them, make a placement of an accepted one) and the young
person's placements (start one, end one with its outcome)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from neo_desktop.domain.employer import PlacementStatus, ProposalStatus
from neo_desktop.domain.errors import NotFoundError
from neo_desktop.services.matchmaking import MatchmakingService, ProposalView
from neo_desktop.services.placements import PlacementService, PlacementView
from neo_desktop.services.plans import NO_ACTIVE_PLAN, PlanService

from ..changes import ChangeKind
from ..context import UiContext
from ..plans.wording import short_date
from .common import fill_table, make_table, selected_id, set_headers
from .placement_dialogs import DeclineDialog, EndPlacementDialog, LinkStepDialog, PlacementFromProposalDialog


class ProposalsPanel(QGroupBox):
    """Proposals for the young person (or the opening) shown above; their answers and placements."""

    placed = Signal(int)  # a placement was made (the young person's id)

    def __init__(self, service: MatchmakingService, context: UiContext, *, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.context, self.today = service, context, today
        self.proposals: list[ProposalView] = []
        self.scope: dict[str, int] = {}
        self.last_dialog: QWidget | None = None
        self.table = make_table(6)
        self.accept_button, self.decline_button = QPushButton(), QPushButton()
        self.withdraw_button, self.place_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.decline_button, self.withdraw_button, self.place_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.accept_button.clicked.connect(lambda: self.answer(ProposalStatus.ACCEPTED))
        self.withdraw_button.clicked.connect(lambda: self.answer(ProposalStatus.WITHDRAWN))
        self.decline_button.clicked.connect(self.decline)
        self.place_button.clicked.connect(self.make_placement)
        self._update_buttons()
        self.retranslate_ui()

    def load(self, **scope: int) -> None:
        """Show the proposals for ``participant_id`` or ``opening_id``."""
        self.scope = scope
        self.context.tasks.run(lambda _p, _c: self.service.proposals(**scope), name="load proposals",
                               on_result=self._show, on_error=lambda e: self.context.errors.report(e, self.window()))

    def reload(self) -> None:
        """Load the same proposals again."""
        if self.scope:
            self.load(**self.scope)

    def _show(self, proposals: list[ProposalView]) -> None:
        chosen = selected_id(self.table)
        self.proposals = proposals
        fill_table(self.table, [(p.opening_title, p.employer_name, p.participant_name, round(p.score), p.status,
                                 p.decline_reason or "") for p in proposals], [p.id for p in proposals])
        for row, proposal in enumerate(proposals):
            if proposal.id == chosen:
                self.table.selectRow(row)
        self._update_buttons()

    def chosen(self) -> ProposalView | None:
        """The selected proposal."""
        proposal_id = selected_id(self.table)
        return next((p for p in self.proposals if p.id == proposal_id), None)

    def select(self, proposal_id: int) -> None:
        """Select the proposal ``proposal_id``."""
        for row, proposal in enumerate(self.proposals):
            if proposal.id == proposal_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        proposal = self.chosen()
        waiting = proposal is not None and proposal.status is ProposalStatus.PROPOSED
        for button in (self.accept_button, self.decline_button, self.withdraw_button):
            button.setEnabled(waiting)
        self.place_button.setEnabled(proposal is not None and proposal.status is ProposalStatus.ACCEPTED
                                     and proposal.placement_id is None)

    def answer(self, status: ProposalStatus) -> None:
        """Record the answer to the chosen proposal."""
        proposal = self.chosen()
        if proposal is None:
            return
        self.context.tasks.run(lambda _p, _c: self.service.answer(proposal.id, proposal.version, status),
                               name="answer proposal", on_result=lambda _v: self._changed(),
                               on_error=self._failed)

    def decline(self) -> None:
        """Ask why the chosen proposal was declined."""
        proposal = self.chosen()
        if proposal is not None:
            self._open(DeclineDialog(self.service, proposal, self.context, self))

    def make_placement(self) -> None:
        """Make a placement of the chosen accepted proposal."""
        proposal = self.chosen()
        if proposal is not None:
            dialog = PlacementFromProposalDialog(self.service, proposal, self.context, today=self.today, parent=self)
            dialog.done.connect(lambda _v: self.placed.emit(proposal.participant_id))
            dialog.done.connect(lambda _v: self.context.changes.announce(ChangeKind.PLACEMENT,
                                                                         initiator=self))
            self._open(dialog)

    def _open(self, dialog: QWidget) -> None:
        self.last_dialog = dialog
        dialog.done.connect(lambda _v: self._changed())  # type: ignore[attr-defined]
        dialog.outdated.connect(self.reload)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _changed(self) -> None:
        self.context.changes.announce(ChangeKind.OPENING, initiator=self)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.context.errors.report(error, self.window())
        self.reload()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Proposals"))
        set_headers(self.table, (self.tr("Opening"), self.tr("Company"), self.tr("Young person"), self.tr("Score"),
                                 self.tr("Answer"), self.tr("Why declined")))
        self.accept_button.setText(self.tr("&Accepted"))
        self.decline_button.setText(self.tr("&Declined…"))
        self.withdraw_button.setText(self.tr("&Withdrawn"))
        self.place_button.setText(self.tr("Make &placement…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PlacementsPanel(QGroupBox):
    """The young person's placements: start a planned one, end a running one with its outcome."""

    def __init__(self, service: PlacementService, plans: PlanService, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.plans, self.context, self.today = service, plans, context, today
        self.placements: list[PlacementView] = []
        self.participant_id: int | None = None
        self.last_dialog: QWidget | None = None
        self.table = make_table(6)
        self.start_button, self.end_button, self.link_button = QPushButton(), QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        for button in (self.start_button, self.end_button, self.link_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.start_button.clicked.connect(self.start)
        self.end_button.clicked.connect(self.end)
        self.link_button.clicked.connect(self.link_step)
        self._update_buttons()
        self.retranslate_ui()

    def load(self, participant_id: int) -> None:
        """Show the placements of ``participant_id``."""
        self.participant_id = participant_id
        self.context.tasks.run(lambda _p, _c: self.service.for_participant(participant_id), name="load placements",
                               on_result=self._show, on_error=lambda e: self.context.errors.report(e, self.window()))

    def reload(self) -> None:
        """Load the same young person's placements again."""
        if self.participant_id is not None:
            self.load(self.participant_id)

    def _show(self, placements: list[PlacementView]) -> None:
        self.placements = placements
        fill_table(self.table, [(p.employer_name, p.opening_title or "", p.placement_type,
                                 f"{short_date(p.starts_on)} – {short_date(p.ends_on)}", p.status, p.outcome)
                                for p in placements], [p.id for p in placements])
        self._update_buttons()

    def chosen(self) -> PlacementView | None:
        """The selected placement."""
        placement_id = selected_id(self.table)
        return next((p for p in self.placements if p.id == placement_id), None)

    def _update_buttons(self) -> None:
        placement = self.chosen()
        status = placement.status if placement else None
        self.start_button.setEnabled(status is PlacementStatus.PLANNED)
        self.end_button.setEnabled(status in (PlacementStatus.PLANNED, PlacementStatus.ACTIVE))
        self.link_button.setEnabled(placement is not None)

    def start(self) -> None:
        """The chosen planned placement has started."""
        placement = self.chosen()
        if placement is not None:
            self.context.tasks.run(lambda _p, _c: self.service.start(placement.id, placement.version),
                                   name="start placement", on_result=lambda _v: self._changed(),
                                   on_error=self._failed)

    def end(self) -> None:
        """Ask how the chosen placement ended."""
        placement = self.chosen()
        if placement is None:
            return
        dialog = EndPlacementDialog(self.service, placement, self.context, today=self.today, parent=self)
        dialog.done.connect(lambda _v: self._changed())
        dialog.outdated.connect(self.reload)
        self.last_dialog = dialog
        dialog.open()

    def link_step(self) -> None:
        """Choose the step of the young person's plan the chosen placement belongs to."""
        placement = self.chosen()
        if placement is None:
            return

        def load_plan(_p: object, _c: object) -> object:
            plan = self.plans.plan_for_participant(placement.participant_id)
            if plan is None or not plan.steps:
                raise NotFoundError(NO_ACTIVE_PLAN, participant=placement.participant_name)
            return plan

        def open_dialog(plan: object) -> None:
            dialog = LinkStepDialog(self.service, placement, plan, self.context, self)  # type: ignore[arg-type]
            dialog.done.connect(lambda _v: self.context.changes.announce(ChangeKind.PLAN, initiator=self))
            dialog.done.connect(lambda _v: self.reload())
            self.last_dialog = dialog
            dialog.open()

        self.context.tasks.run(load_plan, name="load plan steps", on_result=open_dialog, on_error=self._failed)

    def _changed(self) -> None:
        self.context.changes.announce(ChangeKind.PLACEMENT, initiator=self)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.context.errors.report(error, self.window())
        self.reload()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Placements"))
        set_headers(self.table, (self.tr("Company"), self.tr("Opening"), self.tr("Type"), self.tr("Period"),
                                 self.tr("Status"), self.tr("Outcome")))
        self.start_button.setText(self.tr("&Started"))
        self.end_button.setText(self.tr("&End…"))
        self.link_button.setText(self.tr("&Link to plan step…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
