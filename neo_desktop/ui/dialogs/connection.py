"""The connection settings dialog: the embedded database, or a shared PostgreSQL server.

The password goes to the operating system's keyring, never into the settings file. When no keyring can keep
it, the dialog says so and the password is kept in memory for this session only (asked again next time).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from neo_desktop.config.paths import default_database_path
from neo_desktop.config.settings import SSL_MODES, ConnectionProfile, Settings, load_settings, save_settings
from neo_desktop.db.credentials import keyring_available, load_password, store_password
from neo_desktop.domain.errors import NeoError

from ..context import UiContext
from ..i18n import translate_error
from .connection_check import ConnectionCheck, check_connection, ssl_mode_text

GOOD_COLOUR = QColor("#1e6b34")
BAD_COLOUR = QColor("#b3261e")


class ConnectionDialog(QDialog):
    """Edits and saves the connection settings; ``saved`` carries the new Settings."""

    saved = Signal(object)  # Settings

    def __init__(self, context: UiContext, *, settings: Settings | None = None,
                 session_password: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.settings = settings or load_settings()
        self.session_password = session_password  # kept only in memory when the keyring cannot keep it
        self.keyring_ok = keyring_available()
        self._keyring_refused = False
        self.setMinimumWidth(520)
        profile = self.settings.profile

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.embedded_radio = QRadioButton()
        self._embedded_file = str(Path(self.settings.sqlite_path) if self.settings.sqlite_path
                                  else default_database_path())
        self.embedded_path = self._note()
        self.shared_radio = QRadioButton()
        self.shared_note = self._note()
        group = QButtonGroup(self)
        group.addButton(self.embedded_radio)
        group.addButton(self.shared_radio)
        (self.shared_radio if profile else self.embedded_radio).setChecked(True)

        self.host_edit = QLineEdit(profile.host if profile else "")
        self.port_box = QSpinBox()
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(profile.port if profile else 5432)
        self.port_box.setMaximumWidth(120)
        self.database_edit = QLineEdit(profile.database if profile else "neo")
        self.user_edit = QLineEdit(profile.user if profile else "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ssl_box = QComboBox()
        for mode in SSL_MODES:
            self.ssl_box.addItem("", mode)
        self.ssl_box.setCurrentIndex(SSL_MODES.index(profile.sslmode if profile else "prefer"))
        self.shared_fields = QWidget()
        self.form = QFormLayout(self.shared_fields)
        self.form.setContentsMargins(24, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.field_labels, (self.host_edit, self.port_box, self.database_edit,
                                                    self.user_edit, self.password_edit, self.ssl_box), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)

        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self._colour(self.message_label, BAD_COLOUR)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped notes never squeeze the fields
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        for widget in (self.heading, self.embedded_radio, self.embedded_path, self.shared_radio, self.shared_note,
                       self.shared_fields, self.keyring_note):
            layout.addWidget(widget)
        layout.addLayout(test_row)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.embedded_radio.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.retranslate_ui()

    @staticmethod
    def _note() -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        note.setContentsMargins(24, 0, 0, 0)
        return note

    # Reading the fields ---------------------------------------------------------------------------------------

    @property
    def uses_shared_database(self) -> bool:
        """True when the shared PostgreSQL database is chosen."""
        return self.shared_radio.isChecked()

    def profile(self) -> ConnectionProfile:
        """The shared-database profile the fields describe."""
        return ConnectionProfile(host=self.host_edit.text().strip(), database=self.database_edit.text().strip(),
                                 user=self.user_edit.text().strip(), port=self.port_box.value(),
                                 sslmode=self.ssl_box.currentData())

    def _missing_field(self) -> str | None:
        for label, edit in ((self.field_labels[0], self.host_edit), (self.field_labels[2], self.database_edit),
                            (self.field_labels[3], self.user_edit)):
            if not edit.text().strip():
                return label.text().replace("&", "").rstrip(":")
        return None

    def _password_for(self, profile: ConnectionProfile) -> str | None:
        return self.password_edit.text() or self.session_password or load_password(profile.keyring_key)

    def target_url(self) -> str | URL:
        """The URL the fields point at (with the password only in memory)."""
        if not self.uses_shared_database:
            return replace(self.settings, profile=None).database_url()
        profile = self.profile()
        return profile.url(self._password_for(profile))

    # Testing and saving ---------------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Try the connection in the background and say how it went."""
        if self.uses_shared_database and (missing := self._missing_field()):
            self._show_test_result(self.tr("Fill in {field} first.").format(field=missing), good=False)
            return
        url = self.target_url()
        self.test_button.setEnabled(False)
        self._show_test_result(self.tr("Connecting…"), good=None)
        self._context.tasks.run(lambda _progress, _cancelled: check_connection(url), name="test connection",
                                on_result=self._on_tested, on_error=self._on_test_failed)

    def _on_tested(self, outcome: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        if outcome is ConnectionCheck.NEO_DATABASE:
            text = self.tr("The connection works: this is a NEO Desktop database.")
        else:
            text = self.tr("The connection works. The database is empty: NEO Desktop sets it up when it starts.")
        self._show_test_result(text, good=True)

    def _on_test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, NeoError):
            self._show_test_result(translate_error(error), good=False)
        else:
            self._show_test_result(self.tr("The connection failed."), good=False)
            self._context.errors.report(error, self)

    def accept(self) -> None:
        """Save the settings (and the password in the keyring) and close; stays open to explain problems."""
        if not self.uses_shared_database:
            self._save(replace(self.settings, profile=None))
            return
        if missing := self._missing_field():
            self.message_label.setText(self.tr("Fill in {field}.").format(field=missing))
            self.message_label.show()
            return
        profile = self.profile()
        password = self.password_edit.text()
        if password:
            if self.keyring_ok and store_password(profile.keyring_key, password):
                self.session_password = None
            elif self.keyring_ok:
                # The keyring looked usable but refused: explain, and let a second Save go on without it.
                self.keyring_ok = False
                self._keyring_refused = True
                self.retranslate_ui()
                return
            else:
                self.session_password = password
        self._save(replace(self.settings, profile=profile))

    def _save(self, settings: Settings) -> None:
        save_settings(settings)
        self.settings = settings
        self.password_edit.clear()
        super().accept()
        self.saved.emit(settings)

    # Looks and language ----------------------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        self.shared_fields.setEnabled(self.uses_shared_database)
        self.embedded_path.setEnabled(not self.uses_shared_database)
        self.test_button.setEnabled(self.uses_shared_database)
        self.keyring_note.setVisible(self.uses_shared_database and not self.keyring_ok)

    def _show_test_result(self, text: str, *, good: bool | None) -> None:
        self.test_result.setText(text)
        self._colour(self.test_result, None if good is None else GOOD_COLOUR if good else BAD_COLOUR)

    @staticmethod
    def _colour(label: QLabel, colour: QColor | None) -> None:
        if colour is None:
            label.setPalette(QPalette())  # back to the inherited colours
            return
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Connection settings – NEO Desktop"))
        self.heading.setText(self.tr("Where is the database?"))
        self.embedded_radio.setText(self.tr("&Embedded database on this computer"))
        self.embedded_path.setText(self.tr("For one person, or to try NEO Desktop. The file: {path}").format(
            path=self._embedded_file))
        self.shared_radio.setText(self.tr("&Shared database on a PostgreSQL server"))
        self.shared_note.setText(self.tr("For the partnership: everyone works in the same database."))
        for label, text in zip(self.field_labels, (self.tr("Ser&ver:"), self.tr("P&ort:"), self.tr("&Database:"),
                                                   self.tr("User &name:"), self.tr("Pass&word:"),
                                                   self.tr("En&cryption:")), strict=True):
            label.setText(text)
        stored = self.settings.profile is not None and load_password(self.settings.profile.keyring_key)
        self.password_edit.setPlaceholderText(
            self.tr("(stored – leave empty to keep it)") if stored or self.session_password else "")
        for index, mode in enumerate(SSL_MODES):
            self.ssl_box.setItemText(index, ssl_mode_text(mode))
        if self._keyring_refused:
            note = self.tr("The password store on this computer refused the password. Click Save again to keep "
                           "the password only until you quit NEO Desktop; it will be asked for at each start.")
        else:
            note = self.tr("This computer has no password store, so the password is kept only until you quit "
                           "NEO Desktop and is asked for at each start.")
        self.keyring_note.setText(note)
        self.test_button.setText(self.tr("&Test connection"))
        self._update_enabled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
