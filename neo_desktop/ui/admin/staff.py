"""The staff accounts page: who may sign in, in which organisation, with which roles in which projects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from neo_desktop.app import Services
from neo_desktop.domain.organisation import Role
from neo_desktop.services.organisations import OrganisationRecord, OrganisationService
from neo_desktop.services.projects import ProjectRecord, ProjectService
from neo_desktop.services.staff import RoleGrant, StaffRecord, StaffService
from neo_desktop.services.tables import RecordTable

from ..changes import ChangeKind
from ..context import UiContext
from ..labels import label
from .list_page import ListPage
from .staff_dialogs import PasswordDialog, StaffDialog

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "Login"),
           QT_TRANSLATE_NOOP("Columns", "Organisation"), QT_TRANSLATE_NOOP("Columns", "Roles"),
           QT_TRANSLATE_NOOP("Columns", "Active"))


class StaffPage(ListPage):
    """Every staff account with its roles."""

    change_kinds = frozenset({ChangeKind.STAFF, ChangeKind.ORGANISATION, ChangeKind.PROJECT})

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(services, context, parent)
        self.service = StaffService(services.database, services.user)
        self.organisations: list[OrganisationRecord] = []
        self.projects: list[ProjectRecord] = []
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.active_button = QPushButton()
        self.password_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.open_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.open_password)
        for button in (self.new_button, self.edit_button, self.active_button, self.password_button):
            self.buttons_layout.addWidget(button)
        self.buttons_layout.addStretch(1)
        self.dialog: QWidget | None = None
        self.retranslate_ui()

    def fetch(self) -> list[StaffRecord]:
        # The forms' choices come with the list, so a dialog opens at once and shows current names.
        database, user = self.services.database, self.services.user
        self.organisations = OrganisationService(database, user).list()
        self.projects = ProjectService(database, user).list()
        return self.service.list()

    def roles_text(self, grants: tuple[RoleGrant, ...]) -> str:
        """The roles in words: "Caseworker (NEO-VS, sees the team), Administrator"."""
        codes = {project.id: project.settings.code for project in self.projects}
        parts = []
        for role in Role:
            for grant in (g for g in grants if g.role is role):
                details = [codes.get(grant.project_id, "?")] if grant.project_id else []
                if grant.may_view_team:
                    details.append(self.tr("sees the team"))
                parts.append(f"{label(role)} ({', '.join(details)})" if details else label(role))
        return ", ".join(parts)

    def to_table(self, records: list[Any]) -> RecordTable:
        rows = tuple((r.full_name, r.login_name, r.organisation_name, self.roles_text(r.roles), r.active)
                     for r in records)
        return RecordTable(COLUMNS, rows, tuple(r.id for r in records))

    # Actions ---------------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_dialog(record)

    def open_dialog(self, record: StaffRecord | None) -> StaffDialog:
        """Open the form for a new account (None) or for ``record``."""
        dialog = StaffDialog(self.service, self.context, organisations=self.organisations, projects=self.projects,
                             is_sqlite=self.services.database.is_sqlite, record=record, parent=self.window())
        dialog.saved.connect(self._on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_saved(self, record: StaffRecord) -> None:
        self.pending_selection = record.id
        self.context.changes.announce(ChangeKind.STAFF, [record.id], initiator=self)

    def open_password(self) -> PasswordDialog | None:
        """Set the selected person's password."""
        record = self.selected()
        if record is None:
            return None
        dialog = PasswordDialog(self.service, self.context, record, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def toggle_active(self) -> None:
        """Deactivate the selected account (it can no longer sign in), or reactivate it."""
        record = self.selected()
        if record is None:
            return
        service, record_id, active = self.service, record.id, not record.active
        self.active_button.setEnabled(False)
        self.context.tasks.run(lambda _progress, _cancelled: service.set_active(record_id, active),
                               name="staff active",
                               on_result=lambda saved: self.context.changes.announce(ChangeKind.STAFF, [saved.id],
                                                                                     initiator=self),
                               parent=self.window())

    def update_buttons(self) -> None:
        record = self.selected()
        for button in (self.edit_button, self.active_button, self.password_button):
            button.setEnabled(record is not None)
        if record is not None and record.id == self.services.user.staff_id:
            self.active_button.setEnabled(False)  # nobody locks themselves out
        self.active_button.setText(self.tr("&Reactivate") if record is not None and not record.active
                                   else self.tr("&Deactivate"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if self.services.database.is_sqlite:
            text = self.tr("Who may sign in, in which organisation, and with which roles in which projects. On this "
                           "embedded database everyone signs in with a password kept here (as a hash).")
        else:
            text = self.tr("Who may sign in, in which organisation, and with which roles in which projects. Each "
                           "account is the person's own login on the shared database; its database roles follow "
                           "the roles given here.")
        self.explanation_label.setText(text)
        self.new_button.setText(self.tr("&New account…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.password_button.setText(self.tr("Set &password…"))
        self.update_buttons()
        if self.records:
            self.model.set_table(self.to_table(list(self.records.values())))
