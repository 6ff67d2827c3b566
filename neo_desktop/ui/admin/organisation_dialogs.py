"""Dialogs for partner organisations: the edit form (with the CVR / organisationsnummer check shown at the
field) and merging a duplicate into the organisation kept."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.errors import NeoError
from neo_desktop.domain.identity import InvalidIdentityNumber
from neo_desktop.domain.organisation import Country, OrganisationKind
from neo_desktop.services.organisations import OrganisationInput, OrganisationRecord, OrganisationService

from ..context import UiContext
from ..i18n import translate_error
from ..labels import label
from .forms import EditDialog, error_label, heading_label, note_label, width_strut

CONTEXT = "OrganisationDialog"

# The domain's number checks explain themselves in English; these are the same sentences, translatable.
_NUMBER_MESSAGES = {
    "cvr.characters": "A CVR number has only digits, for example 13585628.",
    "cvr.format": "A CVR number has only digits, for example 13585628.",
    "cvr.length": "A CVR number has 8 digits, for example 13585628.",
    "cvr.leading_zero": "A CVR number never starts with 0.",
    "cvr.checksum": "This CVR number fails the check-digit test, so at least one digit is wrong. Copy it again "
                    "from the company's papers or cvr.dk.",
    "orgnr.characters": "An organisationsnummer is written NNNNNN-NNNN, for example 556036-0793.",
    "orgnr.format": "An organisationsnummer is written NNNNNN-NNNN, for example 556036-0793.",
    "orgnr.length": "An organisationsnummer has 10 digits (NNNNNN-NNNN), for example 556036-0793.",
    "orgnr.third_digit": "The third digit of an organisationsnummer is 2 or higher; this may be a personnummer "
                         "instead.",
    "orgnr.checksum": "The last digit of an organisationsnummer is a check digit and it does not match the "
                      "others. Check the number for a typing mistake.",
}


def _mark_number_messages() -> None:  # pragma: no cover - never called; lupdate reads the literals
    translate = QCoreApplication.translate
    translate("OrganisationDialog", "A CVR number has only digits, for example 13585628.")
    translate("OrganisationDialog", "A CVR number has 8 digits, for example 13585628.")
    translate("OrganisationDialog", "A CVR number never starts with 0.")
    translate("OrganisationDialog", "This CVR number fails the check-digit test, so at least one digit is wrong. "
                                    "Copy it again from the company's papers or cvr.dk.")
    translate("OrganisationDialog", "An organisationsnummer is written NNNNNN-NNNN, for example 556036-0793.")
    translate("OrganisationDialog", "An organisationsnummer has 10 digits (NNNNNN-NNNN), for example 556036-0793.")
    translate("OrganisationDialog", "The third digit of an organisationsnummer is 2 or higher; this may be a "
                                    "personnummer instead.")
    translate("OrganisationDialog", "The last digit of an organisationsnummer is a check digit and it does not "
                                    "match the others. Check the number for a typing mistake.")


def number_message(error: InvalidIdentityNumber) -> str:
    """The translated sentence for a refused registration number (the domain's English one if unknown)."""
    source = _NUMBER_MESSAGES.get(error.code)
    return QCoreApplication.translate(CONTEXT, source) if source else error.message


def _combo(enum: type[Country] | type[OrganisationKind]) -> QComboBox:
    box = QComboBox()
    for value in enum:
        box.addItem("", value)
    return box


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class OrganisationDialog(EditDialog):
    """Create or edit a partner organisation."""

    # The number check names the number generically.
    FIELD_ALIASES: ClassVar[dict[str, str]] = {"identity_number": "registration_number"}

    def __init__(self, service: OrganisationService, context: UiContext, record: OrganisationRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = service
        self.record = record
        self.name_edit = QLineEdit()
        self.kind_box = _combo(OrganisationKind)
        self.country_box = _combo(Country)
        self.number_edit = QLineEdit()
        self.municipality_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        for name, widget in (("name", self.name_edit), ("kind", self.kind_box), ("country", self.country_box),
                             ("registration_number", self.number_edit), ("municipality", self.municipality_edit),
                             ("address", self.address_edit), ("email", self.email_edit), ("phone", self.phone_edit)):
            self.add_field(name, widget)
        self.country_box.currentIndexChanged.connect(self._show_number_form)
        self.country_box.currentIndexChanged.connect(lambda _index: self.clear_error("registration_number"))
        if record is not None:
            self.load(record)
        self.retranslate_ui()
        self.name_edit.setFocus()

    def data(self) -> OrganisationInput:
        """What the form holds."""
        return OrganisationInput(
            name=self.name_edit.text(), kind=OrganisationKind(self.kind_box.currentData()),
            country=Country(self.country_box.currentData()),
            registration_number=_text(self.number_edit), municipality=_text(self.municipality_edit),
            address=_text(self.address_edit), email=_text(self.email_edit), phone=_text(self.phone_edit))

    def save(self) -> None:
        data, service = self.data(), self.service
        if self.record is None:
            self.submit(lambda: service.create(data))
        else:
            record_id, version = self.record.id, self.version or self.record.version
            self.submit(lambda: service.update(record_id, version, data))

    def fetch_current(self) -> OrganisationRecord:
        assert self.record is not None
        return next(o for o in self.service.list() if o.id == self.record.id)

    def load(self, record: Any) -> None:
        self.record, self.version = record, record.version
        self.name_edit.setText(record.name)
        self.kind_box.setCurrentIndex(self.kind_box.findData(record.kind))
        self.country_box.setCurrentIndex(self.country_box.findData(record.country))
        for edit, value in ((self.number_edit, record.registration_number), (self.municipality_edit,
                            record.municipality), (self.address_edit, record.address),
                            (self.email_edit, record.email), (self.phone_edit, record.phone)):
            edit.setText(value or "")

    def error_text(self, error: NeoError) -> str:
        if isinstance(error, InvalidIdentityNumber):
            return number_message(error)
        return super().error_text(error)

    def _show_number_form(self) -> None:
        danish = self.country_box.currentData() == Country.DK
        self.number_edit.setPlaceholderText(self.tr("CVR: 8 digits") if danish
                                            else self.tr("Organisationsnummer: NNNNNN-NNNN"))
        self._fields["registration_number"].label.setText(self.tr("&CVR number:") if danish
                                                          else self.tr("&Organisationsnummer:"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        creating = self.record is None
        self.setWindowTitle(self.tr("New organisation") if creating else self.tr("Edit organisation"))
        self.heading.setText(self.tr("New partner organisation") if creating else self.record.name)
        for box, enum in ((self.kind_box, OrganisationKind), (self.country_box, Country)):
            for index, value in enumerate(enum):
                box.setItemText(index, label(value))
        titles = {"name": self.tr("&Name:"), "kind": self.tr("&Kind:"), "country": self.tr("C&ountry:"),
                  "municipality": self.tr("&Municipality:"), "address": self.tr("&Address:"),
                  "email": self.tr("&E-mail:"), "phone": self.tr("&Phone:")}
        for name, text in titles.items():
            self._fields[name].label.setText(text)
        self._show_number_form()


class MergeDialog(QDialog):
    """Merge a duplicate organisation into the one kept; ``merged`` carries the organisation kept."""

    merged = Signal(object)

    def __init__(self, service: OrganisationService, context: UiContext, duplicate: OrganisationRecord,
                 candidates: list[OrganisationRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.context = context
        self.duplicate = duplicate
        self.heading = heading_label()
        self.explanation = note_label()
        self.into_label = QLabel()
        self.into_box = QComboBox()
        # The same country and kind first: a duplicate is nearly always the same kind of partner entered twice.
        ordered = sorted((c for c in candidates if c.id != duplicate.id and c.active),
                         key=lambda c: (c.country != duplicate.country, c.kind != duplicate.kind, c.name.lower()))
        for candidate in ordered:
            self.into_box.addItem(f"{candidate.name} ({label(candidate.country)})", candidate.id)
        self.into_label.setBuddy(self.into_box)
        self.message_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setEnabled(self.into_box.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(10)
        for widget in (self.heading, self.explanation, self.into_label, self.into_box, self.message_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        width_strut(layout, 520)
        self.retranslate_ui()

    def accept(self) -> None:
        """Merge in the background; the dialog closes when it is done."""
        into_id = self.into_box.currentData()
        if into_id is None:
            return
        duplicate_id, service = self.duplicate.id, self.service
        self.merge_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.context.tasks.run(lambda _progress, _cancelled: service.merge(duplicate_id, into_id),
                               name="merge organisations", on_result=self._on_merged, on_error=self._on_failed)

    def _on_merged(self, kept: OrganisationRecord) -> None:
        self.unsetCursor()
        super().accept()
        self.merged.emit(kept)

    def _on_failed(self, error: BaseException) -> None:
        self.unsetCursor()
        self.merge_button.setEnabled(True)
        if isinstance(error, NeoError):
            self.message_label.setText(translate_error(error))
            self.message_label.show()
        else:
            self.context.errors.report(error, self)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Merge duplicate organisations"))
        self.heading.setText(self.tr("Merge “{name}” into another organisation").format(name=self.duplicate.name))
        self.explanation.setText(self.tr(
            "Everything that refers to “{name}” – staff, participants, projects, consents, groups and action "
            "items – moves to the organisation you keep. “{name}” is then deactivated and marked as merged. This "
            "cannot be undone.").format(name=self.duplicate.name))
        self.into_label.setText(self.tr("&Keep this organisation:"))
        self.merge_button.setText(self.tr("&Merge"))
