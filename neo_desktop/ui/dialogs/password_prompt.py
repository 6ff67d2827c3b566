"""Asking for the shared database's password at start-up, when this computer has no keyring to keep it.

The password lives only in memory for this session; the dialog says why it is asked for each time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from ..icons import app_icon


class PasswordPrompt(QDialog):
    """The database password for this session; ``entered`` carries it, ``settings_requested`` the way out."""

    entered = Signal(str)
    settings_requested = Signal()

    def __init__(self, user: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._where = where
        self.setWindowIcon(app_icon())
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.password_label = QLabel()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.password_label, self.password_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.settings_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.settings_button.clicked.connect(self._to_settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        for widget in (self.heading, self.explanation, self.where_label):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # A minimum width that leaves the height to the layout, so the wrapped explanation is never cut.
        layout.addItem(QSpacerItem(480, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        self.password_edit.setFocus()
        self.retranslate_ui()

    def accept(self) -> None:
        """Hand the password on (an empty one leaves the sign-in to single sign-on or libpq's own files)."""
        password = self.password_edit.text()
        self.password_edit.clear()
        super().accept()
        self.entered.emit(password)

    def _to_settings(self) -> None:
        self.password_edit.clear()
        super().accept()
        self.settings_requested.emit()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Database password – NEO Desktop"))
        self.heading.setText(self.tr("Enter the database password"))
        self.explanation.setText(self.tr(
            "This computer has no password store (keyring) that NEO Desktop can use, so it cannot remember your "
            "database password. It is kept in memory until you quit, and asked for at each start."))
        self.where_label.setText(self.tr("{user} on {where}").format(user=self._user, where=self._where))
        self.password_label.setText(self.tr("&Password:"))
        self.password_edit.setPlaceholderText(self.tr("empty: single sign-on"))
        self.connect_button.setText(self.tr("Connect"))
        self.settings_button.setText(self.tr("Connection &settings…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
