"""The main window: navigation to the areas the user's roles allow, one view per area, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from neo_desktop import __version__
from neo_desktop.app import Services
from neo_desktop.services.permissions import PERSONAL_DATA_ROLES, Area, areas_for

from .context import UiContext
from .errors import open_log_folder, widen
from .i18n import LANGUAGE_NAMES, LANGUAGES
from .icons import app_icon, area_icon
from .labels import label, roles_text
from .preferences import GEOMETRY_KEY, LAST_VIEW_KEY, STATE_KEY, ui_settings
from .views import view_class

SPLITTER_KEY = "main_window/splitter"
NAVIGATION_SELECTION = QColor("#d5e3f3")
NAVIGATION_SELECTED_TEXT = QColor("#14273a")


class AreaViews(dict[Area, QWidget]):
    """The views made so far; asking for another one makes it (and imports its module) there and then."""

    def __init__(self, make: Callable[[Area], QWidget]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, area: Area) -> QWidget:
        view = self._make(area)
        self[area] = view
        return view


def short_location(description: str, is_file: bool) -> str:
    """A database's location short enough for the status bar (a long file path keeps its last two parts)."""
    if not is_file or len(description) <= 40:
        return description
    parts = PurePath(description).parts
    return "…/" + "/".join(parts[-2:])


class MainWindow(QMainWindow):
    """The program's window for one signed-in user."""

    closed = Signal(bool)  # True when the user signed out rather than quit
    connection_settings_requested = Signal()

    def __init__(self, services: Services, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context = context
        self.areas: list[Area] = areas_for(services.user.roles)
        self._signing_out = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette = self.navigation.palette()  # a calm selection instead of the style's strong accent
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, NAVIGATION_SELECTION)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, NAVIGATION_SELECTED_TEXT)
        self.navigation.setPalette(palette)
        self.stack = QStackedWidget()
        # A view is made when its area is first opened; until then an empty page holds its place.
        self.views = AreaViews(self._make_view)
        for area in self.areas:
            item = QListWidgetItem(area_icon(area), "")
            item.setData(Qt.ItemDataRole.UserRole, area.value)
            item.setSizeHint(QSize(0, int(self.fontMetrics().height() * 2.4)))
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 900])
        self.navigation.setMinimumWidth(150)
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.navigation.itemActivated.connect(lambda _item: self.current_view().setFocus())
        context.languages.language_changed.connect(self._check_language)
        self.retranslate_ui()
        self.resize(1200, 760)
        self._restore()

    # Building -----------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.connection_action = QAction(self, triggered=lambda *_args: self.connection_settings_requested.emit())
        self.sign_out_action = QAction(self, triggered=self.sign_out)
        self.quit_action = QAction(self, triggered=self.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.connection_action)
        # A person's access request: for those who work with participants (see data_protection).
        self.subject_access_action = QAction(self, triggered=self.open_subject_access)
        self.subject_access_action.setVisible(self.services.user.has_any(*PERSONAL_DATA_ROLES))
        self.file_menu.addAction(self.subject_access_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = QMenu(self)
        self.view_actions: dict[Area, QAction] = {}
        group = QActionGroup(self)
        for number, area in enumerate(self.areas, start=1):
            action = QAction(area_icon(area), "", self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, area=area: self.show_area(area))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.view_actions[area] = action

        self.language_menu = QMenu(self)
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self, checkable=True)
            action.setChecked(language == self.context.languages.language)
            action.triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
            languages.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action

        self.help_menu = QMenu(self)
        self.about_action = QAction(self, triggered=self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_action = QAction(self, triggered=open_log_folder)
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.log_action)
        for menu in (self.file_menu, self.view_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.user_label = QLabel()
        self.roles_label = QLabel()
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        for widget in (self.database_label, self.user_label, self.roles_label):
            widget.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(widget)
        bar.insertPermanentWidget(0, QWidget(), 1)  # pushes the labels to the right, leaving room for messages

    # Navigation ---------------------------------------------------------------------------------------------

    def current_area(self) -> Area | None:
        """The area shown now."""
        row = self.navigation.currentRow()
        return self.areas[row] if 0 <= row < len(self.areas) else None

    def current_view(self) -> QWidget:
        """The view shown now."""
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_area(self, area: Area) -> None:
        """Bring ``area``'s view to the front (ignored when the user may not open it)."""
        if area in self.areas:
            self.navigation.setCurrentRow(self.areas.index(area))

    def _on_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.areas):
            return
        area = self.areas[row]
        view = self.views[area]
        self.stack.setCurrentWidget(view)
        self.view_actions[area].setChecked(True)
        self._update_title()
        settings = ui_settings()
        settings.setValue(LAST_VIEW_KEY, area.value)
        view.activate()

    def _make_view(self, area: Area) -> QWidget:
        """Make ``area``'s view and put it in its place in the stack."""
        view = view_class(area)(self.services, self.context)
        row = self.areas.index(area)
        placeholder = self.stack.widget(row)
        showing = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(row, view)
        if showing:
            self.stack.setCurrentWidget(view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return view

    # Actions ------------------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the whole program to ``language`` now and remember it."""
        self.context.languages.install(language, remember=True)

    def _check_language(self, language: str) -> None:
        if language in self.language_actions:
            self.language_actions[language].setChecked(True)

    def open_subject_access(self) -> QWidget:
        """Open the subject access dialog (export a person's data, or list the lookups of it)."""
        from .data_protection.subject_access import open_subject_access

        return open_subject_access(self.services, self.context, self)

    def sign_out(self) -> None:
        """Close the window and go back to the sign-in."""
        self._signing_out = True
        self.close()

    def show_about(self) -> QMessageBox:
        """Open the About box (not blocking)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About NEO Desktop"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(self.tr("<b>NEO Desktop</b> {version}").format(version=__version__))
        box.setInformativeText(self.tr(
            "Case management for partnerships that help young people into work or education in Denmark and Sweden."
        ))
        widen(box, 420)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # State and language ---------------------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = ui_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        last = settings.value(LAST_VIEW_KEY, "")
        area = next((area for area in self.areas if area.value == last), self.areas[0] if self.areas else None)
        if area is not None:
            self.show_area(area)

    def save_layout(self) -> None:
        """Remember the window's size, position and layout for the next start."""
        settings = ui_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        for view in self.views.values():
            view.cancel_loading()
        super().closeEvent(event)
        self.closed.emit(self._signing_out)

    def _update_title(self) -> None:
        area = self.current_area()
        self.setWindowTitle(f"{label(area)} – NEO Desktop" if area else "NEO Desktop")

    def retranslate_ui(self) -> None:
        """Set every text in the current language (the views do their own)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.connection_action.setText(self.tr("&Connection settings…"))
        self.subject_access_action.setText(self.tr("Subject &access request…"))
        self.sign_out_action.setText(self.tr("&Sign out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About NEO Desktop"))
        self.log_action.setText(self.tr("Open &log folder"))
        for row, area in enumerate(self.areas):
            self.navigation.item(row).setText(label(area))
            self.view_actions[area].setText(label(area))
        user = self.services.user
        database = self.services.database
        where = self.tr("SQLite: {where}") if database.is_sqlite else self.tr("PostgreSQL: {where}")
        self.database_label.setText(where.format(where=short_location(database.description, database.is_sqlite)))
        self.database_label.setToolTip(where.format(where=database.description))
        self.user_label.setText(self.tr("{name}, {organisation}").format(name=user.full_name,
                                                                         organisation=user.organisation_name))
        self.roles_label.setText(roles_text(frozenset(user.roles)))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
