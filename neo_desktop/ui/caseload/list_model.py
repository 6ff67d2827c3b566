"""A Qt model over the database's pages of a caseload list.

The model holds the rows loaded so far and the total the database counted. Sorting asks the database for a
new first page in the new order (``sort_wanted``); scrolling to the end asks for the next page
(``more_wanted``). Nothing is ever sorted or filtered here: a list of 100,000 young people stays in the
database, and only what is looked at travels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.services.caseload import CaseloadColumn, CaseloadPage, CaseloadRow, WarningKind

from ..labels import label
from .formatting import display_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS: tuple[CaseloadColumn, ...] = tuple(CaseloadColumn)
NUMERIC = frozenset({CaseloadColumn.AGE, CaseloadColumn.DAYS_SINCE_CONTACT, CaseloadColumn.OVERDUE_STEPS})
WARNING_TEXT = QColor("#a3261b")


def warnings_text(warnings: frozenset[WarningKind]) -> str:
    """The row's warnings as translated words, in a fixed order."""
    return ", ".join(label(kind) for kind in WarningKind if kind in warnings)


def cell_value(row: CaseloadRow, column: CaseloadColumn) -> Any:
    """The plain value of one cell."""
    return {
        CaseloadColumn.NAME: row.name, CaseloadColumn.IDENTITY_NUMBER: row.identity_number,
        CaseloadColumn.AGE: row.age, CaseloadColumn.STATUS: row.status, CaseloadColumn.PROJECT: row.project,
        CaseloadColumn.CASEWORKER: row.caseworker, CaseloadColumn.NEXT_FOLLOWUP: row.next_followup,
        CaseloadColumn.DAYS_SINCE_CONTACT: row.days_since_contact,
        CaseloadColumn.OVERDUE_STEPS: row.overdue_steps or None, CaseloadColumn.WARNINGS: row.warnings,
    }[column]


class CaseloadModel(QAbstractTableModel):
    """Rows of a caseload list, loaded a page at a time."""

    sort_wanted = Signal(object, bool)  # CaseloadColumn, descending
    more_wanted = Signal(int)  # the offset of the next page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self.total = 0
        self.loading_more = False
        self.sort_column = CaseloadColumn.NAME
        self.descending = False

    @property
    def rows(self) -> list[CaseloadRow]:
        """The rows loaded so far."""
        return self._rows

    def set_first_page(self, page: CaseloadPage) -> None:
        """Show a new list from its first page."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self.total = page.total if page.total is not None else len(page.rows)
        self.loading_more = False
        self.endResetModel()

    def append_page(self, page: CaseloadPage) -> None:
        """Add the next page (ignored when it does not follow on)."""
        self.loading_more = False
        if page.offset != len(self._rows) or not page.rows:
            return
        self.beginInsertRows(_ROOT, len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def row_id(self, row: int) -> int | None:
        """The participant id at ``row``."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # Qt's model interface -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self.loading_more and len(self._rows) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self.loading_more = True
            self.more_wanted.emit(len(self._rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == RECORD_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = cell_value(row, column)
            if column is CaseloadColumn.WARNINGS:
                return warnings_text(value)
            return display_text(value, ParticipantStatus if column is CaseloadColumn.STATUS else None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                column is CaseloadColumn.WARNINGS or (column is CaseloadColumn.OVERDUE_STEPS and row.overdue_steps)):
            return WARNING_TEXT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.column_title(COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if COLUMNS[section] in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_title(self, column: CaseloadColumn) -> str:
        """A column's title in the current language."""
        return {
            CaseloadColumn.NAME: self.tr("Name"), CaseloadColumn.IDENTITY_NUMBER: self.tr("Identity number"),
            CaseloadColumn.AGE: self.tr("Age"), CaseloadColumn.STATUS: self.tr("Status"),
            CaseloadColumn.PROJECT: self.tr("Project"), CaseloadColumn.CASEWORKER: self.tr("Caseworker"),
            CaseloadColumn.NEXT_FOLLOWUP: self.tr("Next follow-up"),
            CaseloadColumn.DAYS_SINCE_CONTACT: self.tr("Days since contact"),
            CaseloadColumn.OVERDUE_STEPS: self.tr("Overdue steps"), CaseloadColumn.WARNINGS: self.tr("Warnings"),
        }[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the list in this order (a cleared indicator means the usual order: by name)."""
        if 0 <= column < len(COLUMNS):
            self.sort_column, self.descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        else:
            self.sort_column, self.descending = CaseloadColumn.NAME, False
        self.sort_wanted.emit(self.sort_column, self.descending)

    def retranslate(self) -> None:
        """Redraw headers and cells after a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
