"""Start a plan for a young person of the caseload who has none, empty or from a template for a target group."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QLabel, QWidget

from neo_desktop.services.plan_templates import TemplateView
from neo_desktop.services.plan_views import PlanView
from neo_desktop.services.plans import PlanCandidate, PlanService

from ..context import UiContext
from ..labels import label
from .dialogs import REVIEW_INTERVAL_MONTHS, TaskDialog
from .fields import OptionalDateEdit
from .wording import from_qdate, target_group_text, to_qdate


class StartPlanDialog(TaskDialog):
    """Choose the young person, a template and the start; emits ``done`` with the new draft plan."""

    loaded = Signal()  # the young people and templates are in the lists

    def __init__(self, service: PlanService, context: UiContext, *, participant_id: int | None = None,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(None, service, context, today=today, parent=parent)  # type: ignore[arg-type]
        self._wanted = participant_id
        self.candidates: list[PlanCandidate] = []
        self.templates: list[TemplateView] = []
        self.participant = QComboBox()
        self.template = QComboBox()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.starts_on = QDateEdit(to_qdate(today()))
        self.starts_on.setCalendarPopup(True)
        self.review_on = OptionalDateEdit()
        self.review_on.set_date(from_qdate(to_qdate(today()).addMonths(REVIEW_INTERVAL_MONTHS)))
        self.participant_label = self.add_row(self.participant)
        self.template_label = self.add_row(self.template)
        self.form.addRow("", self.preview)
        self.start_label = self.add_row(self.starts_on)
        self.review_label = self.add_row(self.review_on)
        self.template.currentIndexChanged.connect(self._show_preview)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.retranslate_ui()
        self._load()

    def _load(self) -> None:
        service = self.service
        self.context.tasks.run(lambda _p, _c: (service.participants_without_plan(), service.templates()),
                               name="plan candidates", on_result=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[list[PlanCandidate], list[TemplateView]]) -> None:
        self.candidates, self.templates = result
        self.participant.clear()
        for candidate in self.candidates:
            self.participant.addItem(candidate.name, candidate.participant_id)
        if self._wanted is not None and self.participant.findData(self._wanted) >= 0:
            self.participant.setCurrentIndex(self.participant.findData(self._wanted))
        self.template.clear()
        self.template.addItem("", None)
        for template in self.templates:
            self.template.addItem("", template.id)
        self._label_templates()
        if not self.candidates:
            self.message.show_message("info", self.tr("Everyone in your caseload already has a plan."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.candidates))
        self._show_preview()
        self.loaded.emit()

    def _label_templates(self) -> None:
        if self.template.count():
            self.template.setItemText(0, self.tr("No template – start with an empty plan"))
        for row, template in enumerate(self.templates, start=1):
            self.template.setItemText(row, self.tr("{name} ({group})").format(
                name=template.name, group=target_group_text(template.target_group)))

    def chosen_template(self) -> TemplateView | None:
        """The template chosen, if any."""
        row = self.template.currentIndex() - 1
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _show_preview(self) -> None:
        template = self.chosen_template()
        if template is None:
            self.preview.setText(self.tr("The plan starts empty; add goals and steps yourself."))
            return
        lines = [f"• {step.description} – {label(step.owner)}" for step in template.steps]
        head = self.tr("The plan starts with these {count} steps:").format(count=len(template.steps))
        self.preview.setText("\n".join([head, *lines]) if lines else self.tr("This template has no steps."))

    def call(self) -> Callable[[], PlanView]:
        participant_id = self.participant.currentData()
        template = self.chosen_template()
        starts_on, review_on = from_qdate(self.starts_on.date()), self.review_on.date()
        return lambda: self.service.start_plan(participant_id, starts_on=starts_on, review_on=review_on,
                                               template_id=template.id if template else None)

    def set_plan(self, plan: PlanView) -> None:
        """Not used: the dialog makes a plan rather than showing one."""

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Start a plan"))
        self.intro.setText(self.tr("Start a qualification plan for a young person in your caseload who has no "
                                   "active plan. A template for the young person's target group adds its steps, "
                                   "which you can change afterwards."))
        self.participant_label.setText(self.tr("&Young person:"))
        self.template_label.setText(self.tr("&Template:"))
        self.start_label.setText(self.tr("&Starts on:"))
        self.review_label.setText(self.tr("First &review:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start plan"))
        self._label_templates()
        self._show_preview()
