"""The plan editor: one young person's qualification plan, for daily use.

At the top who the plan is for, its status and version, and what to do next (record the agreement, a
review, print). Below, tabs for steps, goals, resources and competences, barriers and versions, and beside
them the progress: steps done and overdue, the readiness ratings as a small chart, the reviews.

Every read and write goes through :class:`PlanService` in the background; every write names the version the
user saw, and announces the change on the change bus. Actions of the status menu and printing are
:mod:`.editor_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError, NeoError
from neo_desktop.domain.plan import PlanStatus
from neo_desktop.services.plan_views import PlanView
from neo_desktop.services.plans import PlanService

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..labels import label
from .dialogs import AgreementDialog, ReviewDialog, TaskDialog
from .editor_actions import EditorActions
from .fields import MessagePanel
from .item_dialog import ItemDialog
from .item_forms import DIALOGS
from .items_panel import ItemsPanel
from .models import BarriersModel, GoalsModel, ResourcesModel, StepsModel
from .progress import ProgressPanel
from .versions import VersionsPanel
from .wording import conflict_lines, error_text, long_date

STATUS_COLOURS = {PlanStatus.DRAFT: "#e4e7eb", PlanStatus.AGREED: "#d7efdc", PlanStatus.UNDER_REVIEW: "#fff0c2",
                  PlanStatus.CLOSED: "#e4e7eb"}


class PlanEditor(QWidget):
    """One plan, loaded in the background; ``plan`` is what it shows (None until loaded)."""

    plan_loaded = Signal(object)  # PlanView
    load_failed = Signal(object)

    def __init__(self, service: PlanService, context: UiContext, plan_id: int, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.context = context
        self.plan_id = plan_id
        self.today = today
        self.plan: PlanView | None = None
        self.dialog: ItemDialog | TaskDialog | None = None  # the dialog open over the editor, if any
        self.loading = False

        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.status_chip = QLabel()
        self.status_chip.setContentsMargins(8, 2, 8, 2)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.state_note = MessagePanel()
        self.message = MessagePanel(closable=True)
        self.agree_button = QPushButton()
        self.agree_button.clicked.connect(self.record_agreement)
        self.actions = EditorActions(self)

        self.panels: dict[str, ItemsPanel] = {
            "step": ItemsPanel(StepsModel(self), stretch_column=1),
            "goal": ItemsPanel(GoalsModel(self), stretch_column=1),
            "resource": ItemsPanel(ResourcesModel(self), stretch_column=1),
            "barrier": ItemsPanel(BarriersModel(self), stretch_column=1),
        }
        for kind, panel in self.panels.items():
            panel.add_requested.connect(lambda kind=kind: self.edit_item(kind, None))
            panel.edit_requested.connect(lambda item, kind=kind: self.edit_item(kind, item))
            panel.remove_requested.connect(lambda item, kind=kind: self.remove_item(kind, item))
        self.versions = VersionsPanel(service, context)
        self.tabs = QTabWidget()
        for panel in self.panels.values():
            self.tabs.addTab(panel, "")
        self.tabs.addTab(self.versions, "")
        self.progress = ProgressPanel()
        self.progress.review_requested.connect(self.record_review)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.progress)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 300])

        title = QHBoxLayout()
        title.addWidget(self.name_label)
        title.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addStretch(1)
        title.addWidget(self.agree_button)
        for button in self.actions.buttons():
            title.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(title)
        layout.addWidget(self.facts)
        layout.addWidget(self.state_note)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload_action.triggered.connect(self.load)
        self.addAction(self.reload_action)
        self.setFocusProxy(self.tabs)
        context.changes.changed.connect(self._on_change)
        self.retranslate_ui()
        self.load()

    # Loading ----------------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Open the plan again (logged as a read)."""
        self.loading = True
        service, plan_id = self.service, self.plan_id
        self.context.tasks.run(lambda _p, _c: service.open_plan(plan_id), name="open plan",
                               on_result=self.show_plan, on_error=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        self.context.errors.report(error, self.window())
        self.load_failed.emit(error)

    def show_plan(self, plan: PlanView) -> None:
        """Show ``plan`` (after a load or a save)."""
        # One repaint at the end instead of one per widget (a progress bar repaints at once when its value moves).
        self.setUpdatesEnabled(False)
        try:
            self._fill(plan)
        finally:
            self.setUpdatesEnabled(True)
        self.plan_loaded.emit(plan)

    def _fill(self, plan: PlanView) -> None:
        self.loading = False
        self.plan = plan
        for kind, items in (("step", plan.steps), ("goal", plan.goals), ("resource", plan.resources),
                            ("barrier", plan.barriers)):
            panel = self.panels[kind]
            current = panel.current_item()
            panel.model.set_items(items)
            panel.set_editable(plan.status is not PlanStatus.CLOSED)
            if current is not None:  # keep the cursor on the same item across saves
                panel.select_row(panel.model.row_of(lambda item, current=current: _same(item, current)))
        self.versions.set_plan(plan)
        self.progress.set_plan(plan)
        self.progress.review_button.setEnabled(plan.status is not PlanStatus.CLOSED)
        if isinstance(self.dialog, TaskDialog):
            self.dialog.set_plan(plan)
        self.actions.update(plan)
        self._show_header()

    def _on_change(self, change: Change) -> None:
        if (change.kind is ChangeKind.PLAN and change.initiator is not self and self.plan is not None
                and (not change.ids or self.plan_id in change.ids)):
            self.load()

    # Writing ----------------------------------------------------------------------------------------------------

    def saved(self, plan: PlanView) -> None:
        """A write succeeded: show the plan as it is now and tell the other views."""
        self.message.clear()
        self.show_plan(plan)
        self.context.changes.announce(ChangeKind.PLAN, [plan.id], initiator=self)

    def edit_item(self, kind: str, item: Any | None) -> ItemDialog | None:
        """Open the dialog of a new (``item`` None) or existing step, goal, resource or barrier."""
        if self.plan is None or self.plan.status is PlanStatus.CLOSED:
            return None
        dialog = DIALOGS[kind](self.plan, self.service, self.context, item, today=self.today, parent=self)
        return self.open_dialog(dialog)

    def record_agreement(self) -> AgreementDialog | None:
        """Open the dialog that records the young person's agreement to the newest version."""
        if self.plan is None:
            return None
        return self.open_dialog(AgreementDialog(self.plan, self.service, self.context, today=self.today, parent=self))

    def record_review(self) -> ReviewDialog | None:
        """Open the dialog that records a review with the readiness rating."""
        if self.plan is None:
            return None
        return self.open_dialog(ReviewDialog(self.plan, self.service, self.context, today=self.today, parent=self))

    def open_dialog(self, dialog: Any) -> Any:
        """Open a dialog over the editor (not blocking); its result is shown and announced when it comes."""
        signal = dialog.saved if isinstance(dialog, ItemDialog) else dialog.done
        signal.connect(self.saved)
        if isinstance(dialog, TaskDialog):
            dialog.outdated.connect(self.load)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def remove_item(self, kind: str, item: Any) -> QMessageBox | None:
        """Ask, then remove a step, goal, resource or barrier from the newest version."""
        if self.plan is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove"), self._remove_question(kind, item),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.run_write(self._remover(kind, item)))
        box.open()
        return box

    def _remover(self, kind: str, item: Any) -> Callable[[], PlanView]:
        plan_id, service = self.plan_id, self.service
        method = {"step": service.remove_step, "goal": service.remove_goal, "resource": service.remove_resource,
                  "barrier": service.remove_barrier}[kind]
        return lambda: method(plan_id, item)

    def _remove_question(self, kind: str, item: Any) -> str:
        name = getattr(item, "description", None) or getattr(item, "field", None) or label(item.kind)
        question = {"step": self.tr("Remove the step “{name}” from the plan?"),
                    "goal": self.tr("Remove the goal “{name}” from the plan?"),
                    "resource": self.tr("Remove the resource “{name}” from the plan?"),
                    "barrier": self.tr("Remove the barrier “{name}” from the plan?")}[kind]
        text = question.format(name=name)
        if self.plan is not None and self.plan.revision.locked:
            text += "\n\n" + self.tr("Version {number} is agreed and stays as it is; the change starts version "
                                     "{next}, which needs a new agreement.").format(
                number=self.plan.revision.number, next=self.plan.revision.number + 1)
        return text

    def run_write(self, call: Callable[[], PlanView], *, name: str = "plan change") -> None:
        """Run a write without a dialog of its own; refusals and conflicts show in the editor."""
        self.context.tasks.run(lambda _p, _c: call(), name=name, on_result=self.saved, on_error=self.write_failed)

    def write_failed(self, error: BaseException) -> None:
        """Show a refused write in the editor; after a conflict, load the plan as it is now."""
        if isinstance(error, ConflictError):
            self.message.show_message("notice", error_text(error), conflict_lines(error.changes) or None,
                                      self.tr("The plan has been loaded again as it is now. Nothing of yours was "
                                              "saved; do it again if it is still needed."))
            self.load()
        elif isinstance(error, NeoError):
            self.message.show_message("error", error_text(error))
        else:
            self.context.errors.report(error, self.window())

    # Looks and language -----------------------------------------------------------------------------------------

    def _show_header(self) -> None:
        plan = self.plan
        if plan is None:
            self.name_label.setText(self.tr("Loading the plan…"))
            self.facts.clear()
            self.status_chip.hide()
            self.agree_button.hide()
            return
        self.name_label.setText(plan.participant_name)
        self.status_chip.setText(label(plan.status))
        self.status_chip.setStyleSheet(f"background: {STATUS_COLOURS[plan.status]}; border-radius: 4px;")
        self.status_chip.show()
        facts = [self.tr("Started {date}").format(date=long_date(plan.starts_on))]
        if plan.review_on:
            facts.append(self.tr("next review {date}").format(date=long_date(plan.review_on)))
        agreed = plan.agreed_revision
        if plan.revision.locked and agreed is not None:
            facts.append(self.tr("version {number}, agreed {date} ({method})").format(
                number=agreed.number, date=long_date(agreed.agreed_on),
                method=label(agreed.agreement_method).lower() if agreed.agreement_method else ""))
        else:
            facts.append(self.tr("version {number}, not agreed yet").format(number=plan.revision.number))
        self.facts.setText(" · ".join(facts))
        self.agree_button.setVisible(plan.needs_agreement and plan.status is not PlanStatus.CLOSED)
        self._show_state_note(plan)

    def _show_state_note(self, plan: PlanView) -> None:
        if plan.status is PlanStatus.CLOSED:
            self.state_note.show_message("info", self.tr("This plan was closed on {date}. It can be read and printed "
                                                         "but no longer changed.").format(
                date=long_date(plan.closed_on)))
        elif plan.needs_agreement and plan.agreed_revision is None:
            self.state_note.show_message("notice", self.tr(
                "Version {number} has not been agreed with {name} yet. Go through it together, then record the "
                "agreement.").format(number=plan.revision.number, name=plan.participant_name))
        elif plan.needs_agreement:
            self.state_note.show_message("notice", self.tr(
                "Version {number} has changes that {name} has not agreed to yet; version {agreed} is the one in "
                "force. Compare the two under Versions, then record the agreement.").format(
                number=plan.revision.number, name=plan.participant_name, agreed=plan.agreed_revision.number))
        else:
            self.state_note.clear()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        titles = (self.tr("&Steps"), self.tr("&Goals"), self.tr("&Resources and competences"), self.tr("&Barriers"),
                  self.tr("Versio&ns"))
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        self.panels["step"].set_texts(self.tr("&Add step…"), self.tr("&Edit…"), self.tr("Re&move"))
        self.panels["goal"].set_texts(self.tr("&Add goal…"), self.tr("&Edit…"), self.tr("Re&move"))
        self.panels["resource"].set_texts(self.tr("&Add resource…"), self.tr("&Edit…"), self.tr("Re&move"))
        self.panels["barrier"].set_texts(self.tr("&Add barrier…"), self.tr("&Edit…"), self.tr("Re&move"))
        self.panels["barrier"].hint.setText(self.tr("Sensitive barriers are seen only by the staff who work with "
                                                    "the young person, and are never printed."))
        self.panels["barrier"].hint.show()
        self.agree_button.setText(self.tr("Record a&greement…"))
        self.reload_action.setText(self.tr("Reload"))
        self.actions.retranslate_ui()
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _same(item: Any, other: Any) -> bool:
    # Steps keep their key across versions; other items are the same when their id is, or their contents are.
    if hasattr(item, "key"):
        return item.key == other.key
    return item.id == other.id or {k: v for k, v in vars(item).items() if k not in ("id", "version")} == {
        k: v for k, v in vars(other).items() if k not in ("id", "version")}


__all__ = ["PlanEditor"]
