"""The Data protection page of the administration: the retention run, and where access requests are answered."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from neo_desktop.app import Services

from ..admin.forms import heading_label, note_label
from ..context import UiContext
from .retention import RetentionPanel
from .subject_access import SubjectAccessDialog, open_subject_access, subject_access_allowed


class DataProtectionPage(QWidget):
    """Retention and anonymisation for administrators; subject access for those who also work with people."""

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.retention = RetentionPanel(services, context)
        self.access_heading = heading_label(1.1)
        self.access_note = note_label()
        self.access_button = QPushButton()
        self.access_button.clicked.connect(self.open_subject_access)
        self.access_button.setVisible(subject_access_allowed(services.user))
        self.dialog: SubjectAccessDialog | None = None
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        access_row = QHBoxLayout()
        access_row.addWidget(self.access_note, 1)
        access_row.addWidget(self.access_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.retention, 1)
        layout.addWidget(rule)
        layout.addWidget(self.access_heading)
        layout.addLayout(access_row)
        self.retranslate_ui()

    def activate(self) -> None:
        """Shown: nothing to load until the administrator asks for a retention check."""

    def open_subject_access(self) -> SubjectAccessDialog:
        """Open the subject access dialog."""
        self.dialog = open_subject_access(self.services, self.context, self.window())
        return self.dialog

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.access_heading.setText(self.tr("A person's access request"))
        if subject_access_allowed(self.services.user):
            note = self.tr("Export everything stored about a person you work with, and the dates and purposes of "
                           "the lookups of their data (also in the File menu).")
        else:
            note = self.tr("Access requests are answered by the person's caseworker or coordinator (File ▸ Subject "
                           "access request…): administrators see no personal data unless they also hold one of "
                           "those roles.")
        self.access_note.setText(note)
        self.access_button.setText(self.tr("&Subject access request…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
