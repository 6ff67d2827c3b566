"""The versions of a plan, and what changed between two of them in sentences a caseworker reads at a glance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.plan_changes import PlanChange
from neo_desktop.services.plan_views import PlanView
from neo_desktop.services.plans import PlanService

from ..context import UiContext
from .models import RevisionsModel
from .wording import change_text


class VersionsPanel(QWidget):
    """A table of versions (agreed ones locked) and a comparison of any two."""

    compared = Signal(object)  # the list of PlanChange shown

    def __init__(self, service: PlanService, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.context = context
        self.plan: PlanView | None = None
        self.changes: list[PlanChange] = []
        self._compared: tuple[int, int] | None = None
        self.model = RevisionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.old_box = QComboBox()
        self.new_box = QComboBox()
        for box in (self.old_box, self.new_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.old_label = QLabel()
        self.old_label.setBuddy(self.old_box)
        self.new_label = QLabel()
        self.new_label.setBuddy(self.new_box)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.compare)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.result = QListWidget()
        self.result.setWordWrap(True)
        self.result.setAlternatingRowColors(True)
        self.result.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.result.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.result.setSpacing(3)  # air between the sentences

        chooser = QHBoxLayout()
        chooser.addWidget(self.old_label)
        chooser.addWidget(self.old_box)
        chooser.addSpacing(8)
        chooser.addWidget(self.new_label)
        chooser.addWidget(self.new_box)
        chooser.addSpacing(8)
        chooser.addWidget(self.compare_button)
        chooser.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.result, 1)
        self.retranslate_ui()

    def set_plan(self, plan: PlanView) -> None:
        """Show ``plan``'s versions; offer to compare the newest with the one before it."""
        changed = self.plan is None or self.plan.id != plan.id or len(self.plan.revisions) != len(plan.revisions)
        self.plan = plan
        self.model.set_items(plan.revisions)
        self._fit_table()
        if changed:
            numbers = [revision.number for revision in plan.revisions]
            for box in (self.old_box, self.new_box):
                box.clear()
                for number in numbers:
                    box.addItem(self.tr("Version {number}").format(number=number), number)
            self.old_box.setCurrentIndex(max(len(numbers) - 2, 0))
            self.new_box.setCurrentIndex(len(numbers) - 1)
            self.changes, self._compared = [], None
            self.result.clear()
        several = len(plan.revisions) > 1
        for widget in (self.old_box, self.new_box, self.compare_button):
            widget.setEnabled(several)
        self._show_summary()

    def _fit_table(self) -> None:
        # As tall as its rows (up to six): the comparison below gets the room.
        rows = min(max(self.model.rowCount(), 1), 6)
        height = self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader(
        ).defaultSectionSize() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height)

    def compare(self) -> None:
        """Compare the two chosen versions (in the background; the comparison is logged as a read)."""
        if self.plan is None:
            return
        old, new = self.old_box.currentData(), self.new_box.currentData()
        if old is None or new is None:
            return
        plan_id, service = self.plan.id, self.service
        self.context.tasks.run(lambda _p, _c: service.compare_revisions(plan_id, old, new), name="compare versions",
                               on_result=lambda changes: self._show(changes, (old, new)),
                               parent=self.window())

    def _show(self, changes: list[PlanChange], numbers: tuple[int, int]) -> None:
        self.changes, self._compared = list(changes), numbers
        self._fill()
        self.compared.emit(self.changes)

    def _fill(self) -> None:
        self.result.clear()
        self.result.addItems([change_text(change) for change in self.changes])
        self._show_summary()

    def texts(self) -> list[str]:
        """The sentences shown."""
        return [self.result.item(row).text() for row in range(self.result.count())]

    def _show_summary(self) -> None:
        if self.plan is not None and len(self.plan.revisions) < 2:
            self.summary.setText(self.tr("There is only one version so far. A change to an agreed version starts a "
                                         "new one, and the two can then be compared here."))
        elif self._compared is None:
            self.summary.setText(self.tr("Choose two versions and press Compare to see what changed."))
        elif not self.changes:
            self.summary.setText(self.tr("Nothing changed from version {old} to version {new}.").format(
                old=self._compared[0], new=self._compared[1]))
        else:
            self.summary.setText(self.tr("What changed from version {old} to version {new} ({count}):").format(
                count=len(self.changes), old=self._compared[0], new=self._compared[1]))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.old_label.setText(self.tr("Compare &version"))
        self.new_label.setText(self.tr("with v&ersion"))
        self.compare_button.setText(self.tr("&Compare"))
        for box in (self.old_box, self.new_box):
            for row in range(box.count()):
                box.setItemText(row, self.tr("Version {number}").format(number=box.itemData(row)))
        self.model.retranslate()
        if self.changes:
            self._fill()
        else:
            self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
