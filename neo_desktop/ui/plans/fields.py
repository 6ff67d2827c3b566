"""Small input widgets the plan dialogs share: an enum choice, an optional date, and an inline message panel."""

from __future__ import annotations

import html
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from ..labels import label
from .wording import from_qdate, to_qdate

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum stands for "no date" (shown as text, never stored)
ERROR_COLOURS = (QColor("#fdecea"), QColor("#8c1d13"))
NOTICE_COLOURS = (QColor("#fff4d6"), QColor("#5c4400"))
INFO_COLOURS = (QColor("#e8f1fa"), QColor("#163b5c"))


class EnumCombo(QComboBox):
    """A choice of an enum's values shown as translated labels; optionally with an empty first choice."""

    def __init__(self, enum: type[StrEnum], *, empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum
        self._empty_text = empty_text
        if empty_text is not None:
            self.addItem(empty_text, None)
        for member in enum:
            self.addItem(label(member), member.value)

    def value(self) -> StrEnum | None:
        """The chosen member, or None for the empty choice."""
        data = self.currentData()
        return self._enum(data) if data is not None else None

    def set_value(self, value: StrEnum | None) -> None:
        """Choose ``value`` (None: the empty choice)."""
        self.setCurrentIndex(max(self.findData(value.value if value is not None else None), 0))

    def retranslate(self, empty_text: str | None = None) -> None:
        """Relabel the choices in the current language."""
        offset = 0
        if self._empty_text is not None:
            self._empty_text = empty_text or self._empty_text
            self.setItemText(0, self._empty_text)
            offset = 1
        for row, member in enumerate(self._enum, start=offset):
            self.setItemText(row, label(member))


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box switches the date on; off, the edit reads "No date"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setDate(QDate.currentDate())
        self._last = QDate.currentDate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._toggled(False)
        self.retranslate_ui()

    def date(self) -> date | None:
        """The date, or None when none is set."""
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_date(self, value: date | None) -> None:
        """Show ``value`` (None: no date)."""
        if value is not None:
            self._last = to_qdate(value)
            self.check.setChecked(True)
            self.edit.setDate(self._last)
        else:
            self.check.setChecked(False)
        self._toggled(value is not None)

    def set_default(self, value: date) -> None:
        """The date offered when the user switches the date on."""
        self._last = to_qdate(value)

    def _toggled(self, on: bool) -> None:
        if on:
            self.edit.setDate(self._last if self._last > NO_DATE else QDate.currentDate())
        else:
            if self.edit.date() > NO_DATE:
                self._last = self.edit.date()
            self.edit.setDate(NO_DATE)
        self.edit.setEnabled(on)
        self.changed.emit()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.edit.setSpecialValueText(self.tr("No date"))
        self.check.setToolTip(self.tr("Set a date"))
        self.check.setAccessibleName(self.tr("Set a date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class MessagePanel(QFrame):
    """A message inside a window (not a pop-up): an error, a conflict notice, or plain information."""

    def __init__(self, parent: QWidget | None = None, *, closable: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 6, 8)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button.setVisible(closable)  # once it has a parent: a parentless widget shown is a window
        self.kind = ""  # error, notice, info; empty while hidden
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.close_button.setToolTip(self.tr("Close the message"))
        self.close_button.setAccessibleName(self.tr("Close the message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_message(self, kind: str, text: str, details: list[str] | None = None, hint: str | None = None) -> None:
        """Show ``text`` as an ``error``, ``notice`` or ``info``, with detail lines and a closing hint."""
        background, foreground = {"error": ERROR_COLOURS, "notice": NOTICE_COLOURS}.get(kind, INFO_COLOURS)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, foreground)
        self.setPalette(palette)
        self.text_label.setPalette(palette)
        markup = f"<b>{html.escape(text)}</b>" if details or hint else html.escape(text)
        if details:
            markup += "<ul style='margin-top:4px; margin-bottom:4px; margin-left:-24px'>" + "".join(
                f"<li>{html.escape(line)}</li>" for line in details) + "</ul>"
        if hint:
            markup += ("" if details else "<br>") + html.escape(hint)
        self.text_label.setText(markup)
        self.kind = kind
        self.setAccessibleDescription(self.plain_text())
        self.show()

    def plain_text(self) -> str:
        """The message without markup, empty while hidden (for tests and screen readers)."""
        return QTextDocumentFragment.fromHtml(self.text_label.text()).toPlainText() if self.kind else ""

    def clear(self) -> None:
        """Hide the message."""
        self.kind = ""
        self.text_label.clear()
        self.hide()
