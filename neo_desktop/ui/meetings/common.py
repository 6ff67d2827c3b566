"""What the meetings widgets share: running one service call in the background, times, small tables and combos."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..context import UiContext
from ..labels import label
from ..tasks import Task

RECORD = Qt.ItemDataRole.UserRole + 1


def run(context: UiContext, parent: QWidget, call: Callable[[], Any], on_result: Callable[[Any], None], *,
        name: str = "meetings") -> Task:
    """Run ``call`` off the GUI thread; its answer goes to ``on_result``, an error to the error dialogs."""
    return context.tasks.run(lambda _progress, _cancelled: call(), name=name, on_result=on_result,
                             on_error=lambda error: context.errors.report(error, parent.window()))


def to_qdatetime(moment: datetime) -> QDateTime:
    """A UTC (or naive UTC) moment as a local QDateTime."""
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return QDateTime.fromSecsSinceEpoch(int(utc.timestamp())).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime as an aware UTC datetime, to the minute."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC).replace(second=0, microsecond=0)


def to_qdate(day: date) -> QDate:
    """A date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a date."""
    return date(value.year(), value.month(), value.day())


def moment_text(moment: datetime | None) -> str:
    """A moment in local time, the locale's short format."""
    if moment is None:
        return ""
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def day_text(day: date | None) -> str:
    """A date in the locale's short format."""
    return "" if day is None else QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def time_text(moment: datetime) -> str:
    """Hours and minutes of a moment in local time."""
    return to_qdatetime(moment).time().toString("HH:mm")


def make_table(columns: int) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time."""
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]], ids: Sequence[int]) -> None:
    """Show plain values (enum values as labels, numbers on the right), each row carrying its record id."""
    selected = selected_id(table)
    table.setRowCount(len(rows))
    for row, (values, record_id) in enumerate(zip(rows, ids, strict=True)):
        for column, value in enumerate(values):
            text = label(value) if isinstance(value, StrEnum) else "" if value is None else str(value)
            item = QTableWidgetItem(text)
            item.setData(RECORD, record_id)
            if isinstance(value, int) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    if selected is not None and selected in ids:
        table.selectRow(list(ids).index(selected))


def selected_id(table: QTableWidget) -> int | None:
    """The record id of the selected row."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(RECORD) if item is not None else None


def fill_combo(combo: QComboBox, choices: Iterable[tuple[str, Any]], *, keep: bool = True) -> None:
    """Replace a combo's entries (text, data), keeping the chosen data when it is still there."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for text, data in choices:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(0, index) if combo.count() else -1)
    combo.blockSignals(False)


def enum_combo(enum: type[StrEnum]) -> QComboBox:
    """A combo of an enum's values, labelled in the current language (Qt hands the values back as plain text:
    read them with :func:`enum_value`)."""
    combo = QComboBox()
    fill_combo(combo, ((label(member), member.value) for member in enum), keep=False)
    combo.setProperty("enum", enum.__name__)
    return combo


def enum_value(combo: QComboBox, enum: type[StrEnum]) -> Any:
    """The enum member chosen in an enum combo."""
    return enum(combo.currentData())


def relabel_enum_combo(combo: QComboBox, enum: type[StrEnum]) -> None:
    """Set the labels of an enum combo again (after a change of language)."""
    for index in range(combo.count()):
        combo.setItemText(index, label(combo.itemData(index), enum))


def select_data(combo: QComboBox, data: Any) -> None:
    """Choose the entry whose data is ``data`` (the first when there is none)."""
    index = combo.findData(data.value if isinstance(data, StrEnum) else data)
    combo.setCurrentIndex(index if index >= 0 else 0)
