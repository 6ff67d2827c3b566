"""The participant screens' shared words: field names, values as people read them, and identity-number mistakes
in the user's language (the domain explains them in English and gives each a stable code)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from neo_desktop.domain.errors import NeoError
from neo_desktop.domain.identity import InvalidIdentityNumber
from neo_desktop.domain.organisation import Country

from ..i18n import translate_error
from ..labels import label, yes_no
from .widgets import date_text


def field_name(name: str) -> str:
    """A record field's name in the current language."""
    translate = QCoreApplication.translate
    names = {
        "first_name": translate("ParticipantField", "First name"),
        "last_name": translate("ParticipantField", "Last name"),
        "identity_number": translate("ParticipantField", "Identity number"),
        "identity_country": translate("ParticipantField", "Kind of number"),
        "birth_date": translate("ParticipantField", "Birth date"),
        "gender": translate("ParticipantField", "Gender"),
        "preferred_language": translate("ParticipantField", "Language"),
        "phone": translate("ParticipantField", "Phone"),
        "email": translate("ParticipantField", "E-mail"),
        "address": translate("ParticipantField", "Address"),
        "postcode": translate("ParticipantField", "Postcode"),
        "city": translate("ParticipantField", "City"),
        "municipality": translate("ParticipantField", "Municipality"),
        "housing_area": translate("ParticipantField", "Housing area"),
        "referred_on": translate("ParticipantField", "Referred on"),
        "next_contact_on": translate("ParticipantField", "Next follow-up"),
        "education_level": translate("ParticipantField", "Education"),
        "labour_market_status": translate("ParticipantField", "Labour-market status"),
        "unemployed_since": translate("ParticipantField", "Unemployed since"),
        "foreign_background": translate("ParticipantField", "Foreign background"),
        "third_country_national": translate("ParticipantField", "Third-country national"),
        "homeless_or_housing_exclusion": translate("ParticipantField", "Homeless or in housing exclusion"),
        "rural_area": translate("ParticipantField", "Lives in a rural area"),
        "has_disability": translate("ParticipantField", "Has a disability"),
        "is_minority": translate("ParticipantField", "Belongs to a minority"),
    }
    return names.get(name, name)


def value_text(value: Any) -> str:
    """A field's value as people read it; an empty value as a dash."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, Country):
        return QCoreApplication.translate("ParticipantField", "Danish CPR number") if value is Country.DK else (
            QCoreApplication.translate("ParticipantField", "Swedish personnummer"))
    if isinstance(value, StrEnum):
        return label(value)
    return str(value)


def identity_message(error: InvalidIdentityNumber) -> str:
    """The sentence for a refused identity number, translated (the domain's English one if the code is new)."""
    return identity_text(error.code, error.message)


def identity_text(code: str, fallback: str) -> str:
    """The translated sentence for an identity-number mistake's ``code`` (``fallback`` for a code not known)."""
    translate = QCoreApplication.translate
    messages = {
        "cpr.empty": translate("IdentityNumber", "Write the CPR number ({form})."),
        "cpr.characters": translate("IdentityNumber", "A CPR number has only digits and one dash ({form})."),
        "cpr.format": translate("IdentityNumber", "A CPR number is written {form}."),
        "cpr.length": translate("IdentityNumber", "A CPR number has 10 digits ({form})."),
        "cpr.date": translate("IdentityNumber", "The first six digits of a CPR number are the birth date "
                                                "(DDMMYY); these are not a real date."),
        "cpr.future": translate("IdentityNumber", "The birth date in this number is in the future. Check the number."),
        "pnr.empty": translate("IdentityNumber", "Write the personnummer ({form})."),
        "pnr.characters": translate("IdentityNumber", "A personnummer has only digits and one - or + ({form})."),
        "pnr.format": translate("IdentityNumber", "A personnummer is written {form} or YYYYMMDD-NNNN."),
        "pnr.length": translate("IdentityNumber", "A personnummer has 10 or 12 digits ({form})."),
        "pnr.date": translate("IdentityNumber", "The first digits of a personnummer are the birth date (YYMMDD, or "
                                                "the day + 60 for a samordningsnummer); these are not a real date."),
        "pnr.checksum": translate("IdentityNumber", "The last digit of a personnummer is a check digit and it does "
                                                    "not match. Check the number for a typing mistake."),
        "pnr.future": translate("IdentityNumber", "The birth date in this number is in the future. Check the number."),
    }
    message = messages.get(code)
    if message is None:
        return fallback
    return message.format(form="DDMMYY-SSSS" if code.startswith("cpr") else "YYMMDD-NNNN")


def modulus_warning() -> str:
    """The CPR modulus-11 warning, translated."""
    return QCoreApplication.translate("IdentityNumber", "This CPR number does not pass the old modulus-11 check. Many "
                                                 "numbers issued since 2007 do not, so it may well be right; check "
                                                 "that it was typed correctly.")


def error_text(error: NeoError) -> str:
    """Any expected error's message in the current language."""
    if isinstance(error, InvalidIdentityNumber):
        return identity_message(error)
    return translate_error(error)
