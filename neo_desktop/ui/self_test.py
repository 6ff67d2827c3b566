"""The self-test's GUI step: the real main window, offscreen, in English, Danish and Swedish."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from neo_desktop.app import Services

from .application import create_application
from .context import UiContext
from .icons import area_icon
from .main_window import MainWindow

# A navigation text per language that exists only if that language's translation was loaded.
EXPECTED_CASELOAD = {"en": "Caseload", "da": "Sagsstamme", "sv": "Ärendelista"}


def _quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen platform cannot size windows the way a desktop does and says so for each one.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def show_main_window_in_each_language(services: Services) -> str:
    """Open the main window, switch through the languages, check the navigation reads right; close it."""
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    app = create_application([])
    context = UiContext.create(app)
    window = MainWindow(services, context)
    try:
        window.show()
        app.processEvents()
        for language, expected in EXPECTED_CASELOAD.items():
            context.languages.install(language)
            app.processEvents()
            shown = window.navigation.item(0).text()
            if shown != expected:
                raise RuntimeError(f"the {language} translation did not load: the caseload reads {shown!r}")
        if window.grab().isNull():
            raise RuntimeError("the main window did not paint")
        for area in window.areas:  # SVG icons need Qt's SVG image plugin in the bundle
            if area_icon(area).pixmap(24, 24).isNull():
                raise RuntimeError(f"the {area.value} icon did not load (is the SVG image plugin missing?)")
            window.show_area(area)  # each view's module is imported when its area first opens
            app.processEvents()
            if window.current_view() is not window.views.get(area):
                raise RuntimeError(f"the {area.value} view did not open")
        return f"shown in {', '.join(EXPECTED_CASELOAD)}, {len(window.areas)} views opened"
    finally:
        context.languages.install("en")
        window.close()
        context.tasks.shutdown()
        qInstallMessageHandler(previous_handler)
