"""The opening form: what kind of place, what the company asks for and what it offers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from neo_desktop.domain.employer import LanguageLevel, PhysicalDemand, PlacementType
from neo_desktop.domain.organisation import Language
from neo_desktop.services.openings import OpeningInput, OpeningService, OpeningView

from ..context import UiContext
from ..labels import label
from ..plans.fields import EnumCombo, OptionalDateEdit
from .common import ServiceDialog
from .company_dialogs import notes_edit


class OpeningDialog(ServiceDialog):
    """A new opening at a company, or changes to one as the user saw it."""

    def __init__(self, service: OpeningService, context: UiContext, *, employer_id: int | None = None,
                 employer_name: str = "", opening: OpeningView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service, self.opening, self.employer_id = service, opening, employer_id
        self.employer_name = opening.employer_name if opening else employer_name
        data = opening.data if opening else OpeningInput(PlacementType.VIRKSOMHEDSPRAKTIK, "")
        self.kind = EnumCombo(PlacementType)
        self.kind.set_value(data.placement_type)
        self.title = QLineEdit(data.title)
        self.occupation = QLineEdit(data.occupation or "")
        self.places = QSpinBox()
        self.places.setRange(1, 99)
        self.places.setValue(data.places)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 60)
        self.hours.setDecimals(1)
        self.hours.setValue(data.hours_per_week or 0)
        self.starts_on, self.ends_on = OptionalDateEdit(), OptionalDateEdit()
        self.starts_on.set_date(data.starts_on)
        self.ends_on.set_date(data.ends_on)
        self.language = QComboBox()
        self.language.addItem("", None)
        for language in (Language.DA, Language.SV, Language.EN):
            self.language.addItem(label(language), language.value)
        self.language.setCurrentIndex(max(self.language.findData(data.language.value if data.language else None), 0))
        self.level = EnumCombo(LanguageLevel)
        self.level.set_value(data.language_level)
        language_row = QWidget()
        row = QHBoxLayout(language_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language, 1)
        row.addWidget(self.level, 1)
        self.licence = QCheckBox()
        self.licence.setChecked(data.requires_driving_licence)
        self.certificates = QLineEdit(data.required_certificates or "")
        self.demand = EnumCombo(PhysicalDemand)
        self.demand.set_value(data.physical_demand)
        self.minimum_age = QSpinBox()
        self.minimum_age.setRange(0, 67)
        self.minimum_age.setValue(data.minimum_age or 0)
        self.mentor, self.accessible, self.adapted = QCheckBox(), QCheckBox(), QCheckBox()
        self.mentor.setChecked(data.offers_mentor)
        self.accessible.setChecked(data.accessible)
        self.adapted.setChecked(data.adapted_hours)
        self.municipality = QLineEdit(data.municipality or "")
        self.description = notes_edit(data.description)
        self.labels = [self.add_row(field) for field in (
            self.kind, self.title, self.occupation, self.places, self.hours, self.starts_on, self.ends_on,
            language_row, self.certificates, self.demand, self.minimum_age, self.municipality, self.description)]
        for box in (self.licence, self.mentor, self.accessible, self.adapted):
            self.form.addRow("", box)
        self.retranslate_ui()

    def values(self) -> OpeningInput:
        """The form as an input."""
        language = self.language.currentData()
        data = self.opening.data if self.opening else None
        return OpeningInput(
            placement_type=self.kind.value(), title=self.title.text(),  # type: ignore[arg-type]
            occupation=self.occupation.text(), description=self.description.toPlainText(),
            places=self.places.value(), hours_per_week=self.hours.value() or None,
            starts_on=self.starts_on.date(), ends_on=self.ends_on.date(),
            language=Language(language) if language else None,
            language_level=self.level.value(),  # type: ignore[arg-type]
            requires_driving_licence=self.licence.isChecked(), required_certificates=self.certificates.text(),
            physical_demand=self.demand.value(),  # type: ignore[arg-type]
            minimum_age=self.minimum_age.value() or None, offers_mentor=self.mentor.isChecked(),
            accessible=self.accessible.isChecked(), adapted_hours=self.adapted.isChecked(),
            address=data.address if data else None, municipality=self.municipality.text(),
            project_id=data.project_id if data else None)

    def call(self) -> Callable[[], Any]:
        data = self.values()
        if self.opening is None:
            employer_id = self.employer_id
            return lambda: self.service.create(employer_id, data)  # type: ignore[arg-type]
        opening = self.opening
        return lambda: self.service.update(opening.id, opening.version, data)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New opening") if self.opening is None else self.tr("Edit opening"))
        self.intro.setText(self.tr("At {company}.").format(company=self.employer_name))
        self.intro.setVisible(bool(self.employer_name))
        texts = (self.tr("&Type:"), self.tr("T&itle:"), self.tr("&Occupation:"), self.tr("&Places:"),
                 self.tr("&Hours a week:"), self.tr("&Starts:"), self.tr("&Ends:"), self.tr("&Language and level:"),
                 self.tr("&Certificates needed:"), self.tr("Ph&ysical demands:"), self.tr("&Minimum age:"),
                 self.tr("Wor&kplace municipality:"), self.tr("&Description:"))
        for row_label, text in zip(self.labels, texts, strict=True):
            row_label.setText(text)
        self.hours.setSpecialValueText(self.tr("Not set"))
        self.minimum_age.setSpecialValueText(self.tr("None"))
        self.certificates.setPlaceholderText(self.tr("Separated by commas, e.g. forklift licence"))
        self.municipality.setPlaceholderText(self.tr("Only when not at the company's address"))
        self.licence.setText(self.tr("Needs a &driving licence"))
        self.mentor.setText(self.tr("Offers a me&ntor"))
        self.accessible.setText(self.tr("Accessible &workplace"))
        self.adapted.setText(self.tr("&Adapted hours possible"))
        for combo in (self.kind, self.level, self.demand):
            combo.retranslate()
        for row, language in enumerate((Language.DA, Language.SV, Language.EN), start=1):
            self.language.setItemText(row, label(language))
