"""Starting the GUI: the QApplication, the language, the error hook, then the start-up flow."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from neo_desktop import __version__
from neo_desktop.config.log_setup import configure_logging

from .context import UiContext
from .garbage import collect_on_gui_thread
from .i18n import remembered_language
from .icons import app_icon
from .startup import Startup

ORGANISATION_NAME = "NEO"
APPLICATION_NAME = "NEO Desktop"
WINDOWS_APP_ID = "NEO.NEODesktop"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with NEO Desktop's names, icon and style (an existing one is reused)."""
    if sys.platform == "win32":
        # Without its own id the taskbar groups the window under python.exe and shows Python's icon.
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Between the dialogs of the start-up no window is open; the flow decides when the program ends.
    app.setQuitOnLastWindowClosed(False)
    if sys.platform not in ("win32", "darwin"):
        app.setStyle("Fusion")
    collect_on_gui_thread(app)
    return app


def _ensure_file_logging() -> None:
    if not any(getattr(handler, "_neo_handler", False) for handler in logging.getLogger().handlers):
        configure_logging()


def run_gui(database_url: str | None = None, language: str | None = None) -> int:
    """Run the program window until the user quits; returns the exit code (1 when start-up was abandoned)."""
    _ensure_file_logging()
    app = create_application()
    context = UiContext.create(app)
    context.languages.install(language or remembered_language())
    context.errors.install()
    startup = Startup(context, database_url, app)
    startup.finished.connect(app.exit)
    QTimer.singleShot(0, startup.start)
    try:
        return app.exec()
    finally:
        context.tasks.shutdown()
        context.errors.uninstall()
