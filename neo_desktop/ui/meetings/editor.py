"""The meeting editor: details, attendance, the agenda builder with minutes per item, decisions, action items,
and the minutes workflow (draft → sent for review → approved and locked) — plus building the meeting pack.

Every change runs in the background through the meetings service and comes back as the whole meeting, which the
editor then shows; the change is announced on the change bus so the lists refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.app import Services
from neo_desktop.domain.meeting import ActionStatus, MeetingStatus, MinutesStatus
from neo_desktop.domain.organisation import Language
from neo_desktop.services.meeting_groups import MEETING_EDITORS, GroupService
from neo_desktop.services.meeting_views import ActionView, MeetingInput, MeetingView, MemberCandidates
from neo_desktop.services.meetings import MeetingService

from ..changes import ChangeKind
from ..context import UiContext
from .common import (
    day_text,
    enum_combo,
    enum_value,
    from_qdatetime,
    moment_text,
    relabel_enum_combo,
    run,
    select_data,
    to_qdatetime,
)
from .editor_tabs import ActionsTab, AgendaTab, AttendanceTab, DecisionsTab, buttons
from .pack_export import PackBuilder

LOCKED_BACKGROUND = "#eef2f6"
REVIEW_BACKGROUND = "#fdf1c7"


class MeetingEditor(QDialog):
    """One meeting, opened from the meetings list (a window of its own; the list stays usable)."""

    changed = Signal(object)  # the MeetingView after a change
    loaded = Signal(object)  # the MeetingView shown

    def __init__(self, services: Services, context: UiContext, meeting_id: int, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.services, self.context, self.meeting_id, self.today = services, context, meeting_id, today
        self.meetings = MeetingService(services.database, services.user, today=today)
        self.groups = GroupService(services.database, services.user)
        self.may_edit = services.user.has_any(*MEETING_EDITORS)
        self.view: MeetingView | None = None
        self.candidates: MemberCandidates | None = None
        self.busy = False
        self.setObjectName("meetingEditor")
        self.resize(980, 720)

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setContentsMargins(10, 6, 10, 6)
        self.review_button, self.draft_button, self.approve_button = QPushButton(), QPushButton(), QPushButton()
        self.review_button.clicked.connect(lambda: self._workflow(self.meetings.send_minutes_for_review))
        self.draft_button.clicked.connect(lambda: self._workflow(self.meetings.return_minutes_to_draft))
        self.approve_button.clicked.connect(lambda: self._workflow(self.meetings.approve_minutes))
        self.pack = PackBuilder(services, context, self, today=today)
        self.pack_button = QPushButton()
        self.pack_button.clicked.connect(lambda: self.pack.choose_and_build(self.view))

        self.details = QGroupBox()
        self.title_edit = QLineEdit()
        self.starts_edit = QDateTimeEdit()
        self.starts_edit.setCalendarPopup(True)
        self.ends_edit = QDateTimeEdit()
        self.ends_edit.setCalendarPopup(True)
        self.location_edit = QLineEdit()
        self.link_edit = QLineEdit()
        self.language_combo: QComboBox = enum_combo(Language)
        self.status_combo: QComboBox = enum_combo(MeetingStatus)
        self.save_details_button = QPushButton()
        self.save_details_button.clicked.connect(self._save_details)
        form = QFormLayout(self.details)
        self.details_form = form
        when = QHBoxLayout()
        when.addWidget(self.starts_edit)
        when.addWidget(QLabel("–"))
        when.addWidget(self.ends_edit)
        when.addStretch(1)
        self.form_labels = [QLabel() for _ in range(5)]
        form.addRow(self.form_labels[0], self.title_edit)
        form.addRow(self.form_labels[1], when)
        form.addRow(self.form_labels[2], self.location_edit)
        form.addRow(self.form_labels[3], self.link_edit)
        row = QHBoxLayout()
        row.addWidget(self.language_combo)
        row.addWidget(self.status_combo)
        row.addStretch(1)
        row.addWidget(self.save_details_button)
        form.addRow(self.form_labels[4], row)

        self.agenda_tab, self.attendance_tab = AgendaTab(self), AttendanceTab(self)
        self.decisions_tab, self.actions_tab = DecisionsTab(self), ActionsTab(self)
        self.tabs = QTabWidget()
        for tab in (self.agenda_tab, self.attendance_tab, self.decisions_tab, self.actions_tab):
            self.tabs.addTab(tab, "")

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.pack_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons(self.review_button, self.draft_button, self.approve_button))
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self.load()

    # Loading and showing ---------------------------------------------------------------------------------------

    def load(self) -> None:
        """Load the meeting (and what agenda items and actions can link to)."""
        run(self.context, self, lambda: self.meetings.meeting(self.meeting_id), self._first_view)

    def _first_view(self, view: MeetingView) -> None:
        self.show_view(view)
        run(self.context, self, lambda: self.groups.member_candidates(view.project_id), self._got_candidates)

    def _got_candidates(self, candidates: MemberCandidates) -> None:
        self.candidates = candidates

    def may_change(self, view: MeetingView) -> bool:
        """Whether the user may change the meeting's contents now (an editor, minutes still a draft)."""
        return self.may_edit and view.editable

    def show_view(self, view: MeetingView) -> None:
        """Show ``view`` in every part of the editor."""
        self.view = view
        self.setWindowTitle(self.tr("Meeting: {title}").format(title=view.title))
        self.title_label.setText(view.title)
        self.subtitle_label.setText(f"{view.group_name} · {moment_text(view.starts_at)}")
        self.title_edit.setText(view.title)
        self.starts_edit.setDateTime(to_qdatetime(view.starts_at))
        self.ends_edit.setDateTime(to_qdatetime(view.ends_at or view.starts_at))
        self.location_edit.setText(view.location or "")
        self.link_edit.setText(view.online_link or "")
        select_data(self.language_combo, view.language)
        select_data(self.status_combo, view.status)
        for widget in (self.title_edit, self.starts_edit, self.ends_edit, self.location_edit, self.link_edit,
                       self.language_combo, self.status_combo, self.save_details_button):
            widget.setEnabled(self.may_edit and not view.locked)
        for tab in (self.agenda_tab, self.attendance_tab, self.decisions_tab, self.actions_tab):
            tab.show_view(view)
        self._show_state(view)
        self.loaded.emit(view)

    def _show_state(self, view: MeetingView) -> None:
        status = view.minutes_status
        if status is MinutesStatus.APPROVED:
            text = self.tr("The minutes were approved on {date} by {name} and are locked: nothing in them can be "
                           "changed. Action items can still be followed up.").format(
                date=day_text(view.minutes_approved_on), name=view.minutes_approved_by or "–")
            background = LOCKED_BACKGROUND
        elif status is MinutesStatus.IN_REVIEW:
            text = self.tr("The minutes are out for review with the attendees. Approve them, or take them back to "
                           "draft to change them.")
            background = REVIEW_BACKGROUND
        else:
            text = self.tr("Minutes: draft. Write the minutes per agenda item, then send them for review.")
            background = ""
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"background: {background}; border-radius: 4px;" if background else "")
        self.review_button.setEnabled(self.may_edit and status is MinutesStatus.DRAFT and not self.busy)
        self.draft_button.setEnabled(self.may_edit and status is MinutesStatus.IN_REVIEW and not self.busy)
        self.approve_button.setEnabled(self.may_edit and status is MinutesStatus.IN_REVIEW and not self.busy)

    # Changing ---------------------------------------------------------------------------------------------------

    def change(self, call: Callable[[MeetingService, MeetingView], MeetingView]) -> None:
        """Run one change of the meeting's contents and show the meeting as it then is."""
        view = self.view
        if view is None or self.busy:
            return
        self.busy = True
        task = run(self.context, self, lambda: call(self.meetings, view), self._changed, name="change meeting")
        task.failed.connect(self._not_busy)

    def _changed(self, view: MeetingView) -> None:
        self.busy = False  # before showing it, so that the buttons come back and the next change can start
        self.show_changed(view)

    def _not_busy(self) -> None:
        self.busy = False
        if self.view is not None:
            self._show_state(self.view)

    def show_changed(self, view: MeetingView) -> None:
        """Show a changed meeting and tell the other views."""
        self.show_view(view)
        self.context.changes.announce(ChangeKind.MEETING, [view.id], self)
        self.changed.emit(view)

    def follow_up(self, action: ActionView, status: ActionStatus) -> None:
        """Mark an action item done, cancelled or open again, then reload the meeting."""
        def call() -> MeetingView:
            self.meetings.set_action_status(action, status)
            return self.meetings.meeting(self.meeting_id)

        run(self.context, self, call, self.show_changed, name="follow up action")

    def _workflow(self, step: Callable[[MeetingView], MeetingView]) -> None:
        self.change(lambda _service, view: step(view))

    def _save_details(self) -> None:
        data = MeetingInput(self.title_edit.text(), from_qdatetime(self.starts_edit.dateTime()),
                            from_qdatetime(self.ends_edit.dateTime()), self.location_edit.text(), self.link_edit.text(),
                            enum_value(self.language_combo, Language), enum_value(self.status_combo, MeetingStatus))
        self.change(lambda service, view: service.update_meeting(view, data))

    # Language ---------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.review_button.setText(self.tr("Send minutes for review"))
        self.draft_button.setText(self.tr("Back to draft"))
        self.approve_button.setText(self.tr("Approve and lock minutes"))
        self.pack_button.setText(self.tr("Build meeting pack…"))
        self.pack_button.setToolTip(self.tr("A numbered PDF and an Excel annex, in the meeting's language"))
        self.details.setTitle(self.tr("Meeting"))
        self.save_details_button.setText(self.tr("Save details"))
        for caption, text in zip(self.form_labels, (self.tr("Title"), self.tr("When"), self.tr("Place"),
                                                    self.tr("Online link"), self.tr("Language and status")),
                                 strict=True):
            caption.setText(text)
        relabel_enum_combo(self.language_combo, Language)
        relabel_enum_combo(self.status_combo, MeetingStatus)
        for index, text in enumerate((self.tr("Agenda and minutes"), self.tr("Attendance"), self.tr("Decisions"),
                                      self.tr("Action items"))):
            self.tabs.setTabText(index, text)
        if self.view is not None:
            self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["MeetingEditor"]
