"""Error dialogs: expected errors told in words with what to do; unexpected ones logged and shown once.

Expected errors are :class:`NeoError`: the dialog shows the translated message and a sentence on what to do.
Anything else is a bug: its traceback goes to the log file and a dialog naming that file is shown once per
distinct error (the same failure repeating in a loop must not bury the user in dialogs). Passwords never
appear, neither in the dialog nor in the log.
"""

from __future__ import annotations

import html
import logging
import re
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from neo_desktop.config.log_setup import log_file
from neo_desktop.db.errors import DatabaseError
from neo_desktop.domain.errors import (
    ConflictError,
    NeoError,
    NotFoundError,
    PermissionDeniedError,
    SignInError,
    ValidationError,
)

from .i18n import translate_error

log = logging.getLogger(__name__)

_Dialog = TypeVar("_Dialog", bound=QMessageBox)
UNEXPECTED_WIDTH = 520

_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/\s@]*:)[^@\s]+@", re.IGNORECASE)
_KEY_PASSWORD = re.compile(r"(password\s*[=:]\s*)('[^']*'|\"[^\"]*\"|\S+)", re.IGNORECASE)


def scrub_secrets(text: str) -> str:
    """``text`` with passwords in URLs and ``password=...`` pairs replaced by ``***``."""
    return _KEY_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1***@", text))


def log_exception(message: str, error: BaseException, tb: TracebackType | None = None) -> None:
    """Write ``message`` and ``error``'s traceback to the log, without passwords."""
    details = scrub_secrets("".join(traceback.format_exception(type(error), error, tb or error.__traceback__)))
    log.error("%s\n%s", message, details.rstrip())


def open_log_folder() -> None:
    """Open the folder of the log file in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


def widen(box: QMessageBox, width: int) -> None:
    """Give a message box at least ``width`` pixels (it otherwise wraps its text narrowly)."""
    grid = box.layout()
    if isinstance(grid, QGridLayout):
        grid.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum),
                     grid.rowCount(), 0, 1, grid.columnCount())


def what_to_do(error: NeoError) -> str:
    """A sentence on what the user can do about ``error``."""
    translate = QCoreApplication.translate
    if isinstance(error, DatabaseError):
        return translate("ErrorDialog", "If you cannot solve it yourself, contact your administrator and tell "
                                        "them what the message says.")
    if isinstance(error, ValidationError):
        return translate("ErrorDialog", "Correct the entry and try again.")
    if isinstance(error, ConflictError):
        return translate("ErrorDialog", "Open the record again to see the other changes, then make yours again.")
    if isinstance(error, PermissionDeniedError):
        return translate("ErrorDialog", "If your work needs this, ask an administrator to change your roles.")
    if isinstance(error, NotFoundError):
        return translate("ErrorDialog", "Refresh the list (F5) to see the records as they are now.")
    if isinstance(error, SignInError):
        return translate("ErrorDialog", "Check the user name and password and try again.")
    return translate("ErrorDialog", "Try again. If it keeps happening, contact your administrator.")


class ErrorDialog(QMessageBox):
    """An expected error: what happened, what to do, and optional buttons that offer a way out."""

    def __init__(self, error: NeoError, parent: QWidget | None = None, *, title: str | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title or self.tr("NEO Desktop"))
        self.setText(scrub_secrets(translate_error(error)))
        self.setInformativeText(what_to_do(error))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    def add_button(self, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        """Add a button (when the first one, it replaces OK)."""
        if self.standardButtons() == QMessageBox.StandardButton.Ok and not self.property("custom_buttons"):
            self.setStandardButtons(QMessageBox.StandardButton.NoButton)
            self.setProperty("custom_buttons", True)
        return self.addButton(text, role)


class UnexpectedErrorDialog(QMessageBox):
    """A bug: says so plainly, names the log file, and offers to open its folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("NEO Desktop"))
        self.setText(self.tr("Something unexpected went wrong."))
        self.setInformativeText(self.tr(
            "<p>The details have been written to the log file:</p><p style=\"white-space:pre\">{path}</p><p>What "
            "you saved before is safe, but the last action may not have finished. If it happens again, send the log "
            "file to your administrator.</p>"
        ).format(path=html.escape(str(log_file()))))
        widen(self, UNEXPECTED_WIDTH)  # room for a whole path on one line
        self.log_button = self.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        self.log_button.clicked.connect(open_log_folder)
        self.addButton(QMessageBox.StandardButton.Close)


class ErrorReporter(QObject):
    """Shows expected errors and reports unexpected ones (also the ``sys.excepthook``)."""

    dialog_shown = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seen: set[tuple[str, ...]] = set()
        self._previous_hook: Callable[..., object] | None = None

    def report(self, error: BaseException, parent: QWidget | None = None) -> QMessageBox | None:
        """Show ``error`` in the right dialog: expected errors always, unexpected ones once."""
        if isinstance(error, NeoError):
            return self.show_expected(error, parent)
        return self.report_unexpected(error, parent)

    def show_expected(self, error: NeoError, parent: QWidget | None = None, *,
                      title: str | None = None) -> ErrorDialog:
        """Open the dialog of an expected error (not blocking; it is window-modal over ``parent``)."""
        log.info("Shown to the user: %s", scrub_secrets(error.message))
        dialog = ErrorDialog(error, parent or QApplication.activeWindow(), title=title)
        return self._open(dialog)

    def report_unexpected(self, error: BaseException, parent: QWidget | None = None,
                          tb: TracebackType | None = None) -> UnexpectedErrorDialog | None:
        """Log ``error`` with its traceback; show the dialog unless this error was shown before."""
        tb = tb or error.__traceback__
        log_exception("Unexpected error", error, tb)
        key = _signature(error, tb)
        if key in self._seen:
            return None
        self._seen.add(key)
        return self._open(UnexpectedErrorDialog(parent or QApplication.activeWindow()))

    def install(self) -> None:
        """Become ``sys.excepthook``, so errors escaping Qt's slots reach the user too."""
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def excepthook(self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Report an exception nobody caught."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        if isinstance(error, NeoError):
            self.report(error)
        else:
            self.report_unexpected(error, tb=tb)

    def _open(self, dialog: _Dialog) -> _Dialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_shown.emit(dialog)
        return dialog


def _signature(error: BaseException, tb: TracebackType | None) -> tuple[str, ...]:
    """What makes two errors "the same": their type and where they were raised."""
    frames = traceback.extract_tb(tb) if tb else []
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else str(error)
    return (type(error).__qualname__, where)
