"""The dialogs of the matchmaking flow: why a proposal was declined, an accepted one made a placement, and
how a placement ended (the outcome is required)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QWidget

from neo_desktop.domain.employer import PlacementOutcome, ProposalStatus
from neo_desktop.domain.errors import ValidationError
from neo_desktop.services.matchmaking import MatchmakingService, ProposalView
from neo_desktop.services.placements import OUTCOME_NEEDED, PlacementService, PlacementView
from neo_desktop.services.plan_views import PlanView

from ..context import UiContext
from ..plans.fields import EnumCombo, OptionalDateEdit
from ..plans.wording import from_qdate, short_date, to_qdate
from .common import ServiceDialog
from .company_dialogs import notes_edit


class DeclineDialog(ServiceDialog):
    """The young person (or the company) said no: why."""

    def __init__(self, service: MatchmakingService, proposal: ProposalView, context: UiContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.proposal = service, proposal
        self.reason = QLineEdit()
        self.reason_label = self.add_row(self.reason)
        self.retranslate_ui()

    def call(self) -> Callable[[], Any]:
        proposal, reason = self.proposal, self.reason.text()
        return lambda: self.service.answer(proposal.id, proposal.version, ProposalStatus.DECLINED, reason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Proposal declined"))
        self.intro.setText(self.tr("{opening} at {company} was declined. Why? The reason helps the next match.")
                           .format(opening=self.proposal.opening_title, company=self.proposal.employer_name))
        self.intro.show()
        self.reason_label.setText(self.tr("&Reason:"))


class PlacementFromProposalDialog(ServiceDialog):
    """An accepted proposal becomes a placement in its opening: when, how many hours, who is the mentor."""

    def __init__(self, service: MatchmakingService, proposal: ProposalView, context: UiContext, *,
                 today: Callable[[], date] = date.today, hours: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.proposal = service, proposal
        self.starts_on = QDateEdit(to_qdate(today()))
        self.starts_on.setCalendarPopup(True)
        self.ends_on = OptionalDateEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 60)
        self.hours.setDecimals(1)
        self.hours.setValue(hours or 0)
        self.mentor = QLineEdit()
        self.note = notes_edit(None)
        self.labels = [self.add_row(field) for field in (self.starts_on, self.ends_on, self.hours, self.mentor,
                                                         self.note)]
        self.retranslate_ui()

    def call(self) -> Callable[[], Any]:
        proposal = self.proposal
        starts_on, ends_on = from_qdate(self.starts_on.date()), self.ends_on.date()
        hours, mentor, note = self.hours.value() or None, self.mentor.text(), self.note.toPlainText()
        return lambda: self.service.to_placement(proposal.id, proposal.version, starts_on=starts_on,
                                                 ends_on=ends_on, hours_per_week=hours, mentor_name=mentor,
                                                 note=note)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Make a placement"))
        self.intro.setText(self.tr("{name} accepted {opening} at {company}. The placement is written to the young "
                                   "person's journal.").format(name=self.proposal.participant_name,
                                                               opening=self.proposal.opening_title,
                                                               company=self.proposal.employer_name))
        self.intro.show()
        for row_label, text in zip(self.labels, (self.tr("&Starts:"), self.tr("&Ends:"), self.tr("&Hours a week:"),
                                                 self.tr("&Mentor:"), self.tr("&Note:")), strict=True):
            row_label.setText(text)
        self.hours.setSpecialValueText(self.tr("As in the opening"))


class EndPlacementDialog(ServiceDialog):
    """The placement is over: how it ended (required), and on which day."""

    def __init__(self, service: PlacementService, placement: PlacementView, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.placement = service, placement
        self.outcome = EnumCombo(PlacementOutcome, empty_text="")
        self.ended_on = QDateEdit(to_qdate(min(today(), placement.ends_on or today())))
        self.ended_on.setCalendarPopup(True)
        self.ended_on.setMaximumDate(to_qdate(today()))
        self.note = notes_edit(None)
        self.labels = [self.add_row(field) for field in (self.outcome, self.ended_on, self.note)]
        self.retranslate_ui()

    def call(self) -> Callable[[], Any]:
        outcome = self.outcome.value()
        if outcome is None:  # asked here, so the dialog can point at the field before anything is sent
            raise ValidationError(OUTCOME_NEEDED, field="outcome")
        placement, ended_on, note = self.placement, from_qdate(self.ended_on.date()), self.note.toPlainText()
        return lambda: self.service.end(placement.id, placement.version, outcome=outcome,  # type: ignore[arg-type]
                                        ended_on=ended_on, note=note)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("End placement"))
        self.intro.setText(self.tr("{name} at {company}: how did it end?").format(
            name=self.placement.participant_name, company=self.placement.employer_name))
        self.intro.show()
        for row_label, text in zip(self.labels, (self.tr("&Outcome:"), self.tr("&Ended on:"), self.tr("&Note:")),
                                   strict=True):
            row_label.setText(text)
        self.outcome.retranslate(self.tr("Choose the outcome"))


class LinkStepDialog(ServiceDialog):
    """Link the placement to a step of the young person's plan (a change of the plan, recorded as one)."""

    def __init__(self, service: PlacementService, placement: PlacementView, plan: PlanView, context: UiContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.placement, self.plan = service, placement, plan
        self.step = QComboBox()
        for step in plan.steps:
            due = f" ({short_date(step.due_on)})" if step.due_on else ""
            self.step.addItem(step.description + due, step.id)
        linked = next((row for row, step in enumerate(plan.steps) if step.placement_id == placement.id), None)
        if linked is not None:
            self.step.setCurrentIndex(linked)
        self.step_label = self.add_row(self.step)
        self.retranslate_ui()

    def call(self) -> Callable[[], Any]:
        step = next(s for s in self.plan.steps if s.id == self.step.currentData())
        placement, plan_id = self.placement, self.plan.id
        return lambda: self.service.link_step(placement.id, plan_id, step)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Link to a plan step"))
        self.intro.setText(self.tr("Which step of {name}'s plan is the placement at {company}?").format(
            name=self.placement.participant_name, company=self.placement.employer_name))
        self.intro.show()
        self.step_label.setText(self.tr("&Step:"))
