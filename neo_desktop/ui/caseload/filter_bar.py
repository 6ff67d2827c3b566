"""The filters above a caseload list: scope, search as you type, status, project, caseworker and warning.

The bar only turns the widgets into a :class:`CaseloadQuery`; the list asks the database with it. Typing in
the search box waits a moment after the last key (the database answers in milliseconds, but a query per
keystroke of a fast typist is wasted work and an access-log entry each).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.participant_rules import ACTIVE_STATUSES
from neo_desktop.services.caseload import UNASSIGNED, CaseloadQuery, CaseloadScope, FilterChoices, WarningKind

from ..labels import label

SEARCH_PAUSE_MS = 150
IN_COURSE = "in_course"  # the status filter's value for "not left"


class FilterBar(QWidget):
    """Scope, search and filters of a caseload list."""

    changed = Signal()

    def __init__(self, *, fixed_scope: CaseloadScope | None = None, status_filter: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixed_scope = fixed_scope
        self.scope = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.status = QComboBox()
        self.project = QComboBox()
        self.caseworker = QComboBox()
        self.warning = QComboBox()
        self.status.addItem("", None)
        self.status.addItem("", IN_COURSE)
        for status in ParticipantStatus:
            self.status.addItem(label(status), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(status_filter)))  # None: all, IN_COURSE, a status
        self.warning.addItem("", None)
        for kind in WarningKind:
            self.warning.addItem(label(kind), kind.value)
        self.project.addItem("", None)
        self.caseworker.addItem("", None)
        self.caseworker.addItem("", UNASSIGNED)
        # Two rows, so the list still fits a small window: search and scope, then the filters.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search_label)
        first.addWidget(self.search, 1)
        first.addWidget(self.scope)
        for box in (self.scope, self.status, self.project, self.caseworker, self.warning):
            # Long project and staff names must not push the other filters off the screen.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a few short names
        for box in (self.status, self.project, self.caseworker, self.warning):
            second.addWidget(box, 1)
        layout.addLayout(first)
        layout.addLayout(second)
        self.scope.setVisible(fixed_scope is None)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.search.textEdited.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self.search_now)
        for box in (self.scope, self.status, self.project, self.caseworker, self.warning):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.retranslate_ui()

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the lists the user's roles allow (keeping what is chosen)."""
        widgets = (self.scope, self.project, self.caseworker)
        for box in widgets:
            box.blockSignals(True)
        chosen_scope = self.scope.currentData()
        self.scope.clear()
        for scope in choices.scopes:
            if scope is not CaseloadScope.REGISTER:
                self.scope.addItem(label(scope), scope.value)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen_scope)))
        self.scope.setVisible(self.fixed_scope is None and self.scope.count() > 1)
        for box, items in ((self.project, choices.projects), (self.caseworker, choices.caseworkers)):
            chosen = box.currentData()
            fixed = 2 if box is self.caseworker else 1  # "all" (and "no caseworker") stay
            while box.count() > fixed:
                box.removeItem(box.count() - 1)
            for item in items:
                box.addItem(item.name, item.id)
            box.setCurrentIndex(max(0, box.findData(chosen)))
        for box in widgets:
            box.blockSignals(False)

    def query(self) -> CaseloadQuery:
        """The filters as a query (sorting is the model's)."""
        status = self.status.currentData()
        statuses = (ACTIVE_STATUSES if status == IN_COURSE else frozenset({ParticipantStatus(status)}) if status
                    else frozenset())
        scope = self.fixed_scope or CaseloadScope(self.scope.currentData() or CaseloadScope.MINE.value)
        warning = self.warning.currentData()
        return CaseloadQuery(scope=scope, search=self.search.text(), statuses=frozenset(statuses),
                             project_id=self.project.currentData(), caseworker_id=self.caseworker.currentData(),
                             warning=WarningKind(warning) if warning else None)

    def search_now(self) -> None:
        """Search without waiting (Enter)."""
        self._pause.stop()
        self.changed.emit()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, number, phone, e-mail"))
        self.search.setToolTip(self.tr("Search by name, identity number, phone or e-mail; words may be the start of "
                                       "a name (\"sør ågå\")"))
        self.status.setItemText(0, self.tr("All statuses"))
        self.status.setItemText(1, self.tr("In the course (not left)"))
        for row in range(2, self.status.count()):
            self.status.setItemText(row, label(ParticipantStatus(self.status.itemData(row))))
        self.project.setItemText(0, self.tr("All projects"))
        self.caseworker.setItemText(0, self.tr("All caseworkers"))
        self.caseworker.setItemText(1, self.tr("No caseworker"))
        self.warning.setItemText(0, self.tr("Any warning or none"))
        for row in range(1, self.warning.count()):
            self.warning.setItemText(row, label(WarningKind(self.warning.itemData(row))))
        for row in range(self.scope.count()):
            self.scope.setItemText(row, label(CaseloadScope(self.scope.itemData(row))))
        self.scope.setToolTip(self.tr("Whose young people the list shows"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
