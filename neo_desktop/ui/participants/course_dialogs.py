"""Small dialogs of the record's course: a status change (leaving asks for exit date and outcome), a new
consent, and the six-month follow-up. Each collects its input; the window runs the save and shows refusals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ValidationError
from neo_desktop.domain.participant import ExitOutcome, ParticipantStatus
from neo_desktop.domain.participant_rules import StatusChange, is_leaving
from neo_desktop.services.participant_views import Choice
from neo_desktop.services.participants import ConsentInput

from ..labels import label
from .texts import error_text
from .widgets import DateField, EnumBox, FieldMessage, TriStateBox


class _FormDialog(QDialog):
    """A dialog with a form, a message line and OK/Cancel. OK emits ``submitted``: the window saves, and closes
    the dialog only when the save succeeded (a refusal is shown in the dialog)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message = FieldMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submitted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def show_error(self, error: ValidationError) -> None:
        """Show a refusal from the service and keep the dialog open."""
        self.message.show_error(error_text(error))


class StatusDialog(_FormDialog):
    """Move the young person to a new status; leaving asks for the exit date and the outcome."""

    def __init__(self, status: ParticipantStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.leaving = is_leaving(status)
        self.on = DateField()
        self.on.set_value(date.today())
        outcomes = [o for o in ExitOutcome if not (status is ParticipantStatus.COMPLETED
                                                    and o is ExitOutcome.DROPPED_OUT)]
        self.outcome = EnumBox(ExitOutcome, required=True, members=outcomes)
        self.qualification = TriStateBox()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        self.heading = QLabel()
        self.form.addRow(self.heading)
        self.on_label, self.outcome_label, self.qualification_label, self.note_label = (QLabel() for _ in range(4))
        for row_label, widget in ((self.on_label, self.on), (self.outcome_label, self.outcome),
                                  (self.qualification_label, self.qualification), (self.note_label, self.note)):
            row_label.setBuddy(widget)
        self.form.addRow(self.on_label, self.on)
        if self.leaving:
            self.form.addRow(self.outcome_label, self.outcome)
            self.form.addRow(self.qualification_label, self.qualification)
        self.form.addRow(self.note_label, self.note)
        self.retranslate_ui()

    def change(self) -> StatusChange:
        """The change as entered."""
        outcome = self.outcome.value() if self.leaving else None
        return StatusChange(self.status, self.on.value(), outcome,  # type: ignore[arg-type]
                            self.qualification.value() if self.leaving else None,
                            self.note.toPlainText().strip() or None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change status"))
        self.heading.setText(self.tr("New status: <b>{status}</b>").format(status=label(self.status)))
        self.on_label.setText(self.tr("&Exit date:") if self.leaving else self.tr("&Date:"))
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.qualification_label.setText(self.tr("Gained a &qualification:"))
        self.note_label.setText(self.tr("&Note for the journal:"))
        if self.leaving:
            self.message.show_warning(self.tr("Leaving schedules the follow-up six months after the exit date."))


class ConsentDialog(_FormDialog):
    """Record what the young person allows to be shared with which partner, and until when."""

    def __init__(self, organisations: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner = QComboBox()
        for organisation in organisations:
            self.partner.addItem(organisation.name, organisation.id)
        self.partner.setEditable(True)  # type to find among many partners
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scope = QLineEdit()
        self.given_on = DateField()
        self.given_on.set_value(date.today())
        self.expires_on = DateField()
        self.labels = [QLabel() for _ in range(4)]
        for row_label, widget in zip(self.labels, (self.partner, self.scope, self.given_on, self.expires_on),
                                     strict=True):
            row_label.setBuddy(widget)
            self.form.addRow(row_label, widget)
        self.retranslate_ui()

    def consent(self) -> ConsentInput | None:
        """The consent as entered (None when no partner is chosen)."""
        partner = self.partner.currentData()
        if partner is None or self.given_on.value() is None:
            return None
        return ConsentInput(partner, self.scope.text(), self.given_on.value(), self.expires_on.value())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New consent"))
        for row_label, text in zip(self.labels, (self.tr("&Partner:"), self.tr("&What may be shared:"),
                                                 self.tr("&Given on:"), self.tr("E&xpires on:")), strict=True):
            row_label.setText(text)
        self.scope.setPlaceholderText(self.tr("for example: plan, attendance and contact details"))


class FollowupDialog(_FormDialog):
    """Where the young person is six months after leaving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_on = DateField()
        self.done_on.set_value(date.today())
        self.outcome = EnumBox(ExitOutcome)
        self.improved = QCheckBox()
        self.labels = [QLabel() for _ in range(2)]
        self.form.addRow(self.labels[0], self.done_on)
        self.form.addRow(self.labels[1], self.outcome)
        self.form.addRow(self.improved)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Six-month follow-up"))
        self.labels[0].setText(self.tr("&Followed up on:"))
        self.labels[1].setText(self.tr("&Where is the young person now:"))
        self.improved.setText(self.tr("Their situation on the labour market has &improved"))
