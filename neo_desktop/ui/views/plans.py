"""Plans: the open qualification plans of the caseload, and each opened plan in a tab of its own.

The first tab lists the plans (Enter or a double click opens one; Ctrl+N starts a plan for a young person
who has none). Each plan opens in a :class:`PlanEditor` tab named after the young person; Ctrl+W closes it,
Ctrl+Tab moves between tabs. Opening the same plan again brings its tab to the front.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar, QTabWidget, QVBoxLayout, QWidget

from neo_desktop.app import Services
from neo_desktop.domain.plan import PlanStatus
from neo_desktop.services.permissions import Area
from neo_desktop.services.plan_views import PlanView
from neo_desktop.services.plans import PlanService
from neo_desktop.services.tables import RecordTable

from ..changes import ChangeKind
from ..context import UiContext
from ..labels import label
from ..plans.editor import PlanEditor
from ..plans.start_dialog import StartPlanDialog
from .record_table_view import RecordTableView


class PlanListView(RecordTableView):
    """Open plans of the caseworker's caseload, the next review first."""

    area = Area.PLANS
    change_kinds = frozenset({ChangeKind.PLAN, ChangeKind.PARTICIPANT})
    value_labels = (("Plan status", PlanStatus),)

    open_requested = Signal(int)  # a plan id
    start_requested = Signal()

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        self.open_button = QPushButton()
        self.start_button = QPushButton()
        super().__init__(services, context, parent)
        self.open_button.clicked.connect(self.open_current)
        self.start_button.clicked.connect(self.start_requested)
        self.start_action = QAction(self)
        self.start_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.start_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.start_action.triggered.connect(lambda _checked=False: self.start_requested.emit())
        self.addAction(self.start_action)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.tools_layout.addWidget(self.open_button)
        self.tools_layout.addWidget(self.start_button)
        self.tools_layout.addStretch(1)
        self.setFocusProxy(self.table)

    def open_current(self) -> None:
        """Open the plan of the selected row."""
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        plan_id = self.model.record_id(row)
        if plan_id is not None:
            self.open_requested.emit(plan_id)

    def title(self) -> str:
        return self.tr("Plans")

    def explanation(self) -> str:
        return self.tr("The open qualification plans of your caseload: when each is reviewed and how many steps "
                       "are overdue. Press Enter or double-click to open a plan.")

    def query(self) -> Callable[[], RecordTable]:
        return self.services.overview.plans

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.open_button.setText(self.tr("&Open plan"))
        self.start_button.setText(self.tr("&Start a plan…"))
        self.start_button.setToolTip(self.tr("Start a plan for a young person who has none (Ctrl+N)"))


class PlansView(QWidget):
    """The Plans area: the list of plans and a tab per opened plan."""

    area = Area.PLANS
    editor_opened = Signal(object)  # the PlanEditor

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.today = today
        self.service = PlanService(services.database, services.user, today=today)
        self.list_view = PlanListView(services, context)
        self.list_view.open_requested.connect(self.open_plan)
        self.list_view.start_requested.connect(self.start_plan)
        self.editors: dict[int, PlanEditor] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.list_view, "")
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            self.tabs.tabBar().setTabButton(0, side, None)  # the list stays
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(lambda _checked=False: self.close_tab(self.tabs.currentIndex()))
        self.addAction(self.close_action)
        self.start_dialog: StartPlanDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        self.retranslate_ui()

    # What the main window and its tests use of a view: the list's loading ---------------------------------------

    @property
    def loaded(self):
        """The list's ``loaded`` signal."""
        return self.list_view.loaded

    @property
    def is_loading(self) -> bool:
        """True while the list loads."""
        return self.list_view.is_loading

    @property
    def model(self):
        """The list's model."""
        return self.list_view.model

    @property
    def status_label(self) -> QLabel:
        """The list's status line."""
        return self.list_view.status_label

    def activate(self) -> None:
        """The area was brought to the front: load the list if needed."""
        self.list_view.activate()

    def cancel_loading(self) -> None:
        """Drop a load still running."""
        self.list_view.cancel_loading()

    # Plans --------------------------------------------------------------------------------------------------

    def open_plan(self, plan_id: int) -> PlanEditor:
        """Show the plan's tab, opening it first if it is not open yet."""
        editor = self.editors.get(plan_id)
        if editor is None:
            editor = PlanEditor(self.service, self.context, plan_id, today=self.today)
            editor.plan_loaded.connect(lambda plan, editor=editor: self._name_tab(editor, plan))
            editor.load_failed.connect(lambda _error, editor=editor: self._drop(editor))
            self.editors[plan_id] = editor
            self.tabs.addTab(editor, self.tr("Plan"))
            self.editor_opened.emit(editor)
        self.tabs.setCurrentWidget(editor)
        editor.setFocus()
        return editor

    def _name_tab(self, editor: PlanEditor, plan: PlanView) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setTabText(index, plan.participant_name)
            self.tabs.setTabToolTip(index, self.tr("{name}: {status}, version {number}").format(
                name=plan.participant_name, status=label(plan.status), number=plan.revision.number))

    def _drop(self, editor: PlanEditor) -> None:
        index = self.tabs.indexOf(editor)
        if index > 0:
            self.close_tab(index)

    def close_tab(self, index: int) -> None:
        """Close a plan's tab (the list stays)."""
        editor = self.tabs.widget(index)
        if index <= 0 or not isinstance(editor, PlanEditor):
            return
        self.tabs.removeTab(index)
        self.editors.pop(editor.plan_id, None)
        editor.deleteLater()
        self.tabs.setCurrentWidget(self.list_view if not self.editors else self.tabs.currentWidget())

    def open_for_participant(self, participant_id: int) -> None:
        """Open the young person's active plan, or offer to start one (for other views: caseload, register)."""
        service = self.service

        def opened(plan: PlanView | None) -> None:
            if plan is None:
                self.start_plan(participant_id)
            else:
                self.open_plan(plan.id)

        self.context.tasks.run(lambda _p, _c: service.plan_for_participant(participant_id),
                               name="plan for participant", on_result=opened, parent=self.window())

    def start_plan(self, participant_id: int | None = None) -> StartPlanDialog:
        """Open the dialog that starts a plan; the new plan opens in its own tab."""
        dialog = StartPlanDialog(self.service, self.context, participant_id=participant_id, today=self.today,
                                 parent=self)
        dialog.done.connect(self._started)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.start_dialog = dialog
        dialog.open()
        return dialog

    def _started(self, plan: PlanView) -> None:
        self.context.changes.announce(ChangeKind.PLAN, [plan.id], initiator=self)
        self.open_plan(plan.id)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.tabs.setTabText(0, self.tr("All plans"))
        self.close_action.setText(self.tr("Close plan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
