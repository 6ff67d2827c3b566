"""A person's access request: everything stored about them (a readable PDF and a JSON file), and the dates
and purposes of the lookups of their data, without staff names.

For the person's caseworker or coordinator; the person is picked from the caseload or given by number.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.app import Services
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import NeoError
from neo_desktop.services.overview import OverviewService
from neo_desktop.services.permissions import PERSONAL_DATA_ROLES
from neo_desktop.services.subject_access import Lookup, SubjectAccessService
from neo_desktop.services.tables import RecordTable
from neo_desktop.services.user import SignedInUser

from ..admin import files
from ..admin.forms import error_label, heading_label, note_label
from ..context import UiContext
from ..i18n import LANGUAGE_NAMES, LANGUAGES, translate_error
from ..views.table_model import RecordTableModel

LOOKUP_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "When"), QT_TRANSLATE_NOOP("Columns", "Kind of access"),
                  QT_TRANSLATE_NOOP("Columns", "Purpose"))


def subject_access_allowed(user: SignedInUser) -> bool:
    """True when the user works with participants and so may answer their access requests."""
    return user.has_any(*PERSONAL_DATA_ROLES)


def local_time(moment: datetime) -> datetime:
    """A stored moment in the user's local time (SQLite gives it back without its zone, which is UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


class SubjectAccessDialog(QDialog):
    """Export everything about one person, or show who looked them up when and why (without names)."""

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.service = SubjectAccessService(services.database, services.user)
        self.last_export: tuple[Path, Path] | None = None
        self.setMinimumSize(640, 520)
        self.heading = heading_label()
        self.explanation = note_label()
        self.caseload_box = QComboBox()
        self.caseload_box.setMinimumWidth(300)
        self.number_edit = QLineEdit()
        self.number_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.number_edit.setMaximumWidth(140)
        self.purpose_edit = QLineEdit()
        self.language_box = QComboBox()
        for language in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[language], language)
        self.language_box.setCurrentIndex(LANGUAGES.index(context.languages.language))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.caseload_box, self.number_edit, self.purpose_edit,
                                               self.language_box), strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.export_button = QPushButton()
        self.lookups_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.lookups_button.clicked.connect(self.show_lookups)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.lookups_button)
        actions.addStretch(1)
        self.message_label = error_label()
        self.result_label = note_label()
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lookups_model = RecordTableModel({"Kind of access": AccessAction}, self)
        self.lookups_table = QTableView()
        self.lookups_table.setModel(self.lookups_model)
        self.lookups_table.verticalHeader().hide()
        self.lookups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lookups_table.setAlternatingRowColors(True)
        self.lookups_table.horizontalHeader().setStretchLastSection(True)
        self.lookups_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.lookups_table, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.purpose_edit.setText(self.tr("Subject access request"))
        self._load_caseload()

    # The person ------------------------------------------------------------------------------------------------

    def _load_caseload(self) -> None:
        self.caseload_box.setEnabled(False)
        overview = OverviewService(self.services.database, self.services.user)
        self.context.tasks.run(lambda _progress, _cancelled: overview.caseload(), name="subject access caseload",
                               on_result=self._on_caseload, on_error=lambda _error: self._on_caseload(None))

    def _on_caseload(self, table: RecordTable | None) -> None:
        self.caseload_box.clear()
        self.caseload_box.addItem(self.tr("(choose a person)"), None)
        if table is not None:
            for name, record_id in zip(table.column_values("Name"), table.record_ids, strict=True):
                self.caseload_box.addItem(f"{name} (#{record_id})", record_id)
        self.caseload_box.setEnabled(True)

    def participant_id(self) -> int | None:
        """The person chosen: the number typed, else the one picked from the caseload."""
        if self.number_edit.text().strip():
            return int(self.number_edit.text())
        return self.caseload_box.currentData()

    def _chosen(self) -> int | None:
        self.message_label.hide()
        participant_id = self.participant_id()
        if participant_id is None:
            self._show_message(self.tr("Choose the person from your caseload, or type their number."))
        return participant_id

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, NeoError):
            self._show_message(translate_error(error))
        elif isinstance(error, OSError):
            self._show_message(self.tr("The files could not be saved there ({reason}). Choose another folder.")
                               .format(reason=error.strerror or type(error).__name__))
        else:
            self.context.errors.report(error, self)

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.lookups_button.setEnabled(not busy)

    # Export and lookups ----------------------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where to save, then write the PDF and, beside it, the JSON file (one logged export)."""
        participant_id = self._chosen()
        if participant_id is None:
            return
        pdf = files.ask_save_path(self, self.tr("Save the subject access export"),
                                  f"subject-access-{participant_id}.pdf", self.tr("PDF document (*.pdf)"))
        if pdf is None:
            return
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_name(pdf.name + ".pdf")
        json_path = pdf.with_suffix(".json")
        service, language = self.service, self.language_box.currentData()
        purpose = self.purpose_edit.text().strip() or self.tr("Subject access request")
        self._set_busy(True)
        self.context.tasks.run(
            lambda _progress, _cancelled: service.export_files(participant_id, pdf_path=pdf, json_path=json_path,
                                                               language=language, purpose=purpose),
            name="subject access export", on_result=lambda _none: self._on_exported(pdf, json_path),
            on_error=self._on_failed, progress_title=self.tr("Exporting the person's data…"), parent=self,
            cancellable=False)

    def _on_exported(self, pdf: Path, json_path: Path) -> None:
        self._set_busy(False)
        self.last_export = (pdf, json_path)
        self.result_label.setText(self.tr("Saved the readable export {pdf} and the machine-readable {json}. Give "
                                          "both to the person.").format(pdf=pdf, json=json_path))

    def show_lookups(self) -> None:
        """List when the person's data was looked up, what kind of access, and why (the request is logged)."""
        participant_id = self._chosen()
        if participant_id is None:
            return
        service = self.service
        self._set_busy(True)
        self.context.tasks.run(lambda _progress, _cancelled: service.lookups(participant_id),
                               name="subject access lookups", on_result=self._on_lookups, on_error=self._on_failed)

    def _on_lookups(self, lookups: list[Lookup]) -> None:
        self._set_busy(False)
        rows = tuple((local_time(lookup.occurred_at), lookup.action, lookup.purpose) for lookup in lookups)
        self.lookups_model.set_table(RecordTable(LOOKUP_COLUMNS, rows))
        self.result_label.setText(self.tr("Lookups of this person's data: {count}. Staff names are left out: a "
                                          "person may know when and why, not who.").format(count=len(rows)))

    # Language --------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Subject access request"))
        self.heading.setText(self.tr("A person's access to their own data"))
        self.explanation.setText(self.tr(
            "When a young person asks what is stored about them, export it all: a readable PDF and a JSON file a "
            "computer can read. They may also ask when and why their data was looked up; staff names are not "
            "given. Both are recorded in the access log."))
        for label, text in zip(self.labels, (self.tr("From your &caseload:"), self.tr("or the person's &number:"),
                                             self.tr("&Purpose:"), self.tr("&Language of the PDF:")), strict=True):
            label.setText(text)
        self.export_button.setText(self.tr("&Export PDF and JSON…"))
        self.lookups_button.setText(self.tr("Show &lookups"))
        if self.caseload_box.count():
            self.caseload_box.setItemText(0, self.tr("(choose a person)"))
        self.lookups_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_subject_access(services: Services, context: UiContext, parent: QWidget | None = None) -> SubjectAccessDialog:
    """Open the subject access dialog (not blocking)."""
    dialog = SubjectAccessDialog(services, context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
