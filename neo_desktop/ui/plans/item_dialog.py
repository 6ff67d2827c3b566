"""The dialog every plan item is edited in (step, goal, resource, barrier): save in the background, keep input.

The dialog holds the item as the user saw it (``original``). Saving checks the input with the domain's rules
at once (same messages as the service), then sends it with that original to the plan service. A refusal is
shown inside the dialog and the input stays. When someone else changed the item meanwhile, the dialog takes
over what they changed in the fields the user left alone, keeps the user's own changes, lists the other
person's changes and waits for the user to save again; nothing of either is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError, NeoError, ValidationError
from neo_desktop.services.plan_revisions import ITEM_GONE
from neo_desktop.services.plan_views import PlanView
from neo_desktop.services.plans import PlanService

from ..context import UiContext
from .fields import MessagePanel
from .wording import conflict_lines, error_text


class ItemDialog(QDialog):
    """Base of the item dialogs; subclasses build the form and say how to read, check and save it."""

    saved = Signal(object)  # the PlanView after the save
    kind: ClassVar[str] = ""  # "step", "goal", "resource", "barrier"

    def __init__(self, plan: PlanView, service: PlanService, context: UiContext, original: Any | None = None, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.service = service
        self.context = context
        self.original = original
        self.today = today
        self.saving = False
        self.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = MessagePanel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.build_form()
        if original is not None:
            self.set_values({name: getattr(original, name) for name in self.values() if hasattr(original, name)})
        self.retranslate_ui()

    # What subclasses provide -----------------------------------------------------------------------------------

    def build_form(self) -> None:
        """Create the fields and add them to ``self.form``."""
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """The form's values by field name (the names of the input dataclass and the item view)."""
        raise NotImplementedError

    def set_values(self, values: dict[str, Any]) -> None:
        """Put ``values`` into the fields that have them."""
        raise NotImplementedError

    def field_widget(self, name: str) -> QWidget | None:
        """The widget of a field, to focus when a message is about it."""
        return None

    def check(self) -> Any:
        """The input built from the form, checked with the domain's rules (raises ValidationError)."""
        raise NotImplementedError

    def submit(self, item: Any) -> Callable[[], PlanView]:
        """The service call that saves ``item`` (run in the background)."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""

    # Saving -----------------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Check the input; if it is fine, save it in the background (the dialog closes once it is saved)."""
        if self.saving:
            return
        try:
            item = self.check()
        except ValidationError as error:
            self.show_refusal(error)
            return
        call = self.submit(item)
        self._set_saving(True)
        self.context.tasks.run(lambda _progress, _cancelled: call(), name=f"save plan {self.kind}",
                               on_result=self._on_saved, on_error=self._on_failed)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        for button in self.buttons.buttons():
            button.setEnabled(not saving)
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                item.widget().setEnabled(not saving)

    def _on_saved(self, plan: PlanView) -> None:
        self._set_saving(False)
        self.message.clear()
        self.plan = plan
        self.saved.emit(plan)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ConflictError) and self.original is not None:
            self.take_over(error)
        elif isinstance(error, NeoError):
            self.show_refusal(error)
        else:
            self.context.errors.report(error, self)

    def show_refusal(self, error: NeoError) -> None:
        """Show why the input was refused, and put the cursor in the field it is about."""
        self.message.show_message("error", error_text(error))
        widget = self.field_widget(getattr(error, "field", None) or "")
        if widget is not None:
            widget.setFocus()

    def take_over(self, error: ConflictError) -> None:
        """Someone else saved the item first: merge their changes into the untouched fields, keep the user's."""
        if error.template == ITEM_GONE:
            self.original = None  # saving again adds what the user entered as a new item
            self.message.show_message("notice", error_text(error), hint=self.tr(
                "Save to add it again with what you entered, or Cancel to leave it out."))
            return
        mine = self.values()
        theirs = {name: new for name, (_seen, new) in error.changes.items()}
        untouched = {name: new for name, (seen, new) in error.changes.items() if name in mine and mine[name] == seen}
        self.set_values(untouched)
        self.original = dataclasses.replace(self.original, **{
            name: value for name, value in theirs.items() if name in {f.name for f in dataclasses.fields(
                self.original)}})
        self.message.show_message("notice", error_text(error), conflict_lines(error.changes), self.tr(
            "What they changed is now in the form; what you changed yourself is kept. Check it and save again."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
