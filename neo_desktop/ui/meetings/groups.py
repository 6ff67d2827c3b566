"""Groups and members: steering groups, working groups, the company network and youth network groups, with the
partners' people in their roles. Young people in youth network groups are counted, not named (see the service)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.app import Services
from neo_desktop.domain.meeting import GroupKind, MemberRole
from neo_desktop.services.meeting_groups import MEETING_EDITORS, GroupService
from neo_desktop.services.meeting_views import (
    GroupInput,
    GroupView,
    MemberCandidates,
    MemberInput,
    MemberKind,
    MemberView,
)
from neo_desktop.services.statistics import ProjectChoice, StatisticsService

from ..changes import ChangeKind
from ..context import UiContext
from .common import (
    day_text,
    enum_combo,
    enum_value,
    fill_combo,
    fill_table,
    from_qdate,
    make_table,
    run,
    select_data,
    selected_id,
)
from .dialogs import FormDialog


class GroupDialog(FormDialog):
    """A group's name, kind, project, host organisation, municipality and whether it is active."""

    def __init__(self, context: UiContext, groups: GroupService, projects: Sequence[ProjectChoice],
                 submit: Callable[[Any], Any], done: Callable[[Any], None], original: GroupView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, done, parent)
        self.groups = groups
        self.name_edit = QLineEdit()
        self.kind_combo = enum_combo(GroupKind)
        self.project_combo = QComboBox()
        fill_combo(self.project_combo, [(f"{p.code} – {p.name}", p.id) for p in projects], keep=False)
        self.host_combo = QComboBox()
        self.municipality_edit = QLineEdit()
        self.active_check = QCheckBox()
        self.active_check.setChecked(True)
        for widget in (self.name_edit, self.kind_combo, self.project_combo, self.host_combo, self.municipality_edit,
                       self.active_check):
            self.add_row(widget)
        self._host = original.organisation_id if original else None
        if original is not None:
            self.name_edit.setText(original.name)
            select_data(self.kind_combo, original.kind)
            select_data(self.project_combo, original.project_id)
            self.municipality_edit.setText(original.municipality or "")
            self.active_check.setChecked(original.active)
        self.project_combo.currentIndexChanged.connect(self._load_hosts)
        self._load_hosts()
        self.retranslate_ui()

    def _load_hosts(self) -> None:
        project_id = self.project_combo.currentData()
        if project_id is not None:
            run(self.context, self, lambda: self.groups.member_candidates(project_id), self._show_hosts)

    def _show_hosts(self, candidates: MemberCandidates) -> None:
        fill_combo(self.host_combo, [(o.name, o.id) for o in candidates.organisations])
        if self._host is not None:
            select_data(self.host_combo, self._host)

    def value(self) -> GroupInput:
        return GroupInput(self.name_edit.text(), enum_value(self.kind_combo, GroupKind),
                          self.project_combo.currentData(), self.host_combo.currentData(),
                          self.municipality_edit.text(), self.active_check.isChecked())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Group"))
        self.set_labels(self.tr("Name"), self.tr("Kind"), self.tr("Project"), self.tr("Host organisation"),
                                    self.tr("Municipality"), self.tr("Active"))


