"""The projects page: each project's settings, partners, targets over time and eligibility rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from neo_desktop.app import Services
from neo_desktop.services.organisations import OrganisationRecord, OrganisationService
from neo_desktop.services.projects import ProjectRecord, ProjectService
from neo_desktop.services.tables import RecordTable

from ..changes import ChangeKind
from ..context import UiContext
from .forms import EditDialog
from .list_page import ListPage
from .project_lists import EligibilityDialog, PartnersDialog, TargetsDialog
from .project_settings import ProjectSettingsDialog

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Code"), QT_TRANSLATE_NOOP("Columns", "Name"),
           QT_TRANSLATE_NOOP("Columns", "Starts"), QT_TRANSLATE_NOOP("Columns", "Ends"),
           QT_TRANSLATE_NOOP("Columns", "Lead organisation"), QT_TRANSLATE_NOOP("Columns", "Partners"),
           QT_TRANSLATE_NOOP("Columns", "Targets"))


class ProjectsPage(ListPage):
    """Every project; the buttons open one dialog per part of a project."""

    change_kinds = frozenset({ChangeKind.PROJECT, ChangeKind.ORGANISATION})

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(services, context, parent)
        self.service = ProjectService(services.database, services.user)
        self.organisations: list[OrganisationRecord] = []
        self.new_button = QPushButton()
        self.settings_button = QPushButton()
        self.partners_button = QPushButton()
        self.targets_button = QPushButton()
        self.eligibility_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.open_settings(None))
        self.settings_button.clicked.connect(self.open_selected)
        self.partners_button.clicked.connect(lambda: self._open_list(PartnersDialog))
        self.targets_button.clicked.connect(lambda: self._open_list(TargetsDialog))
        self.eligibility_button.clicked.connect(lambda: self._open_list(EligibilityDialog))
        for button in (self.new_button, self.settings_button, self.partners_button, self.targets_button,
                       self.eligibility_button):
            self.buttons_layout.addWidget(button)
        self.buttons_layout.addStretch(1)
        self.dialog: EditDialog | None = None
        self.retranslate_ui()

    def fetch(self) -> list[ProjectRecord]:
        # The organisations come with the list: the forms name them, and the lead column shows them.
        self.organisations = OrganisationService(self.services.database, self.services.user).list()
        return self.service.list()

    def to_table(self, records: list[Any]) -> RecordTable:
        names = {organisation.id: organisation.name for organisation in self.organisations}
        rows = tuple((r.settings.code, r.settings.name, r.settings.starts_on, r.settings.ends_on,
                      names.get(r.settings.lead_organisation_id, ""), len(r.partners), len(r.targets))
                     for r in records)
        return RecordTable(COLUMNS, rows, tuple(r.id for r in records))

    # Actions ---------------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_settings(record)

    def open_settings(self, record: ProjectRecord | None) -> ProjectSettingsDialog:
        """Open the settings of ``record`` (None: a new project)."""
        dialog = ProjectSettingsDialog(self.service, self.context, organisations=self.organisations, record=record,
                                       parent=self.window())
        return self._show(dialog)

    def _open_list(self, kind: type[EditDialog]) -> EditDialog | None:
        record = self.selected()
        if record is None:
            return None
        if kind is PartnersDialog:
            dialog = PartnersDialog(self.service, self.context, record, organisations=self.organisations,
                                    parent=self.window())
        else:
            dialog = kind(self.service, self.context, record, self.window())  # type: ignore[call-arg]
        return self._show(dialog)

    def open_partners(self) -> PartnersDialog | None:
        """Open the selected project's partners."""
        return self._open_list(PartnersDialog)  # type: ignore[return-value]

    def open_targets(self) -> TargetsDialog | None:
        """Open the selected project's targets and planned curves."""
        return self._open_list(TargetsDialog)  # type: ignore[return-value]

    def open_eligibility(self) -> EligibilityDialog | None:
        """Open the selected project's eligibility rules."""
        return self._open_list(EligibilityDialog)  # type: ignore[return-value]

    def _show(self, dialog: EditDialog) -> Any:
        dialog.saved.connect(self._on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_saved(self, record: ProjectRecord) -> None:
        self.pending_selection = record.id
        self.context.changes.announce(ChangeKind.PROJECT, [record.id], initiator=self)

    def update_buttons(self) -> None:
        selected = self.selected() is not None
        for button in (self.settings_button, self.partners_button, self.targets_button, self.eligibility_button):
            button.setEnabled(selected)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.explanation_label.setText(self.tr(
            "The partnership's projects: period, funding, partners, targets over time, who is eligible, and the "
            "data settings – how small a number statistics may show, when a missing contact is flagged, and how "
            "long case files are kept."))
        self.new_button.setText(self.tr("&New project…"))
        self.settings_button.setText(self.tr("&Settings…"))
        self.partners_button.setText(self.tr("&Partners…"))
        self.targets_button.setText(self.tr("&Targets…"))
        self.eligibility_button.setText(self.tr("E&ligibility…"))
        self.update_buttons()
