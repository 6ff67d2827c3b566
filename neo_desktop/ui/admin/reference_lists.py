"""The reference lists page: activity kinds, outcome codes and placement types, with their labels per language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from neo_desktop.app import Services
from neo_desktop.domain.organisation import Country
from neo_desktop.services.reference_lists import ReferenceEntry, ReferenceListService, ReferenceRecord
from neo_desktop.services.tables import RecordTable

from ..context import UiContext
from ..labels import label
from .forms import EditDialog
from .list_page import ListPage

# The lists the program reads; their codes are what records store.
LISTS = (
    ("activity_kind", QT_TRANSLATE_NOOP("ReferenceListsPage", "Activity kinds")),
    ("exit_outcome", QT_TRANSLATE_NOOP("ReferenceListsPage", "Outcomes at exit")),
    ("placement_type", QT_TRANSLATE_NOOP("ReferenceListsPage", "Placement types")),
)
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Code"), QT_TRANSLATE_NOOP("Columns", "English"),
           QT_TRANSLATE_NOOP("Columns", "Danish"), QT_TRANSLATE_NOOP("Columns", "Swedish"),
           QT_TRANSLATE_NOOP("Columns", "Country"), QT_TRANSLATE_NOOP("Columns", "Order"),
           QT_TRANSLATE_NOOP("Columns", "Active"))


class ReferenceEntryDialog(EditDialog):
    """Add an entry to a list, or change one (its code stays: stored records use it)."""

    def __init__(self, service: ReferenceListService, context: UiContext, list_name: str,
                 record: ReferenceRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = service
        self.list_name = list_name
        self.record = record
        self.code_edit = QLineEdit()
        self.english_edit = QLineEdit()
        self.danish_edit = QLineEdit()
        self.swedish_edit = QLineEdit()
        self.country_box = QComboBox()
        self.country_box.addItem("", None)
        for country in Country:
            self.country_box.addItem(label(country), country.value)
        self.position_box = QSpinBox()
        self.position_box.setRange(0, 999)
        self.active_box = QCheckBox()
        self.active_box.setChecked(True)
        for name, widget in (("code", self.code_edit), ("label_en", self.english_edit),
                             ("label_da", self.danish_edit), ("label_sv", self.swedish_edit),
                             ("country", self.country_box), ("position", self.position_box),
                             ("active", self.active_box)):
            self.add_field(name, widget)
        if record is not None:
            self.load(record)
            self.code_edit.setReadOnly(True)
            self.country_box.setEnabled(False)  # part of what identifies the entry
        self.retranslate_ui()
        (self.english_edit if record else self.code_edit).setFocus()

    def entry(self) -> ReferenceEntry:
        """What the form holds."""
        return ReferenceEntry(code=self.code_edit.text().strip(), label_en=self.english_edit.text().strip(),
                              label_da=self.danish_edit.text().strip() or None,
                              label_sv=self.swedish_edit.text().strip() or None,
                              country=self.country_box.currentData(), position=self.position_box.value(),
                              active=self.active_box.isChecked())

    def save(self) -> None:
        entry, service, list_name = self.entry(), self.service, self.list_name
        if self.record is None:
            self.submit(lambda: service.add(list_name, entry))
        else:
            record_id, version = self.record.id, self.version or self.record.version
            self.submit(lambda: service.update(record_id, version, entry))

    def fetch_current(self) -> ReferenceRecord:
        assert self.record is not None
        return next(r for r in self.service.entries(self.list_name, active_only=False) if r.id == self.record.id)

    def load(self, record: Any) -> None:
        self.record, self.version = record, record.version
        entry: ReferenceEntry = record.entry
        self.code_edit.setText(entry.code)
        self.english_edit.setText(entry.label_en)
        self.danish_edit.setText(entry.label_da or "")
        self.swedish_edit.setText(entry.label_sv or "")
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(entry.country)))
        self.position_box.setValue(entry.position)
        self.active_box.setChecked(entry.active)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("New list entry") if self.record is None else self.tr("Edit list entry"))
        self.heading.setText(self.tr("New list entry") if self.record is None else self.record.entry.label_en)
        titles = {"code": self.tr("&Code:"), "label_en": self.tr("&English:"), "label_da": self.tr("&Danish:"),
                  "label_sv": self.tr("&Swedish:"), "country": self.tr("C&ountry:"), "position": self.tr("&Order:"),
                  "active": self.tr("&In use:")}
        for name, text in titles.items():
            self._fields[name].label.setText(text)
        self.country_box.setItemText(0, self.tr("Both countries"))
        self.code_edit.setPlaceholderText(self.tr("stored in the records, e.g. dk_virksomhedspraktik"))


class ReferenceListsPage(ListPage):
    """One reference list at a time, chosen above the table."""

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(services, context, parent)
        self.service = ReferenceListService(services.database, services.user)
        self.list_label = QLabel()
        self.list_box = QComboBox()
        for name, _title in LISTS:
            self.list_box.addItem("", name)
        self.list_label.setBuddy(self.list_box)
        self.list_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.open_selected)
        for widget in (self.list_label, self.list_box, self.new_button, self.edit_button):
            self.buttons_layout.addWidget(widget)
        self.buttons_layout.addStretch(1)
        self.dialog: ReferenceEntryDialog | None = None
        self.retranslate_ui()

    @property
    def list_name(self) -> str:
        """The list shown."""
        return str(self.list_box.currentData())

    def query(self) -> Callable[[], list[ReferenceRecord]]:
        list_name, service = self.list_name, self.service
        return lambda: service.entries(list_name, active_only=False)

    def to_table(self, records: list[Any]) -> RecordTable:
        rows = tuple((r.entry.code, r.entry.label_en, r.entry.label_da, r.entry.label_sv,
                      label(Country(r.entry.country)) if r.entry.country else self.tr("Both"), r.entry.position,
                      r.entry.active) for r in records)
        return RecordTable(COLUMNS, rows, tuple(r.id for r in records))

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_dialog(record)

    def open_dialog(self, record: ReferenceRecord | None) -> ReferenceEntryDialog:
        """Open the form for a new entry (None) or for ``record``."""
        dialog = ReferenceEntryDialog(self.service, self.context, self.list_name, record, self.window())
        dialog.saved.connect(self._on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_saved(self, record: ReferenceRecord) -> None:
        self.pending_selection = record.id
        self.refresh()  # reference lists have no change kind of their own: only this page shows them

    def update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.explanation_label.setText(self.tr(
            "The choices the forms offer, with a label in each language. An entry that is no longer used is switched "
            "off rather than deleted, because stored records keep its code."))
        self.list_label.setText(self.tr("&List:"))
        for index, (_name, title) in enumerate(LISTS):
            self.list_box.setItemText(index, self.tr(title))
        self.new_button.setText(self.tr("&New entry…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.update_buttons()
