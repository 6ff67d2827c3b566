"""The plan's action dialogs: record the young person's agreement, record a review, set the review date.

Each runs its service call in the background, shows a refusal inside itself (the input stays), and on
success emits ``done`` with the new PlanView and closes. Starting a plan is :mod:`.start_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError, NeoError
from neo_desktop.domain.plan import AgreementMethod
from neo_desktop.domain.plan_rules import MAX_RATING
from neo_desktop.services.plan_views import PlanView
from neo_desktop.services.plans import PlanService

from ..context import UiContext
from .fields import EnumCombo, MessagePanel, OptionalDateEdit
from .wording import error_text, from_qdate, to_qdate

REVIEW_INTERVAL_MONTHS = 3  # the next review is offered three months ahead


class TaskDialog(QDialog):
    """A small form whose OK runs one service call in the background."""

    done = Signal(object)  # the PlanView after the call
    outdated = Signal()  # the plan changed meanwhile: the editor should load it again

    def __init__(self, plan: PlanView, service: PlanService, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.service = service
        self.context = context
        self.today = today
        self.busy = False
        self.setMinimumWidth(460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = MessagePanel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_row(self, field: QWidget) -> QLabel:
        """Add a field with a label (whose text retranslate_ui sets) and return the label."""
        row_label = QLabel()
        row_label.setBuddy(field)
        self.form.addRow(row_label, field)
        return row_label

    def call(self) -> Callable[[], PlanView]:
        """The service call to run, built from the form on the GUI thread."""
        raise NotImplementedError

    def run(self) -> None:
        """Run the call; close on success, or show the refusal and keep the input."""
        if self.busy:
            return
        try:
            work = self.call()
        except NeoError as error:
            self.message.show_message("error", error_text(error))
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.context.tasks.run(lambda _progress, _cancelled: work(), name=type(self).__name__,
                               on_result=self._succeeded, on_error=self._failed)

    def set_plan(self, plan: PlanView) -> None:
        """The editor loaded the plan again: go on from what it shows now."""
        self.plan = plan
        self.retranslate_ui()

    def _succeeded(self, plan: PlanView) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.done.emit(plan)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if not isinstance(error, NeoError):
            self.context.errors.report(error, self)
            return
        self.message.show_message("notice" if isinstance(error, ConflictError) else "error", error_text(error),
                                  hint=self.conflict_hint() if isinstance(error, ConflictError) else None)
        if isinstance(error, ConflictError):
            self.outdated.emit()

    def conflict_hint(self) -> str:
        """What to do after a conflict."""
        return self.tr("The plan has been loaded again with the other changes. Check them, then try again.")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class AgreementDialog(TaskDialog):
    """The young person agreed to the newest version: when and how. That version is then locked."""

    def __init__(self, plan: PlanView, service: PlanService, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(plan, service, context, today=today, parent=parent)
        self.agreed_on = QDateEdit(to_qdate(today()))
        self.agreed_on.setCalendarPopup(True)
        self.agreed_on.setMaximumDate(to_qdate(today()))
        self.method = EnumCombo(AgreementMethod)
        self.method.set_value(AgreementMethod.MEETING)
        self.date_label = self.add_row(self.agreed_on)
        self.method_label = self.add_row(self.method)
        self.retranslate_ui()

    def call(self) -> Callable[[], PlanView]:
        plan, agreed_on, method = self.plan, from_qdate(self.agreed_on.date()), self.method.value()
        return lambda: self.service.record_agreement(plan.id, revision_number=plan.revision.number,
                                                     revision_version=plan.revision.version, agreed_on=agreed_on,
                                                     method=method)  # type: ignore[arg-type]

    def conflict_hint(self) -> str:
        return self.tr("The plan has been loaded again. Go through the changes with the young person before you "
                       "record the agreement.")

    def retranslate_ui(self) -> None:
        number = self.plan.revision.number
        self.setWindowTitle(self.tr("Record agreement"))
        self.intro.setText(self.tr(
            "Record that {name} agreed to version {number} of the plan as it is now. Version {number} is then "
            "locked; later changes start version {next}, which needs a new agreement.").format(
                name=self.plan.participant_name, number=number, next=number + 1))
        self.date_label.setText(self.tr("&Agreed on:"))
        self.method_label.setText(self.tr("&How:"))
        self.method.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record agreement"))


class ReviewDialog(TaskDialog):
    """A review: the date, the young person's own rating of readiness for work (1–10), a note, the next review."""

    def __init__(self, plan: PlanView, service: PlanService, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(plan, service, context, today=today, parent=parent)
        self.reviewed_on = QDateEdit(to_qdate(today()))
        self.reviewed_on.setCalendarPopup(True)
        self.reviewed_on.setMaximumDate(to_qdate(today()))
        self.rating = QSpinBox()
        self.rating.setRange(0, MAX_RATING)  # 0 stands for "not given" (shown as text, stored as none)
        last = plan.progress.ratings[-1][1] if plan.progress.ratings else 0
        self.rating.setValue(last)
        self.scale = QLabel()
        self.scale.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.next_review = OptionalDateEdit()
        self.next_review.set_date(from_qdate(to_qdate(today()).addMonths(REVIEW_INTERVAL_MONTHS)))
        self.date_label = self.add_row(self.reviewed_on)
        self.rating_label = self.add_row(self.rating)
        self.form.addRow("", self.scale)
        self.note_label = self.add_row(self.note)
        self.next_label = self.add_row(self.next_review)
        self.retranslate_ui()

    def call(self) -> Callable[[], PlanView]:
        plan_id, reviewed_on = self.plan.id, from_qdate(self.reviewed_on.date())
        rating = self.rating.value() or None
        note, next_on = self.note.toPlainText(), self.next_review.date()
        return lambda: self.service.record_review(plan_id, reviewed_on=reviewed_on, readiness_rating=rating,
                                                  note=note, next_review_on=next_on)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record review"))
        self.intro.setText(self.tr("How is it going? Ask {name} to rate their own readiness for work.").format(
            name=self.plan.participant_name))
        self.date_label.setText(self.tr("&Reviewed on:"))
        self.rating_label.setText(self.tr("Readiness for &work (1–10):"))
        self.rating.setSpecialValueText(self.tr("Not given"))
        self.scale.setText(self.tr("1 = not ready at all, 10 = ready to start work or education tomorrow."))
        self.note_label.setText(self.tr("&Note:"))
        self.next_label.setText(self.tr("Ne&xt review:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record review"))


class ReviewDateDialog(TaskDialog):
    """The date of the next review (it shows in the caseworker's follow-ups)."""

    def __init__(self, plan: PlanView, service: PlanService, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(plan, service, context, today=today, parent=parent)
        self.review_on = OptionalDateEdit()
        self.review_on.set_default(from_qdate(to_qdate(today()).addMonths(REVIEW_INTERVAL_MONTHS)))
        self.review_on.set_date(plan.review_on)
        self.date_label = self.add_row(self.review_on)
        self.retranslate_ui()

    def call(self) -> Callable[[], PlanView]:
        plan, review_on = self.plan, self.review_on.date()
        return lambda: self.service.set_review_date(plan, review_on)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Review date"))
        self.intro.setText(self.tr("When the plan is next reviewed with {name}. The date shows in your "
                                   "follow-ups.").format(name=self.plan.participant_name))
        self.date_label.setText(self.tr("&Next review:"))
