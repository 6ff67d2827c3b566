"""Participants: the register — everyone the user may see — searched as you type over name, identity number,
phone and e-mail through the database's search index; registering a young person, importing a jobcentre's
referral list, and the network groups' attendance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from neo_desktop.app import Services
from neo_desktop.services.caseload import CaseloadScope
from neo_desktop.services.permissions import Area

from ..caseload.area_header import AreaHeader
from ..caseload.list_widget import ParticipantList
from ..context import UiContext
from ..participants.calls import ParticipantServices
from ..participants.import_wizard import ImportWizard
from ..participants.network_group_dialog import open_network_groups
from ..participants.new_participant_dialog import NewParticipantDialog
from ..participants.opening import open_record


class ParticipantsView(QWidget):
    """The register with search as you type."""

    area = Area.PARTICIPANTS
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
        self.new_button, self.import_button, self.groups_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.new_button, self.import_button, self.groups_button):
            button.setAutoDefault(False)
            self.header.buttons.addWidget(button)
        self.list = ParticipantList(self.participant_services, context, fixed_scope=CaseloadScope.REGISTER)
        self.model = self.list.model
        self.search_box = self.list.filters.search
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda _checked=False: self.register())
        for action in (self.new_action, self.refresh_action):
            self.addAction(action)
        self.refresh_action.triggered.connect(lambda _checked=False: self.list.refresh())
        self.new_button.clicked.connect(self.register)
        self.import_button.clicked.connect(self.import_referrals)
        self.groups_button.clicked.connect(
            lambda: open_network_groups(self.participant_services, self.context, self.window()))
        self.list.open_requested.connect(self.open_participant)
        self.list.loaded.connect(self.loaded)
        self.setFocusProxy(self.search_box)
        self.retranslate_ui()

    @property
    def is_loading(self) -> bool:
        """True while the list's first page is on its way."""
        return self.list.is_loading

    def activate(self) -> None:
        """Shown: load the register if it is out of date, and put the cursor in the search box."""
        if self._stale:
            self._stale = False
            self.list.load_choices()
            self.list.refresh()
        self.search_box.setFocus()

    def cancel_loading(self) -> None:
        """Drop the answers of loads still running (the window is closing)."""
        self.list.cancel_loading()

    def open_participant(self, participant_id: int) -> QWidget:
        """Open a young person's record in its window."""
        return open_record(self.participant_services, self.context, participant_id, self.window())

    def register(self) -> NewParticipantDialog:
        """Register a young person (Ctrl+Shift+N); the record opens when saved."""
        dialog = NewParticipantDialog(self.participant_services, self.context, self)
        dialog.created.connect(self.open_participant)
        dialog.open()
        return dialog

    def import_referrals(self) -> ImportWizard:
        """Import a jobcentre's referral list."""
        wizard = ImportWizard(self.participant_services, self.context, self)
        wizard.open()
        return wizard

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.header.set_texts(self.tr("Participants"), self.tr(
            "Everyone you may see. Search by name, identity number, phone or e-mail as you type; every search is "
            "recorded in the access log."), self.tr("Refresh"), self.tr("Load the list again (F5)"))
        self.new_button.setText(self.tr("&Register…"))
        self.new_button.setToolTip(self.tr("Register a young person (Ctrl+Shift+N)"))
        self.import_button.setText(self.tr("&Import referral list…"))
        self.groups_button.setText(self.tr("Network &groups…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
