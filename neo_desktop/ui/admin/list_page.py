"""An administration page: a line of explanation, buttons, and a table of records loaded in the background."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.app import Services
from neo_desktop.services.tables import RecordTable

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..tasks import Task
from ..views.record_table_view import CELL_PADDING, HEADER_PADDING
from ..views.table_model import RecordTableModel
from .forms import note_label

MAX_WIDTH = 300  # a long name is cut (the tooltip shows it) rather than pushing the other columns away


class ListPage(QWidget):
    """Records of one kind; subclasses say how to load them, how to show them, and what the buttons do."""

    change_kinds: ClassVar[frozenset[ChangeKind]] = frozenset()
    value_labels: ClassVar[tuple[tuple[str, type[StrEnum]], ...]] = ()

    loaded = Signal(object)  # the records now shown
    load_failed = Signal(object)

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.records: dict[int, Any] = {}
        self.pending_selection: int | None = None  # a record just saved: selected when the list next loads
        self._task: Task | None = None
        self._stale = True
        self._sized = False
        self._failed = False
        self.explanation_label = note_label()
        self.status_label = QLabel()
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RecordTableModel(dict(self.value_labels), self)
        self.table = QTableView()
        self._set_up_table()
        top = QHBoxLayout()
        top.addWidget(self.explanation_label, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.buttons_layout)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.update_buttons())
        context.changes.changed.connect(self._on_change)

    # What subclasses provide -----------------------------------------------------------------------------------

    def fetch(self) -> list[Any]:
        """The records (runs in the background; call services only)."""
        raise NotImplementedError

    def query(self) -> Callable[[], list[Any]]:
        """The call to run in the background; read any widgets here, on the GUI thread."""
        return self.fetch

    def to_table(self, records: list[Any]) -> RecordTable:
        """The records as rows (on the GUI thread); the record ids must be the records' ``id``."""
        raise NotImplementedError

    def open_selected(self) -> None:
        """What a double click does (usually: edit)."""

    def update_buttons(self) -> None:
        """Enable the buttons that fit the selection."""

    # Loading ---------------------------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """True while a load runs."""
        return self._task is not None

    def activate(self) -> None:
        """The page was shown: load it if it has not been, or is out of date."""
        if self._stale:
            self.refresh()

    def cancel_loading(self) -> None:
        """Drop a load still running."""
        if self._task is not None:
            self._task.cancel()

    def refresh(self) -> None:
        """Load the records again, keeping the selection on the same record."""
        self.cancel_loading()
        self._stale = False
        self._failed = False
        self.status_label.setText(self.tr("Loading…"))
        call = self.query()
        task = self.context.tasks.run(lambda _progress, _cancelled: call(), name=f"load {type(self).__name__}",
                                      on_result=self._on_loaded, on_error=self._on_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task

    def _on_loaded(self, records: list[Any]) -> None:
        self._task = None  # (a cancelled load never delivers: this answer is the current one)
        selected = self.pending_selection or self.selected_id()
        self.pending_selection = None
        self.records = {record.id: record for record in records}
        self.model.set_table(self.to_table(records))
        if not self._sized and records:
            self._sized = True
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column) + 8, MAX_WIDTH))
        if selected is not None:
            self.select_id(selected)
        self._show_count()
        self.update_buttons()
        self.loaded.emit(records)

    def _on_failed(self, error: BaseException) -> None:
        self._task = None
        self._stale = True
        self._failed = True
        self.status_label.setText(self.tr("The list could not be loaded."))
        self.context.errors.report(error, self.window())
        self.load_failed.emit(error)

    def _on_task_finished(self) -> None:
        if self.sender() is self._task:
            self._task = None

    def _on_change(self, change: Change) -> None:
        if change.kind in self.change_kinds:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _show_count(self) -> None:
        if not self.is_loading and not self._failed:
            self.status_label.setText(self.tr("{count} in the list").format(count=self.model.rowCount()))

    # Selection -------------------------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        """The id of the selected record."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def selected(self) -> Any | None:
        """The selected record (as last loaded)."""
        record_id = self.selected_id()
        return self.records.get(record_id) if record_id is not None else None

    def select_id(self, record_id: int) -> bool:
        """Select the row of ``record_id``; False when it is not in the list."""
        for row in range(self.model.rowCount()):
            if self.model.record_id(row) == record_id:
                self.table.selectRow(row)
                return True
        return False

    # Looks -----------------------------------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setStyleSheet(CELL_PADDING)
        table.horizontalHeader().setStyleSheet(HEADER_PADDING)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.9))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # (a stretched last column makes a needless horizontal scroll bar)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def retranslate_ui(self) -> None:
        """Set every text in the current language (subclasses extend it)."""
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
