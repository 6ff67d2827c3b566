"""Dialogs for staff accounts: the account with its roles per project, and setting a password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.organisation import Language, Role
from neo_desktop.services.organisations import OrganisationRecord
from neo_desktop.services.projects import ProjectRecord
from neo_desktop.services.staff import MIN_PASSWORD_LENGTH, RoleGrant, StaffInput, StaffRecord, StaffService

from ..context import UiContext
from ..i18n import LANGUAGE_NAMES, LANGUAGES
from ..labels import label
from .forms import EditDialog, note_label


class RoleGrantsEditor(QWidget):
    """The roles of one staff member: each a role, for every project or one, and (caseworkers) team access."""

    def __init__(self, projects: list[ProjectRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projects = projects
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.2))
        self.table.setMinimumHeight(int(self.fontMetrics().height() * 9))
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_grant(RoleGrant(Role.CASEWORKER)))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def add_grant(self, grant: RoleGrant) -> int:
        """Add a row for ``grant``; returns its row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        role_box = QComboBox()
        for role in Role:
            role_box.addItem(label(role), role)
        role_box.setCurrentIndex(role_box.findData(grant.role))
        project_box = QComboBox()
        project_box.addItem(self.tr("All projects"), None)
        for project in self.projects:
            project_box.addItem(f"{project.settings.code} – {project.settings.name}", project.id)
        project_box.setCurrentIndex(max(0, project_box.findData(grant.project_id)))
        team = QCheckBox()
        team.setChecked(grant.may_view_team)
        holder = QWidget()  # centres the check box in its cell
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centre.addWidget(team)
        role_box.currentIndexChanged.connect(lambda _index: self._update_team(role_box, team))
        self.table.setCellWidget(row, 0, role_box)
        self.table.setCellWidget(row, 1, project_box)
        self.table.setCellWidget(row, 2, holder)
        self._update_team(role_box, team)
        return row

    @staticmethod
    def _update_team(role_box: QComboBox, team: QCheckBox) -> None:
        # Only caseworkers can be allowed to read their team's caseload.
        caseworker = role_box.currentData() == Role.CASEWORKER
        team.setEnabled(caseworker)
        if not caseworker:
            team.setChecked(False)

    def remove_selected(self) -> None:
        """Remove the selected role."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())

    def set_grants(self, grants: tuple[RoleGrant, ...]) -> None:
        """Show ``grants``."""
        self.table.setRowCount(0)
        for grant in grants:
            self.add_grant(grant)

    def grants(self) -> tuple[RoleGrant, ...]:
        """The roles as entered (a role given twice for the same project counts once)."""
        found: dict[tuple[Role, int | None], RoleGrant] = {}
        for row in range(self.table.rowCount()):
            role = Role(self.table.cellWidget(row, 0).currentData())
            project_id = self.table.cellWidget(row, 1).currentData()
            team = self.table.cellWidget(row, 2).findChild(QCheckBox).isChecked()
            found[(role, project_id)] = RoleGrant(role, project_id, team)
        return tuple(found.values())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Project"), self.tr("Sees the team")])
        self.table.horizontalHeaderItem(2).setToolTip(self.tr(
            "A caseworker may be allowed to read the caseload of their team in their own organisation."))
        self.add_button.setText(self.tr("&Add role"))
        self.remove_button.setText(self.tr("&Remove role"))
        for row in range(self.table.rowCount()):
            role_box = self.table.cellWidget(row, 0)
            for index in range(role_box.count()):
                role_box.setItemText(index, label(Role(role_box.itemData(index))))
            self.table.cellWidget(row, 1).setItemText(0, self.tr("All projects"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class StaffDialog(EditDialog):
    """Create or edit a staff account: who, where, which roles; a password when the account is new."""

    def __init__(self, service: StaffService, context: UiContext, *, organisations: list[OrganisationRecord],
                 projects: list[ProjectRecord], is_sqlite: bool, record: StaffRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.set_form_width(600)
        self.service = service
        self.record = record
        self.is_sqlite = is_sqlite
        self.login_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.organisation_box = QComboBox()
        for organisation in organisations:
            if organisation.active or (record is not None and organisation.id == record.organisation_id):
                self.organisation_box.addItem(organisation.name, organisation.id)
        self.language_box = QComboBox()
        for language in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[language], Language(language))
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.roles_editor = RoleGrantsEditor(projects)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_note = note_label()
        for name, widget in (("login_name", self.login_edit), ("full_name", self.name_edit),
                             ("organisation_id", self.organisation_box), ("language", self.language_box),
                             ("email", self.email_edit), ("phone", self.phone_edit), ("roles", self.roles_editor)):
            self.add_field(name, widget)
        if record is None:
            self.add_field("password", self.password_edit)
            self.roles_editor.add_grant(RoleGrant(Role.CASEWORKER))
        else:
            self.load(record)
            self.login_edit.setReadOnly(True)  # it is the person's database login too
        self.body.insertWidget(self.body.indexOf(self.message_label), self.login_note)
        self.retranslate_ui()
        (self.name_edit if record else self.login_edit).setFocus()

    def data(self) -> StaffInput:
        """What the form holds."""
        return StaffInput(login_name=self.login_edit.text(), full_name=self.name_edit.text(),
                          organisation_id=self.organisation_box.currentData(), roles=self.roles_editor.grants(),
                          email=self.email_edit.text().strip() or None, phone=self.phone_edit.text().strip() or None,
                          language=Language(self.language_box.currentData()))

    def save(self) -> None:
        data, service = self.data(), self.service
        if self.record is None:
            # The embedded database signs people in with this password, so it is required there; on PostgreSQL
            # an empty one leaves the login to the organisation's single sign-on.
            password: str | None = self.password_edit.text()
            if not self.is_sqlite and not password:
                password = None
            self.submit(lambda: service.create(data, password=password))
        else:
            record_id, version = self.record.id, self.version or self.record.version
            self.submit(lambda: service.update(record_id, version, data))

    def fetch_current(self) -> StaffRecord:
        assert self.record is not None
        return next(s for s in self.service.list() if s.id == self.record.id)

    def load(self, record: Any) -> None:
        self.record, self.version = record, record.version
        self.login_edit.setText(record.login_name)
        self.name_edit.setText(record.full_name)
        self.organisation_box.setCurrentIndex(max(0, self.organisation_box.findData(record.organisation_id)))
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(record.language)))
        self.email_edit.setText(record.email or "")
        self.phone_edit.setText(record.phone or "")
        self.roles_editor.set_grants(record.roles)

    def conflict_value(self, name: str, value: Any) -> str:
        if name == "organisation_id":
            index = self.organisation_box.findData(value)
            return self.organisation_box.itemText(index) if index >= 0 else str(value)
        if name == "language" and value:
            return LANGUAGE_NAMES.get(str(value), str(value))
        return super().conflict_value(name, value)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        creating = self.record is None
        self.setWindowTitle(self.tr("New staff account") if creating else self.tr("Edit staff account"))
        self.heading.setText(self.tr("New staff account") if creating else self.record.full_name)
        titles = {"login_name": self.tr("&Login name:"), "full_name": self.tr("Full &name:"),
                  "organisation_id": self.tr("&Organisation:"), "language": self.tr("Lan&guage:"),
                  "email": self.tr("&E-mail:"), "phone": self.tr("&Phone:"), "roles": self.tr("&Roles:"),
                  "password": self.tr("Pass&word:")}
        for name, text in titles.items():
            if name in self._fields:
                self._fields[name].label.setText(text)
        self.login_edit.setPlaceholderText(self.tr("lower-case letters, e.g. mette.soerensen"))
        if self.is_sqlite:
            self.password_edit.setPlaceholderText(self.tr("at least {length} characters").format(
                length=MIN_PASSWORD_LENGTH))
            note = self.tr("The person signs in with the login name and this password. The login name cannot be "
                           "changed later.")
        else:
            self.password_edit.setPlaceholderText(self.tr("empty: single sign-on"))
            note = self.tr("Saving creates the person's own login on the shared database and grants it the "
                           "database roles of their NEO roles; row-level security then limits what it can read. "
                           "Leave the password empty if your organisation signs people in with single sign-on.")
        self.login_note.setText(note if creating else self.tr(
            "Changed roles take effect the next time the person signs in."))


class PasswordDialog(EditDialog):
    """Set a staff member's password (the local one, or their PostgreSQL login's)."""

    def __init__(self, service: StaffService, context: UiContext, record: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = service
        self.record = record
        self.password_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for name, edit in (("password", self.password_edit), ("repeat", self.repeat_edit)):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.add_field(name, edit)
        self.retranslate_ui()
        self.password_edit.setFocus()

    def save(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.field_error("repeat").setText(self.tr("The two passwords are not the same."))
            self.field_error("repeat").show()
            self.repeat_edit.setFocus()
            return
        service, staff_id, password = self.service, self.record.id, self.password_edit.text()
        self.submit(lambda: service.set_password(staff_id, password))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Set password"))
        self.heading.setText(self.tr("New password for {name}").format(name=self.record.full_name))
        self._fields["password"].label.setText(self.tr("&New password:"))
        self._fields["repeat"].label.setText(self.tr("&Repeat it:"))
        self.password_edit.setPlaceholderText(self.tr("at least {length} characters").format(
            length=MIN_PASSWORD_LENGTH))
