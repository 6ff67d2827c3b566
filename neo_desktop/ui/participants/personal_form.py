"""The personal data of a record: names, identity number, contact details, referral and next follow-up.

The identity number is shown with its serial part hidden until the user asks to see or change it (it is
needed in full only then). While it is typed, the form checks it for the kind of number chosen and fills in
the birth date it contains.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from neo_desktop.domain.errors import NeoError, ValidationError
from neo_desktop.domain.identity import mask_identity_number
from neo_desktop.domain.organisation import Country, Language
from neo_desktop.domain.participant import Gender
from neo_desktop.domain.participant_rules import (
    NOT_A_DATE,
    PersonalData,
    check_email,
    check_identity_number,
    check_name,
    check_past_date,
    check_phone,
    check_text,
)

from .form_base import FormBase
from .texts import modulus_warning
from .widgets import DateField, EnumBox, parse_date_text

TEXT_LIMITS = {"address": 200, "postcode": 10, "city": 100, "municipality": 100, "housing_area": 100}


class PersonalForm(FormBase):
    """Personal data with checks as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = PersonalData("", "")
        self._revealed = True
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.identity_country = QComboBox()
        self.identity_country.addItem("", Country.DK.value)
        self.identity_country.addItem("", Country.SE.value)
        self.identity_number = QLineEdit()
        self.reveal_button = QPushButton()
        self.reveal_button.setAutoDefault(False)
        number_row = QWidget()
        row = QHBoxLayout(number_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.identity_country)
        row.addWidget(self.identity_number, 1)
        row.addWidget(self.reveal_button)
        self.birth_date = DateField()
        self.gender = EnumBox(Gender)
        self.preferred_language = EnumBox(Language, members=[Language.DA, Language.SV, Language.EN])
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(120)
        self.city = QLineEdit()
        self.municipality = QLineEdit()
        self.housing_area = QLineEdit()
        self.referred_on = DateField()
        self.next_contact_on = DateField()

        self._today = date.today
        # A check raises the domain's error; the value it returns is a warning (None: nothing to say).
        self.add_field("first_name", self.first_name, lambda: check_name(self.first_name.text(), "first_name") and None)
        self.add_field("last_name", self.last_name, lambda: check_name(self.last_name.text(), "last_name") and None)
        self.add_field("identity_number", number_row, self._check_identity)
        self.add_field("birth_date", self.birth_date, lambda: self._check_date("birth_date", self.birth_date))
        self.add_field("gender", self.gender)
        self.add_field("preferred_language", self.preferred_language)
        self.add_field("phone", self.phone, lambda: check_phone(self.phone.text()) and None)
        self.add_field("email", self.email, lambda: check_email(self.email.text()) and None)
        for name in TEXT_LIMITS:
            edit = getattr(self, name)
            self.add_field(name, edit, lambda edit=edit, name=name: check_text(edit.text(), name,
                                                                               TEXT_LIMITS[name]) and None)
        self.add_field("referred_on", self.referred_on, lambda: self._check_date("referred_on", self.referred_on))
        self.add_field("next_contact_on", self.next_contact_on,
                       lambda: self._check_date("next_contact_on", self.next_contact_on, past=False))
        for name in ("first_name", "last_name", "phone", "email", *TEXT_LIMITS):
            getattr(self, name).textEdited.connect(lambda _text, name=name: self.edited(name))
        self.identity_number.textEdited.connect(lambda _text: self._identity_edited())
        self.identity_country.currentIndexChanged.connect(lambda _i: self._identity_edited())
        for name in ("birth_date", "referred_on", "next_contact_on"):
            getattr(self, name).edited.connect(lambda name=name: self.edited(name))
        self.gender.currentIndexChanged.connect(lambda _i: self.edited("gender"))
        self.preferred_language.currentIndexChanged.connect(lambda _i: self.edited("preferred_language"))
        self.reveal_button.clicked.connect(self.reveal_identity_number)
        self.setLayout(self.form)
        self.setMaximumWidth(760)  # long lines of empty field are hard to read
        self.identity_country.currentIndexChanged.connect(lambda _i: self._number_placeholder())
        self.retranslate_ui()

    # ------------------------------------------------------------------------------------------- values

    def set_data(self, data: PersonalData, *, reveal: bool = False) -> None:
        """Show ``data``; the identity number stays masked unless ``reveal``."""
        self._loading = True
        self._data = data
        for name in ("first_name", "last_name", "phone", "email", *TEXT_LIMITS):
            getattr(self, name).setText(getattr(data, name) or "")
        self.identity_country.setCurrentIndex(self.identity_country.findData(data.identity_country.value))
        for name in ("birth_date", "referred_on", "next_contact_on"):
            getattr(self, name).set_value(getattr(data, name))
        self.gender.set_value(data.gender)
        self.preferred_language.set_value(data.preferred_language)
        self._show_identity(reveal or not data.identity_number)
        self._loading = False
        self.clear_messages()
        self._sync_birth_date()

    def data(self) -> PersonalData:
        """What the form holds now (unchecked)."""
        number = self.identity_number.text().strip() if self._revealed else self._data.identity_number
        text = {name: getattr(self, name).text().strip() or None for name in ("phone", "email", *TEXT_LIMITS)}
        return replace(self._data, first_name=self.first_name.text(), last_name=self.last_name.text(),
                       identity_number=number or None,
                       identity_country=Country(self.identity_country.currentData()),
                       birth_date=self._number_birth_date() or self.birth_date.value(),
                       gender=self.gender.value() or Gender.NOT_STATED,
                       preferred_language=self.preferred_language.value() or Language.DA,
                       referred_on=self.referred_on.value(), next_contact_on=self.next_contact_on.value(), **text)

    # --------------------------------------------------------------------------------- identity number

    def reveal_identity_number(self) -> None:
        """Show the whole number so it can be read or changed."""
        self._show_identity(True)
        self.identity_number.setFocus()

    def _show_identity(self, reveal: bool) -> None:
        self._revealed = reveal
        number = self._data.identity_number or ""
        self.identity_number.setText(_written(number) if reveal else mask_identity_number(number))
        self.identity_number.setReadOnly(not reveal)
        self.identity_country.setEnabled(reveal)
        self.reveal_button.setVisible(not reveal)

    def _identity_edited(self) -> None:
        self._sync_birth_date()
        self.edited("identity_number")

    def _number_birth_date(self) -> date | None:
        """The birth date a valid identity number holds (it decides the birth date)."""
        try:
            parsed = check_identity_number(self.data_number(), self.identity_country.currentData())
        except NeoError:  # any refusal means "no birth date from the number"
            return None
        return parsed.birth_date if parsed else None

    def data_number(self) -> str:
        """The identity number as typed (or as stored while masked)."""
        return self.identity_number.text() if self._revealed else (self._data.identity_number or "")

    def _sync_birth_date(self) -> None:
        """A valid number decides the birth date: show it, and do not let it be typed over."""
        try:
            parsed = check_identity_number(self.data_number(), self.identity_country.currentData())
        except NeoError:  # the number's own message says what is wrong
            parsed = None
        if parsed is not None:
            self.birth_date.set_value(parsed.birth_date)
        self.birth_date.setReadOnly(parsed is not None)

    def _check_identity(self) -> str | None:
        parsed = check_identity_number(self.data_number(), self.identity_country.currentData())
        return modulus_warning() if parsed is not None and parsed.warnings else None

    def _check_date(self, name: str, field: DateField, *, past: bool = True) -> None:
        if not field.is_valid:
            raise ValidationError(NOT_A_DATE, field=name)
        if past:
            check_past_date(parse_date_text(field.text()), name, self._today())
        return None

    def _number_placeholder(self) -> None:
        danish = self.identity_country.currentData() == Country.DK.value
        self.identity_number.setPlaceholderText("DDMMYY-SSSS" if danish else "YYYYMMDD-NNNN")

    def retranslate_ui(self) -> None:
        labels = {
            "first_name": self.tr("&First name:"), "last_name": self.tr("&Last name:"),
            "identity_number": self.tr("&Identity number:"), "birth_date": self.tr("&Birth date:"),
            "gender": self.tr("&Gender:"), "preferred_language": self.tr("Lan&guage:"),
            "phone": self.tr("&Phone:"), "email": self.tr("&E-mail:"), "address": self.tr("&Address:"),
            "postcode": self.tr("Post&code:"), "city": self.tr("Cit&y:"), "municipality": self.tr("&Municipality:"),
            "housing_area": self.tr("&Housing area:"), "referred_on": self.tr("&Referred on:"),
            "next_contact_on": self.tr("&Next follow-up:"),
        }
        for name, text in labels.items():
            self.fields[name].label.setText(text)
        self.identity_country.setItemText(0, self.tr("Danish CPR"))
        self.identity_country.setItemText(1, self.tr("Swedish personnummer"))
        self.reveal_button.setText(self.tr("Show and change"))
        self.reveal_button.setToolTip(self.tr("Show the whole number (it is hidden unless needed)"))
        self._number_placeholder()
        self.phone.setPlaceholderText("+45 12 34 56 78")
        self.email.setPlaceholderText(self.tr("name@example.org"))
        for edit in (self.birth_date, self.referred_on, self.next_contact_on):
            edit.retranslate()
        self.gender.retranslate()
        self.preferred_language.retranslate()


def _written(number: str) -> str:
    """A stored number in its usual written form (CPR DDMMYY-SSSS, Swedish YYYYMMDD-NNNN)."""
    if len(number) == 10:
        return f"{number[:6]}-{number[6:]}"
    if len(number) == 12:
        return f"{number[:8]}-{number[8:]}"
    return number
