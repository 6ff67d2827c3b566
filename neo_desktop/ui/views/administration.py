"""Administration (administrators): organisations, projects, staff, reference lists, plan templates and
data protection, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from neo_desktop.app import Services
from neo_desktop.services.permissions import Area
from neo_desktop.services.plan_templates import PlanTemplateService

from ..admin.list_page import ListPage
from ..admin.organisations import OrganisationsPage
from ..admin.projects import ProjectsPage
from ..admin.reference_lists import ReferenceListsPage
from ..admin.staff import StaffPage
from ..context import UiContext
from ..data_protection.page import DataProtectionPage
from ..plans.template_editor import TemplateEditor
from ..views.table_model import RecordTableModel


class AdministrationView(QWidget):
    """The administrator's tabs; each page loads when it is first shown and again when its records change."""

    area = Area.ADMINISTRATION
    loaded = Signal(object)  # the organisations page's records (the first page)

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.organisations = OrganisationsPage(services, context)
        self.projects = ProjectsPage(services, context)
        self.staff = StaffPage(services, context)
        self.reference_lists = ReferenceListsPage(services, context)
        self.templates = TemplateEditor(PlanTemplateService(services.database, services.user), context)
        self.data_protection = DataProtectionPage(services, context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in self.pages():
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _index: self.activate())
        self.organisations.loaded.connect(self.loaded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def pages(self) -> list[QWidget]:
        """The tabs' pages in order."""
        return [self.organisations, self.projects, self.staff, self.reference_lists, self.templates,
                self.data_protection]

    # What the main window needs -------------------------------------------------------------------------------

    def activate(self) -> None:
        """Load the page shown (if it has not been, or is out of date)."""
        page = self.tabs.currentWidget()
        if hasattr(page, "activate"):
            page.activate()

    def cancel_loading(self) -> None:
        """Drop every load still running (the window is closing)."""
        for page in self.pages():
            if isinstance(page, ListPage):
                page.cancel_loading()

    def show_page(self, page: QWidget) -> None:
        """Bring ``page`` to the front (it loads if needed)."""
        self.tabs.setCurrentWidget(page)

    @property
    def model(self) -> RecordTableModel:
        """The organisations list (the first page), for a quick look from outside."""
        return self.organisations.model

    @property
    def is_loading(self) -> bool:
        """True while the organisations list loads."""
        return self.organisations.is_loading

    # Language --------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title_label.setText(self.tr("Administration"))
        self.explanation_label.setText(self.tr(
            "The partnership's set-up: partner organisations, projects, staff accounts and their roles, the lists "
            "the forms offer, plan templates, and the retention of personal data."))
        for index, text in enumerate((self.tr("Organisations"), self.tr("Projects"), self.tr("Staff"),
                                      self.tr("Reference lists"), self.tr("Plan templates"),
                                      self.tr("Data protection"))):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
