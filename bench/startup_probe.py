"""One start of NEO Desktop for bench_startup.py: sign in as the demo caseworker, print "shown", quit.

Run by the benchmark in a fresh process; not useful on its own. It prints "first window" once the sign-in
dialog is on the screen, and answers it at once, so the time to "shown" (the main window) is the program's own
time, not a person's typing. It starts the way ``python main.py`` does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

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
            QTimer.singleShot(0, lambda: print("first window", flush=True))  # after its show event
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
