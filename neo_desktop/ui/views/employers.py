"""Employers: the company network, the board of openings, and matchmaking both ways.

Three tabs under one title: the companies (a searchable list beside the chosen company's contacts, openings,
placements and history), the openings by status, and matchmaking with its proposals and placements (only for
the roles that work with young people). The companies tab speaks for the area to the main window (its list
is the area's ``model``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.app import Services
from neo_desktop.services.employer_export import EmployerExportService
from neo_desktop.services.employers import EMPLOYER_EDITORS, EmployerService
from neo_desktop.services.matchmaking import PERSONAL, MatchmakingService
from neo_desktop.services.openings import OpeningService
from neo_desktop.services.overview import OverviewService
from neo_desktop.services.permissions import Area
from neo_desktop.services.placements import PlacementService
from neo_desktop.services.plans import PlanService

from ..context import UiContext
from ..employers.company_list import CompanyPanel
from ..employers.matchmaking_panel import MatchmakingPanel
from ..employers.openings_board import OpeningsBoard


class EmployersView(QWidget):
    """The employer area of the main window."""

    area = Area.EMPLOYERS
    loaded = Signal(object)  # the companies list's RecordTable

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.services, self.context = services, context
        database, user = services.database, services.user
        self.employer_service = EmployerService(database, user, today=today)
        self.opening_service = OpeningService(database, user, today=today)
        self.may_match = user.has_any(*PERSONAL)

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_label = QLabel()
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        refresh_button = QToolButton()
        refresh_button.setDefaultAction(self.refresh_action)
        refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        refresh_button.setAutoRaise(True)
        refresh_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.companies = CompanyPanel(self.employer_service, self.opening_service,
                                      EmployerExportService(database, user, today=today), context, today=today)
        self.board = OpeningsBoard(self.opening_service, context, may_edit=user.has_any(*EMPLOYER_EDITORS),
                                   may_match=self.may_match)
        self.tabs = QTabWidget()
        self.pages: list[QWidget] = [self.companies, self.board]
        self.matching: MatchmakingPanel | None = None
        if self.may_match:
            self.matching = MatchmakingPanel(
                MatchmakingService(database, user, today=today), self.opening_service,
                PlacementService(database, user, today=today), PlanService(database, user, today=today),
                OverviewService(database, user), context, today=today)
            self.pages.append(self.matching)
            self.board.find_candidates.connect(self.find_candidates)
            self.companies.opening_chosen.connect(self.find_candidates)
            self.matching.status_changed.connect(lambda text: self._status(self.matching, text))
        for page in self.pages:
            self.tabs.addTab(_scrolling(page), "")  # a small window scrolls a page instead of growing
        self.model = self.companies.model
        self.companies.loaded.connect(self.loaded)
        self.companies.status_changed.connect(lambda text: self._status(self.companies, text))
        self.board.status_changed.connect(lambda text: self._status(self.board, text))
        self.tabs.currentChanged.connect(lambda _index: self.activate())

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.status_label)
        header.addSpacing(8)
        header.addWidget(refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    @property
    def is_loading(self) -> bool:
        """True while the companies list loads."""
        return self.companies.is_loading

    def current_page(self) -> QWidget:
        """The companies, the board or matchmaking, whichever tab is shown."""
        return self.pages[max(self.tabs.currentIndex(), 0)]

    def show_page(self, page: QWidget) -> None:
        """Bring the tab of ``page`` to the front."""
        self.tabs.setCurrentIndex(self.pages.index(page))

    def activate(self) -> None:
        """The area (or one of its tabs) was brought to the front: load what is out of date."""
        current = self.current_page()
        current.activate()  # type: ignore[attr-defined]
        status = getattr(current, "status_text", None)
        if status:
            self.status_label.setText(status)

    def refresh(self) -> None:
        """Load the current tab again (F5)."""
        current = self.current_page()
        if current is self.matching:
            self.matching.load_choices()  # type: ignore[union-attr]
        else:
            current.refresh()  # type: ignore[attr-defined]

    def cancel_loading(self) -> None:
        """Stop background loading (the window is closing)."""
        self.companies.cancel_loading()
        self.board.cancel_loading()

    def find_candidates(self, opening_id: int) -> None:
        """Show matchmaking with the candidates for ``opening_id``."""
        if self.matching is None:
            return
        self.show_page(self.matching)
        self.matching.choose_opening(opening_id)

    def _status(self, source: QWidget | None, text: str) -> None:
        if source is self.current_page():
            self.status_label.setText(text)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title_label.setText(self.tr("Employers"))
        self.explanation_label.setText(self.tr(
            "The companies in the network and how the relationship stands, their internships and jobs, and "
            "matchmaking between young people and openings — every suggestion with its reasons."))
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Load again (F5)"))
        self.tabs.setTabText(0, self.tr("&Companies"))
        self.tabs.setTabText(1, self.tr("&Openings"))
        if self.matching is not None:
            self.tabs.setTabText(2, self.tr("&Matchmaking"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that resizes it: scroll bars appear only below its minimum size."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
