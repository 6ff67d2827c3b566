"""The reusable list view: a title, a line of explanation, and a table loaded in the background."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.app import Services
from neo_desktop.services.permissions import Area
from neo_desktop.services.tables import RecordTable

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..tasks import Task
from .table_model import RecordTableModel

MAX_COLUMN_WIDTH = 360
# Room on both sides of a cell, so a right-aligned number never touches the next column's text.
CELL_PADDING = "QTableView::item { padding-left: 6px; padding-right: 6px; }"
HEADER_PADDING = "QHeaderView::section { padding-left: 6px; padding-right: 6px; }"


class RecordTableView(QWidget):
    """A list of records; subclasses say what to load (``query``) and which changes concern them."""

    area: ClassVar[Area]
    change_kinds: ClassVar[frozenset[ChangeKind]] = frozenset()
    value_labels: ClassVar[tuple[tuple[str, type[StrEnum]], ...]] = ()  # (column title, enum) pairs

    loaded = Signal(object)  # the RecordTable now shown
    load_failed = Signal(object)  # the exception

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self._stale = True
        self._task: Task | None = None
        self._state = "idle"  # idle, loading, loaded, failed
        self._sized_for: tuple[str, ...] = ()

        self.title_label = QLabel()
        self.title_label.setObjectName("viewTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_label = QLabel()
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        refresh_button = QToolButton()
        refresh_button.setDefaultAction(self.refresh_action)
        refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        refresh_button.setAutoRaise(True)
        refresh_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F5 does it; Tab goes from the filters to the list

        self.model = RecordTableModel(dict(self.value_labels), self)
        self.table = QTableView()
        self._set_up_table()

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.status_label)
        header.addSpacing(8)
        header.addWidget(refresh_button)
        self.tools_layout = QHBoxLayout()  # subclasses put their filters here
        self.tools_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.explanation_label)
        layout.addLayout(self.tools_layout)
        layout.addWidget(self.table, 1)

        context.changes.changed.connect(self._on_change)
        self.retranslate_ui()

    # What subclasses provide -----------------------------------------------------------------------------------

    def title(self) -> str:
        """The view's title, translated."""
        raise NotImplementedError

    def explanation(self) -> str:
        """One short line on what the list shows, translated."""
        raise NotImplementedError

    def query(self) -> Callable[[], RecordTable]:
        """The service call to run in the background (read the widgets here, on the GUI thread)."""
        raise NotImplementedError

    # Loading ----------------------------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """True while a load runs."""
        return self._task is not None

    def cancel_loading(self) -> None:
        """Drop a load still running (its answer will not be shown)."""
        if self._task is not None:
            self._task.cancel()

    def activate(self) -> None:
        """The view was brought to the front: load it if it has not been or is out of date."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Load the list again (a load still running is cancelled and its answer dropped)."""
        self.cancel_loading()
        self._stale = False
        self._state = "loading"
        self._show_status()
        call = self.query()
        task = self.context.tasks.run(lambda _progress, _cancelled: call(), name=f"load {self.area.value}",
                                      on_result=self._on_loaded, on_error=self._on_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task

    def _on_loaded(self, table: RecordTable) -> None:
        self.model.set_table(table)
        self._state = "loaded"
        self._show_status()
        if table.columns != self._sized_for:  # size the columns once; later loads keep the user's widths
            self._sized_for = table.columns
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column) + 16, MAX_COLUMN_WIDTH))
        self.loaded.emit(table)

    def _on_failed(self, error: BaseException) -> None:
        self._state = "failed"
        self._stale = True  # try again when the view is next shown
        self._show_status()
        self.context.errors.report(error, self.window())
        self.load_failed.emit(error)

    def _on_task_finished(self) -> None:
        if self.sender() is self._task:
            self._task = None

    def _on_change(self, change: Change) -> None:
        if change.kind not in self.change_kinds:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    # Looks and language -----------------------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        table.setStyleSheet(CELL_PADDING)
        table.horizontalHeader().setStyleSheet(HEADER_PADDING)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.9))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # a stretched last column pushes its numbers far from its title
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)  # a third click returns to the service's own order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def _show_status(self) -> None:
        if self._state == "loading":
            text = self.tr("Loading…")
        elif self._state == "failed":
            text = self.tr("The list could not be loaded.")
        elif self._state == "loaded":
            text = self.tr("{count} in the list").format(count=self.model.rowCount())
        else:
            text = ""
        self.status_label.setText(text)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title_label.setText(self.title())
        self.explanation_label.setText(self.explanation())
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Load the list again (F5)"))
        self._show_status()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
