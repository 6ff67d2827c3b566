"""The companies: a searchable, filterable list beside the chosen company's detail; new company and export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelection, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.employer import RelationshipStatus
from neo_desktop.domain.organisation import Language
from neo_desktop.services.employer_export import EmployerExportService, NetworkExport
from neo_desktop.services.employer_views import EmployerFilter, EmployerSummary
from neo_desktop.services.employers import EMPLOYER_EDITORS, EmployerService
from neo_desktop.services.openings import OpeningService
from neo_desktop.services.tables import RecordTable

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..plans.fields import EnumCombo
from ..tasks import Task
from ..views.table_model import RecordTableModel
from .company_detail import CompanyDetail
from .company_dialogs import EmployerDialog

SEARCH_DELAY_MS = 250
# Column titles are translated in the "Columns" context, as every list's are (literal here for lupdate).
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Company"), QT_TRANSLATE_NOOP("Columns", "Municipality"),
           QT_TRANSLATE_NOOP("Columns", "Industry"), QT_TRANSLATE_NOOP("Columns", "Relationship"),
           QT_TRANSLATE_NOOP("Columns", "Open openings"), QT_TRANSLATE_NOOP("Columns", "Placements"))


def summary_table(rows: list[EmployerSummary]) -> RecordTable:
    """The list's rows as a table the model shows."""
    return RecordTable(COLUMNS, tuple((r.name, r.municipality or "", r.industry or "", r.relationship_status,
                                       r.open_openings, r.placements) for r in rows), tuple(r.id for r in rows))


