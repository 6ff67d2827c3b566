"""What the employer area's widgets share: a dialog whose OK runs one service call, small tables, and the
matchmaking reasons in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError, NeoError
from neo_desktop.domain.matching import REASONS_CONTEXT, Reason

from ..context import UiContext
from ..labels import label, yes_no
from ..plans.fields import MessagePanel
from ..plans.wording import error_text, short_date

RECORD_ID = Qt.ItemDataRole.UserRole + 1
MET_COLOUR, UNMET_COLOUR, INFO_COLOUR = QColor("#1d6b35"), QColor("#a1271b"), QColor("#3d4d5c")


def cell_text(value: Any) -> str:
    """A value as a table shows it: dates in the locale, enum values as labels, numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def reason_text(reason: Reason) -> str:
    """A matchmaking reason in the current language, with its ✓ or ✗."""
    values = {key: label(value) if isinstance(value, StrEnum) else cell_text(value)
              for key, value in reason.params}
    try:
        sentence = QCoreApplication.translate(REASONS_CONTEXT, reason.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English one
        sentence = reason.template.format(**values)
    return f"{sentence} {reason.mark}" if reason.mark else sentence


def reason_colour(reason: Reason) -> QColor:
    """Green for ✓, red for ✗, grey-blue for information."""
    return MET_COLOUR if reason.met is True else UNMET_COLOUR if reason.met is False else INFO_COLOUR


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
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]], ids: Sequence[int]) -> None:
    """Show ``rows`` (plain values) in ``table``, each row carrying its record id."""
    table.setRowCount(len(rows))
    for row, (values, record_id) in enumerate(zip(rows, ids, strict=True)):
        for column, value in enumerate(values):
            item = QTableWidgetItem(cell_text(value))
            item.setData(RECORD_ID, record_id)
            if isinstance(value, int | float) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


def selected_id(table: QTableWidget) -> int | None:
    """The record id of the selected row."""
    items = table.selectedItems()
    return items[0].data(RECORD_ID) if items else None


def set_headers(table: QTableWidget, titles: Sequence[str]) -> None:
    """Set the column titles (already translated)."""
    table.setHorizontalHeaderLabels(list(titles))


class ServiceDialog(QDialog):
    """A form whose OK runs one service call in the background; a refusal shows inside, the input stays."""

    done = Signal(object)  # what the call returned
    outdated = Signal()  # someone else changed the record: the caller should load it again

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.message = MessagePanel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_row(self, field: QWidget) -> QLabel:
        """Add a field with a label (its text set in retranslate_ui) and return the label."""
        row_label = QLabel()
        row_label.setBuddy(field)
        self.form.addRow(row_label, field)
        return row_label

    def call(self) -> Callable[[], Any]:
        """The service call, built from the form on the GUI thread (may raise a NeoError for bad input)."""
        raise NotImplementedError

    def run(self) -> None:
        """Run the call; close on success, or show the refusal."""
        if self.busy:
            return
        try:
            work = self.call()
        except NeoError as error:
            self.message.show_message("error", error_text(error))
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.context.tasks.run(lambda _progress, _cancelled: work(), name=type(self).__name__,
                               on_result=self._succeeded, on_error=self._failed)

    def _succeeded(self, result: object) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.done.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if not isinstance(error, NeoError):
            self.context.errors.report(error, self)
            return
        conflict = isinstance(error, ConflictError)
        self.message.show_message("notice" if conflict else "error", error_text(error),
                                  hint=self.tr("Close this window and open the record again to see the other "
                                               "changes.") if conflict else None)
        if conflict:
            self.outdated.emit()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
