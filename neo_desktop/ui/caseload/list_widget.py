"""A list of young people: filters, the table over the database's pages, and the bulk actions.

Enter (or a double click) opens the record; Ctrl+N writes a note for the selected young person; several rows
can be selected to hand them over to another caseworker. "Export to Excel" writes the whole list as filtered
and sorted, not only the rows loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.services.caseload import CaseloadPage, CaseloadQuery, CaseloadScope, FilterChoices, WarningKind

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..labels import label
from ..participants.calls import ParticipantServices, run_call
from ..tasks import Task
from .filter_bar import FilterBar
from .list_model import COLUMNS, CaseloadModel

if TYPE_CHECKING:
    from .reassign_dialog import ReassignDialog

CELL_PADDING = "QTableView::item { padding-left: 6px; padding-right: 6px; }"
FIRST_PAGE = 100
WARNINGS_ROOM = 200  # what the sizing leaves for the warnings column (about two warnings' worth)
MIN_TITLE_WIDTH = 70  # a shortened title still shows its first word or so
NEXT_PAGE = 500


class ParticipantList(QWidget):
    """Young people in a scope, filtered, searched and sorted by the database."""

    open_requested = Signal(int)  # a participant id
    loaded = Signal(object)  # the first page shown

    def __init__(self, services: ParticipantServices, context: UiContext, *,
                 fixed_scope: CaseloadScope | None = None, status_filter: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.choices = FilterChoices((), (), ())
        self._generation = 0
        self._query = CaseloadQuery()
        self.is_loading = False
        self._task: Task | None = None
        self._sized = False  # columns fit the first rows; later loads keep the user's widths
        self.filters = FilterBar(fixed_scope=fixed_scope, status_filter=status_filter)
        self.model = CaseloadModel(self)
        self.table = QTableView()
        self._set_up_table()
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.open_button, self.note_button = QPushButton(), QPushButton()
        self.reassign_button, self.export_button = QPushButton(), QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for button in (self.open_button, self.note_button, self.reassign_button, self.export_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.note_action = QAction(self)
        self.note_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_action.triggered.connect(lambda _checked=False: self.add_note())
        self.addAction(self.note_action)
        self.filters.changed.connect(self.refresh)
        self.model.sort_wanted.connect(lambda _column, _descending: self.refresh())
        self.model.more_wanted.connect(self._load_more)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        self.note_button.clicked.connect(self.add_note)
        self.reassign_button.clicked.connect(self.reassign)
        self.export_button.clicked.connect(self.export)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        context.changes.changed.connect(self._on_change)
        self.setTabOrder(self.filters.search, self.table)
        self.retranslate_ui()
        self._update_buttons()

    # ------------------------------------------------------------------------------------------ loading

    def load_choices(self) -> None:
        """Fill the filters' lists (once; they change rarely)."""
        run_call(self.context, self.services.caseload.filter_choices, parent=self, name="caseload filters",
                 on_result=self._on_choices)

    def _on_choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        self.filters.blockSignals(True)
        self.filters.set_choices(choices)
        self.filters.blockSignals(False)

    def current_query(self) -> CaseloadQuery:
        """The filters and the sort as one query."""
        query = self.filters.query()
        return CaseloadQuery(query.scope, query.search, query.statuses, query.project_id, query.caseworker_id,
                             query.warning, self.model.sort_column, self.model.descending)

    def refresh(self) -> None:
        """Ask the database for the first page; an answer to an older question is dropped."""
        self._generation += 1
        generation = self._generation
        query = self.current_query()
        self._query = query
        self.is_loading = True
        self.count_label.setText(self.tr("Loading…"))
        self._task = run_call(self.context, lambda: self.services.caseload.page(query, limit=FIRST_PAGE),
                              parent=self, name="caseload page",
                              on_result=lambda page: self._on_first_page(generation, page))

    def cancel_loading(self) -> None:
        """Drop the answer of a load still running (the window is closing)."""
        if self._task is not None and shiboken6.isValid(self._task):
            self._task.cancel()
        self.is_loading = False

    def _on_first_page(self, generation: int, page: CaseloadPage) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        self.model.set_first_page(page)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMNS.index(self.model.sort_column),
                                Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        if not self._sized and page.rows and self.table.isVisible():
            self._size_columns()  # (a list loaded behind another tab is sized when it is first shown)
            self._sized = True
        self._show_count()
        self._update_buttons()
        self.loaded.emit(page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized and self.model.rowCount():
            self._size_columns()
            self._sized = True

    def _size_columns(self) -> None:
        """Each column wide enough for its values and its whole title; only when that leaves the warnings column
        (last) too little room are long titles shortened (their tooltip is whole), widest first."""
        header = self.table.horizontalHeader()
        # The style's own size for a title keeps room for a sort arrow in every column; only one has it.
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 4
        wanted: list[tuple[int, int]] = []  # (width for the values, width for the title)
        for column in range(len(COLUMNS) - 1):
            values = min(self.table.sizeHintForColumn(column) + 8, 280)
            title = header.fontMetrics().horizontalAdvance(self.model.column_title(COLUMNS[column])) + margin
            wanted.append((values, title + (arrow if column == header.sortIndicatorSection() else 0)))
        widths = [max(values, title) for values, title in wanted]
        room = self.table.viewport().width() - WARNINGS_ROOM
        for column in sorted(range(len(widths)), key=lambda c: wanted[c][1] - wanted[c][0], reverse=True):
            excess = sum(widths) - room
            if excess <= 0:
                break
            values, _title = wanted[column]
            widths[column] = max(values, widths[column] - excess, MIN_TITLE_WIDTH)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _load_more(self, offset: int) -> None:
        generation, query = self._generation, self._query
        run_call(self.context, lambda: self.services.caseload.page(query, offset=offset, limit=NEXT_PAGE),
                 parent=self, name="caseload more", on_result=lambda page: self._on_more(generation, page))

    def _on_more(self, generation: int, page: CaseloadPage) -> None:
        if generation == self._generation:
            self.model.append_page(page)
            self._show_count()

    def _show_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        text = self.tr("In the list: {total}").format(total=_number(total))
        if shown < total:
            text += " " + self.tr("({shown} loaded; scroll for more)").format(shown=_number(shown))
        self.count_label.setText(text)

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.PARTICIPANT, ChangeKind.PLAN, ChangeKind.STAFF) and self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------------------------------ actions

    def selected_ids(self) -> list[int]:
        """The participant ids of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [pid for pid in (self.model.row_id(row) for row in rows) if pid is not None]

    def _open(self, row: int) -> None:
        participant_id = self.model.row_id(row)
        if participant_id is not None:
            self.open_requested.emit(participant_id)

    def add_note(self) -> QWidget | None:
        """Write a note for the current young person without opening the record (Ctrl+N)."""
        row = self.table.currentIndex().row()
        participant_id = self.model.row_id(row)
        if participant_id is None:
            return None
        from ..participants.notes import open_note_dialog  # (dialogs are loaded when first opened)

        return open_note_dialog(self.services, self.context, participant_id, self.model.rows[row].name, self)

    def reassign(self) -> ReassignDialog | None:
        """Hand the selected young people over to another caseworker, with a reason."""
        ids = self.selected_ids()
        if not ids:
            return None
        from .reassign_dialog import ReassignDialog

        dialog = ReassignDialog(len(ids), self.choices.caseworkers, self)

        def submit() -> None:
            caseworker, reason = dialog.caseworker.currentData(), dialog.reason.toPlainText()

            def done(count: int) -> None:
                dialog.accept()
                self.context.changes.announce(ChangeKind.PARTICIPANT, ids, initiator=self)
                self.count_label.setText(self.tr("{count} young people handed over.").format(count=count))

            run_call(self.context, lambda: self.services.caseload.reassign(ids, caseworker, reason), parent=dialog,
                     name="reassign", on_result=done, on_refused=dialog.show_error)

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def export(self, path: str | None = None) -> None:
        """Write the whole list, as filtered and sorted, to an Excel workbook (each person's export is logged)."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the list"),
                                                        str(Path.home() / self.tr("young-people.xlsx")),
                                                        self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        query = self._query
        columns = [self.model.column_title(column) for column in COLUMNS]
        labels = {**{s.value: label(s) for s in ParticipantStatus}, **{w.value: label(w) for w in WarningKind}}
        title = self.tr("Young people")
        run_call(self.context, lambda: self.services.caseload.export(query, path, columns=columns, labels=labels,
                                                                     title=title),
                 parent=self, name="export list", progress_title=self.tr("Exporting the list…"),
                 on_result=lambda count: self.count_label.setText(
                     self.tr("{count} rows exported to {file}.").format(count=_number(count), file=Path(path).name)))

    def _update_buttons(self) -> None:
        selected = len(self.selected_ids())
        self.open_button.setEnabled(selected == 1)
        self.note_button.setEnabled(selected == 1)
        self.reassign_button.setEnabled(selected >= 1)
        self.export_button.setEnabled(self.model.total > 0)

    # ------------------------------------------------------------------------------------------- looks

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setStyleSheet(CELL_PADDING)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.9))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a shortened title ends in "…", not mid-letter
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.open_button.setText(self.tr("&Open"))
        self.note_button.setText(self.tr("Add &note…"))
        self.note_button.setToolTip(self.tr("Write in the journal of the selected young person (Ctrl+N)"))
        self.reassign_button.setText(self.tr("Hand &over…"))
        self.reassign_button.setToolTip(self.tr("Give the selected young people another caseworker"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self.model.retranslate()
        if not self.is_loading and self.model.total:
            self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _number(value: int) -> str:
    """A count in the user's locale (1.234 in Danish, 1 234 in Swedish)."""
    return QLocale().toString(value)
