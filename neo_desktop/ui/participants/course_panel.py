"""The record's course: status and its dates, the next steps in the flow, the eligibility check explained,
caseworker and coordinator, consents, and the six-month follow-up. The panel only shows and asks; the record
window does the saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.eligibility import Eligibility, Verdict
from neo_desktop.domain.errors import ERRORS_CONTEXT
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.services.participant_views import ConsentView, ParticipantRecord
from neo_desktop.services.participants import RecordChoices

from ..labels import label
from .texts import value_text

VERDICT_COLOURS = {Verdict.ELIGIBLE: "#1d6b2c", Verdict.NO_RULES: "#1d6b2c", Verdict.NOT_ELIGIBLE: "#a3261b",
                   Verdict.UNKNOWN: "#7a5b00"}


class CoursePanel(QWidget):
    """Status, eligibility, assignment, consents and follow-up of one record."""

    status_requested = Signal(object)  # ParticipantStatus
    assign_requested = Signal(object, object, str)  # caseworker id, coordinator id, reason
    consent_requested = Signal()
    withdraw_requested = Signal(object)  # ConsentView
    followup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: ParticipantRecord | None = None
        self.status_box = QGroupBox()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.dates_label = QLabel()
        self.dates_label.setWordWrap(True)
        self.status_buttons = QHBoxLayout()
        self.followup_button = QPushButton()
        self.followup_button.clicked.connect(self.followup_requested)
        status_layout = QVBoxLayout(self.status_box)
        status_layout.addWidget(self.status_label)
        status_layout.addWidget(self.dates_label)
        status_layout.addLayout(self.status_buttons)

        self.eligibility_box = QGroupBox()
        self.verdict_label = QLabel()
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        eligibility_layout = QVBoxLayout(self.eligibility_box)
        eligibility_layout.addWidget(self.verdict_label)
        eligibility_layout.addWidget(self.reasons_label)

        self.assignment_box = QGroupBox()
        self.caseworker = QComboBox()
        self.coordinator = QComboBox()
        self.reason = QLineEdit()
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self._assign)
        assignment = QFormLayout(self.assignment_box)
        self.caseworker_label, self.coordinator_label, self.reason_label = QLabel(), QLabel(), QLabel()
        for row_label, widget in ((self.caseworker_label, self.caseworker), (self.coordinator_label, self.coordinator),
                                  (self.reason_label, self.reason)):
            row_label.setBuddy(widget)
            assignment.addRow(row_label, widget)
        assignment.addRow(self.assign_button)

        self.consent_box = QGroupBox()
        self.consents = QTableWidget(0, 5)
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.verticalHeader().hide()
        self.consents.setMinimumHeight(110)
        self.consents.setWordWrap(True)  # "what may be shared" is a sentence; a person has only a few consents
        self.consents.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.consents.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.add_consent_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.add_consent_button.clicked.connect(self.consent_requested)
        self.withdraw_button.clicked.connect(self._withdraw)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.add_consent_button)
        consent_buttons.addWidget(self.withdraw_button)
        consent_buttons.addStretch(1)
        consent_layout = QVBoxLayout(self.consent_box)
        consent_layout.addWidget(self.consents)
        consent_layout.addLayout(consent_buttons)

        # Status and eligibility beside who works with the young person; the consents, whose "what may be
        # shared" needs room to be read, across the whole width under them.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.status_box)
        left.addWidget(self.eligibility_box)
        left.addStretch(1)
        right.addWidget(self.assignment_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        page = QVBoxLayout(self)
        page.addLayout(columns)
        page.addWidget(self.consent_box, 1)
        self.retranslate_ui()

    def set_choices(self, choices: RecordChoices) -> None:
        """The staff who can be assigned."""
        for box, people in ((self.caseworker, choices.caseworkers), (self.coordinator, choices.coordinators)):
            box.clear()
            box.addItem("—", None)
            for person in people:
                box.addItem(person.name, person.id)

    def set_record(self, record: ParticipantRecord) -> None:
        """Show the course of ``record``."""
        self.record = record
        self.status_label.setText(self.tr("Status: <b>{status}</b>").format(status=label(record.status)))
        self._show_dates()
        while self.status_buttons.count():
            item = self.status_buttons.takeAt(0)
            widget = item.widget()
            if widget is self.followup_button:
                widget.hide()  # kept; shown again below when there is a follow-up to record
            elif widget is not None:
                widget.deleteLater()
        for status in ParticipantStatus:
            if status in record.next_statuses:
                button = QPushButton(self.tr("→ {status}…").format(status=label(status)))
                button.setEnabled(record.can_edit)
                button.setProperty("status", status.value)
                button.clicked.connect(lambda _checked=False, status=status: self.status_requested.emit(status))
                self.status_buttons.addWidget(button)
        if record.exited_on is not None and record.followup_done_on is None:
            self.status_buttons.addWidget(self.followup_button)
            self.followup_button.setEnabled(record.can_edit)
            self.followup_button.show()
        self.status_buttons.addStretch(1)
        for box, person in ((self.caseworker, record.caseworker), (self.coordinator, record.coordinator)):
            index = box.findData(person.id if person else None)
            if index < 0 and person is not None:
                box.addItem(person.name, person.id)
                index = box.count() - 1
            box.setCurrentIndex(max(index, 0))
        for widget in (self.caseworker, self.coordinator, self.reason, self.assign_button, self.add_consent_button,
                       self.withdraw_button):
            widget.setEnabled(record.can_edit)
        self._show_consents(record.consents)
        self.show_eligibility(record.eligibility)

    def show_eligibility(self, eligibility: Eligibility) -> None:
        """The verdict and why, rule by rule (updated as the form changes)."""
        texts = {Verdict.ELIGIBLE: self.tr("Eligible"), Verdict.NOT_ELIGIBLE: self.tr("Not eligible"),
                 Verdict.UNKNOWN: self.tr("Cannot be decided yet"),
                 Verdict.NO_RULES: self.tr("The project has no eligibility rules")}
        colour = VERDICT_COLOURS[eligibility.verdict]
        self.verdict_label.setText(f"<b style='color:{colour}'>{texts[eligibility.verdict]}</b>")
        lines = []
        for reason in eligibility.reasons:
            mark = {True: "✓", False: "✗", None: "?"}[reason.met]
            text = QCoreApplication.translate(ERRORS_CONTEXT, reason.template).format(**reason.params)
            lines.append(f"{mark} {text}")
        if self.record is not None and eligibility.reasons:
            on = self.record.data.referred_on
            lines.append(self.tr("Judged on the referral date, {date}.").format(date=value_text(on)) if on
                         else self.tr("Judged on today's date (no referral date)."))
        self.reasons_label.setText("\n".join(lines))

    def _show_dates(self) -> None:
        record = self.record
        if record is None:
            return
        parts = [self.tr("Referred {date}").format(date=value_text(record.data.referred_on))]
        if record.enrolled_on:
            parts.append(self.tr("intake {date}").format(date=value_text(record.enrolled_on)))
        if record.exited_on:
            parts.append(self.tr("left {date}: {outcome}").format(date=value_text(record.exited_on),
                                                                   outcome=value_text(record.exit_outcome)))
        if record.followup_due_on and not record.followup_done_on:
            parts.append(self.tr("six-month follow-up due {date}").format(date=value_text(record.followup_due_on)))
        if record.followup_done_on:
            parts.append(self.tr("followed up {date}: {outcome}").format(date=value_text(record.followup_done_on),
                                                                         outcome=value_text(record.followup_outcome)))
        self.dates_label.setText("; ".join(parts))

    def _show_consents(self, consents: tuple[ConsentView, ...]) -> None:
        self.consents.setRowCount(len(consents))
        for row, consent in enumerate(consents):
            today = date.today()
            if consent.withdrawn_on is not None:
                in_force = self.tr("Withdrawn")
            elif consent.in_force(today):
                in_force = self.tr("In force")
            elif consent.given_on > today:
                in_force = self.tr("Not yet")
            else:
                in_force = self.tr("Expired")
            for column, text in enumerate((consent.recipient_name, consent.scope, value_text(consent.given_on),
                                           value_text(consent.expires_on or consent.withdrawn_on), in_force)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, consent.id)
                item.setToolTip(text)
                self.consents.setItem(row, column, item)
        # Partner, dates and state as wide as they need; "what may be shared" takes the rest of the width.
        header = self.consents.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _assign(self) -> None:
        self.assign_requested.emit(self.caseworker.currentData(), self.coordinator.currentData(), self.reason.text())

    def _withdraw(self) -> None:
        row = self.consents.currentRow()
        if self.record is not None and 0 <= row < len(self.record.consents):
            self.withdraw_requested.emit(self.record.consents[row])

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.status_box.setTitle(self.tr("Course"))
        self.eligibility_box.setTitle(self.tr("Eligibility (the project's target group)"))
        self.assignment_box.setTitle(self.tr("Who works with the young person"))
        self.consent_box.setTitle(self.tr("Consents to share with partners"))
        self.caseworker_label.setText(self.tr("&Caseworker:"))
        self.coordinator_label.setText(self.tr("NGO c&oordinator:"))
        self.reason_label.setText(self.tr("&Reason for a change:"))
        self.assign_button.setText(self.tr("Save &assignment"))
        self.add_consent_button.setText(self.tr("Add &consent…"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.followup_button.setText(self.tr("Record six-month &follow-up…"))
        self.consents.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("What may be shared"), self.tr("Given"),
                                                 self.tr("Until"), self.tr("Now")])
        if self.record is not None:
            self.set_record(self.record)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
