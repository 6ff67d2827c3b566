"""The partner organisations page: list, create, edit, deactivate, and merge duplicates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from neo_desktop.app import Services
from neo_desktop.domain.organisation import Country, OrganisationKind
from neo_desktop.services.organisations import OrganisationRecord, OrganisationService
from neo_desktop.services.tables import RecordTable

from ..changes import ChangeKind
from ..context import UiContext
from .list_page import ListPage
from .organisation_dialogs import MergeDialog, OrganisationDialog

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "Kind"),
           QT_TRANSLATE_NOOP("Columns", "Country"), QT_TRANSLATE_NOOP("Columns", "CVR / org. no."),
           QT_TRANSLATE_NOOP("Columns", "Municipality"), QT_TRANSLATE_NOOP("Columns", "Status"))


class OrganisationsPage(ListPage):
    """Every partner organisation, active or not."""

    change_kinds = frozenset({ChangeKind.ORGANISATION})
    value_labels = (("Kind", OrganisationKind), ("Country", Country))

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(services, context, parent)
        self.service = OrganisationService(services.database, services.user)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.active_button = QPushButton()
        self.merge_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.open_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.merge_button.clicked.connect(self.open_merge)
        for button in (self.new_button, self.edit_button, self.active_button, self.merge_button):
            self.buttons_layout.addWidget(button)
        self.buttons_layout.addStretch(1)
        self.dialog: QWidget | None = None
        self.retranslate_ui()
        self.update_buttons()

    def fetch(self) -> list[OrganisationRecord]:
        return self.service.list()

    def to_table(self, records: list[Any]) -> RecordTable:
        names = {record.id: record.name for record in records}
        rows = tuple((r.name, r.kind.value, r.country.value, r.registration_number, r.municipality,
                      self.status_text(r, names)) for r in records)
        return RecordTable(COLUMNS, rows, tuple(r.id for r in records))

    def status_text(self, record: OrganisationRecord, names: dict[int, str]) -> str:
        """"Active", "Deactivated" or "Merged into …" (one column, so the list fits its window)."""
        if record.merged_into_id is not None:
            return self.tr("Merged into {name}").format(name=names.get(record.merged_into_id, "?"))
        return self.tr("Active") if record.active else self.tr("Deactivated")

    # Actions ---------------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_dialog(record)

    def open_dialog(self, record: OrganisationRecord | None) -> OrganisationDialog:
        """Open the form for a new organisation (None) or for ``record``."""
        dialog = OrganisationDialog(self.service, self.context, record, self.window())
        dialog.saved.connect(self._on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_saved(self, record: OrganisationRecord) -> None:
        self.pending_selection = record.id
        self.context.changes.announce(ChangeKind.ORGANISATION, [record.id], initiator=self)

    def toggle_active(self) -> None:
        """Deactivate the selected organisation, or reactivate it."""
        record = self.selected()
        if record is None:
            return
        service, record_id, active = self.service, record.id, not record.active
        self.active_button.setEnabled(False)
        self.context.tasks.run(lambda _progress, _cancelled: service.set_active(record_id, active),
                               name="organisation active",
                               on_result=lambda saved: self.context.changes.announce(ChangeKind.ORGANISATION,
                                                                                     [saved.id], initiator=self),
                               parent=self.window())

    def open_merge(self) -> MergeDialog | None:
        """Ask which organisation the selected duplicate is merged into."""
        record = self.selected()
        if record is None:
            return None
        dialog = MergeDialog(self.service, self.context, record, list(self.records.values()), self.window())
        dialog.merged.connect(self._on_merged)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_merged(self, kept: OrganisationRecord) -> None:
        # A merge moves staff, participants and project partners as well.
        for kind in (ChangeKind.ORGANISATION, ChangeKind.STAFF, ChangeKind.PROJECT, ChangeKind.PARTICIPANT):
            self.context.changes.announce(kind, [kept.id] if kind is ChangeKind.ORGANISATION else [], initiator=self)

    def update_buttons(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.active_button.setEnabled(record is not None and record.merged_into_id is None)
        self.merge_button.setEnabled(record is not None and record.active)
        self.active_button.setText(self.tr("&Reactivate") if record is not None and not record.active
                                   else self.tr("&Deactivate"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.explanation_label.setText(self.tr(
            "The partner organisations: jobcentres, NGOs, employers, housing associations and others. Danish "
            "organisations are identified by their CVR number, Swedish ones by their organisationsnummer."))
        self.new_button.setText(self.tr("&New organisation…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.merge_button.setText(self.tr("&Merge duplicate…"))
        self.update_buttons()
        if self.records:
            self.model.set_table(self.to_table(list(self.records.values())))
