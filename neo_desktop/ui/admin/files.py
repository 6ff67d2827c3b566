"""Asking where to save a file: one function, so tests can answer it without a native dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's documents folder (their home when the platform has none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, file_filter: str) -> Path | None:
    """Ask where to save; None when the user cancels. Call it as ``files.ask_save_path`` (tests replace it)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / suggested_name),
                                                  file_filter)
    return Path(chosen) if chosen else None
