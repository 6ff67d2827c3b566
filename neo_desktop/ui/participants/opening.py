"""One record window per young person: opening a record again brings its window to the front."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ..context import UiContext
from .calls import ParticipantServices
from .record_window import ParticipantWindow

_windows: dict[tuple[int, int], ParticipantWindow] = {}


def open_record(services: ParticipantServices, context: UiContext, participant_id: int,
                parent: QWidget | None = None) -> ParticipantWindow:
    """Bring the young person's record window to the front, opening it if needed."""
    key = (id(context), participant_id)
    window = _windows.get(key)
    if window is None:
        window = ParticipantWindow(services, context, participant_id, parent)
        _windows[key] = window
        window.destroyed.connect(lambda _obj=None, key=key: _windows.pop(key, None))
    window.show()
    if QGuiApplication.platformName() != "offscreen":  # the test platform cannot raise windows (and says so)
        window.raise_()
        window.activateWindow()
    return window
