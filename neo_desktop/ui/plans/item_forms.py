"""The forms of a plan's items: a step, a goal, a resource or competence, a barrier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from neo_desktop.domain import plan_rules as rules
from neo_desktop.domain.plan import ActivityKind, BarrierKind, GoalKind, ResourceKind, StepOwner, StepStatus
from neo_desktop.domain.plan_rules import BarrierInput, GoalInput, ResourceInput, StepInput
from neo_desktop.services.plan_views import PlanView

from .fields import EnumCombo, OptionalDateEdit
from .item_dialog import ItemDialog
from .wording import long_date

SUGGESTED_SENSITIVE = (BarrierKind.HEALTH, BarrierKind.SOCIAL)


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


class StepDialog(ItemDialog):
    """A step: what, which kind of activity, who does it, by when, and how far it has come."""

    kind = "step"

    def build_form(self) -> None:
        self.description = QLineEdit()
        self.description.setMaxLength(rules.MAX_DESCRIPTION)
        self.activity = EnumCombo(ActivityKind)
        self.owner = EnumCombo(StepOwner, empty_text="")
        self.owner_name = QLineEdit()
        self.owner_name.setMaxLength(rules.MAX_SHORT_TEXT)
        self.due = OptionalDateEdit()
        self.due.set_default(max(self.plan.starts_on, self.today()))
        self.status = EnumCombo(StepStatus)
        self.completed = OptionalDateEdit()
        self.completed.set_default(self.today())
        self._placement_id: int | None = None  # kept as it was: linking placements is done elsewhere
        self.labels = [QLabel() for _ in range(7)]
        for row_label, field in zip(self.labels, (self.description, self.activity, self.owner, self.owner_name,
                                                  self.due, self.status, self.completed), strict=True):
            row_label.setBuddy(field)
            self.form.addRow(row_label, field)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        done = self.status.value() is StepStatus.DONE
        self.form.setRowVisible(6, done)
        if done and self.completed.date() is None:
            self.completed.set_date(self.today())

    def values(self) -> dict[str, Any]:
        return {"description": self.description.text(), "activity_kind": self.activity.value(),
                "owner": self.owner.value(), "owner_name": self.owner_name.text().strip() or None,
                "due_on": self.due.date(), "status": self.status.value(),
                "completed_on": self.completed.date() if self.status.value() is StepStatus.DONE else None,
                "placement_id": self._placement_id}

    def set_values(self, values: dict[str, Any]) -> None:
        setters: dict[str, Callable[[Any], None]] = {
            "description": self.description.setText, "activity_kind": self.activity.set_value,
            "owner": self.owner.set_value, "owner_name": lambda v: self.owner_name.setText(v or ""),
            "due_on": self.due.set_date, "status": self.status.set_value, "completed_on": self.completed.set_date,
            "placement_id": lambda v: setattr(self, "_placement_id", v)}
        for name, value in values.items():
            if name in setters:
                setters[name](value)
        self._status_changed()

    def field_widget(self, name: str) -> QWidget | None:
        return {"description": self.description, "owner": self.owner, "owner_name": self.owner_name,
                "due_on": self.due, "completed_on": self.completed}.get(name)

    def check(self) -> StepInput:
        return rules.validate_step(StepInput(**self.values()), self.plan.starts_on, self.today())

    def submit(self, item: StepInput) -> Callable[[], PlanView]:
        plan_id, original = self.plan.id, self.original
        return lambda: self.service.save_step(plan_id, item, original=original)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit step") if self.original is not None else self.tr("New step"))
        self.intro.setText(self.tr("Who does what by when. The plan starts on {date}; a step cannot be due before "
                                   "that.").format(date=long_date(self.plan.starts_on)))
        texts = (self.tr("&What:"), self.tr("&Activity:"), self.tr("&Who does it:"), self.tr("&Name:"),
                 self.tr("&Due date:"), self.tr("S&tatus:"), self.tr("&Completed on:"))
        for row_label, text in zip(self.labels, texts, strict=True):
            row_label.setText(text)
        self.description.setPlaceholderText(self.tr("e.g. Write a CV and send it to three companies"))
        self.owner.retranslate(self.tr("Choose who…"))
        self.activity.retranslate()
        self.status.retranslate()
        self.owner_name.setPlaceholderText(self.tr("Optional: the employer's, mentor's or partner's name"))


class GoalDialog(ItemDialog):
    """A job or education goal: the occupation or field, and when it should be reached."""

    kind = "goal"

    def build_form(self) -> None:
        self.goal_kind = EnumCombo(GoalKind)
        self.field_edit = QLineEdit()
        self.field_edit.setMaxLength(rules.MAX_SHORT_TEXT)
        self.target = OptionalDateEdit()
        self.target.set_default(max(self.plan.starts_on, self.today()))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.labels = [QLabel() for _ in range(4)]
        for row_label, field in zip(self.labels, (self.goal_kind, self.field_edit, self.target, self.description),
                                    strict=True):
            row_label.setBuddy(field)
            self.form.addRow(row_label, field)

    def values(self) -> dict[str, Any]:
        return {"kind": self.goal_kind.value(), "field": self.field_edit.text(), "target_date": self.target.date(),
                "description": self.description.toPlainText().strip() or None}

    def set_values(self, values: dict[str, Any]) -> None:
        setters: dict[str, Callable[[Any], None]] = {
            "kind": self.goal_kind.set_value, "field": self.field_edit.setText, "target_date": self.target.set_date,
            "description": lambda v: self.description.setPlainText(v or "")}
        for name, value in values.items():
            if name in setters:
                setters[name](value)

    def field_widget(self, name: str) -> QWidget | None:
        return {"field": self.field_edit, "target_date": self.target, "description": self.description}.get(name)

    def check(self) -> GoalInput:
        return rules.validate_goal(GoalInput(**self.values()), self.plan.starts_on)

    def submit(self, item: GoalInput) -> Callable[[], PlanView]:
        plan_id, original = self.plan.id, self.original
        return lambda: self.service.save_goal(plan_id, item, original=original)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit goal") if self.original is not None else self.tr("New goal"))
        self.intro.setText(self.tr("What the young person is aiming for: a job or an education, and by when."))
        for row_label, text in zip(self.labels, (self.tr("&Goal:"), self.tr("&Occupation or field:"),
                                                 self.tr("&Target date:"), self.tr("&Description:")), strict=True):
            row_label.setText(text)
        self.field_edit.setPlaceholderText(self.tr("e.g. Carpenter, social and health care assistant"))
        self.goal_kind.retranslate()


class ResourceDialog(ItemDialog):
    """A resource or competence: a strength, interest, experience, language, driving licence or certificate."""

    kind = "resource"

    def build_form(self) -> None:
        self.resource_kind = EnumCombo(ResourceKind)
        self.description = QLineEdit()
        self.description.setMaxLength(rules.MAX_SHORT_TEXT)
        self.level = QLineEdit()
        self.level.setMaxLength(40)
        self.labels = [QLabel() for _ in range(3)]
        for row_label, field in zip(self.labels, (self.resource_kind, self.description, self.level), strict=True):
            row_label.setBuddy(field)
            self.form.addRow(row_label, field)

    def values(self) -> dict[str, Any]:
        return {"kind": self.resource_kind.value(), "description": self.description.text(),
                "level": self.level.text().strip() or None}

    def set_values(self, values: dict[str, Any]) -> None:
        setters: dict[str, Callable[[Any], None]] = {
            "kind": self.resource_kind.set_value, "description": self.description.setText,
            "level": lambda v: self.level.setText(v or "")}
        for name, value in values.items():
            if name in setters:
                setters[name](value)

    def field_widget(self, name: str) -> QWidget | None:
        return {"description": self.description, "level": self.level}.get(name)

    def check(self) -> ResourceInput:
        return rules.validate_resource(ResourceInput(**self.values()))

    def submit(self, item: ResourceInput) -> Callable[[], PlanView]:
        plan_id, original = self.plan.id, self.original
        return lambda: self.service.save_resource(plan_id, item, original=original)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit resource") if self.original is not None else self.tr("New resource"))
        self.intro.setText(self.tr("What the young person brings. Resources and interests are used to find "
                                   "matching internships and jobs."))
        for row_label, text in zip(self.labels, (self.tr("&Kind:"), self.tr("&Description:"), self.tr("&Level:")),
                                   strict=True):
            row_label.setText(text)
        self.level.setPlaceholderText(self.tr("Optional, e.g. B1, category B"))
        self.resource_kind.retranslate()


class BarrierDialog(ItemDialog):
    """A barrier; sensitive ones (health, social problems) are seen by staff only and never printed."""

    kind = "barrier"

    def build_form(self) -> None:
        self.barrier_kind = EnumCombo(BarrierKind)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.sensitive = QCheckBox()
        self._sensitive_touched = self.original is not None
        self.sensitive.clicked.connect(lambda _checked: setattr(self, "_sensitive_touched", True))
        self.barrier_kind.currentIndexChanged.connect(self._suggest_sensitive)
        self.labels = [QLabel() for _ in range(3)]
        for row_label, field in zip(self.labels, (self.barrier_kind, self.description, self.sensitive), strict=True):
            row_label.setBuddy(field)
            self.form.addRow(row_label, field)
        self._suggest_sensitive()

    def _suggest_sensitive(self) -> None:
        # Health and social problems are usually sensitive: suggest it until the user decides for themselves.
        if not self._sensitive_touched:
            self.sensitive.setChecked(self.barrier_kind.value() in SUGGESTED_SENSITIVE)

    def values(self) -> dict[str, Any]:
        return {"kind": self.barrier_kind.value(), "description": self.description.toPlainText().strip() or None,
                "sensitive": self.sensitive.isChecked()}

    def set_values(self, values: dict[str, Any]) -> None:
        setters: dict[str, Callable[[Any], None]] = {
            "kind": self.barrier_kind.set_value, "description": lambda v: self.description.setPlainText(v or ""),
            "sensitive": self.sensitive.setChecked}
        for name, value in values.items():
            if name in setters:
                setters[name](value)

    def field_widget(self, name: str) -> QWidget | None:
        return {"description": self.description}.get(name)

    def check(self) -> BarrierInput:
        return rules.validate_barrier(BarrierInput(**self.values()))

    def submit(self, item: BarrierInput) -> Callable[[], PlanView]:
        plan_id, original = self.plan.id, self.original
        return lambda: self.service.save_barrier(plan_id, item, original=original)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit barrier") if self.original is not None else self.tr("New barrier"))
        self.intro.setText(self.tr("What stands in the way. Mark health, social and other private matters as "
                                   "sensitive: they stay in the program and are never printed on the plan."))
        for row_label, text in zip(self.labels, (self.tr("&Kind:"), self.tr("&Description:"), self.tr("Sensitive:")),
                                   strict=True):
            row_label.setText(text)
        self.sensitive.setText(self.tr("&Sensitive – seen by staff only, never printed"))
        self.barrier_kind.retranslate()


DIALOGS: dict[str, type[ItemDialog]] = {"step": StepDialog, "goal": GoalDialog, "resource": ResourceDialog,
                                        "barrier": BarrierDialog}
