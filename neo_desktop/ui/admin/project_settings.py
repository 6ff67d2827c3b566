"""A project's settings: period, lead, funding, and the data settings (suppression, no-contact warning,
retention)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from neo_desktop.domain.organisation import Country, Language
from neo_desktop.services.organisations import OrganisationRecord
from neo_desktop.services.projects import ProjectRecord, ProjectService, ProjectSettings

from ..context import UiContext
from ..i18n import LANGUAGE_NAMES, LANGUAGES
from ..labels import label
from .forms import EditDialog
from .widgets import date_edit, date_value, to_qdate

CURRENCIES = ("DKK", "SEK", "EUR")


def _spin(minimum: int, maximum: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setMaximumWidth(120)
    return box


class ProjectSettingsDialog(EditDialog):
    """Create a project, or change its settings (a stale edit shows the other person's changes)."""

    def __init__(self, service: ProjectService, context: UiContext, *, organisations: list[OrganisationRecord],
                 record: ProjectRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.set_form_width(620)
        self.service = service
        self.record = record
        defaults = ProjectSettings(code="", name="", country=Country.DK, starts_on=date.today(),
                                   ends_on=date.today(), lead_organisation_id=0)
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.country_box = QComboBox()
        for country in Country:
            self.country_box.addItem("", country)
        self.starts_edit = date_edit()
        self.ends_edit = date_edit()
        self.lead_box = QComboBox()
        for organisation in organisations:
            if organisation.active or (record and organisation.id == record.settings.lead_organisation_id):
                self.lead_box.addItem(organisation.name, organisation.id)
        self.funding_edit = QLineEdit()
        self.budget_edit = QLineEdit()
        self.currency_box = QComboBox()
        self.currency_box.addItems(CURRENCIES)
        budget = QWidget()
        row = QHBoxLayout(budget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.budget_edit, 1)
        row.addWidget(self.currency_box)
        self.language_box = QComboBox()
        for language in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[language], Language(language))
        self.threshold_box = _spin(1, 100, defaults.suppression_threshold)
        self.sensitive_box = _spin(1, 100, defaults.sensitive_suppression_threshold)
        self.warning_box = _spin(0, 365, defaults.no_contact_warning_days)
        self.retention_box = _spin(0, 50, defaults.retention_years)
        self.last_payment_edit = date_edit(optional=True)
        for name, widget in (("code", self.code_edit), ("name", self.name_edit), ("country", self.country_box),
                             ("starts_on", self.starts_edit), ("ends_on", self.ends_edit),
                             ("lead_organisation_id", self.lead_box), ("funding_programme", self.funding_edit),
                             ("budget", budget), ("language", self.language_box),
                             ("suppression_threshold", self.threshold_box),
                             ("sensitive_suppression_threshold", self.sensitive_box),
                             ("no_contact_warning_days", self.warning_box), ("retention_years", self.retention_box),
                             ("last_payment_on", self.last_payment_edit)):
            self.add_field(name, widget)
        if record is not None:
            self.load(record)
        self.retranslate_ui()
        self.code_edit.setFocus()

    def settings(self) -> ProjectSettings | None:
        """What the form holds; None (with the message at the field) when the budget is not a number."""
        budget_text = self.budget_edit.text().strip().replace(" ", "").replace(",", ".")
        try:
            budget = Decimal(budget_text) if budget_text else None
        except InvalidOperation:
            budget = None
        if budget_text and (budget is None or budget < 0):
            self.field_error("budget").setText(self.tr("Write the budget as a number, for example 2500000."))
            self.field_error("budget").show()
            self.budget_edit.setFocus()
            return None
        return ProjectSettings(
            code=self.code_edit.text().strip(), name=self.name_edit.text().strip(),
            country=Country(self.country_box.currentData()), starts_on=date_value(self.starts_edit),
            ends_on=date_value(self.ends_edit), lead_organisation_id=self.lead_box.currentData(),
            funding_programme=self.funding_edit.text().strip() or None, budget=budget,
            currency=self.currency_box.currentText(), language=Language(self.language_box.currentData()),
            suppression_threshold=self.threshold_box.value(),
            sensitive_suppression_threshold=self.sensitive_box.value(),
            no_contact_warning_days=self.warning_box.value(), retention_years=self.retention_box.value(),
            last_payment_on=date_value(self.last_payment_edit))

    def save(self) -> None:
        settings, service = self.settings(), self.service
        if settings is None:
            return
        if not settings.code or not settings.name:
            self.show_error_at("code" if not settings.code else "name",
                               self.tr("A project needs a code and a name."))
            return
        if self.record is None:
            self.submit(lambda: service.create(settings))
        else:
            record_id, version = self.record.id, self.version or self.record.version
            self.submit(lambda: service.update(record_id, version, settings))

    def show_error_at(self, name: str, text: str) -> None:
        """Show a message of the form's own under a field."""
        self.field_error(name).setText(text)
        self.field_error(name).show()
        self.field_widget(name).setFocus()

    def fetch_current(self) -> ProjectRecord:
        assert self.record is not None
        return next(p for p in self.service.list() if p.id == self.record.id)

    def load(self, record: Any) -> None:
        self.record, self.version = record, record.version
        settings: ProjectSettings = record.settings
        self.code_edit.setText(settings.code)
        self.name_edit.setText(settings.name)
        self.country_box.setCurrentIndex(self.country_box.findData(settings.country))
        self.starts_edit.setDate(to_qdate(settings.starts_on))
        self.ends_edit.setDate(to_qdate(settings.ends_on))
        self.lead_box.setCurrentIndex(max(0, self.lead_box.findData(settings.lead_organisation_id)))
        self.funding_edit.setText(settings.funding_programme or "")
        self.budget_edit.setText("" if settings.budget is None else f"{settings.budget:f}")
        self.currency_box.setCurrentText(settings.currency)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.threshold_box.setValue(settings.suppression_threshold)
        self.sensitive_box.setValue(settings.sensitive_suppression_threshold)
        self.warning_box.setValue(settings.no_contact_warning_days)
        self.retention_box.setValue(settings.retention_years)
        if settings.last_payment_on:
            self.last_payment_edit.setDate(to_qdate(settings.last_payment_on))
        else:
            self.last_payment_edit.setDate(self.last_payment_edit.minimumDate())

    def conflict_value(self, name: str, value: Any) -> str:
        if name == "lead_organisation_id":
            index = self.lead_box.findData(value)
            return self.lead_box.itemText(index) if index >= 0 else str(value)
        if name == "language" and value:
            return LANGUAGE_NAMES.get(str(value), str(value))
        return super().conflict_value(name, value)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        creating = self.record is None
        self.setWindowTitle(self.tr("New project") if creating else self.tr("Project settings"))
        self.heading.setText(self.tr("New project") if creating else
                             f"{self.record.settings.code} – {self.record.settings.name}")
        for index, country in enumerate(Country):
            self.country_box.setItemText(index, label(country))
        titles = {
            "code": self.tr("&Code:"), "name": self.tr("&Name:"), "country": self.tr("C&ountry:"),
            "starts_on": self.tr("&Starts:"), "ends_on": self.tr("&Ends:"),
            "lead_organisation_id": self.tr("&Lead organisation:"), "funding_programme": self.tr("&Funding:"),
            "budget": self.tr("&Budget:"), "language": self.tr("Lan&guage:"),
            "suppression_threshold": self.tr("Smallest number &shown:"),
            "sensitive_suppression_threshold": self.tr("… in sensitive &breakdowns:"),
            "no_contact_warning_days": self.tr("&Warn after days without contact:"),
            "retention_years": self.tr("Keep case files (&years):"),
            "last_payment_on": self.tr("Last &payment from the funder:"),
        }
        for name, text in titles.items():
            self._fields[name].label.setText(text)
        self.funding_edit.setPlaceholderText(self.tr("e.g. ESF+ or Interreg Öresund-Kattegat-Skagerrak"))
        self.threshold_box.setToolTip(self.tr(
            "Statistics that leave the program hide counts below this number (at least 3, Statistics Denmark's "
            "minimum)."))
        self.sensitive_box.setToolTip(self.tr(
            "The same for breakdowns by disability, minority or other sensitive attributes (usually 5)."))
        self.retention_box.setToolTip(self.tr(
            "Case files are kept this many years after 31 December of the year of the last payment (EU funds: "
            "five), then they are due for anonymisation."))
        self.last_payment_edit.setSpecialValueText(self.tr("not yet"))