class MemberDialog(FormDialog):
    """A member: a staff member, a company's contact, or an organisation's representative; role and dates."""

    def __init__(self, context: UiContext, candidates: MemberCandidates, submit: Callable[[Any], Any],
                 done: Callable[[Any], None], original: MemberView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, done, parent)
        self.who_combo = QComboBox()
        choices: list[tuple[str, Any]] = [(f"{s.name} ({s.detail})", ("staff", s.id)) for s in candidates.staff]
        choices += [(c.name, ("employer", c.id)) for c in candidates.employers]
        choices += [(o.name, ("organisation", o.id)) for o in candidates.organisations]
        fill_combo(self.who_combo, choices, keep=False)
        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.role_combo = enum_combo(MemberRole)
        select_data(self.role_combo, MemberRole.MEMBER)
        self.joined_edit = QDateEdit(QDate.currentDate())
        self.joined_edit.setCalendarPopup(True)
        for widget in (self.who_combo, self.name_edit, self.email_edit, self.role_combo, self.joined_edit):
            self.add_row(widget)
        if original is not None:
            key = {MemberKind.STAFF: ("staff", original.staff_id),
                   MemberKind.EMPLOYER: ("employer", original.employer_id),
                   MemberKind.ORGANISATION: ("organisation", original.organisation_id)}.get(original.kind)
            select_data(self.who_combo, key)
            self.who_combo.setEnabled(False)  # a member is one person: to change who, add another member
            self.name_edit.setText(original.name or "" if original.kind is not MemberKind.STAFF else "")
            self.email_edit.setText(original.email or "")
            select_data(self.role_combo, original.role)
            if original.joined_on:
                self.joined_edit.setDate(QDate(original.joined_on.year, original.joined_on.month,
                                               original.joined_on.day))
        self.original = original
        self.retranslate_ui()

    def value(self) -> MemberInput:
        kind, key = self.who_combo.currentData() or ("staff", None)
        name = self.name_edit.text() if kind != "staff" else None
        return MemberInput(enum_value(self.role_combo, MemberRole), staff_id=key if kind == "staff" else None,
                           organisation_id=key if kind == "organisation" else None,
                           employer_id=key if kind == "employer" else None, name=name, email=self.email_edit.text(),
                           joined_on=from_qdate(self.joined_edit.date()),
                           left_on=self.original.left_on if self.original else None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Member"))
        self.set_labels(self.tr("Who"), self.tr("Name (a company's or organisation's person)"),
                                    self.tr("E-mail"), self.tr("Role"), self.tr("Member since"))


class GroupsDialog(QDialog):
    """All groups beside the chosen group's members."""

    changed = Signal()

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = GroupService(services.database, services.user)
        self.projects_service = StatisticsService(services.database, services.user)
        self.may_edit = services.user.has_any(*MEETING_EDITORS)
        self.group_list: list[GroupView] = []
        self.projects: list[ProjectChoice] = []
        self.resize(1120, 600)
        self.groups_table = make_table(4)
        self.groups_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups_table.itemSelectionChanged.connect(self._show_members)
        self.members_table = make_table(5)
        self.young_label = QLabel()
        self.young_label.setWordWrap(True)
        self.new_group, self.edit_group = QPushButton(), QPushButton()
        self.add_member, self.edit_member, self.end_member = QPushButton(), QPushButton(), QPushButton()
        self.new_group.clicked.connect(lambda: self._group_form(None))
        self.edit_group.clicked.connect(lambda: self._group_form(self.current_group()))
        self.add_member.clicked.connect(lambda: self._member_form(None))
        self.edit_member.clicked.connect(lambda: self._member_form(self._current_member()))
        self.end_member.clicked.connect(self._end_membership)
        left, right = QWidget(), QWidget()
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        left_layout.addWidget(self.groups_table, 1)
        row = QHBoxLayout()
        for button in (self.new_group, self.edit_group):
            row.addWidget(button)
        row.addStretch(1)
        left_layout.addLayout(row)
        right_layout.addWidget(self.members_table, 1)
        right_layout.addWidget(self.young_label)
        row = QHBoxLayout()
        for button in (self.add_member, self.edit_member, self.end_member):
            row.addWidget(button)
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 520])
        QVBoxLayout(self).addWidget(splitter)
        for button in (self.new_group, self.edit_group, self.add_member, self.edit_member, self.end_member):
            button.setEnabled(self.may_edit)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        """Load the groups (and the projects a group can belong to)."""
        run(self.context, self, self.service.groups, self._show_groups)
        run(self.context, self, self.projects_service.projects, lambda projects: setattr(self, "projects", projects))

    def _show_groups(self, groups: list[GroupView]) -> None:
        self.group_list = groups
        fill_table(self.groups_table, [(g.name, g.kind, g.project_code, len(g.members)) for g in groups],
                   [g.id for g in groups])
        if selected_id(self.groups_table) is None and groups:
            self.groups_table.selectRow(0)
        self._show_members()

    def current_group(self) -> GroupView | None:
        """The group chosen in the list."""
        chosen = selected_id(self.groups_table)
        return next((g for g in self.group_list if g.id == chosen), None)

    def _current_member(self) -> MemberView | None:
        group, chosen = self.current_group(), selected_id(self.members_table)
        return next((m for m in group.members if m.id == chosen), None) if group else None

    def _show_members(self) -> None:
        group = self.current_group()
        people = [m for m in group.members if m.kind is not MemberKind.PARTICIPANT] if group else []
        young = len(group.members) - len(people) if group else 0
        fill_table(self.members_table, [(m.name or "", m.organisation_name or "", m.role, day_text(m.joined_on),
                                         day_text(m.left_on)) for m in people], [m.id for m in people])
        self.young_label.setText(self.tr("And {count} young people, who are managed from the caseload.")
                                 .format(count=young) if young else "")
        self.young_label.setVisible(bool(young))

    def _group_form(self, original: GroupView | None) -> None:
        dialog = GroupDialog(self.context, self.service, self.projects,
                             lambda data: self.service.save_group(data, original=original), self._saved, original,
                             self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def _member_form(self, original: MemberView | None) -> None:
        group = self.current_group()
        if group is None:
            return

        def open_form(candidates: MemberCandidates) -> None:
            dialog = MemberDialog(self.context, candidates,
                                  lambda data: self.service.save_member(group.id, data, original=original),
                                  self._saved, original, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.dialog = dialog

        run(self.context, self, lambda: self.service.member_candidates(group.project_id), open_form)

    def _end_membership(self) -> None:
        group, member = self.current_group(), self._current_member()
        if group is not None and member is not None:
            today = from_qdate(QDate.currentDate())
            run(self.context, self, lambda: self.service.end_membership(group.id, member, today), self._saved)

    def _saved(self, _group: GroupView) -> None:
        self.context.changes.announce(ChangeKind.MEETING, (), self)
        self.changed.emit()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Groups and members"))
        self.groups_table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Kind"), self.tr("Project"),
                                                     self.tr("Members")])
        self.members_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Role"),
                                                      self.tr("Member since"), self.tr("Left")])
        self.new_group.setText(self.tr("New group…"))
        self.edit_group.setText(self.tr("Edit group…"))
        self.add_member.setText(self.tr("Add member…"))
        self.edit_member.setText(self.tr("Change member…"))
        self.end_member.setText(self.tr("End membership today"))
        if self.group_list:
            self._show_groups(self.group_list)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