class CompanyPanel(QWidget):
    """Companies on the left, the chosen one on the right."""

    loaded = Signal(object)  # the RecordTable shown
    status_changed = Signal(str)
    opening_chosen = Signal(int)

    def __init__(self, companies: EmployerService, openings: OpeningService, exporter: EmployerExportService,
                 context: UiContext, *, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companies, self.exporter, self.context = companies, exporter, context
        self._task: Task | None = None
        self._stale = True
        self.status_text = ""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.relationship = EnumCombo(RelationshipStatus, empty_text="")
        self.municipality = QComboBox()
        self.municipality.addItem("", None)
        self.housing = QCheckBox()
        self.new_button, self.export_button = QPushButton(), QPushButton()
        self.new_button.setVisible(companies.user.has_any(*EMPLOYER_EDITORS))
        self.model = RecordTableModel({"Relationship": RelationshipStatus}, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click returns to the service's own order (by name)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = CompanyDetail(companies, openings, context, today=today)
        self.detail.opening_chosen.connect(self.opening_chosen)
        self.detail.changed.connect(lambda _id: self.refresh())

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.relationship)
        filters.addWidget(self.municipality)
        filters.addWidget(self.housing)
        filters.addStretch(1)
        for combo in (self.relationship, self.municipality):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.relationship, self.municipality):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.housing.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_company)
        self.export_button.clicked.connect(self.choose_export_file)
        context.changes.changed.connect(self._on_change)
        self.retranslate_ui()

    # Loading ------------------------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """True while the list loads."""
        return self._task is not None

    def criteria(self) -> EmployerFilter:
        """The filters as the user set them."""
        return EmployerFilter(text=self.search.text(), relationship_status=self.relationship.value(),  # type: ignore[arg-type]
                              municipality=self.municipality.currentData(),
                              supplies_housing=True if self.housing.isChecked() else None)

    def activate(self) -> None:
        """Load the list when it is shown for the first time or is out of date."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Load the list again with the current filters."""
        self.cancel_loading()
        self._stale = False
        criteria = self.criteria()
        self._show_status(self.tr("Loading…"))
        first = self.municipality.count() <= 1

        def work(_progress: object, _cancelled: object) -> tuple[RecordTable, tuple[str, ...]]:
            table = summary_table(self.companies.search(criteria))
            return table, self.companies.choices().municipalities if first else ()

        task = self.context.tasks.run(work, name="load companies", on_result=self._loaded, on_error=self._failed)
        task.finished.connect(lambda: self._forget(task))
        self._task = task

    def cancel_loading(self) -> None:
        """Drop a load still running."""
        if self._task is not None:
            self._task.cancel()

    def _forget(self, task: Task) -> None:
        if self._task is task:
            self._task = None

    def _loaded(self, result: tuple[RecordTable, tuple[str, ...]]) -> None:
        table, municipalities = result
        chosen = self.detail.detail.id if self.detail.detail else None
        if municipalities:
            self.municipality.blockSignals(True)
            for name in municipalities:
                self.municipality.addItem(name, name)
            self.municipality.blockSignals(False)
        self.model.set_table(table)
        self.table.resizeColumnsToContents()
        self._show_status(self.tr("{count} in the list").format(count=self.model.rowCount()))
        for row in range(self.model.rowCount()):
            if self.model.record_id(row) == chosen:
                self.table.selectRow(row)
        self.loaded.emit(table)

    def _failed(self, error: BaseException) -> None:
        self._stale = True
        self._show_status(self.tr("The list could not be loaded."))
        self.context.errors.report(error, self.window())

    def _show_status(self, text: str) -> None:
        self.status_text = text
        self.status_changed.emit(text)

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.EMPLOYER, ChangeKind.OPENING, ChangeKind.PLACEMENT):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        employer_id = self.model.record_id(rows[0].row()) if rows else None
        if employer_id is not None and (self.detail.detail is None or self.detail.detail.id != employer_id):
            self.detail.load(employer_id)

    def select_company(self, employer_id: int) -> None:
        """Show ``employer_id`` in the detail (and select it when it is in the list)."""
        for row in range(self.model.rowCount()):
            if self.model.record_id(row) == employer_id:
                self.table.selectRow(row)
                return
        self.detail.load(employer_id)

    # Actions ------------------------------------------------------------------------------------------------

    def new_company(self) -> None:
        """Open the form for a new company (its drop-downs are loaded in the background first)."""
        def open_form(choices: object) -> None:
            dialog = EmployerDialog(self.companies, choices, self.context, None, self)  # type: ignore[arg-type]
            dialog.done.connect(self._created)
            self.last_dialog = dialog
            dialog.open()

        self.context.tasks.run(lambda _p, _c: self.companies.choices(), name="company form", on_result=open_form,
                               on_error=self._failed)

    def _created(self, detail: object) -> None:
        employer_id = getattr(detail, "id", None)
        self.context.changes.announce(ChangeKind.EMPLOYER, [employer_id] if employer_id else [], initiator=self)
        if employer_id is not None:
            self.detail.load(employer_id)

    def choose_export_file(self) -> None:
        """Ask where to save the partners' workbook, then write it in the background."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the employer network"),
                                                    str(Path(folder) / self.tr("employer-network.xlsx")),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Task:
        """Write the partners' workbook to ``path`` in the user's language (with a progress dialog)."""
        language = Language(self.context.languages.language)
        return self.context.tasks.run(lambda _p, _c: self.exporter.export_network(path, language=language),
                                      name="export employer network", on_result=self._exported,
                                      progress_title=self.tr("Exporting the employer network…"), parent=self,
                                      cancellable=False)

    def _exported(self, result: NetworkExport) -> None:
        if result.with_personal_data:
            text = self.tr("Saved {file}: companies, contacts, openings, and the placements of the young people you "
                           "work with.")
        else:
            text = self.tr("Saved {file}: companies, contacts, openings and placement counts (no personal data).")
        self._show_status(text.format(file=result.path.name))
        self.last_export = result

    # Language -----------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.search.setPlaceholderText(self.tr("Search name, CVR / org. no. or town"))
        self.relationship.retranslate(self.tr("All relationships"))
        self.municipality.setItemText(0, self.tr("All municipalities"))
        self.housing.setText(self.tr("Supplies a housing association"))
        self.new_button.setText(self.tr("&New company…"))
        self.export_button.setText(self.tr("E&xport network…"))
        self.export_button.setToolTip(self.tr("The employer network as an Excel workbook for partners"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

