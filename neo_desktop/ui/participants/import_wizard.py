"""Importing a jobcentre's referral list in three steps: choose the file and project, confirm which column is
what, then see every row checked — and import all rows, or none while any has a problem.

Reading, checking and importing run in the background; a broken file is explained in one sentence on the first
page. An import that is refused or cancelled leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from neo_desktop.domain.errors import ERRORS_CONTEXT, NeoError, ValidationError
from neo_desktop.services.participants import RecordChoices
from neo_desktop.services.referral_files import ImportField, RawTable
from neo_desktop.services.referral_import import ImportRefused, ImportReport, ImportResult, RowProblem

from ..changes import ChangeKind
from ..context import UiContext
from ..labels import label
from ..tasks import CancelledFn, ProgressFn
from .calls import ParticipantServices, run_call
from .texts import error_text, identity_text, modulus_warning
from .widgets import FieldMessage

PROBLEM = QColor("#fdecea")
SAMPLES = 3


def problem_text(problem: RowProblem) -> str:
    """A row problem in the current language."""
    template, params = problem.template, problem.params
    if problem.code:
        return identity_text(problem.code, problem.message)
    try:
        return QCoreApplication.translate(ERRORS_CONTEXT, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


class FilePage(QWizardPage):
    """Which file, and which project the young people are referred to."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.read_button = QPushButton()
        self.project = QComboBox()
        self.message = FieldMessage()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.file_label, self.project_label = QLabel(), QLabel()
        self.file_label.setBuddy(self.path)
        self.project_label.setBuddy(self.project)
        form = QFormLayout(self)
        form.addRow(self.file_label, row)
        form.addRow(self.project_label, self.project)
        form.addRow(self.read_button)
        form.addRow(self.message)
        self.browse.clicked.connect(self._browse)
        self.read_button.clicked.connect(self.read_file)
        self.path.textChanged.connect(lambda _t: self.owner.forget_file())

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Referral list"), str(Path.home()),
                                                    self.tr("Referral lists (*.xlsx *.xlsm *.csv *.txt)"))
        if path:
            self.path.setText(path)
            self.read_file()

    def read_file(self) -> None:
        """Read the file's columns in the background."""
        path = self.path.text().strip()
        if not path:
            self.message.show_error(self.tr("Choose the file first."))
            return
        self.message.show_warning(self.tr("Reading the file…"))
        run_call(self.owner.context, lambda: self.owner.services.imports.read(path), parent=self, name="read list",
                 on_result=self._read, on_refused=lambda error: self.message.show_error(error_text(error)))

    def _read(self, result: tuple[RawTable, dict[int, ImportField]]) -> None:
        table, mapping = result
        self.owner.table, self.owner.mapping = table, mapping
        self.message.show_warning(self.tr("{rows} rows and {columns} columns found in {name}.").format(
            rows=len(table.rows), columns=len(table.headers), name=table.name))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.table is not None and self.project.currentData() is not None

    def retranslate(self) -> None:
        self.setTitle(self.tr("The referral list"))
        self.setSubTitle(self.tr("An Excel workbook or a CSV file with a header row, one young person per row."))
        self.file_label.setText(self.tr("&File:"))
        self.project_label.setText(self.tr("&Project:"))
        self.browse.setText(self.tr("&Browse…"))
        self.read_button.setText(self.tr("&Read the file"))


