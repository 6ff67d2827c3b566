"""One start of NEO Desktop for bench_startup.py: sign in as the demo caseworker, print "shown", quit.

Run by the benchmark in a fresh process; not useful on its own. The sign-in dialog is answered by the probe
the moment it opens, so the figure is the program's own time, not a person's typing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

import neo_desktop.app  # noqa: F401 - the non-Qt stack first (main.py loads it after Qt; no measurable difference)
from neo_desktop.ui import application
from neo_desktop.ui.dialogs.sign_in import SignInDialog
from neo_desktop.ui.startup import Startup


class ProbeStartup(Startup):
    """Signs in as soon as the sign-in dialog opens; reports when the main window is shown."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.dialog_opened.connect(self._answer)
        self.main_window_shown.connect(self._shown)

    def _answer(self, dialog: object) -> None:
        if isinstance(dialog, SignInDialog):
            dialog.login_edit.setText("caseworker")
            dialog.password_edit.setText("demo")
            QTimer.singleShot(0, dialog.accept)

    def _shown(self, window: object) -> None:
        def report() -> None:
            print("shown", flush=True)
            self.finish(0)

        QTimer.singleShot(0, report)  # after the show event has been processed


if __name__ == "__main__":
    application.Startup = ProbeStartup  # type: ignore[misc]
    sys.exit(application.run_gui(database_url=sys.argv[1], language="en"))
