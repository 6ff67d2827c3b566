"""The journal tab: the timeline newest first, filtered by kind or words within the loaded entries (the model
filters its own rows; a timeline has at most a few thousand), and the full text of the entry selected."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.participant import JournalKind, ParticipantStatus
from neo_desktop.services.journal import JournalView, Timeline

from ..caseload.formatting import display_text
from ..labels import label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class TimelineModel(QAbstractTableModel):
    """The journal entries shown, filtered by kind and words."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: tuple[JournalView, ...] = ()
        self._shown: list[JournalView] = []
        self._kind: JournalKind | None = None
        self._words = ""

    def set_timeline(self, timeline: Timeline) -> None:
        """Show ``timeline`` (keeping the filters)."""
        self._entries = timeline.entries
        self._refilter()

    def set_filter(self, kind: JournalKind | None, words: str) -> None:
        """Show only entries of ``kind`` (None: all) containing ``words``."""
        self._kind, self._words = kind, words.strip().casefold()
        self._refilter()

    def entry(self, row: int) -> JournalView | None:
        """The entry shown at ``row``."""
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _refilter(self) -> None:
        self.beginResetModel()
        def wanted(entry: JournalView) -> bool:
            words = f"{entry.subject or ''} {entry.body or ''} {entry.author}".casefold()
            return (self._kind is None or entry.kind is self._kind) and (not self._words or self._words in words)

        self._shown = [entry for entry in self._entries if wanted(entry)]
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (display_text(entry.occurred_at.astimezone()), kind_text(entry), entry.author,
                    summary(entry))[index.column()]
        if role == Qt.ItemDataRole.FontRole and entry.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("What"), self.tr("By"), self.tr("Text"))[section]
        return None


def kind_text(entry: JournalView) -> str:
    """The kind of entry, with the contact's channel or the new status."""
    text = label(entry.kind)
    if entry.channel is not None:
        text = f"{text}: {label(entry.channel)}"
    elif entry.kind is JournalKind.STATUS_CHANGE and entry.subject in set(ParticipantStatus):
        text = f"{text}: {label(ParticipantStatus(entry.subject))}"
    return text


def summary(entry: JournalView) -> str:
    """One line of the entry's text."""
    if entry.hidden:
        return QCoreApplication.translate("TimelineModel", "Sensitive note: only the organisation that owns the "
                                                           "record may read it")
    if entry.kind is JournalKind.STATUS_CHANGE and entry.subject in set(ParticipantStatus):
        return " ".join((entry.body or "").split())
    words = " – ".join(part for part in (entry.subject, " ".join((entry.body or "").split())) if part)
    return words[:300]


class JournalPanel(QWidget):
    """The timeline with its filters and the entry's full text."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self._sized = False  # columns are sized to the first timeline; later loads keep the user's widths
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("", None)
        for kind in JournalKind:
            self.kind_filter.addItem(label(kind), kind.value)
        self.word_filter = QLineEdit()
        self.word_filter.setClearButtonEnabled(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.count_label = QLabel()
        tools = QHBoxLayout()
        tools.addWidget(self.kind_filter)
        tools.addWidget(self.word_filter, 1)
        tools.addWidget(self.count_label)
        tools.addWidget(self.add_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.word_filter.textChanged.connect(lambda _t: self._filter())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        self.retranslate_ui()

    def set_timeline(self, timeline: Timeline) -> None:
        """Show a freshly loaded timeline."""
        self.model.set_timeline(timeline)
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._sized = True
        self._update_count()
        self._show(0 if self.model.rowCount() else -1)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _filter(self) -> None:
        data = self.kind_filter.currentData()
        self.model.set_filter(JournalKind(data) if data else None, self.word_filter.text())
        self._update_count()
        self._show(0 if self.model.rowCount() else -1)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} entries").format(count=self.model.rowCount()))

    def _show(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            self.detail.clear()
            return
        heading = f"<b>{kind_text(entry)}</b> · {display_text(entry.occurred_at.astimezone())} · {entry.author}"
        if entry.sensitive and not entry.hidden:
            heading += " · <span style='color:#8a3b00'>" + self.tr("Sensitive") + "</span>"
        body = summary(entry) if entry.hidden else (entry.body or "")
        subject = "" if entry.hidden or entry.kind is JournalKind.STATUS_CHANGE else (entry.subject or "")
        self.detail.setHtml(f"<p>{heading}</p>" + (f"<p><b>{html.escape(subject)}</b></p>" if subject else "")
                            + f"<p style='white-space:pre-wrap'>{html.escape(body)}</p>")

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for row in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(row, label(JournalKind(self.kind_filter.itemData(row))))
        self.word_filter.setPlaceholderText(self.tr("Find in the journal"))
        self.add_button.setText(self.tr("Add &note… (Ctrl+N)"))
        self._update_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TimelineModel.COLUMNS - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
