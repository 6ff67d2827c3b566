"""The retention run: which case files are past their retention period, and anonymising them only on an
administrator's decision with a written reason (the decision is logged for each person)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.app import Services
from neo_desktop.domain.errors import NeoError, ValidationError
from neo_desktop.services.retention import AnonymisationDecision, RetentionCandidate, RetentionService
from neo_desktop.services.tables import RecordTable

from ..admin.forms import INVALID_STYLE, error_label, heading_label, note_label, set_invalid
from ..changes import ChangeKind
from ..context import UiContext
from ..i18n import translate_error
from ..views.table_model import RecordTableModel

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Person"), QT_TRANSLATE_NOOP("Columns", "Project"),
           QT_TRANSLATE_NOOP("Columns", "Left"), QT_TRANSLATE_NOOP("Columns", "Kept until"))


class RetentionPanel(QWidget):
    """Check what is due, choose, give the reason, approve."""

    checked = Signal(object)  # the candidates found
    anonymised = Signal(object)  # the AnonymisationDecision

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = RetentionService(services.database, services.user)
        self.candidates: list[RetentionCandidate] = []
        self.confirmation: QMessageBox | None = None
        self.setStyleSheet(INVALID_STYLE)
        self.heading = heading_label(1.1)
        self.explanation = note_label()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        self.status_label = QLabel()
        self.model = RecordTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.textEdited.connect(lambda _text: self._clear_reason_error())
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_error = error_label()
        self.anonymise_button = QPushButton()
        self.anonymise_button.clicked.connect(self.approve)
        self.message_label = error_label()
        self.result_label = note_label()
        top = QHBoxLayout()
        top.addWidget(self.check_button)
        top.addWidget(self.status_label, 1)
        reason = QHBoxLayout()
        reason.addWidget(self.reason_label)
        reason.addWidget(self.reason_edit, 1)
        reason.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for item in (self.heading, self.explanation, top, self.table, reason, self.reason_error,
                     self.message_label, self.result_label):
            if isinstance(item, QWidget):
                layout.addWidget(item, 1 if item is self.table else 0)
            else:
                layout.addLayout(item)
        self.retranslate_ui()
        self._update_buttons()

    # Checking --------------------------------------------------------------------------------------------------

    def check(self) -> None:
        """List the case files past their retention period (nothing is changed)."""
        service = self.service
        self.check_button.setEnabled(False)
        self.status_label.setText(self.tr("Checking…"))
        self.context.tasks.run(lambda _progress, _cancelled: service.due(), name="retention check",
                               on_result=self._on_checked, on_error=self._on_failed)

    def _on_checked(self, candidates: list[RetentionCandidate]) -> None:
        self.check_button.setEnabled(True)
        self.candidates = candidates
        rows = tuple((f"#{c.participant_id}", c.project_code, c.exited_on, c.retention_ended_on) for c in candidates)
        self.model.set_table(RecordTable(COLUMNS, rows, tuple(c.participant_id for c in candidates)))
        self.table.selectAll()  # the usual decision covers the whole run; the administrator can narrow it
        self.status_label.setText(self.tr("Case files due for anonymisation: {count}.").format(
            count=len(candidates)) if candidates else self.tr("No case file is past its retention period."))
        self._update_buttons()
        self.checked.emit(candidates)

    def selected_ids(self) -> list[int]:
        """The people chosen in the list."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [record_id for row in rows if (record_id := self.model.record_id(row)) is not None]

    # Approving -------------------------------------------------------------------------------------------------

    def approve(self) -> None:
        """Ask for confirmation, then anonymise the chosen people with the reason given.

        Without a reason the request goes straight to the service, which refuses it: the rule lives there.
        """
        ids = self.selected_ids()
        if not ids:
            return
        reason = self.reason_edit.text()
        if not reason.strip():
            self._anonymise(ids, reason)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Anonymise case files"), self.tr(
            "Anonymise the people chosen ({count} in all)? Their names, identity numbers, contact details, journal, "
            "consents and plans are removed. Statistics keep their gender, year of birth, background and outcomes. "
            "This cannot be undone.").format(count=len(ids)), parent=self)
        confirm = box.addButton(self.tr("&Anonymise"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._anonymise(ids, reason) if button is confirm else None)
        box.finished.connect(box.deleteLater)
        self.confirmation = box
        box.open()

    def _anonymise(self, ids: list[int], reason: str) -> None:
        service = self.service
        self.anonymise_button.setEnabled(False)
        self.context.tasks.run(lambda _progress, _cancelled: service.anonymise(ids, reason=reason),
                               name="anonymise", on_result=self._on_anonymised, on_error=self._on_failed,
                               progress_title=self.tr("Anonymising…"), parent=self.window(), cancellable=False)

    def _on_anonymised(self, decision: AnonymisationDecision) -> None:
        self.reason_edit.clear()
        self.result_label.setText(self.tr("Decision {decision} carried out; people anonymised: {count}. The "
                                          "decision and its reason are in the access log for each of them.").format(
            decision=decision.decision_id, count=len(decision.participant_ids)))
        self.context.changes.announce(ChangeKind.PARTICIPANT, decision.participant_ids, initiator=self)
        self.anonymised.emit(decision)
        self.check()

    def _on_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self._update_buttons()
        if isinstance(error, ValidationError) and error.field == "reason":
            self.reason_error.setText(translate_error(error))
            self.reason_error.show()
            set_invalid(self.reason_edit, True)
            self.reason_edit.setFocus()
        elif isinstance(error, NeoError):
            self.message_label.setText(translate_error(error))
            self.message_label.show()
        else:
            self.context.errors.report(error, self.window())

    def _clear_reason_error(self) -> None:
        self.reason_error.hide()
        set_invalid(self.reason_edit, False)

    def _update_buttons(self) -> None:
        self.anonymise_button.setEnabled(bool(self.selected_ids()))

    # Language --------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Retention run"))
        self.explanation.setText(self.tr(
            "Case files are kept for the project's retention period after 31 December of the year of its last "
            "payment. “Check what is due” lists the people whose period is over; nothing changes until you approve "
            "it with a written reason. Anonymisation keeps what the statistics need."))
        self.check_button.setText(self.tr("&Check what is due"))
        self.reason_label.setText(self.tr("&Reason for the decision:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. Retention period over (ESF+ project closed 2026)"))
        self.anonymise_button.setText(self.tr("&Anonymise selected…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
