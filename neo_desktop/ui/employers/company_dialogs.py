"""The company forms: a company (new or changed), a contact person, an entry in the engagement log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from neo_desktop.domain.employer import CompanySize, EngagementKind, RelationshipStatus
from neo_desktop.domain.organisation import Country
from neo_desktop.services.employer_views import (
    Choice,
    ContactInput,
    ContactView,
    EmployerChoices,
    EmployerDetail,
    EmployerInput,
    EngagementInput,
)
from neo_desktop.services.employers import EmployerService

from ..context import UiContext
from ..plans.fields import EnumCombo
from ..plans.wording import from_qdate, to_qdate
from .common import ServiceDialog


def choice_combo(choices: tuple[Choice, ...], empty: str, current: int | None) -> QComboBox:
    """A drop-down of (id, name) choices with an empty first entry, set to ``current``."""
    combo = QComboBox()
    combo.addItem(empty, None)
    for choice in choices:
        combo.addItem(choice.name, choice.id)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    return combo


def notes_edit(text: str | None, lines: int = 3) -> QPlainTextEdit:
    """A short multi-line text field (Tab moves on)."""
    edit = QPlainTextEdit(text or "")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class EmployerDialog(ServiceDialog):
    """A new company, or changes to one as the user saw it (a save on top of someone else's is refused)."""

    def __init__(self, service: EmployerService, choices: EmployerChoices, context: UiContext,
                 detail: EmployerDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.detail = service, detail
        data = detail.data if detail else EmployerInput(name="", country=Country.DK)
        self.name = QLineEdit(data.name)
        self.country = EnumCombo(Country)
        self.country.set_value(data.country)
        self.number = QLineEdit(data.registration_number or "")
        self.industry_code = QLineEdit(data.industry_code or "")
        self.industry = QLineEdit(data.industry or "")
        self.size = EnumCombo(CompanySize, empty_text="")
        self.size.set_value(data.size)
        self.address = QLineEdit(data.address or "")
        self.postcode = QLineEdit(data.postcode or "")
        self.city = QLineEdit(data.city or "")
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems(list(choices.municipalities))
        self.municipality.setCurrentText(data.municipality or "")
        self.website = QLineEdit(data.website or "")
        self.status = EnumCombo(RelationshipStatus)
        self.status.set_value(data.relationship_status)
        self.housing = choice_combo(choices.housing_associations, "", data.supplies_housing_association_id)
        self.contact = choice_combo(choices.staff, "", data.contact_staff_id)
        self.project = choice_combo(choices.projects, "", data.project_id)
        self.notes = notes_edit(data.notes)
        self.labels = [self.add_row(field) for field in (
            self.name, self.country, self.number, self.industry_code, self.industry, self.size, self.address,
            self.postcode, self.city, self.municipality, self.website, self.status, self.housing, self.contact,
            self.project, self.notes)]
        self.retranslate_ui()

    def values(self) -> EmployerInput:
        """The form as an input."""
        return EmployerInput(
            name=self.name.text(), country=self.country.value(),  # type: ignore[arg-type]
            registration_number=self.number.text(), industry_code=self.industry_code.text(),
            industry=self.industry.text(), size=self.size.value(),  # type: ignore[arg-type]
            address=self.address.text(), postcode=self.postcode.text(), city=self.city.text(),
            municipality=self.municipality.currentText(), website=self.website.text(),
            supplies_housing_association_id=self.housing.currentData(),
            relationship_status=self.status.value(),  # type: ignore[arg-type]
            contact_staff_id=self.contact.currentData(), project_id=self.project.currentData(),
            notes=self.notes.toPlainText())

    def call(self) -> Callable[[], Any]:
        data, detail = self.values(), self.detail
        if detail is None:
            return lambda: self.service.create(data)
        return lambda: self.service.update(detail.id, detail.version, data)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New company") if self.detail is None else self.tr("Edit company"))
        texts = (self.tr("&Name:"), self.tr("C&ountry:"), self.tr("CVR / org. &number:"),
                 self.tr("Industry &code (NACE/SNI):"), self.tr("&Industry:"), self.tr("Si&ze:"),
                 self.tr("&Address:"), self.tr("&Postcode:"), self.tr("&Town:"), self.tr("&Municipality:"),
                 self.tr("&Website:"), self.tr("&Relationship:"), self.tr("Supplies &housing association:"),
                 self.tr("Our contact &person:"), self.tr("Pro&ject:"), self.tr("N&otes:"))
        for row_label, text in zip(self.labels, texts, strict=True):
            row_label.setText(text)
        self.number.setPlaceholderText(self.tr("e.g. 13585628 or 556036-0793"))
        self.industry_code.setPlaceholderText(self.tr("e.g. 49.41"))
        self.country.retranslate()
        self.size.retranslate()
        self.status.retranslate()


class ContactDialog(ServiceDialog):
    """A contact person at the company: name, role, phone, e-mail, and whether they are the first to call."""

    def __init__(self, service: EmployerService, employer_id: int, context: UiContext,
                 contact: ContactView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.employer_id, self.contact = service, employer_id, contact
        self.name = QLineEdit(contact.name if contact else "")
        self.job_title = QLineEdit(contact.job_title or "" if contact else "")
        self.phone = QLineEdit(contact.phone or "" if contact else "")
        self.email = QLineEdit(contact.email or "" if contact else "")
        self.primary = QCheckBox()
        self.primary.setChecked(contact.is_primary if contact else False)
        self.labels = [self.add_row(field) for field in (self.name, self.job_title, self.phone, self.email)]
        self.form.addRow("", self.primary)
        self.retranslate_ui()

    def call(self) -> Callable[[], Any]:
        data = ContactInput(self.name.text(), self.job_title.text(), self.phone.text(), self.email.text(),
                            self.primary.isChecked())
        if self.contact is None:
            employer_id = self.employer_id
            return lambda: self.service.add_contact(employer_id, data)
        contact = self.contact
        return lambda: self.service.update_contact(contact.id, contact.version, data)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Contact person"))
        for row_label, text in zip(self.labels, (self.tr("&Name:"), self.tr("&Role:"), self.tr("&Phone:"),
                                                 self.tr("&E-mail:")), strict=True):
            row_label.setText(text)
        self.primary.setText(self.tr("The &first person to contact"))


class EngagementDialog(ServiceDialog):
    """An entry for the engagement log: a visit, call, agreement, event or company-network meeting."""

    def __init__(self, service: EmployerService, employer_id: int, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.employer_id = service, employer_id
        self.kind = EnumCombo(EngagementKind)
        self.kind.set_value(EngagementKind.VISIT)
        self.occurred_on = QDateEdit(to_qdate(today()))
        self.occurred_on.setCalendarPopup(True)
        self.occurred_on.setMaximumDate(to_qdate(today()))
        self.summary = notes_edit(None, 4)
        self.labels = [self.add_row(field) for field in (self.kind, self.occurred_on, self.summary)]
        self.retranslate_ui()

    def call(self) -> Callable[[], Any]:
        data = EngagementInput(self.kind.value(), from_qdate(self.occurred_on.date()),  # type: ignore[arg-type]
                               self.summary.toPlainText())
        employer_id = self.employer_id
        return lambda: self.service.log_engagement(employer_id, data)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log an engagement"))
        self.intro.setText(self.tr("A signed agreement makes a prospect an active partner; from that day the "
                                   "company counts towards the project's companies engaged."))
        self.intro.show()
        for row_label, text in zip(self.labels, (self.tr("&What:"), self.tr("&When:"), self.tr("&Summary:")),
                                   strict=True):
            row_label.setText(text)
        self.kind.retranslate()
