"""Reports: a project's targets against the records with red/amber/green and the early warning on intake, and the
statistics exactly as they would leave the program (small counts hidden)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from neo_desktop.app import Services
from neo_desktop.domain.organisation import TargetKind
from neo_desktop.services.permissions import Area
from neo_desktop.services.statistics import ProjectChoice, ProjectStatistics, StatisticsService
from neo_desktop.services.tables import RecordTable
from neo_desktop.services.targets import (
    TARGET_COLUMNS,
    IntakeWarning,
    ProjectProgress,
    Rag,
    TargetService,
    targets_table,
)

from ..changes import ChangeKind
from ..context import UiContext
from ..meetings.common import fill_combo
from ..meetings.intake_chart import IntakeChart
from ..meetings.statistics_panel import StatisticsPanel
from .record_table_view import RecordTableView
from .table_model import Index, RecordTableModel

RAG_COLOURS = {Rag.GREEN: QColor("#1d6b35"), Rag.AMBER: QColor("#9a5b00"), Rag.RED: QColor("#a1271b")}
WARNING_STYLE = "background: #fde8e8; border: 1px solid #c23030; border-radius: 4px; padding: 8px;"


@dataclass(frozen=True)
class ReportsTable(RecordTable):
    """The targets list, with what the rest of the view shows loaded in the same background task."""

    progress: ProjectProgress | None = None
    statistics: ProjectStatistics | None = None
    projects: tuple[ProjectChoice, ...] = ()


class ReportsView(RecordTableView):
    """A project's progress against its targets, and its statistics as they would leave the program."""

    area = Area.REPORTS
    change_kinds = frozenset({ChangeKind.PARTICIPANT, ChangeKind.PLACEMENT, ChangeKind.EMPLOYER,
                              ChangeKind.PROJECT})
    value_labels = (("Target", TargetKind), ("Status", Rag))

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        self.targets = TargetService(services.database, services.user)
        self.statistics_service = StatisticsService(services.database, services.user)
        self.today = today
        self.project_combo = QComboBox()
        self.warning_label = QLabel()
        self.chart = IntakeChart()
        self.tabs = QTabWidget()
        self.shown: ReportsTable | None = None
        super().__init__(services, context, parent)
        self.model = _TargetsModel(dict(self.value_labels), self)
        self.table.setModel(self.model)
        self.statistics_panel = StatisticsPanel(context)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        self.tools_layout.addWidget(self.project_combo, 1)
        layout = self.layout()
        layout.removeWidget(self.table)
        targets = QWidget()
        targets_layout = QVBoxLayout(targets)
        targets_layout.setContentsMargins(0, 6, 0, 0)
        targets_layout.addWidget(self.warning_label)
        targets_layout.addWidget(self.table, 2)
        targets_layout.addWidget(self.chart, 3)
        # Seven short columns: the numbers as wide as they need, the target's name the rest (no scrolling).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(targets, "")
        self.tabs.addTab(self.statistics_panel, "")
        layout.addWidget(self.tabs, 1)
        self.project_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.loaded.connect(self._show_rest)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Reports")

    def explanation(self) -> str:
        return self.tr("A project's progress against its targets, with an early warning when intake falls behind "
                       "plan, and its statistics as they would leave the program: small numbers are hidden.")

    def query(self) -> Callable[[], RecordTable]:
        chosen, today = self.project_combo.currentData(), self.today()

        def load() -> ReportsTable:
            projects = tuple(self.statistics_service.projects())
            project_id = chosen if chosen is not None else (projects[0].id if projects else None)
            if project_id is None:
                return ReportsTable(TARGET_COLUMNS, ())
            progress = self.targets.progress(project_id, today=today)
            statistics = self.statistics_service.statistics(project_id, today=today)
            table = targets_table(progress)
            return ReportsTable(table.columns, table.rows, table.record_ids, progress, statistics, projects)

        return load

    def _show_rest(self, table: RecordTable) -> None:
        if not isinstance(table, ReportsTable) or table.progress is None:
            return
        self.shown = table
        progress = table.progress
        if self.model.columnCount():
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fill_combo(self.project_combo, [(f"{p.code} – {p.name}", p.id) for p in table.projects])
        self.project_combo.blockSignals(True)
        self.project_combo.setCurrentIndex(max(0, self.project_combo.findData(progress.project.id)))
        self.project_combo.blockSignals(False)
        self._show_warning(progress.warning)
        enrolled = next((t for t in progress.targets if t.kind is TargetKind.PARTICIPANTS_ENROLLED), None)
        self.chart.setVisible(progress.intake is not None)
        self.chart.show_curve(progress.intake, (progress.project.starts_on, progress.project.ends_on),
                              enrolled.target_value if enrolled else 0)
        if table.statistics is not None:
            self.statistics_panel.show_statistics(table.statistics)

    def _show_warning(self, warning: IntakeWarning | None) -> None:
        self.warning_label.setVisible(warning is not None)
        if warning is None:
            return
        text = self.tr("<b>Early warning: intake is behind plan.</b> {actual} participants enrolled against "
                       "{planned} planned by now. At the pace of the last six months ({pace} a month) the project "
                       "will end at about {projected} of {target}.").format(
            actual=warning.actual, planned=warning.planned_to_date,
            pace=self.locale().toString(warning.pace_per_month, "f", 1), projected=warning.projected,
            target=warning.target_value)
        if warning.needed_per_month is not None:
            text += " " + self.tr("To reach the target, {needed} a month must be enrolled from now on.").format(
                needed=self.locale().toString(warning.needed_per_month, "f", 1))
        self.warning_label.setText(text)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "statistics_panel"):
            return  # the base class's constructor: the rest is not built yet
        self.tabs.setTabText(0, self.tr("Targets"))
        self.tabs.setTabText(1, self.tr("Statistics"))
        self.chart.update()
        if self.shown is not None and self.shown.progress is not None:
            self._show_warning(self.shown.progress.warning)
        self.explanation_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class _TargetsModel(RecordTableModel):
    """The targets list, with red, amber and green in their colours."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 5:
            return RAG_COLOURS.get(self.value(index.row(), 5))
        return super().data(index, role)
