"""One company: who it is, how the relationship stands, and its contacts, openings, placements and history."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.services.employer_views import EmployerDetail
from neo_desktop.services.employers import EMPLOYER_EDITORS, NETWORK_KEEPERS, EmployerService
from neo_desktop.services.openings import OpeningService

from ..changes import ChangeKind
from ..context import UiContext
from ..labels import label
from ..plans.wording import short_date
from .common import fill_table, make_table, selected_id, set_headers
from .company_dialogs import ContactDialog, EmployerDialog, EngagementDialog
from .opening_dialog import OpeningDialog


class CompanyDetail(QWidget):
    """The detail of the company chosen in the list; its buttons open the company's forms."""

    changed = Signal(int)  # a company was saved (its id)
    opening_chosen = Signal(int)  # "find candidates" for an opening

    def __init__(self, companies: EmployerService, openings: OpeningService, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companies, self.openings, self.context, self.today = companies, openings, context, today
        self.detail: EmployerDetail | None = None
        self.last_dialog: ServiceDialogLike | None = None  # the form opened last (tests drive it)
        self._loading: int | None = None
        user = companies.user  # the roles decide which buttons show
        self.may_edit = user.has_any(*EMPLOYER_EDITORS)
        self.may_keep_network = user.has_any(*NETWORK_KEEPERS)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button, self.contact_button = QPushButton(), QPushButton()
        self.engagement_button, self.opening_button = QPushButton(), QPushButton()
        self.network_button = QToolButton()
        self.network_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.network_menu = QMenu(self)
        self.network_button.setMenu(self.network_menu)
        self.edit_button.clicked.connect(self.edit_company)
        self.contact_button.clicked.connect(self.add_contact)
        self.engagement_button.clicked.connect(self.log_engagement)
        self.opening_button.clicked.connect(self.new_opening)
        for button in (self.edit_button, self.contact_button, self.opening_button):
            button.setVisible(self.may_edit)
        self.engagement_button.setVisible(self.may_keep_network)
        self.network_button.setVisible(self.may_keep_network)

        self.contacts, self.opening_list = make_table(5), make_table(6)
        self.placements, self.history = make_table(5), make_table(4)
        self.contacts.doubleClicked.connect(lambda _index: self.edit_contact())
        self.opening_list.doubleClicked.connect(lambda _index: self._choose_opening())
        self.tabs = QTabWidget()
        for table in (self.contacts, self.opening_list, self.placements, self.history):
            self.tabs.addTab(table, "")

        buttons = QHBoxLayout()
        for button in (self.edit_button, self.contact_button, self.engagement_button, self.opening_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        title = QHBoxLayout()  # the network menu beside the name: the row of buttons stays narrow
        title.addWidget(self.name, 1)
        title.addWidget(self.network_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.addWidget(self.stack)
        context.changes.changed.connect(self._on_change)
        self.retranslate_ui()

    # Loading ------------------------------------------------------------------------------------------------

    def load(self, employer_id: int | None) -> None:
        """Show the company ``employer_id`` (None: nothing chosen)."""
        if employer_id is None:
            self.detail = None
            self.stack.setCurrentIndex(0)
            return
        self._loading = employer_id
        self.context.tasks.run(lambda _p, _c: self.companies.employer(employer_id), name="load company",
                               on_result=self.show_detail, on_error=self._failed)

    def show_detail(self, detail: EmployerDetail) -> None:
        """Show ``detail`` (ignored if another company was chosen meanwhile)."""
        if self._loading is not None and detail.id != self._loading:
            return
        self.detail = detail
        self.stack.setCurrentIndex(1)
        self._show()

    def _failed(self, error: BaseException) -> None:
        self.context.errors.report(error, self.window())

    def _on_change(self, change: object) -> None:
        kinds = {ChangeKind.EMPLOYER, ChangeKind.OPENING, ChangeKind.PLACEMENT}
        if getattr(change, "kind", None) in kinds and self.detail is not None and getattr(change, "initiator",
                                                                                          None) is not self:
            self.load(self.detail.id)

    def _show(self) -> None:
        detail = self.detail
        if detail is None:
            return
        data = detail.data
        self.name.setText(data.name)
        number = self.tr("CVR {number}") if data.country.value == "DK" else self.tr("Org. no. {number}")
        parts = [number.format(number=data.registration_number) if data.registration_number else "",
                 f"{data.industry or ''} ({data.industry_code})" if data.industry_code else (data.industry or ""),
                 data.municipality or "", label(data.size) if data.size else ""]
        lines = [" · ".join(html.escape(part) for part in parts if part)]
        status = f"<b>{html.escape(label(data.relationship_status))}</b>"
        if detail.engaged_on:
            status += html.escape(self.tr(", engaged since {date}").format(date=short_date(detail.engaged_on)))
        lines.append(status)
        if detail.contact_staff_name:
            lines.append(html.escape(self.tr("Our contact person: {name}").format(name=detail.contact_staff_name)))
        if detail.housing_association_name:
            lines.append(html.escape(self.tr("Supplies {name}").format(name=detail.housing_association_name)))
        networks = [n.name for n in detail.networks if n.member]
        if networks:
            lines.append(html.escape(self.tr("Member of {networks}").format(networks=", ".join(networks))))
        self.facts.setText("<br>".join(lines))
        fill_table(self.contacts, [(c.name, c.job_title, c.phone, c.email, c.is_primary) for c in detail.contacts],
                   [c.id for c in detail.contacts])
        fill_table(self.opening_list, [(o.title, o.placement_type, o.status, f"{o.places_taken}/{o.places}",
                                        o.starts_on, o.ends_on) for o in detail.openings],
                   [o.id for o in detail.openings])
        hidden = self.tr("(not in your caseload)")
        fill_table(self.placements, [(p.participant_name or hidden, p.placement_type, self._period(p.starts_on,
                                                                                                  p.ends_on),
                                      p.status, p.outcome) for p in detail.placements],
                   [p.id for p in detail.placements])
        fill_table(self.history, [(e.occurred_on, e.kind, e.staff_name, e.meeting_title or e.summary)
                                  for e in detail.engagements], [e.id for e in detail.engagements])
        self._fill_network_menu()
        self.retranslate_tabs()

    @staticmethod
    def _period(starts: date, ends: date | None) -> str:
        return f"{short_date(starts)} – {short_date(ends)}" if ends else f"{short_date(starts)} –"

    def _fill_network_menu(self) -> None:
        self.network_menu.clear()
        for network in self.detail.networks if self.detail else ():
            action = QAction(network.name, self.network_menu, checkable=True)
            action.setChecked(network.member)
            action.toggled.connect(lambda on, group=network.group_id: self.set_member(group, on))
            self.network_menu.addAction(action)
        self.network_button.setEnabled(bool(self.network_menu.actions()))

    # Actions ------------------------------------------------------------------------------------------------

    def _saved(self, employer_id: int, kind: ChangeKind = ChangeKind.EMPLOYER) -> None:
        self.context.changes.announce(kind, [employer_id], initiator=self)
        self.changed.emit(employer_id)
        self.load(employer_id)

    def _open(self, dialog: ServiceDialogLike, kind: ChangeKind = ChangeKind.EMPLOYER) -> None:
        employer_id = self.detail.id if self.detail else None
        if employer_id is None:
            return
        self.last_dialog = dialog
        dialog.done.connect(lambda _result: self._saved(employer_id, kind))
        dialog.outdated.connect(lambda: self.load(employer_id))
        dialog.open()

    def edit_company(self) -> None:
        """Open the company form (its drop-downs are loaded in the background first)."""
        if self.detail is None:
            return
        detail = self.detail
        self.context.tasks.run(lambda _p, _c: self.companies.choices(), name="company form",
                               on_result=lambda choices: self._open(
                                   EmployerDialog(self.companies, choices, self.context, detail, self)),
                               on_error=self._failed)

    def add_contact(self) -> None:
        """Open the contact form for a new contact person."""
        if self.detail is not None:
            self._open(ContactDialog(self.companies, self.detail.id, self.context, parent=self))

    def edit_contact(self) -> None:
        """Open the chosen contact person."""
        contact_id = selected_id(self.contacts)
        contact = next((c for c in self.detail.contacts if c.id == contact_id), None) if self.detail else None
        if contact is not None and self.may_edit:
            self._open(ContactDialog(self.companies, self.detail.id, self.context, contact, self))

    def log_engagement(self) -> None:
        """Open the engagement form."""
        if self.detail is not None:
            self._open(EngagementDialog(self.companies, self.detail.id, self.context, today=self.today, parent=self))

    def new_opening(self) -> None:
        """Open the opening form for a new opening at this company."""
        if self.detail is not None:
            self._open(OpeningDialog(self.openings, self.context, employer_id=self.detail.id,
                                     employer_name=self.detail.data.name, parent=self), ChangeKind.OPENING)

    def set_member(self, group_id: int, member: bool) -> None:
        """Add the company to a company network, or let it leave."""
        if self.detail is None:
            return
        employer_id = self.detail.id
        self.context.tasks.run(lambda _p, _c: self.companies.set_network_member(group_id, employer_id, member),
                               name="network membership", on_result=lambda _d: self._saved(employer_id),
                               on_error=self._failed)

    def _choose_opening(self) -> None:
        opening_id = selected_id(self.opening_list)
        if opening_id is not None:
            self.opening_chosen.emit(opening_id)

    # Language -----------------------------------------------------------------------------------------------

    def retranslate_tabs(self) -> None:
        """The tab titles with their counts."""
        detail = self.detail
        counts = (len(detail.contacts), len(detail.openings), len(detail.placements), len(detail.engagements)) \
            if detail else (0, 0, 0, 0)
        titles = (self.tr("Contacts ({count})"), self.tr("Openings ({count})"), self.tr("Placements ({count})"),
                  self.tr("History ({count})"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.format(count=count))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.empty.setText(self.tr("Choose a company in the list to see its contacts, openings, placements and "
                                   "history."))
        self.edit_button.setText(self.tr("&Edit…"))
        self.contact_button.setText(self.tr("Add &contact…"))
        self.engagement_button.setText(self.tr("&Log engagement…"))
        self.opening_button.setText(self.tr("New &opening…"))
        self.network_button.setText(self.tr("Company &network"))
        set_headers(self.contacts, (self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail"),
                                    self.tr("First to contact")))
        set_headers(self.opening_list, (self.tr("Opening"), self.tr("Type"), self.tr("Status"), self.tr("Taken"),
                                        self.tr("Starts"), self.tr("Ends")))
        set_headers(self.placements, (self.tr("Young person"), self.tr("Type"), self.tr("Period"), self.tr("Status"),
                                      self.tr("Outcome")))
        set_headers(self.history, (self.tr("Date"), self.tr("What"), self.tr("Who"), self.tr("Summary")))
        self.retranslate_tabs()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


ServiceDialogLike = EmployerDialog | ContactDialog | EngagementDialog | OpeningDialog
