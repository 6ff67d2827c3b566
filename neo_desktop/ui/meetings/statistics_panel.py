"""The statistics as they would leave the program: each table suppressed, hidden cells shaded and marked.

Row and column labels come from the reports' catalogue (the same words the meeting pack prints) in the program's
language; the counts come already suppressed from the statistics service, so nothing small is ever on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from neo_desktop.reports.suppression import PublishedTable
from neo_desktop.reports.texts import text
from neo_desktop.services.statistics import ProjectStatistics

from ..context import UiContext
from .common import fill_combo, make_table

HIDDEN = QColor("#fdf1c7")


class StatisticsPanel(QWidget):
    """A choice of table, the table, and what suppression means."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.statistics: ProjectStatistics | None = None
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _index: self._show_table())
        self.table: QTableWidget = make_table(6)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        context.languages.language_changed.connect(self._language_changed)

    @property
    def language(self) -> str:
        """The program's language, for the catalogue's words."""
        return self.context.languages.language

    def show_statistics(self, statistics: ProjectStatistics) -> None:
        """Show a project's (suppressed) statistics."""
        self.statistics = statistics
        fill_combo(self.choice, [(text(t.key, self.language), t.key) for t in statistics.tables])
        self._show_table()

    def current(self) -> PublishedTable | None:
        """The table chosen."""
        if self.statistics is None or self.choice.currentData() is None:
            return None
        return self.statistics.table(self.choice.currentData())

    def _show_table(self) -> None:
        table, statistics = self.current(), self.statistics
        if table is None or statistics is None:
            return
        lang = self.language
        columns = [text(label, lang) for label in table.column_labels]
        if table.shares is not None:
            columns.append(text("pack.col.share_short", lang))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(table.rows))
        self.table.setVerticalHeaderLabels([text(label, lang) for label in table.row_labels])
        self.table.verticalHeader().show()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, cells in enumerate(table.rows):
            values = [cell.text for cell in cells]
            if table.shares is not None:
                share = table.shares[row]
                values.append("–" if share is None else f"{share:.0%}".replace("%", " %"))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column < len(cells) and cells[column].hidden:
                    item.setBackground(HIDDEN)
                    item.setToolTip(self.tr("Hidden: a small count, or a count that would give one away"))
                if row in table.total_rows:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        for column in range(len(columns)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        project = statistics.project
        if statistics.suppression_applied:
            note = text("pack.suppression_note", lang, ordinary=project.suppression_threshold,
                        sensitive=project.sensitive_suppression_threshold)
        else:
            note = text("pack.no_suppression", lang)
        self.note.setText(note)

    def _language_changed(self, _language: str) -> None:
        # The catalogue's words follow the switcher's language, which is set after Qt's LanguageChange events.
        if self.statistics is not None:
            self.show_statistics(self.statistics)
