"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is crossed, and
background tasks allocate a lot. A closed window caught in a reference cycle (a lambda connected to one of
its signals is enough) would then be destroyed on a pool thread while the GUI thread may be delivering its
events or deleting it itself, which crashes the process. So the automatic collector is switched off and a
timer on the GUI thread runs the same generational collection at the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250


class GuiThreadGarbageCollector(QObject):
    """Collects cyclic garbage from the GUI thread's event loop, generation by generation."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns the objects freed."""
        counts = gc.get_count()
        due = [generation for generation in range(3) if counts[generation] > self._thresholds[generation]]
        return gc.collect(due[-1]) if due else 0


def collect_on_gui_thread(app: QObject) -> GuiThreadGarbageCollector:
    """Switch the automatic collector off and collect from ``app``'s event loop instead (once per app)."""
    existing = app.findChild(GuiThreadGarbageCollector)
    return existing if existing is not None else GuiThreadGarbageCollector(app)
