"""Building a meeting pack from the GUI: choose where, build in the background with progress and Cancel, open both
files when done. Cancelling leaves no file behind (the service writes next to the target and moves at the end)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from neo_desktop.app import Services
from neo_desktop.services.meeting_pack import MeetingPackService, PackResult
from neo_desktop.services.meeting_views import MeetingView

from ..context import UiContext
from ..tasks import Task


def _open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_name(view: MeetingView) -> str:
    """A file name from the group and the meeting's day, safe on every file system."""
    stem = re.sub(r"[^\w\- ]+", "", f"{view.group_name} {view.starts_at.date().isoformat()}").strip()
    return re.sub(r"\s+", "-", stem) or "meeting-pack"


class PackBuilder(QObject):
    """Builds packs for one window; ``open_file`` opens a written file (tests replace it)."""

    built = Signal(object)  # PackResult
    cancelled = Signal()

    def __init__(self, services: Services, context: UiContext, parent: QWidget, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.service = MeetingPackService(services.database, services.user, today=today)
        self.context, self.window = context, parent
        self.open_file: Callable[[Path], None] = _open_with_system
        self.task: Task | None = None

    def choose_and_build(self, view: MeetingView | None) -> None:
        """Ask where to save the PDF (the workbook goes beside it), then build."""
        if view is None or self.task is not None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the meeting pack"),
                                              str(Path(folder) / f"{default_name(view)}.pdf"),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            pdf = Path(path).with_suffix(".pdf")
            self.build(view.id, pdf, pdf.with_suffix(".xlsx"))

    def build(self, meeting_id: int, pdf: Path, xlsx: Path) -> Task:
        """Build the pack of ``meeting_id`` into ``pdf`` and ``xlsx`` with a progress dialog that can cancel."""
        service = self.service
        task = self.context.tasks.run(
            lambda progress, cancelled: service.export(meeting_id, pdf, xlsx, progress=progress, cancelled=cancelled),
            name="meeting pack", on_result=self._built, on_cancelled=self.cancelled.emit,
            progress_title=self.tr("Building the meeting pack…"), parent=self.window)
        task.finished.connect(self._finished)
        self.task = task
        return task

    def _built(self, result: PackResult) -> None:
        self.open_file(result.pdf)
        self.open_file(result.xlsx)
        self.built.emit(result)

    def _finished(self) -> None:
        self.task = None
