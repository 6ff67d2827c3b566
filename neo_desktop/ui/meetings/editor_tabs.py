"""The meeting editor's tabs: agenda and minutes, attendance, decisions, action items.

Each tab shows its part of a :class:`MeetingView` and asks the editor to run a change (``editor.change``), which
comes back as the whole meeting again. While the minutes are out for review or approved, the tabs only show.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.meeting import ActionStatus, AttendanceStatus
from neo_desktop.services.meeting_views import ActionView, AgendaItemView, DecisionView, MeetingView, MemberKind

from ..labels import label
from .common import RECORD, day_text, fill_table, make_table, selected_id, time_text
from .dialogs import ActionDialog, AgendaItemDialog, DecisionDialog

if TYPE_CHECKING:
    from .editor import MeetingEditor

OVERDUE = QColor("#a1271b")
CARRIED = QColor("#2f5d8a")


def buttons(*widgets: QWidget) -> QHBoxLayout:
    """A row of buttons, left-aligned."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class _Tab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.editor.view is not None:
                self.show_view(self.editor.view)
        super().changeEvent(event)

    def show_view(self, view: MeetingView) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class AgendaTab(_Tab):
    """The agenda builder (add, edit, move, remove, bring in open actions) and the minutes of each item."""

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.items = QListWidget()
        self.items.currentRowChanged.connect(self._show_minutes)
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.up_button, self.down_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.carry_button = QPushButton()
        self.add_button.clicked.connect(lambda: self._edit_item(None))
        self.edit_button.clicked.connect(lambda: self._edit_item(self.current()))
        self.items.itemDoubleClicked.connect(lambda _item: self._edit_item(self.current()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.carry_button.clicked.connect(lambda: self.editor.change(lambda s, v: s.carry_over_actions(v.id)))
        self.item_label = QLabel()
        font = QFont(self.item_label.font())
        font.setBold(True)
        self.item_label.setFont(font)
        self.item_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.minutes_edit = QPlainTextEdit()
        self.save_minutes_button = QPushButton()
        self.save_minutes_button.clicked.connect(self._save_minutes)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items, 1)
        left_layout.addLayout(buttons(self.add_button, self.edit_button, self.remove_button))
        left_layout.addLayout(buttons(self.up_button, self.down_button, self.carry_button))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_label)
        right_layout.addWidget(self.details_label)
        right_layout.addWidget(self.minutes_edit, 1)
        right_layout.addLayout(buttons(self.save_minutes_button))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def current(self) -> AgendaItemView | None:
        """The agenda item selected."""
        view, row = self.editor.view, self.items.currentRow()
        return view.agenda[row] if view is not None and 0 <= row < len(view.agenda) else None

    def show_view(self, view: MeetingView) -> None:
        row = self.items.currentRow()
        self.items.blockSignals(True)
        self.items.clear()
        start = view.starts_at
        for item in view.agenda:
            text = f"{item.position + 1}. {time_text(start)}  {item.title}"
            if item.minutes_allotted:
                text += "  " + self.tr("({minutes} min.)").format(minutes=item.minutes_allotted)
            entry = QListWidgetItem(text)
            entry.setData(RECORD, item.id)
            if item.carried_action_id is not None:
                entry.setForeground(CARRIED)
                entry.setToolTip(self.tr("Carried over from an open action item"))
            self.items.addItem(entry)
            start = start + timedelta(minutes=item.minutes_allotted or 0)
        self.items.blockSignals(False)
        self.items.setCurrentRow(min(max(row, 0), len(view.agenda) - 1) if view.agenda else -1)
        self._show_minutes()
        editable = self.editor.may_change(view)
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button, self.remove_button,
                       self.carry_button, self.save_minutes_button):
            button.setEnabled(editable)
        self.minutes_edit.setReadOnly(not editable)

    def _show_minutes(self) -> None:
        item = self.current()
        self.item_label.setText(item.title if item else self.tr("Choose an agenda item to write its minutes."))
        details = []
        if item is not None:
            if item.presenter:
                details.append(self.tr("Presenter: {name}").format(name=item.presenter))
            if item.employer_name:
                details.append(self.tr("Company: {name}").format(name=item.employer_name))
            if item.target_kind:
                details.append(self.tr("Target: {name}").format(name=label(item.target_kind)))
            if item.link:
                details.append(self.tr("Linked: {link}").format(link=item.link))
            if item.description:
                details.append(item.description)
        self.details_label.setText("\n".join(details))
        self.details_label.setVisible(bool(details))
        self.minutes_edit.setPlainText(item.minutes or "" if item else "")
        self.minutes_edit.setEnabled(item is not None)

    def _edit_item(self, original: AgendaItemView | None) -> None:
        view = self.editor.view
        if view is None or not self.editor.may_change(view) or self.editor.candidates is None:
            return
        service = self.editor.meetings
        dialog = AgendaItemDialog(
            self.editor.context, self.editor.candidates,
            lambda data: service.save_agenda_item(view.id, data, original=original), self.editor.show_changed,
            original, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def _move(self, offset: int) -> None:
        item = self.current()
        if item is not None:
            self.items.setCurrentRow(self.items.currentRow() + offset)
            self.editor.change(lambda s, v: s.move_agenda_item(v.id, item, offset))

    def _remove(self) -> None:
        item = self.current()
        if item is not None:
            self.editor.change(lambda s, v: s.remove_agenda_item(v.id, item))

    def _save_minutes(self) -> None:
        item, text = self.current(), self.minutes_edit.toPlainText()
        if item is not None:
            self.editor.change(lambda s, v: s.record_minutes(v.id, item, text))

    def retranslate_ui(self) -> None:
        for button, text in ((self.add_button, self.tr("Add item…")), (self.edit_button, self.tr("Edit…")),
                             (self.up_button, self.tr("Move up")), (self.down_button, self.tr("Move down")),
                             (self.remove_button, self.tr("Remove")),
                             (self.carry_button, self.tr("Bring in open actions")),
                             (self.save_minutes_button, self.tr("Save minutes"))):
            button.setText(text)
        self.carry_button.setToolTip(self.tr("Put the group's open action items that are not on the agenda yet at "
                                             "its end"))
        self.minutes_edit.setPlaceholderText(self.tr("What was said and agreed under this item"))


class AttendanceTab(_Tab):
    """Who was invited, who came, who sent apologies; guests."""

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.table = make_table(4)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        self.guest_edit = QLineEdit()
        self.guest_button = QPushButton()
        self.guest_button.clicked.connect(self._add_guest)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        row = buttons(self.save_button)
        row.addWidget(self.guest_edit)
        row.addWidget(self.guest_button)
        layout.addLayout(row)
        self.retranslate_ui()

    def show_view(self, view: MeetingView) -> None:
        people = [a for a in view.attendees if a.kind is not MemberKind.PARTICIPANT]
        young = len(view.attendees) - len(people)
        fill_table(self.table, [(a.name or "", a.organisation_name or "", a.role or self.tr("Guest"), "")
                                for a in people], [a.id for a in people])
        editable = self.editor.may_change(view)
        for row, attendee in enumerate(people):
            combo = QComboBox()
            for status in AttendanceStatus:
                combo.addItem(label(status), status.value)
            combo.setCurrentIndex(list(AttendanceStatus).index(attendee.status))
            combo.setEnabled(editable)
            self.table.setCellWidget(row, 3, combo)
        self.note.setText(self.tr("{count} young people are invited; their attendance is recorded in the caseload.")
                          .format(count=young) if young else "")
        self.note.setVisible(bool(young))
        for widget in (self.save_button, self.guest_edit, self.guest_button):
            widget.setEnabled(editable)

    def statuses(self) -> dict[int, AttendanceStatus]:
        """Attendee id → the answer chosen in the table."""
        result = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)
            result[self.table.item(row, 0).data(RECORD)] = AttendanceStatus(combo.currentData())
        return result

    def _save(self) -> None:
        statuses = self.statuses()
        self.editor.change(lambda s, v: s.set_attendance(v.id, statuses))

    def _add_guest(self) -> None:
        name = self.guest_edit.text()
        self.guest_edit.clear()
        self.editor.change(lambda s, v: s.add_guest(v.id, name))

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Role"),
                                              self.tr("Answer")])
        self.save_button.setText(self.tr("Save attendance"))
        self.guest_edit.setPlaceholderText(self.tr("A guest's name"))
        self.guest_button.setText(self.tr("Add guest"))