class MappingPage(QWizardPage):
    """Which column holds what (guessed from the headers; change any that is wrong)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.boxes: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        table = self.owner.table
        if table is None:
            return
        self.table.setRowCount(len(table.headers))
        self.boxes = []
        for column, header in enumerate(table.headers):
            samples = ", ".join(row[column] for row in table.rows[:SAMPLES] if column < len(row) and row[column])
            self.table.setItem(column, 0, QTableWidgetItem(header))
            self.table.setItem(column, 1, QTableWidgetItem(samples))
            box = QComboBox()
            box.addItem(self.tr("Do not import"), None)
            for field in ImportField:
                box.addItem(label(field), field.value)
            chosen = self.owner.mapping.get(column)
            box.setCurrentIndex(max(0, box.findData(chosen.value if chosen else None)))
            box.currentIndexChanged.connect(lambda _i: self._update())
            self.table.setCellWidget(column, 2, box)
            self.boxes.append(box)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)

    def _update(self) -> None:
        self.owner.mapping = {column: ImportField(box.currentData()) for column, box in enumerate(self.boxes)
                              if box.currentData() is not None}
        self.completeChanged.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The columns"))
        self.setSubTitle(self.tr("Check what each column holds. Names and the identity number are needed."))
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Holds")])


class CheckPage(QWizardPage):
    """Every row checked; import all, or see what to correct."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 4)
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(True)  # a row's problems are whole sentences: wrapped, never cut off
        header = self.rows.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.import_button = QPushButton()
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.owner.report, self.owner.result = None, None
        self.summary.setText(self.tr("Checking every row…"))
        self.rows.setRowCount(0)
        self.import_button.setEnabled(False)
        path, project, mapping = self.owner.path(), self.owner.project_code(), dict(self.owner.mapping)
        run_call(self.owner.context, lambda: self.owner.services.imports.check(path, project_code=project,
                                                                               mapping=mapping),
                 parent=self, name="check list", on_result=self.show_report, on_refused=self._refused)

    def show_report(self, report: ImportReport) -> None:
        """Show the checked rows: the ones with problems first."""
        self.owner.report = report
        rows = sorted(report.rows, key=lambda row: (row.ok, row.line))
        self.rows.setRowCount(len(rows))
        for index, row in enumerate(rows):
            problems = "; ".join(problem_text(p) for p in row.problems) or self.tr("OK")
            if row.warnings:  # worth a second look, but no reason to refuse the row
                problems += " – " + "; ".join(modulus_warning() if w.field == "identity_number" else problem_text(w)
                                               for w in row.warnings)
            for column, text in enumerate((str(row.line), row.name, row.identity_number, problems)):
                item = QTableWidgetItem(text)
                if not row.ok:
                    item.setBackground(PROBLEM)
                self.rows.setItem(index, column, item)
        for index, row in enumerate(rows):  # a plain "OK" is one short line; sentences may need two
            if row.problems or row.warnings:
                self.rows.resizeRowToContents(index)
                self.rows.setRowHeight(index, max(self.rows.rowHeight(index),
                                                  self.rows.verticalHeader().defaultSectionSize()))
        if report.importable:
            self.summary.setText(self.tr("All {count} rows can be imported.").format(count=len(report.rows)))
        else:
            self.summary.setText(self.tr("{problems} of {count} rows have problems, listed first. Nothing will be "
                                         "imported until the file is corrected.").format(
                problems=report.problem_rows, count=len(report.rows)))
        self.import_button.setText(self.tr("&Import all {count} rows").format(count=len(report.rows)))
        self.import_button.setEnabled(report.importable)

    def run_import(self) -> None:
        """Import every row in one transaction (with a progress dialog)."""
        path, project, mapping = self.owner.path(), self.owner.project_code(), dict(self.owner.mapping)
        self.import_button.setEnabled(False)

        def work(progress: ProgressFn, cancelled: CancelledFn) -> ImportResult:
            return self.owner.services.imports.run(path, project_code=project, mapping=mapping, progress=progress,
                                                   cancelled=cancelled)

        task = self.owner.context.tasks.run(work, name="import list", on_result=self._imported,
                                            on_error=self._failed, progress_title=self.tr("Importing…"),
                                            parent=self)
        task.cancelled.connect(lambda: self.summary.setText(self.tr("The import was cancelled. Nothing was "
                                                                    "imported.")))

    def _imported(self, result: ImportResult) -> None:
        self.owner.result = result
        self.summary.setText(self.tr("{count} young people were imported.").format(count=len(result.participant_ids)))
        self.owner.context.changes.announce(ChangeKind.PARTICIPANT, result.participant_ids, initiator=self)
        self.owner.imported.emit(len(result.participant_ids))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportRefused):
            self.show_report(error.report)
        elif isinstance(error, NeoError):
            self.summary.setText(error_text(error))
        else:
            self.owner.context.errors.report(error, self.window())

    def _refused(self, error: ValidationError) -> None:
        self.summary.setText(error_text(error))

    def isComplete(self) -> bool:
        return self.owner.result is not None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(self.tr("Every row is checked before anything is written: all rows are imported, or none."))
        self.rows.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Identity number"),
                                             self.tr("Problems")])


class ImportWizard(QWizard):
    """The referral-list import."""

    imported = Signal(int)  # how many were imported

    def __init__(self, services: ParticipantServices, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.table: RawTable | None = None
        self.mapping: dict[int, ImportField] = {}
        self.report: ImportReport | None = None
        self.result: ImportResult | None = None
        self.file_page, self.mapping_page, self.check_page = FilePage(self), MappingPage(self), CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(860, 560)
        self.file_page.project.currentIndexChanged.connect(lambda _i: self.file_page.completeChanged.emit())
        self.retranslate_ui()
        run_call(context, services.records.choices, parent=self, name="projects", on_result=self._choices)

    def _choices(self, choices: RecordChoices) -> None:
        # The project decides how identity numbers are read (CPR or personnummer), so it is chosen, not guessed;
        # with only one to choose from it is chosen already.
        box = self.file_page.project
        box.clear()
        if len(choices.projects) != 1:
            box.addItem(self.tr("Choose the project…"), None)
        for project in choices.projects:
            box.addItem(f"{project.code} – {project.name}", project.code)

    def path(self) -> str:
        """The file chosen."""
        return self.file_page.path.text().strip()

    def project_code(self) -> str:
        """The project chosen."""
        return self.file_page.project.currentData() or ""

    def forget_file(self) -> None:
        """Another file is being chosen: what was read no longer holds."""
        self.table, self.mapping = None, {}
        self.file_page.completeChanged.emit()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a referral list"))
        box = self.file_page.project
        if box.count() and box.itemData(0) is None:
            box.setItemText(0, self.tr("Choose the project…"))
        for page in (self.file_page, self.mapping_page, self.check_page):
            page.retranslate()
