"""The start-up flow: open the database (with a way out when that fails), demo data on a first start,
sign-in, then the main window; and back to sign-in or reconnecting when the user asks.

Every step is a dialog opened with ``open()`` or a background task, never a blocking ``exec()``, so tests can
drive each step. The flow ends with ``finished(exit_code)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from neo_desktop.config.settings import Settings, load_settings
from neo_desktop.db.credentials import keyring_available
from neo_desktop.db.errors import DatabaseError
from neo_desktop.domain.errors import NeoError
from neo_desktop.services.user import SignedInUser

from .context import UiContext
from .dialogs.sign_in import SignInDialog
from .errors import ErrorDialog, log_exception, scrub_secrets
from .preferences import DEMO_DATABASE_KEY, read_text, write_value

# The database stack (SQLAlchemy, the models, the services) and the main window are imported by the task that
# opens the database, on a worker thread, while the sign-in dialog is already on the screen.
if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from neo_desktop.app import OpenedDatabase
    from neo_desktop.db.engine import Database

    from .dialogs.connection import ConnectionDialog
    from .dialogs.password_prompt import PasswordPrompt
    from .main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_CANCELLED = 1  # the user gave up before ever signing in


@dataclass(frozen=True)
class OpenOutcome:
    """An opened database, and whether it is the first start of the default embedded database."""

    opened: OpenedDatabase
    needs_demo_data: bool


def open_and_inspect(url: str | URL) -> OpenOutcome:
    """Open and migrate ``url``; an empty default embedded database gets demo data (runs in a task)."""
    from sqlalchemy.engine import make_url

    from neo_desktop.app import is_default_sqlite, open_database

    from . import main_window  # noqa: F401 - loaded here, off the GUI thread, for the window after sign-in

    log.info("Opening %s", make_url(url).render_as_string(hide_password=True))
    opened = open_database(url)
    try:
        needs_demo = is_default_sqlite(url) and _database_is_empty(opened.database)
    except BaseException:
        opened.database.dispose()
        raise
    return OpenOutcome(opened, needs_demo)


def _database_is_empty(database: Database) -> bool:
    try:
        from neo_desktop.demo import database_is_empty
    except ImportError:  # a build without the demo generator
        return False
    return database_is_empty(database)


class Startup(QObject):
    """Runs the flow from opening the database to the main window, and back on sign-out."""

    finished = Signal(int)  # exit code
    dialog_opened = Signal(object)  # each dialog the flow opens (tests follow the flow with it)
    main_window_shown = Signal(object)

    def __init__(self, context: UiContext, explicit_url: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.explicit_url = explicit_url
        self.session_passwords: dict[str, str] = {}  # only when the keyring cannot keep them
        self.database: Database | None = None
        self.dialog: QWidget | None = None
        self.main_window: MainWindow | None = None
        self._ever_signed_in = False
        self._reconnecting = False
        self._prompted_key = ""  # the profile whose password was asked for at start-up (kept in memory only)

    def start(self) -> None:
        """Open the database; on the embedded database the sign-in dialog opens at once, while it does (the user
        types while the program loads)."""
        if self._signs_in_locally():
            self._open_sign_in_dialog()
        self.open_database()

    # Opening ----------------------------------------------------------------------------------------------------

    def resolve_url(self) -> str | URL:
        """``--database`` if given, else the saved connection (with a session-only password if there is one)."""
        if self.explicit_url:
            return self.explicit_url
        settings = load_settings()
        if settings.profile is not None and settings.profile.keyring_key in self.session_passwords:
            return settings.profile.url(self.session_passwords[settings.profile.keyring_key] or None)
        from neo_desktop.app import database_url

        return database_url(None, settings)

    def _signs_in_locally(self) -> bool:
        """True when the database will be an SQLite file (its accounts sign in through the sign-in dialog)."""
        if self.explicit_url:
            return self.explicit_url.split(":", 1)[0].split("+", 1)[0].lower() == "sqlite"
        return load_settings().profile is None

    def open_database(self) -> None:
        """Open and migrate the database in the background (first asking for the password when no keyring
        can keep it)."""
        if self._password_needed():
            self.ask_password()
            return
        waiting = self._sign_in_dialog()  # it says itself that the database is being opened
        self.context.tasks.run(lambda _progress, _cancelled: open_and_inspect(self.resolve_url()),
                               name="open database", on_result=self._on_opened, on_error=self._on_open_failed,
                               on_cancelled=self.give_up,
                               progress_title=None if waiting else self.tr("Opening the database…"))

    def _on_opened(self, outcome: OpenOutcome) -> None:
        self.database = outcome.opened.database
        if outcome.needs_demo_data:
            self._fill_demo_data()
        else:
            self.sign_in()

    def _on_open_failed(self, error: BaseException) -> None:
        if self._prompted_key:  # a password typed at the prompt may be wrong: "Try again" asks again
            self.session_passwords.pop(self._prompted_key, None)
        if not isinstance(error, NeoError):
            log_exception("Opening the database failed", error)
            error = DatabaseError(detail=scrub_secrets(str(error)) or type(error).__name__)
        self.show_open_error(error)

    def _password_needed(self) -> bool:
        settings = load_settings()
        return (not self.explicit_url and settings.profile is not None
                and settings.profile.keyring_key not in self.session_passwords and not keyring_available())

    def ask_password(self) -> PasswordPrompt:
        """Ask for the shared database's password for this session: this computer has no keyring to keep it."""
        from .dialogs.password_prompt import PasswordPrompt

        profile = load_settings().profile
        assert profile is not None
        dialog = PasswordPrompt(profile.user, profile.describe())

        def entered(password: str) -> None:
            self.session_passwords[profile.keyring_key] = password
            self._prompted_key = profile.keyring_key
            self.open_database()

        dialog.entered.connect(entered)
        dialog.settings_requested.connect(lambda: self.edit_connection(on_cancel=self.ask_password))
        dialog.rejected.connect(self.give_up)
        self._open_dialog(dialog)
        return dialog

    def show_open_error(self, error: NeoError) -> ErrorDialog:
        """Say why the database cannot be used; offer the connection settings, another try, or quitting."""
        dialog = ErrorDialog(error, title=self.tr("NEO Desktop cannot use the database"))
        settings_button = dialog.add_button(self.tr("Connection settings…"), QMessageBox.ButtonRole.AcceptRole)
        retry_button = dialog.add_button(self.tr("Try again"), QMessageBox.ButtonRole.ActionRole)
        quit_button = dialog.add_button(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        dialog.setDefaultButton(settings_button)
        dialog.setEscapeButton(quit_button)

        def chosen(_result: int) -> None:
            clicked = dialog.clickedButton()
            if clicked is settings_button:
                self.edit_connection(on_cancel=lambda: self.show_open_error(error))
            elif clicked is retry_button:
                self.open_database()
            else:
                self.give_up()

        dialog.finished.connect(chosen)
        self._open_dialog(dialog)
        return dialog

    def edit_connection(self, *, on_cancel: Callable[[], object] | None = None,
                        parent: QWidget | None = None) -> ConnectionDialog:
        """Open the connection settings; saving them opens the database again with them."""
        from .dialogs.connection import ConnectionDialog

        settings = load_settings()
        key = settings.profile.keyring_key if settings.profile else ""
        dialog = ConnectionDialog(self.context, settings=settings, session_password=self.session_passwords.get(key),
                                  parent=parent)
        dialog.saved.connect(lambda saved: self._on_connection_saved(saved, dialog.session_password))
        if on_cancel is not None:
            dialog.rejected.connect(on_cancel)
        self._open_dialog(dialog)
        return dialog

    def _on_connection_saved(self, settings: Settings, session_password: str | None) -> None:
        if settings.profile is not None and session_password:
            self.session_passwords[settings.profile.keyring_key] = session_password
        self.explicit_url = None  # from now on the saved settings decide
        if self.main_window is not None:
            self._reconnecting = True
            self.main_window.close()
        else:
            self._close_database()
            self.open_database()

    # First start ------------------------------------------------------------------------------------------------

    def _fill_demo_data(self) -> None:
        from neo_desktop.demo import DemoSize, generate_demo_data

        database = self.database
        assert database is not None
        self.context.tasks.run(
            lambda progress, cancelled: generate_demo_data(database, DemoSize.small(), progress=progress,
                                                           cancelled=cancelled),
            name="demo data", on_result=self._on_demo_data_ready, on_error=self._on_demo_data_failed,
            on_cancelled=self.give_up,
            progress_title=self.tr("Preparing demo data for the first start…"), parent=self._sign_in_dialog())

    def _on_demo_data_ready(self, _summary: object) -> None:
        write_value(DEMO_DATABASE_KEY, self._database_path())
        self.sign_in()

    def _on_demo_data_failed(self, error: BaseException) -> None:
        self.context.errors.report(error)
        self.sign_in()

    def _database_path(self) -> str:
        if self.database is None or not self.database.is_sqlite:
            return ""
        return str(Path(self.database.engine.url.database or "").resolve())

    # Signing in -------------------------------------------------------------------------------------------------

    def sign_in(self) -> None:
        """Ask who is working: the sign-in dialog on SQLite, the database login on PostgreSQL."""
        assert self.database is not None
        from neo_desktop.app import auth_service

        auth = auth_service(self.database)
        if not self.database.is_sqlite:
            self.context.tasks.run(lambda _progress, _cancelled: auth.sign_in_database_login(), name="sign in",
                                   on_result=self.show_main_window, on_error=self._on_open_failed,
                                   progress_title=self.tr("Signing in…"), cancellable=False)
            return
        demo = bool(self._database_path()) and read_text(DEMO_DATABASE_KEY) == self._database_path()
        dialog = self._sign_in_dialog() or self._open_sign_in_dialog()
        dialog.set_database(auth, self.database.description, show_demo_hint=demo)

    def _sign_in_dialog(self) -> SignInDialog | None:
        """The sign-in dialog on the screen, if one is."""
        dialog = self.dialog
        if isinstance(dialog, SignInDialog) and shiboken6.isValid(dialog) and dialog.isVisible():
            return dialog
        return None

    def _open_sign_in_dialog(self) -> SignInDialog:
        dialog = SignInDialog(self.context)
        dialog.signed_in.connect(self.show_main_window)
        dialog.rejected.connect(self.give_up)
        self._open_dialog(dialog)
        return dialog

    def show_main_window(self, user: SignedInUser) -> MainWindow:
        """Open the main window for ``user``."""
        assert self.database is not None
        from neo_desktop.app import Services

        from .main_window import MainWindow

        self._ever_signed_in = True
        window = MainWindow(Services(self.database, user), self.context)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._on_main_window_closed)
        window.connection_settings_requested.connect(lambda: self.edit_connection(parent=window))
        self.main_window = window
        window.show()
        self.main_window_shown.emit(window)
        return window

    def _on_main_window_closed(self, signed_out: bool) -> None:
        self.main_window = None
        if self._reconnecting:
            self._reconnecting = False
            self._close_database()
            self.open_database()
        elif signed_out:
            self.sign_in()
        else:
            self.finish(EXIT_OK)

    # Ending -----------------------------------------------------------------------------------------------------

    def give_up(self) -> None:
        """The user stopped the flow: quit (with exit code 1 when they never got in)."""
        self.finish(EXIT_OK if self._ever_signed_in else EXIT_CANCELLED)

    def finish(self, exit_code: int) -> None:
        """Close the database and end the flow with ``exit_code``."""
        self._close_database()
        self.finished.emit(exit_code)

    def _close_database(self) -> None:
        if self.database is not None:
            self.database.dispose()
            self.database = None

    def _open_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None and self.dialog is not dialog and shiboken6.isValid(self.dialog):
            self.dialog.hide()  # e.g. the sign-in dialog when the database cannot be opened after all
            self.dialog.deleteLater()  # (a dialog over the main window went with it)
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
