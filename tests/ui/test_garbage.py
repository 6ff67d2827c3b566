"""Cyclic garbage (closed windows caught in reference cycles) is collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication

from neo_desktop.ui.garbage import GuiThreadGarbageCollector


class Cycle:
    """An object in a reference cycle that notes the thread it is collected on."""

    collected_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.collected_on.append(threading.current_thread().name)


def test_garbage_made_anywhere_is_collected_on_the_gui_thread(qtbot, neo_app: QApplication) -> None:
    assert neo_app.findChild(GuiThreadGarbageCollector) is not None
    assert not gc.isenabled()
    Cycle.collected_on.clear()
    Cycle()  # unreachable at once, but only the cyclic collector can free it

    def allocate() -> None:  # what a background task does: enough allocations to cross every threshold
        for _ in range(5):
            _junk = [[index] for index in range(200_000)]

    worker = threading.Thread(target=allocate, name="pool worker")
    worker.start()
    worker.join()
    alive = [[index] for index in range(2_000)]  # the GUI thread's own work makes a collection due
    qtbot.waitUntil(lambda: bool(Cycle.collected_on), timeout=5_000)
    del alive
    assert Cycle.collected_on == [threading.main_thread().name]
