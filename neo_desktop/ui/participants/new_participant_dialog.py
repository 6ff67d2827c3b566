"""Registering a young person: the project, then the personal data, checked as typed. The record opens when
it is saved (status: referred, with the user as caseworker)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import ValidationError
from neo_desktop.domain.organisation import Country, Language
from neo_desktop.domain.participant_rules import PersonalData
from neo_desktop.services.participant_views import ParticipantRecord
from neo_desktop.services.participants import RecordChoices

from ..changes import ChangeKind
from ..context import UiContext
from .calls import ParticipantServices, run_call
from .personal_form import PersonalForm
from .texts import error_text
from .widgets import FieldMessage


class NewParticipantDialog(QDialog):
    """Register a young person in a project."""

    created = Signal(int)  # the new participant's id

    def __init__(self, services: ParticipantServices, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.project = QComboBox()
        self.project_label = QLabel()
        self.project_label.setBuddy(self.project)
        self.form = PersonalForm()
        self.form.set_data(PersonalData("", ""), reveal=True)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        self.message = FieldMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.project_label, self.project)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.project.currentIndexChanged.connect(lambda _i: self._project_chosen())
        self.resize(620, 720)
        self.retranslate_ui()
        run_call(context, services.records.choices, parent=self, name="record choices", on_result=self._choices)

    def _choices(self, choices: RecordChoices) -> None:
        self.project.clear()
        for project in choices.projects:
            self.project.addItem(f"{project.code} – {project.name}", (project.id, project.country.value))

    def _project_chosen(self) -> None:
        data = self.project.currentData()
        if data is not None and not self.form.identity_number.text():
            country = Country(data[1])
            self.form.identity_country.setCurrentIndex(self.form.identity_country.findData(country.value))
            self.form.preferred_language.set_value(Language.DA if country is Country.DK else Language.SV)

    def save(self) -> None:
        """Check the form and register the young person in the background."""
        chosen = self.project.currentData()
        if chosen is None:
            self.message.show_error(self.tr("Choose the project first."))
            return
        failing = self.form.check_all()
        if failing:
            self.form.fields[failing].widget.setFocus()
            self.message.show_error(self.tr("Correct the marked field before saving."))
            return
        data = self.form.data()
        self.buttons.setEnabled(False)
        run_call(self.context, lambda: self.services.records.create(chosen[0], data), parent=self, name="register",
                 on_result=self._created, on_refused=self._refused)

    def _created(self, record: ParticipantRecord) -> None:
        self.context.changes.announce(ChangeKind.PARTICIPANT, [record.id], initiator=self)
        self.accept()
        self.created.emit(record.id)

    def _refused(self, error: ValidationError) -> None:
        self.buttons.setEnabled(True)
        if not self.form.show_validation_error(error):
            self.message.show_error(error_text(error))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Register a young person"))
        self.project_label.setText(self.tr("&Project:"))