class DecisionsTab(_Tab):
    """The decisions of the meeting."""

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self._current()))
        self.list.itemDoubleClicked.connect(lambda _item: self._edit(self._current()))
        self.remove_button.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons(self.add_button, self.edit_button, self.remove_button))
        self.retranslate_ui()

    def _current(self) -> DecisionView | None:
        view, row = self.editor.view, self.list.currentRow()
        return view.decisions[row] if view is not None and 0 <= row < len(view.decisions) else None

    def show_view(self, view: MeetingView) -> None:
        self.list.clear()
        items = {item.id: item.position + 1 for item in view.agenda}
        for decision in view.decisions:
            prefix = f"{items[decision.agenda_item_id]}. " if decision.agenda_item_id in items else ""
            self.list.addItem(prefix + decision.text)
        editable = self.editor.may_change(view)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(editable)

    def _edit(self, original: DecisionView | None) -> None:
        view = self.editor.view
        if view is None or not self.editor.may_change(view):
            return
        service = self.editor.meetings
        dialog = DecisionDialog(self.editor.context, view.agenda,
                                lambda data: service.save_decision(view.id, data, original=original),
                                self.editor.show_changed, original, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def _remove(self) -> None:
        decision = self._current()
        if decision is not None:
            self.editor.change(lambda s, v: s.remove_decision(v.id, decision))

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Record a decision…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))


