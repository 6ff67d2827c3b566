"""Small input widgets of the participant screens: a typed date, a yes/no/not-stated choice, an enum choice, and
the message line under a field that explains a mistake while it is typed."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ..labels import label

ERROR_TEXT = QColor("#a3261b")
ERROR_BACKGROUND = QColor("#fdecea")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def date_text(value: date | None) -> str:
    """A date in the user's locale (short form), or empty."""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat) if value else ""


def parse_date_text(text: str) -> date | None:
    """A date typed the Danish/Swedish way (23-11-2026, 23.11.26), as ISO (2026-11-23) or in the locale's short
    form; None when the text is not a date. Two-digit years mean 19xx/20xx, whichever is nearer."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO_DATE.match(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        numeric = _NUMERIC_DATE.match(text)
        if numeric:
            year = int(numeric[3])
            if year < 100:
                year += 2000 if year <= (date.today().year % 100) + 10 else 1900
            return date(year, int(numeric[2]), int(numeric[1]))
    except ValueError:
        return None
    parsed = QLocale().toDate(text, QLocale.FormatType.ShortFormat)
    return date(parsed.year(), parsed.month(), parsed.day()) if parsed.isValid() else None


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Tint a field that holds a mistake (the message under it says which)."""
    palette = widget.palette() if invalid else QPalette()
    if invalid:
        palette.setColor(QPalette.ColorRole.Base, ERROR_BACKGROUND)
    widget.setPalette(palette)
    widget.setProperty("invalid", invalid)


class DateField(QLineEdit):
    """An optional date, typed; a text that is not a date is marked while typing."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(170)
        self.textEdited.connect(self._on_edited)
        self.retranslate()

    @property
    def is_valid(self) -> bool:
        """True when empty or a date."""
        return not self.text().strip() or parse_date_text(self.text()) is not None

    def value(self) -> date | None:
        """The date typed (None when empty or not a date)."""
        return parse_date_text(self.text())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` in the user's locale."""
        self.setText(date_text(value))
        mark_invalid(self, False)

    def _on_edited(self, _text: str) -> None:
        mark_invalid(self, not self.is_valid)
        self.edited.emit()

    def retranslate(self) -> None:
        """The placeholder shows today's date as an example of the form."""
        self.setPlaceholderText(date_text(date.today()))
        if self.text() and self.value() is not None:
            self.setText(date_text(self.value()))


class TriStateBox(QComboBox):
    """Yes, no, or not stated (None): the ESF+ background is often unknown at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in (None, True, False):
            self.addItem("", value)
        self.retranslate()

    def value(self) -> bool | None:
        """The choice."""
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        """Choose ``value``."""
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])

    def retranslate(self) -> None:
        """The choices in the current language."""
        self.setItemText(0, self.tr("Not stated"))
        self.setItemText(1, self.tr("Yes"))
        self.setItemText(2, self.tr("No"))


class EnumBox(QComboBox):
    """A choice of an enum's values as translated labels, optionally with an empty first choice."""

    def __init__(self, enum: type[StrEnum], *, optional: bool = False, members: list[StrEnum] | None = None,
                 required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum
        self._optional = optional or required
        self._required = required  # the empty choice reads "Choose…" rather than "Not stated"
        optional = self._optional
        if optional:
            self.addItem("", None)
        for member in members if members is not None else list(enum):
            self.addItem(label(member), member.value)
        self.retranslate()

    def value(self) -> StrEnum | None:
        """The chosen member (None for the empty choice)."""
        data = self.currentData()
        return self._enum(data) if data is not None else None

    def set_value(self, value: StrEnum | None) -> None:
        """Choose ``value``."""
        index = self.findData(value.value if value is not None else None)
        self.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        """Relabel in the current language."""
        for row in range(self.count()):
            data = self.itemData(row)
            empty = self.tr("Choose…") if self._required else self.tr("Not stated")
            self.setItemText(row, empty if data is None else label(self._enum(data)))


class FieldMessage(QLabel):
    """The line under a field: why its content cannot be saved (red), or a gentle warning (plain)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        """Show a mistake."""
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_TEXT)
        self.setPalette(palette)
        self.setForegroundRole(QPalette.ColorRole.WindowText)  # a warning before may have set the grey role
        self._show(text)

    def show_warning(self, text: str) -> None:
        """Show something worth a second look that does not stop the save."""
        self.setPalette(QPalette())
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._show(text)

    def clear_message(self) -> None:
        """Nothing to say."""
        self.setText("")
        self.hide()

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
