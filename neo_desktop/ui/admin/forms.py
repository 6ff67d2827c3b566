"""The edit dialog every administration form builds on: fields with their own error line, saving in the
background, and a stale edit answered with the other person's changes instead of an overwrite.

A save runs as a task. A :class:`ValidationError` is shown under the field it names (the field turns red and
gets the focus); a :class:`ConflictError` opens :class:`ConflictDialog`, which lists field by field what is
saved now against what the user typed. The user's input stays in the form whatever happens, so nothing typed
is lost: they can keep their version (saved over the other one, knowingly), take the saved one, or go on
editing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ConflictError, NeoError, ValidationError

from ..context import UiContext
from ..i18n import translate_error
from ..views.table_model import display_text
from .conflict_dialog import ConflictDialog

ERROR_COLOUR = QColor("#b3261e")
INVALID_STYLE = 'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 1px solid #b3261e; }'


def heading_label(scale: float = 1.25) -> QLabel:
    """A bold label for a dialog's or page's heading."""
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A hidden, red, word-wrapped label for a message about what went wrong."""
    label = QLabel()
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.hide()
    return label


def note_label() -> QLabel:
    """A word-wrapped label in the muted colour, for a line of explanation."""
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input as holding a wrong value (a red frame), or clear the mark."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def width_strut(layout: QLayout, width: int) -> QSpacerItem:
    """Give ``layout`` a minimum width with an invisible strut.

    Unlike ``setMinimumWidth`` on the dialog, this leaves the dialog's minimum size to its layout, so the
    dialog grows when an error line appears instead of squeezing the fields.
    """
    strut = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    layout.addItem(strut)
    return strut


def plain_title(label: QLabel) -> str:
    """A field label's text without its shortcut marker and colon, for use inside sentences and tables."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


@dataclass
class _Field:
    label: QLabel
    widget: QWidget
    error: QLabel


class EditDialog(QDialog):
    """A form that saves through a service call in the background; subclasses fill in the fields.

    Subclasses call :meth:`add_field` for each input, implement :meth:`save` (which calls :meth:`submit`
    with the service call) and, for records with a version, :meth:`fetch_current` and :meth:`load`.
    """

    saved = Signal(object)  # what the service returned
    # Service field names that are shown by a differently named input (e.g. the number's own check).
    FIELD_ALIASES: ClassVar[dict[str, str]] = {}

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.version: int | None = None  # the version of the record as the form shows it
        self._fields: dict[str, _Field] = {}
        self._message: NeoError | str | None = None
        self._busy = False
        self.setStyleSheet(INVALID_STYLE)
        self.heading = heading_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.message_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(22, 18, 22, 14)
        self.body.setSpacing(10)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.form)
        self.body.addWidget(self.message_label)
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)
        self._strut = width_strut(self.body, 480)

    def set_form_width(self, width: int) -> None:
        """Make the form at least ``width`` pixels wide (the dialog still grows when an error line appears)."""
        self._strut.changeSize(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.body.invalidate()

    # Fields ----------------------------------------------------------------------------------------------------

    def add_field(self, name: str, widget: QWidget) -> QLabel:
        """Add an input under ``name`` (the service's field name) with a label and an error line below it."""
        label = QLabel()
        label.setBuddy(widget)
        error = error_label()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, holder)
        self._fields[name] = _Field(label, widget, error)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, name=name: self.clear_error(name))
        return label

    def field_widget(self, name: str) -> QWidget:
        """The input registered under ``name``."""
        return self._fields[name].widget

    def field_error(self, name: str) -> QLabel:
        """The error line under the input ``name`` (hidden when there is no error)."""
        return self._fields[name].error

    def field_titles(self) -> dict[str, str]:
        """Each field's label text, for sentences and the conflict table."""
        return {name: plain_title(field.label) for name, field in self._fields.items()}

    def clear_error(self, name: str) -> None:
        """Hide the error of one field."""
        field = self._fields.get(name)
        if field is not None and field.error.isVisible():
            field.error.hide()
            set_invalid(field.widget, False)

    def clear_errors(self) -> None:
        """Hide every error message."""
        for name in self._fields:
            self.clear_error(name)
        self.show_message(None)

    def show_message(self, message: NeoError | str | None) -> None:
        """Show a message that belongs to no single field (None hides it)."""
        self._message = message
        text = self.error_text(message) if isinstance(message, NeoError) else (message or "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow the dialog to the height its wrapped messages need at its width (a layout's minimum size
        counts a wrapped label as one line)."""
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def show_error(self, error: NeoError) -> None:
        """Show ``error`` under its field when it names one this form has, otherwise above the buttons."""
        name = self.FIELD_ALIASES.get(getattr(error, "field", None) or "", getattr(error, "field", None))
        field = self._fields.get(name or "") if isinstance(error, ValidationError) else None
        if field is None:
            self.show_message(error)
            return
        field.error.setText(self.error_text(error))
        field.error.show()
        self.fit_height()
        set_invalid(field.widget, True)
        field.widget.setFocus()
        if isinstance(field.widget, QLineEdit):
            field.widget.selectAll()

    def error_text(self, error: NeoError) -> str:
        """The sentence shown for ``error`` (subclasses translate special cases)."""
        return translate_error(error)

    # Saving ----------------------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save: the dialog closes only when the service has accepted the input."""
        if not self._busy:
            self.clear_errors()
            self.save()

    def save(self) -> None:
        """Read the fields and :meth:`submit` the service call."""
        raise NotImplementedError

    def submit(self, call: Callable[[], Any]) -> None:
        """Run ``call`` in the background; close on success, explain on failure."""
        self._set_busy(True)
        self.context.tasks.run(lambda _progress, _cancelled: call(), name=f"save {type(self).__name__}",
                               on_result=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, result: object) -> None:
        self._set_busy(False)
        self.saved.emit(result)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ConflictError):
            self.show_conflict(error)
        elif isinstance(error, NeoError):
            self.show_error(error)
        else:
            self.context.errors.report(error, self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    # Conflicts -------------------------------------------------------------------------------------------------

    def fetch_current(self) -> Any:
        """The record as it is stored now (runs in the background)."""
        raise NotImplementedError

    def load(self, record: Any) -> None:
        """Fill the form from ``record`` and remember its version."""
        raise NotImplementedError

    def conflict_value(self, name: str, value: Any) -> str:
        """A stored or typed value as the conflict table shows it (subclasses name ids)."""
        return display_text(value)

    def show_conflict(self, error: ConflictError) -> ConflictDialog:
        """Say that someone else saved meanwhile, show their changes, and let the user choose."""
        dialog = ConflictDialog(error, self.field_titles(), self.conflict_value, self)
        dialog.chosen.connect(self._resolve_conflict)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _resolve_conflict(self, keep_mine: bool) -> None:
        self._set_busy(True)

        def fetched(record: object) -> None:
            self._set_busy(False)
            if keep_mine:
                self.version = record.version  # type: ignore[attr-defined]
                self.accept()  # the user's input, saved knowingly over the other version
            else:
                self.load(record)

        self.context.tasks.run(lambda _progress, _cancelled: self.fetch_current(), name="fetch current record",
                               on_result=fetched, on_error=self._on_failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language (subclasses extend it)."""
        self.save_button.setText(self.tr("Save"))
        if isinstance(self._message, NeoError):
            self.show_message(self._message)
