"""The ESF+ background at entry (Regulation (EU) 2021/1057, Annex I), with the special-category attributes
(GDPR Art. 9: disability, minority) marked so nobody fills them in without knowing what they are."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from neo_desktop.domain.errors import ValidationError
from neo_desktop.domain.participant import IscedLevel, LabourMarketStatus
from neo_desktop.domain.participant_rules import NOT_A_DATE, PersonalData, check_past_date

from .form_base import FormBase
from .widgets import DateField, EnumBox, TriStateBox

BOOLEANS = ("foreign_background", "third_country_national", "homeless_or_housing_exclusion", "rural_area",
            "has_disability", "is_minority")
SENSITIVE = ("has_disability", "is_minority")
SENSITIVE_COLOUR = QColor("#8a3b00")
SENSITIVE_MARK = "◆"  # a mark every font has; the label is coloured too


class BackgroundForm(FormBase):
    """Education, labour-market situation and the ESF+ background questions (each may be "not stated")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = PersonalData("", "")
        self.education_level = EnumBox(IscedLevel, optional=True)
        self.labour_market_status = EnumBox(LabourMarketStatus, optional=True)
        self.unemployed_since = DateField()
        self.add_field("education_level", self.education_level)
        self.add_field("labour_market_status", self.labour_market_status)
        self.add_field("unemployed_since", self.unemployed_since, self._check_unemployed_since)
        self.sensitive_note = QLabel()
        self.sensitive_note.setWordWrap(True)
        font = QFont(self.sensitive_note.font())
        font.setItalic(True)
        self.sensitive_note.setFont(font)
        for name in BOOLEANS:
            if name == SENSITIVE[0]:
                self.form.addRow(self.sensitive_note)
            box = TriStateBox()
            setattr(self, name, box)
            self.add_field(name, box)
            box.currentIndexChanged.connect(lambda _i, name=name: self.edited(name))
        self.education_level.currentIndexChanged.connect(lambda _i: self.edited("education_level"))
        self.labour_market_status.currentIndexChanged.connect(lambda _i: self.edited("labour_market_status"))
        self.unemployed_since.edited.connect(lambda: self.edited("unemployed_since"))
        self.setLayout(self.form)
        self.retranslate_ui()

    def set_data(self, data: PersonalData) -> None:
        """Show the background of ``data``."""
        self._loading = True
        self._data = data
        self.education_level.set_value(data.education_level)
        self.labour_market_status.set_value(data.labour_market_status)
        self.unemployed_since.set_value(data.unemployed_since)
        for name in BOOLEANS:
            getattr(self, name).set_value(getattr(data, name))
        self._loading = False
        self.clear_messages()

    def merged_into(self, data: PersonalData) -> PersonalData:
        """``data`` with this form's fields."""
        return replace(data, education_level=self.education_level.value(),
                       labour_market_status=self.labour_market_status.value(),
                       unemployed_since=self.unemployed_since.value(),
                       **{name: getattr(self, name).value() for name in BOOLEANS})

    def _check_unemployed_since(self) -> None:
        if not self.unemployed_since.is_valid:
            raise ValidationError(NOT_A_DATE, field="unemployed_since")
        check_past_date(self.unemployed_since.value(), "unemployed_since", date.today())

    def retranslate_ui(self) -> None:
        labels = {
            "education_level": self.tr("Highest &education:"),
            "labour_market_status": self.tr("&Labour-market status:"),
            "unemployed_since": self.tr("&Unemployed since:"),
            "foreign_background": self.tr("&Foreign background:"),
            "third_country_national": self.tr("&Third-country national:"),
            "homeless_or_housing_exclusion": self.tr("&Homeless or in housing exclusion:"),
            "rural_area": self.tr("Lives in a &rural area:"),
            "has_disability": self.tr("Has a &disability:"),
            "is_minority": self.tr("Belongs to a &minority:"),
        }
        for name, text in labels.items():
            self.fields[name].label.setText(f"{SENSITIVE_MARK} {text}" if name in SENSITIVE else text)
            if name in SENSITIVE:
                palette = self.fields[name].label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, SENSITIVE_COLOUR)
                self.fields[name].label.setPalette(palette)
        for name in SENSITIVE:
            self.fields[name].widget.setToolTip(self.tr("Special-category data (GDPR Art. 9): record it only with "
                                                        "the young person's consent."))
        self.sensitive_note.setText(self.tr("{mark} Special-category data (GDPR Art. 9). Ask the young person "
                                            "and record the answer only with their consent; \"Not stated\" is "
                                            "always allowed.").format(mark=SENSITIVE_MARK))
        self.unemployed_since.retranslate()
        for name in ("education_level", "labour_market_status", *BOOLEANS):
            getattr(self, name).retranslate()
