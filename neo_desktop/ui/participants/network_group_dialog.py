"""The weekly youth network group: one session's attendance for every member on one screen, with each member's
last sessions beside it; members whose attendance is dropping are marked. Ctrl+S saves the whole session."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
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
)

from neo_desktop.domain.meeting import AttendanceStatus, MeetingStatus
from neo_desktop.domain.participant_rules import WarningKind
from neo_desktop.services.network_groups import AttendanceSheet, GroupSummary

from ..changes import ChangeKind
from ..context import UiContext
from ..labels import label
from .calls import ParticipantServices, run_call
from .opening import open_record
from .texts import error_text
from .widgets import EnumBox, FieldMessage, date_text

DROPPING = QColor("#a3261b")
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class NetworkGroupDialog(QDialog):
    """Attendance of one group's session."""

    def __init__(self, services: ParticipantServices, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.context = context
        self.sheet: AttendanceSheet | None = None
        self.boxes: dict[int, EnumBox] = {}
        self.group = QComboBox()
        self.session = QComboBox()
        self.new_button, self.all_button, self.save_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.new_button, self.all_button, self.save_button):
            button.setAutoDefault(False)  # Enter in the list must not plan a new session
        self.group_label, self.session_label = QLabel(), QLabel()
        self.group_label.setBuddy(self.group)
        self.session_label.setBuddy(self.session)
        for box in (self.group, self.session):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumWidth(240)
        top = QHBoxLayout()
        for widget in (self.group_label, self.group, self.session_label, self.session, self.new_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.table = QTableWidget()
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.cellDoubleClicked.connect(self._open_member)
        self.message = FieldMessage()
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.all_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.addAction(self.save_action)
        self.group.currentIndexChanged.connect(lambda _i: self.load_sheet())
        self.session.activated.connect(lambda _i: self.load_sheet(self.session.currentData()))
        self.new_button.clicked.connect(self.new_session)
        self.all_button.clicked.connect(lambda: self.set_all(AttendanceStatus.ATTENDED))
        self.save_button.clicked.connect(self.save)
        self.resize(900, 560)
        self.retranslate_ui()
        run_call(context, services.groups.groups, parent=self, name="network groups", on_result=self._groups)

    def _groups(self, groups: list[GroupSummary]) -> None:
        self.group.blockSignals(True)
        for group in groups:
            self.group.addItem(f"{group.name} ({group.project_code})", group.id)
        self.group.blockSignals(False)
        if groups:
            self.load_sheet()
        else:
            self.message.show_warning(self.tr("You have no youth network groups."))

    def load_sheet(self, meeting_id: int | None = None) -> None:
        """Load a session of the chosen group (default: the latest one that has started)."""
        group_id = self.group.currentData()
        if group_id is None:
            return
        run_call(self.context, lambda: self.services.groups.sheet(group_id, meeting_id), parent=self,
                 name="attendance", on_result=self.show_sheet)

    def show_sheet(self, sheet: AttendanceSheet) -> None:
        """Show the members and their attendance."""
        self.sheet = sheet
        self.session.blockSignals(True)
        self.session.clear()
        for view in sheet.sessions:
            self.session.addItem(f"{date_text(view.starts_at.astimezone().date())} · {view.title} · "
                                 f"{label(view.status)}", view.id)
        if sheet.session is not None:
            self.session.setCurrentIndex(self.session.findData(sheet.session.id))
        self.session.blockSignals(False)
        history = sheet.history_sessions
        self.table.clear()
        self.table.setColumnCount(3 + len(history))
        self.table.setRowCount(len(sheet.members))
        headers = [self.tr("Young person"), self.tr("This session"),
                   *(date_text(s.starts_at.astimezone().date()) for s in history), self.tr("Warning")]
        self.table.setHorizontalHeaderLabels(headers)
        self.boxes = {}
        editable = sheet.session is not None and sheet.session.status is not MeetingStatus.CANCELLED
        for row, member in enumerate(sheet.members):
            name = QTableWidgetItem(member.name)
            name.setData(MEMBER_ROLE, member.participant_id)
            name.setToolTip(self.tr("Double-click to open the record"))
            self.table.setItem(row, 0, name)
            box = EnumBox(AttendanceStatus)
            box.set_value(member.status)
            box.setEnabled(editable)
            self.boxes[member.member_id] = box
            self.table.setCellWidget(row, 1, box)
            for column, status in enumerate(member.history, start=2):
                self.table.setItem(row, column, QTableWidgetItem(label(status) if status else "—"))
            warning = QTableWidgetItem(label(WarningKind.ATTENDANCE_DROPPING) if member.dropping else "")
            warning.setForeground(DROPPING)
            self.table.setItem(row, 2 + len(history), warning)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button.setEnabled(editable and bool(sheet.members))
        self.all_button.setEnabled(editable and bool(sheet.members))
        dropping = sum(member.dropping for member in sheet.members)
        self.message.show_warning(self.tr("{count} members; attendance dropping for {dropping}.").format(
            count=len(sheet.members), dropping=dropping))

    def set_all(self, status: AttendanceStatus) -> None:
        """Mark every member with ``status`` (then correct the few who were not there)."""
        for box in self.boxes.values():
            box.set_value(status)

    def save(self) -> None:
        """Save the whole session's attendance at once."""
        sheet = self.sheet
        if sheet is None or sheet.session is None or not self.save_button.isEnabled():
            return
        statuses = {member: AttendanceStatus(box.value()) for member, box in self.boxes.items()}
        session = sheet.session

        def saved(new: AttendanceSheet) -> None:
            self.show_sheet(new)
            self.message.show_warning(self.tr("Attendance saved."))
            self.context.changes.announce(ChangeKind.MEETING, [session.id], initiator=self)
            self.context.changes.announce(ChangeKind.PARTICIPANT, [m.participant_id for m in new.members],
                                          initiator=self)

        run_call(self.context, lambda: self.services.groups.record_attendance(session.id, session.version, statuses),
                 parent=self, name="save attendance", on_result=saved,
                 on_refused=lambda error: self.message.show_error(error_text(error)),
                 on_conflict=lambda _error: self._conflict(session.id))

    def _conflict(self, meeting_id: int) -> None:
        self.message.show_error(self.tr("Someone else recorded this session meanwhile; it has been loaded again. "
                                        "Check it and save once more."))
        self.load_sheet(meeting_id)

    def new_session(self) -> None:
        """Plan the next session (a week after the latest, at the same time)."""
        group_id = self.group.currentData()
        if group_id is None:
            return
        latest = self.sheet.sessions[0].starts_at.astimezone() if self.sheet and self.sheet.sessions else None
        dialog = NewSessionDialog(latest, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        starts_at, title = dialog.starts_at(), dialog.title.text()
        run_call(self.context, lambda: self.services.groups.new_session(group_id, starts_at, title), parent=self,
                 name="new session", on_result=self.show_sheet,
                 on_refused=lambda error: self.message.show_error(error_text(error)))

    def _open_member(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and item.data(MEMBER_ROLE) is not None:
            open_record(self.services, self.context, int(item.data(MEMBER_ROLE)), self.parentWidget())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Network group attendance"))
        self.group_label.setText(self.tr("&Group:"))
        self.session_label.setText(self.tr("&Session:"))
        self.new_button.setText(self.tr("&New session…"))
        self.all_button.setText(self.tr("Everyone &attended"))
        self.save_button.setText(self.tr("&Save (Ctrl+S)"))
        if self.sheet is not None:
            self.show_sheet(self.sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class NewSessionDialog(QDialog):
    """When the next session is, and its title."""

    def __init__(self, latest: datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start = latest + timedelta(days=7) if latest is not None else None
        moment = QDateTime(start) if start is not None else QDateTime.currentDateTime()
        self.when = QDateTimeEdit(moment)
        self.when.setCalendarPopup(True)
        week = (start.date() if start is not None else date.today()).isocalendar().week
        self.title = QLineEdit(self.tr("Week {week}").format(week=week))
        form = QFormLayout(self)
        self.when_label, self.title_label = QLabel(self.tr("&When:")), QLabel(self.tr("&Title:"))
        self.when_label.setBuddy(self.when)
        self.title_label.setBuddy(self.title)
        form.addRow(self.when_label, self.when)
        form.addRow(self.title_label, self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("New session"))

    def starts_at(self) -> datetime:
        """The start as an aware datetime (the workstation's time zone)."""
        return self.when.dateTime().toPython().astimezone()


def open_network_groups(services: ParticipantServices, context: UiContext,
                        parent: QWidget | None) -> NetworkGroupDialog:
    """Open the attendance screen."""
    dialog = NetworkGroupDialog(services, context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
