"""``run_gui`` wires the application together and returns the start-up flow's exit code."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer

from neo_desktop.ui import application
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.i18n import remembered_language
from neo_desktop.ui.startup import EXIT_CANCELLED, Startup


def test_run_gui_shows_the_start_up_in_the_chosen_language_and_returns_its_exit_code(
        qtbot, neo_app, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    seen: list[str] = []
    contexts: list[UiContext] = []

    class QuittingStartup(Startup):
        """Clicks Quit on the first dialog, as a user giving up would."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            contexts.append(self.context)
            self.dialog_opened.connect(self._quit)

        def _quit(self, dialog) -> None:
            seen.append(dialog.text())
            quit_button = next(b for b in dialog.buttons() if b.text() == "Afslut")
            QTimer.singleShot(0, quit_button.click)

    monkeypatch.setattr(application, "Startup", QuittingStartup)
    try:
        code = application.run_gui(database_url=f"sqlite:///{path}", language="da")
    finally:
        for context in contexts:
            context.languages.install("en")
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_neo_handler", False)]:
            root.removeHandler(handler)
            handler.close()
    assert code == EXIT_CANCELLED
    assert seen and "er ikke en NEO Desktop-database" in seen[0]
    assert remembered_language() == "en"  # --language is for this start only
