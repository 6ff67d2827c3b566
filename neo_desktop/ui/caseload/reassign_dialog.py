"""Handing young people over to another caseworker: who, and why (the reason goes into each journal)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ValidationError
from neo_desktop.services.participant_views import Choice

from ..participants.texts import error_text
from ..participants.widgets import FieldMessage


class ReassignDialog(QDialog):
    """Choose the new caseworker and write the reason; OK emits ``submitted`` (the list saves)."""

    submitted = Signal()

    def __init__(self, count: int, caseworkers: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.caseworker = QComboBox()
        self.caseworker.setEditable(True)  # type a name to find it among many
        self.caseworker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in caseworkers:
            self.caseworker.addItem(person.name, person.id)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.message = FieldMessage()
        self.caseworker_label, self.reason_label = QLabel(), QLabel()
        self.caseworker_label.setBuddy(self.caseworker)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.caseworker_label, self.caseworker)
        form.addRow(self.reason_label, self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submitted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def show_error(self, error: ValidationError) -> None:
        """Show why nothing was handed over."""
        self.message.show_error(error_text(error))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over to another caseworker"))
        self.heading.setText(self.tr("Hand {count} young people over to another caseworker. The reason is written "
                                     "in each journal and in the access log.").format(count=self.count))
        self.caseworker_label.setText(self.tr("&New caseworker:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("for example: Mette is on leave until March"))
