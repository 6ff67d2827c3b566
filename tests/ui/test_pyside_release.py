"""The PySide6 release in use emits signals without leaking references.

PySide6 6.12.0 dropped a reference to ``True`` on every ``emit()`` under Python 3.11, and the interpreter
aborted after a few hundred signals; pyproject.toml keeps that release out. This test catches a release
with the same fault before a caseworker does.
"""

import sys

from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    """Emits one signal."""

    pinged = Signal(int)


def test_emitting_signals_keeps_reference_counts_intact(qapp) -> None:
    sender = Sender()
    received: list[int] = []
    sender.pinged.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(50):
        sender.pinged.emit(value)
    assert received == list(range(50))
    assert sys.getrefcount(True) - before >= 0
