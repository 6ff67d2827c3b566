"""The small forms of the meetings area: agenda item, decision, action item, a new meeting.

Each is a :class:`FormDialog`: OK runs one service call in the background; when the service refuses (a title
missing, a locked meeting), the message is shown and the form stays open with what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.organisation import Language, TargetKind
from neo_desktop.services.meeting_views import (
    ActionInput,
    ActionView,
    AgendaItemInput,
    AgendaItemView,
    DecisionInput,
    DecisionView,
    GroupView,
    MeetingInput,
    MemberCandidates,
)

from ..context import UiContext
from ..labels import label
from .common import enum_combo, enum_value, fill_combo, from_qdate, from_qdatetime, select_data, to_qdate


class FormDialog(QDialog):
    """A form whose OK runs ``submit(value)`` in the background and hands the answer to ``done``."""

    def __init__(self, context: UiContext, submit: Callable[[Any], Any], done: Callable[[Any], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self._submit, self._done = context, submit, done
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_row(self, field: QWidget | QHBoxLayout) -> None:
        """Add a field under a label whose text ``retranslate_ui`` sets (see ``set_labels``)."""
        self.labels.append(QLabel())
        self.form.addRow(self.labels[-1], field)

    def set_labels(self, *texts: str) -> None:
        """The labels' texts, in the order the rows were added."""
        for caption, text in zip(self.labels, texts, strict=True):
            caption.setText(text)

    def value(self) -> Any:
        """The input the form describes."""
        raise NotImplementedError

    def submit(self) -> None:
        """Run the call; close on success, stay open on a refusal."""
        self.buttons.setEnabled(False)
        value = self.value()
        task = self.context.tasks.run(lambda _p, _c: self._submit(value), name="meeting form",
                                      on_result=self._succeeded, on_error=self._failed)
        self.task = task

    def _succeeded(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self._done(result)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.context.errors.report(error, self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (subclasses)."""


def _link_combo(choices: Sequence[tuple[str, int]], none_text: str) -> QComboBox:
    combo = QComboBox()
    fill_combo(combo, [(none_text, None), *choices], keep=False)
    return combo


def _target_choices(candidates: MemberCandidates) -> list[tuple[str, int]]:
    return [(label(kind, TargetKind), target_id) for target_id, kind in candidates.targets]


class AgendaItemDialog(FormDialog):
    """An agenda item: title, presenter, minutes allotted, description, and what it links to."""

    def __init__(self, context: UiContext, candidates: MemberCandidates, submit: Callable[[Any], Any],
                 done: Callable[[Any], None], original: AgendaItemView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, done, parent)
        self.title_edit = QLineEdit()
        self.presenter_edit = QLineEdit()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 480)
        self.minutes_spin.setSingleStep(5)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(70)
        self.link_edit = QLineEdit()
        self.company_combo = _link_combo([(c.name, c.id) for c in candidates.employers], "–")
        self.target_combo = _link_combo(_target_choices(candidates), "–")
        for widget in (self.title_edit, self.presenter_edit, self.minutes_spin, self.description_edit,
                       self.link_edit, self.company_combo, self.target_combo):
            self.add_row(widget)
        if original is not None:
            self.title_edit.setText(original.title)
            self.presenter_edit.setText(original.presenter or "")
            self.minutes_spin.setValue(original.minutes_allotted or 0)
            self.description_edit.setPlainText(original.description or "")
            self.link_edit.setText(original.link or "")
            select_data(self.company_combo, original.employer_id)
            select_data(self.target_combo, original.target_id)
        self.retranslate_ui()

    def value(self) -> AgendaItemInput:
        return AgendaItemInput(self.title_edit.text(), self.presenter_edit.text(), self.minutes_spin.value() or None,
                               self.description_edit.toPlainText(), self.link_edit.text(),
                               self.company_combo.currentData(), self.target_combo.currentData())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agenda item"))
        self.set_labels(self.tr("Title"), self.tr("Presenter"), self.tr("Minutes allotted"),
                                    self.tr("Description"), self.tr("Linked file or record"), self.tr("Company"),
                                    self.tr("Target"))
        self.link_edit.setPlaceholderText(self.tr("A file path or web address"))


class DecisionDialog(FormDialog):
    """A decision and the agenda item it was taken under."""

    def __init__(self, context: UiContext, agenda: Sequence[AgendaItemView], submit: Callable[[Any], Any],
                 done: Callable[[Any], None], original: DecisionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, done, parent)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setFixedHeight(90)
        self.item_combo = _link_combo([(f"{i.position + 1}. {i.title}", i.id) for i in agenda], "–")
        self.add_row(self.text_edit)
        self.add_row(self.item_combo)
        if original is not None:
            self.text_edit.setPlainText(original.text)
            select_data(self.item_combo, original.agenda_item_id)
        self.retranslate_ui()

    def value(self) -> DecisionInput:
        return DecisionInput(self.text_edit.toPlainText(), self.item_combo.currentData())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Decision"))
        self.set_labels(self.tr("Decision"), self.tr("Agenda item"))


class ActionDialog(FormDialog):
    """An action item: what, who (a staff member or a name), by when, and what it concerns."""

    def __init__(self, context: UiContext, candidates: MemberCandidates, agenda: Sequence[AgendaItemView],
                 submit: Callable[[Any], Any], done: Callable[[Any], None], original: ActionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, done, parent)
        self.title_edit = QLineEdit()
        self.owner_combo = _link_combo([(f"{s.name} ({s.detail})" if s.detail else s.name, s.id)
                                        for s in candidates.staff], "–")
        self.owner_edit = QLineEdit()
        self.due_check = QCheckBox()
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(QDateTime.currentDateTime().date().addDays(30))
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit, 1)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.due_check.setChecked(True)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(60)
        self.company_combo = _link_combo([(c.name, c.id) for c in candidates.employers], "–")
        self.target_combo = _link_combo(_target_choices(candidates), "–")
        self.item_combo = _link_combo([(f"{i.position + 1}. {i.title}", i.id) for i in agenda], "–")
        for widget in (self.title_edit, self.owner_combo, self.owner_edit):
            self.add_row(widget)
        self.add_row(due)
        for widget in (self.description_edit, self.company_combo, self.target_combo, self.item_combo):
            self.add_row(widget)
        if original is not None:
            self.title_edit.setText(original.title)
            select_data(self.owner_combo, original.owner_staff_id)
            if original.owner_staff_id is None:
                self.owner_edit.setText(original.owner or "")
            self.due_check.setChecked(original.due_on is not None)
            if original.due_on:
                self.due_edit.setDate(to_qdate(original.due_on))
            self.description_edit.setPlainText(original.description or "")
            select_data(self.company_combo, original.employer_id)
            select_data(self.target_combo, original.target_id)
            select_data(self.item_combo, original.agenda_item_id)
        self.retranslate_ui()

    def value(self) -> ActionInput:
        return ActionInput(self.title_edit.text(), self.owner_edit.text(), self.owner_combo.currentData(),
                           None, from_qdate(self.due_edit.date()) if self.due_check.isChecked() else None,
                           self.description_edit.toPlainText(), self.company_combo.currentData(),
                           self.target_combo.currentData(), self.item_combo.currentData())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Action item"))
        texts = (self.tr("What is to be done"), self.tr("Owner (staff)"), self.tr("Or owner by name"), self.tr("Due"),
                 self.tr("Description"), self.tr("Company"), self.tr("Target"), self.tr("Agenda item"))
        self.set_labels(*texts)
        self.due_check.setToolTip(self.tr("Give the action item a due date"))


class MeetingDialog(FormDialog):
    """A new meeting of a group: title, start and end, place or link, language."""

    def __init__(self, context: UiContext, groups: Sequence[GroupView], submit: Callable[[Any], Any],
                 done: Callable[[Any], None], group_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, submit, done, parent)
        self.group_combo = QComboBox()
        fill_combo(self.group_combo, [(g.name, g.id) for g in groups if g.active], keep=False)
        select_data(self.group_combo, group_id)
        self.title_edit = QLineEdit()
        start = QDateTime(QDateTime.currentDateTime().date().addDays(14), QTime(10, 0))
        self.starts_edit = QDateTimeEdit(start)
        self.starts_edit.setCalendarPopup(True)
        self.ends_edit = QDateTimeEdit(start.addSecs(2 * 3600))
        self.ends_edit.setCalendarPopup(True)
        self.location_edit = QLineEdit()
        self.link_edit = QLineEdit()
        self.language_combo = enum_combo(Language)
        self._languages = {g.id: g.language for g in groups}
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self._group_chosen()
        for widget in (self.group_combo, self.title_edit, self.starts_edit, self.ends_edit, self.location_edit,
                       self.link_edit, self.language_combo):
            self.add_row(widget)
        self.retranslate_ui()

    def _group_chosen(self) -> None:
        # A new meeting speaks its project's language (its agenda's follow-ups and its pack are written in it).
        select_data(self.language_combo, self._languages.get(self.group_combo.currentData(), Language.EN))

    @property
    def group_id(self) -> int:
        """The chosen group."""
        return self.group_combo.currentData()

    def value(self) -> tuple[int, MeetingInput]:
        starts = from_qdatetime(self.starts_edit.dateTime())
        ends = from_qdatetime(self.ends_edit.dateTime())
        return self.group_id, MeetingInput(self.title_edit.text(), starts, ends, self.location_edit.text(),
                                           self.link_edit.text(), enum_value(self.language_combo, Language))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New meeting"))
        self.set_labels(self.tr("Group"), self.tr("Title"), self.tr("Starts"), self.tr("Ends"),
                                    self.tr("Place"), self.tr("Online link"), self.tr("Language of the pack"))


__all__ = ["ActionDialog", "AgendaItemDialog", "DecisionDialog", "FormDialog", "MeetingDialog"]
