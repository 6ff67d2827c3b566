"""Adding to the journal: a note, or a contact (meeting, phone, e-mail, SMS, home visit) with the next follow-up.

Ctrl+Return saves. A note marked sensitive is shown only to the organisation that owns the record."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
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
from neo_desktop.domain.participant import ContactChannel, JournalKind
from neo_desktop.services.journal import EntryInput

from .texts import error_text
from .widgets import DateField, EnumBox, FieldMessage


class NoteDialog(QDialog):
    """A new journal entry for one young person. Save emits ``submitted``; the caller closes the dialog when
    the entry was saved."""

    submitted = Signal()

    def __init__(self, participant_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant_name = participant_name
        self.kind = EnumBox(JournalKind, members=[JournalKind.NOTE, JournalKind.CONTACT])
        self.channel = EnumBox(ContactChannel)
        self.occurred_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(600))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(140)
        self.sensitive = QCheckBox()
        self.sensitive_hint = QLabel()  # the checkbox cannot wrap; the explanation goes under it
        self.sensitive_hint.setWordWrap(True)
        self.sensitive_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.sensitive_hint.setContentsMargins(22, 0, 0, 0)
        self.next_contact_on = DateField()
        self.message = FieldMessage()
        self.labels = {name: QLabel() for name in ("kind", "channel", "occurred_at", "subject", "body", "next")}
        form = QFormLayout()
        for name, widget in (("kind", self.kind), ("channel", self.channel), ("occurred_at", self.occurred_at),
                             ("subject", self.subject), ("body", self.body), ("next", self.next_contact_on)):
            self.labels[name].setBuddy(widget)
            form.addRow(self.labels[name], widget)
        form.addRow(self.sensitive)
        form.addRow(self.sensitive_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submitted)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Return saves from anywhere, the text box included (which would otherwise take the Return).
        self.body.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submitted.emit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_contact_fields())
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self._show_contact_fields()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    def entry(self) -> EntryInput:
        """The entry as written."""
        kind = JournalKind(self.kind.value() or JournalKind.NOTE)
        moment = self.occurred_at.dateTime().toSecsSinceEpoch()
        contact = kind is JournalKind.CONTACT
        return EntryInput(kind, self.body.toPlainText(), subject=self.subject.text() or None,
                          channel=self.channel.value() if contact else None,  # type: ignore[arg-type]
                          sensitive=self.sensitive.isChecked(),
                          occurred_at=datetime.fromtimestamp(moment, UTC),
                          next_contact_on=self.next_contact_on.value() if contact else None)

    def show_error(self, error: ValidationError) -> None:
        """Show a refusal and keep the dialog open."""
        self.message.show_error(error_text(error))

    def _show_contact_fields(self) -> None:
        contact = self.kind.value() is JournalKind.CONTACT
        for name, widget in (("channel", self.channel), ("next", self.next_contact_on)):
            self.labels[name].setVisible(contact)
            widget.setVisible(contact)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Journal: {name}").format(name=self.participant_name))
        texts = {"kind": self.tr("&Kind:"), "channel": self.tr("&How:"), "occurred_at": self.tr("&When:"),
                 "subject": self.tr("&Subject:"), "body": self.tr("&Text:"), "next": self.tr("&Next follow-up:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.sensitive.setText(self.tr("&Sensitive note (health, addiction, family)"))
        self.sensitive_hint.setText(self.tr("Only the organisation that owns the record may read a sensitive note; "
                                            "partners see that there is one, not what it says."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+Return)"))
