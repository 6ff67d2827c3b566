"""One list of a plan's items (steps, goals, resources, barriers) with Add, Edit and Remove.

Keyboard: Insert adds, Enter (or a double click) edits, Delete removes; the buttons say so in their tooltips.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .models import ItemTableModel

COLUMN_GAP = 16  # room between a column's longest text and the next column


class ItemsPanel(QWidget):
    """A table over an item model, with buttons and keys to add, edit and remove."""

    add_requested = Signal()
    edit_requested = Signal(object)  # the item's view
    remove_requested = Signal(object)

    def __init__(self, model: ItemTableModel, *, stretch_column: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.table.fontMetrics().height() * 1.8))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self._stretch_column = stretch_column
        self.table.activated.connect(lambda _index: self._edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        model.modelReset.connect(self._update_buttons)
        model.modelReset.connect(self._size_columns)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.add_action = self._action(QKeySequence(Qt.Key.Key_Insert), self.add_requested.emit)
        self.remove_action = self._action(QKeySequence(QKeySequence.StandardKey.Delete), self._remove)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.editable = True
        self._update_buttons()

    def _size_columns(self) -> None:
        # Once per load, not at every layout pass (ResizeToContents asks the model for every cell each time).
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != self._stretch_column:
                self.table.resizeColumnToContents(column)
                header.resizeSection(column, header.sectionSize(column) + COLUMN_GAP)

    def _action(self, keys: QKeySequence, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def current_item(self) -> Any | None:
        """The view of the selected row."""
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Select ``row`` (and make it current), if there is one."""
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def set_editable(self, editable: bool) -> None:
        """Allow or refuse changes (a closed plan is read-only)."""
        self.editable = editable
        self._update_buttons()

    def _edit(self) -> None:
        item = self.current_item()
        if item is not None and self.editable:
            self.edit_requested.emit(item)

    def _remove(self) -> None:
        item = self.current_item()
        if item is not None and self.editable:
            self.remove_requested.emit(item)

    def _update_buttons(self) -> None:
        chosen = self.current_item() is not None and self.editable
        self.add_button.setEnabled(self.editable)
        self.add_action.setEnabled(self.editable)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.remove_action.setEnabled(chosen)

    def set_texts(self, add: str, edit: str, remove: str) -> None:
        """The buttons' texts (the keys are added to their tooltips)."""
        self.add_button.setText(add)
        self.edit_button.setText(edit)
        self.remove_button.setText(remove)
        native = QKeySequence.SequenceFormat.NativeText
        self.add_button.setToolTip(self.add_action.shortcut().toString(native))
        self.edit_button.setToolTip(self.tr("Enter or double-click"))
        self.remove_button.setToolTip(self.remove_action.shortcut().toString(native))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)
