"""Meetings: the steering groups', working groups' and networks' meetings, newest first, with their minutes and
open actions; from here a meeting opens in its editor, a new one is planned (the group's open actions carried
into its agenda), the groups and members are kept, and a meeting pack is built."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from neo_desktop.app import Services
from neo_desktop.domain.meeting import MinutesStatus
from neo_desktop.services.meeting_groups import MEETING_EDITORS, GroupService
from neo_desktop.services.meeting_views import GroupView, MeetingView
from neo_desktop.services.meetings import MeetingService
from neo_desktop.services.permissions import Area
from neo_desktop.services.tables import RecordTable

from ..changes import ChangeKind
from ..context import UiContext
from ..meetings.common import fill_combo, run
from ..meetings.dialogs import MeetingDialog
from ..meetings.editor import MeetingEditor
from ..meetings.groups import GroupsDialog
from ..meetings.pack_export import PackBuilder
from .record_table_view import RecordTableView


class MeetingsView(RecordTableView):
    """Meetings of every group (or one), newest first, and the way into each."""

    area = Area.MEETINGS
    change_kinds = frozenset({ChangeKind.MEETING})
    value_labels = (("Minutes", MinutesStatus),)

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        self.meetings = MeetingService(services.database, services.user, today=today)
        self.group_service = GroupService(services.database, services.user)
        self.today = today
        self.groups: list[GroupView] = []
        self.editors: dict[int, MeetingEditor] = {}
        self.group_combo = QComboBox()
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.groups_button, self.pack_button = QPushButton(), QPushButton()
        super().__init__(services, context, parent)
        self.pack = PackBuilder(services, context, self, today=today)
        may_edit = services.user.has_any(*MEETING_EDITORS)
        self.new_button.setEnabled(may_edit)
        self.group_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.new_button.clicked.connect(self.plan_meeting)
        self.open_button.clicked.connect(lambda: self.open_meeting(self.selected_meeting()))
        self.groups_button.clicked.connect(self.show_groups)
        self.pack_button.clicked.connect(self._build_pack)
        self.table.doubleClicked.connect(lambda index: self.open_meeting(self.model.record_id(index.row())))
        # Two short rows rather than one long one: the window can still be made narrow.
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.setMinimumContentsLength(14)
        self.tools_layout.addWidget(self.group_combo, 1)
        self.tools_layout.addWidget(self.groups_button)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.pack_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = self.layout()
        layout.insertLayout(layout.indexOf(self.table), actions)
        self.retranslate_ui()

    # What the list shows -----------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Meetings")

    def explanation(self) -> str:
        return self.tr("Meetings of the steering groups, working groups and networks, newest first, with the state "
                       "of the minutes and the open action items. Open a meeting to build its agenda, write its "
                       "minutes and build its meeting pack.")

    def query(self) -> Callable[[], RecordTable]:
        group_id = self.group_combo.currentData()
        return lambda: self.meetings.meeting_list(group_id)

    def refresh(self) -> None:
        """Load the list again, and the groups for the filter."""
        super().refresh()
        run(self.context, self, self.group_service.groups, self._show_groups, name="load groups")

    def _show_groups(self, groups: list[GroupView]) -> None:
        self.groups = groups
        fill_combo(self.group_combo, [(self.tr("All groups"), None), *((g.name, g.id) for g in groups)])

    def selected_meeting(self) -> int | None:
        """The id of the meeting selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    # Actions --------------------------------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int | None) -> MeetingEditor | None:
        """Open (or bring forward) the editor of a meeting."""
        if meeting_id is None:
            return None
        editor = self.editors.get(meeting_id)
        if editor is None:
            editor = MeetingEditor(self.services, self.context, meeting_id, self.window(), today=self.today)
            editor.finished.connect(lambda _result, key=meeting_id: self.editors.pop(key, None))
            self.editors[meeting_id] = editor
            editor.show()
        else:
            editor.raise_()  # already open: bring it forward
            editor.activateWindow()
        return editor

    def plan_meeting(self) -> MeetingDialog:
        """Open the form for a new meeting of the chosen group (its open actions go on the agenda)."""
        dialog = MeetingDialog(self.context, self.groups, self._create, self._created,
                               self.group_combo.currentData(), self)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _create(self, value: tuple[int, object]) -> MeetingView:
        group_id, data = value
        return self.meetings.create_meeting(group_id, data)  # type: ignore[arg-type]

    def _created(self, view: MeetingView) -> None:
        self.context.changes.announce(ChangeKind.MEETING, [view.id], self)
        self.open_meeting(view.id)

    def show_groups(self) -> GroupsDialog:
        """Open the groups and their members."""
        dialog = GroupsDialog(self.services, self.context, self.window())
        dialog.open()
        self.groups_dialog = dialog
        return dialog

    def _build_pack(self) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is not None:
            run(self.context, self, lambda: self.meetings.meeting(meeting_id), self.pack.choose_and_build)

    def cancel_loading(self) -> None:
        """Stop loading, and close the meeting editors (the window is closing)."""
        super().cancel_loading()
        for editor in list(self.editors.values()):
            editor.close()

    # Language ---------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.new_button.setText(self.tr("New meeting…"))
        self.open_button.setText(self.tr("Open"))
        self.pack_button.setText(self.tr("Build meeting pack…"))
        self.groups_button.setText(self.tr("Groups and members…"))
        if self.group_combo.count():
            self.group_combo.setItemText(0, self.tr("All groups"))
