"""Small input widgets the administration forms share: dates that may be empty, and editable row tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

NO_DATE = QDate(2000, 1, 1)  # the lowest date a field accepts; shown as the "no date" text


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def date_edit(value: date | None = None, *, optional: bool = False) -> QDateEdit:
    """A date field with a calendar; an ``optional`` one shows its lowest date as "no date"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(2099, 12, 31))
    if optional:
        edit.setSpecialValueText(" ")  # replaced by a translated text in the form
    edit.setDate(to_qdate(value) if value else (NO_DATE if optional else QDate.currentDate()))
    return edit


def date_value(edit: QDateEdit) -> date | None:
    """The field's date; None for an optional field left at "no date"."""
    if edit.specialValueText() and edit.date() == NO_DATE:
        return None
    return edit.date().toPython()  # type: ignore[no-any-return]


class RowsEditor(QWidget):
    """A table whose rows are rows of input widgets, with Add and Remove buttons below it."""

    def __init__(self, headers: Callable[[], list[str]], make_row: Callable[[], list[QWidget]],
                 parent: QWidget | None = None, *, widths: Sequence[int | None] = ()) -> None:
        super().__init__(parent)
        self._headers = headers
        self._make_row = make_row
        self.table = QTableWidget(0, len(headers()))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths):  # a fixed width where given, the rest share what is left
            if width is not None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.2))
        self.table.setMinimumHeight(int(self.fontMetrics().height() * 9))
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def add_row(self, widgets: list[QWidget] | None = None, *, select: bool = True) -> int:
        """Append a row (new input widgets unless given); returns its index and, unless told not to, selects it."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, widget in enumerate(widgets or self._make_row()):
            self.table.setCellWidget(row, column, widget)
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # show a long text from its start
        if select:
            self.table.selectRow(row)
        return row

    def remove_selected(self) -> int | None:
        """Remove the selected row; returns which one it was."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        self.table.removeRow(row)
        return row

    def widget(self, row: int, column: int) -> QWidget:
        """The input in a cell."""
        return self.table.cellWidget(row, column)

    def row_count(self) -> int:
        """How many rows there are."""
        return self.table.rowCount()

    def clear(self) -> None:
        """Remove every row."""
        self.table.setRowCount(0)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.table.setHorizontalHeaderLabels(self._headers())
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