class ActionsTab(_Tab):
    """The action items agreed in the meeting: who does what by when, and their follow-up."""

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.table = make_table(4)
        self.table.doubleClicked.connect(lambda _index: self._edit(self._current()))
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.done_button, self.cancel_button, self.reopen_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self._current()))
        self.done_button.clicked.connect(lambda: self._follow_up(ActionStatus.DONE))
        self.cancel_button.clicked.connect(lambda: self._follow_up(ActionStatus.CANCELLED))
        self.reopen_button.clicked.connect(lambda: self._follow_up(ActionStatus.OPEN))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons(self.add_button, self.edit_button, self.done_button, self.cancel_button,
                                 self.reopen_button))
        self.retranslate_ui()

    def _current(self) -> ActionView | None:
        view, chosen = self.editor.view, selected_id(self.table)
        return next((a for a in view.actions if a.id == chosen), None) if view is not None else None

    def show_view(self, view: MeetingView) -> None:
        today = self.editor.today()
        fill_table(self.table, [(a.title, a.owner or "", day_text(a.due_on), a.status) for a in view.actions],
                   [a.id for a in view.actions])
        for row, action in enumerate(view.actions):
            if action.is_overdue(today):
                self.table.item(row, 2).setForeground(OVERDUE)
                self.table.item(row, 2).setToolTip(self.tr("Overdue"))
        editable = self.editor.may_change(view)
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable)
        for button in (self.done_button, self.cancel_button, self.reopen_button):  # follow-up: also when locked
            button.setEnabled(self.editor.may_edit)

    def _edit(self, original: ActionView | None) -> None:
        view = self.editor.view
        if view is None or not self.editor.may_change(view) or self.editor.candidates is None:
            return
        service = self.editor.meetings
        dialog = ActionDialog(self.editor.context, self.editor.candidates, view.agenda,
                              lambda data: service.save_action(view.id, data, original=original),
                              self.editor.show_changed, original, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def _follow_up(self, status: ActionStatus) -> None:
        action = self._current()
        if action is not None:
            self.editor.follow_up(action, status)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Action item"), self.tr("Owner"), self.tr("Due"),
                                              self.tr("Status")])
        for button, text in ((self.add_button, self.tr("Agree an action…")), (self.edit_button, self.tr("Edit…")),
                             (self.done_button, self.tr("Mark done")), (self.cancel_button, self.tr("Cancel it")),
                             (self.reopen_button, self.tr("Open again"))):
            button.setText(text)
