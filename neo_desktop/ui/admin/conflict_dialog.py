"""Someone else saved the record while it was being edited: both versions side by side, and a choice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError

from ..i18n import translate_error


class ConflictDialog(QDialog):
    """Someone else saved the record meanwhile: their values against the user's, and a choice."""

    chosen = Signal(bool)  # True: keep my version; False: take the saved one

    def __init__(self, error: ConflictError, titles: dict[str, str], describe: Callable[[str, Any], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setMinimumWidth(560)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.table = QTableWidget(len(error.changes), 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (name, (stored, typed)) in enumerate(error.changes.items()):
            for column, text in enumerate((titles.get(name, name.replace("_", " ")), describe(name, stored),
                                           describe(name, typed))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setMaximumHeight(self.table.verticalHeader().defaultSectionSize() * (len(error.changes) + 2))
        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self._choose(True))
        self.theirs_button.clicked.connect(lambda: self._choose(False))
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(self.text_label)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def _choose(self, keep_mine: bool) -> None:
        self.accept()
        self.chosen.emit(keep_mine)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Saved meanwhile by someone else"))
        self.text_label.setText(self.tr("{message}\n\nWhat is saved now, and what you entered:").format(
            message=translate_error(self.error)))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved now"), self.tr("Yours")])
        self.keep_button.setText(self.tr("Save &mine over it"))
        self.theirs_button.setText(self.tr("&Take the saved version"))
        self.back_button.setText(self.tr("&Back to editing"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
