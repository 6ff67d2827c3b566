"""Caseload: the caseworker's day. "Today" lists what needs doing; "Young people" is the caseload itself — my
own by default, my team's, my organisation's or a project's where my roles allow — sorted, filtered and
searched by the database, with warnings per young person and bulk actions. Records open in their own windows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from neo_desktop.app import Services
from neo_desktop.services.permissions import Area
from neo_desktop.services.today import TodayPage

from ..caseload.area_header import AreaHeader
from ..caseload.filter_bar import IN_COURSE
from ..caseload.list_widget import ParticipantList
from ..caseload.today_widget import TodayWidget
from ..changes import Change, ChangeKind
from ..context import UiContext
from ..participants.calls import ParticipantServices, run_call


class CaseloadView(QWidget):
    """Today and the caseload list."""

    area = Area.CASELOAD
    loaded = Signal(object)  # the list's first page

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.participant_services = ParticipantServices(services)
        self._stale = True
        self.header = AreaHeader()
        self.title_label = self.header.title_label
        self.refresh_action = self.header.refresh_action
        self.groups_button = QPushButton()
        self.groups_button.setAutoDefault(False)
        self.header.buttons.addWidget(self.groups_button)
        self.today = TodayWidget()
        self.list = ParticipantList(self.participant_services, context, status_filter=IN_COURSE)
        self.model = self.list.model
        self.tabs = QTabWidget()
        self.tabs.addTab(self.today, "")
        self.tabs.addTab(self.list, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.addAction(self.refresh_action)
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        self.groups_button.clicked.connect(self.open_network_groups)
        self.today.open_requested.connect(self.open_participant)
        self.list.open_requested.connect(self.open_participant)
        self.list.loaded.connect(self.loaded)
        context.changes.changed.connect(self._on_change)
        self.setFocusProxy(self.tabs)
        self.retranslate_ui()

    @property
    def is_loading(self) -> bool:
        """True while the list's first page is on its way."""
        return self.list.is_loading

    def activate(self) -> None:
        """Shown: load what is out of date."""
        if self._stale:
            self._stale = False
            self.list.load_choices()
            self.refresh()

    def refresh(self) -> None:
        """Load Today and the list again."""
        run_call(self.context, self.participant_services.caseload.today, parent=self, name="today",
                 on_result=self._show_today)
        self.list.refresh()

    def cancel_loading(self) -> None:
        """Drop the answers of loads still running (the window is closing)."""
        self.list.cancel_loading()

    def _show_today(self, page: TodayPage) -> None:
        self.today.set_page(page)
        self.tabs.setTabText(0, self.tr("&Today ({count})").format(count=len(page.lines)))

    def open_participant(self, participant_id: int) -> QWidget:
        """Open a young person's record in its window."""
        from ..participants.opening import open_record  # (the record window is loaded when first opened)

        return open_record(self.participant_services, self.context, participant_id, self.window())

    def open_network_groups(self) -> QWidget:
        """Open the youth network groups' attendance screen."""
        from ..participants.network_group_dialog import open_network_groups

        return open_network_groups(self.participant_services, self.context, self.window())

    def _on_change(self, change: Change) -> None:
        if change.kind not in (ChangeKind.PARTICIPANT, ChangeKind.PLAN, ChangeKind.MEETING, ChangeKind.PLACEMENT):
            return
        if self.isVisible():
            run_call(self.context, self.participant_services.caseload.today, parent=self, name="today",
                     on_result=self._show_today)
            if change.kind in (ChangeKind.PARTICIPANT, ChangeKind.PLAN) and not self.list.isVisible():
                self.list.refresh()  # (a visible list refreshes itself; meetings concern only Today)
        else:
            self._stale = True

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.header.set_texts(self.tr("Caseload"), self.tr(
            "What needs doing today, and the young people you work with. Press Enter to open a record, Ctrl+N to "
            "write a note."), self.tr("Refresh"), self.tr("Load the caseload again (F5)"))
        self.groups_button.setText(self.tr("Network &group attendance…"))
        count = len(self.today.page.lines) if self.today.page else None
        self.tabs.setTabText(0, self.tr("&Today") if count is None else self.tr("&Today ({count})").format(
            count=count))
        self.tabs.setTabText(1, self.tr("&Young people"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
