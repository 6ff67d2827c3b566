"""The sign-in dialog of the embedded database: user name and password, checked in the background.

It opens before the database is ready (the program loads while the user types): until :meth:`set_database`
hands it the sign-in service it says that the database is being opened, and a Sign in pressed meanwhile goes
ahead as soon as the database is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import NeoError
from neo_desktop.services.user import SignedInUser

from ..context import UiContext
from ..i18n import LANGUAGE_NAMES, LANGUAGES, translate_error
from ..icons import app_icon
from ..preferences import LAST_LOGIN_KEY, read_text, write_value

if TYPE_CHECKING:
    from neo_desktop.services.auth import AuthService

MESSAGE_COLOUR = QColor("#b3261e")


class SignInDialog(QDialog):
    """Asks for user name and password; emits ``signed_in`` and closes when they are right."""

    signed_in = Signal(object)  # SignedInUser

    ready = Signal()  # the database is open: signing in can go ahead

    def __init__(self, context: UiContext, auth: AuthService | None = None, *, database_description: str = "",
                 show_demo_hint: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._waiting = False  # Sign in was pressed before the database was open
        self._context = context
        self.user: SignedInUser | None = None
        self._message: NeoError | str | None = None  # kept so a language switch can translate it again
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.login_edit = QLineEdit(read_text(LAST_LOGIN_KEY))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.language_box = QComboBox()
        for language in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[language], language)
        self.language_box.setCurrentIndex(LANGUAGES.index(context.languages.language))
        self.language_box.currentIndexChanged.connect(self._change_language)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        palette = self.message_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, MESSAGE_COLOUR)
        self.message_label.setPalette(palette)
        self.message_label.hide()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(show_demo_hint)
        self.database_label = QLabel()
        self.database_label.setWordWrap(True)
        self.database_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._database_description = database_description

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.login_label = QLabel()
        self.password_label = QLabel()
        self.language_label = QLabel()
        self.login_label.setBuddy(self.login_edit)
        self.password_label.setBuddy(self.password_edit)
        self.language_label.setBuddy(self.language_box)
        self.form.addRow(self.login_label, self.login_edit)
        self.form.addRow(self.password_label, self.password_edit)
        self.form.addRow(self.language_label, self.language_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.database_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.login_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.language_box)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()
        self.retranslate_ui()

    def accept(self) -> None:
        """Check the credentials in the background; the dialog closes only when they are right."""
        login = self.login_edit.text().strip()
        if not login or not self.password_edit.text():
            self.show_message(self.tr("Enter your user name and password."))
            return
        self.show_message(None)
        self._set_busy(True)
        if self._auth is None:
            self._waiting = True  # set_database goes on from here
            return
        password = self.password_edit.text()
        auth = self._auth
        self._context.tasks.run(lambda _progress, _cancelled: auth.sign_in_local(login, password),
                                name="sign in", on_result=self._on_signed_in, on_error=self._on_failed)

    def set_database(self, auth: AuthService, database_description: str, *, show_demo_hint: bool = False) -> None:
        """The database is open: sign in with ``auth`` (at once, if Sign in was pressed while it opened)."""
        self._auth = auth
        self._database_description = database_description
        self.hint_label.setVisible(show_demo_hint)
        self.retranslate_ui()
        self.ready.emit()
        if self._waiting:
            self._waiting = False
            self._set_busy(False)
            self.accept()

    @property
    def is_ready(self) -> bool:
        """True once the database is open."""
        return self._auth is not None

    def show_message(self, message: NeoError | str | None) -> None:
        """Show an error or a text above the buttons (None: hide it)."""
        self._message = message
        text = translate_error(message) if isinstance(message, NeoError) else (message or "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_signed_in(self, user: SignedInUser) -> None:
        self._set_busy(False)
        if not self.isVisible():
            return  # cancelled meanwhile
        self.user = user
        write_value(LAST_LOGIN_KEY, user.login_name)
        self.password_edit.clear()
        super().accept()
        self.signed_in.emit(user)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, NeoError):
            self.show_message(error)
            self.password_edit.clear()
            self.password_edit.setFocus()
        else:
            self._context.errors.report(error, self)

    def _set_busy(self, busy: bool) -> None:
        # The fields become read-only rather than disabled, so the focus stays in them and Enter never lands
        # on Cancel (a focused button becomes the dialog's default).
        for edit in (self.login_edit, self.password_edit):
            edit.setReadOnly(busy)
        self.language_box.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        if not busy:
            self.sign_in_button.setDefault(True)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _change_language(self, index: int) -> None:
        language = self.language_box.itemData(index)
        if language and language != self._context.languages.language:
            self._context.languages.install(language, remember=True)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Sign in – NEO Desktop"))
        self.heading.setText(self.tr("Sign in to NEO Desktop"))
        self.login_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.language_label.setText(self.tr("&Language:"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.hint_label.setText(self.tr(
            "This is a demo database. Sign in as caseworker, coordinator, secretary, admin or auditor with the "
            "password “demo”."
        ))
        if self._auth is None:
            self.database_label.setText(self.tr("Opening the database…"))
        elif self._database_description:
            self.database_label.setText(self.tr("Database: {where}").format(where=self._database_description))
        self.database_label.setVisible(self._auth is None or bool(self._database_description))
        if isinstance(self._message, NeoError):
            self.show_message(self._message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
