"""Plan templates for administrators: the steps a new plan starts with, per target group.

:class:`TemplateDialog` edits one template (name, target group, description, in use, and its steps: what,
activity, who, due so many days after the plan starts). :class:`TemplateEditor` is the list of every template
with New and Edit, ready to be embedded in the Administration area. Saves run in the background through
:class:`PlanTemplateService`; a template someone else saved meanwhile is merged as in the plan dialogs.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError, NeoError, ValidationError
from neo_desktop.domain.plan import ActivityKind, StepOwner
from neo_desktop.domain.plan_rules import MAX_DESCRIPTION
from neo_desktop.services.plan_templates import (
    PlanTemplateService,
    TemplateInput,
    TemplateStepInput,
    TemplateView,
    validate_template,
)

from ..changes import ChangeKind
from ..context import UiContext
from .fields import EnumCombo, MessagePanel
from .wording import TARGET_GROUPS, conflict_lines, error_text, target_group_text

NO_DAYS = -1  # the spin box's minimum stands for "no due date"
STEP_COLUMNS = 4


class TemplateDialog(QDialog):
    """One template: its facts and its steps; emits ``saved`` with the stored template."""

    saved = Signal(object)  # TemplateView

    def __init__(self, service: PlanTemplateService, context: UiContext, original: TemplateView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.context = context
        self.original = original
        self.saving = False
        self.setMinimumSize(760, 520)
        self.message = MessagePanel()
        self.name = QLineEdit()
        self.group = QComboBox()
        self.group.setEditable(True)  # a partnership may name its own target group
        for group in TARGET_GROUPS:
            self.group.addItem("", group)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.active = QCheckBox()
        self.steps = QTableWidget(0, STEP_COLUMNS)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.verticalHeader().hide()
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.add_step())
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for row_label, field in zip(self.labels, (self.name, self.group, self.description, self.active), strict=True):
            row_label.setBuddy(field)
            self.form.addRow(row_label, field)
        self.steps_label = QLabel()
        self.steps_label.setBuddy(self.steps)
        step_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.steps, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.set_values(dataclasses.asdict(original) if original else {"active": True})

    # The form ---------------------------------------------------------------------------------------------------

    def add_step(self, step: TemplateStepInput | None = None, row: int | None = None) -> int:
        """Add a step row (empty, or showing ``step``) and return its row."""
        row = self.steps.rowCount() if row is None else row
        self.steps.insertRow(row)
        description = QLineEdit(step.description if step else "")
        description.setMaxLength(MAX_DESCRIPTION)
        activity = EnumCombo(ActivityKind)
        activity.set_value(step.activity_kind if step else ActivityKind.OTHER)
        owner = EnumCombo(StepOwner, empty_text=self.tr("Choose who…"))
        owner.set_value(step.owner if step else None)
        days = QSpinBox()
        days.setRange(NO_DAYS, 3650)
        days.setSpecialValueText(self.tr("No date"))
        days.setSuffix(self.tr(" days"))
        days.setValue(step.due_after_days if step and step.due_after_days is not None else NO_DAYS)
        for column, widget in enumerate((description, activity, owner, days)):
            self.steps.setCellWidget(row, column, widget)
        self.steps.setCurrentCell(row, 0)
        if step is None:
            description.setFocus()
        return row

    def step_inputs(self) -> tuple[TemplateStepInput, ...]:
        """The steps as entered, in order."""
        steps = []
        for row in range(self.steps.rowCount()):
            description, activity, owner, days = (self.steps.cellWidget(row, column) for column in range(STEP_COLUMNS))
            steps.append(TemplateStepInput(description.text(), owner.value(), activity.value(),
                                           None if days.value() == NO_DAYS else days.value()))
        return tuple(steps)

    def remove_step(self) -> None:
        """Remove the selected step row."""
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)

    def move_step(self, offset: int) -> None:
        """Move the selected step up (-1) or down (+1)."""
        row, steps = self.steps.currentRow(), list(self.step_inputs())
        target = row + offset
        if row < 0 or not 0 <= target < len(steps):
            return
        steps[row], steps[target] = steps[target], steps[row]
        self._show_steps(tuple(steps))
        self.steps.setCurrentCell(target, 0)

    def _show_steps(self, steps: tuple[TemplateStepInput, ...]) -> None:
        self.steps.setRowCount(0)
        for step in steps:
            self.add_step(step)

    def values(self) -> dict[str, Any]:
        """The form's values by the template's field names."""
        group = self.group.currentData() if self.group.currentText() == self.group.itemText(
            self.group.currentIndex()) else None
        return {"name": self.name.text(), "target_group": group or self.group.currentText().strip(),
                "description": self.description.toPlainText().strip() or None, "active": self.active.isChecked(),
                "steps": self.step_inputs()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Put ``values`` into the fields that have them."""
        if "name" in values:
            self.name.setText(values["name"])
        if "target_group" in values:
            index = self.group.findData(values["target_group"])
            if index >= 0:
                self.group.setCurrentIndex(index)
            else:
                self.group.setEditText(values["target_group"])
        if "description" in values:
            self.description.setPlainText(values["description"] or "")
        if "active" in values:
            self.active.setChecked(bool(values["active"]))
        if "steps" in values:
            self._show_steps(tuple(step if isinstance(step, TemplateStepInput) else TemplateStepInput(**step)
                                   for step in values["steps"]))

    # Saving -----------------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Check the template and save it in the background; refusals and conflicts show in the dialog."""
        if self.saving:
            return
        try:
            template = validate_template(TemplateInput(**self.values()))
        except ValidationError as error:
            self.message.show_message("error", error_text(error))
            return
        self.saving = True
        self.buttons.setEnabled(False)
        service, original = self.service, self.original
        self.context.tasks.run(lambda _p, _c: service.save_template(template, original=original),
                               name="save plan template", on_result=self._saved, on_error=self._failed)

    def _saved(self, template: TemplateView) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.original = template
        self.context.changes.announce(ChangeKind.PLAN, initiator=self)
        self.saved.emit(template)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ConflictError) and self.original is not None:
            mine = self.values()
            self.set_values({name: new for name, (seen, new) in error.changes.items() if mine.get(name) == seen})
            self.original = dataclasses.replace(self.original, **{name: new for name, (_s, new) in
                                                                  error.changes.items()})
            lines = [line for line in conflict_lines({k: v for k, v in error.changes.items() if k != "steps"})]
            if "steps" in error.changes:
                lines.append(self.tr("The steps were changed."))
            self.message.show_message("notice", error_text(error), lines, self.tr(
                "What they changed is now in the form; what you changed yourself is kept. Check it and save again."))
        elif isinstance(error, NeoError):
            self.message.show_message("error", error_text(error))
        else:
            self.context.errors.report(error, self)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Edit plan template") if self.original else self.tr("New plan template"))
        for row_label, text in zip(self.labels, (self.tr("&Name:"), self.tr("&Target group:"),
                                                 self.tr("&Description:"), self.tr("In use:")), strict=True):
            row_label.setText(text)
        self.active.setText(self.tr("&Offer this template when a plan is started"))
        for row, group in enumerate(TARGET_GROUPS):
            self.group.setItemText(row, target_group_text(group))
        self.steps_label.setText(self.tr("Ste&ps (due so many days after the plan starts):"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Activity"), self.tr("Who does it"),
                                              self.tr("Due after")])
        self.add_button.setText(self.tr("&Add step"))
        self.remove_button.setText(self.tr("&Remove step"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class TemplateEditor(QWidget):
    """Every template (those not in use marked), with New and Edit; for the Administration area."""

    loaded = Signal()

    def __init__(self, service: PlanTemplateService, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.context = context
        self.templates: list[TemplateView] = []
        self.dialog: TemplateDialog | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.edit_template())
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(lambda: self.edit_template(new=True))
        self.edit_button.clicked.connect(lambda: self.edit_template())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        """Load the templates (in use or not) in the background."""
        service = self.service
        self.context.tasks.run(lambda _p, _c: service.templates(include_inactive=True), name="plan templates",
                               on_result=self._show, parent=self.window())

    def _show(self, templates: list[TemplateView]) -> None:
        self.templates = list(templates)
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for template in self.templates:
            text = self.tr("{name} – {group}, {count} steps").format(
                name=template.name, group=target_group_text(template.target_group), count=len(template.steps))
            if not template.active:
                text += " " + self.tr("(not in use)")
            QListWidgetItem(text, self.list)
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def edit_template(self, *, new: bool = False) -> TemplateDialog | None:
        """Open the dialog for the selected template, or for a new one."""
        row = self.list.currentRow()
        original = None if new or not 0 <= row < len(self.templates) else self.templates[row]
        if not new and original is None:
            return None
        dialog = TemplateDialog(self.service, self.context, original, self)
        dialog.saved.connect(lambda _template: self.load())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Plan templates: the steps a new plan starts with, per target group. "
                                     "Caseworkers adapt each plan to the young person afterwards."))
        self.new_button.setText(self.tr("&New template…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
