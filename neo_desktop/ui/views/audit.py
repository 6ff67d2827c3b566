"""The access log (auditors): filter by person, user, period and action; export to Excel; verify the chain.

Every search here is itself written to the log (what was looked for, by whom), as is every export.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QIntValidator, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from neo_desktop.app import Services
from neo_desktop.domain.access import AccessAction
from neo_desktop.services.access_log import ChainCheck
from neo_desktop.services.audit import AUDIT_COLUMNS, AuditEntry, AuditFilter, AuditService
from neo_desktop.services.permissions import Area
from neo_desktop.services.tables import RecordTable

from ..admin import files
from ..admin.widgets import NO_DATE, date_edit, date_value
from ..context import UiContext
from ..data_protection.subject_access import local_time
from ..labels import label
from .record_table_view import RecordTableView

SHOWN_ROWS = 2000  # the newest; the export takes everything that matches
GOOD_COLOUR = QColor("#1e6b34")
BAD_COLOUR = QColor("#b3261e")


def _action(value: str | None) -> AccessAction | None:
    return AccessAction(value) if value else None


def entries_table(entries: list[AuditEntry]) -> RecordTable:
    """The entries as the list shows them (times in local time)."""
    rows = tuple((local_time(e.occurred_at), e.login_name, e.action.value, e.participant_id, e.record,
                  e.search_criterion, e.purpose) for e in entries)
    return RecordTable(AUDIT_COLUMNS, rows, tuple(e.id for e in entries))


class AuditView(RecordTableView):
    """The auditor's view of the access log."""

    area = Area.AUDIT
    value_labels = (("Action", AccessAction),)

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        self.service = AuditService(services.database, services.user)
        self.labels = [QLabel() for _ in range(5)]
        self.person_edit = QLineEdit()
        self.person_edit.setValidator(QIntValidator(1, 2_000_000_000))
        self.person_edit.setMaximumWidth(90)
        self.user_edit = QLineEdit()
        self.user_edit.setMaximumWidth(150)
        self.since_edit = date_edit(optional=True)
        self.until_edit = date_edit(optional=True)
        self.action_box = QComboBox()
        self.action_box.addItem("", None)
        for action in AccessAction:
            self.action_box.addItem("", action)
        self.search_button = QPushButton()
        self.clear_button = QPushButton()
        self.export_button = QPushButton()
        self.verify_button = QPushButton()
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_check: ChainCheck | None = None
        self.last_export: tuple[str, int] | None = None
        super().__init__(services, context, parent)
        for label_widget, field in zip(self.labels, (self.person_edit, self.user_edit, self.since_edit,
                                                     self.until_edit, self.action_box), strict=True):
            label_widget.setBuddy(field)
            self.tools_layout.addWidget(label_widget)
            self.tools_layout.addWidget(field)
        self.tools_layout.addStretch(1)
        actions = QHBoxLayout()  # a second row, so the window still fits a small laptop screen
        actions.addWidget(self.search_button)
        actions.addWidget(self.clear_button)
        actions.addSpacing(16)
        actions.addWidget(self.export_button)
        actions.addWidget(self.export_label, 1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.verify_label, 1)
        self.layout().insertLayout(3, actions)
        for edit in (self.person_edit, self.user_edit):
            edit.returnPressed.connect(self.refresh)
        self.search_button.clicked.connect(self.refresh)
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.search_button.setDefault(True)
        self.setFocusProxy(self.person_edit)

    # Filters ---------------------------------------------------------------------------------------------------

    def criteria(self) -> AuditFilter:
        """The filter the fields describe (an empty field matches everything)."""
        person = self.person_edit.text().strip()
        return AuditFilter(participant_id=int(person) if person else None,
                           login_name=self.user_edit.text().strip() or None,
                           action=_action(self.action_box.currentData()), since=date_value(self.since_edit),
                           until=date_value(self.until_edit))

    def set_period(self, since: date | None, until: date | None) -> None:
        """Set the period filter (None: open at that end)."""
        for edit, value in ((self.since_edit, since), (self.until_edit, until)):
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def clear_filters(self) -> None:
        """Empty every filter and show the newest entries."""
        self.person_edit.clear()
        self.user_edit.clear()
        self.set_period(None, None)
        self.action_box.setCurrentIndex(0)
        self.refresh()

    def query(self) -> Callable[[], RecordTable]:
        criteria, service = self.criteria(), self.service
        return lambda: entries_table(service.search(criteria, limit=SHOWN_ROWS))

    # Export and verification -----------------------------------------------------------------------------------

    def export(self) -> None:
        """Write every entry that matches the filter to an Excel workbook (the export is logged)."""
        path = files.ask_save_path(self, self.tr("Export the access log"), f"access-log-{date.today()}.xlsx",
                                   self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        criteria, service = self.criteria(), self.service
        self.export_button.setEnabled(False)
        self.context.tasks.run(lambda _progress, _cancelled: service.export_workbook(criteria, path),
                               name="export access log", on_result=lambda count: self._on_exported(str(path), count),
                               on_error=self._on_action_failed, progress_title=self.tr("Exporting the access log…"),
                               parent=self.window(), cancellable=False)

    def _on_exported(self, path: str, count: int) -> None:
        self.export_button.setEnabled(True)
        self.last_export = (path, count)
        self._show_export()

    def verify(self) -> None:
        """Recompute the log's hash chain and say whether any entry was edited, removed or inserted."""
        service = self.service
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Verifying…"))
        self._colour(self.verify_label, None)
        self.context.tasks.run(lambda _progress, _cancelled: service.verify(), name="verify access log",
                               on_result=self._on_verified, on_error=self._on_action_failed)

    def _on_verified(self, check: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        self.last_check = check
        self._show_check()

    def _on_action_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.verify_label.clear()
        if isinstance(error, OSError):
            self.last_export = None
            self.export_label.setText(self.tr("The workbook could not be saved there ({reason}). Choose another "
                                              "folder.").format(reason=error.strerror or type(error).__name__))
            return
        self.context.errors.report(error, self.window())

    def _show_export(self) -> None:
        if self.last_export is not None:
            path, count = self.last_export
            self.export_label.setText(self.tr("Entries exported: {count}, to {path}").format(count=count, path=path))

    def _show_check(self) -> None:
        check = self.last_check
        if check is None:
            return
        if check.intact:
            text = self.tr("The chain is intact: all {count} entries are as they were written.").format(
                count=check.checked)
        elif (check.reason or "").startswith("its contents"):
            text = self.tr("Entry {entry} was changed after it was written: its contents no longer match its "
                           "hash. {count} entries before it are intact.").format(entry=check.broken_at,
                                                                                 count=check.checked)
        else:
            text = self.tr("Entry {entry} does not follow the entry before it: an entry was removed, inserted or "
                           "edited. {count} entries before it are intact.").format(entry=check.broken_at,
                                                                                  count=check.checked)
        self.verify_label.setText(text)
        self._colour(self.verify_label, GOOD_COLOUR if check.intact else BAD_COLOUR)

    @staticmethod
    def _colour(widget: QLabel, colour: QColor | None) -> None:
        palette = QPalette(widget.palette()) if colour else QPalette()
        if colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
        widget.setPalette(palette)

    # Language --------------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Access log")

    def explanation(self) -> str:
        return self.tr("Every read, search, change, export and anonymisation of personal data, and every sign-in, "
                       "with time, user, person and purpose. Your searches here are logged too. The newest {count} "
                       "matching entries are shown; the export holds them all.").format(
                           count=QLocale().toString(SHOWN_ROWS))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        for label_widget, text in zip(self.labels, (self.tr("&Person no.:"), self.tr("&User:"), self.tr("&From:"),
                                                    self.tr("&To:"), self.tr("&Action:")), strict=True):
            label_widget.setText(text)
        self.action_box.setItemText(0, self.tr("Any"))
        for index, action in enumerate(AccessAction, start=1):
            self.action_box.setItemText(index, label(action))
        for edit in (self.since_edit, self.until_edit):
            edit.setSpecialValueText(self.tr("any day"))
        self.user_edit.setPlaceholderText(self.tr("login name"))
        self.search_button.setText(self.tr("&Search"))
        self.clear_button.setText(self.tr("C&lear"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.verify_button.setText(self.tr("&Verify the chain"))
        self._show_export()
        self._show_check()
