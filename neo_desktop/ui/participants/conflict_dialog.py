"""Someone else saved the record while the user was editing it: show what changed, field by field, and let the
user keep theirs, take the other person's, or merge field by field. Nothing is lost either way: the dialog
builds the values to save on top of what is stored now.

A field changed only by the other person starts as "theirs", one changed only by the user as "mine"; a field
both changed is marked and starts as "mine" — the user decides.
"""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.participant_rules import PersonalData

from .texts import field_name, value_text

BOTH_CHANGED = QColor("#fff4d6")


def changed_fields(original: PersonalData, mine: PersonalData, theirs: PersonalData) -> list[str]:
    """Fields where the two versions differ, in the form's order."""
    return [f.name for f in fields(PersonalData)
            if getattr(mine, f.name) != getattr(theirs, f.name)
            and (getattr(mine, f.name) != getattr(original, f.name)
                 or getattr(theirs, f.name) != getattr(original, f.name))]


class ConflictDialog(QDialog):
    """Keep mine, take theirs, or merge, field by field."""

    MINE, THEIRS = 0, 1

    def __init__(self, original: PersonalData, mine: PersonalData, theirs: PersonalData, *, other: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original, self.mine, self.theirs = original, mine, theirs
        self.other = other
        self.names = changed_fields(original, mine, theirs)
        self.groups: dict[str, QButtonGroup] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(self.names), 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, name in enumerate(self.names):
            self._fill_row(row, name)
        self.keep_mine = QPushButton()
        self.take_theirs = QPushButton()
        self.merge = QPushButton()
        self.merge.setDefault(True)
        # Connected before the button box's own handler, so the choices are set when "accepted" is emitted.
        self.keep_mine.clicked.connect(lambda: self._choose_all(self.MINE))
        self.take_theirs.clicked.connect(lambda: self._choose_all(self.THEIRS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.keep_mine, self.take_theirs, self.merge):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 160 + 34 * max(3, len(self.names)))
        self.retranslate_ui()

    def _fill_row(self, row: int, name: str) -> None:
        before, mine, theirs = (getattr(data, name) for data in (self.original, self.mine, self.theirs))
        both = mine != before and theirs != before
        values = (field_name(name), value_text(before), value_text(theirs), value_text(mine))
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if both:
                item.setBackground(QBrush(BOTH_CHANGED))
            if column == 0:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)
        chooser = QWidget()
        line = QHBoxLayout(chooser)
        line.setContentsMargins(6, 0, 6, 0)
        group = QButtonGroup(chooser)
        for choice in (self.THEIRS, self.MINE):
            button = QRadioButton()
            button.setProperty("choice", choice)
            group.addButton(button, choice)
            line.addWidget(button)
        line.addStretch(1)
        group.button(self.THEIRS if theirs != before and mine == before else self.MINE).setChecked(True)
        self.groups[name] = group
        self.table.setCellWidget(row, 4, chooser)

    def choose(self, name: str, choice: int) -> None:
        """Pick ``choice`` (MINE or THEIRS) for one field."""
        self.groups[name].button(choice).setChecked(True)

    def choice(self, name: str) -> int:
        """What is picked for one field."""
        return self.groups[name].checkedId()

    def _choose_all(self, choice: int) -> None:
        for name in self.names:
            self.choose(name, choice)

    def resolved(self) -> PersonalData:
        """What to save: what is stored now, with the user's value wherever "mine" is picked."""
        mine = {name: getattr(self.mine, name) for name in self.names if self.choice(name) == self.MINE}
        return replace(self.theirs, **mine)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Someone else saved this record"))
        who = self.other or self.tr("Someone else")
        self.heading.setText(self.tr(
            "{who} saved changes to this record while you were editing it. Nothing has been overwritten. For each "
            "field below, choose whose value to keep; fields changed by both of you are marked.").format(who=who))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("When you opened it"),
                                              self.tr("Saved by the other"), self.tr("Yours"), self.tr("Keep")])
        for name, group in self.groups.items():
            group.button(self.THEIRS).setText(self.tr("Theirs"))
            group.button(self.MINE).setText(self.tr("Mine"))
            group.button(self.THEIRS).setAccessibleName(self.tr("Keep theirs: {field}").format(field=field_name(name)))
            group.button(self.MINE).setAccessibleName(self.tr("Keep mine: {field}").format(field=field_name(name)))
        self.keep_mine.setText(self.tr("Keep &all mine"))
        self.take_theirs.setText(self.tr("&Take all theirs"))
        self.merge.setText(self.tr("Save &as chosen"))
