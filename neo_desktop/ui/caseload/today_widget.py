"""Today: the caseworker's start page, one section per kind of thing to do; Enter on a line opens the record."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from neo_desktop.domain.participant import ExitOutcome
from neo_desktop.services.today import TodayKind, TodayLine, TodayPage

from ..labels import label
from .formatting import display_text

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


class TodayWidget(QWidget):
    """The sections of the start page."""

    open_requested = Signal(int)  # a participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: TodayPage | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        self.retranslate_ui()

    def set_page(self, page: TodayPage) -> None:
        """Show the start page."""
        self.page = page
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in TodayKind:
            lines = page.of_kind(kind)
            if not lines:
                continue
            section = QTreeWidgetItem([f"{self.section_title(kind)} ({len(lines)})"])
            section.setFont(0, bold)
            section.setFirstColumnSpanned(True)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(section)
            for line in lines:
                item = QTreeWidgetItem([line.participant_name or "—", self._when(line), self._what(line)])
                item.setData(0, PARTICIPANT_ROLE, line.participant_id)
                item.setData(0, KIND_ROLE, kind.value)
                if line.participant_id is None:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                section.addChild(item)
            section.setExpanded(True)
            section.setFirstColumnSpanned(True)
        count = len(page.lines)
        self.summary.setText(self.tr("Nothing needs doing today.") if not count else self.tr(
            "{count} things for {date}. Press Enter or double-click a line to open the record.").format(
                count=count, date=display_text(page.today)))
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))

    def section_title(self, kind: TodayKind) -> str:
        """A section's title in the current language."""
        return {
            TodayKind.FOLLOWUP: self.tr("Follow-ups due today or overdue"),
            TodayKind.SIX_MONTH_FOLLOWUP: self.tr("Six-month follow-ups after leaving"),
            TodayKind.PLAN_REVIEW: self.tr("Plan reviews due"),
            TodayKind.STEP_OVERDUE: self.tr("Plan steps overdue"),
            TodayKind.NO_CONTACT: self.tr("No contact for a long time"),
            TodayKind.MEETING: self.tr("Meetings in the coming week"),
            TodayKind.PLACEMENT_STARTS: self.tr("Placements starting this week"),
            TodayKind.PLACEMENT_ENDS: self.tr("Placements ending this week"),
        }[kind]

    def _when(self, line: TodayLine) -> str:
        value = line.on.astimezone() if isinstance(line.on, datetime) else line.on
        return display_text(value) if isinstance(value, date) else ""

    def _what(self, line: TodayLine) -> str:
        kind = line.kind
        if kind in (TodayKind.FOLLOWUP, TodayKind.PLAN_REVIEW, TodayKind.SIX_MONTH_FOLLOWUP):
            text = self.tr("today") if not line.days else self.tr("{days} days overdue").format(days=line.days)
            if kind is TodayKind.SIX_MONTH_FOLLOWUP and line.detail:
                text += " · " + self.tr("left: {outcome}").format(outcome=label(ExitOutcome(line.detail)))
            return text
        if kind is TodayKind.STEP_OVERDUE:
            return self.tr("{step} ({days} days overdue)").format(step=line.detail, days=line.days)
        if kind is TodayKind.NO_CONTACT:
            return self.tr("no contact for {days} days").format(days=line.days)
        return line.detail

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        participant_id = item.data(0, PARTICIPANT_ROLE)
        if participant_id is not None:
            self.open_requested.emit(int(participant_id))

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.tree.setHeaderLabels([self.tr("Young person"), self.tr("When"), self.tr("What")])
        if self.page is not None:
            self.set_page(self.page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
