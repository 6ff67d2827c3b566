"""A thin Qt model over a :class:`RecordTable`: formatting, translated headers, and sorting in its own data."""

from __future__ import annotations

import functools
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from neo_desktop.services.tables import COLUMNS_CONTEXT, RecordTable

from ..labels import label, yes_no

Index = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_ROOT = QModelIndex()


def display_text(value: Any, enum: type[StrEnum] | None = None) -> str:
    """A cell value as the user reads it: dates and numbers in the locale, enum values as labels."""
    locale = QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        return locale.toString(moment, QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    if enum is not None or isinstance(value, StrEnum):
        return label(value, enum)
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """Shows a RecordTable; ``value_labels`` names the enum behind a column of enum values."""

    def __init__(self, value_labels: dict[str, type[StrEnum]] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = RecordTable((), ())
        self._order: list[int] = []
        self._value_labels = dict(value_labels or {})
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    @property
    def table(self) -> RecordTable:
        """The table shown."""
        return self._table

    def set_table(self, table: RecordTable) -> None:
        """Show ``table`` (keeping the current sort)."""
        self.beginResetModel()
        self._table = table
        self._order = list(range(len(table.rows)))
        if 0 <= self._sort_column < len(table.columns):
            self._order = self._sorted_order(self._sort_column, self._sort_order)
        self.endResetModel()

    def record_id(self, row: int) -> int | None:
        """The record id of the row shown at ``row``, if the table has ids."""
        if not 0 <= row < len(self._order) or not self._table.record_ids:
            return None
        return self._table.record_ids[self._order[row]]

    def value(self, row: int, column: int) -> Any:
        """The plain value shown at ``row``, ``column``."""
        return self._table.rows[self._order[row]][column]

    def retranslate(self) -> None:
        """Redraw headers and labels after a language change."""
        if self._table.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._table.columns) - 1)
        if self._order:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, len(self._table.columns) - 1))

    # Qt's model interface -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._order) or index.column() >= len(self._table.columns):
            return None
        value = self.value(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(value, self._value_labels.get(self._table.columns[index.column()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ID_ROLE:
            return self.record_id(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._table.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(COLUMNS_CONTEXT, self._table.columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # A column of numbers is right-aligned, its title too, so they stand together.
            horizontal = Qt.AlignmentFlag.AlignRight if self.is_numeric(section) else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def is_numeric(self, column: int) -> bool:
        """True when the column's values are numbers."""
        values = [row[column] for row in self._table.rows if row[column] is not None]
        return bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (empty values last), keeping selections on their records."""
        self._sort_column, self._sort_order = column, order
        if not 0 <= column < len(self._table.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        persistent = self.persistentIndexList()
        self._order = self._sorted_order(column, order)
        new_positions = {source: row for row, source in enumerate(self._order)}
        moved = [self.index(new_positions[old_order[index.row()]], index.column()) for index in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows = self._table.rows
        enum = self._value_labels.get(self._table.columns[column])
        filled = [i for i in range(len(rows)) if rows[i][column] not in (None, "")]
        empty = [i for i in range(len(rows)) if rows[i][column] in (None, "")]
        descending = order == Qt.SortOrder.DescendingOrder
        if all(isinstance(rows[i][column], str) for i in filled):
            collator = QCollator(QLocale())
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            collator.setNumericMode(True)
            texts = {i: display_text(rows[i][column], enum) for i in filled}
            key = functools.cmp_to_key(lambda a, b: collator.compare(texts[a], texts[b]))
            filled.sort(key=key, reverse=descending)
        else:
            try:
                filled.sort(key=lambda i: rows[i][column], reverse=descending)
            except TypeError:  # mixed kinds of value: fall back to their text
                filled.sort(key=lambda i: str(rows[i][column]), reverse=descending)
        return filled + empty
