"""What the record's forms share: fields laid out with a message line under each, checked as they are typed.

Each field has a check: a function that raises the domain's ValidationError for its value. The form runs a
field's check whenever that field is edited, so a mistake is explained at the field at once; before saving it
runs them all. A message from the service (after saving) is shown at the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from neo_desktop.domain.errors import NeoError, ValidationError

from .texts import error_text
from .widgets import FieldMessage, mark_invalid

Check = Callable[[], str | None]  # raises ValidationError; may return a warning to show


@dataclass
class Field:
    """A field of a form: its widget, its label, the message line under it and its check."""

    name: str
    widget: QWidget
    label: QLabel
    message: FieldMessage
    check: Check | None


class FormBase(QWidget):
    """A form of labelled fields with live checks; subclasses add fields and say what their values are."""

    changed = Signal()  # the user edited a field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setVerticalSpacing(6)
        self._loading = False

    def add_field(self, name: str, widget: QWidget, check: Check | None = None) -> Field:
        """Add a labelled field with its message line."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        message = FieldMessage()
        column.addWidget(widget)
        column.addWidget(message)
        label = QLabel()
        label.setBuddy(widget)
        self.form.addRow(label, holder)
        field = Field(name, widget, label, message, check)
        self.fields[name] = field
        return field

    def edited(self, name: str) -> None:
        """A field was edited: check it now and tell the window."""
        if self._loading:
            return
        self.check_field(name)
        self.changed.emit()

    def check_field(self, name: str) -> bool:
        """Run one field's check and show its message; True when it passes."""
        field = self.fields[name]
        if field.check is None:
            return True
        try:
            warning = field.check()
        except NeoError as error:
            self.show_error(name, error_text(error))
            return False
        field.message.clear_message()
        mark_invalid(field.widget, False)
        if warning:
            field.message.show_warning(warning)
        return True

    def check_all(self) -> str | None:
        """Check every field; the name of the first that fails, or None."""
        failed = [name for name in self.fields if not self.check_field(name)]
        return failed[0] if failed else None

    def show_error(self, name: str, text: str) -> bool:
        """Show ``text`` at field ``name``; False when the form has no such field."""
        field = self.fields.get(name)
        if field is None:
            return False
        field.message.show_error(text)
        mark_invalid(field.widget, True)
        return True

    def show_validation_error(self, error: ValidationError) -> bool:
        """Show a service's refusal at its field and focus it; False when the field is not on this form."""
        if error.field is None or not self.show_error(error.field, error_text(error)):
            return False
        self.fields[error.field].widget.setFocus()
        return True

    def clear_messages(self) -> None:
        """Remove every message."""
        for field in self.fields.values():
            field.message.clear_message()
            mark_invalid(field.widget, False)

    def retranslate_ui(self) -> None:
        """Set the labels in the current language (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
